"""The outbox in the window: the SMTP settings dialog (Administration edits, others see why
not), the outbox list with an unclear mail resent after the clerk checked, the status bar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMenu

from buergeranfragen.calendar import format_local
from buergeranfragen.clock import FixedClock
from buergeranfragen.context import AppContext
from buergeranfragen.conversation.records import SendState
from buergeranfragen.mail.outbox import Outbox
from buergeranfragen.mail.smtp_settings import SmtpSettingsService
from buergeranfragen.mail.transport import SmtpTransport
from buergeranfragen.ui.outbox.settings_dialog import SmtpDialog
from tests.conftest import MemoryKeyring
from tests.outbox_support import an_inquiry, reply_bytes, store_outgoing
from tests.smtp_support import PASSWORD, SmtpServer
from tests.ui.conftest import settle


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer("none")
    yield server
    server.stop()


def test_settings_dialog_saves_and_tests_the_connection(
    qtbot, window, app_context: AppContext, memory_keyring: MemoryKeyring, smtp_server, prompts
) -> None:  # type: ignore[no-untyped-def]
    extras = window.findChild(QMenu, "extrasMenu")
    assert window.outbox.settings_action in extras.actions()
    assert window.outbox.list_action in window.findChild(QMenu, "inquiryMenu").actions()
    window.outbox.edit_settings()
    settle(qtbot, window)
    dialog = window.findChild(SmtpDialog)
    assert dialog is not None and dialog.editable  # the first person is the Administration
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(smtp_server.port)
    dialog.username.setText("pressestelle")
    dialog.password.setText(PASSWORD)
    dialog.sender_email.setText("keine adresse")
    prompts.confirm_answers.append(True)  # "Unverschlüsselt speichern"
    dialog.save()
    settle(qtbot, window)
    assert "keine gültige E-Mail-Adresse" in dialog.error.text()
    dialog.test()
    settle(qtbot, window)
    assert dialog.check_result.text() == "Verbindung und Anmeldung in Ordnung."
    assert smtp_server.mails == []
    dialog.sender_email.setText("pressestelle@nrw.de")
    prompts.confirm_answers.append(True)
    dialog.save()
    settle(qtbot, window)
    stored = app_context.smtp.show()
    assert stored is not None and stored.port == smtp_server.port
    assert PASSWORD in memory_keyring.store.values()


def test_an_unclear_mail_is_resent_from_the_list_and_the_status_bar_counts(
    qtbot,
    window,
    app_context: AppContext,
    memory_keyring: MemoryKeyring,
    smtp_server,
    clock: FixedClock,
) -> None:  # type: ignore[no-untyped-def]
    factory = app_context.database.session_factory
    app_context.smtp.set(smtp_server.settings(), PASSWORD, allow_plaintext=True)
    row_id = store_outgoing(
        factory, clock, an_inquiry(app_context.mail, factory), reply_bytes(), "sending", 1
    )
    clock.now += timedelta(hours=1)
    window.outbox.retry()  # what the timer does: the stopped mail becomes unclear
    settle(qtbot, window)
    assert window.outbox.label.isVisibleTo(window) and window.outbox.label.text().startswith("1 ")
    dialog = window.outbox.show_list()
    settle(qtbot, window)
    assert [e.state for e in dialog.entries] == [SendState.UNCLEAR]
    assert dialog.table.item(0, 3).text() == "unklar – bitte prüfen"
    # the time in Berlin, whatever the machine's zone (the walkthrough saw UTC there)
    assert dialog.table.item(0, 6).text() == format_local(dialog.entries[0].at)
    assert not dialog.table.tabKeyNavigation()  # Tab reaches the buttons
    dialog.table.selectRow(0)
    assert dialog.mark_button.isEnabled() and dialog.resend_button.isEnabled()
    dialog.resend()
    settle(qtbot, window)
    assert len(smtp_server.mails) == 1 and dialog.entries == []
    assert not window.outbox.label.isVisibleTo(window)
    assert isinstance(app_context.outbox, Outbox) and row_id
    assert isinstance(app_context.smtp, SmtpSettingsService)
    assert isinstance(app_context.outbox.transport, SmtpTransport)
