"""PySide6's per-import source scan is answered from what we know, and the answers are PySide's own."""

from __future__ import annotations

import importlib
import inspect
import sys

import pytest

from ui import feature_scan


def _hook():
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None:
        pytest.skip("this PySide6 has no per-import source scan")
    return scan


def test_installed_by_the_ui_package():
    import ui  # noqa: F401

    assert feature_scan.install() is True
    assert getattr(_hook(), "original", None) is not None


def test_answers_agree_with_pyside_reading_the_source():
    """For every loaded module of ours and of the standard library, the quick answer is the one PySide gives
    by reading the module's source, so no module's Qt feature selection changes."""
    import pkgutil

    import ui

    for info in pkgutil.walk_packages(ui.__path__, "ui."):  # every module of the interface, packages too
        importlib.import_module(info.name)
    importlib.import_module("inspector.services.worklist")
    feature_scan.install()
    scan = _hook()
    compared = 0
    for name, module in list(sys.modules.items()):
        package = name.partition(".")[0]
        if package not in ("ui", "inspector", "db", "exports") and package not in sys.stdlib_module_names:
            continue
        assert scan(module) == scan.original(module), name
        compared += 1
    assert compared > 100


def test_our_modules_are_not_read(monkeypatch):
    feature_scan.install()
    scan = _hook()
    reads: list[str] = []
    real = inspect.getsource

    def counting(obj):
        reads.append(getattr(obj, "__name__", "?"))
        return real(obj)

    monkeypatch.setattr(inspect, "getsource", counting)
    for name in ("inspector.law.procedure", "ui.main_window", "db", "json", "sqlite3"):
        scan(importlib.import_module(name))
    assert reads == []
    scan(importlib.import_module("argon2"))  # a third-party module: PySide's own check, which reads it
    assert "argon2" in reads
