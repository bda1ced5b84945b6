"""Row-level security with two stations' own logins: each reads and writes only its own rows."""

from __future__ import annotations

import json

import psycopg
import pytest

from db.central import apply as central_apply
from inspector import demo, sync
from tests.integration.sync_support import central_db, count, register, second_station


@pytest.fixture
def two_stations(station, login, pg_server, tmp_path):
    demo.fill(station, cases=3, photos=False)
    other = second_station(tmp_path)
    hq = central_db(pg_server)
    dsn_a, dsn_b = register(hq, station), register(hq, other)
    with sync.connect(dsn_a) as conn:
        sync.push(login("officer"), conn)
    with sync.connect(dsn_b) as conn:
        sync.push(other.login("officer", demo.DEMO_PASSWORD), conn)
    yield station, other, hq, dsn_a, dsn_b
    other.close()


def test_a_station_reads_only_its_own_rows(two_stations):
    a, b, hq, dsn_a, _ = two_stations
    with psycopg.connect(dsn_a, autocommit=True) as conn:
        owners = {r[0] for r in conn.execute("SELECT DISTINCT owner_station FROM records")}
        assert owners == {a.station_id}
        assert (
            conn.execute("SELECT count(*) FROM cases WHERE station_id = %s", (b.station_id,)).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT count(*) FROM audit_events WHERE station_id = %s", (b.station_id,)
            ).fetchone()[0]
            == 0
        )
        assert [r[0] for r in conn.execute("SELECT station_id FROM station_roles")] == [a.station_id]
    assert count(hq, "SELECT count(*) FROM records WHERE owner_station = %s", (b.station_id,)) > 0


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM stations",
        "SELECT public_key FROM stations",
        "SELECT rolpassword FROM pg_authid",
        "SELECT * FROM audit_alerts",
    ],
)
def test_a_station_cannot_read_keys_password_hashes_or_the_stations_table(two_stations, sql):
    _, _, _, dsn_a, _ = two_stations
    with psycopg.connect(dsn_a, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql)


def test_a_station_cannot_change_another_stations_rows(two_stations):
    a, b, hq, dsn_a, _ = two_stations
    case_b = b.db.query_one("SELECT id FROM cases LIMIT 1")["id"]
    with psycopg.connect(dsn_a, autocommit=True) as conn:
        changed = conn.execute(
            "UPDATE records SET data = '{}' WHERE owner_station = %s", (b.station_id,)
        ).rowcount
        assert changed == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM records")
    assert count(hq, "SELECT count(*) FROM records WHERE id = %s AND data <> '{}'", (case_b,)) == 1


def test_a_station_cannot_claim_another_stations_id(two_stations):
    a, b, hq, dsn_a, _ = two_stations
    case_b = b.db.query_one("SELECT * FROM cases LIMIT 1")
    before = count(hq, "SELECT count(*) FROM records")
    forged = {
        "batch_id": "forged-1",
        "station_id": b.station_id,
        "events": [],
        "rows": [
            {
                "entity": "cases",
                "id": "new-case-claiming-b",
                "version": 1,
                "base_version": 0,
                "station_id": b.station_id,
                "updated_at": "2026-01-01",
                "updated_by": "x",
                "deleted": False,
                "data": {"summary": "伪造"},
            }
        ],
    }
    overwrite = {
        "batch_id": "forged-2",
        "station_id": a.station_id,
        "events": [],
        "rows": [
            {
                "entity": "cases",
                "id": case_b["id"],
                "version": case_b["version"] + 1,
                "base_version": case_b["version"],
                "station_id": a.station_id,
                "updated_at": "2026-01-01",
                "updated_by": "x",
                "deleted": False,
                "data": {**case_b, "summary": "被A改写"},
            }
        ],
    }
    with psycopg.connect(dsn_a, autocommit=True) as conn:
        for batch in (forged, overwrite):
            with pytest.raises(central_apply.REFUSALS):
                central_apply.apply_batch(conn, json.loads(json.dumps(batch)))
    assert count(hq, "SELECT count(*) FROM records") == before
    assert count(hq, "SELECT count(*) FROM records WHERE data->>'summary' IN ('伪造', '被A改写')") == 0


def test_reviewer_and_headquarters_logins_read_every_station(two_stations, tmp_path):
    a, b, hq, _, _ = two_stations
    from inspector.station import Station

    desk = Station.open(tmp_path / "desk", create=True)
    try:
        dsn_r = register(hq, desk, kind="reviewer")
        with psycopg.connect(dsn_r, autocommit=True) as conn:
            owners = {r[0] for r in conn.execute("SELECT DISTINCT station_id FROM cases")}
            assert owners == {a.station_id, b.station_id}
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT public_key FROM stations")
    finally:
        desk.close()
    # Headquarters (the owner) reports in plain SQL over the typed views.
    from tests.integration.sync_support import read

    by_station = dict(read(hq, "SELECT station_id, count(*) FROM cases WHERE clue_at < now() GROUP BY 1"))
    assert by_station == {
        a.station_id: a.db.scalar("SELECT count(*) FROM cases"),
        b.station_id: b.db.scalar("SELECT count(*) FROM cases"),
    }
    types = read(hq, "SELECT pg_typeof(clue_at)::text, pg_typeof(fine_cents)::text FROM cases LIMIT 1")[0]
    assert types == ("timestamp with time zone", "bigint")
    for view in ("inspections", "evidence", "documents", "reviews"):
        read(hq, f"SELECT * FROM {view}")  # every typed column casts
