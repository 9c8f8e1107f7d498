"""Settings: where the database and the logs live (attachments are in the database).

Nothing here reads global state at import time; ``Settings.from_environment`` is called once by
the entry points (the composition root) and the result is passed down.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DATABASE_ENV = "BUERGERANFRAGEN_DATABASE_URL"
DATA_DIR_ENV = "BUERGERANFRAGEN_DATA_DIR"
OFFICE_DOMAINS_ENV = "BUERGERANFRAGEN_OFFICE_DOMAINS"
BACKUP_DIR_ENV = "BUERGERANFRAGEN_BACKUP_DIR"
_APP_DIR_NAME = "buergeranfragen"


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    log_dir: Path
    actor: str
    # mail from these domains is a colleague's: a forwarded mail counts as the original sender's
    office_domains: tuple[str, ...] = ("nrw.de",)
    # the daily backups' folder; None: "backups" beside the SQLite file
    backup_dir: Path | None = None

    @property
    def former_attachments_dir(self) -> Path:
        """Where attachments were files before they moved into the database (schema 0006);
        what is left there is moved in at start, then the folder goes."""
        return self.data_dir / "attachments"

    @classmethod
    def from_environment(
        cls, database_url: str | None = None, environ: dict[str, str] | None = None
    ) -> Settings:
        env = os.environ if environ is None else environ
        if env.get(DATA_DIR_ENV):
            data_dir = Path(env[DATA_DIR_ENV])
            log_dir = data_dir / "logs"
        else:
            data_dir = Path(platformdirs.user_data_dir(_APP_DIR_NAME, appauthor=False))
            log_dir = Path(platformdirs.user_log_dir(_APP_DIR_NAME, appauthor=False))
        url = database_url or env.get(DATABASE_ENV) or default_database_url(data_dir)
        domains = tuple(
            d.strip().lower() for d in env.get(OFFICE_DOMAINS_ENV, "nrw.de").split(",") if d.strip()
        )
        return cls(
            database_url=url,
            data_dir=data_dir,
            log_dir=log_dir,
            actor=current_user(),
            office_domains=domains,
            backup_dir=Path(env[BACKUP_DIR_ENV]) if env.get(BACKUP_DIR_ENV) else None,
        )


def shown_database_url(url: str) -> str:
    """The database URL for messages and the log: a password in it is replaced by ``***``
    (better kept out of the URL altogether: ``~/.pgpass``, see the README)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not a URL SQLAlchemy reads: no user part shown
        return "…@" + url.rsplit("@", 1)[1] if "@" in url else url


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'buergeranfragen.sqlite'}"


def current_user() -> str:
    """The operating-system user name; stands for "who" in the audit trail until users exist."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getpass raises several kinds when no name is known
        return "unbekannt"
