"""A decision changed by a 复议 or a court (行政处罚法第四十八条, 行政强制法第四十一条): the squad leader records
the change in the case window, and the officer's 催告书 demands the changed fine, not the one first decided."""

from __future__ import annotations

import subprocess

from inspector.services import documents, workflow
from tests.integration.workflow_support import ONSPOT_DOC, make_case
from tests.journeys.support import LITTERING, PASSWORD, at, shot, take_step
from tests.journeys.support import main_window as _window
from ui.main_window import MainWindow


def _case_window(qtbot, window: MainWindow, cid: str):
    window.open_section("cases")
    detail = window.screens["cases"].open_case(cid)
    qtbot.addWidget(detail)
    detail.resize(1200, 800)
    return detail


def test_art48_acl41_the_demand_after_a_lowered_fine_prints_the_new_amount(qtbot, station, tmp_path):
    at("2026-06-01")
    wang = station.login("wang", PASSWORD)
    cid = make_case(station, matter_code=LITTERING, matter_name="随意倾倒生活垃圾", act_date="2026-06-01")
    workflow.advance(
        wang,
        cid,
        "on_the_spot",
        document=ONSPOT_DOC,
        amount_cents=20000,
        statement_heard=True,
        correction=workflow.CORRECTION_NOW,
    )

    at("2026-06-12")  # a 复议 lowered the fine to 80 yuan before the payment period ran out
    leader = _case_window(qtbot, _window(qtbot, station, "zhao"), cid)
    take_step(
        qtbot,
        leader,
        "decision_changed",
        kind="changed",
        amount_cents="80",
        reason="复议决定变更罚款数额为80元",
    )
    shot(leader, "changed-fine-leader")

    at("2026-06-20")  # the 15 days to pay (Art. 67) are over and nothing was paid
    officer = _case_window(qtbot, _window(qtbot, station, "wang"), cid)
    meta = officer.meta.text()
    assert "罚款：80.00元" in meta, meta
    assert "原决定罚款200.00元" in meta and "2026-06-12" in meta, meta
    take_step(qtbot, officer, "start_execution")
    note = take_step(qtbot, officer, "demand")
    assert "已出具《催告书》" in note and "待出具" not in note, (
        note
    )  # the step issues it (行政强制法第三十五条)
    officer.tabs.setCurrentIndex(0)
    shot(officer, "changed-fine-demand-served")

    (demand,) = [d for d in documents.list_documents(wang, cid) if d["doc_type"] == "demand_notice"]
    path = tmp_path / "催告书.pdf"
    path.write_bytes(documents.pdf_bytes(wang, demand["id"]))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    assert "缴纳罚款人民币80元" in flat, flat
    assert "200元" not in flat, flat
    # 第七十二条: 4 days late at 3 % a day of the changed fine
    assert "加处罚款人民币9.60元" in flat, flat
