"""Benchmark: the star-rating summary for 50 squads over 1,000,000 cases (goal < 2 s).

    ours  — ``rating.summary``: one grouped query per metric for all squads, with the indexes of migration 0090
    peer  — the same aggregation as one query per metric per squad, on a copy without those indexes
    floor — one grouped, indexed count of the period's cases per squad (the least any summary must read)

The station is generated once into the bench cache (rows written directly, bench only); quick mode
(``INSPECTOR_BENCH_QUICK=1``) uses 50 squads × 20,000 cases.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import shutil
import sqlite3
import sys
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bigdb import schema_fingerprint
from tests.bench.common import cache_dir, measure, quick, table

SQUADS = 50
PERIOD = "2026Q4"
TODAY = dt.datetime(2027, 1, 10, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
OUR_INDEXES = (
    "cases_squad_decided",
    "cases_squad_clue_rating",
    "case_events_step_date",
    "preserved_items_date",
    "casefile_evaluations_squad",
    "casefile_evaluations_case",
    "publicity_records_squad_due",
    "soft_enforcements_inspection",
)
# Search-text triggers fill the FTS index on every insert; the rating never reads it, so the bulk load skips them.
SEARCH_TRIGGERS = ("case_search_ai", "case_search_au", "case_search_doc_ai", "case_search_party_au")


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128)))


def build(n: int) -> Path:
    """A station with 50 squads and ``n`` cases with events, reviews, publicity and team records."""
    path = cache_dir(f"rating-{n}-{schema_fingerprint()}") / "station"
    if (path / "READY").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    from inspector import clock, demo
    from inspector.station import Station

    st = Station.open(path, create=True)
    demo.fill(st, cases=0, photos=False)
    db = st.db
    conn = db.conn
    conn.execute("PRAGMA synchronous=OFF")  # bench data only: a crash while generating just regenerates it
    conn.execute("PRAGMA cache_size=-400000")
    marks = ",".join("?" * len(SEARCH_TRIGGERS))
    saved = {
        name: sql
        for name, sql in conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            SEARCH_TRIGGERS,
        )
    }
    rng = random.Random(13)
    stamp, sid = clock.iso(), st.station_id
    sync = (stamp, "bench", sid)
    agency = db.scalar("SELECT id FROM agencies")
    t0 = time.perf_counter()
    with db.write():
        for name in saved:
            conn.execute(f"DROP TRIGGER {name}")
        squads = [r["id"] for r in db.query("SELECT id FROM squads ORDER BY code")]
        for i in range(len(squads), SQUADS):
            squads.append(_uid(rng))
            conn.execute(
                "INSERT INTO squads(id, agency_id, name, code, updated_at, updated_by, station_id) "
                "VALUES (?,?,?,?,?,?,?)",
                (squads[-1], agency, f"第{i + 1}中队", str(i + 1), *sync),
            )
        officers = []
        for i, squad in enumerate(squads):
            for k in range(8):
                oid = _uid(rng)
                officers.append(oid)
                expiry = f"20{rng.choice((26, 27, 28, 29))}-{rng.randint(1, 12):02d}-15"
                conn.execute(
                    "INSERT INTO officers(id, name, cert_no, cert_expiry, squad_id, updated_at, updated_by, "
                    "station_id) VALUES (?,?,?,?,?,?,?,?)",
                    (oid, f"队员{i}-{k}", f"B{i:03d}{k:02d}", expiry, squad, *sync),
                )
        conn.executemany(
            "INSERT INTO training_records(id, officer_id, on_date, hours, updated_at, updated_by, "
            "station_id) VALUES (?,?,?,?,?,?,?)",
            [
                (_uid(rng), o, f"2026-{m:02d}-10", rng.choice((4, 8, 12)), *sync)
                for o in officers
                for m in (2, 5, 8, 10, 11, 12)
            ],
        )
        conn.executemany(
            "INSERT INTO rating_incidents(id, squad_id, kind, on_date, note, updated_at, updated_by, "
            "station_id) VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    _uid(rng),
                    rng.choice(squads),
                    rng.choice(("valid_complaint", "valid_complaint", "discipline")),
                    f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "bench",
                    *sync,
                )
                for _ in range(200)
            ],
        )
    start = dt.date(2024, 1, 1)
    span = (TODAY.date() - start).days
    chunk = 20_000
    for first in range(0, n, chunk):
        rows: dict[str, list[tuple]] = {
            k: []
            for k in (
                "cases",
                "events",
                "evals",
                "pub",
                "disc",
                "evid",
                "docs",
                "soft",
                "pres",
                "insp",
                "matters",
            )
        }
        for i in range(first, min(n, first + chunk)):
            cid, squad = _uid(rng), squads[i % SQUADS]
            clue = start + dt.timedelta(days=rng.randrange(span))
            clue_at = clock.iso(dt.datetime.combine(clue, dt.time(10), TODAY.tzinfo))
            roll = rng.random()
            state = (
                "clue"
                if roll < 0.05
                else "not_filed"
                if roll < 0.1
                else "investigating"
                if roll < 0.3
                else rng.choice(("served", "closed", "closed", "archived"))
            )
            filed = (
                clue + dt.timedelta(days=rng.randint(1, 20)) if state not in ("clue", "not_filed") else None
            )
            decided = (
                filed + dt.timedelta(days=rng.randint(10, 120))
                if filed and state != "investigating"
                else None
            )
            if decided and decided > TODAY.date():
                decided, state = None, "investigating"
            insp = None
            if rng.random() < 0.2:
                insp = _uid(rng)
                rows["insp"].append((insp, squad, clue_at, clue_at, *sync))
                for k in range(rng.choice((1, 1, 2))):
                    rows["matters"].append((_uid(rng), insp, f"M{k}", "事项", ("城管", "市场监管")[k], *sync))
            source = rng.choice(("patrol", "complaint", "random_check", "non_contact", "patrol"))
            rows["cases"].append(
                (
                    cid,
                    agency,
                    squad,
                    state,
                    source,
                    clue_at,
                    filed and filed.isoformat(),
                    decided and decided.isoformat(),
                    insp,
                    "店外经营",
                    *sync,
                )
            )
            if state == "not_filed":
                day = clue + dt.timedelta(days=rng.randint(1, 25))
                rows["events"].append(
                    (_uid(rng), cid, "not_file", day.isoformat(), f"{day}T02:00:00.000Z", "{}", *sync)
                )
            if decided:
                outcome = "no_penalty_minor" if rng.random() < 0.05 else "penalty"
                rows["events"].append(
                    (
                        _uid(rng),
                        cid,
                        "decide",
                        decided.isoformat(),
                        f"{decided}T03:00:00.000Z",
                        json.dumps({"outcome": outcome}),
                        *sync,
                    )
                )
                if rng.random() < 0.3:
                    review = decided - dt.timedelta(days=5)
                    for k, verdict in enumerate(("failed", "passed") if rng.random() < 0.2 else ("passed",)):
                        day = review + dt.timedelta(days=k)
                        rows["events"].append(
                            (
                                _uid(rng),
                                cid,
                                "legal_review",
                                day.isoformat(),
                                f"{day}T02:00:0{k}.000Z",
                                json.dumps({"verdict": verdict}),
                                *sync,
                            )
                        )
                if rng.random() < 0.005:
                    rows["events"].append(
                        (
                            _uid(rng),
                            cid,
                            "decision_changed",
                            decided.isoformat(),
                            f"{decided}T05:00:00.000Z",
                            json.dumps({"reason": "复议"}),
                            *sync,
                        )
                    )
                if rng.random() < 0.1:
                    score = rng.uniform(50, 100)
                    grade = "优秀" if score >= 90 else "合格" if score >= 60 else "不合格"
                    rows["evals"].append(
                        (_uid(rng), cid, squad, score, grade, f"{decided}T06:00:00.000Z", *sync)
                    )
                if outcome == "penalty" and rng.random() < 0.6:
                    due = decided + dt.timedelta(days=9)
                    pub = due - dt.timedelta(days=rng.randint(-2, 6))
                    rows["pub"].append(
                        (_uid(rng), cid, squad, due.isoformat(), f"{pub}T02:00:00.000Z", *sync)
                    )
                if rng.random() < 0.5:
                    rows["disc"].append(
                        (
                            _uid(rng),
                            cid,
                            "c",
                            "1",
                            "m",
                            "person",
                            int(rng.random() < 0.1),
                            "说理" if rng.random() < 0.8 else "",
                            json.dumps({"first_time_slight_corrected": rng.random() < 0.05}),
                            *sync,
                        )
                    )
                rows["docs"].append(
                    (_uid(rng), cid, "penalty_decision", cid, "x", "{}", decided.isoformat(), "b", *sync)
                )
            if rng.random() < 0.3:
                rows["evid"].append(
                    (_uid(rng), uuid.uuid4().hex, cid, "photo", "a.jpg", 1, "b", stamp, *sync)
                )
            if rng.random() < 0.2:
                rows["soft"].append((_uid(rng), cid, "persuasion", "劝导", clue.isoformat(), *sync))
            if rng.random() < 0.03:
                rows["pres"].append(
                    (
                        _uid(rng),
                        cid,
                        "registered_preservation",
                        "物品",
                        rng.choice(("仓库", "")),
                        clue.isoformat(),
                        *sync,
                    )
                )
        with db.write():
            conn.executemany(
                "INSERT INTO inspections(id, squad_id, started_at, ended_at, updated_at, updated_by, "
                "station_id) VALUES (?,?,?,?,?,?,?)",
                rows["insp"],
            )
            conn.executemany(
                "INSERT INTO inspection_matters(id, inspection_id, matter_code, matter_name, department, "
                "updated_at, updated_by, station_id) VALUES (?,?,?,?,?,?,?,?)",
                rows["matters"],
            )
            conn.executemany(
                "INSERT INTO cases(id, agency_id, squad_id, state, source, clue_at, filed_at, decided_at, "
                "inspection_id, matter_name, updated_at, updated_by, station_id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows["cases"],
            )
            conn.executemany(
                "INSERT INTO case_events(id, case_id, step, on_date, at, data, actor, updated_at, "
                "updated_by, station_id) VALUES (?,?,?,?,?,?,'bench',?,?,?)",
                rows["events"],
            )
            conn.executemany(
                "INSERT INTO casefile_evaluations(id, case_id, squad_id, total_score, grade, evaluated_at, "
                "updated_at, updated_by, station_id, evaluated_by, model_version) "
                "VALUES (?,?,?,?,?,?,?,?,?,'bench','bench')",
                rows["evals"],
            )
            conn.executemany(
                "INSERT INTO publicity_records(id, case_id, squad_id, due_date, published_at, updated_at, "
                "updated_by, station_id, decided_on) VALUES (?,?,?,?,?,?,?,?,?)",
                [(*r, r[3]) for r in rows["pub"]],
            )
            conn.executemany(
                "INSERT INTO discretion_records(id, case_id, catalogue, cat_version, matter_code, "
                "party_type, outside_tier, reason, circumstances, updated_at, updated_by, station_id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                rows["disc"],
            )
            conn.executemany(
                "INSERT INTO documents(id, case_id, doc_type, number, digest, payload, issued_at, "
                "issued_by, updated_at, updated_by, station_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows["docs"],
            )
            conn.executemany(
                "INSERT INTO evidence(id, sha256, case_id, kind, filename, size, imported_by, imported_at, "
                "updated_at, updated_by, station_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows["evid"],
            )
            conn.executemany(
                "INSERT INTO soft_enforcements(id, case_id, kind, content, on_date, updated_at, updated_by, "
                "station_id) VALUES (?,?,?,?,?,?,?,?)",
                rows["soft"],
            )
            conn.executemany(
                "INSERT INTO preserved_items(id, case_id, measure, description, storage_place, "
                "preserved_on, updated_at, updated_by, station_id) VALUES (?,?,?,?,?,?,?,?,?)",
                rows["pres"],
            )
    with db.write():
        for sql in saved.values():
            conn.execute(sql)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"generated {n:,} cases for {SQUADS} squads in {time.perf_counter() - t0:.1f} s")
    st.close()
    (path / "READY").write_text(str(n))
    return path


def peer_copy(path: Path) -> Path:
    """The same station without the indexes migration 0090 adds."""
    target = path.parent / "peer"
    if (target / "READY").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    src = sqlite3.connect(path / "station.sqlite")
    dst = sqlite3.connect(target / "station.sqlite")
    src.backup(dst)
    src.close()
    for name in OUR_INDEXES:
        dst.execute(f"DROP INDEX IF EXISTS {name}")
    dst.execute("ANALYZE")
    dst.commit()
    dst.close()
    (target / "READY").write_text("1")
    return target


def run() -> dict[str, float]:
    from inspector import clock
    from inspector.demo import DEMO_PASSWORD
    from inspector.services import rating
    from inspector.services import rating_metrics as rm
    from inspector.station import Station

    n = 20_000 if quick() else 1_000_000
    path = build(n)
    clock.freeze(TODAY)
    try:
        st = Station.open(path)
        session = st.login("supervisor", DEMO_PASSWORD)
        result: dict[str, rating.Summary] = {}
        rating.summary(session, PERIOD)  # warm the page cache like a second look would
        ours = measure(lambda: result.setdefault("s", rating.summary(session, PERIOD)))
        trend = measure(lambda: rating.trend(session, PERIOD, count=4))
        summary = result["s"]
        rubric = summary.rubric
        squad_ids = [s.squad_id for s in summary.squads]
        period = summary.period
        keys = list(
            dict.fromkeys([m.metric for m in rubric.metric_defs()] + [v.metric for v in rubric.vetoes])
        )
        params = {k: rating._params(rubric, period, k) for k in keys}

        def floor() -> None:
            st.db.conn.execute(
                "SELECT squad_id, count(*) FROM cases WHERE clue_at >= :t0 AND clue_at < :t1 "
                "GROUP BY squad_id",
                params[keys[0]],
            ).fetchall()

        floor_t = measure(floor)
        peer_path = peer_copy(path)
        peer_conn = sqlite3.connect(peer_path / "station.sqlite")
        peer_result: dict[tuple[str, str], object] = {}

        def peer() -> None:
            for metric in keys:
                for squad in squad_ids:
                    peer_result[(metric, squad)] = rm.aggregate_one(peer_conn, metric, squad, params[metric])

        peer()
        peer_t = measure(peer)  # noqa: E702 - warm, then time
        mine = rating.measure(session, rubric, period, squad_ids)
        mismatches = sum(
            1
            for (metric, squad), m in peer_result.items()
            if not (
                math.isclose(mine[metric][squad].numerator, m.numerator, abs_tol=1e-6)
                and mine[metric][squad].denominator == m.denominator
            )
        )
        peer_conn.close()
        st.close()
    finally:
        clock.freeze(None)
    cases = summary.shares.squads
    table(
        f"rating summary: {SQUADS} squads, {n:,} cases, period {PERIOD} ({cases} squads rated)",
        ["what", "wall s", "cpu s", "ratio to ours"],
        [
            ["ours: grouped query per metric, indexed", ours["wall"], ours["cpu"], 1.0],
            [
                "ours: trend of 4 periods (the screen)",
                trend["wall"],
                trend["cpu"],
                trend["wall"] / ours["wall"],
            ],
            [
                "peer: query per metric per squad, no new indexes",
                peer_t["wall"],
                peer_t["cpu"],
                peer_t["wall"] / ours["wall"],
            ],
            [
                "floor: count the period's cases per squad",
                floor_t["wall"],
                floor_t["cpu"],
                floor_t["wall"] / ours["wall"],
            ],
        ],
    )
    print(
        f"goal < 2 s: {'met' if ours['wall'] < 2 else 'NOT met'}; peer answers differ from ours in {mismatches} "
        f"of {len(peer_result)} (metric, squad) pairs"
    )
    return {
        "ours": ours["wall"],
        "trend": trend["wall"],
        "peer": peer_t["wall"],
        "floor": floor_t["wall"],
        "mismatches": mismatches,
        "squads": cases,
    }


if __name__ == "__main__":
    run()
