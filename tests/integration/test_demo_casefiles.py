"""The demo is made by the real use cases: every later-state demo case has its case number and documents, and
every archived case's file (案卷) holds its decision and service receipt."""

from __future__ import annotations

import io

import pypdf
import pytest

from inspector import clock, demo
from inspector.services import documents
from tests.integration.workflow_support import at


@pytest.fixture(autouse=True)
def _clock():
    at("2026-06-15")
    yield
    clock.freeze(None)


@pytest.fixture
def demo_station(tmp_path):
    from inspector.station import Station

    st = Station.open(
        tmp_path / "demo", create=True
    )  # as `inspector demo` makes it: example hearing thresholds
    yield st
    st.close()


def test_demo_cases_carry_numbers_documents_and_complete_case_files(demo_station):
    station = demo_station
    demo.fill(station, cases=60, photos=False)
    officer = station.login("officer", demo.DEMO_PASSWORD)
    db = station.db
    # Art. 54 ¶2: a filed case has the number drawn from the register with its 立案审批表.
    # (A case on the simple procedure is decided on the spot, never filed: it has no 立案 number, Art. 51-52.)
    filed = db.query(
        "SELECT c.id, c.case_no FROM cases c WHERE c.filed_at IS NOT NULL AND procedure = 'general'"
    )
    assert filed and all(r["case_no"] for r in filed)
    for r in filed:
        assert db.scalar(
            "SELECT 1 FROM number_register WHERE number = ? AND case_id = ?", (r["case_no"], r["id"])
        )
    archived = db.query("SELECT id, case_no, procedure FROM cases WHERE state IN ('archived', 'closed')")
    assert {c["procedure"] for c in archived} == {"general", "simple"}
    for case in archived:
        kinds = {d["doc_type"] for d in documents.list_documents(officer, case["id"])}
        if case["procedure"] == "simple":  # the 当场行政处罚决定书 handed over there and then (Art. 52)
            assert {"onspot_decision", "closing_report"} <= kinds and "filing_approval" not in kinds, kinds
        else:
            assert {"filing_approval", "penalty_decision", "service_receipt", "closing_report"} <= kinds, (
                kinds
            )
    for case in db.query("SELECT id FROM cases WHERE state = 'archived'"):
        text = "".join(
            p.extract_text() or ""
            for p in pypdf.PdfReader(io.BytesIO(documents.casefile(officer, case["id"]))).pages
        ).replace("\n", "")
        assert "行政处罚决定书" in text and "送达回证" in text
    # Decisions are dated with the decision's day (the frozen clock of that step).
    for row in db.query(
        "SELECT d.payload, c.decided_at FROM documents d JOIN cases c ON c.id = d.case_id "
        "WHERE d.doc_type = 'penalty_decision'"
    ):
        import json

        assert json.loads(row["payload"])["issued_on"] == row["decided_at"]
    assert station.audit_verify() == []


def test_art28_every_demo_penalty_decision_orders_the_violation_corrected(demo_station):
    """Art. 28 ¶1: the demo's decisions are made by the real use cases, so each 行政处罚决定书 carries the order
    to correct its form pre-fills (the catalogue row's measures), printed under its heading."""
    import json

    demo.fill(demo_station, cases=30, photos=False)
    officer = demo_station.login("officer", demo.DEMO_PASSWORD)
    rows = demo_station.db.query("SELECT id, payload FROM documents WHERE doc_type = 'penalty_decision'")
    assert rows
    for row in rows:
        assert json.loads(row["payload"])["fields"]["correction"].startswith("责令当事人"), row["payload"][
            :200
        ]
    text = "".join(
        "".join((p.extract_text() or "").split())
        for p in pypdf.PdfReader(io.BytesIO(documents.pdf_bytes(officer, rows[0]["id"]))).pages
    )
    assert "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）：责令当事人" in text, text
    for decided in demo_station.db.query("SELECT data FROM case_events WHERE step = 'decide'"):
        if json.loads(decided["data"]).get("outcome") == "penalty":
            assert json.loads(decided["data"])["correction"]
