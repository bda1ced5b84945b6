"""Quick run of the documents benchmark (INSPECTOR_BENCH_QUICK sizes); checks it runs, never the timings."""

from __future__ import annotations

import os


def test_documents_benchmark_quick(monkeypatch, capsys) -> None:
    monkeypatch.setenv("INSPECTOR_BENCH_QUICK", "1")
    import importlib

    from tests.bench import bench_documents

    bench = importlib.reload(bench_documents)
    results = bench.run()
    print(bench.table(results))
    assert results["ours"].count == 20 and results["floor"].count == 20
    # Size is deterministic, not a timing: the embedded subset keeps each decision small.
    assert results["ours"].mean_bytes <= bench.SIZE_GOAL
    assert os.environ["INSPECTOR_BENCH_QUICK"] == "1"
