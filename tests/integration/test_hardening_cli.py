"""Every kind of bad input in the corpus gives one clear line and exit 1 (2 for usage), never a traceback,
never the generic "内部错误" fallback, and leaves the station as it was."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys

import pytest

from inspector.cli import main
from tests.conftest import ROOT, run_cli
from tests.integration.hardening_corpus import CORPUS, Entry, Place


def test_corpus_is_large_enough():
    kinds = [e.kind for e in CORPUS]
    assert len(set(kinds)) == len(kinds), "each entry is a different kind of bad input"
    assert len(kinds) >= 60


def _run(entry: Entry, place: Place, monkeypatch, capsys) -> tuple[int, str, str]:
    for key in ("INSPECTOR_USER", "INSPECTOR_PASSWORD", "INSPECTOR_NEW_PASSWORD", "INSPECTOR_DATA"):
        monkeypatch.delenv(key, raising=False)
    for key, value in entry.env.items():
        monkeypatch.setenv(key, value)
    target = entry.data_dir(place) if entry.data_dir else place.station
    argv = ["--data-dir", str(target), *entry.argv(place)]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("entry", CORPUS, ids=[e.kind for e in CORPUS])
def test_bad_input_gives_one_clear_line(entry: Entry, data_dir, tmp_path, monkeypatch, capsys):
    place = Place(station=data_dir, scratch=tmp_path / "scratch")
    place.scratch.mkdir()
    if entry.setup:
        entry.setup(place)
    code, _out, err = _run(entry, place, monkeypatch, capsys)
    assert code == entry.code, f"exit {code}: {err}"
    lines = err.strip().splitlines()
    assert len(lines) == 1 or (entry.report and lines[0].startswith("inspector:")), err
    assert "Traceback" not in err and "内部错误" not in err, err
    assert entry.expect in lines[0], lines[0]
    if entry.after:
        entry.after(place)


def test_non_utf8_bytes_from_a_real_shell(data_dir):
    """The bytes themselves, as a terminal in GBK would pass them, through a real process."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "INSPECTOR_USER": "admin",
        "INSPECTOR_PASSWORD": "Demo2026",
        "INSPECTOR_NEW_PASSWORD": "Strong2026",
        "LC_ALL": "C.UTF-8",
    }
    name = "张三".encode("gbk")
    proc = subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"inspector",
            b"--data-dir",
            os.fsencode(data_dir),
            b"user",
            b"add",
            b"zhang",
            b"--name",
            name,
            b"--role",
            b"supervisor",
        ],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1 and err.count("\n") == 1 and "UTF-8" in err, err


def test_read_only_data_dir(data_dir, tmp_path):
    """A station on a read-only medium: reading commands work, writing ones say so in one line."""
    with _read_only(data_dir) as mounted:
        if not mounted:
            pytest.skip("cannot make a read-only folder here (not root and chmod ignored)")
        check = run_cli("check", data_dir=data_dir)
        add = run_cli(
            "user",
            "add",
            "zhang",
            "--name",
            "张三",
            "--role",
            "supervisor",
            data_dir=data_dir,
            env={
                "INSPECTOR_USER": "admin",
                "INSPECTOR_PASSWORD": "Demo2026",
                "INSPECTOR_NEW_PASSWORD": "Strong2026",
            },
        )
        init = run_cli(
            "init",
            "--agency",
            "局",
            "--admin",
            "root",
            data_dir=data_dir / "sub",
            env={"INSPECTOR_PASSWORD": "Admin2026!"},
        )
    for proc in (check, add, init):
        if proc.returncode != 0:
            assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
            assert "Traceback" not in proc.stderr and "内部错误" not in proc.stderr, proc.stderr
    assert add.returncode == 1 and ("只读" in add.stderr or "无法写入" in add.stderr), add.stderr
    assert init.returncode == 1 and (
        "只读" in init.stderr or "无法写入" in init.stderr or "权限" in init.stderr
    )


@contextlib.contextmanager
def _read_only(folder):
    if os.geteuid() == 0:
        proc = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True)
        if proc.returncode != 0:
            yield False
            return
        try:
            yield True
        finally:
            subprocess.run(["umount", str(folder)], check=True)
        return
    os.chmod(folder, 0o555)
    try:
        yield True
    finally:
        os.chmod(folder, 0o755)
