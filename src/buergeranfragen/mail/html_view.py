"""What the formatted (HTML) view of a mail may show, decided before the window sees it.

The window's text browser lays HTML out on the GUI thread, and some HTML costs it far more
than its size suggests: each table inside a table doubles the work of every cell in it (tables
nested 20 deep in 661 bytes took 11 s, 25 deep over a minute), and a 6.6 MB table took 19 s
and 764 MB. So the view gets only sanitised HTML (nh3: no scripts, styles, images, frames or
forms; links only to http, https and mailto) that stays within these limits, measured here
cheaply, with an early exit; beyond them the window shows the plain text and says why:

- the source at most ``MAX_SOURCE_CHARS`` characters and ``MAX_ELEMENTS`` start tags (counted
  before sanitising: the sanitiser itself slows down on tens of thousands of nested blocks);
- elements nested at most ``MAX_DEPTH`` deep, quotes and lists at most ``MAX_INDENT`` (each
  level indents: deeper, the text is laid out a letter a line);
- table cells at most ``MAX_TABLE_COST``, each counted 2^(tables around it - 1) times its
  column span times its row span (what a cell costs the layout, measured with PySide 6: 4,800
  cells spanning 1,000 rows each took 29 s);
- no run of text without a space longer than ``MAX_RUN`` characters (the layout looks for a
  place to break such a line over and over: one word of 1 MB took 42 s, of 200 KB 1.8 s).
  Only ASCII white space and the zero-width space count as spaces here; tags inside a word
  (``x<b>y</b>z``) do not end it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3

from buergeranfragen.messages import Message, msg

MAX_SOURCE_CHARS = 1_000_000
MAX_ELEMENTS = 20_000
MAX_DEPTH = 100
MAX_INDENT = 12
MAX_TABLE_COST = 5_000
MAX_SPAN = 1_000  # a colspan/rowspan beyond this is cut to it
MAX_RUN = 1_000

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# what a mailto link may fill in; "attach" and the like (some mail programs honour them) go
_MAILTO_FIELDS = frozenset({"subject", "body", "cc"})

SAFE_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
_VOID = {"br", "hr"}  # the only empty elements among SAFE_TAGS
_INDENTING = {"blockquote", "ul", "ol", "dl"}
_SPANS = {"colspan", "rowspan"}

_START = re.compile(r"<[A-Za-z]")
# nh3's output is serialised HTML: every "<" of the text is escaped, attribute values are
# double-quoted with '"' escaped, so this matches each tag exactly
_TAG = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*/?>')
_COLSPAN = re.compile(r'\bcolspan="(\d+)"')
_ROWSPAN = re.compile(r'\browspan="(\d+)"')
# where a line may break; anything else (no-break and other Unicode spaces too) continues a run
BREAKS = " \t\n\r\f\v\u200b"
_BREAK = re.compile(f"[{BREAKS}]")
# from the start of a run only (a search from each letter of a long word would take seconds)
_LONG_RUN = re.compile(f"(?<![^{BREAKS}])[^{BREAKS}]{{{MAX_RUN + 1}}}")
# tags that stay inside a line: a word continues through them
_INLINE = {
    "a",
    "abbr",
    "b",
    "code",
    "em",
    "i",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "u",
}


@dataclass(frozen=True)
class FormattedView:
    """The sanitised HTML to show, or "" and why the plain text is shown instead."""

    html: str
    refused: Message | None = None


def formatted_view(source: str) -> FormattedView:
    """The HTML of a mail made safe to show, or refused (``refused`` says why) when laying it
    out could freeze the window. Runs in milliseconds for anything up to the limits."""
    if not source.strip():
        return FormattedView("")
    if len(source) > MAX_SOURCE_CHARS:
        return FormattedView(
            "",
            msg(
                "Die Mail ist für die formatierte Ansicht zu groß ({size} KB, höchstens "
                "{limit} KB). Gezeigt wird der reine Text.",
                size=len(source) // 1000,
                limit=MAX_SOURCE_CHARS // 1000,
            ),
        )
    elements = sum(1 for _ in _START.finditer(source))
    if elements > MAX_ELEMENTS:
        return FormattedView(
            "",
            msg(
                "Die Mail hat für die formatierte Ansicht zu viele Elemente ({count}, höchstens "
                "{limit}). Gezeigt wird der reine Text.",
                count=elements,
                limit=MAX_ELEMENTS,
            ),
        )
    clean = sanitise_html(source)
    refused = _too_complex(clean)
    return FormattedView("", refused) if refused is not None else FormattedView(clean)


def sanitise_html(html: str) -> str:
    """Only harmless markup: no scripts, styles, images, frames or forms; links kept with
    http, https or mailto targets; absurd column and row spans cut."""
    return nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes={"a": {"href"}, "td": _SPANS, "th": _SPANS},
        attribute_filter=_span_filter,
        url_schemes=set(LINK_SCHEMES),
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def _span_filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute not in _SPANS:
        return value
    digits = value.strip()
    if not digits.isdigit():
        return None
    return str(min(max(int(digits), 1), MAX_SPAN))


def _too_complex(clean: str) -> Message | None:
    """Why sanitised HTML is too deep, its tables too costly or its words too long to lay out,
    or None."""
    stack: list[str] = []
    tables = 0
    indent = 0
    cost = 0
    run = 0  # characters of the word the text so far ends in
    end = 0
    for match in _TAG.finditer(clean):
        run = _run_after(clean[end : match.start()], run)
        if run > MAX_RUN:
            return _too_long_words()
        end = match.end()
        closing, tag, attributes = match.groups()
        if tag not in _INLINE:
            run = 0
        if closing:
            while stack:  # well-formed: the top is the element closed
                top = stack.pop()
                tables -= top == "table"
                indent -= top in _INDENTING
                if top == tag:
                    break
            continue
        if tag in _VOID:
            continue
        stack.append(tag)
        indent += tag in _INDENTING
        if len(stack) > MAX_DEPTH or indent > MAX_INDENT:
            return msg(
                "Die Mail ist für die formatierte Ansicht zu tief verschachtelt (mehr als "
                "{limit} Ebenen). Gezeigt wird der reine Text.",
                limit=MAX_DEPTH if len(stack) > MAX_DEPTH else MAX_INDENT,
            )
        if tag == "table":
            tables += 1
        elif tag in ("td", "th"):
            cost += (
                2 ** max(tables - 1, 0) * _span(_COLSPAN, attributes) * _span(_ROWSPAN, attributes)
            )
            if cost > MAX_TABLE_COST:
                return msg(
                    "Die Tabellen der Mail sind für die formatierte Ansicht zu umfangreich oder "
                    "zu tief verschachtelt. Gezeigt wird der reine Text."
                )
    if _run_after(clean[end:], run) > MAX_RUN:
        return _too_long_words()
    return None


def _span(pattern: re.Pattern[str], attributes: str) -> int:
    found = pattern.search(attributes)
    return int(found.group(1)) if found else 1


def _run_after(text: str, run: int) -> int:
    """The length of the word ``text`` ends in, ``run`` the one before it ended in; more than
    ``MAX_RUN`` when ``text`` holds a longer word."""
    first = _BREAK.search(text)
    if first is None:
        return run + len(text)
    if run + first.start() > MAX_RUN or _LONG_RUN.search(text, first.start()):
        return MAX_RUN + 1
    last = _BREAK.search(text[::-1])
    assert last is not None
    return last.start()


def _too_long_words() -> Message:
    return msg(
        "Die Mail enthält für die formatierte Ansicht zu lange Wörter (mehr als {limit} "
        "Zeichen ohne Leerzeichen). Gezeigt wird der reine Text.",
        limit=MAX_RUN,
    )


def link_target(href: str) -> str | None:
    """Where a link in a mail may take the clerk: the address for http, https (with a host)
    and mailto links, else None. A mailto link keeps only its address, subject, body and cc."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES or any(ord(c) < 0x21 or ord(c) == 0x7F for c in href.strip()):
        return None
    if scheme != "mailto":
        return urlunsplit(parts._replace(scheme=scheme)) if parts.hostname else None
    if not parts.path:
        return None
    fields = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() in _MAILTO_FIELDS]
    return urlunsplit(("mailto", "", parts.path, urlencode(fields), ""))
