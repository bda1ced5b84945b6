"""《行政处罚法》第六十条、第八十五条 on the command line: a decision deadline in 2027 (no holiday calendar loaded)
is listed as provisional by ``inspector case list --json`` and ``case show --json``."""

from __future__ import annotations

import json

from inspector import clock
from inspector.demo import DEMO_PASSWORD
from inspector.services import workflow as wf
from inspector.station import Station
from tests.integration.workflow_support import ONSPOT_DOC, at, make_case

ENV = {"INSPECTOR_PASSWORD": "Demo2026", "INSPECTOR_NOW": "2027-02-25T10:00:00+08:00"}


def test_art60_provisional_decision_deadline_in_case_list_and_show(cli, data_dir):
    st = Station.open(data_dir)
    try:
        at("2026-12-01")
        cid = make_case(st, act_date="2026-11-28")
        wf.advance(st.login("leader", DEMO_PASSWORD), cid, "file")
    finally:
        clock.freeze(None)
        st.close()
    r = cli("--user", "leader", "case", "list", "--json", data_dir=data_dir, env=ENV)
    assert r.returncode == 0, r.stderr
    row = next(c for c in json.loads(r.stdout)["cases"] if c["id"] == cid)
    assert row["decision_due"] == "2027-03-01" and row["decision_due_provisional"] is True
    r = cli("--user", "leader", "case", "show", cid, "--json", data_dir=data_dir, env=ENV)
    decision = next(d for d in json.loads(r.stdout)["deadlines"] if d["key"] == "decision")
    assert decision["provisional"] is True and decision["due"] == "2027-03-01"


def test_acl53_court_application_refused_early_says_the_2027_date_is_an_estimate(cli, data_dir):
    """行政强制法第五十三条 with 行政处罚法第八十五条: ``case advance … apply_court`` before the remedy periods
    (ending in 2027, no calendar loaded) have surely ended names the day, says it is an estimate and why."""
    st = Station.open(data_dir)
    try:
        at("2026-11-11")
        officer = st.login("officer", DEMO_PASSWORD)
        cid = make_case(st, act_date="2026-11-11")
        wf.advance(officer, cid, "on_the_spot", document=ONSPOT_DOC, amount_cents=10000, statement_heard=True)
        at("2026-11-30")
        wf.advance(officer, cid, "start_execution")
        wf.advance(officer, cid, "demand")
    finally:
        clock.freeze(None)
        st.close()
    env = {**ENV, "INSPECTOR_NOW": "2027-05-12T10:00:00+08:00"}
    r = cli("--user", "leader", "case", "advance", cid, "apply_court", data_dir=data_dir, env=env)
    assert r.returncode == 1, r.stdout
    assert "2027-05-21起才可申请法院强制执行" in r.stderr and "第五十三条" in r.stderr, r.stderr
    assert "因缺少2027年节假日安排，日期为估算；导入日历后可精确" in r.stderr, r.stderr
