"""Opening a case from a clue: the dates Art. 36 and Art. 54 count from are checked and recorded."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.errors import ValidationError
from inspector.services import case_opening, case_view, documents
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


def test_a_complaint_records_its_complainant_and_contact_apart_or_its_anonymity(login, station):
    officer = login("officer")
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(officer, _clue(officer, source="complaint", reference=""))
    assert _fields(exc) == {
        "complainant": "请填写投诉人，或选择匿名投诉",
        "complainant_contact": "请填写投诉人联系方式，或选择匿名投诉",
    }
    with pytest.raises(ValidationError) as exc:
        case_opening.open_from_clue(
            officer, _clue(officer, source="hotline", complainant="李四", complainant_contact="12345")
        )
    assert "电话号码格式不正确" in _fields(exc)["complainant_contact"]
    with pytest.raises(ValidationError) as exc:  # anonymous and named at once: one or the other
        case_opening.open_from_clue(
            officer, _clue(officer, source="complaint", anonymous=True, complainant="李四")
        )
    assert "匿名投诉" in _fields(exc)["complainant"]
    named = case_opening.open_from_clue(
        officer,
        _clue(
            officer,
            source="complaint",
            reference="",
            complainant="李四",
            complainant_contact="0571-8765 4321",
        ),
    )
    facts = case_view.facts(officer, named["id"])
    assert (facts["complainant"], facts["complainant_contact"], facts["anonymous"]) == (
        "李四",
        "0571-87654321",
        False,
    )
    anonymous = case_opening.open_from_clue(officer, _clue(officer, source="complaint", anonymous=True))
    assert case_view.facts(officer, anonymous["id"])["anonymous"]
    # the referral's own record is all a referral asks for
    assert "complainant" not in case_opening.open_from_clue(officer, _clue(officer))


def test_a_complaint_from_before_keeps_its_one_line_readable(login, station):
    """A complaint registered when complainant and contact were one free-text line reads as it was given."""
    officer = login("officer")
    case = case_opening.open_from_clue(officer, _clue(officer, source="complaint", anonymous=True))
    old = '{"procedure": "general", "reference": "王五 13800138000", "source": "complaint", "source_label": "投诉举报"}'
    station.db.conn.execute(
        "UPDATE case_events SET data = ? WHERE case_id = ? AND step = 'clue'", (old, case["id"])
    )
    station.db.conn.commit()
    facts = case_view.facts(officer, case["id"])
    assert (facts["source_detail"], facts["source_reference"]) == ("投诉人或来电记录", "王五 13800138000")
    assert not facts["complainant"] and not facts["anonymous"]
    assert documents._case_source(station.db, station.db.get("cases", case["id"])) == (
        "投诉举报（投诉人或来电记录：王五 13800138000）"
    )
