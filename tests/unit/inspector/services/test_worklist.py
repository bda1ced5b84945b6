"""The stored work list (工作台): built again once when the rules that choose an item's deadline change."""

from __future__ import annotations

import pytest

from inspector import clock
from inspector.services import worklist
from tests.integration.workflow_support import at, make_case


@pytest.fixture(autouse=True)
def _release_clock():
    yield
    clock.freeze(None)


def test_art54_a_list_stored_by_an_older_version_loses_the_filing_deadline_of_a_simple_case(station, login):
    """行政处罚法第五十一条、第五十四条: a 工作台 stored before a simple-procedure clue stopped carrying the
    线索核查·立案决定 deadline is built again on the next read, so the officer no longer sees it overdue."""
    at("2026-06-01")
    officer = login("officer")
    cid = make_case(station, act_date="2026-06-01")
    with station.db.write():
        station.db.execute("UPDATE cases SET procedure = 'simple' WHERE id = ?", (cid,))
        station.db.execute("DELETE FROM work_items")
        station.db.execute(  # what an older version stored for this clue, and the fingerprint it stored it under
            "INSERT INTO work_items(case_id, role, squad_id, task, reason, due, provisional, deadline, basis, "
            "ready_on) SELECT id, 'officer', squad_id, '当场处罚', '', '2026-06-16', 0, '线索核查·立案决定', '', "
            "NULL FROM cases WHERE id = ?",
            (cid,),
        )
        old = worklist.fingerprint(officer).removesuffix(f",{worklist.ITEM_RULES}]") + "]"
        station.db.meta_set(worklist.BUILT, old)
    at("2026-06-20")
    worklist.ensure_built(officer)
    (row,) = [r for r in worklist.page(officer).rows if r["case_id"] == cid]
    assert row["deadline"] == "追责时效（2年）" and row["due"] == "2028-06-01", row
