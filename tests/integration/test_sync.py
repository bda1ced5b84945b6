"""Sync against a real PostgreSQL server, always checked through a separate connection: commits, repeats,
dropped links, conflicts, station-scoped settings, NUL refusal and quarantined batches."""

from __future__ import annotations

import json

import psycopg
import pytest

from db.central import apply as central_apply
from inspector import demo, sync
from inspector.errors import ValidationError
from inspector.services import org
from tests.integration.sync_support import central_db, count, read, register, second_station, station_rows


@pytest.fixture
def filled(station):
    demo.fill(station, cases=8, photos=False)
    return station


@pytest.fixture
def central(pg_server):
    return central_db(pg_server)


def test_push_commits_every_row_once_and_clears_the_outbox(filled, login, central):
    dsn = register(central, filled)
    session = login("officer")
    with sync.connect(dsn) as conn:
        report = sync.push(session, conn)
    rows = station_rows(filled)
    assert report.rows == rows and report.conflicts == [] and report.quarantined == []
    assert count(central, "SELECT count(*) FROM records") == rows
    assert filled.pending_sync_count() == 0
    case = filled.db.query_one("SELECT * FROM cases LIMIT 1")
    stored = read(central, "SELECT data, version FROM records WHERE entity='cases' AND id=%s", (case["id"],))[
        0
    ]
    assert stored[0]["party_id"] == case["party_id"] and stored[1] == case["version"]
    assert count(central, "SELECT count(*) FROM audit_events") == filled.db.scalar(
        "SELECT count(*) FROM audit_events"
    )
    assert count(central, "SELECT count(*) FROM audit_alerts") == 0
    with sync.connect(dsn) as conn:
        again = sync.push(session, conn)
    assert again.batches == 0 and count(central, "SELECT count(*) FROM records") == rows


def test_a_non_autocommit_connection_still_commits(filled, login, central):
    """The original fault: a read opened an implicit transaction and closing the connection rolled it back."""
    dsn = register(central, filled)
    conn = psycopg.connect(dsn)  # autocommit off, as psycopg opens it by default
    sync.push(login("officer"), conn)
    conn.close()
    assert count(central, "SELECT count(*) FROM records") == station_rows(filled)


def test_audit_events_are_spread_over_the_batches(filled, login):
    session = login("officer")
    made = sync.freeze_batches(session, max_rows=20)
    assert made >= 3
    sizes = [len(json.loads(b["payload"])["events"]) for b in sync.unsent_batches(filled)]
    assert sum(sizes) == filled.db.scalar("SELECT count(*) FROM audit_events")
    assert max(sizes) <= 2 * (sum(sizes) / len(sizes)) + 1


def test_resent_batch_is_answered_from_the_stored_result(filled, login, central):
    """The connection drops after the server committed but before the station heard back."""
    dsn = register(central, filled)
    session = login("officer")
    sync.freeze_batches(session)
    first = sync.unsent_batches(filled)[0]
    with sync.connect(dsn) as conn:
        applied = central_apply.apply_batch(conn, json.loads(first["payload"]))  # never acknowledged
        report = sync.push(session, conn)
    assert report.repeated == 1
    assert applied["accepted"] == first["row_count"] and not applied["conflicts"] and not applied["repeated"]
    stored = read(central, "SELECT row_count, result FROM batches WHERE batch_id = %s", (first["batch_id"],))
    assert stored == [(first["row_count"], {k: v for k, v in applied.items() if k != "repeated"})]
    assert count(central, "SELECT count(*) FROM records") == station_rows(filled)
    assert count(central, "SELECT count(*) FROM batches") == report.batches


def test_dropped_connection_keeps_everything_for_the_next_push(filled, login, central):
    dsn = register(central, filled)
    session = login("officer")
    conn = sync.connect(dsn)
    conn.close()  # the link goes down before the push
    with pytest.raises(sync.SyncError) as info:
        sync.push(session, conn)
    assert info.value.reason == "dropped"
    assert (
        filled.pending_sync_count() > 0
        and filled.db.scalar("SELECT count(*) FROM sync_batches WHERE sent_at IS NOT NULL") == 0
    )
    with sync.connect(dsn) as conn2:
        sync.push(session, conn2)
    assert filled.pending_sync_count() == 0
    assert count(central, "SELECT count(*) FROM records") == station_rows(filled)


def test_cancelled_push_keeps_what_committed_and_the_next_push_sends_the_rest(filled, login, central):
    """Cancel on the 同步 screen: the batch in hand finishes, nothing half-sent; the rest goes next time."""
    dsn = register(central, filled)
    session = login("officer")
    sync.freeze_batches(session, max_rows=20)  # many small batches
    frozen = filled.db.scalar("SELECT count(*) FROM sync_batches")
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3  # the person presses 取消 after three batches were handed over

    with sync.connect(dsn) as conn, pytest.raises(sync.SyncError) as info:
        sync.push(session, conn, cancelled=cancelled)
    assert info.value.reason == "cancelled"
    sent = filled.db.query("SELECT batch_id FROM sync_batches WHERE sent_at IS NOT NULL")
    assert 1 <= len(sent) < frozen
    # what the station marked sent is exactly what central committed (read through its own connection)
    assert {r["batch_id"] for r in sent} == {b for (b,) in read(central, "SELECT batch_id FROM batches")}
    with sync.connect(dsn) as conn:
        sync.push(session, conn)
    assert filled.pending_sync_count() == 0
    assert count(central, "SELECT count(*) FROM records") == station_rows(filled)
    assert count(central, "SELECT count(*) FROM audit_events") == filled.db.scalar(
        "SELECT count(*) FROM audit_events"
    )


def test_owner_login_is_not_a_station_login(filled, login, central):
    with sync.connect(central) as conn, pytest.raises(sync.SyncError) as info:
        sync.push(login("officer"), conn)
    assert info.value.reason == "not_registered"
    assert count(central, "SELECT count(*) FROM records") == 0


def test_concurrent_change_becomes_a_recorded_conflict_not_an_overwrite(filled, login, central):
    dsn = register(central, filled)
    admin = login("admin")
    with sync.connect(dsn) as conn:
        sync.push(admin, conn)
    squad = filled.db.query_one("SELECT * FROM squads ORDER BY code LIMIT 1")
    # Headquarters changed the same squad meanwhile.
    with psycopg.connect(central, autocommit=True) as hq:
        hq.execute(
            "UPDATE records SET version = version + 1, data = jsonb_set(data, '{name}', '\"总部改名\"') "
            "WHERE entity = 'squads' AND id = %s",
            (squad["id"],),
        )
    with admin.writing(org.Action.ORG_MANAGE) as w:
        w.update("squads", squad["id"], {"jurisdiction": "湖滨街道（扩大）"})
    with sync.connect(dsn) as conn:
        report = sync.push(admin, conn)
    assert [c["id"] for c in report.conflicts] == [squad["id"]]
    name = read(central, "SELECT data->>'name' FROM records WHERE entity='squads' AND id=%s", (squad["id"],))[
        0
    ][0]
    assert name == "总部改名"
    assert count(central, "SELECT count(*) FROM conflicts WHERE entity_id = %s", (squad["id"],)) == 1
    local = filled.db.query("SELECT * FROM sync_conflicts")
    assert [r["entity_id"] for r in local] == [squad["id"]]


def test_a_row_queued_in_two_batches_arrives_at_its_last_version_without_conflict(filled, login, central):
    """A squad changed, other rows changed, the squad changed again: its two outbox entries fall in two
    batches of one push; the second declares the first's version as its base, so central takes both."""
    dsn = register(central, filled)
    admin = login("admin")
    with sync.connect(dsn) as conn:
        sync.push(admin, conn)
    squads = filled.db.query("SELECT id FROM squads ORDER BY code")
    assert len(squads) >= 2
    target, others = squads[0]["id"], [r["id"] for r in squads[1:]]
    with admin.writing(org.Action.ORG_MANAGE) as w:
        w.update("squads", target, {"jurisdiction": "第一次修改"})
    for n in range(4):
        with admin.writing(org.Action.ORG_MANAGE) as w:
            w.update("squads", others[n % len(others)], {"jurisdiction": f"其他中队修改{n}"})
    org.set_setting(admin, "legal_review.fine_threshold_cents", 400000)
    with admin.writing(org.Action.ORG_MANAGE) as w:
        w.update("squads", target, {"jurisdiction": "第二次修改"})
    assert sync.freeze_batches(admin, max_rows=3) >= 3
    payloads = [json.loads(b["payload"]) for b in sync.unsent_batches(filled)]
    carrying = [p for p in payloads if any(r["id"] == target for r in p["rows"])]
    assert len(carrying) == 2
    first, second = (next(r for r in p["rows"] if r["id"] == target) for p in carrying)
    assert second["base_version"] == first["version"]
    with sync.connect(dsn) as conn:
        report = sync.push(admin, conn)
    assert report.conflicts == [] and report.quarantined == []
    local = filled.db.get("squads", target)
    stored = read(
        central,
        "SELECT version, data->>'jurisdiction' FROM records WHERE entity = 'squads' AND id = %s",
        (target,),
    )
    assert stored == [(local["version"], "第二次修改")]
    setting = read(
        central,
        "SELECT data->>'value' FROM records WHERE entity = 'settings' AND data->>'key' = %s",
        ("legal_review.fine_threshold_cents",),
    )
    assert setting == [("400000",)]
    assert count(central, "SELECT count(*) FROM conflicts") == 0


def test_each_stations_settings_are_its_own_not_conflicts(filled, login, central, tmp_path):
    """The same setting key set on two stations is two rows centrally, never a conflict."""
    other = second_station(tmp_path)
    try:
        for st, sess in ((filled, login("admin")), (other, other.login("admin", demo.DEMO_PASSWORD))):
            org.set_setting(sess, "legal_review.fine_threshold_cents", 500000 if st is filled else 300000)
            with sync.connect(register(central, st)) as conn:
                report = sync.push(sess, conn)
            assert report.conflicts == [] and report.quarantined == []
        keys = read(
            central, "SELECT data->>'key', count(*) FROM records WHERE entity = 'settings' GROUP BY 1"
        )
        assert keys and dict(keys)["legal_review.fine_threshold_cents"] == 2
        assert count(central, "SELECT count(*) FROM conflicts") == 0
    finally:
        other.close()


def test_nul_character_is_refused_where_it_enters(filled, login):
    session = login("officer")
    case = filled.db.query_one("SELECT * FROM cases LIMIT 1")
    with pytest.raises(ValidationError) as info, session.writing(org.Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"summary": "违法\x00摆摊"})
    assert info.value.problems[0].field == "cases.summary" and "空字符" in info.value.problems[0].message


def test_refused_batch_is_quarantined_and_the_queue_goes_on(filled, login, central):
    """A row central cannot store (a NUL written before the entry check existed) does not block the queue."""
    dsn = register(central, filled)
    session = login("officer")
    with sync.connect(dsn) as conn:
        sync.push(session, conn)
    bad, good = filled.db.query("SELECT * FROM cases ORDER BY id LIMIT 2")
    with filled.db.write():  # legacy data written around the application's checks
        filled.db.execute(
            "UPDATE cases SET summary = ?, version = version + 1 WHERE id = ?", ("坏\x00数据", bad["id"])
        )
        filled.db.execute(
            "INSERT INTO outbox (entity, entity_id, version, op, queued_at) VALUES "
            "('cases', ?, ?, 'upsert', '2026-01-01T00:00:00Z')",
            (bad["id"], bad["version"] + 1),
        )
    sync.freeze_batches(session)
    with session.writing(org.Action.CASE_EDIT) as w:
        w.update("cases", good["id"], {"summary": "正常修改"})
    with sync.connect(dsn) as conn:
        report = sync.push(session, conn)
    assert len(report.quarantined) == 1 and report.batches == 1
    assert sync.quarantined(filled)[0]["error"]
    assert count(central, "SELECT count(*) FROM quarantine") == 1
    assert (
        read(central, "SELECT data->>'summary' FROM records WHERE id = %s", (good["id"],))[0][0] == "正常修改"
    )
    # The corrected row travels in a new batch and is accepted on top of the old central version.
    with session.writing(org.Action.CASE_EDIT) as w:
        w.update("cases", bad["id"], {"summary": "已更正"})
    with sync.connect(dsn) as conn:
        report = sync.push(session, conn)
    assert report.conflicts == [] and report.quarantined == []
    got = read(central, "SELECT data->>'summary', version FROM records WHERE id = %s", (bad["id"],))[0]
    assert got == ("已更正", filled.db.get("cases", bad["id"])["version"])


def test_cli_push_reports_an_unreachable_server_in_one_line(cli, data_dir):
    r = cli(
        "sync",
        "push",
        "--dsn",
        "host=/nonexistent port=1 dbname=x connect_timeout=2",
        data_dir=data_dir,
        env={"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD},
    )
    assert r.returncode == 1 and "无法连接中心数据库" in r.stderr and r.stderr.strip().count("\n") == 0


def test_scheduled_push_uses_the_connection_saved_on_the_sync_screen(
    filled, central, cli, data_dir, pg_server
):
    from inspector.sync import connection

    dsn = register(central, filled)
    params = dict(p.split("=", 1) for p in dsn.split())
    connection.save(
        filled,
        connection.ConnectionSettings(
            host=str(pg_server.sockdir),
            port=pg_server.port,
            dbname=params["dbname"],
            user=params["user"],
            sslmode="disable",
        ),
    )
    r = cli(
        "sync",
        "push",
        data_dir=data_dir,
        env={
            "INSPECTOR_USER": "officer",
            "INSPECTOR_CENTRAL_DSN": "",
            "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD,
            "INSPECTOR_CENTRAL_PASSWORD": params["password"],
        },
    )
    assert r.returncode == 0, r.stderr
    assert count(central, "SELECT count(*) FROM records") == station_rows(filled)


def test_central_add_station_refuses_a_malformed_key_in_one_line(central, cli, data_dir):
    r = cli(
        "central",
        "add-station",
        "--dsn",
        central,
        "--station-id",
        "x",
        "--public-key",
        "not-a-key",
        data_dir=data_dir,
    )
    assert r.returncode == 1 and "找不到公钥" in r.stderr and r.stderr.strip().count("\n") == 0


def test_an_altered_photo_quarantines_its_batch_and_the_rest_arrives(station, login, central):
    from inspector.services import evidence

    demo.fill(station, cases=2, photos=True)
    dsn = register(central, station)
    session = login("officer")
    sync.freeze_batches(session, max_rows=5)
    sha = station.db.scalar("SELECT sha256 FROM evidence LIMIT 1")
    path = evidence.store(station).path(sha)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with sync.connect(dsn) as conn:
        report = sync.push(session, conn)
    assert len(report.quarantined) >= 1 and report.batches >= 1
    assert all(q["reason"].startswith("altered_file") for q in report.quarantined)
    assert count(central, "SELECT count(*) FROM evidence_blobs WHERE sha256 = %s AND complete", (sha,)) == 0
    assert count(central, "SELECT count(*) FROM evidence_chunks WHERE sha256 = %s", (sha,)) == 0
    assert count(central, "SELECT count(*) FROM records") > 0


def test_cli_status_shows_the_last_push_and_a_later_failure_beside_it(filled, central, cli, data_dir):
    """A scheduled push that fails tonight does not hide when the station last reached headquarters."""
    dsn = register(central, filled)
    user = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD}
    pushed = cli(
        "sync", "push", "--dsn", dsn, data_dir=data_dir, env={**user, "INSPECTOR_NOW": "2026-05-11T21:00"}
    )
    assert pushed.returncode == 0, pushed.stderr
    batches = filled.db.scalar("SELECT count(*) FROM sync_batches")
    said = pushed.stdout.strip()
    assert said.startswith(f"已发送 {batches} 个批次、{station_rows(filled)} 条记录")

    status = cli("sync", "status", data_dir=data_dir)
    assert f"发送到中心：上次成功 2026-05-11 21:00，{said}" in status.stdout, status.stdout
    assert "未成功" not in status.stdout

    failed = cli(
        "sync",
        "push",
        "--dsn",
        "host=/nonexistent port=1 dbname=x connect_timeout=2",
        data_dir=data_dir,
        env={**user, "INSPECTOR_NOW": "2026-05-12T21:00"},
    )
    assert failed.returncode == 1
    status = cli("sync", "status", data_dir=data_dir)
    assert f"发送到中心：上次成功 2026-05-11 21:00，{said}" in status.stdout, status.stdout
    assert "  最近一次（2026-05-12 21:00）未成功：无法连接中心数据库" in status.stdout
    kept = json.loads(cli("sync", "status", "--json", data_dir=data_dir).stdout)["last"]["push"]
    assert kept["last_success"]["counts"]["batches"] == batches and kept["last_success"]["ok"]
    assert kept["last_attempt"]["reason"] == "unreachable" and not kept["last_attempt"]["ok"]
