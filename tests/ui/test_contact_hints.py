"""Duplicate hints above the contact form, ranked: the same person first, then contacts that only
share a number or an address with another name, each group headed and each hint saying in
words which it is (not by colour alone), with its reasons."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from buergeranfragen.contacts.records import ContactKind, ContactSummary, DuplicateHint
from buergeranfragen.messages import msg
from buergeranfragen.ui.contacts.hints import DuplicateHints


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
