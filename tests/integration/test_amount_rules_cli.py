"""The amount rules hold on the command line too: ``inspector case advance … --set amount_cents=…``.

Each test names the article it enforces; the case is 店外经营 (statutory 100–1000 yuan, tier 一般 100–300).
"""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.services import discretion as disc
from inspector.services import workflow as wf
from inspector.station import Station
from tests.integration.workflow_support import (
    ONSPOT_DOC,
    at,
    make_case,
    set_hearing_thresholds,
    to_internal_review,
)

ENV = {"INSPECTOR_PASSWORD": "Demo2026", "INSPECTOR_NOW": "2026-06-10T10:00:00+08:00"}


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def _prepare(data_dir, *, to_notice: bool = False, **case_kw) -> str:
    """A case in 线索登记 (or, with ``to_notice``, notified on 1 June at 200 yuan), written in-process."""
    from inspector.demo import DEMO_PASSWORD

    st = Station.open(data_dir)
    try:
        at("2026-06-01")
        set_hearing_thresholds(st)
        cid = make_case(st, **case_kw)
        if to_notice:
            o, lead = st.login("officer", DEMO_PASSWORD), st.login("leader", DEMO_PASSWORD)
            to_internal_review(cid, o, lead)
            disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
            wf.advance(o, cid, "notify")
        return cid
    finally:
        clock.freeze(None)
        st.close()


def _advance(cli, data_dir, user, cid, step, *sets):
    args = [a for s in sets for a in ("--set", s)]
    if step == "on_the_spot":  # the decision is handed over complete (《行政处罚法》第五十二条)
        args += [a for k, v in ONSPOT_DOC.items() for a in ("--doc", f"{k}={v}")]
    return cli("--user", user, "case", "advance", cid, step, *args, data_dir=data_dir, env=ENV)


def _fine(data_dir, cid):
    st = Station.open(data_dir)
    try:
        return st.db.get("cases", cid)["fine_cents"], st.db.get("cases", cid)["state"]
    finally:
        st.close()


def test_art4_art5_on_the_spot_amount_above_the_statutory_maximum_refused(cli, data_dir):
    """《行政处罚法》第四条、第五条 via the CLI: an organisation fined 1200 yuan for a 1000-yuan-maximum act."""
    cid = _prepare(data_dir, kind="organisation")
    r = _advance(cli, data_dir, "officer", cid, "on_the_spot", "amount_cents=120000", "statement_heard=true")
    assert r.returncode == 1 and "法定上限" in r.stderr and "第四条" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert _fine(data_dir, cid) == (None, "clue")


def test_art30_art32_decision_below_the_minimum_refused_and_lawful_one_recorded(cli, data_dir):
    """《行政处罚法》第三十条、第三十二条: 50 yuan is below the minimum and no mitigation ground is recorded."""
    cid = _prepare(data_dir, to_notice=True)
    r = _advance(
        cli, data_dir, "leader", cid, "decide", "outcome=penalty", "amount_cents=5000", "reason=困难"
    )
    assert r.returncode == 1 and "法定下限" in r.stderr and "第三十二条" in r.stderr
    r = _advance(cli, data_dir, "leader", cid, "decide", "outcome=penalty", "amount_cents=15000")
    assert r.returncode == 0, r.stderr
    assert _fine(data_dir, cid) == (15000, "decided")
    st = Station.open(data_dir)
    try:  # an independent reader: the stored reasoning speaks of the decided 150 yuan
        events = wf._events(st.system_session(), cid)
    finally:
        st.close()
    facts = next(e for e in events if e["step"] == "decide")["data"]["reasoning"]
    assert facts["amount_cents"] == 15000 and facts["within_recommended"] is True and facts["tier"] == "一般"


def test_tier_reasoning_required_at_the_notice_on_the_cli(cli, data_dir):
    """Discretion benchmark (说理): a notified 500 yuan lies outside the 一般 tier, so reasons are needed."""
    from inspector.demo import DEMO_PASSWORD

    cid = _prepare(data_dir)
    st = Station.open(data_dir)
    try:
        at("2026-06-01")
        o, lead = st.login("officer", DEMO_PASSWORD), st.login("leader", DEMO_PASSWORD)
        to_internal_review(cid, o, lead)
        disc.record(o, cid, amount_cents=20000, answers={"tier": "一般"})
    finally:
        clock.freeze(None)
        st.close()
    r = _advance(cli, data_dir, "officer", cid, "notify", "amount_cents=50000")
    assert r.returncode == 1 and "说理" in r.stderr
    r = _advance(cli, data_dir, "officer", cid, "notify", "amount_cents=50000", "reason=占道面积大且影响通行")
    assert r.returncode == 0, r.stderr


def test_art29_second_on_the_spot_fine_for_the_same_act_refused(cli, data_dir):
    """《行政处罚法》第二十九条: the same party, the same act date, the same matter: one fine only."""
    first, second = _prepare(data_dir), _prepare(data_dir)
    r = _advance(cli, data_dir, "officer", first, "on_the_spot", "amount_cents=10000", "statement_heard=true")
    assert r.returncode == 0, r.stderr
    r = _advance(
        cli, data_dir, "officer", second, "on_the_spot", "amount_cents=10000", "statement_heard=true"
    )
    assert r.returncode == 1 and "第二十九条" in r.stderr and "两次以上罚款" in r.stderr


def test_art36_limitation_refuses_the_on_the_spot_decision(cli, data_dir):
    """《行政处罚法》第三十六条: act ended 1 May 2023 and discovered 10 June 2026."""
    cid = _prepare(data_dir, act_date="2023-05-01", discovered="2026-06-10")
    r = _advance(cli, data_dir, "officer", cid, "on_the_spot", "amount_cents=10000", "statement_heard=true")
    assert r.returncode == 1 and "追责时效" in r.stderr and "第三十六条" in r.stderr


def test_art68_art70_cash_at_the_on_the_spot_decision(cli, data_dir):
    """《行政处罚法》第六十八条、第七十条: 150 yuan may not be collected in cash; 100 yuan only with a receipt."""
    cid = _prepare(data_dir)
    r = _advance(
        cli,
        data_dir,
        "officer",
        cid,
        "on_the_spot",
        "amount_cents=15000",
        "statement_heard=true",
        "cash=true",
        "receipt_no=ZJ-1",
    )
    assert r.returncode == 1 and "第六十八条" in r.stderr
    r = _advance(
        cli,
        data_dir,
        "officer",
        cid,
        "on_the_spot",
        "amount_cents=10000",
        "statement_heard=true",
        "cash=true",
    )
    assert r.returncode == 1 and "第七十条" in r.stderr and "票据" in r.stderr


def test_art29_same_act_under_another_provision_names_the_higher_fine(cli, data_dir):
    """《行政处罚法》第二十九条: fined 100 yuan for 乱张贴 (maximum 300 yuan); the same act as 店外经营 (maximum
    1000 yuan) is refused, saying the higher-fine provision applies once; a separate act is recorded and allowed."""
    first = _prepare(data_dir, matter_code="330217003000", matter_name="乱刻画、涂写、张贴")
    second = _prepare(data_dir)
    r = _advance(cli, data_dir, "officer", first, "on_the_spot", "amount_cents=10000", "statement_heard=true")
    assert r.returncode == 0, r.stderr
    r = _advance(
        cli, data_dir, "officer", second, "on_the_spot", "amount_cents=10000", "statement_heard=true"
    )
    assert r.returncode == 1 and "第二十九条" in r.stderr
    assert "本案规定罚款上限1000元高于另案的300元" in r.stderr
    r = _advance(
        cli,
        data_dir,
        "officer",
        second,
        "on_the_spot",
        "amount_cents=10000",
        "statement_heard=true",
        "separate_act=店外经营与张贴广告系两个行为，地点不同",
    )
    assert r.returncode == 0, r.stderr
