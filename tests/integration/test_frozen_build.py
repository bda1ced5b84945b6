"""The PyInstaller build (inspector.spec) is smoke-tested by launching it, as a station PC would run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    pyinstaller = shutil.which("pyinstaller") or str(Path(sys.executable).with_name("pyinstaller"))
    if not Path(pyinstaller).exists():
        pytest.fail("PyInstaller is not installed (pip install -e .[test])")
    out = tmp_path_factory.mktemp("frozen")
    r = subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "inspector.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    exe = out / "dist" / "inspector" / ("inspector.exe" if os.name == "nt" else "inspector")
    assert exe.exists()
    return exe


def test_frozen_app_runs_the_cli_renders_documents_and_starts_the_gui(frozen, tmp_path):
    data = tmp_path / "station"
    env = {
        **os.environ,
        "INSPECTOR_USER": "officer",
        "INSPECTOR_PASSWORD": "Demo2026",
        "QT_QPA_PLATFORM": "offscreen",
    }
    run = lambda *a: subprocess.run(  # noqa: E731
        [str(frozen), "--data-dir", str(data), *a],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=tmp_path,
    )
    r = run("demo", "--cases", "25")
    assert r.returncode == 0, r.stderr
    r = run("check")
    assert r.returncode == 0 and "审计链：完整" in r.stdout, r.stderr
    import json

    decided = json.loads(run("case", "list", "--state", "decided", "--json").stdout)["cases"]
    assert decided
    pdf = tmp_path / "decision.pdf"
    r = run(
        "doc",
        "print",
        "--case",
        decided[0]["id"],
        "--type",
        "penalty_decision",
        "-o",
        str(pdf),
        "--field",
        "defence_reasoning=当事人在陈述申辩期内未提出陈述、申辩意见。",
    )
    assert r.returncode == 0, r.stderr
    r = run("doc", "verify", str(pdf))  # PDFium and zxing-cpp inside the bundle read the QR code back
    assert r.returncode == 0 and r.stdout.startswith("genuine"), r.stdout + r.stderr
    gui = subprocess.run(
        [str(frozen), "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "INSPECTOR_STARTUP_PROBE": "1", "INSPECTOR_AUTOLOGIN": "officer:Demo2026"},
    )
    assert "inspector-ready" in gui.stdout, gui.stderr[-2000:]
