"""Cases for the review desk's tests: one submitted for 法制审核, one that needs it but is not submitted yet,
one closed after a paid fine."""

from __future__ import annotations

from inspector.services import discretion as disc
from inspector.services import workflow as wf
from tests.integration.workflow_support import at, make_case, set_hearing_thresholds


def submitted_case(station, login, *, amount: int = 50000, **case_kw) -> str:
    """A case whose fine lies above the recommended tier (a local trigger), submitted for 法制审核 on 1 June."""
    at("2026-06-01")
    set_hearing_thresholds(station)
    cid = make_case(station, **case_kw)
    o = login("officer")
    wf.advance(o, cid, "verify")
    wf.advance(login("squad_leader"), cid, "file")
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(o, cid, step)
    disc.record(
        o, cid, amount_cents=amount, answers={"tier": "一般"}, reason="多次劝导拒不改正，影响行人通行"
    )
    wf.advance(o, cid, "submit_legal_review")
    return cid


def pending_case(station, login, *, clue: str, filed: str, amount: int = 50000) -> str:
    """A case registered on ``clue`` and filed (立案) on ``filed`` whose fine lies above the recommended tier, so it
    needs 法制审核, past its internal review and not yet submitted."""
    at(clue)
    set_hearing_thresholds(station)
    cid = make_case(station, act_date=clue)
    o = login("officer")
    wf.advance(o, cid, "verify")
    at(filed)
    wf.advance(login("squad_leader"), cid, "file")
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(o, cid, step)
    disc.record(o, cid, amount_cents=amount, answers={"tier": "一般"}, reason="多次劝导拒不改正")
    return cid


def closed_case(station, login, *, amount: int = 20000, **case_kw) -> str:
    """A general-procedure penalty case decided on 10 June, served, paid and closed."""
    at("2026-06-01")
    set_hearing_thresholds(station)
    cid = make_case(station, **case_kw)
    o, lead = login("officer"), login("squad_leader")
    wf.advance(o, cid, "verify")
    wf.advance(lead, cid, "file")
    for step in ("investigate", "end_investigation", "submit_review"):
        wf.advance(o, cid, step)
    disc.record(o, cid, amount_cents=amount, answers={"tier": "一般"})
    wf.advance(o, cid, "notify")
    at("2026-06-10")
    wf.advance(lead, cid, "decide", outcome="penalty")
    wf.advance(o, cid, "serve", method="direct")
    wf.advance(o, cid, "pay", amount_cents=amount)
    wf.advance(lead, cid, "close")
    return cid
