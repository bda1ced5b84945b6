"""Demo cases carry case events consistent with their state, so timelines and the 工作台 look real."""

from __future__ import annotations

from collections import Counter

import pytest

from inspector import clock, demo
from inspector.services import workflow as wf
from tests.integration.workflow_support import at


@pytest.fixture(autouse=True)
def _clock():
    at("2026-06-15")     # the demo dates its cases back from today; a fixed day keeps the mix deterministic
    yield
    clock.freeze(None)


def test_demo_events_match_case_states_and_audit_is_clean(station, login):
    demo.fill(station, cases=80, photos=False)
    today = clock.today().isoformat()
    for case in station.db.query("SELECT * FROM cases"):
        events = station.db.query("SELECT * FROM case_events WHERE case_id = ? AND to_state <> from_state "
                                  "ORDER BY on_date, at, rowid", (case["id"],))
        if case["state"] == "clue":
            assert events == []
            continue
        assert events[-1]["to_state"] == case["state"], case["state"]
        assert all(e["on_date"] <= today for e in events)
        assert [e["on_date"] for e in events] == sorted(e["on_date"] for e in events)
        if case["filed_at"]:
            assert any(e["step"] == "file" and e["on_date"] == case["filed_at"] for e in events)
    rows = wf.open_deadlines(login("supervisor"))
    statuses = Counter(r["status"] for r in rows)
    assert statuses["overdue"] and statuses["due_soon"]
    assert station.audit_verify() == []
