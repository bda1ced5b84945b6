"""Deadline engine speed: working-day arithmetic, and the 工作台 query over a demo station.

ours  = the engine (official calendar with 调休 days; all timers of every open case)
peer  = what a naive implementation does (weekends only; one query per case)
floor = the least work possible (plain date addition; only reading the rows)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time

QUICK = os.environ.get("INSPECTOR_BENCH_QUICK") == "1"


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def row(name: str, ours: float, peer: float, floor: float) -> None:
    print(
        f"{name:<34} {ours * 1000:>9.1f} {peer * 1000:>9.1f} {floor * 1000:>9.1f} "
        f"{ours / peer:>8.2f} {ours / floor:>9.1f}"
    )


def main() -> None:
    from inspector.demo import fill
    from inspector.law import workdays
    from inspector.services import workflow as wf
    from inspector.station import Station

    cal = workdays.HolidayCalendar.shipped()
    starts = [dt.date(2025, 1, 1) + dt.timedelta(days=k % 700) for k in range(2000 if QUICK else 20000)]

    def ours_wd():
        for d in starts:
            workdays.add_working_days(d, 7, cal)

    def peer_wd():
        for d in starts:
            n, x = 7, d
            while n:
                x += dt.timedelta(days=1)
                if x.weekday() < 5:
                    n -= 1

    def floor_wd():
        for d in starts:
            d + dt.timedelta(days=7)

    print(
        f"{'operation':<34} {'ours ms':>9} {'peer ms':>9} {'floor ms':>9} {'ours/peer':>8} {'ours/floor':>9}"
    )
    row(f"add_working_days ×{len(starts)}", timed(ours_wd), timed(peer_wd), timed(floor_wd))

    cases = 300 if QUICK else 3000
    with tempfile.TemporaryDirectory() as tmp:
        station = Station.open(tmp, create=True)
        fill(station, cases=cases, photos=False)
        session = station.login("supervisor", "Demo2026")

        def ours_dash():
            wf.open_deadlines(session)

        def peer_dash():
            for c in station.db.query(
                "SELECT id FROM cases WHERE state NOT IN ('closed', 'archived', 'not_filed')"
            ):
                wf.deadlines_for(session, c["id"])

        def floor_dash():
            station.db.query("SELECT * FROM cases WHERE state NOT IN ('closed', 'archived', 'not_filed')")
            for e in station.db.query("SELECT data FROM case_events"):
                json.loads(e["data"])

        row(f"工作台 open_deadlines, {cases} cases", timed(ours_dash), timed(peer_dash, 1), timed(floor_dash))
        station.close()


if __name__ == "__main__":
    main()
