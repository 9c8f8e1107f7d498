"""Mails that crashed or misread the parsers, found while fuzzing them (tests/fuzz/): each case
as a regular test, so it stays fixed."""

from __future__ import annotations

import sys

import pytest

from buergeranfragen.charsets import decode_bytes
from buergeranfragen.mail.forwarding import find_forwarded, german_date
from buergeranfragen.mail.headers import decode_header_value, decode_unknown, parse_date
from buergeranfragen.mail.parsing import MAX_DEPTH, parse_mail_bytes
from buergeranfragen.mail.records import NotAMail
from tests.fuzz.mail_strategies import nested_multipart


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


def _mail_with_attachment(name_header: bytes) -> bytes:
    return (
        b"From: a@example.org\r\nSubject: Bescheid\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nAnbei der Bescheid.\r\n"
        b'--XX\r\nContent-Type: application/pdf; name="' + name_header + b'"\r\n'
        b'Content-Disposition: attachment; filename="' + name_header + b'"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
    )


@pytest.mark.parametrize("charset", ["utf-8", "latin-1"])
def test_a_raw_8bit_attachment_name_is_imported_with_its_name(charset: str) -> None:
    # was: the whole mail rejected ("'Header' object has no attribute 'split'")
    mail = parse_mail_bytes(_mail_with_attachment("Bescheid_Müller.pdf".encode(charset)))
    assert [(a.filename, a.data) for a in mail.attachments] == [
        ("Bescheid_Müller.pdf", b"%PDF-1.4\n")
    ]
    assert mail.text == "Anbei der Bescheid."


def test_raw_8bit_disposition_and_transfer_encoding_headers() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: x\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n"
        b"Content-Disposition: inline; x=\xc3\xbc\r\n"
        b"Content-Transfer-Encoding: 8bit \xfc\r\n\r\nGr\xc3\xbc\xc3\x9fe\r\n"
    )
    assert parse_mail_bytes(raw).text == "Grüße"


def test_text_around_encoded_words_is_kept_as_written() -> None:
    # Python's decoder wrote raw text beside an encoded word as escapes ("\\u65e5\\u672c")
    assert decode_header_value("日本 =?utf-8?q?M=C3=BCller?= x") == "日本 Müller x"
    subject = "Subject: Fr\xc3\xbcher =?utf-8?q?M=C3=BCller?=\r\n".encode("latin-1")
    raw = b"From: a@example.org\r\n" + subject + b"Date: Mon, 23 Nov 2026 10:00:00 +0100\r\n\r\nx"
    assert parse_mail_bytes(raw).subject == "Früher Müller"


def test_a_date_beyond_the_representable_counts_as_no_date() -> None:
    # was: OverflowError, the mail rejected
    date = "Fri, 31 Dec 9999 23:59:59 -1200"
    raw = f"From: a@example.org\r\nSubject: x\r\nDate: {date}\r\n\r\nText".encode()
    mail = parse_mail_bytes(raw)
    assert mail.received_at is None
    assert parse_date(date) is None


def test_a_forwarded_block_dated_in_the_year_1_has_no_date() -> None:
    assert german_date("01.01.0001 00:15") is None
    assert german_date("31.12.9999 23:59") is not None


@pytest.mark.parametrize("charset", ["undefined", "idna"])
def test_a_charset_python_refuses_to_decode_with_is_ignored(charset: str) -> None:
    # was: UnicodeError/ValueError, the mail rejected
    raw = (
        f"From: a@example.org\r\nSubject: =?{charset}?Q?Gr=C3=BC=C3=9Fe?=\r\n"
        f'Content-Type: text/plain; charset="{charset}"\r\n\r\nGr\xfc\xdfe'
    ).encode("latin-1")
    mail = parse_mail_bytes(raw)
    assert (mail.subject, mail.text) == ("Grüße", "Grüße")
    assert decode_bytes("Grüße".encode(), "utf\x00") == "Grüße"


@pytest.mark.parametrize("depth", [MAX_DEPTH, 2 * sys.getrecursionlimit()])
def test_a_mail_nested_too_deep_is_refused_with_a_reason(depth: int) -> None:
    # was: RecursionError from Python's parser (2000 levels: 90 KB)
    with pytest.raises(NotAMail, match="zu tief verschachtelt"):
        parse_mail_bytes(nested_multipart(depth))


def test_a_mail_nested_as_deep_as_allowed_is_read_with_its_attached_mail() -> None:
    attached = b"Content-Type: message/rfc822\r\n\r\nFrom: b@example.org\r\nSubject: innen\r\n\r\nx"
    mail = parse_mail_bytes(nested_multipart(MAX_DEPTH - 2, attached))
    assert [a.filename for a in mail.attachments] == ["innen.eml"]
    assert parse_mail_bytes(nested_multipart(MAX_DEPTH - 1)).text == "ganz innen"


def test_a_forwarded_block_without_an_address_names_no_sender() -> None:
    # was: the forwarded sender's address taken as "0" (the mail filed under address "0")
    text = "-----Ursprüngliche Nachricht-----\nVon: 0\nBetreff: Frage\n\nText"
    assert find_forwarded(text) is None
    block = find_forwarded(text.replace("Von: 0", "Von: Erika <erika@example.org>"))
    assert block is not None and block.from_email == "erika@example.org"
