"""Bundle receipts: headquarters' import writes a receipt of what central committed; the station that shipped
the bundle marks exactly those batches sent, and refuses a receipt that is not its own or not for its batches."""

from __future__ import annotations

import json

import psycopg
import pytest

from inspector import demo, sync
from inspector.permissions import Action
from inspector.sync import receipt
from tests.integration.sync_support import central_db, count, register, second_station, station_rows

USER = {"INSPECTOR_USER": "officer", "INSPECTOR_PASSWORD": demo.DEMO_PASSWORD}


@pytest.fixture
def hq(pg_server):
    return central_db(pg_server)


def _import(hq: str, path) -> dict:
    with psycopg.connect(hq, autocommit=True) as conn:
        return sync.import_bundle(conn, path)


def test_a_station_on_removable_media_learns_its_batches_arrived_from_the_receipt(
    station, hq, cli, data_dir, tmp_path
):
    demo.fill(station, cases=3, photos=True)
    register(hq, station)
    bundle = tmp_path / "usb" / "station.bundle"
    bundle.parent.mkdir()
    assert cli("sync", "bundle", "-o", str(bundle), data_dir=data_dir, env=USER).returncode == 0
    waiting = cli("sync", "status", data_dir=data_dir).stdout
    batches = station.db.scalar("SELECT count(*) FROM sync_batches")
    assert f"其中已写入同步包、等待大队回执的批次 {batches} 个" in waiting
    assert station.pending_sync_count() > 0

    imported = cli("sync", "import-bundle", str(bundle), "--dsn", hq, data_dir=tmp_path / "hq")
    assert imported.returncode == 0, imported.stderr
    written = bundle.with_suffix(".receipt")
    assert f"回执已写入 {written}（{batches} 个批次）" in imported.stdout
    assert count(hq, "SELECT count(*) FROM records") == station_rows(station)

    took = cli("sync", "import-receipt", str(written), data_dir=data_dir, env=USER)
    assert took.returncode == 0, took.stderr
    assert took.stdout.startswith(
        f"回执核对无误：中心已收到的 {batches} 个批次（{station_rows(station)} 条记录）"
    )
    assert station.pending_sync_count() == 0
    assert station.db.scalar("SELECT count(*) FROM sync_batches WHERE sent_at IS NULL") == 0
    status = cli("sync", "status", data_dir=data_dir).stdout
    assert "等待大队回执" not in status and "导入回执：上次成功 " in status

    again = cli("sync", "import-receipt", str(written), data_dir=data_dir, env=USER)  # harmless twice
    assert again.returncode == 0 and f"另有 {batches} 个此前已确认" in again.stdout


def test_a_receipt_lists_only_what_central_holds_for_the_station(station, login, hq, tmp_path):
    demo.fill(station, cases=2, photos=False)
    register(hq, station)
    officer = login("officer")
    first = tmp_path / "first.bundle"
    sync.export_bundle(officer, first)
    _import(hq, first)
    with officer.writing(
        Action.CASE_EDIT
    ) as w:  # more work, then a second bundle never taken to headquarters
        case = station.db.query_one("SELECT id FROM cases LIMIT 1")
        w.update("cases", case["id"], {"summary": "补充的案情"})
    second = tmp_path / "second.bundle"
    sync.export_bundle(officer, second)
    with psycopg.connect(hq, autocommit=True) as conn:
        manifest, _, zf, _ = sync.bundle.open_bundle(conn, second)
        zf.close()
        issued = receipt.issue(conn, manifest)
    shipped = {b["batch_id"] for b in json.loads(json.dumps(manifest))["batches"]}
    held = {r["batch_id"] for r in station.db.query("SELECT batch_id FROM sync_batches ORDER BY seq LIMIT 1")}
    assert {e["batch_id"] for e in issued["batches"]} == held < shipped
    path = receipt.write(issued, tmp_path / "partial.receipt")
    assert receipt.import_receipt(officer, path)["batches"] == 1
    assert station.pending_sync_count() == 1  # the second bundle's batch still waits


@pytest.fixture
def received(station, login, hq, tmp_path):
    """A station's bundle imported at headquarters, and the receipt written for it."""
    demo.fill(station, cases=2, photos=False)
    register(hq, station)
    path = tmp_path / "station.bundle"
    sync.export_bundle(login("officer"), path)
    return receipt.write(_import(hq, path)["receipt"], tmp_path / "station.receipt")


def _refused(session, path, reason):
    pending = session.station.pending_sync_count()
    with pytest.raises(receipt.ReceiptError) as info:
        receipt.import_receipt(session, path)
    assert info.value.reason == reason, info.value
    assert session.station.pending_sync_count() == pending  # nothing marked
    return info.value


def test_a_receipt_for_another_station_is_refused(received, login, hq, tmp_path):
    other = second_station(tmp_path)
    try:
        register(hq, other)
        path = tmp_path / "other.bundle"
        sync.export_bundle(other.system_session(), path)
        theirs = receipt.write(_import(hq, path)["receipt"], tmp_path / "other.receipt")
        error = _refused(login("officer"), theirs, "foreign_station")
        assert other.station_id in error.detail
    finally:
        other.close()


def test_a_receipt_whose_batch_content_differs_or_is_not_held_is_refused(received, login, tmp_path):
    data = json.loads(received.read_text(encoding="utf-8"))
    data["batches"][0]["sha256"] = "0" * 64
    altered = receipt.write(data, tmp_path / "altered.receipt")
    _refused(login("officer"), altered, "altered_batch")

    data = json.loads(received.read_text(encoding="utf-8"))
    data["batches"].append({**data["batches"][0], "batch_id": "a-batch-this-station-never-froze"})
    _refused(login("officer"), receipt.write(data, tmp_path / "unknown.receipt"), "unknown_batch")

    (tmp_path / "bundle-not-receipt.receipt").write_bytes(b"PK\x03\x04")
    _refused(login("officer"), tmp_path / "bundle-not-receipt.receipt", "not_a_receipt")


def test_cli_refuses_a_foreign_receipt_in_one_line(received, cli, data_dir, tmp_path):
    data = json.loads(received.read_text(encoding="utf-8"))
    data["station_id"] = "another-station"
    path = receipt.write(data, tmp_path / "foreign.receipt")
    r = cli("sync", "import-receipt", str(path), data_dir=data_dir, env=USER)
    assert r.returncode == 1 and "回执属于另一个站点" in r.stderr and "未标记任何批次" in r.stderr
    assert r.stderr.strip().count("\n") == 0


def test_a_conflict_found_at_import_reaches_the_station_through_the_receipt(station, login, hq, tmp_path):
    from inspector.station import Station
    from inspector.sync import conflicts, pull

    demo.fill(station, cases=2, photos=False)
    register(hq, station)
    officer = login("officer")
    sync.export_bundle(officer, tmp_path / "1.bundle")
    receipt.import_receipt(
        officer, receipt.write(_import(hq, tmp_path / "1.bundle")["receipt"], tmp_path / "1.r")
    )
    case = station.db.query_one("SELECT * FROM cases ORDER BY id LIMIT 1")
    desk = Station.open(tmp_path / "desk", create=True)
    try:
        with sync.connect(register(hq, desk, kind="reviewer")) as conn:
            pull.pull(desk.system_session(), conn)
            with desk.system_session().writing(Action.CASE_EDIT) as w:
                w.update("cases", case["id"], {"address": "核实后的地址"})
            sync.push(desk.system_session(), conn)
    finally:
        desk.close()
    with officer.writing(Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"summary": "中队补充的案情"})
    sync.export_bundle(officer, tmp_path / "2.bundle")
    result = _import(hq, tmp_path / "2.bundle")
    assert len(result["conflicts"]) == 1
    assert conflicts.open_conflicts(station) == []  # the station cannot know yet
    got = receipt.import_receipt(officer, receipt.write(result["receipt"], tmp_path / "2.r"))
    assert got["conflicts"] == 1
    [open_one] = conflicts.open_conflicts(station)
    _, theirs = conflicts.authors(station, open_one)
    assert (theirs.station_id, theirs.username) == (desk.station_id, "system")
    assert {"address", "summary"} <= set(conflicts.differing_fields(open_one))
