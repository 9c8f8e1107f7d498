"""The rules that keep the code findable as it grows (see ARCHITECTURE.md): Qt only in ui/,
no service hands out or takes a session or an ORM object, no module grows past ~500 lines."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

import buergeranfragen

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "buergeranfragen"
MAX_LINES = 500
DATA_TABLES = {"demo/data.py"}  # people, calls and mails of the demo set: data, not logic


def _core_modules() -> list[types.ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(buergeranfragen.__path__, "buergeranfragen."):
        if ".ui" in info.name or info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def _service_classes() -> list[type]:
    found: dict[str, type] = {}
    for module in _core_modules():
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and value.__module__ == module.__name__
                and (name.endswith("Service") or name in ("MailIntake",))
            ):
                found[f"{module.__name__}.{name}"] = value
    return list(found.values())


def _forbidden(annotation: object) -> str | None:
    """The session or ORM type hidden in an annotation (also inside list[...], X | None)."""
    if isinstance(annotation, type):
        if issubclass(annotation, (Session, sessionmaker)):
            return annotation.__name__
        if issubclass(annotation, DeclarativeBase) or hasattr(annotation, "__mapper__"):
            return annotation.__name__
    if annotation is sessionmaker or typing.get_origin(annotation) is sessionmaker:
        return "sessionmaker"
    for argument in typing.get_args(annotation):
        bad = _forbidden(argument)
        if bad:
            return bad
    return None


def test_the_rule_finds_the_services_and_recognises_orm_types() -> None:
    from buergeranfragen.db.models import Contact

    names = {cls.__name__ for cls in _service_classes()}
    assert {"ContactService", "InquiryService", "MailboxService", "MailIntake"} <= names
    assert _forbidden(list[Contact]) == "Contact"
    assert _forbidden(Contact | None) == "Contact"
    assert _forbidden(sessionmaker[Session]) == "sessionmaker"
    assert _forbidden(typing.Iterator[tuple[int, Session]]) == "Session"
    assert _forbidden(list[int]) is None


@pytest.mark.parametrize("service", _service_classes(), ids=lambda c: c.__name__)
def test_no_service_method_hands_out_or_takes_a_session_or_orm_object(service: type) -> None:
    problems = []
    for name, member in inspect.getmembers(service):
        if name.startswith("_") and name != "__init__":
            continue
        function = member.fget if isinstance(member, property) else member
        if not callable(function):
            continue
        hints = typing.get_type_hints(function)
        for argument, annotation in hints.items():
            if name == "__init__" and argument != "return":
                continue  # the composition root hands a service its session factory
            bad = _forbidden(annotation)
            if bad:
                problems.append(f"{service.__name__}.{name}: {argument} is {bad}")
    assert problems == []


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {name: n for name, n in long.items() if name not in DATA_TABLES} == {}


def test_every_ui_section_is_a_package() -> None:
    loose = sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py")
    assert loose == ["app.py"], "ui/ holds packages per window section and the entry app.py"


def test_packages_outside_ui_import_without_pyside6() -> None:
    """Qt stays in ui/: every other module imports with PySide6 made unimportable."""
    code = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError("PySide6 blocked for this test")
        return None
sys.meta_path.insert(0, Block())
import buergeranfragen
seen = []
for info in pkgutil.walk_packages(buergeranfragen.__path__, "buergeranfragen."):
    if ".ui" in info.name or info.name.endswith("__main__") or ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
    seen.append(info.name)
assert "buergeranfragen.contacts.service" in seen and "buergeranfragen.cli" in seen, seen
assert not any(m.startswith("PySide6") for m in sys.modules)
print(len(seen))
"""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 10
