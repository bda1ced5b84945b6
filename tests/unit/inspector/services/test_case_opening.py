"""Opening a case from a clue: the dates Art. 36 and Art. 54 count from are checked and recorded."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.errors import ValidationError
from inspector.services import case_opening
from tests.integration.workflow_support import at


@pytest.fixture(autouse=True)
def _clock():
    at("2026-06-10")
    yield
    clock.freeze(None)


def _clue(session, **over):
    offs = session.db.query(
        "SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '1' "
        "AND o.cert_expiry > '2027-01-01' ORDER BY o.cert_no LIMIT 2"
    )
    clue = {
        "source": "referral",
        "reference": "上城市监移〔2026〕3号",
        "matter_code": "330217001000",
        "address": "杭州市上城区解放路88号",
        "act_date": "2026-06-01",
        "act_end_date": "2026-06-05",
        "discovered_on": "2026-06-09",
        "officer_ids": [o["id"] for o in offs],
    }
    clue.update(over)
    return clue


def _fields(exc: pytest.ExceptionInfo) -> dict[str, str]:
    return {p.field: p.message for p in exc.value.problems}


def test_referral_opens_a_clue_with_its_dates_and_event(login, station):
    officer = login("officer")
    case = case_opening.open_from_clue(officer, _clue(officer))
    assert (case["state"], case["source"]) == ("clue", "referral")
    assert (case["act_date"], case["act_end_date"], case["discovered_at"]) == (
        "2026-06-01",
        "2026-06-05",
        "2026-06-09",
    )
    event = station.db.query_one("SELECT * FROM case_events WHERE case_id = ?", (case["id"],))
    assert event["step"] == "clue" and "上城市监移" in event["data"]
    item = station.db.query_one("SELECT * FROM work_items WHERE case_id = ?", (case["id"],))
    assert item["role"] == "officer" and item["task"] == "核查线索"


def test_art36_art54_dates_out_of_order_or_in_the_future_are_named(login):
    officer = login("officer")
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(
            officer, _clue(officer, act_end_date="2026-05-30", discovered_on="2026-06-11")
        )
    problems = _fields(exc)
    assert "终了日期不能早于发生日期" in problems["act_end_date"]
    assert "不能晚于今天" in problems["discovered_on"]
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(officer, _clue(officer, act_date="", discovered_on=""))
    assert "第三十六条" in _fields(exc)["act_date"] and "第五十四条" in _fields(exc)["discovered_on"]


def test_a_hotline_clue_needs_its_ticket_and_a_known_source(login):
    officer = login("officer")
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(officer, _clue(officer, source="hotline", reference=""))
    assert _fields(exc)["reference"] == "请填写工单号"
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(officer, _clue(officer, source="rumour"))
    assert "source" in _fields(exc)
