"""A letter from a Textbaustein (pure): subject and body filled in, the department's
signature below the body (its own placeholders filled in too), or a plain one built from the
department's name, phone and address when it has none."""

from __future__ import annotations

from buergeranfragen.answering.placeholders import fill, one_line, values_for
from buergeranfragen.answering.records import LetterFacts


def default_signature(facts: LetterFacts) -> str:
    """The department's name, phone and address, one a line; "" without a department."""
    lines = [facts.department_name]
    if facts.department_phone:
        lines.append(f"Telefon: {facts.department_phone}")
    if facts.department_email:
        lines.append(f"E-Mail: {facts.department_email}")
    return "\n".join(line for line in lines if line)


def compose(subject: str, body: str, facts: LetterFacts) -> tuple[str, str]:
    """The filled-in subject (one line) and body (ending with the signature)."""
    values = values_for(facts)
    signature = facts.department_signature.strip("\n")
    signature = fill(signature, values) if signature.strip() else default_signature(facts)
    text = fill(body, values).rstrip()
    if signature:
        text = f"{text}\n\n{signature}"
    return one_line(fill(subject, values)), text + "\n"
