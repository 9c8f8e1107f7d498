"""Messages for people, kept as a template and its values until they are shown.

The core never hands out finished German prose: it hands out ``Message``s. The German
template is the message's code (as in gettext); the window translates it through Qt Linguist
(``pyside6-lupdate`` finds every ``msg("…")`` call, see ``make translations``) and the command
line shows the German text. Templates use named fields: ``msg("Datei {name} fehlt.", name=x)``.

Values from outside (file names, addresses, server replies) are inserted as they are; a value
that is itself a ``Message`` (or a list of them) is rendered in the same language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, translate: Translate = _identity) -> str:
        """The text in the language of ``translate`` (German without one)."""
        values = {name: _render_value(value, translate) for name, value in self.params}
        translated = translate(self.template) or self.template
        try:
            return translated.format_map(values)
        except (KeyError, IndexError, ValueError):  # a broken translation: fall back
            return self.template.format_map(values)

    def __str__(self) -> str:
        return self.render()

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)


def msg(template: str, /, **params: Any) -> Message:
    """A message for people; ``template`` must be a literal (so lupdate finds it)."""
    return Message(template, tuple(params.items()))


def text(value: str) -> Message:
    """Text from outside the program (a server's reply, an OS error) as a message of its own."""
    return Message("{text}", (("text", value),))


def join(messages: Iterable[Message], separator: str = "; ") -> Message:
    """Several messages as one (a validation with two bad fields)."""
    items = tuple(messages)
    if len(items) == 1:
        return items[0]
    return Message("{items}", (("items", _Joined(items, separator)),))


@dataclass(frozen=True)
class _Joined:
    items: tuple[Message, ...]
    separator: str


def _render_value(value: Any, translate: Translate) -> str:
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, _Joined):
        return value.separator.join(item.render(translate) for item in value.items)
    if isinstance(value, (list, tuple)) and all(isinstance(v, Message) for v in value):
        return ", ".join(v.render(translate) for v in value)
    return str(value)
