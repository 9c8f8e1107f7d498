"""Checks of what is typed for a Textbaustein or a signature; one FieldError per problem."""

from __future__ import annotations

import unicodedata

from buergeranfragen.answering.placeholders import problems
from buergeranfragen.answering.records import TemplatePurpose
from buergeranfragen.db.limits import clean_text
from buergeranfragen.errors import FieldError
from buergeranfragen.messages import msg

NAME_MAX = 100  # text_templates.name
SUBJECT_MAX = 500  # text_templates.subject
BODY_MAX = 20_000  # a letter of several pages; more is a mistake (a pasted file)
SIGNATURE_MAX = 2_000


def _controls(text: str, keep: str = "") -> str:
    """Control and format characters out (line breaks and tabs in ``keep`` stay)."""
    return "".join(
        c for c in text if c in keep or unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")
    )


def multiline(text: str) -> str:
    """A body or signature: line ends made \\n, NUL and other controls out, trailing spaces
    of each line and blank lines at both ends dropped."""
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_controls(line, "\t").rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def check_name(name: str, errors: list[FieldError]) -> str:
    name = " ".join(_controls(clean_text(name)).split())
    if not name:
        errors.append(FieldError("name", msg("Bitte einen Namen für den Textbaustein angeben.")))
    elif len(name) > NAME_MAX:
        errors.append(
            FieldError("name", msg("Der Name ist länger als {max} Zeichen.", max=NAME_MAX))
        )
    return name


def check_purpose(purpose: TemplatePurpose | str, errors: list[FieldError]) -> TemplatePurpose:
    try:
        return TemplatePurpose(purpose)
    except ValueError:
        errors.append(
            FieldError(
                "purpose",
                msg(
                    "Den Zweck {purpose} gibt es nicht (reply, interim oder forward).",
                    purpose=str(purpose),
                ),
            )
        )
        return TemplatePurpose.REPLY


def check_subject(subject: str, errors: list[FieldError]) -> str:
    subject = " ".join(_controls(clean_text(subject)).split())
    if len(subject) > SUBJECT_MAX:
        errors.append(
            FieldError("subject", msg("Der Betreff ist länger als {max} Zeichen.", max=SUBJECT_MAX))
        )
    errors.extend(problems(subject, "subject"))
    return subject


def check_body(body: str, errors: list[FieldError]) -> str:
    body = multiline(body)
    if not body.strip():
        errors.append(FieldError("body", msg("Bitte den Text des Textbausteins angeben.")))
    elif len(body) > BODY_MAX:
        errors.append(
            FieldError("body", msg("Der Text ist länger als {max} Zeichen.", max=BODY_MAX))
        )
    errors.extend(problems(body, "body"))
    return body


def check_signature(signature: str, errors: list[FieldError]) -> str:
    signature = multiline(signature)
    if len(signature) > SIGNATURE_MAX:
        errors.append(
            FieldError(
                "signature",
                msg("Die Signatur ist länger als {max} Zeichen.", max=SIGNATURE_MAX),
            )
        )
    errors.extend(problems(signature, "signature"))
    return signature
