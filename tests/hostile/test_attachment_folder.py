"""An opened attachment never leaves its folder: a symlink planted where it is to be written
is not followed (the file is not written through it), and a symlink posing as a left-behind
folder of an ended process is not followed by the clean-up (what it points to stays)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from buergeranfragen.inquiries import opening
from buergeranfragen.inquiries.opening import FOLDER_PREFIX, PrivateFolder, remove_left_behind

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks as an attack are POSIX")


def test_a_symlink_where_the_file_goes_is_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("unberührt", encoding="utf-8")
    planted = tmp_path / "offen" / "planted"
    planted.mkdir(parents=True)
    (planted / "brief.pdf").symlink_to(victim)
    folder = PrivateFolder(tmp_path / "offen")
    monkeypatch.setattr(opening.tempfile, "mkdtemp", lambda **_kw: str(planted))
    with pytest.raises(OSError):
        folder.new_file("../../brief.pdf")  # the name is cut to "brief.pdf": the planted link
    assert victim.read_text(encoding="utf-8") == "unberührt"
    monkeypatch.undo()
    folder.remove()


def test_the_clean_up_does_not_follow_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "wichtig"
    victim.mkdir()
    (victim / "daten.txt").write_text("bleibt", encoding="utf-8")
    parent = tmp_path / "tmp"
    parent.mkdir()
    ended = 2**22 + 12345  # no such process
    (parent / f"{FOLDER_PREFIX}{ended}-abc").symlink_to(victim, target_is_directory=True)
    left = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{ended}-", dir=parent))
    (left / "alt.pdf").write_bytes(b"%PDF")
    assert remove_left_behind(parent) == 1  # the real folder only
    assert not left.exists()
    assert (victim / "daten.txt").read_text(encoding="utf-8") == "bleibt"


def test_a_name_with_path_parts_stays_in_its_own_folder(tmp_path: Path) -> None:
    folder = PrivateFolder(tmp_path / "offen")
    try:
        for name in ("../../x.pdf", "/etc/passwd", "C:\\Windows\\x.dll", "a\x00/../b.txt", "NUL"):
            path, fd = folder.new_file(name)
            os.close(fd)
            root = (tmp_path / "offen").resolve()
            assert path.resolve().parent.parent.parent == root  # offen/<process>/<file>/name
            assert not path.is_symlink()
    finally:
        folder.remove()
