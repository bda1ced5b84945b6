"""The amount rules in the GUI: a case opened from the main window's case list refuses unlawful amounts at
the notice and on the spot, naming the article, and records a lawful amount with its reasoning."""

from __future__ import annotations

import json

import pytest

from inspector import clock
from tests.integration.workflow_support import ONSPOT_DOC, at, make_case, set_hearing_thresholds
from tests.ui.test_case_detail import click_step, refusal
from ui import tasks
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    at("2026-06-01")
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def open_from_main_window(qtbot, session, case_id):
    window = MainWindow(session, idle_ms=0)
    qtbot.addWidget(window)
    window.open_section("cases")
    detail = window.screens["cases"].open_case(case_id)
    qtbot.addWidget(detail)
    return detail


def test_art4_art5_art29_art68_art70_on_the_spot_amounts_in_the_gui(qtbot, station, login, close_boxes):
    """《行政处罚法》第四条、第五条 (range), 第六十八条/第七十条 (cash), 第二十九条 (one fine for one act)."""
    leader = login("squad_leader")
    org = make_case(station, kind="organisation")
    d = open_from_main_window(qtbot, leader, org)
    click_step(qtbot, d, "on_the_spot", document=ONSPOT_DOC, amount_cents="1200", statement_heard=True)
    assert "第四条" in refusal(d) and "法定上限" in refusal(d)
    click_step(
        qtbot,
        d,
        "on_the_spot",
        document=ONSPOT_DOC,
        amount_cents="150",
        statement_heard=True,
        cash=True,
        receipt_no="Z1",
    )
    assert "第六十八条" in refusal(d)
    click_step(
        qtbot, d, "on_the_spot", document=ONSPOT_DOC, amount_cents="100", statement_heard=True, cash=True
    )
    assert "第七十条" in refusal(d) and "票据" in refusal(d)
    click_step(qtbot, d, "on_the_spot", document=ONSPOT_DOC, amount_cents="100", statement_heard=True)
    assert not d.guard.isVisible(), d.guard.text()
    assert station.db.get("cases", org)["fine_cents"] == 10000
    again = make_case(station, kind="organisation")  # same company, same act date, same matter
    d = open_from_main_window(qtbot, leader, again)
    click_step(qtbot, d, "on_the_spot", document=ONSPOT_DOC, amount_cents="100", statement_heard=True)
    assert "第二十九条" in refusal(d)


def test_notice_amount_outside_the_tier_needs_reasoning_in_the_step_dialog(
    qtbot, station, login, close_boxes
):
    """Discretion benchmark (说理) at the prior notice (《行政处罚法》第四十四条): the reasoning is stored."""
    from inspector.services import discretion as disc

    set_hearing_thresholds(station)
    leader = login("squad_leader")
    cid = make_case(station)
    d = open_from_main_window(qtbot, leader, cid)
    for step in ("verify", "file", "investigate", "end_investigation", "submit_review"):
        click_step(qtbot, d, step)
    disc.record(leader, cid, amount_cents=20000, answers={"tier": "一般"})
    click_step(qtbot, d, "notify", amount_cents="500")
    assert "说理" in refusal(d)
    click_step(qtbot, d, "notify", amount_cents="500", reason="占道面积大、影响通行")
    assert not d.guard.isVisible(), d.guard.text()
    row = station.db.query_one("SELECT data FROM case_events WHERE case_id = ? AND step = 'notify'", (cid,))
    facts = json.loads(row["data"])["reasoning"]
    assert facts["amount_cents"] == 50000 and facts["within_recommended"] is False
    assert facts["reason"] == "占道面积大、影响通行"
