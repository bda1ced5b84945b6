"""Demo cases carry case events consistent with their state, so timelines and the 工作台 look real."""

from __future__ import annotations

from collections import Counter

import pytest

from inspector import clock, demo
from inspector.services import workflow as wf
from tests.integration.workflow_support import at


@pytest.fixture(autouse=True)
def _clock():
    at("2026-06-15")  # the demo dates its cases back from today; a fixed day keeps the mix deterministic
    yield
    clock.freeze(None)


def test_demo_events_match_case_states_and_audit_is_clean(station, login):
    demo.fill(station, cases=80, photos=False)
    today = clock.today().isoformat()
    for case in station.db.query("SELECT * FROM cases"):
        events = station.db.query(
            "SELECT * FROM case_events WHERE case_id = ? AND to_state <> from_state "
            "ORDER BY on_date, at, rowid",
            (case["id"],),
        )
        if case["state"] == "clue":
            assert [e["step"] for e in events] == ["clue"]  # only its registration (线索登记)
            continue
        assert events[-1]["to_state"] == case["state"], case["state"]
        assert all(e["on_date"] <= today for e in events)
        assert [e["on_date"] for e in events] == sorted(e["on_date"] for e in events)
        if case["filed_at"]:  # a case on the simple procedure is never filed: its date is the decision's
            step = "on_the_spot" if case["procedure"] == "simple" else "file"
            assert any(e["step"] == step and e["on_date"] == case["filed_at"] for e in events)
    rows = wf.open_deadlines(login("supervisor"))
    statuses = Counter(r["status"] for r in rows)
    assert statuses["overdue"] and statuses["due_soon"]
    assert station.audit_verify() == []


def test_demo_shows_the_simple_procedure_and_a_non_contact_record_made_by_the_use_cases(station):
    """行政处罚法第五十一条、第五十二条、第六十八条、第七十一条 and 第四十一条 on the demo: one fine collected on the
    spot, handed in and closed; one decided on the spot and waiting to be paid at the bank; one device record
    registered, reviewed by the 中队长 and filed — each with what the steps issued and audited."""
    demo.fill(station, cases=demo.OTHER_WAYS_FROM, photos=False)
    simple = station.db.query("SELECT * FROM cases WHERE procedure = 'simple' ORDER BY fine_cents")
    assert [(c["state"], c["fine_cents"]) for c in simple] == [("closed", 10000), ("served", 20000)]
    for case in simple:
        steps = [
            e["step"]
            for e in station.db.query("SELECT step FROM case_events WHERE case_id = ?", (case["id"],))
        ]
        docs = {
            d["doc_type"]
            for d in station.db.query("SELECT doc_type FROM documents WHERE case_id = ?", (case["id"],))
        }
        assert "onspot_decision" in docs and "file" not in steps and case["case_no"] is None, (steps, docs)
    closed_steps = {
        e["step"]
        for e in station.db.query("SELECT step FROM case_events WHERE case_id = ?", (simple[0]["id"],))
    }
    assert {"on_the_spot", "pay_full", "cash_handed_in", "close"} <= closed_steps, closed_steps
    (record,) = station.db.query("SELECT * FROM cases WHERE source = 'non_contact'")
    assert record["state"] == "filed" and record["device_record_no"] == demo.DEMO_RECORD[2]
    review = station.db.query_one(
        "SELECT * FROM case_events WHERE case_id = ? AND step = 'review_record'", (record["id"],)
    )
    assert review is not None and review["actor"] == "leader"
    assert station.audit_verify() == []
    demo.fill(station, cases=demo.OTHER_WAYS_FROM, photos=False)  # a second fill adds general cases only
    assert (
        station.db.scalar("SELECT count(*) FROM cases WHERE procedure = 'simple' OR source = 'non_contact'")
        == 3
    )


def test_demo_fines_lie_in_the_catalogue_tier_and_statutory_range_per_party_type(station):
    """Art. 4/5 and Art. 34: every demo fine is lawful for the party type (statutory range of the benchmark
    catalogue) and inside the tier its discretion record recommends; hearing cases reached the threshold."""
    import json

    from inspector.law import benchmarks

    demo.fill(station, cases=120, photos=False)
    cat = benchmarks.shipped()[-1]
    thresholds = station.setting("hearing.thresholds") or demo.DEMO_HEARING_THRESHOLDS
    rows = station.db.query(
        "SELECT c.id, c.state, c.matter_code, c.matter_name, c.fine_cents, p.kind, "
        "d.amount_cents, d.range_min_cents, d.range_max_cents, d.party_type FROM cases c "
        "JOIN parties p ON p.id = c.party_id LEFT JOIN discretion_records d ON d.case_id = c.id"
    )
    fined = [r for r in rows if r["amount_cents"] is not None]
    assert len(fined) > 30
    for r in rows:
        item = cat.items[r["matter_code"]]
        assert r["matter_name"] == item["name"]
        if r["amount_cents"] is None:
            continue
        statutory = benchmarks.statutory_range(item, r["kind"])
        assert statutory is not None and statutory.contains(r["amount_cents"]), (r["matter_code"], r["kind"])
        assert (
            r["range_min_cents"] <= r["amount_cents"] <= r["range_max_cents"] and r["party_type"] == r["kind"]
        )
        if r["fine_cents"] is not None:
            assert r["fine_cents"] == r["amount_cents"]
        notice = station.db.query_one(
            "SELECT data FROM case_events WHERE case_id = ? AND step = 'notify'", (r["id"],)
        )
        if r["state"] == "hearing":
            assert json.loads(notice["data"])["hearing_right"] is True
            limit = thresholds["*"]["person" if r["kind"] == "person" else "organisation"]
            assert r["amount_cents"] >= limit
    assert station.audit_verify() == []


def test_demo_station_has_labelled_example_hearing_thresholds_set_by_its_admin(station, tmp_path):
    """Art. 63: the demo sets example thresholds through the admin (audited) and says they are examples;
    a real station (the test template) starts without any."""
    from inspector.station import Station

    assert station.setting("hearing.thresholds") == {}
    fresh = Station.open(tmp_path / "demo", create=True)
    demo.fill(fresh, cases=0, photos=False)
    assert fresh.setting("hearing.thresholds") == demo.DEMO_HEARING_THRESHOLDS
    assert "演示数据" in fresh.db.meta_get("demo_hearing_thresholds_note")
    event = fresh.db.query_one(
        "SELECT * FROM audit_events WHERE entity = 'settings' AND entity_id = 'hearing.thresholds'"
    )
    assert event is not None and event["actor"] == "admin"
    assert fresh.audit_verify() == []


def test_demo_decisions_wait_for_the_statement_period_or_a_waiver(station):
    """Art. 62: no decision before the 陈述申辩 period ends unless the party waived it in writing."""
    import json

    demo.fill(station, cases=80, photos=False)
    for case in station.db.query("SELECT id FROM cases"):
        events = {
            e["step"]: e
            for e in station.db.query("SELECT * FROM case_events WHERE case_id = ?", (case["id"],))
        }
        if "decide" in events and "notify" in events:
            due = json.loads(events["notify"]["data"])["statement_due"]
            assert events["decide"]["on_date"] > due or "waive_statement" in events


def test_demo_withdrawals_of_changed_decisions_agree_on_the_case_and_the_publicity_record(tmp_path):
    """Art. 48 on the demo (made by the use cases): every published decision later changed is either withdrawn
    — the case event and the record on the same day, with the same reason, by the officer or the reviewer —
    or still due, on the officer's 工作台 with the record's 撤下期限."""
    from inspector.services import publicity
    from inspector.station import Station

    station = Station.open(tmp_path / "demo", create=True)
    demo.fill(station, cases=200, photos=False)
    reviewer = station.login("reviewer", demo.DEMO_PASSWORD)
    changed = station.db.query(
        "SELECT case_id, on_date, data FROM case_events WHERE step = 'decision_changed' ORDER BY case_id"
    )
    records = {r["case_id"]: r for r in publicity.records(reviewer)}
    actors, due = set(), 0
    for c in changed:
        rec = records[c["case_id"]]
        event = station.db.query_one(
            "SELECT on_date, actor, data FROM case_events WHERE case_id = ? AND step = 'publication_withdrawn'",
            (c["case_id"],),
        )
        if event is None:
            item = station.db.query_one("SELECT * FROM work_items WHERE case_id = ?", (c["case_id"],))
            assert rec["state"] == "to_withdraw" and item["task"] == "撤下已公示的决定"
            assert item["due"] == rec["withdraw_due"]
            due += 1
            continue
        assert rec["state"] == "withdrawn" and rec["withdrawn_at"] == event["on_date"] <= rec["withdraw_due"]
        assert rec["withdraw_reason"] and rec["withdraw_reason"] in event["data"]
        actors.add(event["actor"])
    assert actors == {"officer", "reviewer"} and due >= 1
    assert station.audit_verify() == []
    station.close()
