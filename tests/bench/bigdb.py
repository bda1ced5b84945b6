"""A station with N cases, bulk-generated once into the bench cache (bypasses the audit log: bench only)."""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from pathlib import Path

from tests.bench.common import cache_dir


def schema_fingerprint() -> str:
    """Short digest of the shipped migrations: a cached database is reused only by the same schema."""
    import hashlib

    from db.station.database import migrations

    digest = hashlib.sha256()
    for m in migrations():
        digest.update(f"{m.number}:{m.sql}".encode())
    return digest.hexdigest()[:10]


def station_with_cases(n: int) -> Path:
    """The data directory of a demo station holding ``n`` cases (and as many parties)."""
    path = cache_dir(f"cases-{n}-{schema_fingerprint()}") / "station"
    done = path / "READY"
    if done.exists():
        return path
    import shutil

    shutil.rmtree(path, ignore_errors=True)
    from inspector import clock, demo
    from inspector.model import CaseState
    from inspector.station import Station

    st = Station.open(path, create=True)
    demo.fill(st, cases=0, photos=False)
    db = st.db
    agency = db.scalar("SELECT id FROM agencies")
    squads = db.query("SELECT id, code, jurisdiction FROM squads ORDER BY code")
    rng = random.Random(7)
    states = [s for s, _ in demo.STATE_MIX]
    weights = [w for _, w in demo.STATE_MIX]
    today = clock.today()
    stamp = clock.iso()
    t0 = time.perf_counter()
    chunk = 20_000
    seq = {s["code"]: 0 for s in squads}
    for start in range(0, n, chunk):
        parties, cases = [], []
        for i in range(start, min(n, start + chunk)):
            pid = str(uuid.UUID(int=rng.getrandbits(128)))
            party = demo._party(rng, today)
            parties.append(
                (
                    pid,
                    party["kind"],
                    party["name"],
                    party["id_type"],
                    party["id_number"],
                    party.get("address", ""),
                    stamp,
                    "bench",
                    st.station_id,
                )
            )
            squad = squads[i % len(squads)]
            matter = rng.choice(demo.MATTERS)
            state = rng.choices(states, weights)[0]
            day = today - dt.timedelta(days=rng.randint(0, 3 * 365))
            clue = dt.datetime.combine(day, dt.time(rng.randint(7, 20), rng.randint(0, 59)), clock.LOCAL_TZ)
            filed = state not in (CaseState.CLUE, CaseState.VERIFYING, CaseState.NOT_FILED)
            case_no = None
            if filed:
                seq[squad["code"]] += 1
                case_no = f"杭上城执立字〔{day.year}〕第{squad['code']}-{seq[squad['code']]:06d}号"
            address = f"杭州市上城区{rng.choice(demo.ROADS)}{rng.randint(1, 400)}号"
            cases.append(
                (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    case_no,
                    agency,
                    squad["id"],
                    pid,
                    str(state),
                    matter[0],
                    matter[1],
                    f"当事人{party['name']}在{address}{matter[1]}。",
                    address,
                    clock.iso(clue),
                    (day + dt.timedelta(days=3)).isoformat() if filed else None,
                    stamp,
                    "bench",
                    st.station_id,
                )
            )
        with db.write():
            db.conn.executemany(
                "INSERT INTO parties(id, kind, name, id_type, id_number, address, updated_at, "
                "updated_by, station_id) VALUES (?,?,?,?,?,?,?,?,?)",
                parties,
            )
            db.conn.executemany(
                "INSERT INTO cases(id, case_no, agency_id, squad_id, party_id, state, matter_code, "
                "matter_name, summary, address, clue_at, filed_at, updated_at, updated_by, station_id) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                cases,
            )
    db.conn.execute("ANALYZE")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"generated {n:,} cases in {time.perf_counter() - t0:.1f} s")
    st.close()
    done.write_text(str(n))
    return path
