"""The 同步 screen: counts, a push to a real PostgreSQL server, a failed link that keeps everything, bundles."""

from __future__ import annotations

import zipfile

from inspector import demo


def _screen(qtbot, session):
    from ui.screens.sync import Screen
    screen = Screen(session)
    qtbot.addWidget(screen)
    return screen


def test_push_from_the_screen_empties_the_queue(qtbot, station, login, pg_server):
    demo.fill(station, cases=3, photos=False)
    screen = _screen(qtbot, login("officer"))
    assert int(screen.pending.text()) > 0
    screen.dsn.setText(pg_server.dsn)
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.push_button.click()
    assert screen.pending.text() == "0"
    assert "已发送" in screen.result.text()


def test_unreachable_server_says_so_and_keeps_the_queue(qtbot, station, login):
    demo.fill(station, cases=2, photos=False)
    screen = _screen(qtbot, login("officer"))
    before = screen.pending.text()
    screen.dsn.setText("host=/nonexistent port=1 dbname=x connect_timeout=1")
    screen.push_button.click()
    qtbot.waitUntil(lambda: "无法连接" in screen.result.text(), timeout=15000)
    assert screen.pending.text() == before and screen.push_button.isEnabled()


def test_bundle_export_from_the_screen(qtbot, station, login, tmp_path):
    demo.fill(station, cases=2, photos=False)
    screen = _screen(qtbot, login("officer"))
    target = tmp_path / "out.bundle"
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.export_to(str(target))
    assert "已写入" in screen.result.text()
    assert "manifest.json" in zipfile.ZipFile(target).namelist()


def test_reviewer_cannot_sync(qtbot, login):
    screen = _screen(qtbot, login("legal_reviewer"))
    assert not screen.push_button.isEnabled() and not screen.export_button.isEnabled()
