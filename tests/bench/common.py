"""Benchmark helpers: quick mode, cache directory, timing with CPU use, and the result table."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def quick() -> bool:
    return os.environ.get("INSPECTOR_BENCH_QUICK", "") not in ("", "0")


def cache_dir(name: str) -> Path:
    root = Path(os.environ.get("INSPECTOR_BENCH_CACHE", "/tmp/inspector-bench-cache"))
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def measure(fn: Callable[[], Any]) -> dict[str, float]:
    """Wall time and CPU use (user+system of this process, all threads) of one call."""
    t0, c0 = time.perf_counter(), os.times()
    fn()
    wall = time.perf_counter() - t0
    c1 = os.times()
    cpu = (c1.user - c0.user) + (c1.system - c0.system)
    cores = os.cpu_count() or 1
    return {"wall": wall, "cpu": cpu, "util": cpu / wall / cores if wall else 0.0}


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1048576


def table(title: str, headers: list[str], rows: list[list[Any]]) -> str:
    cells = [headers] + [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = [
        title,
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells[1:]]
    text = "\n".join(lines)
    print(text)
    return text
