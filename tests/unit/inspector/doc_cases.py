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


# A matter of the shipped benchmark catalogue (店外经营: 100–1000 yuan, 一般 tier 300–600 yuan), so the fine of
# 500 yuan lies inside the statutory range in force on the act date (《中华人民共和国行政处罚法》第四条、第五条).
MATTER_CODE = "330217001000"
MATTER_NAME = "店外经营（跨门经营）"


def make_case(
    station: Any,
    *,
    state: str = "notified",
    squad_code: str = "1",
    procedure: str = "general",
    party_name: str = "陈喆",
    id_number: str = "330102199001011234",
    act_date: str = "2026-10-08",
) -> dict[str, Any]:
    """A case in ``state``; each call is a new party (Art. 29 refuses a second fine for the same party and act)."""
    session = station.system_session()
    db = station.db
    agency = db.query_one("SELECT * FROM agencies LIMIT 1")
    squad = db.query_one("SELECT * FROM squads WHERE code = ?", (squad_code,))
    officers = db.query("SELECT * FROM officers WHERE squad_id = ? ORDER BY cert_no LIMIT 2", (squad["id"],))
    with session.writing(Action.DEMO_FILL, label="test.case") as w:
        party = w.insert(
            "parties",
            {
                "kind": "person",
                "name": party_name,
                "id_type": "resident_id",
                "id_number": id_number,
                "address": "杭州市上城区清泰街100号",
                "phone": "13800000000",
                "sex": "男",
            },
        )
        insp = w.insert(
            "inspections",
            {
                "squad_id": squad["id"],
                "party_id": party["id"],
                "started_at": "2026-10-08T01:20:00Z",
                "ended_at": "2026-10-08T01:50:00Z",
                "address": "杭州市上城区解放路88号门前",
                "situation": "当事人在人行道上摆放水果摊架经营水果。",
                "outcome": "propose_case",
            },
        )
        case = w.insert(
            "cases",
            {
                "agency_id": agency["id"],
                "squad_id": squad["id"],
                "party_id": party["id"],
                "inspection_id": insp["id"],
                "procedure": procedure,
                "state": state,
                "source": "patrol",
                "matter_code": MATTER_CODE,
                "matter_name": MATTER_NAME,
                "summary": "当事人在解放路88号门前擅自占用城市道路摆摊经营水果。",
                "address": "杭州市上城区解放路88号门前",
                "act_date": act_date,
                "discovered_at": act_date,
                "clue_at": "2026-10-08T01:20:00Z",
                "filed_at": "2026-10-09",
                "fine_cents": 50000,
            },
        )
        for pos, off in enumerate(officers):
            w.insert("case_officers", {"case_id": case["id"], "officer_id": off["id"], "position": pos})
        if state in AFTER_DISCRETION:
            w.insert(
                "discretion_records",
                {
                    "case_id": case["id"],
                    "catalogue": "杭州市综合行政执法行政处罚裁量基准",
                    "cat_version": "2024.1",
                    "matter_code": MATTER_CODE,
                    "party_type": "person",
                    "tier": "一般",
                    "range_min_cents": 30000,
                    "range_max_cents": 60000,
                    "amount_cents": 50000,
                    "circumstances": '{"art32_grounds": ["remedied"]}',
                },
            )
        if state in AFTER_NOTICE:
            w.insert(
                "case_events",
                {
                    "case_id": case["id"],
                    "step": "notify",
                    "from_state": "internal_review",
                    "to_state": "notified",
                    "on_date": "2026-10-12",
                    "at": "2026-10-12T02:00:00Z",
                    "actor": "officer",
                    "data": '{"amount_cents": 50000, "served_on": "2026-10-12", "hearing_right": false, '
                    '"statement_due": "2026-10-19"}',
                },
            )
    return case


# States in which a real case has a discretion record, and in which it has a recorded prior notice (Art. 44).
AFTER_DISCRETION = {
    "internal_review",
    "legal_review",
    "notified",
    "hearing",
    "collective",
    "decided",
    "served",
    "executing",
    "closed",
}
AFTER_NOTICE = AFTER_DISCRETION - {"internal_review", "legal_review"}
