"""The automatic weekly report's settings: one setting every desk on the database shares
(table ``office_settings``, key ``reports``, JSON), changed only by the Administration (audited,
like the deadlines): whether it is on, the folder the files go to, the formats, and whom it is
mailed to (no one: it is only written)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import OfficeSetting
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import msg
from buergeranfragen.organisation.repository import read_office_setting, write_office_setting
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting as acting

REPORTS_KEY = "reports"  # the office setting of the automatic weekly report
FORMATS = ("xlsx", "pdf", "csv")  # in this order everywhere
MAX_RECIPIENTS = 50
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReportSettings:
    enabled: bool = False
    folder: str = ""  # where the files are written (a shared folder, as every desk sees it)
    formats: tuple[str, ...] = FORMATS
    recipients: tuple[str, ...] = ()  # mailed to these; none: not mailed

    def to_json(self) -> dict[str, object]:
        return {
            "enabled": self.enabled,
            "folder": self.folder,
            "formats": list(self.formats),
            "recipients": list(self.recipients),
        }


DEFAULT = ReportSettings()


def _control(text: str) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


def validate(settings: ReportSettings) -> ReportSettings:
    """The settings tidied (formats in their order, addresses normalised and once each), or
    ``ValidationFailed`` with one German message per bad field."""
    errors: list[FieldError] = []
    folder = settings.folder.strip()
    if _control(folder):
        errors.append(FieldError("folder", msg("Der Ordner enthält Steuerzeichen.")))
    elif settings.enabled and not folder:
        errors.append(
            FieldError("folder", msg("Bitte den Ordner angeben, in den der Bericht kommt."))
        )
    wanted = {f.strip().lower() for f in settings.formats if f.strip()}
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        errors.append(
            FieldError(
                "formats",
                msg("Formate: xlsx, pdf oder csv (nicht {unknown}).", unknown=", ".join(unknown)),
            )
        )
    elif not wanted:
        errors.append(FieldError("formats", msg("Bitte mindestens ein Format wählen.")))
    recipients: list[str] = []
    for raw in settings.recipients:
        if not raw.strip():
            continue
        try:
            address = normalise_email(raw)
        except EmailError as exc:
            errors.append(FieldError("recipients", exc.reason))
            continue
        if address not in recipients:
            recipients.append(address)
    if len(recipients) > MAX_RECIPIENTS:
        errors.append(
            FieldError(
                "recipients",
                msg("Höchstens {limit} Empfänger, bitte kürzen.", limit=MAX_RECIPIENTS),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    return ReportSettings(
        enabled=settings.enabled,
        folder=folder,
        formats=tuple(f for f in FORMATS if f in wanted),
        recipients=tuple(recipients),
    )


def settings_from_json(value: str) -> ReportSettings:
    """The stored settings; the defaults (off, logged) when the stored value cannot be read."""
    try:
        data = json.loads(value)
        return ReportSettings(
            enabled=bool(data["enabled"]),
            folder=str(data.get("folder", "")),
            formats=tuple(str(f) for f in data.get("formats", FORMATS)),
            recipients=tuple(str(r) for r in data.get("recipients", ())),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("stored report settings unreadable")
        return DEFAULT


def parse_list(text: str) -> tuple[str, ...]:
    """ "a@x.de, b@y.de; c@z.de" or one a line → the items, blanks dropped."""
    parts = text.replace(";", ",").replace("\n", ",").split(",")
    return tuple(p.strip() for p in parts if p.strip())


class ReportSettingsService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    def current(self) -> ReportSettings:
        with reading(self._factory) as session:
            value = read_office_setting(session, REPORTS_KEY)
        return DEFAULT if value is None else settings_from_json(value)

    def save(self, settings: ReportSettings) -> ReportSettings:
        """Store ``settings`` for the whole office (Administration only; audited)."""
        clean = validate(settings)
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_REPORT_SETTINGS)
            row = session.get(OfficeSetting, REPORTS_KEY)
            before = None if row is None else settings_from_json(row.value)
            value = json.dumps(clean.to_json(), ensure_ascii=False, sort_keys=True)
            write_office_setting(
                session,
                REPORTS_KEY,
                value,
                now,
                self._actor,
                {
                    "before": None if before is None else before.to_json(),
                    "after": clean.to_json(),
                },
            )
        return clean
