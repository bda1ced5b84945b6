"""Build a case in a chosen workflow state for document tests (through the Writer, as the app does)."""

from __future__ import annotations

from typing import Any

from inspector.permissions import Action

DECISION_FIELDS = {
    "evidence_summary": "现场检查笔录、询问笔录、现场照片4张",
    "violated_provision": "《城市道路管理条例》第二十七条第（三）项",
    "penalty_basis": "《城市道路管理条例》第四十二条",
    "defence_reasoning": "当事人未在期限内提出陈述申辩。",
    "discretion_reasoning": "属一般情形档，当事人初次违法，从轻处罚。",
    "penalty": "罚款人民币500元",
}


def make_case(station: Any, *, state: str = "notified", squad_code: str = "1", procedure: str = "general",
              party_name: str = "陈喆") -> dict[str, Any]:
    session = station.system_session()
    db = station.db
    agency = db.query_one("SELECT * FROM agencies LIMIT 1")
    squad = db.query_one("SELECT * FROM squads WHERE code = ?", (squad_code,))
    officers = db.query("SELECT * FROM officers WHERE squad_id = ? ORDER BY cert_no LIMIT 2", (squad["id"],))
    with session.writing(Action.DEMO_FILL, label="test.case") as w:
        party = w.insert("parties", {"kind": "person", "name": party_name, "id_type": "resident_id",
                                     "id_number": "330102199001011234", "address": "杭州市上城区清泰街100号",
                                     "phone": "13800000000", "sex": "男"})
        insp = w.insert("inspections", {
            "squad_id": squad["id"], "party_id": party["id"], "started_at": "2026-10-08T01:20:00Z",
            "ended_at": "2026-10-08T01:50:00Z", "address": "杭州市上城区解放路88号门前",
            "situation": "当事人在人行道上摆放水果摊架经营水果。", "outcome": "propose_case"})
        case = w.insert("cases", {
            "agency_id": agency["id"], "squad_id": squad["id"], "party_id": party["id"], "inspection_id": insp["id"],
            "procedure": procedure, "state": state, "source": "patrol", "matter_name": "擅自占用城市道路摆摊经营",
            "summary": "当事人在解放路88号门前擅自占用城市道路摆摊经营水果。", "address": "杭州市上城区解放路88号门前",
            "act_date": "2026-10-08", "discovered_at": "2026-10-08", "clue_at": "2026-10-08T01:20:00Z",
            "filed_at": "2026-10-09", "fine_cents": 50000})
        for pos, off in enumerate(officers):
            w.insert("case_officers", {"case_id": case["id"], "officer_id": off["id"], "position": pos})
    return case
