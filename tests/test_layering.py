"""The layering rule of ARCHITECTURE.md: the core never imports Qt or ui; db and exports stay independent."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.fail("import-linter is not installed (pip install -e .[test])")
    r = subprocess.run(
        [lint, "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_contract_catches_a_violation(tmp_path):
    """The contract is live: a core module importing Qt makes the linter fail."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    shutil.copytree(
        ROOT, tmp_path / "tree", ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "tests")
    )
    (tmp_path / "tree" / "db" / "bad_module.py").write_text("import inspector.station\nimport PySide6\n")
    r = subprocess.run(
        [lint, "--config", str(tmp_path / "tree" / "pyproject.toml")],
        cwd=tmp_path / "tree",
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path / "tree"), "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode != 0
    assert "db.bad_module" in r.stdout


def test_core_does_not_load_qt_at_runtime():
    code = (
        "import sys, inspector.cli, inspector.station, inspector.demo, db.station, exports;"
        "assert not any(m.startswith('PySide6') or m == 'ui' or m.startswith('ui.') for m in sys.modules), "
        "sorted(m for m in sys.modules if 'PySide6' in m or m.startswith('ui'))"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
