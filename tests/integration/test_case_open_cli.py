"""``inspector case open --inspection ID``: the case an inspection calls for, printed as its id (or ``--json``);
an inspection whose outcome calls for no case is refused in one line naming the article."""

from __future__ import annotations

import json

from inspector.demo import DEMO_PASSWORD
from inspector.services import inspections
from inspector.station import Station
from tests.evidence_helpers import inspection_form

ENV = {"INSPECTOR_PASSWORD": DEMO_PASSWORD, "INSPECTOR_NOW": "2026-06-01T15:00:00+08:00"}


def _inspection(data_dir, outcome: str) -> str:
    from inspector import clock
    from tests.integration.workflow_support import at

    at("2026-06-01")
    st = Station.open(data_dir)
    try:
        officer = st.login("officer", DEMO_PASSWORD)
        return inspections.save_inspection(officer, inspection_form(officer, outcome=outcome))["id"]
    finally:
        st.close()
        clock.freeze(None)


def test_open_from_inspection_prints_the_case_and_refuses_a_second_time(data_dir, cli):
    iid = _inspection(data_dir, "propose_case")
    done = cli("--user", "officer", "case", "open", "--inspection", iid, "--json", data_dir=data_dir, env=ENV)
    assert done.returncode == 0, done.stderr
    case = json.loads(done.stdout)
    assert case["state"] == "clue" and case["act_date"] == case["discovered_at"] == "2026-06-01"
    st = Station.open(data_dir)
    assert st.db.get("cases", case["id"])["inspection_id"] == iid
    st.close()
    again = cli("--user", "officer", "case", "open", "--inspection", iid, data_dir=data_dir, env=ENV)
    assert (
        again.returncode == 1
        and len(again.stderr.strip().splitlines()) == 1
        and "已经立案登记" in again.stderr
    )


def test_an_inspection_without_violation_to_punish_opens_no_case(data_dir, cli):
    """Art. 54: only an inspection that calls for a case (建议立案, 当场处罚) opens one."""
    iid = _inspection(data_dir, "education")
    done = cli("--user", "officer", "case", "open", "--inspection", iid, data_dir=data_dir, env=ENV)
    assert done.returncode == 1 and "不需要立案" in done.stderr and "第五十四条" in done.stderr
    assert "Traceback" not in done.stderr
