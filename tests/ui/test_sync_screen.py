"""The 同步 screen through the main window: the connection form, a push to a real PostgreSQL server checked
through its own connection, Chinese errors, quarantined batches, and a conflict resolved side by side."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import psycopg
import pytest

from inspector import demo, sync
from inspector.permissions import Role
from tests.integration.sync_support import central_db, count, read, register

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _open(qtbot, session):
    from ui.main_window import MainWindow

    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    window.open_section("sync")
    return window, window.screens["sync"]


def _fill(screen, pg_server, dsn: str, *, user: str | None = None) -> None:
    params = dict(p.split("=", 1) for p in dsn.split())
    screen.host.setText(str(pg_server.sockdir))
    screen.port.setValue(pg_server.port)
    screen.dbname.setText(params["dbname"])
    screen.user.setText(user or params["user"])
    screen.password.setText(params.get("password", ""))
    screen.tls.setCurrentIndex(screen.tls.findData("disable"))


@pytest.fixture
def hq(pg_server):
    return central_db(pg_server)


def test_leader_pushes_from_the_main_window_and_central_holds_every_row(qtbot, station, login, pg_server, hq):
    demo.fill(station, cases=3, photos=True)
    dsn = register(hq, station)
    window, screen = _open(qtbot, login(Role.SQUAD_LEADER))
    assert int(screen.pending.text()) > 0 and "案件 3" in screen.by_kind.text()
    # a record changed several times since the last sync is one record to send, everywhere it is counted
    changes = station.db.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
    records = station.db.scalar(
        "SELECT count(*) FROM (SELECT DISTINCT entity, entity_id FROM outbox WHERE sent_at IS NULL)"
    )
    assert changes > records  # the demo's cases changed as they went through their steps
    assert int(screen.pending.text()) == records == sum(sync.pending_by_kind(station).values())
    assert window.pending_label.text() == f"待同步：{records} 条"
    _fill(screen, pg_server, dsn)
    screen.test_button.click()
    assert "连接成功" in screen.result.text()
    with qtbot.waitSignal(screen.changed, timeout=60000):
        screen.push_button.click()
    assert screen.pending.text() == "0" and "已发送" in screen.result.text()
    rows = sum(station.db.scalar(f"SELECT count(*) FROM [{t}]") for t in station.audited_tables())
    rows += station.db.scalar("SELECT count(*) FROM settings")
    assert count(hq, "SELECT count(*) FROM records") == rows
    photos = station.db.scalar("SELECT count(DISTINCT sha256) FROM evidence")
    assert count(hq, "SELECT count(*) FROM evidence_blobs WHERE complete") == photos
    assert window.pending_label.text() == "待同步：0 条"
    SHOTS.mkdir(parents=True, exist_ok=True)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
        window.grab().save(str(SHOTS / "sync-screen-after-push.png"))


def test_pending_records_are_counted_by_kinds_a_leader_can_read(qtbot, station, login):
    import re

    from ui.widgets.conflict_dialog import ENTITY_LABELS

    demo.fill(station, cases=6, photos=False)
    _, screen = _open(qtbot, login(Role.SQUAD_LEADER))
    kinds = screen.by_kind.text()
    assert "案件 6" in kinds and "文书正文" in kinds and "文号登记" in kinds
    assert not re.search(r"[A-Za-z_]", kinds), kinds  # no table names such as document_texts
    assert set(station.audited_tables()) <= set(ENTITY_LABELS)  # a table added later needs its name too


def test_form_is_kept_and_headless_machines_say_the_password_is_not_stored(
    qtbot, station, login, pg_server, hq
):
    from inspector.sync import connection

    _, screen = _open(qtbot, login(Role.OFFICER))
    _fill(screen, pg_server, register(hq, station))
    screen.save_button.click()
    again = connection.load(station)
    assert again.host == str(pg_server.sockdir) and again.sslmode == "disable"
    if not connection.keyring_available():
        assert "不会被保存" in screen.keyring_note.text()


@pytest.mark.parametrize(("user", "expected"), [("nobody_here", "拒绝了登录"), (None, "不属于本站点")])
def test_wrong_login_is_a_chinese_sentence_not_driver_text(
    qtbot, station, login, pg_server, hq, user, expected
):
    _, screen = _open(qtbot, login(Role.OFFICER))
    _fill(screen, pg_server, hq, user=user)  # the owner's login, or a login that does not exist
    screen.test_button.click()
    assert expected in screen.result.text()
    assert "FATAL" not in screen.result.text() and "psycopg" not in screen.result.text()


@pytest.mark.parametrize(
    ("change", "expected", "not_expected"),
    [
        ({"dbname": "inspectr"}, "没有名为“inspectr”的数据库", "服务器地址"),
        ({"tls": "require"}, "没有开启加密连接", "服务器地址"),  # the suite's server has no TLS
        ({"password": ""}, "请填写站点登录名的密码", "服务器地址"),
    ],
    ids=["database", "tls", "password"],
)
def test_a_mistyped_form_says_which_field_to_correct(
    qtbot, station, login, pg_server, hq, change, expected, not_expected
):
    dsn = register(hq, station)
    _, screen = _open(qtbot, login(Role.ADMIN))
    _fill(screen, pg_server, dsn)
    screen.host.setText("127.0.0.1")  # over TCP, where the server checks the password
    screen.test_button.click()
    assert "连接成功" in screen.result.text()
    if "dbname" in change:
        screen.dbname.setText(change["dbname"])
    if "tls" in change:
        screen.tls.setCurrentIndex(screen.tls.findData(change["tls"]))
    if "password" in change:
        screen.password.setText(change["password"])
    screen.test_button.click()
    text = screen.result.text()
    assert expected in text and not_expected not in text
    assert "FATAL" not in text and "SSL" not in text and "fe_sendauth" not in text


def test_unreachable_server_says_what_to_do_and_keeps_the_queue(qtbot, station, login):
    demo.fill(station, cases=2, photos=False)
    _, screen = _open(qtbot, login(Role.OFFICER))
    before = screen.pending.text()
    screen.host.setText("/nonexistent")
    screen.port.setValue(1)
    screen.user.setText("someone")
    screen.push_button.click()
    qtbot.waitUntil(lambda: "无法连接" in screen.result.text(), timeout=15000)
    assert "请检查服务器地址" in screen.result.text() and "connection" not in screen.result.text()
    assert screen.pending.text() == before and screen.push_button.isEnabled()


def test_a_link_cut_mid_push_loses_and_doubles_nothing_and_the_bar_is_not_full(
    qtbot, station, login, pg_server, hq
):
    import threading

    from tests.integration.sync_support import station_rows

    demo.fill(station, cases=3, photos=False)
    dsn = register(hq, station)
    role = next(p.split("=", 1)[1] for p in dsn.split() if p.startswith("user="))
    window, screen = _open(qtbot, login(Role.SQUAD_LEADER))
    _fill(screen, pg_server, dsn)
    pending = screen.pending.text()
    cut: list[int] = []

    def cut_the_link() -> None:
        # Headquarters holds the records table, so the station's batch waits inside its transaction;
        # then its server connection is killed, as a dropped line would.
        with psycopg.connect(hq) as owner, psycopg.connect(hq, autocommit=True) as watcher:
            owner.execute("LOCK TABLE records IN ACCESS EXCLUSIVE MODE")
            locked.set()
            for _ in range(600):
                row = watcher.execute(
                    "SELECT pid FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
                    (role,),
                ).fetchone()
                if row:
                    watcher.execute("SELECT pg_terminate_backend(%s)", (row[0],))
                    cut.append(row[0])
                    break
                threading.Event().wait(0.05)
            owner.rollback()

    locked = threading.Event()
    thread = threading.Thread(target=cut_the_link)
    thread.start()
    locked.wait(10)
    screen.push_button.click()
    thread.join(60)
    assert cut, "the push never reached the central records table"
    assert "同步中断" in screen.result.text() and "不会重复" in screen.result.text()
    assert "psycopg" not in screen.result.text() and "terminat" not in screen.result.text()
    assert screen.pending.text() == pending and window.pending_label.text() == f"待同步：{pending} 条"
    assert screen.progress.text() != "100%"
    assert count(hq, "SELECT count(*) FROM records") == 0

    with qtbot.waitSignal(screen.changed, timeout=60000):
        screen.push_button.click()
    assert screen.pending.text() == "0" and screen.progress.text() == "100%"
    assert count(hq, "SELECT count(*) FROM records") == station_rows(station)
    events = station.db.scalar("SELECT count(*) FROM audit_events")
    assert count(hq, "SELECT count(*) FROM audit_events") == events
    assert count(hq, "SELECT count(*) - count(DISTINCT batch_id) FROM batches") == 0


def test_quarantined_batch_and_conflict_are_shown_and_the_conflict_resolved(
    qtbot, station, login, pg_server, hq
):
    from inspector.permissions import Action

    demo.fill(station, cases=3, photos=False)
    dsn = register(hq, station)
    leader = login(Role.SQUAD_LEADER)
    window, screen = _open(qtbot, leader)
    _fill(screen, pg_server, dsn)
    with qtbot.waitSignal(screen.changed, timeout=60000):
        screen.push_button.click()
    bad, case = station.db.query("SELECT * FROM cases ORDER BY id LIMIT 2")
    with station.db.write():  # legacy data written around the application's checks
        station.db.execute(
            "UPDATE cases SET summary = ?, version = version + 1 WHERE id = ?", ("坏\x00", bad["id"])
        )
        station.db.execute(
            "INSERT INTO outbox (entity, entity_id, version, op, queued_at) VALUES "
            "('cases', ?, ?, 'upsert', '2026-01-01T00:00:00Z')",
            (bad["id"], bad["version"] + 1),
        )
    from inspector import sync

    sync.freeze_batches(leader)
    with psycopg.connect(hq, autocommit=True) as conn:  # headquarters corrects the case meanwhile
        conn.execute(
            "UPDATE records SET version = version + 1, data = jsonb_set(data, '{address}', "
            "'\"总部核实的地址\"') WHERE id = %s",
            (case["id"],),
        )
    with leader.writing(Action.CASE_EDIT) as w:
        w.update("cases", case["id"], {"summary": "中队补充的案情"})
    with qtbot.waitSignal(screen.changed, timeout=60000):
        screen.push_button.click()
    assert screen.quarantine_list.count() == 1 and screen.conflict_list.count() == 1
    assert "隔离" in screen.result.text() and "冲突" in screen.result.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
        window.grab().save(str(SHOTS / "sync-screen-quarantine-and-conflict.png"))

    dialog = screen.open_conflict(int(screen.conflict_list.item(0).data(256)))
    assert {"address", "summary"} <= set(dialog.fields)
    dialog.combos["address"].setCurrentIndex(dialog.combos["address"].findData("central"))
    with qtbot.waitSignal(screen.changed, timeout=10000):
        dialog.ok_button.click()
    assert screen.conflict_list.count() == 0
    with qtbot.waitSignal(screen.changed, timeout=60000):
        screen.push_button.click()
    got = read(
        hq,
        "SELECT data->>'address', data->>'summary', resolved FROM records, "
        "(SELECT count(*) FILTER (WHERE resolved_at IS NOT NULL) AS resolved FROM conflicts) c "
        "WHERE id = %s",
        (case["id"],),
    )[0]
    assert got == ("总部核实的地址", "中队补充的案情", 1)


def test_officer_cannot_resolve_conflicts(qtbot, login):
    _, screen = _open(qtbot, login(Role.OFFICER))
    assert not screen.resolve_button.isEnabled()


def test_bundle_export_from_the_screen(qtbot, station, login, tmp_path):
    demo.fill(station, cases=2, photos=False)
    _, screen = _open(qtbot, login(Role.OFFICER))
    target = tmp_path / "out.bundle"
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.export_to(str(target))
    assert "已写入" in screen.result.text()
    assert {"manifest.json", "signature.json"} <= set(zipfile.ZipFile(target).namelist())


def test_reviewer_does_not_see_the_sync_section(qtbot, login):
    from ui.main_window import MainWindow

    window = MainWindow(login(Role.LEGAL_REVIEWER), idle_ms=0)
    qtbot.addWidget(window)
    assert "sync" not in window.section_keys()


def test_supervisor_sees_the_sync_section_to_resolve_conflicts_but_cannot_push(qtbot, login):
    _, screen = _open(qtbot, login(Role.SUPERVISOR))
    assert screen.resolve_button.isEnabled()
    assert not screen.push_button.isEnabled() and not screen.export_button.isEnabled()


def test_after_a_restart_the_screen_still_says_when_the_station_last_reached_headquarters_and_what_failed_since(
    qtbot, station, data_dir, login, pg_server, hq
):
    import datetime as dt

    from inspector import clock
    from inspector.demo import DEMO_PASSWORD, DEMO_USERS
    from inspector.station import Station

    leader_name = next(u for u, _, r in DEMO_USERS if str(r) == str(Role.SQUAD_LEADER))

    def restart(previous) -> tuple:
        previous.close()
        reopened = Station.open(data_dir)
        opened.append(reopened)
        return (*_open(qtbot, reopened.login(leader_name, DEMO_PASSWORD)), reopened)

    opened: list = []
    demo.fill(station, cases=2, photos=False)
    dsn = register(hq, station)
    try:
        clock.freeze(dt.datetime(2026, 5, 11, 9, 30, tzinfo=clock.LOCAL_TZ))
        window, screen = _open(qtbot, login(Role.SQUAD_LEADER))
        _fill(screen, pg_server, dsn)
        screen.save_button.click()
        with qtbot.waitSignal(screen.changed, timeout=60000):
            screen.push_button.click()
        said = screen.result.text()
        batches = station.db.scalar("SELECT count(*) FROM sync_batches")
        assert f"已发送 {batches} 个批次" in said
        window.close()

        # The next morning the officer opens the app: yesterday's result is there, with its time.
        clock.freeze(dt.datetime(2026, 5, 12, 8, 5, tzinfo=clock.LOCAL_TZ))
        window, screen, current = restart(station)
        rows = station.db.scalar("SELECT sum(row_count) FROM sync_batches")
        assert screen.last_sent.text() == f"2026-05-11 09:30 {batches} 个批次、{rows} 条记录"
        assert screen.last_pulled.text() == "2026-05-11 09:30 0 条记录"
        assert screen.result.text() == f"上次（2026-05-11 09:30）：{said}"
        assert screen.last_failure.isHidden()

        # The link is down today: the attempt fails, and that is kept beside yesterday's success.
        screen.host.setText("/nonexistent")
        screen.port.setValue(1)
        screen.push_button.click()
        qtbot.waitUntil(lambda: "无法连接" in screen.result.text(), timeout=15000)
        window.close()
        window, screen, current = restart(current)
        assert screen.last_sent.text() == f"2026-05-11 09:30 {batches} 个批次、{rows} 条记录"
        assert not screen.last_failure.isHidden()
        assert screen.last_failure.text().startswith("2026-05-12 08:05 发送失败：无法连接中心数据库")
        assert "上次（2026-05-12 08:05）：发送失败：无法连接中心数据库" in screen.result.text()
    finally:
        clock.freeze(None)
        for st in opened:
            st.close()


def test_a_conflict_names_the_station_user_and_time_of_the_central_change_beside_the_local_one(
    qtbot, station, login, pg_server, hq, tmp_path
):
    import datetime as dt

    from inspector import clock, sync
    from inspector.demo import DEMO_PASSWORD
    from inspector.permissions import Action
    from inspector.station import Station
    from inspector.sync import pull

    demo.fill(station, cases=6, photos=False)
    dsn = register(hq, station)
    leader = login(Role.SQUAD_LEADER)
    desk = Station.open(tmp_path / "desk", create=True)  # headquarters' legal-review desk
    try:
        demo.fill(desk, cases=0, photos=False, example_thresholds=False)
        with desk.db.write():
            desk.db.meta_set("station_name", "大队法制审核室")
        desk_dsn = register(hq, desk, kind="reviewer")
        clock.freeze(dt.datetime(2026, 5, 11, 9, 0, tzinfo=clock.LOCAL_TZ))
        window, screen = _open(qtbot, leader)
        _fill(screen, pg_server, dsn)
        with qtbot.waitSignal(screen.changed, timeout=60000):
            screen.push_button.click()
        case = station.db.query_one("SELECT * FROM cases WHERE case_no IS NOT NULL ORDER BY id LIMIT 1")

        # The desk's account "leader" (another person than this station's leader) corrects the address.
        clock.freeze(dt.datetime(2026, 5, 12, 10, 15, tzinfo=clock.LOCAL_TZ))
        there = desk.login("leader", DEMO_PASSWORD)
        with sync.connect(desk_dsn) as conn:
            pull.pull(there, conn)
            with there.writing(Action.CASE_EDIT) as w:
                w.update("cases", case["id"], {"address": "上城区解放路1号（核实后）"})
            assert sync.push(there, conn).conflicts == []

        clock.freeze(dt.datetime(2026, 5, 12, 11, 0, tzinfo=clock.LOCAL_TZ))
        with leader.writing(Action.CASE_EDIT) as w:
            w.update("cases", case["id"], {"summary": "中队补充的案情"})
        with qtbot.waitSignal(screen.changed, timeout=60000):
            screen.push_button.click()
        assert screen.conflict_list.count() == 1
        version = station.db.get("cases", case["id"])["version"]
        central_version = read(hq, "SELECT version FROM records WHERE id = %s", (case["id"],))[0][0]
        assert screen.conflict_list.item(0).text().splitlines() == [
            f"案件 {case['case_no']}",
            f"本站第 {version} 版：演示站点（本站） · 李志强（leader） · 2026-05-12 11:00",
            f"中心第 {central_version} 版：大队法制审核室 · leader · 2026-05-12 10:15",
        ]

        dialog = screen.open_conflict(int(screen.conflict_list.item(0).data(256)))
        cells = [[dialog.table.item(row, col).text() for col in range(3)] for row in range(4)]
        assert cells == [
            ["版本", str(version), str(central_version)],
            ["修改站点", f"演示站点（本站）\n{station.station_id}", f"大队法制审核室\n{desk.station_id}"],
            ["修改人", "李志强（leader）", "leader"],
            ["修改时间", "2026-05-12 11:00", "2026-05-12 10:15"],
        ]
        assert dialog.table.item(4 + dialog.fields.index("address"), 2).text() == "上城区解放路1号（核实后）"
        if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
            dialog.grab().save(str(SHOTS / "sync-conflict-dialog.png"))
        dialog.reject()
    finally:
        clock.freeze(None)
        desk.close()


def test_an_officer_without_a_link_exports_a_bundle_and_the_receipt_clears_what_headquarters_committed(
    qtbot, station, login, hq, tmp_path
):
    from inspector import sync
    from inspector.sync import receipt
    from tests.integration.sync_support import second_station, station_rows

    demo.fill(station, cases=3, photos=False)
    register(hq, station)
    window, screen = _open(qtbot, login(Role.OFFICER))
    bundle = tmp_path / "usb" / "station.bundle"
    bundle.parent.mkdir()
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.export_to(str(bundle))
    batches = station.db.scalar("SELECT count(*) FROM sync_batches")
    assert screen.batches.text() == f"{batches}（其中 {batches} 个已写入同步包，待大队回执）"
    pending = station.pending_sync_count()
    assert pending > 0 and window.pending_label.text() == f"待同步：{pending} 条"

    # Headquarters imports the bundle and writes the receipt beside it; another station's receipt is there too.
    with psycopg.connect(hq, autocommit=True) as conn:
        ours = receipt.write(sync.import_bundle(conn, bundle)["receipt"], bundle.with_suffix(".receipt"))
    other = second_station(tmp_path)
    try:
        register(hq, other)
        sync.export_bundle(other.system_session(), tmp_path / "other.bundle")
        with psycopg.connect(hq, autocommit=True) as conn:
            theirs = receipt.write(
                sync.import_bundle(conn, tmp_path / "other.bundle")["receipt"],
                tmp_path / "usb" / "other.receipt",
            )
    finally:
        other.close()

    screen.import_receipt_from(str(theirs))
    assert "这份回执属于另一个站点" in screen.result.text() and "未标记任何批次" in screen.result.text()
    assert station.pending_sync_count() == pending
    with qtbot.waitSignal(screen.changed, timeout=30000):
        screen.import_receipt_from(str(ours))
    rows = station_rows(station)
    assert (
        screen.result.text()
        == f"回执核对无误：中心已收到的 {batches} 个批次（{rows} 条记录）已标记为已发送。"
    )
    assert screen.pending.text() == "0" and screen.batches.text() == "0"
    assert window.pending_label.text() == "待同步：0 条"
    assert screen.last_receipt.text().endswith(f"确认 {batches} 个批次、{rows} 条记录已被中心收到")
    held = count(hq, "SELECT count(*) FROM records WHERE owner_station = %s", (station.station_id,))
    assert held == rows  # what the receipt confirms is there
