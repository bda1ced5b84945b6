"""中队考评 through the main window: a supervisor rates the squads, drills from a score to its cases and prints."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

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
    assert "2026.2" in screen.rubric_label.text()
    assert screen.rubric_label.text() == "考评细则：star-squad 版本 2026.2（无数据项折算）"
    assert screen.rubric_label.toolTip() == "无数据的指标：不计入，总分按有数据的指标折算"
    screen.select_squad("1")
    a2 = next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "A2")
    assert screen.metric_table.records[a2]["why"].startswith("1/2 = 50.0%")
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1400, 900)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
        window.grab().save(str(SHOTS / "rating-screen.png"))

    # Drill from the A2 score (法制审核一次通过率) to the cases behind it, and open the one that failed.
    screen.metric_table.selectRow(a2)
    qtbot.mouseClick(
        screen.evidence_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton
    )
    dialog = screen.dialogs[-1]
    assert [(r["case_id"], r["num"]) for r in dialog.rows] == [(built["c1"], 0), (built["c2"], 1)]
    assert dialog.table.item(0, 1).text().startswith("第1-1号")
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
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
    assert "star-squad 版本 2026.2" in text
    assert "考评人（签名）" in text and "225/3" in text  # A1's evidence count: 3 files, 225 points
    conn = sqlite3.connect(station.data_dir / "station.sqlite")
    rows = conn.execute("SELECT rub_version, count(*) FROM rating_snapshots GROUP BY rub_version").fetchall()
    conn.close()
    assert rows == [("2026.2", 4)]
    assert close_boxes() == []


def _unreview(station, code: str) -> None:
    """Take squad ``code``'s only reviewed file away: nothing of it was reviewed in the period."""
    sid = station.db.scalar("SELECT id FROM squads WHERE code = ?", (code,))
    with station.db.write():
        station.db.execute("DELETE FROM casefile_evaluations WHERE squad_id = ?", (sid,))
        station.db.execute(
            "DELETE FROM case_events WHERE step = 'legal_review' AND case_id IN "
            "(SELECT id FROM cases WHERE squad_id = ?)",
            (sid,),
        )


def _pdf_text(path: str, *layout: str) -> str:
    return subprocess.run(
        ["pdftotext", *layout, path, "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_squad_whose_files_were_never_reviewed_is_rated_on_the_items_that_had_data(
    qtbot, login, built, station, tmp_path
):
    # 小营中队 earned 95 with its one file reviewed; without it A1, A2 and B3 (24 points) have no data, and
    # the shipped rubric (2026.2, no_data: rescale) scales the 71 points it earned on the other 76 to 93.42
    _unreview(station, "3")
    window, screen = _rating_screen(qtbot, login(Role.SUPERVISOR))
    row = _row(screen, "小营中队")
    assert (row["total"], row["stars_text"]) == ("93.42", "★★★★★")  # not 71 and two stars
    assert row["no_data_text"] == "A1、A2、B3（24分，总分按76分折算）"
    assert _row(screen, "清波中队")["no_data_text"] == "无"
    assert screen.no_data_label.isVisible()
    note = screen.no_data_label.text()
    assert note.startswith(
        "无数据的指标（考评期内没有评查或审核记录）不计入总分，总分按有数据的指标折算为百分制"
    )
    assert note.endswith("小营中队：A1、A2、B3无数据（24分），总分按其余76分折算：71÷76×100 = 93.42")
    assert "五星级中队 1/4" in screen.shares_label.text()  # it stays the five-star squad (by zero: 0/4)
    screen.select_squad("3")
    shown = {r["code"]: r for r in screen.metric_table.records}
    for code, full in (("A1", 15), ("A2", 5), ("B3", 4)):
        assert shown[code]["points_text"] == f"无数据 / {full}"
        assert shown[code]["why"] == (
            f"无数据：考评期内没有可计算的记录，本项不计入，总分按有数据的指标折算（满分{full}分）"
        )
    assert shown["B2"]["points_text"] == "6.00 / 6"  # nothing to publish: still nothing done wrong
    # drill-down still works from an item without data: it lists nothing behind it
    dialog = screen.open_evidence(
        next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "A2")
    )
    why = next(w for w in dialog.findChildren(QLabel) if w.accessibleName() == "计分说明")
    assert (
        dialog.rows == []
        and why.text().startswith("A2 法制审核一次通过率：无数据")
        and "本项不计入" in why.text()
    )
    dialog.close()
    e1 = screen.open_evidence(next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "E1"))
    assert e1.rows  # the items with data drill down to their records as before (E1: the officers)
    e1.close()
    window.resize(1400, 900)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / "rating-no-data.png"))

    screen.print_one_button.click()
    one = screen.dialogs[-1].save_to(str(tmp_path / "one.pdf"))
    text = _pdf_text(one, "-layout")
    flat = "".join(_pdf_text(one).split())
    assert "无数据指标" in text and "无数据/15" in text and "无数据/5" in text and "无数据/4" in text
    assert "B3案卷评查合格率无数据（24分），总分按其余76分折算：71÷76×100=93.42" in flat
    assert "93.42（得分71，按76分折算）" in flat and "★★★★★" in text
    screen.print_all_button.click()
    every = screen.dialogs[-1].save_to(str(tmp_path / "all.pdf"))
    flat = "".join(_pdf_text(every).split())
    assert "有指标无数据（如案卷未经评查），不计入总分，总分按有数据的指标折算为百分制" in flat
    assert (
        "小营中队：A1案卷评查平均分、A2法制审核一次通过率、B3案卷评查合格率无数据（24分），总分按其余76分折算"
        in flat
    )
    assert "star-squad版本2026.2" in flat


def test_admin_chooses_zero_for_items_without_data_and_the_screen_says_so(
    qtbot, login, built, station, tmp_path
):
    # the rubric setting, in the editor: "不计分" gives back the rule of the earlier versions (95 − 24 = 71, 2★)
    _unreview(station, "3")
    _window, screen = _rating_screen(qtbot, login(Role.ADMIN))
    editor = screen.open_rubric()
    assert editor.no_data.currentData() == "rescale" and editor.no_data_min.value() == 50
    assert editor.no_data.currentText() == "不计入，总分按有数据的指标折算"
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        editor.grab().save(str(SHOTS / "rating-rubric-no-data.png"))
    editor.no_data.setCurrentIndex(editor.no_data.findData("zero"))
    assert not editor.no_data_min.isEnabled()  # the minimum share applies to rescaling only
    editor.note.setText("无数据的指标不计分")
    assert editor.save()
    assert screen.rubric_label.text() == "考评细则：star-squad 版本 2026.3（无数据项不计分）"
    row = _row(screen, "小营中队")
    assert (row["total"], row["stars_text"], row["no_data_text"]) == (
        "71.00",
        "★★☆☆☆",
        "A1、A2、B3（24分，不计分）",
    )
    assert screen.no_data_label.text().endswith(
        "小营中队：A1、A2、B3无数据，不计分（共24分未计入），总分为其余各项得分之和"
    )
    screen.select_squad("3")
    a1 = next(r for r in screen.metric_table.records if r["code"] == "A1")
    assert a1["why"] == "无数据：考评期内没有可计算的记录，本项不计分（满分15分）"
    stored = json.loads(station.db.scalar("SELECT payload FROM rating_rubrics WHERE rub_version = '2026.3'"))
    assert (stored["no_data"], stored["no_data_min_share"]) == ("zero", 0.5)


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
    assert editor.version.text() == "2026.3"
    editor.star_lines[5].setValue(96)
    editor.note.setText("五星分数线提高到96分")
    if os.environ.get("INSPECTOR_SCREENSHOTS"):  # the reviewed copy in docs/screenshots
        editor.grab().save(str(SHOTS / "rating-rubric-editor.png"))
    assert editor.save()
    assert "2026.3" in screen.rubric_label.text()
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
