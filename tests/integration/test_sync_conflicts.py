"""Two stations editing one case, and pull: the conflict is recorded, shown with both versions, resolved field
by field by a squad leader, audited and synced; a reviewer desk and squad stations pull what they may read."""

from __future__ import annotations

import pytest

from inspector import demo, sync
from inspector.errors import PermissionDenied
from inspector.permissions import Action
from inspector.station import Station
from inspector.sync import conflicts, pull
from tests.integration.sync_support import central_db, count, read, register


@pytest.fixture
def desk_and_station(station, login, pg_server, tmp_path):
    demo.fill(station, cases=3, photos=False)
    hq = central_db(pg_server)
    dsn_a = register(hq, station)
    with sync.connect(dsn_a) as conn:
        sync.push(login("officer"), conn)
    desk = Station.open(tmp_path / "desk", create=True)  # a reviewer desk that has never held a case
    dsn_r = register(hq, desk, kind="reviewer")
    yield station, desk, hq, dsn_a, dsn_r
    desk.close()


def test_reviewer_desk_pulls_every_stations_cases_in_pages(desk_and_station):
    station, desk, hq, _, dsn_r = desk_and_station
    with sync.connect(dsn_r) as conn:
        report = pull.pull(desk.system_session(), conn, page=25)
    assert report.pages > 2
    assert desk.db.scalar("SELECT count(*) FROM cases") == station.db.scalar("SELECT count(*) FROM cases")
    case = station.db.query_one("SELECT * FROM cases LIMIT 1")
    assert desk.db.get("cases", case["id"])["summary"] == case["summary"]
    assert desk.audit_verify() == []  # pulled rows are audited on the desk too
    assert desk.pending_sync_count() == 0  # and not queued to be sent back
    with sync.connect(dsn_r) as conn:
        again = pull.pull(desk.system_session(), conn)
    assert again.rows == 0


def test_two_stations_editing_one_case_is_a_conflict_resolved_field_by_field(desk_and_station, login):
    station, desk, hq, dsn_a, dsn_r = desk_and_station
    with sync.connect(dsn_r) as conn:
        pull.pull(desk.system_session(), conn)
    case = station.db.query_one("SELECT * FROM cases ORDER BY id LIMIT 1")
    # The desk corrects the address; the squad station meanwhile rewrites the summary.
    with desk.system_session().writing(Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"address": "上城区解放路1号（核实后）"})
    with sync.connect(dsn_r) as conn:
        assert sync.push(desk.system_session(), conn).conflicts == []
    officer = login("officer")
    with officer.writing(Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"summary": "中队补充的案情"})
    with sync.connect(dsn_a) as conn:
        report = sync.push(officer, conn)
    assert [c["id"] for c in report.conflicts] == [case["id"]]
    central = read(hq, "SELECT data->>'address', data->>'summary' FROM records WHERE id = %s", (case["id"],))[
        0
    ]
    assert central == ("上城区解放路1号（核实后）", case["summary"])  # nothing overwritten silently

    [open_one] = conflicts.open_conflicts(station)
    assert {"address", "summary"} <= set(conflicts.differing_fields(open_one))
    with pytest.raises(PermissionDenied):
        conflicts.resolve(officer, open_one["central_id"], keep="station")
    leader = login("squad_leader")
    conflicts.resolve(leader, open_one["central_id"], keep="station", choices={"address": "central"})
    local = station.db.get("cases", case["id"])
    assert (local["address"], local["summary"]) == ("上城区解放路1号（核实后）", "中队补充的案情")
    assert station.audit_verify() == []
    assert (
        station.db.scalar(
            "SELECT count(*) FROM audit_events WHERE action = 'sync.resolve:update' AND entity_id = ?",
            (case["id"],),
        )
        == 1
    )
    with sync.connect(dsn_a) as conn:
        after = sync.push(leader, conn)
    assert after.conflicts == [] and after.resolutions == 1
    central = read(
        hq, "SELECT data->>'address', data->>'summary', version FROM records WHERE id = %s", (case["id"],)
    )[0]
    assert central == ("上城区解放路1号（核实后）", "中队补充的案情", local["version"])
    resolved = read(hq, "SELECT resolved_by, resolution->'choices'->>'address' FROM conflicts")[0]
    assert resolved == (leader.user.username, "central")
    assert count(hq, "SELECT count(*) FROM audit_events WHERE event->>'action' = 'sync.resolve:update'") == 1
    assert count(hq, "SELECT count(*) FROM audit_alerts") == 0


def test_reference_data_from_headquarters_flows_down_and_squad_data_does_not(
    desk_and_station, login, tmp_path
):
    station, _, hq, dsn_a, _ = desk_and_station
    from inspector.services import holidays

    office = Station.open(tmp_path / "hq-station", create=True)
    try:
        dsn_hq = register(hq, office, kind="hq")
        holidays.import_year(
            office.system_session(),
            {
                "year": 2031,
                "source": "国务院办公厅通知（示例）",
                "holidays": [{"name": "元旦", "from": "2031-01-01", "to": "2031-01-01"}],
                "workdays": [],
            },
        )
        with sync.connect(dsn_hq) as conn:
            sync.push(office.system_session(), conn)
    finally:
        office.close()
    assert count(hq, "SELECT count(*) FROM records WHERE scope = 'reference'") == 1
    with sync.connect(dsn_a) as conn:
        report = pull.pull(login("officer"), conn)
    assert report.rows == 1
    assert (
        station.db.scalar("SELECT source FROM calendar_years WHERE year = 2031") == "国务院办公厅通知（示例）"
    )
    assert station.audit_verify() == []


def test_a_verdict_written_at_the_reviewer_desk_reaches_the_cases_station(desk_and_station, login):
    station, desk, hq, dsn_a, dsn_r = desk_and_station
    with sync.connect(dsn_r) as conn:
        pull.pull(desk.system_session(), conn)
    case = station.db.query_one("SELECT id FROM cases ORDER BY id LIMIT 1")
    reviewer = desk.db.query_one("SELECT id FROM users WHERE role = 'legal_reviewer'")
    with desk.system_session().writing(Action.LEGAL_REVIEW) as w:
        review = w.insert(
            "reviews",
            {
                "case_id": case["id"],
                "kind": "legal_review",
                "reviewer_id": reviewer["id"],
                "verdict": "approved",
                "opinion": "事实清楚，证据确凿，同意。",
                "reviewed_at": "2026-11-20T02:00:00Z",
            },
        )
    with sync.connect(dsn_r) as conn:
        sync.push(desk.system_session(), conn)
    with sync.connect(dsn_a) as conn:
        report = pull.pull(login("officer"), conn)
    assert report.rows == 1
    got = station.db.get("reviews", review["id"])
    assert (got["case_id"], got["opinion"]) == (case["id"], "事实清楚，证据确凿，同意。")
    assert station.audit_verify() == [] and station.pending_sync_count() == 0


def test_a_push_that_commits_after_a_later_one_is_still_pulled(station, pg_server, tmp_path):
    """Change numbers are handed out before commit: station A's batch (numbered first) commits only after station
    B's. A desk pulling in between must neither step over A's rows for good nor lose B's."""
    import psycopg

    from db.central import apply as central_apply
    from inspector.sync import batches
    from tests.integration.sync_support import second_station

    demo.fill(station, cases=2, photos=False)
    other = second_station(tmp_path, cases=2)
    desk = Station.open(tmp_path / "desk", create=True)
    try:
        hq = central_db(pg_server)
        dsn_a, dsn_b, dsn_r = register(hq, station), register(hq, other), register(hq, desk, kind="reviewer")
        batches.freeze_batches(station.system_session())
        slow = psycopg.connect(dsn_a)  # a transaction left open: A's batches applied, not yet committed
        for b in batches.unsent_batches(station):
            slow.execute(central_apply._APPLY_DOC, (b["payload"],))
        with sync.connect(dsn_b) as conn:
            sync.push(other.system_session(), conn)  # B is numbered after A and commits first
        with sync.connect(dsn_r) as conn:
            pull.pull(desk.system_session(), conn)
        slow.commit()
        slow.close()
        with sync.connect(dsn_r) as conn:
            pull.pull(desk.system_session(), conn)
        expected = {r["id"] for st in (station, other) for r in st.db.query("SELECT id FROM cases")}
        assert {r["id"] for r in desk.db.query("SELECT id FROM cases")} == expected
        with sync.connect(dsn_a) as conn:  # A's own push then finds its rows there: repeats, no conflicts
            assert sync.push(station.system_session(), conn).conflicts == []
    finally:
        desk.close()
        other.close()


def test_a_conflict_names_the_station_and_user_of_the_central_version_in_the_cli_and_centrally(
    desk_and_station, login, cli, data_dir
):
    import json

    from db.central import admin
    from inspector.sync import keys

    station, desk, hq, dsn_a, dsn_r = desk_and_station
    with psycopg_owner(hq) as owner:  # headquarters names the desk when it registers it
        admin.add_station(
            owner,
            station_id=desk.station_id,
            name="大队法制审核室",
            public_key=keys.public_key_hex(desk),
            kind="reviewer",
            password=dict(p.split("=", 1) for p in dsn_r.split())["password"],
        )
    with sync.connect(dsn_r) as conn:
        pull.pull(desk.system_session(), conn)
    case = station.db.query_one("SELECT * FROM cases ORDER BY id LIMIT 1")
    with desk.system_session().writing(Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"address": "上城区解放路1号（核实后）"})
    with sync.connect(dsn_r) as conn:
        sync.push(desk.system_session(), conn)
    with login("officer").writing(Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"summary": "中队补充的案情"})
    with sync.connect(dsn_a) as conn:
        sync.push(login("officer"), conn)

    stored = read(hq, "SELECT central_station, central_updated_by FROM conflicts")
    assert stored == [(desk.station_id, "system")]
    version = station.db.get("cases", case["id"])["version"]
    listed = cli("sync", "conflicts", data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[1].startswith(
        f"  本站第 {version} 版：演示站点（本站） [{station.station_id}] · 王建国（officer） · "
    )
    assert lines[2].startswith(f"  中心第 {version} 版：大队法制审核室 [{desk.station_id}] · system · ")
    assert "address" in lines[3] and "summary" in lines[3]
    [as_json] = json.loads(cli("sync", "conflicts", "--json", data_dir=data_dir).stdout)
    assert (as_json["central"]["station_name"], as_json["central"]["username"]) == (
        "大队法制审核室",
        "system",
    )
    assert as_json["central"]["at"] and not as_json["central"]["here"] and as_json["station"]["here"]


def psycopg_owner(dsn: str):
    import psycopg

    return psycopg.connect(dsn, autocommit=True)


def test_a_central_database_set_up_by_the_previous_version_is_refused_in_words_until_init_brings_it_up(
    station, login, pg_server
):
    from db.central import admin

    demo.fill(station, cases=1, photos=False)
    hq = central_db(pg_server)
    dsn = register(hq, station)
    with psycopg_owner(hq) as owner:  # as `central init` of the previous version left it
        owner.execute("DROP VIEW station_names")
        for column in ("central_station", "central_updated_by", "central_updated_at"):
            owner.execute(f"ALTER TABLE conflicts DROP COLUMN {column}")
        owner.execute("UPDATE central_meta SET value = '3' WHERE key = 'schema_version'")
    with sync.connect(dsn) as conn, pytest.raises(sync.SyncError) as refused:
        sync.push(login("officer"), conn)
    assert refused.value.reason == "not_set_up" and station.pending_sync_count() > 0
    with psycopg_owner(hq) as owner:
        admin.init(owner)  # run again by headquarters: brought up to date, nothing lost
    with sync.connect(dsn) as conn:
        assert sync.push(login("officer"), conn).quarantined == []
    assert station.pending_sync_count() == 0
    assert read(hq, "SELECT count(*) FROM station_names")[0][0] == 1
