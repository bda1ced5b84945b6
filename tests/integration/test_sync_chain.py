"""The audit chain checked centrally: events link on arrival, a diverging station raises an alert, and
`inspector central verify` reports every station's chain."""

from __future__ import annotations

import shutil

from inspector import demo, sync
from inspector.permissions import Action
from inspector.station import Station
from tests.integration.sync_support import central_db, count, read, register


def test_verify_reports_intact_chains_and_a_station_restored_from_an_old_copy(
    station, login, pg_server, cli, data_dir, tmp_path
):
    demo.fill(station, cases=2, photos=False)
    hq = central_db(pg_server)
    dsn = register(hq, station)
    with sync.connect(dsn) as conn:
        sync.push(login("officer"), conn)
    ok = cli("central", "verify", "--dsn", hq, data_dir=data_dir)
    assert ok.returncode == 0, ok.stderr
    assert station.station_id in ok.stdout and "链完好" in ok.stdout

    # The station is restored from an old copy and carries on: its new events reuse numbers central holds.
    station.close()
    copy = tmp_path / "restored"
    shutil.copytree(data_dir, copy)
    original = Station.open(data_dir)
    for st, text in ((original, "原站点的修改"), (Station.open(copy), "旧副本上的修改")):
        sess = st.login("officer", demo.DEMO_PASSWORD)
        case = st.db.query_one("SELECT id FROM cases ORDER BY id LIMIT 1")
        with sess.writing(Action.CASE_EDIT) as w:
            w.update("cases", case["id"], {"summary": text})
        with sync.connect(dsn) as conn:
            sync.push(sess, conn)
        st.close()
    assert (
        count(
            hq,
            "SELECT count(*) FROM audit_alerts WHERE station_id = %s AND kind = 'diverged'",
            (original.station_id,),
        )
        >= 1
    )
    bad = cli("central", "verify", "--dsn", hq, data_dir=copy)
    assert bad.returncode == 1 and "告警" in bad.stdout and "diverged" in bad.stdout


def test_events_that_do_not_link_raise_alerts_on_arrival(station, pg_server):
    """The server checks each arriving event against the one before it, whichever client stores them: within a
    batch, against the last event central already holds, and the first event against the genesis hash."""
    from db.central import apply as central

    hq = central_db(pg_server)
    dsn = register(hq, station)
    sid = station.station_id

    def event(seq: int, prev: str) -> dict:
        return {"station_id": sid, "seq": seq, "prev_hash": prev, "hash": f"{seq:064x}"}

    genesis = "0" * 64
    first = [event(1, genesis), event(2, f"{1:064x}"), event(3, "f" * 64), event(4, f"{3:064x}")]
    second = [event(5, "e" * 64), event(6, f"{5:064x}")]
    with sync.connect(dsn) as conn:
        for n, events in enumerate((first, second)):
            central.apply_batch(
                conn, {"batch_id": f"chain-{n}", "station_id": sid, "rows": [], "events": events}
            )
        central.apply_batch(
            conn, {"batch_id": "other", "station_id": sid, "rows": [], "events": [event(9, "1" * 64)]}
        )
    alerts = read(hq, "SELECT seq, kind FROM audit_alerts WHERE station_id = %s ORDER BY seq", (sid,))
    # 3 breaks from 2 in the same batch, 5 from 4 held before; 9 has no predecessor held (a gap, not a break).
    assert alerts == [(3, "link"), (5, "link")]
    assert count(hq, "SELECT count(*) FROM audit_events WHERE station_id = %s", (sid,)) == 7

    other = central_db(pg_server)
    dsn = register(other, station)
    with sync.connect(dsn) as conn:
        central.apply_batch(
            conn, {"batch_id": "g", "station_id": sid, "rows": [], "events": [event(1, "a" * 64)]}
        )
    assert read(other, "SELECT seq, kind FROM audit_alerts") == [(1, "link")]
