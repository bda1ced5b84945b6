"""Quick run of the 工作台 benchmark (CI): it prints its table and checks results, never timings."""

from __future__ import annotations


def test_dashboard_benchmark_quick(monkeypatch):
    monkeypatch.setenv("INSPECTOR_BENCH_QUICK", "1")
    from tests.bench import bench_dashboard

    results = bench_dashboard.run()
    assert results["ours"]["rows"] == 100 and results["floor"]["rows"] == 100
    assert results["peer"]["rows"] > 1000  # the peer evaluates every open case
