"""The mail readers on hostile mails: a ParsedMail or NotAMail, never anything else, and what
they hand out is well-formed (text that can be stored, one-line headers, dates with a zone)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buergeranfragen.mail.forwarding import (
    attached_original,
    find_forwarded,
    german_date,
    strip_forward_prefix,
)
from buergeranfragen.mail.headers import decode_header_value, parse_address, parse_date
from buergeranfragen.mail.html_text import html_to_text
from buergeranfragen.mail.parsing import MAX_DEPTH, parse_mail_bytes
from buergeranfragen.mail.records import NotAMail, ParsedMail
from tests.fuzz.mail_strategies import (
    DATES,
    HEADER_VALUE,
    HOSTILE_CHARS,
    TEXT,
    mails,
    nested_multipart,
)
from tests.support import corpus_dir


def _storable(text: str) -> None:
    """Text the database can take: a str that encodes as UTF-8 (no lone surrogates)."""
    assert isinstance(text, str)
    text.encode("utf-8")


def check_mail(mail: ParsedMail) -> None:
    for value in (mail.from_name, mail.from_email, mail.subject, mail.message_id, mail.text):
        _storable(value)
    _storable(mail.html)
    for one_line in (mail.from_name, mail.from_email, mail.subject):
        assert "\n" not in one_line and "\r" not in one_line
    assert mail.from_email == mail.from_email.lower()
    assert mail.received_at is None or mail.received_at.utcoffset() is not None
    assert len(mail.content_hash) == 64
    for attachment in mail.attachments:
        _storable(attachment.filename)
        _storable(attachment.content_type)
        assert attachment.filename
        assert isinstance(attachment.data, bytes)
    for warning in mail.warnings:
        warning.render()


def parse_or_refuse(data: bytes) -> ParsedMail | None:
    try:
        mail = parse_mail_bytes(data)
    except NotAMail as refused:
        refused.reason.render()
        return None
    check_mail(mail)
    return mail


@given(mails())
def test_built_mails_are_read_or_refused(data: bytes) -> None:
    mail = parse_or_refuse(data)
    if mail is not None:
        original = attached_original(mail)
        if original is not None:
            check_mail(original)
        find_forwarded(mail.text)


@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused(data: bytes) -> None:
    parse_or_refuse(b"From: a@example.org\r\nSubject: x\r\n" + data)
    parse_or_refuse(data)


@given(HEADER_VALUE)
def test_header_values_decode_to_one_line_of_text(raw: bytes) -> None:
    text = decode_header_value(raw.decode("ascii", "surrogateescape"))
    _storable(text)
    assert text == " ".join(text.split())
    name, address = parse_address(text)
    _storable(name)
    _storable(address)


@given(DATES)
def test_dates_are_in_utc_or_none(value: str) -> None:
    for parsed in (parse_date(value), german_date(value)):
        assert parsed is None or parsed.utcoffset() is not None


@given(st.text(alphabet=st.one_of(HOSTILE_CHARS, st.sampled_from("0123456789. :")), max_size=40))
def test_german_dates_never_fail(value: str) -> None:
    parsed = german_date(value)
    assert parsed is None or parsed.utcoffset() is not None


@given(
    st.lists(
        st.one_of(
            TEXT,
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<br>",
                    "<br/>",
                    "<pre>",
                    "</pre>",
                    "<script>",
                    "</script>",
                    "<style>",
                    "<td>",
                    "<li>",
                    "<!--",
                    "-->",
                    "<![CDATA[",
                    "&amp;",
                    "&#0;",
                    "&#x110000;",
                    "&#99999999999;",
                    "<a href='",
                    "<",
                    ">",
                    "</",
                    "<!DOCTYPE",
                ]
            ),
        ),
        max_size=30,
    ).map("".join)
)
def test_html_becomes_plain_text(html: str) -> None:
    text = html_to_text(html)
    _storable(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    assert text == text.strip()


@given(
    st.lists(
        st.one_of(
            TEXT,
            st.sampled_from(
                [
                    "\n",
                    "-----Ursprüngliche Nachricht-----\n",
                    "---------- Forwarded message ----------\n",
                    "Von: ",
                    "From: ",
                    "Gesendet: ",
                    "Betreff: ",
                    "[mailto:",
                    "]",
                    "<",
                    "a@b.de",
                    "Montag, 23. November 2026 10:15",
                    "> ",
                    "Begin forwarded message:\n",
                    "------\n",
                ]
            ),
        ),
        max_size=30,
    ).map("".join)
)
def test_forwarded_blocks_are_found_or_not(text: str) -> None:
    block = find_forwarded(text)
    if block is not None:
        assert "@" in block.from_email
        assert block.from_email == block.from_email.lower()
        assert block.date is None or block.date.utcoffset() is not None
    once = strip_forward_prefix(text)
    assert strip_forward_prefix(once) == once


def test_deep_multipart_nesting_neither_recurses_nor_fails() -> None:
    for depth in (50, MAX_DEPTH - 1):
        mail = parse_or_refuse(nested_multipart(depth))
        assert mail is not None and mail.subject == "tief"
    for depth in (MAX_DEPTH, sys.getrecursionlimit() * 2):
        assert parse_or_refuse(nested_multipart(depth)) is None


def test_a_huge_mail_is_read_in_bounded_time() -> None:
    lines = b"".join(b"Zeile %d mit Text \xc3\xa4\xc3\xb6\xc3\xbc\r\n" % i for i in range(200_000))
    head = b"From: a@example.org\r\nSubject: gross\r\nX-Long: " + b"x" * 1_000_000 + b"\r\n\r\n"
    mail = parse_or_refuse(head + lines)
    assert mail is not None and mail.text.endswith("Zeile 199999 mit Text äöü")


def _small_msg_files() -> list[Path]:
    files = sorted(corpus_dir("msg").rglob("*.msg"), key=lambda p: p.stat().st_size)
    return files[:3]


@pytest.mark.corpus
@settings(max_examples=15)
@given(st.data())
def test_mutated_outlook_files_are_read_or_refused(data: st.DataObject) -> None:
    original = bytearray(data.draw(st.sampled_from(_small_msg_files())).read_bytes())
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    mutation = data.draw(st.sampled_from(["flip", "truncate", "zero", "splice"]))
    if mutation == "flip":
        for _ in range(data.draw(st.integers(1, 40))):
            original[rng.randrange(8, len(original))] = rng.randrange(256)
    elif mutation == "truncate":
        del original[rng.randrange(8, len(original)) :]
    elif mutation == "zero":
        start = rng.randrange(8, len(original))
        end = start + rng.randrange(1, 4096)
        original[start:end] = bytes(len(original[start:end]))
    else:
        start = rng.randrange(8, len(original))
        original[start:start] = rng.randbytes(rng.randrange(1, 2048))
    parse_or_refuse(bytes(original))
