"""Runs the start-up benchmark in quick mode: every variant must reach an interactive window; timings are
printed, never asserted."""

from __future__ import annotations

import pytest

from tests.bench import bench_startup


@pytest.mark.slow
def test_startup_benchmark_quick(monkeypatch, capsys):
    monkeypatch.setenv("INSPECTOR_BENCH_QUICK", "1")
    results = bench_startup.main()
    out = capsys.readouterr().out
    names = list(results)
    assert names[0].startswith("floor") and "ours: main window (logged in)" in names
    assert all(len(times) == 3 and all(t > 0 for t in times) for times in results.values())
    for name in names:
        assert name in out
    assert "× floor" in out
    with capsys.disabled():
        print("\n" + out)
