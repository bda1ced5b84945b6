"""A station with no link to headquarters, from ``inspector init``: headquarters registers it by command line, the
officer writes a bundle on the 同步 screen, headquarters imports it, and the receipt carried back clears exactly
what central committed; after a restart the screen still says when that was."""

from __future__ import annotations

import uuid

import psycopg

from inspector.station import Station
from tests.conftest import run_cli
from tests.integration.sync_support import count
from tests.journeys.support import at, main_window


def _owner_dsn(pg_server) -> str:
    name = "j_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg_server.dsn, autocommit=True) as owner:
        owner.execute(f'CREATE DATABASE "{name}"')
    return pg_server.dsn.replace("dbname=postgres", f"dbname={name}")


def test_a_bundle_only_station_learns_from_the_receipt_what_headquarters_committed(
    qtbot, station, pg_server, tmp_path
):
    data_dir = station.data_dir
    hq = _owner_dsn(pg_server)
    headquarters = tmp_path / "hq"

    def cli(*args: str, **kw):
        done = run_cli(*args, **kw)
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stdout

    # Headquarters sets up the central database and registers the station with the key it prints.
    cli("central", "init", "--dsn", hq, data_dir=headquarters)
    key = tmp_path / "station.pub"
    key.write_text(cli("sync", "key", data_dir=data_dir), encoding="utf-8")
    cli(
        "central", "add-station", "--dsn", hq, "--station-id", station.station_id,
        "--public-key", str(key), "--name", "湖滨中队", data_dir=headquarters,
    )  # fmt: skip

    at("2026-06-01", 17)
    window = main_window(qtbot, station, "wang")
    window.open_section("sync")
    screen = window.screens["sync"]
    bundle = tmp_path / "usb" / "hubin.bundle"
    bundle.parent.mkdir()
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.export_to(str(bundle))
    pending = station.pending_sync_count()
    assert pending > 0 and "待大队回执" in screen.batches.text()

    imported = cli("sync", "import-bundle", str(bundle), "--dsn", hq, data_dir=headquarters)
    receipt = bundle.with_suffix(".receipt")
    assert f"回执已写入 {receipt}" in imported
    rows = count(hq, "SELECT count(*) FROM records WHERE owner_station = %s", (station.station_id,))

    at("2026-06-03", 9)
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.import_receipt_from(str(receipt))
    assert "回执核对无误" in screen.result.text()
    assert station.pending_sync_count() == 0 and window.pending_label.text() == "待同步：0 条"
    window.close()

    again = Station.open(data_dir)
    try:
        window = main_window(qtbot, again, "wang")
        window.open_section("sync")
        screen = window.screens["sync"]
        batches = again.db.scalar("SELECT count(*) FROM sync_batches")
        assert screen.last_bundle.text().startswith("2026-06-01 17:00 ")
        assert (
            screen.last_receipt.text() == f"2026-06-03 09:00 确认 {batches} 个批次、{rows} 条记录已被中心收到"
        )
        assert screen.pending.text() == "0" and screen.batches.text() == "0"
        status = cli("sync", "status", data_dir=data_dir)
        assert "导入回执：上次成功 2026-06-03 09:00，回执核对无误" in status
    finally:
        again.close()
