"""Duplicate hints above the contact form, ranked: the same person first, then contacts that only
share a number or an address with another name, each group headed and each hint saying in
words which it is (not by colour alone), with its reasons."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactSummary,
    DuplicateHint,
    EmailInput,
    PhoneInput,
)
from buergeranfragen.messages import msg
from buergeranfragen.ui.contacts.hints import DuplicateHints
from tests.ui.conftest import settle
from tests.ui.test_contacts_section import type_into


def shown(hints: DuplicateHints) -> list[tuple[str, str]]:
    """What the box shows, top to bottom: (kind of line, its text)."""
    layout = hints.layout()
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [(w.objectName(), w.text() if isinstance(w, QLabel) else _hint_text(w)) for w in widgets]


def _hint_text(row: QWidget) -> str:
    [text] = row.findChildren(QLabel, "hintText")
    return str(text.text())


def summary(contact_id: int, name: str, organisation: str = "") -> ContactSummary:
    return ContactSummary(contact_id, ContactKind.PRESS, name, organisation)


def test_the_same_person_comes_first_whatever_order_the_hints_come_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = DuplicateHints()
    qtbot.addWidget(box)
    newsroom = DuplicateHint(
        summary(1, "Jonas Weber", "WDR"),
        (msg("gleiche Rufnummer {number}", number="0221 2200"),),
        same_person=False,
    )
    colleague = DuplicateHint(
        summary(2, "Mia <b>Kurz</b>", "WDR"),
        (msg("gleiche E-Mail-Adresse {address}", address="newsdesk@wdr.example"),),
        same_person=False,
    )
    herself = DuplicateHint(
        summary(3, "Katrin Albers", "WDR"),
        (
            msg("gleiche Rufnummer {number}", number="0221 2200"),
            msg("gleicher Name bei {organisation}", organisation="WDR"),
        ),
        same_person=True,
    )
    box.show_hints([newsroom, herself, colleague])

    assert [h.contact.id for h in box.hints] == [3, 1, 2]
    assert shown(box) == [
        ("samePersonHeading", "Wahrscheinlich dieselbe Person"),
        (
            "samePersonHint",
            "<b>Katrin Albers (WDR)</b> (dieselbe Person): gleiche Rufnummer 0221 2200, "
            "gleicher Name bei WDR",
        ),
        ("otherPersonHeading", "Gleiche Rufnummer oder Adresse, andere Person"),
        (
            "otherPersonHint",
            "<b>Jonas Weber (WDR)</b> (andere Person): gleiche Rufnummer 0221 2200",
        ),
        (
            "otherPersonHint",  # a name from outside is escaped, never markup
            "<b>Mia &lt;b&gt;Kurz&lt;/b&gt; (WDR)</b> (andere Person): "
            "gleiche E-Mail-Adresse newsdesk@wdr.example",
        ),
    ]
    assert box.title() == "Mögliche Dubletten"

    # only people who share a number: no "same person" group, and the box says so
    box.show_hints([newsroom])
    assert [name for name, _ in shown(box)] == ["otherPersonHeading", "otherPersonHint"]
    assert box.title() == "Kontakte mit gleicher Rufnummer oder Adresse"


def test_hints_while_typing_rank_the_same_person_before_a_shared_switchboard(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    contacts = window.context.contacts
    switchboard = "0221 220-0"
    weber = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Jonas",
            last_name="Weber",
            outlet="WDR",
            phones=(PhoneInput(switchboard),),
            emails=(EmailInput("newsdesk@wdr.example"),),
        )
    )
    albers = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Katrin",
            last_name="Albers",
            outlet="WDR",
            phones=(PhoneInput(switchboard), PhoneInput("0171 1234567")),
            emails=(EmailInput("newsdesk@wdr.example"),),
        )
    )
    section = window.contacts
    form = section.form
    window.new_contact()
    type_into(qtbot, form.first_name, "Dr. Katrin")
    type_into(qtbot, form.last_name, "Albers")
    type_into(qtbot, form.phones.edit(0), switchboard)
    qtbot.waitUntil(lambda: len(section.hints.hints) == 2)
    settle(qtbot, window)

    assert [(h.contact.id, h.same_person) for h in section.hints.hints] == [
        (albers.id, True),
        (weber.id, False),
    ]
    lines = shown(section.hints)
    assert [name for name, _ in lines] == [
        "samePersonHeading",
        "samePersonHint",
        "otherPersonHeading",
        "otherPersonHint",
    ]
    assert lines[1][1].startswith("<b>Katrin Albers (WDR)</b> (dieselbe Person): ")
    assert lines[3][1].startswith("<b>Jonas Weber (WDR)</b> (andere Person): ")
    for _, text in (lines[1], lines[3]):
        assert "gleiche Rufnummer 0221 2200" in text  # each hint with its reason
