"""A call from a switchboard number that several contacts share: the call form offers every one
of them and the call goes to the one the press officer picks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from buergeranfragen.contacts.records import ContactDraft, ContactKind, PhoneInput
from buergeranfragen.inquiries.records import InquiryQuery
from tests.ui.conftest import settle

SWITCHBOARD = "0231 50-0"  # a city hall's switchboard


def test_a_shared_switchboard_number_offers_every_contact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    contacts, inquiries = window.context.contacts, window.context.inquiries
    people = [
        contacts.create(
            ContactDraft(
                kind=ContactKind.CITIZEN,
                first_name=first,
                last_name=last,
                organisation="Stadt Dortmund",
                phones=(PhoneInput(SWITCHBOARD), PhoneInput(own)),
            )
        )
        for first, last, own in (
            ("Anna", "Brandt", "0231 50-11111"),
            ("Cem", "Demir", "0231 50-22222"),
            ("Eva", "Fischer", "0231 50-33333"),
        )
    ]
    # someone else with a number that only begins like the switchboard is not offered
    contacts.create(ContactDraft(last_name="Gerber", phones=(PhoneInput("0231 5000"),)))

    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    form = window.call_form
    qtbot.waitUntil(form.number.hasFocus)
    qtbot.keyClicks(form.number, "+49 231 500")
    settle(qtbot, window)

    assert form.choice.isVisibleTo(form)
    offered = [form.choice.itemText(i) for i in range(form.choice.count())]
    assert offered == [
        "– bitte wählen –",  # nobody is taken for the caller unpicked
        "Anna Brandt (Stadt Dortmund)",
        "Cem Demir (Stadt Dortmund)",
        "Eva Fischer (Stadt Dortmund)",
    ]
    assert [form.choice.itemData(i) for i in range(form.choice.count())] == [
        None,
        *[p.id for p in people],
    ]
    assert form.caller.text() == "3 Kontakte mit dieser Nummer – bitte wählen, wer anruft."
    assert form.contact is None
    assert not form.new_box.isVisibleTo(form)  # a known number: no new contact offered
    # saving before picking is refused at the field; nothing is stored
    qtbot.keyClicks(form.subject, "Baustelle Hauptstraße")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert form.isVisible() and inquiries.count(InquiryQuery()) == 0
    assert form.number_error.text() == (
        "Mehrere Kontakte haben diese Nummer: bitte wählen, wer anruft."
    )
    assert form.choice.hasFocus()
    # the press officer picks the one on the line; the form follows
    form.choice.setCurrentIndex(3)
    settle(qtbot, window)
    assert form.caller.text() == "3 Kontakte mit dieser Nummer: Eva Fischer (Stadt Dortmund)"
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    settle(qtbot, window)

    [stored] = inquiries.search(InquiryQuery())
    record = inquiries.get(stored.id)
    assert (record.contact_id, record.contact_name) == (people[2].id, "Eva Fischer")
    assert record.caller_number == "0231 500"
    assert contacts.count() == 4  # nobody was created for the known number
