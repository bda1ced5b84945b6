"""Around the case: preserved items (Art. 56), soft enforcement (Art. 33 ¶3), 双随机 draws, discretion history."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.errors import GuardRefused, ValidationError
from inspector.services import discretion as disc
from inspector.services import preservation, random_draw, soft_enforcement
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, make_case, resident_id


@pytest.fixture(autouse=True)
def _clock():
    at("2026-09-25")
    yield
    clock.freeze(None)


def test_art56_preservation_needs_approval_and_has_a_seven_working_day_timer(station, login):
    officer = login("officer")
    cid = make_case(station)
    with pytest.raises(GuardRefused) as err:
        preservation.register(officer, cid, description="烧烤架1个", storage_place="中队暂扣物品仓库")
    assert err.value.article == "《中华人民共和国行政处罚法》第五十六条"
    item = preservation.register(
        officer, cid, description="烧烤架1个", storage_place="中队暂扣物品仓库", approved_by="张局长"
    )
    dl = [d for d in wf.timeline(officer, cid)["deadlines"] if d["key"] == "preservation_decision"]
    # 25 Sep 2026 (中秋) + 7 WD: 28, 29, 30 Sep, 8, 9, 10 (Sat make-up), 12 Oct.
    assert dl[0]["due"] == "2026-10-12" and dl[0]["ref"] == item["id"]
    preservation.decide(officer, item["id"], decision="returned", note="当事人已改正")
    dl = [d for d in wf.timeline(officer, cid)["deadlines"] if d["key"] == "preservation_decision"]
    assert dl[0]["status"] == "done"
    with pytest.raises(ValidationError):
        preservation.decide(officer, item["id"], decision="returned")


def test_art33_soft_enforcement_recorded_on_the_case(station, login):
    officer = login("officer")
    cid = make_case(station)
    with pytest.raises(ValidationError):
        soft_enforcement.record(officer, kind="scolding", content="x", case_id=cid)
    soft_enforcement.record(
        officer, kind="persuasion", content="讲解市容条例，当事人当场收回外摆商品", case_id=cid
    )
    assert [r["kind"] for r in soft_enforcement.for_case(officer, cid)] == ["persuasion"]
    assert wf.timeline(officer, cid)["events"][-1]["step"] == "soft_enforcement"


def test_random_draw_is_reproducible_from_the_stored_seed(station, login):
    leader = login("squad_leader")
    targets = [f"商户{i}" for i in range(30)]
    officers = [o["id"] for o in station.db.query("SELECT id FROM officers")]
    row = random_draw.draw(
        leader, title="2026年第三季度双随机抽查", targets=targets, officers=officers, target_count=5
    )
    assert random_draw.verify(leader, row["id"])
    again = random_draw.compute(row["seed"], targets, officers, target_count=5)
    assert [r["target"] for r in again] == [r["target"] for r in __import__("json").loads(row["result"])]
    assert all(len(set(r["officers"])) == 2 for r in again)
    with pytest.raises(ValidationError):
        random_draw.compute("s", targets, officers, target_count=5, officers_per_target=1)
    assert station.audit_verify() == []


def test_first_violation_window_uses_history_by_id_number(station, login):
    officer = login("officer")
    number = resident_id(__import__("datetime").date(1990, 1, 2))
    earlier = make_case(station, act_date="2026-03-01", id_number=number)
    wf.advance(login("squad_leader"), earlier, "file")
    cid = make_case(station, act_date="2026-09-20", id_number=number)
    f = disc.form(officer, cid, circumstances={"first_time_slight_corrected": True})
    assert f["prior_violations"] == 1 and f["assessment"]["outcome"] == "penalty"
    other = make_case(station, act_date="2026-09-20")
    f = disc.form(officer, other, circumstances={"first_time_slight_corrected": True})
    assert f["prior_violations"] == 0 and f["assessment"]["outcome"] == "no_penalty_possible"


def test_admin_adds_a_calendar_year_and_deadlines_stop_being_provisional(station, login):
    from inspector.errors import PermissionDenied
    from inspector.services import holidays

    at("2026-12-01")
    cid = make_case(station, act_date="2026-11-28")
    leader = login("squad_leader")
    wf.advance(leader, cid, "file")
    dl = {d["key"]: d for d in wf.timeline(leader, cid)["deadlines"]}
    assert dl["decision"]["provisional"]  # due in 2027: no calendar yet
    with pytest.raises(PermissionDenied):
        holidays.import_year(leader, {"year": 2027, "holidays": [], "workdays": []})
    holidays.import_year(
        login("admin"),
        {
            "year": 2027,
            "source": "国办发明电〔2026〕（示例）",
            "holidays": [{"name": "春节", "from": "2027-02-28", "to": "2027-03-02"}],
            "workdays": [],
        },
    )
    dl = {d["key"]: d for d in wf.timeline(leader, cid)["deadlines"]}
    # 1 Dec 2026 + 90 days = 1 Mar 2027, a holiday in the imported year → 3 Mar.
    assert not dl["decision"]["provisional"] and dl["decision"]["due"] == "2027-03-03"
    assert station.audit_verify() == []
