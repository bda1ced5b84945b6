"""中队考评 through the main window: a supervisor rates the squads, drills from a score to its cases and prints."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from inspector import clock
from inspector.permissions import Role
from tests.unit.inspector.services.rating_data import PERIOD, TODAY, build
from ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def built(station):
    clock.freeze(TODAY)
    cases = build(station)
    yield cases
    clock.freeze(None)


def _rating_screen(qtbot, session):
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_section("rating")
    screen = window.screens["rating"]
    screen.period.setCurrentText(PERIOD)
    screen.reload()
    return window, screen


def _row(screen, name: str) -> dict:
    return next(r for r in screen.squad_table.records if r["name"] == name)


def test_supervisor_rates_drills_down_and_prints(qtbot, login, built, station, tmp_path, close_boxes):
    window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
    assert [r["name"] for r in screen.squad_table.records] == ["湖滨中队", "清波中队", "小营中队", "紫阳中队"]
    assert (_row(screen, "湖滨中队")["total"], _row(screen, "湖滨中队")["stars_text"]) == ("53.17", "未定星")
    assert _row(screen, "清波中队")["stars_text"] == "★★★☆☆"  # 95 points, but a veto (V2)
    assert _row(screen, "小营中队")["stars_text"] == "★★★★★"
    assert "五星级中队 1/4" in screen.shares_label.text()
    assert "2026.1" in screen.rubric_label.text()
    screen.select_squad("1")
    a2 = next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "A2")
    assert screen.metric_table.records[a2]["why"].startswith("1/2 = 50.0%")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1400, 900)
    window.grab().save(str(SHOTS / "rating-screen.png"))

    # Drill from the A2 score (法制审核一次通过率) to the cases behind it, and open the one that failed.
    screen.metric_table.selectRow(a2)
    qtbot.mouseClick(
        screen.evidence_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )
    dialog = screen.dialogs[-1]
    assert [(r["case_id"], r["num"]) for r in dialog.rows] == [(built["c1"], 0), (built["c2"], 1)]
    assert dialog.table.item(0, 1).text().startswith("第1-1号")
    dialog.grab().save(str(SHOTS / "rating-drilldown.png"))
    detail = dialog.open_case(0)
    assert detail is not None and detail.case_id == built["c1"]
    assert "第1-1号" in detail.title.text()
    detail.close()
    dialog.close()

    # Print all squads: preview, then save; the PDF's own text and the database tell what was printed.
    screen.print_all_button.click()
    preview = screen.dialogs[-1]
    out = preview.save_to(str(tmp_path / "summary.pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", out, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "星级中队考评汇总表" in text and "湖滨中队星级考评表" in text
    assert "★★★★★" in text and "未定星" in text
    assert "star-squad 版本 2026.1" in text
    assert "考评人（签名）" in text and "225/3" in text  # A1's evidence count: 3 files, 225 points
    conn = sqlite3.connect(station.data_dir / "station.sqlite")
    rows = conn.execute("SELECT rub_version, count(*) FROM rating_snapshots GROUP BY rub_version").fetchall()
    conn.close()
    assert rows == [("2026.1", 4)]
    assert close_boxes() == []


def test_a_squad_whose_files_were_never_reviewed_shows_no_data_on_screen_and_in_print(
    qtbot, login, built, station, tmp_path
):
    # 小营中队's only reviewed file is taken away: nothing of it was reviewed in the period
    sid = station.db.scalar("SELECT id FROM squads WHERE code = '3'")
    with station.db.write():
        station.db.execute("DELETE FROM casefile_evaluations WHERE squad_id = ?", (sid,))
        station.db.execute(
            "DELETE FROM case_events WHERE step = 'legal_review' AND case_id IN "
            "(SELECT id FROM cases WHERE squad_id = ?)",
            (sid,),
        )
    window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
    row = _row(screen, "小营中队")
    assert (row["total"], row["stars_text"]) == ("71.00", "★★☆☆☆")  # 95 − 15 − 5 − 4, not full marks
    assert row["no_data_text"] == "A1、A2、B3（24分）"
    assert _row(screen, "清波中队")["no_data_text"] == "无"
    assert screen.no_data_label.isVisible()
    assert screen.no_data_label.text().endswith("：小营中队 A1、A2、B3（24分）")
    screen.select_squad("3")
    shown = {r["code"]: r for r in screen.metric_table.records}
    for code, full in (("A1", 15), ("A2", 5), ("B3", 4)):
        assert shown[code]["points_text"] == f"无数据 / {full}"
        assert shown[code]["why"] == f"无数据：考评期内没有可计算的记录，本项不计分（满分{full}分）"
    assert shown["B2"]["points_text"] == "6.00 / 6"  # nothing to publish: still nothing done wrong
    window.resize(1400, 900)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / "rating-no-data.png"))

    screen.print_one_button.click()
    one = screen.dialogs[-1].save_to(str(tmp_path / "one.pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", one, "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "无数据指标" in text and "共24分未计入总分" in text
    assert "无数据/15" in text and "无数据/5" in text and "无数据/4" in text
    screen.print_all_button.click()
    every = screen.dialogs[-1].save_to(str(tmp_path / "all.pdf"))
    text = subprocess.run(["pdftotext", every, "-"], capture_output=True, text=True, check=True).stdout
    assert "有指标无数据" in text and "小营中队：A1 案卷评查平均分" in text.replace("\n", "")


def test_supervisor_prints_one_squad(qtbot, login, built, tmp_path):
    _window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
    screen.select_squad("3")
    screen.print_one_button.click()
    out = screen.dialogs[-1].save_to(str(tmp_path / "one.pdf"))
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    assert "小营中队星级考评表" in text and "湖滨中队" not in text


def test_admin_edits_the_rubric_from_the_rating_screen(qtbot, login, built):
    _window, screen = _rating_screen(qtbot, login(Role.ADMIN))
    assert not screen.print_all_button.isVisible()
    editor = screen.open_rubric()
    assert editor.version.text() == "2026.2"
    editor.star_lines[5].setValue(96)
    editor.note.setText("五星分数线提高到96分")
    editor.grab().save(str(SHOTS / "rating-rubric-editor.png"))
    assert editor.save()
    assert "2026.2" in screen.rubric_label.text()
    assert _row(screen, "小营中队")["stars_text"] == "★★★★☆"  # 95 < 96


def test_rubric_editor_refuses_weights_not_adding_to_100(qtbot, login, built, close_boxes):
    _window, screen = _rating_screen(qtbot, login(Role.ADMIN))
    editor = screen.open_rubric()
    editor.weights["A"].setValue(30)
    assert not editor.save()
    boxes = close_boxes()
    assert boxes and "之和应为100" in boxes[0].text()


def test_supervisor_cannot_save_rubric(qtbot, login, built):
    _window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
    editor = screen.open_rubric()
    assert not editor.save_button.isEnabled()


def test_squad_leader_sees_own_squad_only(qtbot, login, built):
    _window, screen = _rating_screen(qtbot, login(Role.SQUAD_LEADER))
    assert [r["name"] for r in screen.squad_table.records] == ["湖滨中队"]
    assert not screen.print_all_button.isVisible()


def test_drill_down_from_a_veto_to_the_failed_file(qtbot, login, built):
    _window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
    screen.select_squad("1")
    v1 = next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "V1")
    assert screen.metric_table.records[v1]["points_text"] == "触发"
    dialog = screen.open_evidence(v1)
    assert [r["case_id"] for r in dialog.rows] == [built["c4"]]  # the 55-point 不合格 file
    assert dialog.rows[0]["note"] == "不合格"


def test_admin_records_training_and_a_gate_check(qtbot, login, built, station):
    from PySide6.QtCore import QDate

    _window, screen = _rating_screen(qtbot, login(Role.ADMIN))
    dialog = screen.open_records()
    officer = station.db.query_one(
        "SELECT o.id, o.name FROM officers o JOIN squads s ON s.id = o.squad_id "
        "WHERE s.code = '3' ORDER BY o.name"
    )
    dialog.officer.setCurrentIndex(dialog.officer.findData(officer["id"]))
    dialog.training_date.setDate(QDate(2026, 11, 2))
    dialog.hours.setValue(21)
    assert dialog.save() and officer["name"] in dialog.result.text()
    dialog.tabs.setCurrentIndex(2)
    dialog.gate_squad.setCurrentIndex(dialog.gate_squad.findText("紫阳中队"))
    dialog.gate_date.setDate(QDate(2026, 12, 1))
    for check in dialog.gate_items.values():
        check.setChecked(True)
    assert dialog.save()
    hours = station.db.scalar("SELECT hours FROM training_records WHERE officer_id = ?", (officer["id"],))
    assert hours == 21
    assert _row(screen, "紫阳中队")["stars_text"] == "★★★★★"  # the newer check passes the gate


def test_target_labels_fit_in_english_and_chinese(qtbot, qapp, login, built, tmp_path):
    """The 全市目标 chart's row labels are not cut at a fixed margin: whole at the screen's usual width in
    both languages, elided only when the chart itself is narrower than a label, and whole in the tooltip."""
    from PySide6.QtGui import QFontMetricsF

    from ui.translations import apply_language

    try:
        for language, label in (("zh_CN", "五星级中队占比"), ("en", "Share of five-star squads")):
            apply_language(qapp, language)
            window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
            window.resize(1200, 760)
            qapp.processEvents()
            chart = screen.targets_chart
            assert chart.rows[0][0] == label
            assert chart.shown_label(0) == label, (language, chart.width())
            shot = chart.grab()
            assert shot.width() == chart.width()
            shot.save(str(tmp_path / f"rating-targets-{language}.png"))
            chart.resize(
                int(QFontMetricsF(chart._small_font()).horizontalAdvance(label) * 0.6), chart.height()
            )
            assert chart.shown_label(0).endswith("…") and label in chart.toolTip()
            window.close()
    finally:
        apply_language(qapp, "zh_CN")
