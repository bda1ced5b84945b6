"""Opening a station: one connection per thread, clear errors for unusable data directories."""

from __future__ import annotations

import threading

import pytest

from inspector.errors import StationError
from inspector.services import org
from inspector.station import Station


def test_each_thread_gets_its_own_connection_and_sees_committed_writes(station, login):
    admin = login("admin")
    agency_id = station.db.scalar("SELECT id FROM agencies")
    seen = {}

    def worker():
        seen["db"] = station.db
        org.create_squad(admin, agency_id=agency_id, name="线程中队", code="7")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen["db"] is not station.db
    assert station.db.scalar("SELECT name FROM squads WHERE code = '7'") == "线程中队"
    assert station.audit_verify() == []


def test_missing_station_is_a_clear_error(tmp_path):
    with pytest.raises(StationError) as info:
        Station.open(tmp_path / "none")
    assert info.value.data["code"] == "no_station"


def test_corrupt_database_is_a_clear_error(tmp_path):
    (tmp_path / "station.sqlite").write_bytes(b"\0garbage" * 512)
    with pytest.raises(StationError) as info:
        Station.open(tmp_path)
    assert info.value.data["code"] == "corrupt"


def test_station_id_is_stable_across_opens(data_dir):
    first = Station.open(data_dir)
    sid = first.station_id
    first.close()
    again = Station.open(data_dir)
    assert again.station_id == sid and len(sid) == 36
    again.close()
