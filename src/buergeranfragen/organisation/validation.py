"""Checks of what is typed for a department or a person; one FieldError per field."""

from __future__ import annotations

import re
import unicodedata

from buergeranfragen.db.limits import clean_text
from buergeranfragen.errors import FieldError, KnownError, ValidationFailed
from buergeranfragen.messages import msg

CODE = re.compile(r"[A-Z][A-Z0-9_-]{0,19}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
NAME_MAX = 300
EMAIL_MAX = 320
PHONE_MAX = 60
DISPLAY_NAME_MAX = 300


def normal_code(code: str) -> str:
    return clean_text(code).strip().upper()


def check_code(code: str) -> str:
    code = normal_code(code)
    if not CODE.fullmatch(code):
        raise ValidationFailed(
            [
                FieldError(
                    "code",
                    msg(
                        "Das Kürzel {code} ist ungültig: 1 bis 20 Zeichen, Buchstaben A-Z, "
                        "Ziffern, - und _, beginnend mit einem Buchstaben.",
                        code=code,
                    ),
                )
            ]
        )
    return code


def check_fields(
    name: str | None, email: str | None, phone: str | None
) -> tuple[str | None, str | None, str | None]:
    """The values cleaned (spaces trimmed), or ValidationFailed naming each wrong field."""
    errors = []
    if name is not None:
        name = " ".join(clean_text(name).split())
        if not name:
            errors.append(FieldError("name", msg("Bitte den Namen der Abteilung angeben.")))
        elif len(name) > NAME_MAX:
            errors.append(
                FieldError("name", msg("Der Name ist länger als {max} Zeichen.", max=NAME_MAX))
            )
    if email is not None:
        email = clean_text(email).strip()
        if email and (len(email) > EMAIL_MAX or not _EMAIL.fullmatch(email)):
            errors.append(
                FieldError("email", msg("{email} ist keine gültige E-Mail-Adresse.", email=email))
            )
    if phone is not None:
        phone = " ".join(clean_text(phone).split())
        if len(phone) > PHONE_MAX:
            errors.append(
                FieldError(
                    "phone", msg("Die Rufnummer ist länger als {max} Zeichen.", max=PHONE_MAX)
                )
            )
    if errors:
        raise ValidationFailed(errors)
    return name, email, phone


def check_display_name(name: str) -> str:
    name = " ".join(clean_text(name).split())
    if not name:
        raise ValidationFailed([FieldError("display_name", msg("Bitte einen Namen angeben."))])
    if len(name) > DISPLAY_NAME_MAX:
        raise ValidationFailed(
            [
                FieldError(
                    "display_name",
                    msg("Der Name ist länger als {max} Zeichen.", max=DISPLAY_NAME_MAX),
                )
            ]
        )
    return name


OS_USER_MAX = 200  # the people table's user name


def check_os_user(user: str) -> None:
    """The operating-system user a person is known by: refused at start (with a message)
    when it cannot be stored as it is - too long, or with control characters - rather than
    cut or changed into someone else's name."""
    if len(user) > OS_USER_MAX:
        raise KnownError(
            msg(
                "Der Benutzername dieser Anmeldung ist länger als {limit} Zeichen; so kann das "
                "Programm niemanden zuordnen. Bitte mit einem kürzeren Benutzernamen anmelden.",
                limit=OS_USER_MAX,
            )
        )
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in user):
        raise KnownError(
            msg(
                "Der Benutzername dieser Anmeldung enthält Steuerzeichen; so kann das Programm "
                "niemanden zuordnen. Bitte mit einem anderen Benutzernamen anmelden."
            )
        )
