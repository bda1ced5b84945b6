"""Keeps ``None``, ``True`` and ``False`` alive under Qt bindings that return them without taking a reference.

PySide6 6.12's abi3 build, on Python 3.11 (where these singletons are not yet immortal, PEP 683), drops one
reference to ``None`` on every call of a method that returns nothing — ``setItem``, ``setText``,
``setRowCount``… — and one to ``True``/``False`` on every ``Signal.emit``. After a few thousand such calls (a
工作台 refresh of a few hundred rows, or one at 3,000 cases) the interpreter frees the singleton and aborts with
"Fatal Python error: none_dealloc" (or ``bool_dealloc``, often only at exit). :func:`install` measures the
drops once at start-up and, when present, raises the singletons' reference counts so far that no session can
bring them to zero — what Python 3.12 does for every interpreter. Without the defect it changes nothing.
"""

from __future__ import annotations

import ctypes
import sys

# 2**60 references: at a billion void calls a second the count would take decades to run out.
_FLOOR = 1 << 60
_installed = False


def leaks_none() -> bool:
    """True when a void Qt call takes away a reference to ``None`` it never gave."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 8


def leaks_bool() -> bool:
    """True when emitting a signal takes away a reference to ``True``/``False`` it never gave."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(16):
        probe.ping.emit()
    return sys.getrefcount(True) + sys.getrefcount(False) < before - 8


def _raise_floor(obj: object) -> None:
    refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
    if refcnt.value < _FLOOR:
        refcnt.value += _FLOOR


def install() -> bool:
    """Apply the guard when this interpreter needs it; returns whether it was applied."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12):
        return False
    none, bools = leaks_none(), leaks_bool()
    if none:
        _raise_floor(None)
    if bools:
        _raise_floor(True)
        _raise_floor(False)
    _installed = none or bools
    return _installed
