"""Answering through the window (issue 11): Antworten opens the reply editor, a Textbaustein
fills in the salutation and the reference, Senden hands the mail to a real SMTP server on
loopback, and the status and the timeline follow; a forward and a logged call the same way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from buergeranfragen.contacts.records import ContactDraft, EmailInput
from buergeranfragen.context import AppContext
from buergeranfragen.conversation.records import MessageKind
from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.ui.answering.dialogs import ContactLogDialog, ForwardDialog, ReplyDialog
from tests.conftest import MemoryKeyring
from tests.smtp_support import PASSWORD, SmtpServer
from tests.support import _free_port
from tests.ui.conftest import settle
from tests.ui.test_detail_handling import choose, closed, opened, submit, timeline
from tests.unit.mail.test_answer_roundtrip import INCOMING


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer("none")
    yield server
    server.stop()


@pytest.fixture
def office(app_context: AppContext, memory_keyring: MemoryKeyring, smtp_server: SmtpServer) -> int:
    """The outgoing server set up, Frau Dr. Çelik a contact, her mail an inquiry: its id."""
    app_context.smtp.set(
        smtp_server.settings(sender_email="nrwdirekt@nrw.de", sender_name="NRW direkt"),
        PASSWORD,
        allow_plaintext=True,
    )
    app_context.contacts.create(
        ContactDraft(
            salutation="Frau",
            title="Dr.",
            first_name="Ayşe",
            last_name="Çelik",
            emails=(EmailInput("celik@beispiel.de"),),
        )
    )
    report = app_context.mail.import_bytes(INCOMING, "laterne.eml", "laterne.eml")
    assert report.inquiry_id is not None
    return report.inquiry_id


def test_a_reply_from_a_template_is_sent_and_the_timeline_and_status_follow(
    qtbot, window, clock, office: int, smtp_server: SmtpServer
) -> None:  # type: ignore[no-untyped-def]
    clock.now += timedelta(minutes=3)
    window.inquiries.show_inquiry(office)
    settle(qtbot, window)
    reference = window.inquiries.detail.record.reference
    window.window_actions.reply.trigger()
    dialog = opened(qtbot, window, ReplyDialog)
    assert dialog.to.text() == "Ayşe Çelik <celik@beispiel.de>"
    assert reference in dialog.subject.text()
    choose(dialog.template, "Antwort")
    settle(qtbot, window)
    text = dialog.text.toPlainText()
    assert text.startswith("Sehr geehrte Frau Dr. Çelik,")
    assert reference in text and "{" not in text  # every placeholder filled in
    dialog.text.setPlainText(text.replace("[Antwort]", "Die Stadtwerke reparieren die Laterne."))
    choose(dialog.status, InquiryStatus.ANSWERED.value)
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: closed(dialog))

    [mail] = smtp_server.mails
    assert mail.recipients == ["celik@beispiel.de"]
    assert b"Die Stadtwerke reparieren die Laterne." in mail.data.replace(b"=\r\n", b"")
    detail = window.inquiries.detail
    assert detail.fields["status"].text() == "Beantwortet"
    lines = "\n".join(timeline(window))
    assert "Antwort an Ayşe Çelik <celik@beispiel.de>" in lines
    assert "Die Stadtwerke reparieren die Laterne." in lines
    assert "Status: Neu → Beantwortet" in lines
    assert window.statusBar().currentMessage().endswith(": Antwort gesendet")


def test_forward_and_a_logged_call_through_their_dialogs(
    qtbot, window, clock, office: int, smtp_server: SmtpServer
) -> None:  # type: ignore[no-untyped-def]
    window.inquiries.show_inquiry(office)
    settle(qtbot, window)
    window.window_actions.forward.trigger()
    dialog = opened(qtbot, window, ForwardDialog)
    choose(dialog.department, "MHKBD")
    dialog.note.setPlainText("Bitte übernehmen.")
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    [mail] = smtp_server.mails
    assert mail.recipients == ["poststelle@mhkbd.nrw.de"]
    assert any("Weitergeleitet an MHKBD" in line for line in timeline(window))

    clock.now += timedelta(minutes=5)
    window.window_actions.log_contact.trigger()
    logged = opened(qtbot, window, ContactLogDialog)
    choose(logged.kind, MessageKind.PHONE_ANSWER.value)
    assert logged.status.currentData() == InquiryStatus.ANSWERED_ON_PHONE.value  # suggested
    logged.text.setPlainText("Frau Çelik angerufen: Laterne wird repariert.")
    submit(qtbot, window, logged)
    qtbot.waitUntil(lambda: closed(logged))
    assert window.inquiries.detail.fields["status"].text() == "am Telefon erledigt"
    assert any("Telefonisch beantwortet" in line for line in timeline(window))


def test_a_refused_reply_keeps_what_was_typed(
    qtbot, window, office: int, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """A colleague answered meanwhile: the clerk is told, the text stays in the editor."""
    window.inquiries.show_inquiry(office)
    settle(qtbot, window)
    window.window_actions.reply.trigger()
    dialog = opened(qtbot, window, ReplyDialog)
    dialog.text.setPlainText("Mein langer Antworttext.")
    app_context.handling.change_status(office, InquiryStatus.CLOSED, comment="erledigt")
    window.prompts.confirm_answers.append(False)  # "Neu laden?" - not now
    submit(qtbot, window, dialog)
    assert dialog.isVisible()
    assert dialog.text.toPlainText() == "Mein langer Antworttext."
    assert dialog.refusal.isVisible()


def test_a_template_marker_left_in_is_refused_and_a_rueckfrage_template_asks_back(
    qtbot, window, office: int, smtp_server: SmtpServer, prompts
) -> None:  # type: ignore[no-untyped-def]
    """Found by the walkthrough: "[Antwort]" went to a citizen unchanged, and the Rückfrage
    template left "Danach" on "Beantwortet"."""
    window.inquiries.show_inquiry(office)
    settle(qtbot, window)
    window.window_actions.reply.trigger()
    dialog = opened(qtbot, window, ReplyDialog)
    choose(dialog.template, "Antwort")
    settle(qtbot, window)
    submit(qtbot, window, dialog)
    assert dialog.isVisible() and smtp_server.mails == []
    assert "[Antwort]" in dialog.field_errors["text"].text()
    # another Textbaustein replaces the filled text without asking; "Rückfrage" asks back
    choose(dialog.template, "Rückfrage")
    settle(qtbot, window)
    assert dialog.text.toPlainText().count("Sehr geehrte") == 1
    assert dialog.status.currentData() == InquiryStatus.WAITING.value
    assert window.inquiries.detail.record.reference in dialog.subject.text()
    # typed text is asked about; kept, the box shows the Textbaustein it came from
    dialog.text.setPlainText("Mein eigener Text.")
    prompts.confirm_answers.append(False)  # "Behalten"
    choose(dialog.template, "Antwort")
    settle(qtbot, window)
    assert dialog.text.toPlainText() == "Mein eigener Text."
    assert dialog.template.currentData() == "Rückfrage"


def test_no_mail_address_is_said_before_the_clerk_writes(
    qtbot, window, app_context: AppContext, memory_keyring: MemoryKeyring, prompts
) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.inquiries.records import CallDraft

    call = app_context.inquiries.log_call(CallDraft(subject="Anruf ohne Mail"))
    window.inquiries.show_inquiry(call.id)
    settle(qtbot, window)
    window.window_actions.reply.trigger()
    settle(qtbot, window)
    assert window.handling.dialog is None  # no editor to type into in vain
    assert any("keine gültige Mailadresse" in shown[2] for shown in prompts.messages)


def test_an_interim_reply_waiting_in_the_outbox_is_not_shown_as_sent(
    qtbot, window, office: int, app_context: AppContext, smtp_server: SmtpServer
) -> None:  # type: ignore[no-untyped-def]
    down = smtp_server.settings(
        sender_email="nrwdirekt@nrw.de", sender_name="NRW direkt", port=_free_port()
    )  # nobody listens there
    app_context.smtp.set(down, PASSWORD, allow_plaintext=True)
    app_context.sending.reply(office, "Wir brauchen noch Zeit.", interim=True)
    window.inquiries.show_inquiry(office)
    settle(qtbot, window)
    detail = window.inquiries.detail
    assert detail.fields["interim"].text() == "wartet im Postausgang"
    lines = timeline(window)
    # the server's German reason, not the JSON it is stored as (second read)
    waiting = [line for line in lines if "nicht gesendet, im Postausgang: " in line]
    assert waiting and "ist nicht erreichbar" in waiting[0] and "{" not in waiting[0]
    # the newest entry is in view from its head line
    timeline_view = detail.timeline
    first_visible = timeline_view.firstVisibleBlock().text()
    assert "Zwischennachricht an" in first_visible
