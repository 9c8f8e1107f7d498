"""Mails built from hostile pieces: raw 8-bit headers, broken RFC 2047 words and charsets,
RFC 2231 parameters, deep multipart nesting, huge header lines, NUL, direction controls."""

from __future__ import annotations

import base64
import quopri

from hypothesis import strategies as st

# Characters that have broken parsers: NUL and controls, CR/LF, direction controls, combining
# marks, umlauts, CJK, emoji, the replacement character, "=?" and quotes.
HOSTILE_CHARS = st.sampled_from(
    [
        "\x00",
        "\x01",
        "\x0b",
        "\x0c",
        "\x1b",
        "\x7f",
        "\r",
        "\n",
        "\t",
        " ",
        "\u202e",
        "\u2066",
        "\u200f",
        "\u0308",
        "\ufeff",
        "\ufffd",
        "ä",
        "ß",
        "Ü",
        "é",
        "漢",
        "字",
        "😀",
        "\u2028",
        "\x85",
        '"',
        "'",
        ";",
        ":",
        "=",
        "?",
        "<",
        ">",
        "@",
        "\\",
        "*",
        "%",
        "/",
    ]
)
TEXT = st.text(
    alphabet=st.one_of(HOSTILE_CHARS, st.characters(codec="utf-8", exclude_categories=["Cs"])),
    max_size=40,
)
CHARSETS = st.sampled_from(
    [
        "utf-8",
        "UTF-8",
        "utf8",
        "iso-8859-1",
        "latin-1",
        "windows-1252",
        "cp1252",
        "us-ascii",
        "unknown-8bit",
        "x-unknown",
        "gb2312",
        "ks_c_5601-1987",
        "iso-8859-8-i",
        "shift_jis",
        "koi8-r",
        "utf-16",
        "utf-7",
        "idna",
        "punycode",
        "undefined",
        "rot13",
        "base64",
        "hex",
        "utf\x00",
        "",
        "ÄÖÜ",
        '"utf-8"',
        "x" * 300,
    ]
)


def _encode(text: str, charset: str) -> bytes:
    try:
        return text.encode(charset)
    except (LookupError, ValueError):
        return text.encode("utf-8", "surrogatepass")


@st.composite
def raw_text(draw: st.DrawFn) -> bytes:
    """Text as some mailer wrote it: UTF-8, Latin-1, random bytes."""
    text = draw(TEXT)
    how = draw(st.sampled_from(["utf-8", "latin-1", "cp1252", "bytes"]))
    if how == "bytes":
        return draw(st.binary(max_size=30))
    return text.encode(how, "replace")


@st.composite
def encoded_word(draw: st.DrawFn) -> bytes:
    """An RFC 2047 word, right or broken."""
    charset = draw(CHARSETS)
    text = draw(TEXT)
    data = _encode(text, charset)
    kind = draw(st.sampled_from(["B", "Q", "b", "q", "X"]))
    if kind in "Bb":
        payload = base64.b64encode(data)
        if draw(st.booleans()):
            payload = payload[: draw(st.integers(0, len(payload)))]  # broken padding
    elif kind in "Qq":
        payload = quopri.encodestring(data, header=True).replace(b"\n", b"")
    else:
        payload = data
    return (
        b"=?" + charset.encode("utf-8", "replace") + b"?" + kind.encode() + b"?" + payload + b"?="
    )


HEADER_VALUE = st.lists(
    st.one_of(raw_text(), encoded_word(), st.sampled_from([b" ", b"\r\n ", b"\r\n\t", b"\n"])),
    max_size=6,
).map(b"".join)


@st.composite
def param(draw: st.DrawFn, name: str) -> bytes:
    """A MIME parameter: quoted, raw 8-bit, RFC 2231 (continued, with a charset or broken)."""
    value = draw(raw_text())
    style = draw(st.sampled_from(["quoted", "bare", "2231", "2231cont", "2047"]))
    key = name.encode()
    if style == "quoted":
        return b"; " + key + b'="' + value + b'"'
    if style == "bare":
        return b"; " + key + b"=" + value
    if style == "2047":
        return b"; " + key + b'="' + draw(encoded_word()) + b'"'
    charset = draw(CHARSETS).encode("utf-8", "replace")
    quoted = "".join(f"%{b:02X}" if draw(st.booleans()) else chr(b) for b in value[:20]).encode(
        "latin-1", "replace"
    )
    if style == "2231":
        return b"; " + key + b"*=" + charset + b"'de'" + quoted
    pieces = draw(st.integers(1, 4))
    out = b""
    for index in draw(st.permutations(list(range(pieces)))):
        out += b"; " + key + b"*" + str(index).encode() + b"*=" + charset + b"''" + quoted[index:]
    return out


HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "Sender",
        "Return-Path",
        "Received",
        "Cc",
        "Reply-To",
        "X-Mailer",
        "Content-Transfer-Encoding",
        "MIME-Version",
    ]
)
DATES = st.one_of(
    st.sampled_from(
        [
            "Mon, 23 Nov 2026 10:15:00 +0100",
            "Fri, 31 Dec 9999 23:59:59 -1200",
            "Mon, 1 Jan 0001 00:00:00 +1400",
            "1 Jan 100 00:00 +2359",
            "Tue, 30 Feb 2026 25:61:99",
            "23.11.2026 10:15",
            "gestern",
            "",
            "Mon, 23 Nov 2026 10:15:00 GMT+0100 (CET)",
        ]
    ),
    st.builds(
        "{}, {} {} {} {}:{}:{} {}".format,
        st.sampled_from(["Mon", "Xyz"]),
        st.integers(-1, 99),
        st.sampled_from(["Jan", "Feb", "Q"]),
        st.integers(-1, 100000),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
        st.sampled_from(["+0100", "-9999", "+2400", "UT", "EST", "Z", ""]),
    ),
)
TRANSFER_ENCODINGS = st.sampled_from(
    [None, "base64", "quoted-printable", "8bit", "7bit", "binary", "x-uuencode", "junk"]
)
CONTENT_TYPES = st.sampled_from(
    [
        "text/plain",
        "text/html",
        "application/pdf",
        "image/png",
        "application/octet-stream",
        "message/rfc822",
        "text/x-weird",
        "multipart/mixed",
        "text",
        "",
        "/",
        "application/ms-tnef",
    ]
)


@st.composite
def header_lines(draw: st.DrawFn) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        name = draw(HEADER_NAMES).encode()
        value = draw(DATES).encode() if name == b"Date" else draw(HEADER_VALUE)
        lines.append(name + b": " + value)
    if draw(st.integers(0, 9)) == 0:  # a huge header line
        lines.append(b"X-Long: " + b"a" * draw(st.integers(1000, 200_000)))
    return b"\r\n".join(lines)


def _body_bytes(draw: st.DrawFn, content_type: str) -> tuple[bytes, bytes]:
    """The headers and the body of one leaf part."""
    text = draw(TEXT)
    if content_type == "text/html":
        text = (
            draw(st.sampled_from(["<p>", "<table><tr><td>", "<script>", "<pre>", "</div>", "&#0;"]))
            + text
        )
    charset = draw(CHARSETS)
    data = _encode(text, charset) if draw(st.booleans()) else draw(st.binary(max_size=60))
    cte = draw(TRANSFER_ENCODINGS)
    if cte == "base64":
        body = base64.encodebytes(data)
        if draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))] + b"!*"
    elif cte == "quoted-printable":
        body = quopri.encodestring(data) + draw(st.sampled_from([b"", b"=", b"=Z", b"=\r\n"]))
    elif cte == "x-uuencode":
        body = b"begin 644 " + draw(raw_text()) + b"\r\n" + data + b"\r\nend\r\n"
    else:
        body = data
    headers = b"Content-Type: " + content_type.encode()
    if draw(st.booleans()):
        headers += b"; charset=" + charset.encode("utf-8", "replace")
    if draw(st.booleans()):
        headers += draw(param("name"))
    if draw(st.booleans()):
        disposition = draw(st.sampled_from([b"attachment", b"inline", b"", b"ATTACHMENT", b"\xfc"]))
        headers += b"\r\nContent-Disposition: " + disposition + draw(param("filename"))
    if cte is not None:
        headers += b"\r\nContent-Transfer-Encoding: " + cte.encode()
    return headers, body


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    content_type = draw(CONTENT_TYPES)
    if content_type == "message/rfc822":
        inner = draw(st.sampled_from([b"From: x@y.de\r\nSubject: i\r\n\r\nbody", b"", b"junk"]))
        return b"Content-Type: message/rfc822\r\n\r\n" + inner
    headers, body = _body_bytes(draw, content_type)
    return headers + b"\r\n\r\n" + body


def _multipart(children: st.SearchStrategy[list[bytes]]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        parts = draw(children)
        boundary = draw(st.sampled_from([b"XX", b"=_b", b"a" * 80, b"\xfcb", b""]))
        subtype = draw(st.sampled_from([b"mixed", b"alternative", b"related", b"digest"]))
        out = b"Content-Type: multipart/" + subtype + b'; boundary="' + boundary + b'"\r\n\r\n'
        out += draw(st.sampled_from([b"", b"preamble\r\n"]))
        for part in parts:
            out += b"--" + boundary + b"\r\n" + part + b"\r\n"
        if draw(st.booleans()):  # the closing boundary is often missing in broken mails
            out += b"--" + boundary + b"--\r\n"
        return out

    return build()


PART = st.recursive(
    leaf(), lambda children: _multipart(st.lists(children, max_size=3)), max_leaves=8
)


@st.composite
def mails(draw: st.DrawFn) -> bytes:
    """A whole mail: From and Subject most of the time, other headers, a body part tree."""
    top = [b"From: " + draw(HEADER_VALUE)] if draw(st.integers(0, 4)) else []
    top.append(b"Subject: " + draw(HEADER_VALUE))
    top.append(b"Date: " + draw(DATES).encode())
    head = b"\r\n".join(top) + b"\r\n" + draw(header_lines())
    prefix = draw(st.sampled_from([b"", b"From sender@example.org Mon Nov 23 10:00:00 2026\n"]))
    line_end = draw(st.sampled_from([b"\r\n", b"\n"]))
    mail = prefix + head.rstrip(b"\r\n") + b"\r\n" + draw(PART)
    return mail.replace(b"\r\n", line_end) if line_end != b"\r\n" else mail


def nested_multipart(
    depth: int, inner: bytes = b"Content-Type: text/plain\r\n\r\nganz innen\r\n"
) -> bytes:
    """A mail with ``depth`` multipart levels, each with its own boundary, around ``inner``."""
    head = b"From: a@example.org\r\nSubject: tief\r\nDate: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
    body = inner
    for level in range(depth):
        boundary = b"b%d" % level
        body = (
            b"Content-Type: multipart/mixed; boundary="
            + boundary
            + b"\r\n\r\n--"
            + boundary
            + b"\r\n"
            + body
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )
    return head + body
