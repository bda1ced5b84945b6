"""Sync against a real PostgreSQL server: batches, idempotent re-sends, dropped connections, conflicts, bundles."""

from __future__ import annotations

import json
import zipfile

import psycopg
import pytest

from db.central import apply as central
from inspector import demo, sync
from inspector.services import org


@pytest.fixture
def filled(station):
    demo.fill(station, cases=8, photos=False)
    return station


def _count(conn, entity=None):
    if entity:
        return conn.execute("SELECT count(*) FROM records WHERE entity = %s", (entity,)).fetchone()[0]
    return conn.execute("SELECT count(*) FROM records").fetchone()[0]


def test_push_sends_every_row_once_and_clears_the_outbox(filled, login, pg_conn):
    session = login("officer")
    rows = sum(filled.db.scalar(f"SELECT count(*) FROM [{t}]") for t in filled.audited_tables())
    report = sync.push(session, pg_conn)
    assert report.rows == rows and report.conflicts == []
    assert _count(pg_conn) == rows
    assert filled.pending_sync_count() == 0
    case = filled.db.query_one("SELECT * FROM cases LIMIT 1")
    stored = pg_conn.execute("SELECT data, version FROM records WHERE entity='cases' AND id=%s", (case["id"],)).fetchone()
    assert stored[0]["party_id"] == case["party_id"] and stored[1] == case["version"]
    events = pg_conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    assert events == filled.db.scalar("SELECT count(*) FROM audit_events")
    again = sync.push(session, pg_conn)
    assert again.batches == 0 and _count(pg_conn) == rows


def test_resent_batch_is_answered_from_the_stored_result(filled, login, pg_conn):
    """The connection drops after the server committed but before the station heard back."""
    session = login("officer")
    central.ensure_schema(pg_conn)
    central.register_station(pg_conn, station_id=filled.station_id, name="", bundle_key=sync.bundle_key(filled))
    sync.freeze_batches(session)
    first = sync.unsent_batches(filled)[0]
    central.apply_batch(pg_conn, json.loads(first["payload"]))  # applied centrally, never acknowledged
    report = sync.push(session, pg_conn)
    assert report.repeated == 1
    rows = sum(filled.db.scalar(f"SELECT count(*) FROM [{t}]") for t in filled.audited_tables())
    assert _count(pg_conn) == rows  # nothing applied twice, nothing missing
    assert pg_conn.execute("SELECT count(*) FROM batches").fetchone()[0] == report.batches
    assert filled.pending_sync_count() == 0


def test_dropped_connection_loses_nothing(filled, login, pg_server):
    session = login("officer")
    conn = psycopg.connect(pg_server.dsn)
    central.ensure_schema(conn)
    conn.close()  # the link goes down before the push
    with pytest.raises(psycopg.OperationalError):
        sync.push(session, conn)
    pending = filled.pending_sync_count()
    assert pending > 0
    with psycopg.connect(pg_server.dsn) as conn2:
        report = sync.push(session, conn2)
        assert report.rows > 0 and filled.pending_sync_count() == 0
        conn2.execute("DROP TABLE records, batches, conflicts, audit_events, evidence_chunks, evidence_blobs, "
                      "stations, central_meta CASCADE")
        conn2.commit()


def test_concurrent_change_becomes_a_recorded_conflict_not_an_overwrite(filled, login, pg_conn):
    admin = login("admin")
    sync.push(admin, pg_conn)
    squad = filled.db.query_one("SELECT * FROM squads ORDER BY code LIMIT 1")
    # Headquarters (or another station) changed the same squad meanwhile.
    pg_conn.execute("UPDATE records SET version = version + 1, data = jsonb_set(data, '{name}', '\"总部改名\"') "
                    "WHERE entity = 'squads' AND id = %s", (squad["id"],))
    pg_conn.commit()
    with admin.writing(org.Action.ORG_MANAGE) as w:
        w.update("squads", squad["id"], {"jurisdiction": "湖滨街道（扩大）"})
    report = sync.push(admin, pg_conn)
    assert [c["id"] for c in report.conflicts] == [squad["id"]]
    name = pg_conn.execute("SELECT data->>'name' FROM records WHERE entity='squads' AND id=%s", (squad["id"],)).fetchone()[0]
    assert name == "总部改名"
    assert pg_conn.execute("SELECT count(*) FROM conflicts WHERE entity_id = %s", (squad["id"],)).fetchone()[0] == 1


def test_bundle_round_trip_is_idempotent_and_signed(filled, login, pg_conn, tmp_path):
    session = login("officer")
    central.ensure_schema(pg_conn)
    central.register_station(pg_conn, station_id=filled.station_id, name="", bundle_key=sync.bundle_key(filled))
    path = tmp_path / "station.bundle"
    out = sync.export_bundle(session, path)
    assert out["rows"] > 0 and path.exists() and not path.with_name(path.name + ".partial").exists()
    first = sync.import_bundle(pg_conn, path)
    assert first["accepted"] == out["rows"] and first["repeated"] == 0
    total = _count(pg_conn)
    second = sync.import_bundle(pg_conn, path)
    assert second["repeated"] == second["batches"] and _count(pg_conn) == total

    forged = tmp_path / "forged.bundle"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(forged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                data = data.replace("杭上城".encode(), "伪造的".encode())
            dst.writestr(item, data)
    with pytest.raises(sync.BundleError) as info:
        sync.import_bundle(pg_conn, forged)
    assert info.value.code == "bad_signature"
    (tmp_path / "junk.bundle").write_bytes(b"not a zip")
    with pytest.raises(sync.BundleError) as info:
        sync.import_bundle(pg_conn, tmp_path / "junk.bundle")
    assert info.value.code == "not_a_bundle"


def test_cli_push_reports_an_unreachable_server_in_one_line(cli, data_dir):
    r = cli("sync", "push", "--dsn", "host=/nonexistent port=1 dbname=x connect_timeout=2", data_dir=data_dir,
            env={"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD})
    assert r.returncode == 1 and "无法连接中心数据库" in r.stderr and r.stderr.strip().count("\n") == 0


def test_evidence_files_travel_with_their_rows(station, login, pg_conn, tmp_path):
    """Photos reach the central database byte for byte, by push and inside a bundle file."""
    import hashlib

    demo.fill(station, cases=3, photos=True)
    hashes = {r["sha256"] for r in station.db.query("SELECT DISTINCT sha256 FROM evidence")}
    assert hashes
    session = login("officer")
    central.ensure_schema(pg_conn)
    central.register_station(pg_conn, station_id=station.station_id, name="", bundle_key=sync.bundle_key(station))
    out = sync.export_bundle(session, tmp_path / "s.bundle")
    assert out["files"] == len(hashes)
    assert {n.split("/")[1] for n in zipfile.ZipFile(tmp_path / "s.bundle").namelist() if n.startswith("evidence/")} == hashes
    sync.push(session, pg_conn)
    for sha in hashes:
        data = b"".join(r[0] for r in pg_conn.execute(
            'SELECT data FROM evidence_chunks WHERE sha256 = %s ORDER BY "offset"', (sha,)))
        assert hashlib.sha256(data).hexdigest() == sha
    assert central.missing_blobs(pg_conn, hashes) == {}
