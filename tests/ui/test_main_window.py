"""The main window shows each role its sections, the status bar says who and where, and it opens cleanly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from inspector.permissions import Role
from ui.main_window import SECTIONS, MainWindow, Section, visible_sections

EXPECTED = {
    Role.OFFICER: ["工作台", "现场检查", "案件", "同步", "设置"],
    Role.SQUAD_LEADER: ["工作台", "现场检查", "案件", "中队考评", "同步", "设置"],
    Role.LEGAL_REVIEWER: ["工作台", "现场检查", "案件", "法制审核", "中队考评", "设置"],
    Role.SUPERVISOR: ["工作台", "现场检查", "案件", "法制审核", "中队考评", "同步", "设置"],
    Role.ADMIN: ["工作台", "现场检查", "案件", "中队考评", "同步", "设置"],
}


def _window(qtbot, session) -> MainWindow:
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    return window


def _nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_officer_sections(qtbot, login):
    assert _nav_titles(_window(qtbot, login(Role.OFFICER))) == EXPECTED[Role.OFFICER]


def test_squad_leader_sections(qtbot, login):
    assert _nav_titles(_window(qtbot, login(Role.SQUAD_LEADER))) == EXPECTED[Role.SQUAD_LEADER]


def test_legal_reviewer_sections(qtbot, login):
    assert _nav_titles(_window(qtbot, login(Role.LEGAL_REVIEWER))) == EXPECTED[Role.LEGAL_REVIEWER]


def test_supervisor_sections(qtbot, login):
    assert _nav_titles(_window(qtbot, login(Role.SUPERVISOR))) == EXPECTED[Role.SUPERVISOR]


def test_admin_sections(qtbot, login):
    assert _nav_titles(_window(qtbot, login(Role.ADMIN))) == EXPECTED[Role.ADMIN]


def test_every_section_is_in_the_table_once():
    assert [s.title for s in SECTIONS] == [
        "工作台",
        "现场检查",
        "案件",
        "法制审核",
        "中队考评",
        "同步",
        "设置",
    ]
    assert len({s.key for s in SECTIONS}) == len(SECTIONS)


@pytest.mark.parametrize("role", list(Role))
def test_window_opens_every_section_without_qt_warnings(qtbot, login, role, qt_warnings):
    window = _window(qtbot, login(role))
    window.show()
    qtbot.waitExposed(window)
    for key in window.section_keys():
        page = window.open_section(key)
        assert window.stack.currentWidget() is page
        assert page.layout().count() == 1  # a screen or a placeholder, built once
    assert qt_warnings() == []


def test_status_bar_names_station_user_role_and_pending_count(qtbot, login, station):
    window = _window(qtbot, login(Role.SQUAD_LEADER))
    assert "演示站点" in window.station_label.text()
    assert "李志强" in window.user_label.text() and "中队长" in window.user_label.text()
    before = station.pending_sync_count()
    assert f"待同步：{before} 条" == window.pending_label.text()
    # A committed write anywhere in the program is announced once; the window re-reads the count (no polling).
    from inspector.services import org

    window.status_timer.stop()
    org.set_setting(login(Role.ADMIN), "ui.idle_lock_minutes", 7)
    qtbot.waitUntil(lambda: window.pending_label.text() == f"待同步：{station.pending_sync_count()} 条")
    assert window.pending_label.text() != f"待同步：{before} 条"


def test_a_refused_write_announces_nothing(qtbot, login, monkeypatch):
    from inspector.errors import Error
    from inspector.services import org
    from ui.changes import hub

    window = _window(qtbot, login(Role.OFFICER))
    with qtbot.assert_not_emitted(hub().operation_did_execute, wait=50):
        with pytest.raises(Error):
            org.set_setting(login(Role.OFFICER), "ui.idle_lock_minutes", 7)  # officers may not edit settings
    assert window.pending_label.text().startswith("待同步")


def test_missing_screen_module_shows_a_placeholder(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER))
    placeholder = window._build_screen(Section("no_such_section_module", "工作台"), window)
    assert isinstance(placeholder, QLabel)
    assert "在此版本中尚不可用" in placeholder.text()


def test_settings_screen_is_loaded_lazily_and_its_changes_refresh_the_status(qtbot, login, station):
    window = _window(qtbot, login(Role.ADMIN))
    assert "settings" not in window.screens
    window.open_section("settings")
    screen = window.screens["settings"]
    assert screen.objectName() == "settingsScreen"
    station_count = station.pending_sync_count()
    page = screen.settings_forms.page_of("ui.idle_lock_minutes")
    page.fields["ui.idle_lock_minutes"].widget.setText("7")
    page.save.click()
    assert station.pending_sync_count() == station_count + 1
    assert window.pending_label.text() == f"待同步：{station_count + 1} 条"


def test_logout_from_the_menu_asks_for_login_again(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER))
    window.show()
    with qtbot.waitSignal(window.logout_requested, timeout=1000):
        window.logout_action.trigger()
    assert not window.isVisible()


def test_section_shortcuts_switch_sections(qtbot, login):
    window = _window(qtbot, login(Role.OFFICER))
    assert [a.shortcut().toString() for a in window.section_actions] == [f"Ctrl+{i}" for i in range(1, 6)]
    window.section_actions[4].trigger()
    assert window.nav.currentRow() == 4


def test_visible_sections_follow_the_permission_matrix(login):
    session = login(Role.LEGAL_REVIEWER)
    keys = [s.key for s in visible_sections(session)]
    assert "reviews" in keys and "sync" not in keys
