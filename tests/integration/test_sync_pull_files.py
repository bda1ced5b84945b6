"""A reviewer desk works on case files offline: pull brings the photos of the cases it may read, not only rows.

Issue: pull gives reviewer and HQ stations "the cases and case files they are allowed to read". Checked by
reading the desk's evidence store from disk (every file hashes to its name) and, for a squad station, that it
receives no other station's photos.
"""

from __future__ import annotations

import hashlib

from inspector import demo, sync
from inspector.services import evidence
from inspector.station import Station
from inspector.sync import pull
from tests.integration.sync_support import central_db, register, second_station


def test_reviewer_desk_pulls_the_photos_of_every_case_file(station, login, pg_server, tmp_path):
    demo.fill(station, cases=2, photos=True)
    photos = {r["sha256"] for r in station.db.query("SELECT DISTINCT sha256 FROM evidence")}
    assert photos
    hq = central_db(pg_server)
    with sync.connect(register(hq, station)) as conn:
        sync.push(login("officer"), conn)
    desk = Station.open(tmp_path / "desk", create=True)
    try:
        desk_dsn = register(hq, desk, kind="reviewer")
        with sync.connect(desk_dsn) as conn:
            report = pull.pull(desk.system_session(), conn)
        assert report.files == len(photos) and report.files_missing == 0
        store = evidence.store(desk)
        for sha in photos:
            data = store.path(sha).read_bytes()  # read back from disk
            assert hashlib.sha256(data).hexdigest() == sha
        with sync.connect(desk_dsn) as conn:
            assert pull.pull(desk.system_session(), conn).files == 0  # nothing fetched twice
    finally:
        desk.close()


def test_squad_station_receives_no_other_stations_photos(station, login, pg_server, tmp_path):
    demo.fill(station, cases=2, photos=True)
    hq = central_db(pg_server)
    with sync.connect(register(hq, station)) as conn:
        sync.push(login("officer"), conn)
    other = second_station(tmp_path)
    try:
        with sync.connect(register(hq, other)) as conn:
            report = pull.pull(other.system_session(), conn)
        assert report.files == 0
        assert not evidence.store(other).hashes() - {
            r["sha256"] for r in other.db.query("SELECT DISTINCT sha256 FROM evidence")
        }
        mine = {r["sha256"] for r in station.db.query("SELECT sha256 FROM evidence")}
        assert not mine & evidence.store(other).hashes()
    finally:
        other.close()
