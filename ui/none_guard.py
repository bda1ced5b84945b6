"""Keeps ``None`` alive under Qt bindings that return it from void calls without taking a reference.

PySide6 6.12's abi3 build, on Python 3.11 (where ``None`` is not yet immortal, PEP 683), drops one reference to
``None`` on every call of a method that returns nothing — ``setItem``, ``setText``, ``setRowCount``… After a
few thousand such calls (a 工作台 refresh of a few hundred rows, or one at 3,000 cases) the interpreter frees
``None`` and aborts with "Fatal Python error: none_dealloc". :func:`install` measures the drop once at start-up
and, when present, raises ``None``'s reference count so far that no session can bring it to zero — what
Python 3.12 does for every interpreter. On interpreters and bindings without the defect it changes nothing.
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


def install() -> bool:
    """Apply the guard when this interpreter needs it; returns whether it was applied."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or not leaks_none():
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))   # ob_refcnt is the first field of every object
    if refcnt.value < _FLOOR:
        refcnt.value += _FLOOR
    _installed = True
    return True
