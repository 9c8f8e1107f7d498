"""Reading RFC 822 mails as they arrive: encodings, HTML, attachments, damage, things that
are no mail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from buergeranfragen.mail.html_text import html_to_text
from buergeranfragen.mail.parsing import parse_mail_bytes
from buergeranfragen.mail.records import NotAMail


def test_rfc2047_headers_and_quoted_printable_latin1_body() -> None:
    raw = (
        b"From: =?ISO-8859-1?Q?J=FCrgen_K=F6tter?= <jk@example.org>\r\n"
        b"To: nrwdirekt@nrw.de\r\n"
        b"Subject: =?UTF-8?B?QW50cmFnIGF1ZiBXb2huZ2VsZCDigJMgUsO8Y2tmcmFnZQ==?=\r\n"
        b"Date: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
        b"Message-ID: <abc@example.org>\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Sehr geehrte Damen und Herren,=0D=0Awie ist der Stand? Gr=FC=DFe\r\n"
    )
    mail = parse_mail_bytes(raw)
    assert (mail.from_name, mail.from_email) == ("Jürgen Kötter", "jk@example.org")
    assert mail.subject == "Antrag auf Wohngeld – Rückfrage"
    assert mail.received_at == datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    assert mail.message_id == "abc@example.org"
    assert "Grüße" in mail.text


def test_8bit_headers_and_body_without_charset_are_detected() -> None:
    raw = (
        "From: Björn Weiß <bw@example.org>\nSubject: Anfrage zur Straßenreinigung\n"
        "Date: Tue, 24 Nov 2026 08:00:00 +0100\n\nBitte um Rückruf wegen der Gebühren.\n"
    ).encode("cp1252")
    mail = parse_mail_bytes(raw)
    assert mail.from_name == "Björn Weiß"
    assert mail.subject == "Anfrage zur Straßenreinigung"
    assert "Rückruf" in mail.text and "Gebühren" in mail.text


def test_html_only_mail_becomes_readable_text_and_keeps_the_original() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: HTML\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        b"<p>Guten&nbsp;Tag,</p><p>die <b>Frist</b> l&auml;uft ab.</p><ul><li>eins</li>"
        b'<li>zwei</li></ul><img src="http://tracker.example/x.gif"></body></html>'
    )
    mail = parse_mail_bytes(raw)
    assert mail.text == "Guten Tag,\n\ndie Frist läuft ab.\n\n- eins\n- zwei"
    assert "<b>Frist</b>" in mail.html
    assert html_to_text("<p>a<br>b</p>") == "a\nb"


def test_attachments_keep_their_rfc2231_names() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: Anhang\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSiehe Anhang.\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename*=UTF-8''Bescheid%20M%C3%A4rz.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n"
    )
    mail = parse_mail_bytes(raw)
    assert [(a.filename, a.content_type, a.data) for a in mail.attachments] == [
        ("Bescheid März.pdf", "application/pdf", b"%PDF-1.4\n")
    ]
    assert mail.text == "Siehe Anhang."


def test_damaged_headers_are_repaired_with_a_warning() -> None:
    raw = (
        b"---- Original email message ----\r\nReturn-Path: x@example.cz\r\n"
        b"X-Spam-Status: No,\r\ntests=BAYES_00\r\nSubject: Kontakt\r\nFrom: x@example.cz\r\n"
        b"Date: Thu, 2 Aug 2018 16:58:28 +0200\r\n\r\nText\r\n"
    )
    mail = parse_mail_bytes(raw)
    assert (mail.from_email, mail.subject) == ("x@example.cz", "Kontakt")
    assert [str(w) for w in mail.warnings] == [
        "Die Kopfzeilen der Mail waren beschädigt und wurden repariert."
    ]
    assert mail.text == "Text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "leer"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "keine E-Mail"),
        (b"Hallo, das ist nur ein Text ohne Kopfzeilen.\n", "keine E-Mail"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "Outlook-Datei"),
    ],
)
def test_files_that_are_no_mail_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(NotAMail) as info:
        parse_mail_bytes(data)
    assert reason in info.value.message


def test_a_mail_attached_whole_stays_one_attachment() -> None:
    """The attached mail's text and files belong to it, not to the mail that carries it."""
    raw = (
        b"From: a@example.org\r\nSubject: Fwd\r\nDate: Tue, 24 Nov 2026 08:00:00 +0100\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=YY\r\n\r\n"
        b"--YY\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nZur Beantwortung.\r\n"
        b"--YY\r\nContent-Type: message/rfc822\r\n\r\n"
        b"From: b@example.net\r\nSubject: Innen\r\n"
        b"Content-Type: multipart/mixed; boundary=ZZ\r\n\r\n"
        b"--ZZ\r\nContent-Type: text/plain\r\n\r\nInnerer Text\r\n"
        b"--ZZ\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=innen.pdf\r\n\r\nxx\r\n--ZZ--\r\n--YY--\r\n"
    )
    mail = parse_mail_bytes(raw)
    assert mail.text == "Zur Beantwortung."
    assert [a.filename for a in mail.attachments] == ["Innen.eml"]
    inner = parse_mail_bytes(mail.attachments[0].data)
    assert inner.text == "Innerer Text" and [a.filename for a in inner.attachments] == ["innen.pdf"]


def test_binary_data_among_headers_is_named_as_such() -> None:
    with pytest.raises(NotAMail, match="Binärdaten"):
        parse_mail_bytes(
            b"From: a@example.org\r\nSubject: x\x00y\r\nDate: 1 Jan 2026\r\n\r\nText\r\n"
        )
    with pytest.raises(NotAMail, match="keine Kopfzeilen"):
        parse_mail_bytes(b"\x00\x01 hello world, nothing like a mail")


def test_a_folded_subject_keeps_the_space_after_an_encoded_word() -> None:
    """Python's own mail writer folds after an encoded word ("…für?=" CRLF " Haushalte");
    unfolding keeps the space (found in a walkthrough: "fürHaushalte")."""
    from email import policy
    from email.message import EmailMessage

    subject = "Frage zur Müllgebühr – Änderung für Haushalte mit sehr langem Betreff, gefaltet"
    written = EmailMessage(policy=policy.SMTP)
    written["Subject"] = subject
    data = b"From: a@example.org\r\n" + written.as_bytes() + b"\r\nText\r\n"
    assert b"\r\n " in data.split(b"\r\n\r\n")[0]  # really folded
    assert parse_mail_bytes(data).subject == subject
