"""Case search benchmark: p95 of 20 typical searches over N cases (FTS5 trigram) vs a LIKE '%…%' scan.

Both contenders return the same first page (newest 100 matches). Run: python -m tests.bench.bench_search
(INSPECTOR_BENCH_QUICK=1: 20,000 cases instead of 1,000,000).
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from tests.bench.bigdb import station_with_cases
from tests.bench.common import quick, table

LIKE_SQL = (
    "SELECT c.id FROM cases c LEFT JOIN parties p ON p.id = c.party_id WHERE "
    "coalesce(c.case_no, '') LIKE :q OR c.matter_name LIKE :q OR c.address LIKE :q OR c.summary LIKE :q "
    "OR p.name LIKE :q OR p.id_number LIKE :q ORDER BY c.clue_at DESC LIMIT 100"
)


def queries(db) -> list[str]:
    """Twenty searches a squad makes: names, ID numbers, case numbers, roads with numbers, matters."""
    rng = random.Random(3)
    n = db.scalar("SELECT max(rowid) FROM cases")
    picks = [
        db.query_one(
            "SELECT c.case_no, p.name, p.id_number, c.address FROM cases c JOIN parties p "
            "ON p.id = c.party_id WHERE c.rowid >= ? AND c.case_no IS NOT NULL AND length(p.name) = 3 "
            "LIMIT 1",
            (rng.randint(1, n - 1000),),
        )
        for _ in range(6)
    ]
    qs = [p["name"] for p in picks[:4]]  # a person's full name
    qs += [p["id_number"] for p in picks[:2]]  # an ID number
    qs += [p["id_number"][-6:] for p in picks[2:4]]  # the end of an ID number
    qs += [p["case_no"][-9:-1] for p in picks[:3]]  # 第1-000123 style case-number fragment
    qs += [p["address"][6:] for p in picks[3:6]]  # road and house number
    qs += ["油烟超标", "渣土车", "扬尘防治", "露天烧烤"]  # matters
    qs += ["王伟", "便利店"]  # a two-character name, a shop type
    return qs[:20]


def run() -> dict[str, float]:
    n = 20_000 if quick() else 1_000_000
    path = station_with_cases(n)
    from inspector.services import cases
    from inspector.station import Station

    st = Station.open(path)
    session = st.login("officer", "Demo2026")
    qs = queries(st.db)
    rows = []
    ours_t, like_t = [], []
    for q in qs:
        cases.list_cases(session, cases.CaseFilter(search=q), limit=100)  # warm
        t0 = time.perf_counter()
        got = cases.list_cases(session, cases.CaseFilter(search=q), limit=100).rows
        t1 = time.perf_counter()
        like = st.db.query(LIKE_SQL, {"q": f"%{q}%"})
        t2 = time.perf_counter()
        ours_t.append((t1 - t0) * 1000)
        like_t.append((t2 - t1) * 1000)
        rows.append([q, len(got), len(like), ours_t[-1], like_t[-1], like_t[-1] / max(ours_t[-1], 1e-3)])
    st.close()
    table(
        f"Search over {n:,} cases: first page (100 newest matches), milliseconds",
        ["query", "ours rows", "LIKE rows", "ours ms", "LIKE ms", "LIKE/ours"],
        rows,
    )
    p95 = lambda xs: statistics.quantiles(xs, n=20)[-1]  # noqa: E731
    mismatches = sum(1 for r in rows if r[1] != r[2])
    summary = {
        "mismatches": mismatches,
        "ours_p95": p95(ours_t),
        "like_p95": p95(like_t),
        "ours_median": statistics.median(ours_t),
        "like_median": statistics.median(like_t),
    }
    indexed = [i for i, q in enumerate(qs) if all(len(w) >= 3 for w in q.split())]
    summary["ours_p95_indexed"] = p95([ours_t[i] for i in indexed])
    summary["like_p95_indexed"] = p95([like_t[i] for i in indexed])
    table(
        "Summary",
        ["", "ours", "LIKE scan (peer)", "ratio"],
        [
            [
                "p95 ms, all 20",
                summary["ours_p95"],
                summary["like_p95"],
                summary["like_p95"] / summary["ours_p95"],
            ],
            [
                f"p95 ms, {len(indexed)} with words of 3+ chars",
                summary["ours_p95_indexed"],
                summary["like_p95_indexed"],
                summary["like_p95_indexed"] / summary["ours_p95_indexed"],
            ],
            [
                "median ms",
                summary["ours_median"],
                summary["like_median"],
                summary["like_median"] / summary["ours_median"],
            ],
        ],
    )
    return summary


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
