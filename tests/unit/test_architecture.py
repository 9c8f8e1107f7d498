"""The rules that keep the code findable as it grows (see ARCHITECTURE.md): Qt only in ui/,
no service hands out or takes a session or an ORM object, every session is opened as a unit of
work or a read, no module grows past ~500 lines."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, Result, Row, RowMapping, ScalarResult
from sqlalchemy.orm import DeclarativeBase, Session, scoped_session, sessionmaker

import buergeranfragen
from buergeranfragen.db.models import Contact

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "buergeranfragen"
MAX_LINES = 500
DATA_TABLES = {"demo/data.py"}  # people, calls and mails of the demo set: data, not logic

# Storage level: these may take a Session and pass ORM objects among themselves (what they hand
# a service is plain data; the service tests check that side). The migrations are left out of
# the walk altogether.
STORAGE_MODULES = {
    "buergeranfragen.db",
    "buergeranfragen.db.engine",
    "buergeranfragen.db.migrate",
    "buergeranfragen.db.models",
    "buergeranfragen.db.backup",  # backup and restore of a SQLite file (sqlite3, no sessions)
    "buergeranfragen.db.daily",  # the daily backup and its rotation
    "buergeranfragen.contacts.repository",
    "buergeranfragen.contacts.mapping",
    "buergeranfragen.inquiries.repository",
    "buergeranfragen.inquiries.search",  # the full-text index helpers
    "buergeranfragen.inquiries.blobs",  # attachments' bytes, inside the inquiry's unit of work
    "buergeranfragen.inquiries.steps",  # the history steps, inside the inquiry's unit of work
    "buergeranfragen.inquiries.acting",  # a clerk's action on one inquiry: its unit of work
    "buergeranfragen.conversation.store",  # an inquiry's messages, inside its unit of work
    "buergeranfragen.inquiries.view_store",  # saved views and the sidebar's counts
    "buergeranfragen.privacy.audit",
    "buergeranfragen.privacy.log_store",  # the audit of reading and the viewer's query
    "buergeranfragen.organisation.repository",
    "buergeranfragen.organisation.rule_store",
    "buergeranfragen.answering.template_store",  # text templates and a letter's facts
    "buergeranfragen.reports.store",  # the topic list and the rows a report's figures need
    "buergeranfragen.privacy.anonymise",  # what retention anonymises or deletes, per chunk
    "buergeranfragen.privacy.contact_trail",  # the audit entries about one contact
    "buergeranfragen.inquiries.mail_lookups",  # the intake's questions: stored? whose address?
    "buergeranfragen.privacy.person_store",  # Art. 15/17: a person's rows, read and erased
    "buergeranfragen.inquiries.presence_store",  # who has an inquiry open for editing
}
# The composition root opens the database and holds it (to close it); it builds the services.
COMPOSITION_ROOT = "buergeranfragen.context"
# Public functions that hand out a value of any type on purpose.
ANY_ALLOWED = {"buergeranfragen.messages.Message.param"}  # a message's values are anything

_DATABASE_TYPES: tuple[type, ...] = (
    Session,
    sessionmaker,
    scoped_session,
    Engine,
    Connection,
    Row,
    RowMapping,
    Result,
    ScalarResult,
)


def _core_modules() -> list[types.ModuleType]:
    modules = []
    for info in pkgutil.walk_packages(buergeranfragen.__path__, "buergeranfragen."):
        if ".ui" in info.name or info.name.endswith("__main__") or ".migrations" in info.name:
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def _service_level_modules() -> list[types.ModuleType]:
    return [
        m
        for m in _core_modules()
        if m.__name__ not in STORAGE_MODULES and m.__name__ != COMPOSITION_ROOT
    ]


def _is_orm_class(cls: type) -> bool:
    return issubclass(cls, DeclarativeBase) or hasattr(cls, "__mapper__")


def _forbidden(annotation: object, seen: frozenset[type] = frozenset()) -> str | None:
    """The database or ORM type hidden in an annotation: inside list[...], X | None, the
    parameter list of a Callable, or a field of a dataclass (however deeply nested)."""
    if isinstance(annotation, (list, tuple)):  # Callable[[Session], T]: the parameters
        parts: tuple[object, ...] = tuple(annotation)
    else:
        origin = typing.get_origin(annotation)
        cls = origin if isinstance(origin, type) else annotation
        if isinstance(cls, type):
            if issubclass(cls, _DATABASE_TYPES) or _is_orm_class(cls):
                return cls.__name__
            if dataclasses.is_dataclass(cls) and cls not in seen:
                for field_type in typing.get_type_hints(cls).values():
                    bad = _forbidden(field_type, seen | {cls})
                    if bad:
                        return f"{cls.__name__}.{bad}"
        parts = typing.get_args(annotation)
    for part in parts:
        bad = _forbidden(part, seen)
        if bad:
            return bad
    return None


def _forbidden_value(value: object, seen: set[int]) -> str | None:
    """The database or ORM object among a service's public attributes (looked into: project
    objects, containers)."""
    if id(value) in seen or isinstance(value, (str, bytes, int, float, bool, type(None))):
        return None
    seen.add(id(value))
    if isinstance(value, _DATABASE_TYPES) or _is_orm_class(type(value)):
        return type(value).__name__
    if isinstance(value, dict):
        items: list[object] = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    elif type(value).__module__.startswith("buergeranfragen.") and hasattr(value, "__dict__"):
        for name, attribute in vars(value).items():
            if not name.startswith("_"):
                bad = _forbidden_value(attribute, seen)
                if bad:
                    return f"{type(value).__name__}.{name} is {bad}"
        return None
    else:
        return None
    for item in items:
        bad = _forbidden_value(item, seen)
        if bad:
            return bad
    return None


def _public_classes_and_functions() -> Iterator[tuple[str, object]]:
    """Every public class and function defined in a service-level module."""
    for module in _service_level_modules():
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(value) or inspect.isfunction(value):
                yield f"{module.__name__}.{name}", value


def _public_members(cls: type) -> Iterator[tuple[str, Callable[..., object]]]:
    """The public methods and property getters a class defines or inherits from the project."""
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") and name not in ("__init__", "__call__"):
            continue
        function = member.fget if isinstance(member, property) else member
        if not inspect.isfunction(function):
            continue  # enum members, constants, builtins' methods
        if not getattr(function, "__module__", "").startswith("buergeranfragen."):
            continue
        yield name, function


def _problems_of_function(qualname: str, function: Callable[..., object], init: bool) -> list[str]:
    problems = []
    hints = typing.get_type_hints(function)
    for argument, annotation in hints.items():
        if init and argument != "return" and typing.get_origin(annotation) is sessionmaker:
            continue  # the composition root hands a service its session factory
        bad = _forbidden(annotation)
        if bad:
            problems.append(f"{qualname}: {argument} is {bad}")
    if not init and qualname not in ANY_ALLOWED:
        returned = hints.get("return", inspect.Signature.empty)
        if returned is inspect.Signature.empty:
            problems.append(f"{qualname}: return type not annotated")
        elif returned is typing.Any:
            problems.append(f"{qualname}: returns Any")
    return problems


def _problems_of(qualname: str, value: object) -> list[str]:
    if inspect.isfunction(value):
        return _problems_of_function(qualname, value, init=False)
    assert isinstance(value, type)
    problems = []
    for field, annotation in typing.get_type_hints(value).items():  # dataclass fields and
        bad = _forbidden(annotation)  # annotated class attributes
        if bad:
            problems.append(f"{qualname}.{field} is {bad}")
    for name, function in _public_members(value):
        if name == "__init__" and dataclasses.is_dataclass(value):
            continue  # its parameters are the fields, checked above
        problems += _problems_of_function(f"{qualname}.{name}", function, name == "__init__")
    return problems


def _sessions_opened_directly(source: str) -> list[str]:
    """Calls that open a session outside ``transaction()``/``reading()``: ``self._factory()``,
    ``factory()``, ``Session(...)`` (line numbers)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("_factory", "factory", "session_factory", "Session", "sessionmaker"):
            found.append(f"{node.lineno} {name}()")
    return found


# -- the checker itself --------------------------------------------------------------------


@dataclasses.dataclass
class _Inner:
    contact: Contact | None


@dataclasses.dataclass
class _Outer:
    rows: list[_Inner]


def test_the_rule_recognises_database_and_orm_types_wherever_they_hide() -> None:
    assert _forbidden(list[Contact]) == "Contact"
    assert _forbidden(Contact | None) == "Contact"
    assert _forbidden(sessionmaker[Session]) == "sessionmaker"
    assert _forbidden(typing.Iterator[tuple[int, Session]]) == "Session"
    assert _forbidden(Callable[[Session], int]) == "Session"
    assert _forbidden(Callable[[int], Callable[[Connection], None]]) == "Connection"
    assert _forbidden(Engine) == "Engine"
    assert _forbidden(list[Row[typing.Any]]) == "Row"
    assert _forbidden(_Outer) == "_Outer._Inner.Contact"
    assert _forbidden(list[int]) is None
    assert _forbidden(Callable[[int, str], list[str]]) is None
    assert _forbidden_value([{"work": Session()}], set()) == "Session"
    assert _forbidden_value(("x", 1, None), set()) is None


def test_the_rule_covers_every_service_level_class_and_function() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _public_classes_and_functions()}
    expected = {
        "ContactService",
        "InquiryService",
        "MailboxService",
        "MailIntake",
        "InquiryWriter",
        "PressDetector",
        "FormerAttachmentFolder",
        "PrivateFolder",
        "import_contact_files",
        "export_contacts",
        "load_demo",
        "formatted_html",
        "DepartmentService",
        "PeopleService",
        "ViewService",
    }
    assert expected <= names, expected - names
    assert STORAGE_MODULES | {COMPOSITION_ROOT} <= {m.__name__ for m in _core_modules()}


def test_the_rule_finds_a_session_opened_directly() -> None:
    source = (
        "def count(self):\n"
        "    with reading(self._factory) as session:\n"
        "        pass\n"
        "    with self._factory() as session:\n"
        "        return 1\n"
    )
    assert _sessions_opened_directly(source) == ["4 _factory()"]


# -- the rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qualname", "value"),
    [pytest.param(name, value, id=name) for name, value in _public_classes_and_functions()],
)
def test_no_service_takes_or_hands_out_a_session_or_orm_object(
    qualname: str, value: object
) -> None:
    """Every public class and function of a service-level module: no database or ORM type in
    its parameters, fields or return (also nested), and a return type that says what it is."""
    assert _problems_of(qualname, value) == []


def test_no_service_built_by_the_context_exposes_a_session(tmp_path: Path) -> None:
    """Public attributes of the services as the composition root builds them (and of the
    project objects they hold, like the mail intake's press detector)."""
    from buergeranfragen.config import Settings
    from buergeranfragen.context import AppContext, build_context

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'architektur.sqlite'}",
        data_dir=tmp_path,
        log_dir=tmp_path / "logs",
        actor="t",
    )
    context = build_context(settings)
    try:
        services = {
            f.name: getattr(context, f.name)
            for f in dataclasses.fields(AppContext)
            if f.name not in ("settings", "clock", "database")
        }
        assert set(services) == {
            "contacts",
            "inquiries",
            "mail",
            "mailboxes",
            "departments",
            "people",
            "handling",
            "rules",
            "views",
            "sending",
            "templates",
            "smtp",
            "outbox",
            "reports",
            "topics",
            "retention",
            "person_data",
            "reading",
            "audit",
            "presence",
        }
        seen: set[int] = set()
        problems = {
            name: bad
            for name, service in services.items()
            if (bad := _forbidden_value(service, seen)) is not None
        }
        assert problems == {}
    finally:
        context.close()


def test_every_session_is_opened_as_a_unit_of_work_or_a_read() -> None:
    """Outside db/, sessions come only from ``db.engine.transaction`` (writes) and
    ``db.engine.reading`` (reads): both turn a locked or unreachable database into a
    message instead of a crash dialog."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE)
        if name.parts[0] != "db":
            hits = _sessions_opened_directly(path.read_text(encoding="utf-8"))
            found += [f"{name}:{hit}" for hit in hits]
    assert found == []


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
