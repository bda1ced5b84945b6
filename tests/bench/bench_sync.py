"""Sync benchmark: push 100,000 records plus the metadata of 10,000 photos to PostgreSQL on this machine.

ours  = inspector.sync.push (freeze into batches while earlier ones are sent, one statement per batch that parses
        it, merges its rows version-checked and stores its audit events), records/s from the outbox to committed
        central rows
floor = PostgreSQL COPY of the same rows into a plain table (no versions, no events, no checks); a second line
        also COPYs the audit events the push carries, i.e. the same data stored
naive = one autocommit INSERT per row (measured on a sample, rate reported); a second line also INSERTs each audit
        event on its own, i.e. the same data stored
Also: uploading 200 photo files, and resuming a 32 MB file after the link was cut half way.

Ours and the two COPY lines are each the best of 3 rounds (1 in the quick run): every round pushes a copy of the
same station into a new central database, then COPYs the same rows, so that load on this shared machine hits
both alike (the COPY floor alone varied from 0.55 s to 0.9 s between single runs).

Run: python -m tests.bench.bench_sync   (INSPECTOR_BENCH_QUICK=1 for 2,000 records and 20 photos)
The server is a throwaway PostgreSQL (tests/pg.py) as a central server runs: default durability (fsync on), every
way connecting over TCP loopback with a checked password. INSPECTOR_BENCH_FAST=1 uses the suite's set-up instead
(fsync off); $INSPECTOR_BENCH_DSN (an owner's DSN) uses another server.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from tests.bench.common import quick, table


def _sizes() -> dict[str, int]:
    if quick():
        return {"records": 1_800, "photos_meta": 200, "naive": 500, "files": 20, "resume_mb": 4}
    return {"records": 90_000, "photos_meta": 10_000, "naive": 5_000, "files": 200, "resume_mb": 32}


def _station(tmp: Path, n: dict[str, int]):
    """A demo station with ``records`` parties and ``photos_meta`` evidence rows queued in its outbox."""
    from inspector import demo
    from inspector.permissions import Action
    from inspector.station import Station

    st = Station.open(tmp / "station", create=True)
    demo.fill(st, cases=1, photos=False, example_thresholds=False)
    case_id = st.db.scalar("SELECT id FROM cases LIMIT 1")
    session = st.system_session()
    with session.writing(Action.PARTY_EDIT, label="bench") as w:
        for i in range(n["records"]):
            w.insert(
                "parties",
                {
                    "kind": "person",
                    "name": f"当事人{i:06d}",
                    "id_type": "resident_id",
                    "id_number": f"33010219800101{i % 10000:04d}",
                    "address": f"上城区解放路{i}号",
                    "phone": f"1380000{i % 10000:04d}",
                },
            )
        for i in range(n["photos_meta"]):
            sha = hashlib.sha256(f"photo-{i}".encode()).hexdigest()
            w.insert(
                "evidence",
                {
                    "sha256": sha,
                    "case_id": case_id,
                    "kind": "photo",
                    "filename": f"IMG_{i:05d}.jpg",
                    "size": 3_500_000,
                    "mime": "image/jpeg",
                    "width": 4000,
                    "height": 3000,
                    "taken_at": "2026-05-01T08:00:00Z",
                    "imported_by": "system",
                    "imported_at": "2026-05-01T08:00:00Z",
                },
            )
    return st


def _register(owner_dsn: str, st) -> str:
    from db.central import admin
    from inspector.sync import keys

    with psycopg.connect(owner_dsn, autocommit=True) as conn:
        login = admin.add_station(
            conn, station_id=st.station_id, name="bench", public_key=keys.public_key_hex(st)
        )
        # Photo metadata only: the files themselves are measured separately below.
        with (
            conn.cursor() as cur,
            cur.copy("COPY evidence_blobs (station_id, sha256, size, complete) FROM STDIN") as cp,
        ):
            for (sha,) in st.db.conn.execute("SELECT DISTINCT sha256 FROM evidence"):
                cp.write_row((st.station_id, sha, 3_500_000, True))
    base = " ".join(p for p in owner_dsn.split() if not p.startswith("user="))
    return f"{base} user={login.role} password={login.password}"


def _over_tcp(server, owner_dsn: str) -> str:
    """The owner's DSN over TCP loopback with a password, like the stations' (the bench compares like with like)."""
    password = "bench-" + os.urandom(6).hex()
    with psycopg.connect(owner_dsn, autocommit=True) as conn:
        user = conn.execute("SELECT current_user").fetchone()[0]
        conn.execute(f"ALTER ROLE \"{user}\" PASSWORD '{password}'")
    parts = [p for p in owner_dsn.split() if not p.startswith(("host=", "password="))]
    return " ".join(["host=127.0.0.1", *parts, f"password={password}"])


def _fresh_db(server_dsn: str, name: str) -> str:
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    dsn = " ".join(p for p in server_dsn.split() if not p.startswith("dbname=")) + f" dbname={name}"
    from db.central import admin

    with psycopg.connect(dsn, autocommit=True) as conn:
        admin.init(conn)
    return dsn


_PLAIN = (
    "CREATE TABLE IF NOT EXISTS {t} (entity text, id text, version int, station_id text, updated_at text, "
    "updated_by text, deleted boolean, data jsonb, PRIMARY KEY (entity, id))"
)


def _rows(st) -> list[tuple[Any, ...]]:
    out = []
    for table_name in ("parties", "evidence"):
        for r in st.db.query(f"SELECT * FROM {table_name}"):
            out.append(
                (
                    table_name,
                    r["id"],
                    r["version"],
                    r["station_id"],
                    r["updated_at"],
                    r["updated_by"],
                    False,
                    json.dumps(r, ensure_ascii=False),
                )
            )
    return out


def run(server_dsn: str | None = None) -> dict[str, Any]:
    from inspector import sync
    from inspector.station import Station
    from inspector.sync.push import upload_blobs

    n = _sizes()
    server = None
    if server_dsn is None and not os.environ.get("INSPECTOR_BENCH_DSN"):
        from tests import pg

        server = pg.start(durable=os.environ.get("INSPECTOR_BENCH_FAST", "") in ("", "0"))
        server_dsn = server.dsn
    server_dsn = server_dsn or os.environ["INSPECTOR_BENCH_DSN"]
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    results: dict[str, Any] = {}
    try:
        made = _station(tmp, n)
        made.close()
        rounds = 1 if quick() else 3
        ours_times: list[float] = []
        floor_times: list[float] = []
        floor_all_times: list[float] = []
        for r in range(rounds):
            # Each round: a copy of the same station pushes into a new central database, then COPY loads the
            # same rows into new tables; rounds alternate so that machine load hits both alike; best of each.
            shutil.copytree(tmp / "station", tmp / f"round{r}")
            st = Station.open(tmp / f"round{r}")
            owner = _fresh_db(server_dsn, "bench_sync")
            if server is not None:
                owner = _over_tcp(server, owner)
            dsn = _register(owner, st)
            with psycopg.connect(owner, autocommit=True) as conn:
                fsync = conn.execute("SHOW fsync").fetchone()[0]
                over = "a Unix socket" if (conn.info.host or "").startswith("/") else "TCP loopback"
            setup = f"fsync {fsync}, over {over}" + (", password logins" if over == "TCP loopback" else "")
            session = st.system_session()
            records = st.pending_sync_count()
            events = st.db.scalar("SELECT count(*) FROM audit_events")

            t0 = time.perf_counter()
            with sync.connect(dsn) as conn:
                report = sync.push(session, conn)
            ours_times.append(time.perf_counter() - t0)
            assert report.rows == records and not report.quarantined
            with psycopg.connect(owner, autocommit=True) as check:
                central_rows = check.execute("SELECT count(*) FROM records").fetchone()[0]
            assert central_rows == records, (central_rows, records)

            rows = _rows(st)
            event_rows = [
                (st.station_id, r["seq"], r["prev_hash"], r["hash"], json.dumps(r, ensure_ascii=False))
                for r in st.db.query("SELECT * FROM audit_events")
            ]
            with psycopg.connect(owner, autocommit=True) as conn:
                conn.execute(_PLAIN.format(t="floor_copy"))
                conn.execute(_PLAIN.format(t="floor_copy2"))
                conn.execute(
                    "CREATE TABLE floor_events (station_id text, seq bigint, prev_hash text, hash text, "
                    "event jsonb, PRIMARY KEY (station_id, seq))"
                )
                t0 = time.perf_counter()
                with conn.cursor() as cur, cur.copy("COPY floor_copy FROM STDIN") as cp:
                    for row in rows:
                        cp.write_row(row)
                floor_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                with conn.transaction(), conn.cursor() as cur:
                    with cur.copy("COPY floor_copy2 FROM STDIN") as cp:
                        for row in rows:
                            cp.write_row(row)
                    with cur.copy("COPY floor_events FROM STDIN") as cp:
                        for e in event_rows:
                            cp.write_row(e)
                floor_all_times.append(time.perf_counter() - t0)
            if r < rounds - 1:
                st.close()
        ours, floor, floor_all = min(ours_times), min(floor_times), min(floor_all_times)
        print(
            "rounds (s): ours", [round(t, 2) for t in ours_times], "COPY", [round(t, 2) for t in floor_times]
        )
        with psycopg.connect(owner, autocommit=True) as conn:
            conn.execute(_PLAIN.format(t="naive_insert"))
            conn.execute(_PLAIN.format(t="naive_insert2"))
            sample = rows[: n["naive"]]
            t0 = time.perf_counter()
            for row in sample:
                conn.execute("INSERT INTO naive_insert VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", row)
            naive = (time.perf_counter() - t0) * len(rows) / len(sample)
            # The same naive way storing what the push stores: each row and each audit event its own INSERT.
            conn.execute(
                "CREATE TABLE naive_events (station_id text, seq bigint, prev_hash text, hash text, "
                "event jsonb, PRIMARY KEY (station_id, seq))"
            )
            t0 = time.perf_counter()
            for row, event in zip(sample, event_rows, strict=False):
                conn.execute("INSERT INTO naive_insert2 VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", row)
                conn.execute("INSERT INTO naive_events VALUES (%s, %s, %s, %s, %s)", event)
            naive_all = (time.perf_counter() - t0) * (len(rows) + len(event_rows)) / (2 * len(sample))

        # 200 photo files (~3.5 MB of random bytes each in the full run), then a cut and a resume.
        files = tmp / "files"
        files.mkdir()
        size = 3_500_000 if not quick() else 500_000
        hashes = []
        for _ in range(n["files"]):
            data = os.urandom(size)
            sha = hashlib.sha256(data).hexdigest()
            (files / sha).write_bytes(data)
            hashes.append(sha)
        payload = {"rows": [{"entity": "evidence", "data": {"sha256": h}} for h in hashes]}
        with sync.connect(dsn) as conn:
            t0 = time.perf_counter()
            upload_blobs(conn, st.station_id, payload, lambda h: files / h)
            upload = time.perf_counter() - t0

        big = os.urandom(n["resume_mb"] << 20)
        big_sha = hashlib.sha256(big).hexdigest()
        (files / big_sha).write_bytes(big)
        from db.central import apply as central

        with sync.connect(dsn) as conn:  # half the file, then the link is cut
            for off in range(0, len(big) // 2, central.CHUNK):
                central.put_blob_chunk(
                    conn,
                    station_id=st.station_id,
                    sha256=big_sha,
                    size=len(big),
                    offset=off,
                    data=big[off : off + central.CHUNK],
                )
        t0 = time.perf_counter()
        with sync.connect(dsn) as conn:
            upload_blobs(
                conn,
                st.station_id,
                {"rows": [{"entity": "evidence", "data": {"sha256": big_sha}}]},
                lambda h: files / h,
            )
            resume = time.perf_counter() - t0
            assert central.missing_blobs(conn, st.station_id, [big_sha]) == {}
        st.close()

        rate = records / ours
        results = {
            "records": records,
            "events": events,
            "ours_s": ours,
            "floor_s": floor,
            "naive_s": naive,
            "ours_rate": rate,
            "floor_rate": len(rows) / floor,
            "floor_all_s": floor_all,
            "naive_rate": len(rows) / naive,
            "naive_all_s": naive_all,
            "upload_s": upload,
            "files": n["files"],
            "resume_s": resume,
            "setup": setup,
            "batches": report.batches,
        }
        table(
            f"Sync push: {records:,} records ({n['photos_meta']:,} photo metadata) + {events:,} audit events, "
            f"{report.batches} batches, best of {rounds} alternating rounds, PostgreSQL on this machine "
            f"({setup})",
            ["way", "seconds", "records/s", "vs floor", "speed vs naive"],
            [
                [
                    "ours (sync push)",
                    ours,
                    f"{rate:,.0f}",
                    f"{rate / (len(rows) / floor):.0%}",
                    f"{naive / ours:.1f}x",
                ],
                [
                    "floor (COPY, no checks)",
                    floor,
                    f"{len(rows) / floor:,.0f}",
                    "100%",
                    f"{naive / floor:.1f}x",
                ],
                [
                    "floor with the audit events too (COPY)",
                    floor_all,
                    f"{len(rows) / floor_all:,.0f}",
                    f"{floor / floor_all:.0%}",
                    f"{naive / floor_all:.1f}x",
                ],
                [
                    f"naive (autocommit INSERT per row, {n['naive']:,} sampled)",
                    naive,
                    f"{len(rows) / naive:,.0f}",
                    f"{(len(rows) / naive) / (len(rows) / floor):.0%}",
                    "1.0x",
                ],
                [
                    f"naive with the audit events too ({n['naive']:,} of each sampled)",
                    naive_all,
                    f"{len(rows) / naive_all:,.0f}",
                    f"{(len(rows) / naive_all) / (len(rows) / floor):.0%}",
                    f"{naive / naive_all:.1f}x (ours {naive_all / ours:.1f}x faster)",
                ],
            ],
        )
        table(
            "Evidence files",
            ["what", "seconds", "MB/s"],
            [
                [
                    f"upload {n['files']} photos of {size / 1e6:.1f} MB",
                    upload,
                    f"{n['files'] * size / 1e6 / upload:.0f}",
                ],
                [
                    f"resume a {n['resume_mb']} MB file cut half way",
                    resume,
                    f"{n['resume_mb'] / 2 / resume:.0f}",
                ],
            ],
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if server is not None:
            server.stop()
    return results


if __name__ == "__main__":
    run()
    sys.exit(0)
