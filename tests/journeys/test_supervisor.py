"""The supervisor's journey (中队考评) on a station made with ``inspector init``: a squad whose files the legal office
did not sample in the quarter is rated on the items that had data, and the screen and the printed summary say so."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from tests.integration.review_support import submitted_case
from tests.integration.workflow_support import at
from tests.journeys import test_legal_reviewer as reviewer_journey

# the station the legal reviewer's journey makes (inspector init, officers, accounts), its people and windows
station = reviewer_journey.station
login = reviewer_journey.login
_sync = reviewer_journey._sync
window = reviewer_journey.window
_review = reviewer_journey._review


def test_unsampled_squad_is_rated_on_what_had_data_on_screen_and_in_print(
    qtbot, station, login, tmp_path, close_boxes
):
    # 湖滨中队's two cases reach 法制审核 and the reviewer agrees with one through the review desk; nobody scores
    # a case file (案卷评查) of the squad in the quarter.
    agreed = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    returned = submitted_case(
        station, login, amount=300000, matter_code="330219004000", matter_name="在禁止的时段和区域内露天烧烤"
    )
    at("2026-06-03")
    reviewer_window = window(qtbot, login("legal_reviewer"))
    reviewer_window.open_section("reviews")
    _review(qtbot, reviewer_window, agreed, "agree")
    _review(qtbot, reviewer_window, returned, "return", "现场照片未显示烧烤摊位范围，请补充测量记录")

    # The supervisor opens 中队考评 for the quarter.
    supervisor_window = window(qtbot, login("supervisor"))
    supervisor_window.open_section("rating")
    screen = supervisor_window.screens["rating"]
    screen.period.setCurrentText("2026Q2")
    screen.reload()
    assert screen.rubric_label.text() == "考评细则：star-squad 版本 2026.2（无数据项折算）"
    row = screen.squad_table.records[0]
    assert row["name"] == "湖滨中队" and row["no_data_text"] == "A1、B3（19分，总分按81分折算）"
    # A1 (15) and B3 (4) have no data; A2 (1 of 2 passed first time) has. The total is what the squad earned,
    # added up from the dimensions the screen shows, scaled over the other 81 points.
    earned = round(sum(float(v) for k, v in row.items() if k.startswith("dim_")), 2)
    total = round(earned / 81 * 100, 2)
    assert row["total"] == f"{total:.2f}"
    note = f"湖滨中队：A1、B3无数据（19分），总分按其余81分折算：{earned:g}÷81×100 = {total:g}"
    assert screen.no_data_label.isVisible() and screen.no_data_label.text().endswith(note)
    screen.select_squad("1")
    shown = {r["code"]: r for r in screen.metric_table.records}
    assert shown["A1"]["points_text"] == "无数据 / 15" and shown["B3"]["points_text"] == "无数据 / 4"
    assert shown["A2"]["why"].startswith("1/2 = 50.0%")

    # From the A2 score down to the two cases behind it, as before.
    a2 = next(i for i, r in enumerate(screen.metric_table.records) if r["code"] == "A2")
    screen.metric_table.selectRow(a2)
    qtbot.mouseClick(screen.evidence_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialogs[-1]
    assert [(r["case_id"], r["num"]) for r in dialog.rows] == [(returned, 0), (agreed, 1)]
    dialog.close()

    # The printed summary of the squad says the same, read back from the PDF's own text.
    screen.print_one_button.click()
    out = screen.dialogs[-1].save_to(str(tmp_path / "squad.pdf"))
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert "湖滨中队星级考评表" in flat and "star-squad版本2026.2" in flat
    assert "无数据/15" in flat and "无数据/4" in flat
    assert (
        f"A1案卷评查平均分、B3案卷评查合格率无数据（19分），总分按其余81分折算：{earned:g}÷81×100={total:g}"
        in flat
    )
    assert f"{total:.2f}（得分{earned:g}，按81分折算）" in flat
    assert close_boxes() == []
