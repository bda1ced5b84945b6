"""工作台 at headquarters scale: the first page of "waiting for me" on a station with N cases.

ours  = the stored, indexed work list (``work_items``, maintained on every write) read one page at a time
peer  = today's compute-everything way (``workflow.open_deadlines``: every open case's deadlines in Python)
floor = the first page's indexed query alone (no labels, no statuses)

Each runs in its own process so its peak memory is its own. Full size: 1,000,000 cases; quick: 20,000.
The stored list of the bulk-generated bench station is built once by ``worklist.rebuild`` (the same code
that maintains it on write) and cached with the station.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.common import quick, table

ROOT = Path(__file__).resolve().parents[2]


def station_path() -> Path:
    from tests.bench.bigdb import station_with_cases

    n = 20_000 if quick() else 1_000_000
    path = station_with_cases(n)
    marker = path / "WORK_ITEMS"
    if not marker.exists():
        from inspector.demo import DEMO_PASSWORD
        from inspector.services import worklist
        from inspector.station import Station

        st = Station.open(path)
        t0 = time.perf_counter()
        built = worklist.rebuild(st.login("leader", DEMO_PASSWORD))
        st.db.conn.execute("ANALYZE")
        st.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        st.close()
        print(f"work list built for {built:,} open cases in {time.perf_counter() - t0:.1f} s", flush=True)
        marker.write_text(str(built))
    return path


def _status_mb(key: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def _reset_peak() -> float:
    """Reset the process's peak resident size (Linux clear_refs 5), so the peak measured is this step's."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
    return _status_mb("VmRSS")


def one(kind: str, path: str) -> dict[str, float]:
    """Run one way in this process: open the station, log in, then time getting the 工作台 ready."""
    from inspector.demo import DEMO_PASSWORD
    from inspector.station import Station

    st = Station.open(path)
    session = st.login("leader", DEMO_PASSWORD)
    base = _reset_peak()
    t0 = time.perf_counter()
    if kind == "ours":
        from inspector.services import worklist

        worklist.ensure_built(session)
        rows = worklist.page(session, scope="all", limit=100).rows
    elif kind == "peer":
        from inspector.services import workflow as wf

        rows = wf.open_deadlines(session)
    else:
        rows = st.db.query(
            "SELECT case_id, due FROM work_items WHERE role = ? AND coalesce(ready_on, '') <= ? "
            "ORDER BY coalesce(due, '9999-12-31'), case_id LIMIT 100",
            ("squad_leader", "2100-01-01"),
        )
    wall = time.perf_counter() - t0
    peak = _status_mb("VmHWM")
    st.close()
    return {"wall": wall, "peak_mb": peak, "grew_mb": peak - base, "rows": len(rows)}


def run(*, peer: bool = True) -> dict[str, dict[str, float]]:
    path = station_path()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results = {}
    for kind in ("ours", "peer", "floor") if peer else ("ours", "floor"):
        r = subprocess.run(
            [sys.executable, __file__, "--one", kind, str(path)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=3600,
        )
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
        results[kind] = json.loads(r.stdout.strip().splitlines()[-1])
    n = int((path / "READY").read_text())
    rows = []
    for kind, r in results.items():
        rows.append(
            [
                kind,
                r["wall"],
                r["peak_mb"],
                r["grew_mb"],
                int(r["rows"]),
                r["wall"] / results["peer"]["wall"] if "peer" in results else "-",
                r["wall"] / results["floor"]["wall"] if results["floor"]["wall"] else "-",
            ]
        )
    table(
        f"工作台 ready at {n:,} cases (first page; peer = every open case's deadlines)",
        ["way", "seconds", "peak MB", "grew MB", "rows", "/peer", "/floor"],
        rows,
    )
    return results


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(json.dumps(one(sys.argv[2], sys.argv[3])))
    else:
        run(peer="--no-peer" not in sys.argv)
