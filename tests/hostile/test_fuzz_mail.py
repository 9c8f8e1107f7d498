"""Mails that crashed or misread the parsers, found while fuzzing them (tests/fuzz/): each case
as a regular test, so it stays fixed."""

from __future__ import annotations

import pytest

from buergeranfragen.mail.headers import decode_header_value, decode_unknown
from buergeranfragen.mail.parsing import parse_mail_bytes


@pytest.mark.parametrize("text", ["Müller", "Straße", "Jürgen Weiß", "Bescheid_Müller.pdf"])
@pytest.mark.parametrize("charset", ["utf-8", "latin-1", "cp1252"])
def test_a_few_german_words_without_a_charset_are_read_right(text: str, charset: str) -> None:
    # Detection took a short Latin-1 "Müller" for UTF-16 (three Chinese characters).
    assert decode_unknown(text.encode(charset)) == text


def test_a_raw_latin1_sender_name_is_read_right() -> None:
    raw = (
        b"From: J\xfcrgen Wei\xdf <jw@example.org>\r\nSubject: Frage\r\n"
        b"Date: Tue, 24 Nov 2026 08:00:00 +0100\r\n\r\nText\r\n"
    )
    assert parse_mail_bytes(raw).from_name == "Jürgen Weiß"
    assert decode_header_value("M\udcfcller") == "Müller"
