"""非现场执法 through the main window (行政处罚法第四十一条): the administrator keeps the device register in 设置, the
officer registers a device's record as a clue, the squad leader reviews the record before filing, and the party's
事先告知书 says where to look the record up and state a defence."""

from __future__ import annotations

import os
import subprocess

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from inspector import clock
from inspector.services import discretion, monitoring
from inspector.services import workflow as wf
from tests.integration.workflow_support import resident_id
from tests.journeys.support import ADMIN_PASSWORD, BARBECUE, DOC_TEXT, PASSWORD, at, main_window, take_step

SHOTS = os.environ.get("INSPECTOR_SHOTS_DIR")  # where to save screenshots of the register and the clue form


def _save(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _admin_window(qtbot, station):
    from ui.main_window import MainWindow

    window = MainWindow(station.login("root", ADMIN_PASSWORD), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fill(panel, *, code: str, published: bool = True) -> None:
    panel.code.setText(code)
    panel.kind.setCurrentText("违法停车抓拍")
    panel.location.setText("上城区解放路与建国路交叉口东北角")
    for part, day, ref in (
        (panel.legal, QDate(2026, 3, 2), "杭上城综法审〔2026〕4号"),
        (panel.tech, QDate(2026, 3, 10), "浙计检2026-0311"),
        (panel.published, QDate(2026, 3, 20), "区政府门户网站"),
    ):
        if part is panel.published and not published:
            part.done.setChecked(False)
            continue
        part.done.setChecked(True)
        part.day.setDate(day)
        part.ref.setText(ref)


def test_art41_1_the_administrator_registers_devices_in_settings(qtbot, station):
    at("2026-06-10")
    window = _admin_window(qtbot, station)
    window.open_section("settings")
    screen = window.screens["settings"]
    panel = screen.devices_panel
    tabs = screen.tabs
    tabs.setCurrentWidget(panel)
    assert tabs.tabText(tabs.currentIndex()) == "监控设备"
    assert "第四十一条" in panel.findChild(type(panel.message), "devicesLegalNote").text()
    # a date and its reference come together; the form says what is missing
    _fill(panel, code="CAM-031")
    panel.tech.ref.clear()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "请填写技术审核报告编号" in panel.message.text()
    assert station.db.scalar("SELECT count(*) FROM monitoring_devices") == 0
    _fill(panel, code="CAM-031")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "已登记设备：CAM-031（可用于非现场执法）" in panel.message.text(), panel.message.text()
    _fill(panel, code="CAM-032", published=False)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert "尚缺：地点公布" in panel.message.text(), panel.message.text()
    _save(screen, "settings-devices")
    again = station.db.query(
        "SELECT code, published_on, published_where, active FROM monitoring_devices ORDER BY code"
    )
    assert [tuple(r.values()) for r in again] == [
        ("CAM-031", "2026-03-20", "区政府门户网站", 1),
        ("CAM-032", None, "", 1),
    ]
    # retire the second one: untick 在用 and save
    panel.select(station.db.scalar("SELECT id FROM monitoring_devices WHERE code = 'CAM-032'"))
    panel.active.setChecked(False)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert station.db.scalar("SELECT active FROM monitoring_devices WHERE code = 'CAM-032'") == 0
    assert (
        station.db.scalar("SELECT count(*) FROM audit_events WHERE entity = 'monitoring_devices'") == 3
    )  # two registrations and a retirement, each audited


def _register(station) -> None:
    admin = station.login("root", ADMIN_PASSWORD)
    common = {
        "kind": "违法停车抓拍",
        "location": "上城区解放路与建国路交叉口东北角",
        "legal_review_on": "2026-03-02",
        "legal_review_ref": "杭上城综法审〔2026〕4号",
        "tech_review_on": "2026-03-10",
        "tech_review_ref": "浙计检2026-0311",
    }
    monitoring.add_device(
        admin, code="CAM-031", published_on="2026-03-20", published_where="区政府门户网站", **common
    )
    monitoring.add_device(admin, code="CAM-040", **common)  # location never published


def _clue_dialog(qtbot, station, device: str):
    window = main_window(qtbot, station, "wang")
    board = window.screens["dashboard"]
    dialog = board.open_clue()
    dialog.source.setCurrentIndex(dialog.source.findData("non_contact"))
    assert dialog.device.isVisibleTo(dialog) and dialog.recorded_at.isVisibleTo(dialog)
    assert dialog.device.findData("CAM-031") >= 0 and dialog.device.findData("CAM-040") >= 0
    dialog.device.setCurrentIndex(dialog.device.findData(device))
    dialog.recorded_at.setDateTime(QDateTime(QDate(2026, 6, 8), QTime(7, 42)))
    dialog.reference.setText("88812")
    dialog.matter.setCurrentIndex(dialog.matter.findData(BARBECUE))
    dialog.address.setText("杭州市上城区解放路88号")
    dialog.summary.setPlainText("监控设备记录当事人在禁止露天烧烤的区域内设摊露天烧烤")
    for box, day in ((dialog.act_date, 8), (dialog.act_end_date, 8), (dialog.discovered_on, 9)):
        box.setDate(QDate(2026, 6, day))
    wang, li = station.officers
    dialog.officers[1].setCurrentIndex(dialog.officers[1].findData(li["id"]))
    dialog.party_name.setText("张三")
    dialog.id_number.setText(resident_id(__import__("datetime").date(1980, 3, 4)))
    dialog.party_address.setText("杭州市上城区清泰街1号")
    return board, dialog


def test_art41_a_device_record_is_registered_reviewed_and_told_to_the_party(qtbot, station):
    at("2026-06-10")
    _register(station)
    # Art. 41 ¶1: the record of a device whose location was never published is refused in the form
    board, dialog = _clue_dialog(qtbot, station, "CAM-040")
    dialog.submit()
    assert "第四十一条第一款" in dialog.error.text() and "未向社会公布" in dialog.error.text(), (
        dialog.error.text()
    )
    assert station.db.scalar("SELECT count(*) FROM cases") == 0
    dialog.device.setCurrentIndex(dialog.device.findData("CAM-031"))
    _save(dialog, "clue-non-contact")
    dialog.submit()
    assert dialog.error.text() == ""
    detail = board.details[-1]
    qtbot.addWidget(detail)
    case = station.db.get("cases", detail.case_id)
    assert (case["device_record_no"], case["device_recorded_at"]) == ("88812", "2026-06-07T23:42:00.000Z")
    assert "CAM-031 记录号88812（2026-06-08 07:42" in detail.facts.text(), detail.facts.text()
    assert "review_record" not in detail.step_buttons  # the officer does not sign the review off
    take_step(qtbot, detail, "verify")

    # Art. 41 ¶2: the leader's window refuses filing until the record is reviewed, then files
    leader = main_window(qtbot, station, "zhao").screens["dashboard"]
    leader.show_case(case["id"])
    review = leader.details[-1]
    qtbot.addWidget(review)
    assert "review_record" in review.step_buttons
    review.dialog = None
    qtbot.mouseClick(review.step_buttons["file"], Qt.MouseButton.LeftButton)
    if review.dialog is not None:
        for key in review.dialog.doc_widgets:
            review.dialog.set_document_value(key, DOC_TEXT.get(key, "见案卷"))
        from PySide6.QtWidgets import QDialogButtonBox

        qtbot.mouseClick(
            review.dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    assert review.guard.isVisible() and "第四十一条第二款" in review.guard.text(), review.guard.text()
    assert station.db.get("cases", case["id"])["state"] == "verifying"
    take_step(qtbot, review, "review_record", result="fit")
    assert "review_record" not in review.step_buttons
    take_step(qtbot, review, "file")
    assert station.db.get("cases", case["id"])["state"] == "filed"

    # Art. 41 ¶3: the 事先告知书 tells the party where and how to look the record up and state a defence
    officer = station.login("wang", PASSWORD)
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(officer, case["id"], step)
    discretion.record(
        officer, case["id"], amount_cents=50000, answers={"tier": "一般"}, reason="按一般阶次处罚"
    )
    from inspector.services import documents

    issued = documents.issue_document(
        officer,
        case["id"],
        "prior_notice",
        {
            **DOC_TEXT,
            "evidence_summary": "电子技术监控记录（CAM-031，记录号88812）及其审核记录",
            "violated_provision": "《中华人民共和国大气污染防治法》第八十一条第三款",
            "penalty_basis": "《中华人民共和国大气污染防治法》第一百一十八条第三款",
        },
    )
    text = subprocess.run(
        ["pdftotext", str(issued.path), "-"], capture_output=True, text=True, check=True
    ).stdout.replace("\n", "")
    assert "电子技术监控设备（编号CAM-031）于2026-06-08 07:42记录（记录号88812）" in text, text
    assert "到本机关（地址：杭州市上城区解放路100号，电话：0571-87000000）查询、查看该记录" in text, text
    clock.freeze(None)


def test_art41_2_a_record_found_unfit_ends_the_clue_from_the_case_window(qtbot, station):
    at("2026-06-10")
    _register(station)
    board, dialog = _clue_dialog(qtbot, station, "CAM-031")
    dialog.submit()
    case_id = board.details[-1].case_id
    leader = main_window(qtbot, station, "zhao").screens["dashboard"]
    leader.show_case(case_id)
    review = leader.details[-1]
    qtbot.addWidget(review)
    take_step(qtbot, review, "review_record", result="unfit", reason="号牌被遮挡，无法辨认")
    case = station.db.get("cases", case_id)
    assert case["state"] == "not_filed"
    assert "file" not in review.step_buttons
    last = station.db.query_one(
        "SELECT step, data FROM case_events WHERE case_id = ? ORDER BY rowid DESC LIMIT 1", (case_id,)
    )
    assert last["step"] == "not_file" and "号牌被遮挡" in last["data"]
