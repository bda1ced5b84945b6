"""Creating a station in one transaction: everything or nothing; portable mode marks the program folder."""

from __future__ import annotations

import pytest

from inspector.errors import ValidationError
from inspector.services.setup import create_station, make_portable
from inspector.station import PORTABLE_MARKER, Station

SPEC = {
    "agency": {"name": "某区综合行政执法局", "short_name": "某", "division_code": "330106"},
    "squads": [("一中队", "1")],
    "admin_username": "root",
    "admin_name": "管理员",
    "admin_password": "Station2026",
}


def test_a_problem_creates_nothing(tmp_path):
    station = Station.open(tmp_path, create=True)
    try:
        with pytest.raises(ValidationError) as info:
            create_station(station, **{**SPEC, "admin_password": "short"})
        assert info.value.problems[0].field == "password"
        assert station.db.scalar("SELECT count(*) FROM agencies") == 0
        assert not station.initialised
        with pytest.raises(ValidationError):
            create_station(station, **{**SPEC, "squads": [("一中队", "1"), ("二中队", "1")]})
        with pytest.raises(ValidationError):  # 行政处罚法第63条 thresholds must be positive amounts
            create_station(station, **SPEC, hearing_thresholds={"*": {"person": -1}})
        assert station.db.scalar("SELECT count(*) FROM squads") == 0
        created = create_station(station, **SPEC, hearing_thresholds={"*": {"person": 300000}})
        assert created["admin"]["username"] == "root" and station.initialised
        assert station.setting("hearing.thresholds") == {"*": {"person": 300000}}
        assert not station.audit_verify()
        with pytest.raises(ValidationError):
            create_station(station, **SPEC)
    finally:
        station.close()


def test_portable_mode_marks_the_program_folder(tmp_path, monkeypatch):
    from inspector.station import paths as station_paths

    monkeypatch.delenv("INSPECTOR_DATA", raising=False)
    monkeypatch.setattr(station_paths, "program_dir", lambda: tmp_path)
    assert station_paths.default_data_dir() != tmp_path / "data"
    assert make_portable(tmp_path) == tmp_path / "data"
    assert (tmp_path / PORTABLE_MARKER).is_file()
    assert station_paths.default_data_dir() == tmp_path / "data"


def test_two_squads_of_one_name_are_refused(tmp_path):
    """Squads are picked by name in every list: the wizard and ``init`` refuse a name given twice."""
    station = Station.open(tmp_path, create=True)
    try:
        with pytest.raises(ValidationError) as info:
            create_station(station, **{**SPEC, "squads": [("湖滨中队", "1"), (" 湖滨中队", "2")]})
        assert [p.code for p in info.value.problems] == ["duplicate_name"]
        assert "湖滨中队" in info.value.problems[0].message
        assert station.db.scalar("SELECT count(*) FROM squads") == 0 and not station.initialised
    finally:
        station.close()
