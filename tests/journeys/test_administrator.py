"""The administrator's first steps on a station made with ``inspector init``: the 工作台 says what to do first,
and stops saying it once it is done."""

from __future__ import annotations

from inspector.services import org, users
from inspector.station import Station
from tests.conftest import run_cli
from tests.journeys.support import ADMIN_PASSWORD, PASSWORD, main_window, shot
from ui.main_window import MainWindow


def _admin_window(qtbot, station: Station) -> MainWindow:
    return main_window(qtbot, station, "root", ADMIN_PASSWORD)


def _empty_text(window: MainWindow) -> str:
    label = window.current_screen().empty
    return label.text() if label.isVisible() else ""


def test_new_station_tells_the_administrator_the_first_steps(qtbot, tmp_path):
    done = run_cli(
        "init",
        "--agency",
        "宁波市海曙区综合行政执法局",
        "--short-name",
        "甬海",
        "--squad",
        "鼓楼中队:1",
        "--admin",
        "root",
        data_dir=tmp_path / "station",
        env={"INSPECTOR_PASSWORD": ADMIN_PASSWORD},
    )
    assert done.returncode == 0, done.stderr
    station = Station.open(tmp_path / "station")
    try:
        window = _admin_window(qtbot, station)
        text = _empty_text(window)
        shot(window, "journey-admin-first-steps")
        assert "目前没有轮到您办理的事项" in text
        # 行政处罚法第四十二条: two certified officers; without them no inspection can be logged.
        assert "设置 → 执法人员" in text and "第四十二条" in text
        assert "设置 → 用户管理" in text
        window.close()

        admin = station.login("root", ADMIN_PASSWORD)
        squad = station.db.scalar("SELECT id FROM squads WHERE code = '1'")
        chen = org.create_officer(
            admin, name="陈静", cert_no="ZJ33020001", cert_expiry="2030-12-31", squad_id=squad
        )
        window = _admin_window(qtbot, station)
        text = _empty_text(window)
        assert "设置 → 执法人员" not in text  # done
        assert "设置 → 用户管理" in text  # still to do
        window.close()

        users.add_user(
            admin,
            username="chen",
            display_name="陈静",
            role="officer",
            password=PASSWORD,
            squad_id=squad,
            officer_id=chen["id"],
        )
        window = _admin_window(qtbot, station)
        assert "新站点" not in _empty_text(window)
        window.close()

        # An officer's empty list says only that nothing waits: the first steps are the administrator's.
        officer = main_window(qtbot, station, "chen")
        assert _empty_text(officer) == "目前没有轮到您办理的事项。"
        officer.close()
    finally:
        station.close()
