"""Composing the mails the office sends: the reference in the subject, threading headers,
the quote, umlauts as RFC 2047 words, the original attached whole, hostile header values."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy

from buergeranfragen.answering.composing import (
    Party,
    Quoted,
    compose_forward,
    compose_reply,
    with_reference,
)

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
OFFICE = Party("nrwdirekt@nrw.de", "Nordrhein-Westfalen direkt")
CITIZEN = Party("erika@example.org", "Erika Müßig-Çelik")
ORIGINAL = (
    b"From: Erika <erika@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
    b"Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\nMessage-ID: <m1@example.org>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    b"H\xc3\xa4llo  mit  Leerzeichen  \r\nZeile 2\r\n"
)


def parsed(data: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_with_reference_adds_the_reference_once_and_one_prefix() -> None:
    assert with_reference("AW: Re: WG: Wohngeld", "BA-2026-00001", "AW:") == (
        "AW: Wohngeld [BA-2026-00001]"
    )
    assert with_reference("Wohngeld [ba-2026-00001]", "BA-2026-00001", "AW:") == (
        "AW: Wohngeld [ba-2026-00001]"
    )
    assert with_reference("AW: eigener Betreff", "BA-2026-00001", "") == (
        "AW: eigener Betreff [BA-2026-00001]"
    )


def test_a_reply_has_threading_headers_the_quote_and_encoded_umlauts() -> None:
    composed = compose_reply(
        sender=OFFICE,
        to=CITIZEN,
        subject="AW: Grüße zum Wohngeld [BA-2026-00001]",
        text="Sehr geehrte Frau Müßig-Çelik,\n\nanbei die Antwort.",
        reference="BA-2026-00001",
        now=NOW,
        in_reply_to="m2@example.org",
        references=["m1@example.org", "m2@example.org"],
        quoted=Quoted(CITIZEN, NOW, "Erste Zeile\nZweite Zeile"),
    )
    raw = composed.data
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"=?utf-8?" in head.lower()  # RFC 2047, no raw 8-bit header
    assert all(byte < 128 for byte in head)
    message = parsed(raw)
    assert message["Subject"] == "AW: Grüße zum Wohngeld [BA-2026-00001]"
    assert message["To"].addresses[0].display_name == "Erika Müßig-Çelik"
    assert message["In-Reply-To"] == "<m2@example.org>"
    assert message["References"] == "<m1@example.org> <m2@example.org>"
    assert message["Message-ID"] == f"<{composed.message_id}>"
    assert composed.message_id.endswith("@nrw.de")
    body = message.get_body().get_content().replace("\r\n", "\n")
    assert body.startswith("Sehr geehrte Frau Müßig-Çelik,")
    assert "Am 26.11.2026 um 10:30 schrieb Erika Müßig-Çelik <erika@example.org>:" in body
    assert "> Erste Zeile\n> Zweite Zeile" in body


def test_a_subject_or_name_with_line_breaks_cannot_add_a_header() -> None:
    composed = compose_reply(
        sender=OFFICE,
        to=Party("erika@example.org", "Erika\r\nBcc: victim@example.com"),
        subject="Hallo\r\nBcc: victim@example.com",
        text="Text",
        reference="BA-2026-00001",
        now=NOW,
        in_reply_to="x@y\r\nBcc: v@e",
        references=[],
        quoted=None,
    )
    message = parsed(composed.data)
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"]


def test_a_forward_attaches_the_original_byte_for_byte() -> None:
    composed = compose_forward(
        sender=OFFICE,
        to=Party("poststelle@msb.nrw.de", "Ministerium für Schule und Bildung"),
        subject="WG: Grüße [BA-2026-00001]",
        note="Bitte übernehmen.",
        reference="BA-2026-00001",
        now=NOW,
        original=ORIGINAL,
    )
    assert ORIGINAL.rstrip(b"\r\n") in composed.data
    message = parsed(composed.data)
    (attached,) = list(message.iter_attachments())
    assert attached.get_content_type() == "message/rfc822"
    inner = attached.get_payload()[0]
    assert inner["Message-ID"] == "<m1@example.org>"
    assert message.get_body().get_content().strip() == "Bitte übernehmen."


def test_a_broken_original_goes_as_a_file_and_nothing_is_lost() -> None:
    broken = b"From: x\rSubject: kaputt\r\n\r\n\x00\xff bare \r CR"
    composed = compose_forward(
        sender=OFFICE,
        to=Party("poststelle@msb.nrw.de"),
        subject="WG: kaputt [BA-2026-00001]",
        note="Notiz",
        reference="BA-2026-00001",
        now=NOW,
        original=broken,
    )
    (attached,) = list(parsed(composed.data).iter_attachments())
    assert attached.get_content() == broken
