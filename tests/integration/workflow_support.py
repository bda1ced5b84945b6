"""Helpers for workflow tests: a frozen clock on a given local day and a fresh case in 线索登记."""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector import clock
from inspector.law import identity
from inspector.services import org

# What the officers write on the 当场行政处罚决定书 of a case from :func:`make_case` (it holds no address): the
# decision is handed over complete as the step is taken (《行政处罚法》第五十二条), so the step needs them.
ONSPOT_DOC = {
    "party_address": "杭州市上城区解放路88号",
    "act_place": "杭州市上城区解放路88号门前",
    "statement_record": "执法人员当场告知了拟作出的处罚及其事实、理由、依据和陈述申辩权利，当事人无异议",
}
ORG_USCC = "91330102MA2B3C4D5" + identity.uscc_check_char("91330102MA2B3C4D5")


def at(day: dt.date | str, hour: int = 10) -> dt.date:
    """Freeze the clock at ``hour`` o'clock local time on ``day``."""
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    clock.freeze(dt.datetime.combine(day, dt.time(hour), clock.LOCAL_TZ))
    return day


def resident_id(birth: dt.date) -> str:
    body = f"330102{birth:%Y%m%d}321"
    return body + identity.id_check_char(body)


def make_case(
    station,
    *,
    act_date: str = "2026-05-28",
    discovered: str | None = None,
    matter_code: str = "330217001000",
    matter_name: str = "店外经营（跨门经营）",
    kind: str = "person",
    birth: dt.date = dt.date(1980, 3, 4),
    id_number: str | None = None,
    officers: list[dict[str, Any]] | None = None,
    squad_code: str = "1",
) -> str:
    """A case in 线索登记 with a party and two officers (valid certificates unless ``officers`` is given)."""
    session = station.system_session()
    db = station.db
    squad = db.query_one("SELECT * FROM squads WHERE code = ?", (squad_code,))
    agency = db.query_one("SELECT * FROM agencies LIMIT 1")
    if officers is None:
        officers = db.query(
            "SELECT * FROM officers WHERE squad_id = ? AND cert_expiry > '2027-12-31' "
            "ORDER BY cert_no LIMIT 2",
            (squad["id"],),
        )
    with session.writing(org.Action.DEMO_FILL) as w:
        if kind == "person":
            party = w.insert(
                "parties",
                {
                    "kind": "person",
                    "name": "张三",
                    "id_type": "resident_id",
                    "id_number": id_number or resident_id(birth),
                },
            )
        else:
            party = w.insert(
                "parties",
                {
                    "kind": kind,
                    "name": "杭州某某有限公司",
                    "id_type": "uscc",
                    "id_number": id_number or ORG_USCC,
                },
            )
        case = w.insert(
            "cases",
            {
                "agency_id": agency["id"],
                "squad_id": squad["id"],
                "party_id": party["id"],
                "state": "clue",
                "matter_code": matter_code,
                "matter_name": matter_name,
                "summary": "测试案件",
                "act_date": act_date,
                "act_end_date": act_date,
                "discovered_at": discovered or act_date,
                "clue_at": clock.iso(),
            },
        )
        for pos, off in enumerate(officers):
            w.insert("case_officers", {"case_id": case["id"], "officer_id": off["id"], "position": pos})
    return case["id"]


def set_hearing_thresholds(station, value=None) -> None:
    from inspector.services.org import set_setting

    set_setting(
        station.system_session(),
        "hearing.thresholds",
        value if value is not None else {"*": {"person": 500000, "organisation": 5000000}},
    )


def to_internal_review(case_id: str, officer, leader) -> None:
    """Take a case from 线索登记 to internal review: verified, filed (by the leader), investigated, submitted."""
    from inspector.services import workflow as wf

    for session, step in (
        (officer, "verify"),
        (leader, "file"),
        (officer, "investigate"),
        (officer, "end_investigation"),
        (officer, "submit_review"),
    ):
        wf.advance(session, case_id, step)


def fined_on_the_spot(station, officer, **case: Any) -> str:
    """A new case decided on the spot with a 100 yuan fine (served the same day; payment due fifteen days on)."""
    from inspector.services import workflow as wf

    cid = make_case(station, **case)
    wf.advance(
        officer,
        cid,
        "on_the_spot",
        document=ONSPOT_DOC,
        amount_cents=10000,
        statement_heard=True,
        correction=wf.CORRECTION_NOW,
    )
    return cid
