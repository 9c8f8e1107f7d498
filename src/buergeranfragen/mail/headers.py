"""Header values as mailers really write them: RFC 2047 words, raw 8-bit bytes without a
charset, charsets under their odd names, broken addresses, dates with or without a zone."""

from __future__ import annotations

import email.header
import email.utils
import re
from datetime import UTC, datetime
from email.policy import Compat32

from buergeranfragen.calendar import BERLIN
from buergeranfragen.charsets import decode_bytes

_CHARSET_ALIASES = {
    "unknown-8bit": "",
    "x-unknown": "",
    "utf8": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gbk",
    "iso-8859-8-i": "iso-8859-8",
}
_ENCODED_WORD = r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?="
_ENCODED_WORDS = re.compile(rf"{_ENCODED_WORD}(?:\s+{_ENCODED_WORD})*")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def decode_unknown(data: bytes, declared: str | None = None) -> str:
    """Bytes of a body or header: the declared charset (as mailers really name them), else
    detected, else Windows-1252."""
    charset = (declared or "").strip().strip('"').lower()
    return decode_bytes(data, _CHARSET_ALIASES.get(charset, charset) or None, detect=True)


class _EightBitHeaders(Compat32):
    """Python's compat32 policy, except that a header with raw 8-bit bytes (a Latin-1 or UTF-8
    attachment name without RFC 2231) is handed out as text, decoded like any header without a
    charset, instead of as a ``Header`` object that code expecting a string trips over."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        if any("\udc80" <= ch <= "\udcff" for ch in value):
            return decode_unknown(value.encode("utf-8", "surrogateescape"))
        return value


MAIL_POLICY = _EightBitHeaders()
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def decode_header_value(value: object) -> str:
    """An RFC 2047 header, or raw 8-bit bytes without a declared charset, as text."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):  # compat32 keeps raw 8-bit bytes this way
        return " ".join(
            "".join(
                decode_unknown(chunk, charset) if isinstance(chunk, bytes) else chunk
                for chunk, charset in email.header.decode_header(value)
            ).split()
        )
    # unfolded first (RFC 5322: the line break goes, the space stays): Python's decoder reads
    # a folded header line by line and drops the space before text after an encoded word
    raw = _FOLD.sub("", str(value))
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # 8-bit bytes kept as surrogates
        raw = decode_unknown(raw.encode("utf-8", "surrogateescape"))
    if raw.isascii():
        text = _decode_words(raw)
    else:
        # Python's decoder would write the text around the encoded words as escapes ("\u65e5")
        text = _ENCODED_WORDS.sub(lambda run: _decode_words(run.group(0)), raw)
    return " ".join(text.split())


def _decode_words(raw: str) -> str:
    try:
        parts = email.header.decode_header(raw)
    except Exception:  # noqa: BLE001 - broken encoded words are shown as they are
        return raw
    return "".join(
        decode_unknown(chunk, charset) if isinstance(chunk, bytes) else chunk
        for chunk, charset in parts
    )


def parse_address(raw_header: str) -> tuple[str, str]:
    """Name and address of a From header, also from "Name <addr" without its bracket."""
    name, address = email.utils.parseaddr(raw_header)
    if not address or "@" not in address:
        found = _ADDRESS.search(raw_header)
        address = found.group(0) if found else address
        if found and not name:
            name = raw_header.replace(found.group(0), "").strip(" <>\"'")
    return name.strip().strip('"').strip(), address.strip()


def parse_date(value: str) -> datetime | None:
    """An RFC 2822 date in UTC; without a zone it is taken as Berlin time."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=BERLIN)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 31 Dec 9999 23:59 -1200 lies beyond what Python can represent
        return None


_MESSAGE_ID = re.compile(r"<([^<>\s]{1,500})>")
MAX_REPLY_IDS = 50  # a References header of a long thread; an attacker's is cut


def message_ids(*values: str) -> list[str]:
    """The Message-IDs named in In-Reply-To and References values (first the nearest), each
    once, without angle brackets; a header without brackets counts as one ID."""
    found: list[str] = []
    for value in values:
        ids = _MESSAGE_ID.findall(value)
        if not ids and value.strip() and " " not in value.strip():
            ids = [value.strip()[:500]]
        for one in ids:
            if one not in found:
                found.append(one)
            if len(found) >= MAX_REPLY_IDS:
                return found
    return found
