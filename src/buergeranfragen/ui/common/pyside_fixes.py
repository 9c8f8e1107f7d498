"""Workarounds for bugs of the PySide6 release in use, each switched on only where the bug shows.

PySide6 6.12.0: ``SignalInstance.emit()`` hands back ``True`` without owning a reference to it,
so every ``emit`` from Python takes one reference away from ``True``. After a few thousand
emits (a day of typed lookups, or one import of a long contact list: a progress signal per
entry) the count reaches zero and the interpreter aborts ("deallocating True or False"), or
crashes later in the garbage collector. ``install`` wraps ``emit`` so that it gives the
reference back; ``buergeranfragen.ui`` installs it on import, before any signal is emitted.

The same release hands back ``None`` from every method that returns nothing (``setText``,
``setPen``, ``drawLine`` …) without owning a reference to it: each such call takes one
reference away from ``None``. A process starts with a few thousand; 20,000 ``setText`` calls,
or one PDF of a report with a long overdue list, abort the interpreter ("deallocating None").
No wrapper can cover every method, so ``None``, ``True`` and ``False`` get a reserve of
references that no session can use up (``pin_singletons``, again only where the probe shows
the bug; on Python 3.12 and later they are immortal and this changes nothing)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 64
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_takes_a_reference_from_true() -> bool:
    """Whether this PySide has the bug: emit a few times and count ``True``'s references. The
    references the probe took are given back."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):
        _incref(True)
    return lost >= _PROBES


RESERVE = 1 << 40  # references added to None, True and False: more than any session takes


def void_call_takes_a_reference_from_none() -> bool:
    """Whether a method returning nothing takes a reference from ``None`` (given back)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    for _ in range(max(0, lost)):
        _incref(None)
    return lost >= _PROBES


def pin_singletons() -> None:
    """Give ``None``, ``True`` and ``False`` ``RESERVE`` more references (their count is the
    first field of the object in CPython)."""
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += RESERVE


def install() -> bool:
    """Wrap ``SignalInstance.emit`` if this PySide needs it; True when the wrapper is in place.
    Call it before threads emit signals (the probe counts references)."""
    global _installed
    if _installed:
        return True
    if void_call_takes_a_reference_from_none():
        pin_singletons()
    if not emit_takes_a_reference_from_true():
        return False
    original: Callable[..., Any] = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            _incref(True)  # the reference PySide should have handed over with it
        return result

    setattr(SignalInstance, "emit", emit)  # noqa: B010 - mypy forbids assigning to a method
    _installed = True
    return True
