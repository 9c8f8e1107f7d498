"""Mails the intake tests share."""

from __future__ import annotations

from pathlib import Path

FROM_CITIZEN = """From: Erika Mustermann <erika@example.org>
To: nrwdirekt@nrw.de
Subject: Frage zum Wohngeld
Date: Mon, 23 Nov 2026 10:15:00 +0100
Message-ID: <m1@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=XX

--XX
Content-Type: text/plain; charset=utf-8

Wie lange dauert die Bearbeitung?
--XX
Content-Type: application/pdf
Content-Disposition: attachment; filename="../../../Bescheid.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--XX--
"""


def mail_file(folder: Path, name: str, text: str) -> Path:
    """A mail written as mailers do: CRLF line ends, UTF-8."""
    path = folder / name
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path
