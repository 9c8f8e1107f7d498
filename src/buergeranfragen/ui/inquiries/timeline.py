"""An inquiry's history in the detail view: one line a step, oldest first, newest last
("25.11.2026 10:31 · anna · Verteilt an MSB (Ministerium für Schule und Bildung): Kita, nicht
Schule"), with the conversation's further messages between them (a further mail of the
citizen, a reply, a forward, a call-back: head line and text indented); and the words for when
it is due and why it went where it went.

Every value in a step (names, reasons, comments, notes) was typed by someone or came from
outside: the timeline is a read-only plain-text view, never markup, direction controls written
out (``labels.shown``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

from buergeranfragen.calendar import format_local, local
from buergeranfragen.conversation.records import Direction, MessageKind, SendState
from buergeranfragen.conversation.timeline import Entry, conversation
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus, InquiryStep
from buergeranfragen.inquiries.steps import StepKind
from buergeranfragen.stored_values import from_storage
from buergeranfragen.ui.common.i18n import status_label, tr, tr_message
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.workflow import states

SEPARATOR = " · "
INDENT = "    "  # the further lines of a multi-line note or comment
TIMELINE_HEIGHT = 150  # under the text (beside the queue); below it as high as the pane
CONVERSATION_HEIGHT = 320  # with further messages: room to read them
UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX: no maximum height


def _status(value: str) -> str:
    return status_label(from_storage(InquiryStatus, value))


def _with(text: str, comment: str) -> str:
    return f"{text}: {comment}" if comment else text


def _department(step: InquiryStep) -> str:
    if step.department_name and step.department_name != step.to_value:
        return f"{step.to_value} ({step.department_name})"
    return step.to_value


def step_text(step: InquiryStep) -> str:
    """What happened in ``step`` (without when and who)."""
    kind = step.kind
    if kind == StepKind.RECEIVED:
        return tr("Eingegangen (Status: {0})").format(_status(step.to_value or "new"))
    if kind == StepKind.ROUTED_BY_RULE:
        return _with(tr("Verteilt an {0} durch die Regel").format(_department(step)), step.comment)
    if kind == StepKind.ROUTED:
        department = _department(step)
        if step.from_value:
            text = tr("Verteilt an {0} (vorher {1})").format(department, step.from_value)
            return _with(text, step.comment)
        return _with(tr("Verteilt an {0}").format(department), step.comment)
    if kind == StepKind.ASSIGNED:
        if step.to_value:
            return _with(tr("Zugewiesen an {0}").format(step.to_value), step.comment)
        return _with(tr("Zuweisung an {0} aufgehoben").format(step.from_value), step.comment)
    if kind == StepKind.STATUS:
        before, after = _status(step.from_value), _status(step.to_value)
        if step.handed_to:
            text = tr("Status: {0} → {1}, abgegeben an {2}").format(before, after, step.handed_to)
        else:
            text = tr("Status: {0} → {1}").format(before, after)
        return _with(text, step.comment)
    if kind == StepKind.NOTE:
        return tr("Notiz: {0}").format(step.comment)
    return _with(f"{kind} {step.from_value} → {step.to_value}", step.comment)


def step_line(step: InquiryStep) -> str:
    text = step_text(step).replace("\n", "\n" + INDENT)
    return SEPARATOR.join((format_local(step.at), step.actor, text))


def timeline_text(steps: tuple[InquiryStep, ...]) -> str:
    """Every step, oldest first, one line each (a note's further lines indented)."""
    return "\n".join(step_line(step) for step in steps)


MESSAGE_LINES = 40  # lines of a message's text in the timeline (the rest: "…")
# and of them at most so many characters: a further mail of one 1 MB word kept the layout
# busy for a minute (the mail itself is read in full elsewhere)
MESSAGE_CHARS = MESSAGE_LINES * 500
LINE_CHARS = 500


def _message_kind(entry: Entry) -> str:
    return {
        MessageKind.MAIL: tr("Mail von {0}"),
        MessageKind.CALL: tr("Anruf von {0}"),
        MessageKind.REPLY: tr("Antwort an {0}"),
        MessageKind.INTERIM: tr("Zwischennachricht an {0}"),
        MessageKind.FORWARD: tr("Weitergeleitet an {0}"),
        MessageKind.CALLBACK: tr("Rückruf{0}"),
        MessageKind.PHONE_ANSWER: tr("Telefonisch beantwortet{0}"),
        MessageKind.LETTER: tr("Per Brief beantwortet{0}"),
    }.get(entry.kind, "{0}")


def _send_state(entry: Entry) -> str:
    state = entry.send_state
    if state is None or state == SendState.SENT:
        return ""
    if state == SendState.SENDING:
        return tr(" (wird gesendet)")
    if state == SendState.UNCLEAR:
        return tr(" (unklar, ob gesendet – im Postausgang prüfen)")
    reason = tr_message(entry.send_reason) if entry.send_reason is not None else "–"
    return tr(" (nicht gesendet, im Postausgang: {0})").format(reason)


def message_line(entry: Entry) -> str:
    """A message of the conversation: when, who, what, then its text indented."""
    whom = entry.sender if entry.direction == Direction.IN else entry.to
    if entry.kind == MessageKind.FORWARD and entry.department:
        whom = f"{entry.department} ({entry.to})"
    if entry.kind in (MessageKind.CALLBACK, MessageKind.PHONE_ANSWER, MessageKind.LETTER):
        whom = ""
    head = _message_kind(entry).format(whom) + _send_state(entry)
    if entry.subject:
        head += f": {entry.subject}"
    text = entry.text.strip()
    lines = [
        line if len(line) <= LINE_CHARS else line[:LINE_CHARS] + "…"
        for line in text[:MESSAGE_CHARS].splitlines()
    ]
    if len(lines) > MESSAGE_LINES or len(text) > MESSAGE_CHARS:
        lines = [*lines[:MESSAGE_LINES], "…"]
    body = "".join(f"\n{INDENT}{line}" for line in lines)
    when_who = (format_local(entry.at), entry.author) if entry.author else (format_local(entry.at),)
    return SEPARATOR.join((*when_who, head)) + body


def history_entries(record: InquiryRecord) -> list[str]:
    """The steps and the conversation after the first message, in time order (a note is a
    step; the first message is the inquiry's own text above), each entry its lines."""
    lines: list[tuple[datetime, str]] = [(s.at, step_line(s)) for s in record.steps]
    for entry in conversation(record)[1:]:
        if entry.direction != Direction.NOTE:
            lines.append((entry.at, message_line(entry)))
    return [line for _at, line in sorted(lines, key=lambda pair: pair[0])]


def history_text(record: InquiryRecord) -> str:
    return "\n".join(history_entries(record))


def due_text(record: InquiryRecord, now: datetime | None) -> str:
    """When the inquiry is due, and in words whether that is past or today (not colour
    alone); a finished inquiry's due date without words."""
    due = record.routing.due_at
    if due is None:
        return ""
    text = format_local(due)
    if now is None or not states.is_open(record.status):
        return text
    if due <= now:
        return tr("{0} – überfällig").format(text)
    if local(due).date() == local(now).date():
        return tr("{0} – heute fällig").format(text)
    return text


def interim_text(record: InquiryRecord, now: datetime | None) -> str:
    """The Zwischennachricht: sent on …, or due on … (in words when past or today); "" when
    none is needed."""
    if record.interim_sent_at is not None:
        return tr("gesendet am {0}").format(format_local(record.interim_sent_at))
    due = record.interim_due_at
    if due is None:
        waiting = any(
            m.kind == MessageKind.INTERIM and m.send_state not in (None, SendState.SENT)
            for m in record.messages
        )
        return tr("wartet im Postausgang") if waiting else ""
    text = tr("fällig {0}").format(format_local(due))
    if now is not None and due <= now:
        return tr("{0} – überfällig").format(text)
    if now is not None and local(due).date() == local(now).date():
        return tr("{0} – heute fällig").format(text)
    return text


def routing_reason(record: InquiryRecord) -> str:
    """Why the inquiry went to its department: the rule and the words that matched, or the
    clerk who routed it by hand and their reason."""
    routing = record.routing
    if routing.rule_name:
        return f"{routing.rule_name}: {routing.reason}" if routing.reason else routing.rule_name
    if not routing.department_code:
        return ""
    by_hand = [s for s in record.steps if s.kind == StepKind.ROUTED]
    who = by_hand[-1].actor if by_hand else ""
    if routing.reason:
        return tr("von Hand ({0}): {1}").format(who, routing.reason)
    return tr("von Hand ({0})").format(who) if who else ""


class Timeline(QPlainTextEdit):
    """The history as read-only plain text (selectable, scrollable)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("timeline")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.limited = True  # under the text: a few lines high; beside it: as high as it is
        self.conversing = False  # the inquiry has further messages: more room
        self.setMaximumHeight(TIMELINE_HEIGHT)
        self.setAccessibleName(tr("Verlauf"))

    def set_limited(self, limited: bool) -> None:
        self.limited = limited
        self._fit()

    def _fit(self) -> None:
        if not self.limited:
            self.setMaximumHeight(UNLIMITED)
        else:
            self.setMaximumHeight(CONVERSATION_HEIGHT if self.conversing else TIMELINE_HEIGHT)

    def show_record(self, record: InquiryRecord | None) -> None:
        """The inquiry's steps and conversation (nothing for None)."""
        self.conversing = record is not None and bool(record.messages)
        self._fit()
        entries = [shown(e) for e in history_entries(record)] if record is not None else []
        self.setPlainText("\n".join(entries))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest entry is the last: in view, from its head
        if entries:
            cursor = self.textCursor()
            cursor.setPosition(len("\n".join(entries[:-1])) + (1 if len(entries) > 1 else 0))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
