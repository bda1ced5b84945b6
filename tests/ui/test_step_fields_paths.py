"""One declaration of what a step takes, two ways in: the step dialog (main window → case → step) and
``inspector case advance CASE STEP --set KEY=VALUE`` reach the same rules with the same values.

The case is 店外经营 (statutory 100–1000 yuan, tier 一般 100–300), notified at 200 yuan on 1 June; the decision
is taken on 10 June, after the statement period.
"""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.demo import DEMO_PASSWORD
from inspector.law import step_fields
from inspector.services import discretion as disc
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, make_case, set_hearing_thresholds, to_internal_review
from tests.ui.test_amount_rules_gui import open_from_main_window
from tests.ui.test_case_detail import click_step, refusal
from ui import tasks

NOW = "2026-06-10T10:00:00+08:00"
ENV = {"INSPECTOR_PASSWORD": DEMO_PASSWORD, "INSPECTOR_NOW": NOW}


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


def notified(station, act_date: str = "2026-05-28") -> str:
    """A case notified on 1 June at 200 yuan (the discretion form's amount); the clock then set to 10 June."""
    at("2026-06-01")
    set_hearing_thresholds(station)
    cid = make_case(station, act_date=act_date)
    o, lead = station.login("officer", DEMO_PASSWORD), station.login("leader", DEMO_PASSWORD)
    to_internal_review(cid, o, lead)
    disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    wf.advance(o, cid, "notify")
    at("2026-06-10")
    return cid


def advance_cli(cli, data_dir, cid, step, *sets):
    args = [a for s in sets for a in ("--set", s)]
    return cli("--user", "leader", "case", "advance", cid, step, *args, data_dir=data_dir, env=ENV)


def recorded(station, cid):
    case = station.db.get("cases", cid)
    steps = [
        r["step"]
        for r in station.db.query("SELECT step FROM case_events WHERE case_id = ? ORDER BY rowid", (cid,))
    ]
    return case["state"], case["fine_cents"], steps


def test_art4_fine_above_the_legal_maximum_refused_alike_in_the_dialog_and_on_the_cli(
    qtbot, station, data_dir, login, cli, close_boxes
):
    """《行政处罚法》第四条、第五条: 1200 yuan exceeds the 1000-yuan maximum, typed in 元 on both paths; a
    lawful 150.50 yuan is then recorded the same way by both."""
    # two acts of the same party on different days (one fine per act, Art. 29)
    by_dialog, by_cli = notified(station), notified(station, act_date="2026-05-27")
    before = recorded(station, by_cli)

    d = open_from_main_window(qtbot, login("squad_leader"), by_dialog)
    click_step(qtbot, d, "decide", outcome="penalty", amount_cents="1200")
    in_dialog = refusal(d)
    r = advance_cli(cli, data_dir, by_cli, "decide", "outcome=penalty", "amount=1200")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "法定上限" in in_dialog and "法定上限" in r.stderr
    article = "《中华人民共和国行政处罚法》第四条"
    assert article in in_dialog and article in r.stderr
    # the same refusal: the message and its articles as the dialog shows them, word for word on the CLI
    message = in_dialog.removeprefix("不能执行：").split("［", 1)[0]
    assert message in r.stderr
    assert recorded(station, by_cli) == before and recorded(station, by_dialog)[0] == "notified"

    click_step(qtbot, d, "decide", outcome="penalty", amount_cents="150.50")
    assert not d.guard.isVisible(), d.guard.text()
    r = advance_cli(cli, data_dir, by_cli, "decide", "outcome=penalty", "amount=150.50")
    assert r.returncode == 0, r.stderr
    assert recorded(station, by_dialog)[:2] == recorded(station, by_cli)[:2] == ("decided", 15050)


def test_art57_an_outcome_outside_the_four_is_refused_on_the_cli_and_not_offered_by_the_dialog(
    qtbot, station, data_dir, login, cli, close_boxes
):
    """《行政处罚法》第五十七条: the four outcomes the dialog offers are the ones ``--set outcome=`` accepts."""
    cid = notified(station)
    before = recorded(station, cid)
    r = advance_cli(cli, data_dir, cid, "decide", "outcome=fine", "amount=150")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "fine" in r.stderr and "可选" in r.stderr
    assert recorded(station, cid) == before

    d = open_from_main_window(qtbot, login("squad_leader"), cid)
    d.dialog = None
    d.step_buttons["decide"].click()
    combo = d.dialog.widgets["outcome"]
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["penalty", "no_penalty_minor", "no_case", "transfer"]
    for value in offered:  # each offered value is one the CLI names in its refusal
        assert value in r.stderr
    d.dialog.reject()


def test_an_undeclared_key_is_one_line_naming_the_steps_keys_and_writes_nothing(station, data_dir, cli):
    cid = notified(station)
    before = recorded(station, cid)
    r = advance_cli(cli, data_dir, cid, "decide", "outcome=penalty", "fine=150")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    for key in ("fine", "outcome", "amount", "education", "receiver"):
        assert key in r.stderr
    assert recorded(station, cid) == before


def test_case_steps_lists_what_the_dialog_asks(cli, data_dir):
    r = cli("case", "steps", "decide", data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    for f in step_fields.STEP_FIELDS["decide"]:
        assert f.key in r.stdout and f.label in r.stdout
    assert "amount=元" in r.stdout and "transfer（移送司法机关）" in r.stdout


@pytest.mark.parametrize("step", list(step_fields.STEP_FIELDS))
def test_the_dialog_asks_exactly_the_declared_form_fields(qtbot, step):
    from ui.widgets.step_dialog import StepDialog

    dialog = StepDialog(step, step)
    qtbot.addWidget(dialog)
    assert list(dialog.widgets) == [f.key for f in step_fields.form_fields(step)]


def test_art36_serious_harm_is_declared_in_the_filing_dialog_and_on_the_cli(
    qtbot, station, data_dir, login, cli, close_boxes
):
    """《行政处罚法》第三十六条: an act that ended on 10 July 2024, discovered in December 2026, is past the two
    years; with harm to life, health or financial security the period is five years. The 立案 dialog asks for
    it (a leader can file such a case from the main window) as the command line does, and the case keeps it."""
    at("2027-01-10")
    by_dialog = make_case(station, act_date="2024-07-10", discovered="2026-12-20")
    by_cli = make_case(station, act_date="2024-07-11", discovered="2026-12-20")
    d = open_from_main_window(qtbot, login("squad_leader"), by_dialog)
    click_step(qtbot, d, "file")
    assert "第三十六条" in refusal(d)
    click_step(qtbot, d, "file", serious_harm=True)
    assert not d.guard.isVisible(), d.guard.text()
    env = {**ENV, "INSPECTOR_NOW": "2027-01-10T10:00:00+08:00"}
    refused = cli("--user", "leader", "case", "advance", by_cli, "file", data_dir=data_dir, env=env)
    assert refused.returncode == 1 and "第三十六条" in refused.stderr
    filed = cli(
        "--user",
        "leader",
        "case",
        "advance",
        by_cli,
        "file",
        "--set",
        "serious_harm=true",
        data_dir=data_dir,
        env=env,
    )
    assert filed.returncode == 0, filed.stderr
    for cid in (by_dialog, by_cli):
        case = station.db.get("cases", cid)
        assert (case["state"], case["serious_harm"]) == ("filed", 1)
