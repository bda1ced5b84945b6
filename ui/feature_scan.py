"""Spares PySide6 from reading the source of each of our modules as it is imported.

PySide6 (6.4 on) watches every import made after it loads: to learn whether the new module opts into its
optional ``__feature__`` switches (``snake_case``, ``true_property``), it reads the module's whole source with
``inspect.getsource`` and looks for the word "PySide6". Our program imports some 95 modules after Qt on the way
to the main window; those reads cost 6-15 ms of each start (measured: 95 reads, 10.6-16.1 ms under load),
which a bare Qt program does not pay.

No module of ours opts into a feature, and for most modules the answer is known without reading them:
``inspector``, ``db`` and ``exports`` never import Qt (the import contracts in ``pyproject.toml`` forbid it),
the standard library never does, and for a ``ui`` module the file's bytes answer it at a fraction of the cost (each ``import os`` or ``import json`` of ours was
otherwise one more read: 64 of them, 8-13 ms). :func:`install` answers for those names and leaves every
other module (third-party ones) to PySide's own check. When a PySide version no longer has the hook it
changes nothing.
"""

from __future__ import annotations

import sys

_QT_FREE = ("inspector", "db", "exports")  # import contracts: never Qt
_QT = ("ui",)
_STDLIB = frozenset(getattr(sys, "stdlib_module_names", ()))  # the standard library never imports Qt


def _package(name: str) -> str:
    return name.partition(".")[0]


def _mentions_pyside(module, scan) -> bool:
    """PySide's own answer for a module of ours that may use Qt, from its file's bytes (a read, without the
    line splitting and decoding of ``inspect``); PySide's check where there is no source file (a built
    program)."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return scan(module)


def install() -> bool:
    """Answer PySide's "does this module use PySide6?" for our own packages; whether the hook was found."""
    import PySide6.QtCore  # noqa: F401  (loads the import hook)

    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "_known_packages", False):
        return scan is not None

    def uses_pyside(module) -> bool:
        package = _package(getattr(module, "__name__", "") or "")
        if package in _QT_FREE or package in _STDLIB:
            return False
        if package in _QT:
            return _mentions_pyside(module, scan)
        return scan(module)

    uses_pyside._known_packages = True  # type: ignore[attr-defined]
    uses_pyside.original = scan  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
