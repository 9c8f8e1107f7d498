"""Opening an attachment from anyone: the file written out has a safe name (no path, no
trailing dots or spaces, no direction characters, cut by bytes), only plain document types
open without a question, and the list shows what a name really says."""

from __future__ import annotations

import pytest

from buergeranfragen.inquiries.attachments import safe_filename
from buergeranfragen.inquiries.opening import open_check
from buergeranfragen.text import visible_controls


def visible_name(name: str) -> str:
    return visible_controls(name, single_line=True)


RLO = "\u202e"


@pytest.mark.parametrize(
    ("sent", "written"),
    [
        ("evil.exe.", "evil.exe"),
        ("evil.exe .", "evil.exe"),
        ("evil.exe. . .", "evil.exe"),
        ("evil.exe\u3000", "evil.exe"),  # an ideographic space is no space a file system keeps
        (f"rechnung{RLO}fdp.exe", "rechnungfdp.exe"),
        ("rechnung\u2066.pdf\u2069.exe", "rechnung.pdf.exe"),
        ("a\u200b.pdf", "a.pdf"),  # zero width space
        ("../../.ssh/authorized_keys", "authorized_keys"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("...", "anhang"),
        ("", "anhang"),
        (".", "anhang"),
        (". .exe", "exe"),
        ("CON\x00.txt", "_CON.txt"),  # a Windows device, not a file
        ("nul.pdf", "_nul.pdf"),
        ("Com1", "_Com1"),
        ("LPT9.tar.gz", "_LPT9.tar.gz"),
        ("aux .txt", "_aux.txt"),
        ("CONOUT$.log", "_CONOUT$.log"),
        ("console.txt", "console.txt"),
        ("com10.txt", "com10.txt"),
    ],
)
def test_a_hostile_name_is_written_out_safely(sent: str, written: str) -> None:
    assert safe_filename(sent) == written


@pytest.mark.parametrize("name", ["漢" * 90 + ".pdf", "📄" * 70 + ".docx", "ä" * 200 + ".txt"])
def test_a_long_multibyte_name_is_cut_by_bytes_and_keeps_its_type(name: str) -> None:
    safe = safe_filename(name)
    assert len(safe.encode()) <= 150 and safe.rsplit(".", 1)[1] == name.rsplit(".", 1)[1]
    assert safe.encode().decode() == safe  # cut between characters


@pytest.mark.parametrize(
    "name",
    [
        "Bescheid.pdf",
        "notiz.TXT",
        "foto.jpg",
        "foto.jpeg",
        "scan.png",
        "bild.gif",
        "brief.docx",
        "tabelle.xlsx",
        "folien.pptx",
        "text.odt",
        "tabelle.ods",
        "liste.csv",
        "weitergeleitet.eml",
        "original.msg",
    ],
)
def test_documents_of_the_allow_list_open_without_a_question(name: str) -> None:
    assert not open_check(name).ask


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("setup.exe", "Programm (.exe)"),
        ("systemsteuerung.cpl", "Programm (.cpl)"),
        ("konsole.msc", "Programm (.msc)"),
        ("addin.xll", "Programm (.xll)"),
        ("link.url", "Verknüpfung oder Systemeinstellung (.url)"),
        ("hilfe.chm", "Webseite oder Datei mit Skripten (.chm)"),
        ("skript.py", "Skript, das ein Programm ausführt (.py)"),
        ("seite.html", "Webseite oder Datei mit Skripten (.html)"),
        ("grafik.svg", "Webseite oder Datei mit Skripten (.svg)"),
        ("makro.docm", "Office-Dokument, das Makros enthalten kann (.docm)"),
        ("alt.doc", "Office-Dokument, das Makros enthalten kann (.doc)"),
        ("README", "Datei ohne Endung"),
        ("daten.xyz", "Unbekannter Dateityp (.xyz)"),
        ("evil.exe.", "Programm (.exe)"),
        ("evil.exe .", "Programm (.exe)"),
        (f"rechnung{RLO}fdp.exe", "Programm (.exe)"),
        ("rechnung.pdf.exe", "Programm (.exe)"),
        ("archiv.zip", "Archiv oder Datenträgerabbild (.zip)"),
        (".pdf", "Datei ohne Endung"),  # a hidden file named "pdf", no PDF
    ],
)
def test_everything_else_asks_first_naming_the_type(name: str, kind: str) -> None:
    check = open_check(name)
    assert check.ask and str(check.kind) == kind


def test_the_list_shows_direction_and_invisible_characters_written_out() -> None:
    assert visible_name(f"rechnung{RLO}fdp.exe") == "rechnung⟨U+202E⟩fdp.exe"
    assert (
        visible_controls("a\u200bb\u2066c\u061c.pdf", single_line=True)
        == "a⟨U+200B⟩b⟨U+2066⟩c⟨U+061C⟩.pdf"
    )
    assert visible_name("zeile\nzwei\x00.txt") == "zeile⟨U+000A⟩zwei⟨U+0000⟩.txt"
    assert visible_name("Bescheid März 2026.pdf") == "Bescheid März 2026.pdf"
    assert visible_name("日本語 ファイル.pdf") == "日本語 ファイル.pdf"
