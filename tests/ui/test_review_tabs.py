"""The 法制审核 section's tabs (审核队列, 执法公示, 同案不同罚), driven through the main window."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from inspector import clock
from tests.integration.review_support import closed_case, pending_case, submitted_case
from tests.integration.test_publicity import LEAKS, hostile_case
from tests.integration.workflow_support import at
from ui import tasks
from ui.main_window import MainWindow

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def reviews_screen(qtbot, session):
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.open_section("reviews")
    return window, window.screens["reviews"]


def test_queue_is_ordered_by_the_deadline_each_row_shows(qtbot, station, login):
    # Art. 60: a case not yet submitted must be decided within 90 days of 立案, so the review must come before
    # that: the queue shows that date and orders by it, not by the day the clue came in.
    late_filed = pending_case(station, login, clue="2026-03-02", filed="2026-05-04")  # 2 Aug is a Sunday
    early_filed = pending_case(station, login, clue="2026-04-01", filed="2026-04-02")
    submitted = submitted_case(station, login)  # 1 June: 7 working days → 10 June
    at("2026-06-03")
    window, screen = reviews_screen(qtbot, login("legal_reviewer"))
    queue = screen.queue
    ours = [r for r in queue.table.records if r["case_id"] in (late_filed, early_filed, submitted)]
    assert [(r["case_id"], r["due"], r["days_left"]) for r in ours] == [
        (submitted, "2026-06-10", 7),
        (early_filed, "2026-07-01", 28),
        (late_filed, "2026-08-03", 61),
    ]
    assert [r["deadline_label"] for r in ours] == ["法制审核期限"] + ["处罚决定期限（第六十条）"] * 2
    dues = [r["due"] for r in queue.table.records]
    assert dues == sorted(dues, key=lambda d: d or "9999")
    headers = [queue.table.horizontalHeaderItem(c).text() for c in range(queue.table.columnCount())]
    row = queue.table.records.index(ours[1])
    shown = {h: queue.table.item(row, c).text() for c, h in enumerate(headers)}
    assert shown["期限"] == "2026-07-01" and shown["期限类型"] == "处罚决定期限（第六十条）"
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / "review-queue-deadlines.png"))


def test_reviewer_signs_off_a_masked_record_and_exports_the_package(qtbot, station, login, tmp_path):
    cid = hostile_case(station, login)
    window, screen = reviews_screen(qtbot, login("legal_reviewer"))
    tab = screen.publicity
    screen.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.select_case(cid)
    preview = tab.preview.toPlainText()
    assert "张三" in preview and "店外经营" in preview
    assert not any(leak in preview for leak in LEAKS)
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert tab.guard.isHidden(), tab.guard.text()
    assert (
        station.db.scalar("SELECT signed_off_by FROM publicity_records WHERE case_id = ?", (cid,))
        == "reviewer"
    )
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / "review-publicity.png"))
    tab.export(str(tmp_path / "pkg"))
    assert tab.last_export["count"] == 1
    pdf = next(f for f in tab.last_export["files"] if f.endswith(".pdf"))
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    compact = "".join(unicodedata.normalize("NFKC", text).split())
    assert "张三" in compact and not any(leak in compact for leak in LEAKS)
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-singlefile", pdf, str(SHOTS / "review-publicity-pdf")],
            check=True,
        )


def test_consistency_tab_flags_the_odd_fine(qtbot, station, login):
    ids = [
        closed_case(station, login, amount=amount, act_date=f"2026-05-{20 + i}")
        for i, amount in enumerate([15000, 15000, 15000, 30000])
    ]
    open_case = submitted_case(station, login, amount=25000, act_date="2026-05-26")
    window, screen = reviews_screen(qtbot, login("legal_reviewer"))
    tab = screen.consistency
    screen.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    assert tab.table.records[0]["median"] == "150.00" and tab.table.records[0]["flagged"] == 1
    assert [r["case_id"] for r in tab.outliers.records] == [ids[3]]
    assert tab.squads.records and tab.officers.records
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        window.grab().save(str(SHOTS / "review-consistency.png"))
    page = screen.queue.open_case(open_case)
    qtbot.addWidget(page)
    assert "250.00" in page.similar_label.text() and "中位数 150.00" in page.similar_label.text()
    assert len(page.similar.records) == 4


def test_zhejiang_publicity_art7_facts_edited_at_sign_off_are_masked_like_the_draft(
    qtbot, station, login, tmp_path
):
    # An organisation's decision: the legal representative is a natural person other than the party, and the
    # Zhejiang rule (Art. 7) masks such names; the draft does, and so must the facts the reviewer edits.
    cid = closed_case(station, login, kind="organisation")
    party_id = station.db.get("cases", cid)["party_id"]
    station.db.conn.execute("UPDATE parties SET legal_rep = '王建华' WHERE id = ?", (party_id,))
    station.db.conn.commit()
    window, screen = reviews_screen(qtbot, login("legal_reviewer"))
    tab = screen.publicity
    screen.tabs.setCurrentWidget(tab)
    tab.reload()
    tab.select_case(cid)
    tab.facts.setPlainText(
        "2026年5月28日，当事人杭州某某有限公司（法定代表人王建华）在解放路12号门前店外经营，王建华当场承认。"
    )
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert tab.guard.isHidden(), tab.guard.text()
    stored = station.db.scalar("SELECT masked_text FROM publicity_records WHERE case_id = ?", (cid,))
    assert "王建华" not in stored and "法定代表人王某某" in stored and "杭州某某有限公司" in stored

    tab.export(str(tmp_path / "pkg"))
    pdf = next(f for f in tab.last_export["files"] if f.endswith(".pdf"))
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    compact = "".join(unicodedata.normalize("NFKC", text).split())
    assert "店外经营" in compact and "王建华" not in compact


def test_review_checklist_says_what_the_reviewer_ticked_and_cites_articles_one_way(qtbot, station, login):
    cid = submitted_case(station, login)
    window, screen = reviews_screen(qtbot, login("legal_reviewer"))
    page = screen.queue.open_case(cid)
    qtbot.addWidget(page)
    table = page.checklist
    manual = [r for r in range(table.rowCount()) if table.item(r, 2).text() == "人工"]
    assert len(manual) == 5
    assert all(table.item(r, 3).text() == "✔ 符合" for r in range(table.rowCount()) if r not in manual)
    # nothing ticked yet: no manual item may read as checked
    assert [table.item(r, 3).text() for r in manual] == ["未核对"] * 5
    table.item(manual[0], 3).setCheckState(Qt.CheckState.Checked)
    assert table.item(manual[0], 3).text() == "已核对" and table.item(manual[1], 3).text() == "未核对"
    table.item(manual[0], 3).setCheckState(Qt.CheckState.Unchecked)
    assert table.item(manual[0], 3).text() == "未核对"
    page.tick_all()
    assert [table.item(r, 3).text() for r in manual] == ["已核对"] * 5
    # articles are cited in Chinese numerals on every item, B1 included
    labels = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert labels["B1"] == "执法主体具有法定职权（第十八条、第二十四条）"
    assert not [t for t in labels.values() if re.search(r"第\d+", t)]
    if os.environ.get("INSPECTOR_SCREENSHOTS"):
        page.tabs.setCurrentIndex(1)
        page.grab().save(str(SHOTS / "review-page-checklist.png"))
