"""Inspection use case: validation, the two-officer rule (Art. 42), party lookup, matters, drafts."""

from __future__ import annotations

import datetime as dt

import pytest

from inspector.errors import GuardRefused, ValidationError
from inspector.services import inspections, parties
from tests.evidence_helpers import CST, expired_officer, inspection_form, squad1_officers


@pytest.fixture
def officer(login):
    return login("officer")


def _codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.problems}


def test_save_and_read_back_with_officers_party_and_matters(officer, station):
    row = inspections.save_inspection(
        officer, inspection_form(officer, matter_codes=["330217001100", "330219003000"])
    )
    assert [o["name"] for o in row["officers"]] == [o["name"] for o in squad1_officers(officer)[:2]]
    assert row["party"]["name"] == "张三" and row["party"]["birth_date"] == "1949-12-31"
    assert [m["matter_name"] for m in row["matters"]] == [
        "占道经营",
        "餐饮服务业油烟超标排放或未安装、未正常使用净化设施",
    ]  # the benchmark name
    assert row["joint"] is True  # 综合查一次: several matters / departments
    assert station.audit_verify() == []


def test_end_must_be_after_start(officer):
    start = dt.datetime(2026, 5, 1, 10, 0, tzinfo=CST)
    with pytest.raises(ValidationError) as exc:
        inspections.save_inspection(
            officer, inspection_form(officer, started_at=start.isoformat(), ended_at=start.isoformat())
        )
    assert ("ended_at", "order") in _codes(exc.value)


def test_an_inspection_dated_after_today_is_refused_art_47(officer, station):
    """Art. 47: the record states when the officers were on site; a start or end after today is a typing error
    (a wrong month or year), refused with the field named, and nothing is saved."""
    from inspector import clock

    with clock.frozen(dt.datetime(2026, 6, 1, 8, 0, tzinfo=CST)):
        later_today = dt.datetime(2026, 6, 1, 9, 30, tzinfo=CST)  # entered early: still today, accepted
        inspections.save_inspection(
            officer,
            inspection_form(
                officer,
                started_at=later_today.isoformat(),
                ended_at=(later_today + dt.timedelta(minutes=40)).isoformat(),
            ),
        )
        start = dt.datetime(2026, 7, 1, 9, 30, tzinfo=CST)
        with pytest.raises(ValidationError) as exc:
            inspections.save_inspection(
                officer,
                inspection_form(
                    officer,
                    started_at=start.isoformat(),
                    ended_at=(start + dt.timedelta(minutes=40)).isoformat(),
                ),
            )
    assert {("started_at", "future"), ("ended_at", "future")} <= _codes(exc.value)
    assert "检查开始时间不能晚于今天（2026-06-01）" in [p.message for p in exc.value.problems]
    assert station.db.scalar("SELECT count(*) FROM inspections") == 1


def test_one_officer_is_refused_art_42(officer):
    """行政处罚法 Art. 42: at least two officers with enforcement certificates."""
    form = inspection_form(officer)
    form["officer_ids"] = form["officer_ids"][:1]
    with pytest.raises(GuardRefused) as exc:
        inspections.save_inspection(officer, form)
    assert exc.value.article == "《行政处罚法》第四十二条" and exc.value.rule == "two_officers"


def test_expired_certificate_is_refused_naming_the_officer_art_42(officer, station):
    """行政处罚法 Art. 42: an expired enforcement certificate does not count; the message names the officer."""
    bad = expired_officer(officer)
    form = inspection_form(officer)
    form["officer_ids"] = [form["officer_ids"][0], bad["id"]]
    with pytest.raises(GuardRefused) as exc:
        inspections.save_inspection(officer, form)
    assert bad["name"] in str(exc.value) and exc.value.article == "《行政处罚法》第四十二条"
    assert station.db.scalar("SELECT count(*) FROM inspections") == 0


def test_bad_party_id_number_and_unknown_community_are_named(officer):
    form = inspection_form(officer, community="不存在社区")
    form["party"] = dict(form["party"], id_number="110105194912310021")
    with pytest.raises(ValidationError) as exc:
        inspections.save_inspection(officer, form)
    fields = {f for f, _ in _codes(exc.value)}
    assert "community" in fields
    with pytest.raises(ValidationError) as exc:
        inspections.save_inspection(officer, inspection_form(officer, party=form["party"]))
    assert any(f == "party.id_number" for f, _ in _codes(exc.value))


def test_order_correction_needs_a_deadline(officer):
    with pytest.raises(ValidationError) as exc:
        inspections.save_inspection(officer, inspection_form(officer, outcome="order_correction"))
    assert ("correction_deadline", "required") in _codes(exc.value)
    ok = inspections.save_inspection(
        officer,
        inspection_form(
            officer,
            outcome="order_correction",
            correction_deadline=(dt.date.today() + dt.timedelta(days=7)).isoformat(),
        ),
    )
    assert ok["correction_deadline"]


def test_existing_party_is_reused_and_history_listed(officer, station):
    from inspector import demo

    demo.fill(station, cases=2, photos=False)
    known = station.db.query_one("SELECT p.* FROM parties p JOIN cases c ON c.party_id = p.id LIMIT 1")
    found = parties.find(officer, known["id_number"])
    assert found[0]["id"] == known["id"] and found[0]["case_count"] >= 1
    assert parties.find(officer, known["name"][:2])
    party = {k: known[k] for k in ("kind", "name", "id_type", "id_number")}
    row = inspections.save_inspection(officer, inspection_form(officer, party=party))
    assert row["party_id"] == known["id"]
    assert row["party_history"] and row["party_history"][0]["matter_name"]


def test_update_replaces_officers_and_matters(officer):
    row = inspections.save_inspection(officer, inspection_form(officer))
    offs = squad1_officers(officer)
    form = inspection_form(officer, officer_ids=[offs[2]["id"], offs[3]["id"]], matter_codes=["330219004000"])
    again = inspections.save_inspection(
        officer, form, inspection_id=row["id"], expected_version=row["version"]
    )
    assert again["officer_ids"] == [offs[2]["id"], offs[3]["id"]]
    assert again["matter_codes"] == ["330219004000"] and again["joint"] is False


def test_draft_autosave_survives_reopen_and_is_cleared_by_save(officer, station, login):
    key = inspections.draft_key(officer, None)
    form = inspection_form(officer, situation="写到一半")
    inspections.save_draft(officer, key, form)
    assert inspections.load_draft(login("officer"), key)["situation"] == "写到一半"
    inspections.save_inspection(officer, form)
    assert inspections.load_draft(officer, key) is None


def test_gps_taken_from_a_photo(officer, tmp_path):
    from inspector.services import evidence
    from tests.evidence_helpers import photo

    row = inspections.save_inspection(officer, inspection_form(officer))
    r = evidence.add_evidence(
        officer, inspection_id=row["id"], paths=[photo(tmp_path / "a.jpg", lat=30.25, lon=120.17)]
    )
    lat, lon = inspections.gps_from_photo(officer, r.results[0].evidence_id)
    assert (round(lat, 4), round(lon, 4)) == (30.25, 120.17)
