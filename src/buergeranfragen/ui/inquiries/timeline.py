"""An inquiry's history in the detail view: one line a step, oldest first, newest last
("25.11.2026 10:31 · anna · Verteilt an MSB (Ministerium für Schule und Bildung): Kita, nicht
Schule"); and the words for when it is due and why it went where it went.

Every value in a step (names, reasons, comments, notes) was typed by someone or came from
outside: the timeline is a read-only plain-text view, never markup, direction controls written
out (``labels.shown``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy

from buergeranfragen.calendar import format_local, local
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus, InquiryStep
from buergeranfragen.inquiries.steps import StepKind
from buergeranfragen.stored_values import from_storage
from buergeranfragen.ui.common.i18n import status_label, tr
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.workflow import states

SEPARATOR = " · "
INDENT = "    "  # the further lines of a multi-line note or comment
TIMELINE_HEIGHT = 150  # under the text (beside the queue); below it as high as the pane


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
        self.setMaximumHeight(TIMELINE_HEIGHT)
        self.setAccessibleName(tr("Verlauf"))

    def show_steps(self, steps: tuple[InquiryStep, ...]) -> None:
        self.setPlainText(shown(timeline_text(steps)))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # the newest step is the last: in view
