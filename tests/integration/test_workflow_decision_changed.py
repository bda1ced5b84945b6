"""A decision changed, revoked or found unlawful or void after it was made (行政处罚法第四十八条; 行政强制法第四十条、
第四十一条): a changed fine is what the case executes from then on; an ended decision is not executed at all."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.errors import GuardRefused
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, fined_on_the_spot, set_hearing_thresholds


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


@pytest.fixture
def people(station, login):
    at("2026-06-01")
    set_hearing_thresholds(station)
    return {r: login(r) for r in ("officer", "squad_leader")}


def _steps(user, cid) -> set[str]:
    return {s["step"] for s in wf.allowed_steps(user, cid)}


def test_art48_acl41_art72_a_changed_fine_is_demanded_surcharged_and_paid_in_its_new_amount(station, people):
    o, leader = people["officer"], people["squad_leader"]
    cid = fined_on_the_spot(station, o)  # decided and served 1 June, due 16 June
    at("2026-06-20")
    wf.advance(o, cid, "start_execution")
    wf.advance(o, cid, "demand")  # the 催告书 demands the 100 yuan first decided
    at("2026-06-25")
    wf.advance(
        leader, cid, "decision_changed", kind="changed", amount_cents=4000, reason="复议决定变更罚款数额"
    )

    assert wf.show(o, cid)["fine_cents"] == 4000
    events = wf.timeline(o, cid)["events"]
    first = next(e for e in events if e["step"] == "on_the_spot")
    change = next(e for e in events if e["step"] == "decision_changed")
    assert first["data"]["amount_cents"] == 10000  # the decision as first made stays in the history
    assert change["data"]["previous_fine_cents"] == 10000 and change["data"]["amount_cents"] == 4000

    # 行政强制法第五十四条: the 催告书 served before the change named the old amount; the court is not asked on it
    assert "apply_court" not in _steps(leader, cid)
    at("2026-12-10")
    with pytest.raises(GuardRefused) as err:
        wf.advance(leader, cid, "apply_court")
    assert err.value.rule == "demand_before_change" and "第五十四条" in err.value.article
    assert "demand" in _steps(o, cid)  # a new 催告书 for the changed amount

    # 第七十二条: the surcharge is capped at the changed fine, not the old one
    with pytest.raises(GuardRefused) as err:
        wf.advance(leader, cid, "close")
    assert "应缴80.00元" in str(err.value)
    wf.advance(o, cid, "pay", amount_cents=8000)
    paid = wf.timeline(o, cid)["events"][-1]
    assert paid["step"] == "pay_full" and paid["data"]["owed_cents"] == 8000
    assert paid["data"]["surcharge_cents"] == 4000
    wf.advance(leader, cid, "close")


@pytest.mark.parametrize(("kind", "label"), [("revoked", "决定撤销"), ("void", "确认无效")])
def test_acl40_acl41_a_revoked_or_void_decision_is_not_executed_and_what_was_paid_is_returned(
    station, people, kind, label
):
    o, leader = people["officer"], people["squad_leader"]
    cid = fined_on_the_spot(station, o)  # decided and served 1 June, due 16 June
    at("2026-06-20")
    wf.advance(o, cid, "pay", amount_cents=3000)
    at("2026-06-25")
    wf.advance(leader, cid, "decision_changed", kind=kind, reason="复议决定撤销原处罚决定")

    change = wf.timeline(o, cid)["events"][-1]
    assert change["data"]["paid_cents"] == 3000
    for user, step, data in (
        (o, "pay", {"amount_cents": 7000}),
        (o, "demand", {}),
        (leader, "instalment", {"until": "2026-07-30", "reason": "经济困难"}),
        (leader, "apply_court", {}),
    ):
        with pytest.raises(GuardRefused) as err:
            wf.advance(user, cid, step, **data)
        assert err.value.rule == "decision_ended", step
        assert "《中华人民共和国行政强制法》第四十条第（四）项" in err.value.article
        assert label in str(err.value) and "2026-06-25" in str(err.value)
        assert "已缴30.00元应予退还" in err.value.hint
    assert not _steps(o, cid) & {"pay", "demand", "instalment", "start_execution"}
    assert "apply_court" not in _steps(leader, cid)

    deadlines = {d["key"]: d for d in wf.timeline(o, cid)["deadlines"]}
    assert deadlines["payment"]["status"] == "done"  # no payment is due on the 工作台 any more
    assert deadlines["court_application"]["status"] == "done"
    wf.advance(leader, cid, "close")  # execution ended: the case closes without the fine paid
    assert wf.show(o, cid)["state"] == "closed"


def test_alsl74_a_decision_confirmed_unlawful_but_not_revoked_is_still_executed(station, people):
    """行政诉讼法第七十四条: a court that confirms a decision unlawful without revoking it leaves it in force, so the
    fine is still owed and its execution goes on (only a revoked or void decision ends it, 行政强制法第四十条)."""
    o, leader = people["officer"], people["squad_leader"]
    cid = fined_on_the_spot(station, o)  # decided and served 1 June, due 16 June
    at("2026-06-20")
    wf.advance(o, cid, "pay", amount_cents=3000)
    at("2026-06-25")
    wf.advance(leader, cid, "decision_changed", kind="unlawful", reason="法院判决确认违法，不撤销")
    assert "pay" in _steps(o, cid)
    deadlines = {d["key"]: d for d in wf.timeline(o, cid)["deadlines"]}
    assert deadlines["payment"]["status"] != "done"
    wf.advance(o, cid, "pay", amount_cents=7000)  # recorded, not refused as after a revocation
    assert wf.timeline(o, cid)["events"][-1]["step"] in ("pay", "pay_full")
