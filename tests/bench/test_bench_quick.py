"""Quick-mode runs of the benchmarks (CI): they print their tables and check results, never timings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _quick(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("INSPECTOR_BENCH_QUICK", "1")


def test_import_benchmark_quick(capsys):
    from tests.bench import bench_import

    results = bench_import.run()
    assert set(results) == {"ours", "naive", "floor"}
    assert "ours" in capsys.readouterr().out


def test_search_benchmark_quick():
    from tests.bench import bench_search

    summary = bench_search.run()
    assert summary["mismatches"] == 0  # the index finds exactly what a LIKE scan finds (first page)


def test_list_benchmark_quick(qapp):
    from tests.bench import bench_list

    results = bench_list.run(peer=False)
    assert results["ours_rows_loaded"] > 200  # scrolling fetched more pages on demand


def test_rating_benchmark_quick():
    from tests.bench import bench_rating

    results = bench_rating.run()
    assert results["squads"] == 50
    assert results["mismatches"] == 0  # one query per metric per squad gives the same numbers as ours


def test_sync_benchmark_quick(pg_server):
    from tests.bench import bench_sync

    results = bench_sync.run(pg_server.dsn)
    # Every record reached central (checked inside through the owner's own connection), in several batches.
    assert results["records"] > 2000 and results["batches"] >= 2
