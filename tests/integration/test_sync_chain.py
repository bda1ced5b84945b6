"""The audit chain checked centrally: events link on arrival, a diverging station raises an alert, and
`inspector central verify` reports every station's chain."""

from __future__ import annotations

import shutil

from inspector import demo, sync
from inspector.permissions import Action
from inspector.station import Station
from tests.integration.sync_support import central_db, count, register


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
