"""The shared venv installs ``buergeranfragen.resources`` from the main checkout: in a worktree
whose ``resources/`` has a newer rule file, read that one (no effect where they are the same)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import buergeranfragen.resources
import pytest

from buergeranfragen.routing import defaults

HERE = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture(autouse=True)
def _rules_of_this_checkout(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    installed = Path(buergeranfragen.resources.__file__).resolve().parent
    if installed != HERE:
        text = (HERE / defaults.RESOURCE).read_text(encoding="utf-8")
        monkeypatch.setattr(defaults, "default_rules_json", lambda: text)
    yield
