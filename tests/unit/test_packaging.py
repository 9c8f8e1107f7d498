"""Packaging is checked like code: one reverse-DNS id everywhere, valid desktop and AppStream
files, the icon and the translations shipped with the package."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from buergeranfragen import APP_ID, __version__
from tests.support import missing

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"
TS = ROOT / "resources" / "translations" / "buergeranfragen_en.ts"


def test_one_id_for_desktop_file_metainfo_and_icon() -> None:
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert f"Icon={APP_ID}\n" in DESKTOP.read_text(encoding="utf-8")
    assert (ROOT / "resources" / "icons" / f"{APP_ID}.svg").exists()


def test_desktop_file_validates() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        missing("desktop-file-validate", "Debian-Paket desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_appstream_metainfo_validates() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        missing("appstreamcli", "Debian-Paket appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _strings_in_code(tmp_path: Path) -> set[str]:
    """What `make translations` extracts: tr() in ui/ and msg() (core messages) everywhere."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    package = ROOT / "src" / "buergeranfragen"
    sources = sorted(str(p) for p in package.rglob("*.py") if "migrations" not in p.parts)
    subprocess.run(
        [str(lupdate), *sources, "-tr-function-alias", "tr+=msg", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    contexts = {
        context.findtext("name") or "": {
            m.findtext("source") or "" for m in context.iter("message")
        }
        for context in ET.parse(fresh).iter("context")
    }
    # tr() and msg() translate in the empty context; a text filed elsewhere (lupdate mistaking
    # some `x.name(` for a translation call) would stay German at run time
    assert set(contexts) == {""}, {name: texts for name, texts in contexts.items() if name}
    return contexts[""]


def _translations() -> dict[str, str]:
    return {
        m.findtext("source") or "": m.findtext("translation") or ""
        for m in ET.parse(TS).iter("message")
        if m.findtext("translation") and m.find("translation").get("type") is None  # type: ignore[union-attr]
    }


def test_every_interface_string_and_message_has_an_english_translation(tmp_path: Path) -> None:
    in_code = _strings_in_code(tmp_path)
    # both kinds are found: window texts and the core's messages
    assert "Kontakte importieren" in in_code
    assert "Die Datenbank ist nicht erreichbar. Bitte prüfen Sie die Verbindung." in in_code
    assert in_code - set(_translations()) == set(), "run `make translations` and translate"


def test_translations_keep_every_placeholder() -> None:
    fields = re.compile(r"\{[^{}]*\}")

    def placeholders(text: str) -> list[str]:  # "{{" and "}}" are braces, not placeholders
        return sorted(fields.findall(text.replace("{{", "").replace("}}", "")))

    broken = {
        source: translation
        for source, translation in _translations().items()
        if placeholders(source) != placeholders(translation)
    }
    assert broken == {}


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / "en.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run `make translations`"
