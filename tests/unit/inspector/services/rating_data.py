"""Constructed rating data with hand-computed answers: one squad with something to count for every metric.

Rows are written straight into the station database (like a synced station receives them), so each test
states exactly what exists. The expected points are worked out by hand in ``EXPECTED``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from inspector import clock

TODAY = dt.datetime(2027, 1, 10, 9, 0, tzinfo=clock.LOCAL_TZ)
PERIOD = "2026Q4"


class Builder:
    """Insert rows with the sync columns filled in."""

    def __init__(self, station) -> None:
        self.station = station
        self.db = station.db
        self.agency = self.db.scalar("SELECT id FROM agencies")
        self.squads = {r["code"]: r["id"] for r in self.db.query("SELECT id, code FROM squads")}
        self.officers = {
            code: [
                r["id"]
                for r in self.db.query("SELECT id FROM officers WHERE squad_id = ? ORDER BY name", (sid,))
            ]
            for code, sid in self.squads.items()
        }

    def row(self, table: str, **values: Any) -> str:
        values.setdefault("id", str(uuid.uuid4()))
        values.update(updated_at="2026-01-01T00:00:00.000Z", updated_by="test", station_id="test")
        cols = ", ".join(values)
        self.db.execute(
            f"INSERT INTO {table}({cols}) VALUES ({', '.join('?' * len(values))})", tuple(values.values())
        )
        return values["id"]

    def case(
        self,
        squad: str,
        *,
        clue: str,
        state: str = "filed",
        filed: str | None = None,
        decided: str | None = None,
        source: str = "patrol",
        inspection: str | None = None,
        no: str = "",
    ) -> str:
        clue_at = clock.iso(dt.datetime.combine(dt.date.fromisoformat(clue), dt.time(10), clock.LOCAL_TZ))
        return self.row(
            "cases",
            agency_id=self.agency,
            squad_id=self.squads[squad],
            state=state,
            source=source,
            clue_at=clue_at,
            filed_at=filed,
            decided_at=decided,
            inspection_id=inspection,
            case_no=no or None,
            matter_name="店外经营",
        )

    def event(self, case_id: str, step: str, on: str, **data: Any) -> str:
        return self.row(
            "case_events",
            case_id=case_id,
            step=step,
            on_date=on,
            at=f"{on}T02:00:00.000Z",
            actor="test",
            data=json.dumps(data),
        )

    def evaluation(
        self,
        squad: str,
        case_id: str,
        score: float,
        grade: str,
        on: str,
        *,
        veto: int = 0,
        mock: int = 0,
        ref: str | None = None,
    ) -> str:
        return self.row(
            "casefile_evaluations",
            id=ref or str(uuid.uuid4()),
            case_id=case_id,
            squad_id=self.squads[squad],
            total_score=score,
            grade=grade,
            veto=veto,
            mock=mock,
            evaluated_at=f"{on}T03:00:00.000Z",
            evaluated_by="reviewer",
            model_version="test",
        )

    def inspection(self, squad: str, on: str, departments: tuple[str, ...] = ()) -> str:
        iid = self.row(
            "inspections",
            squad_id=self.squads[squad],
            started_at=f"{on}T02:00:00.000Z",
            ended_at=f"{on}T03:00:00.000Z",
            address=f"解放路{on}",
        )
        for i, dep in enumerate(departments):
            self.row(
                "inspection_matters",
                inspection_id=iid,
                matter_code=f"M{i}",
                matter_name="事项",
                department=dep,
                position=i,
            )
        return iid

    def evidence(self, *, case_id: str | None = None, inspection_id: str | None = None) -> str:
        return self.row(
            "evidence",
            sha256=uuid.uuid4().hex,
            case_id=case_id,
            inspection_id=inspection_id,
            kind="photo",
            filename="a.jpg",
            size=1,
            imported_by="test",
            imported_at="2026-10-01",
        )

    def document(self, case_id: str) -> str:
        return self.row(
            "documents",
            case_id=case_id,
            doc_type="penalty_decision",
            number=str(uuid.uuid4()),
            digest="x",
            payload="{}",
            issued_at="2026-10-20",
            issued_by="test",
        )

    def discretion(
        self, case_id: str, *, outside: int = 0, mitigated: int = 0, reason: str = "", first: bool = False
    ) -> str:
        return self.row(
            "discretion_records",
            case_id=case_id,
            catalogue="c",
            cat_version="1",
            matter_code="m",
            party_type="person",
            outside_tier=outside,
            mitigated=mitigated,
            reason=reason,
            circumstances=json.dumps({"first_time_slight_corrected": first}),
        )


def build(station) -> dict[str, str]:
    """The scenario of ``EXPECTED`` (period 2026Q4, today 2027-01-10). Returns the case ids by name."""
    b = Builder(station)
    with station.db.write():
        insp = [
            b.inspection(
                "1", f"2026-10-{d:02d}", ("城管", "市场监管") if d == 1 else ("城管",) if d == 2 else ()
            )
            for d in range(1, 11)
        ]
        b.inspection("1", "2026-09-30", ("城管", "市场监管"))  # before the period: not counted
        c1 = b.case(
            "1", clue="2026-07-20", state="closed", filed="2026-08-01", decided="2026-10-20", no="第1-1号"
        )
        c2 = b.case(
            "1", clue="2026-06-20", state="served", filed="2026-07-01", decided="2026-11-01", no="第1-2号"
        )
        c3 = b.case("1", clue="2026-06-21", state="legal_review", filed="2026-07-02", no="第1-3号")
        c4 = b.case(
            "1",
            clue="2026-06-22",
            state="served",
            filed="2026-07-01",
            decided="2026-11-05",
            inspection=insp[3],
            no="第1-4号",
        )
        c5 = b.case(
            "1", clue="2026-10-05", state="filed", filed="2026-10-10", source="random_check", no="第1-5号"
        )
        c6 = b.case("1", clue="2026-10-05", state="clue", source="non_contact")
        c7 = b.case("1", clue="2026-12-30", state="clue")
        c8 = b.case("1", clue="2026-11-01", state="not_filed")
        b.event(c8, "not_file", "2026-11-20")
        # A1, B3, V1: three files in the period (80, 90, 55 不合格); a mock and a September one do not count.
        b.evaluation("1", c1, 80, "合格", "2026-10-25")
        b.evaluation("1", c2, 90, "优秀", "2026-11-25")
        b.evaluation("1", c4, 55, "不合格", "2026-12-05")
        b.evaluation("1", c4, 10, "不合格", "2026-12-06", mock=1)
        b.evaluation("1", c3, 20, "不合格", "2026-09-20")
        # A2: c1 failed first then passed; c2 passed first; c3 was reviewed in September.
        b.event(c1, "legal_review", "2026-10-08", verdict="failed")
        b.event(c1, "legal_review", "2026-10-15", verdict="passed")
        b.event(c2, "legal_review", "2026-10-09", verdict="passed")
        b.event(c3, "legal_review", "2026-09-28", verdict="failed")
        # A3: c1 80 days; c2 123 days; c4 127 days but extended.
        b.event(c4, "extend", "2026-09-20", days=30)
        # A4: c2's decision was changed.
        b.event(c2, "decision_changed", "2026-12-01", reason="复议变更")
        # B1: c1 evidence + document; c2 document only; c4 evidence through its inspection + document.
        b.evidence(case_id=c1)
        b.document(c1)
        b.document(c2)
        b.evidence(inspection_id=insp[3])
        b.document(c4)
        # B2: on time, two days late, never published.
        for case, due, published in (
            (c1, "2026-10-27", "2026-10-26T02:00:00.000Z"),
            (c2, "2026-11-08", "2026-11-10T02:00:00.000Z"),
            (c4, "2026-12-30", None),
        ):
            b.row(
                "publicity_records",
                case_id=case,
                squad_id=b.squads["1"],
                due_date=due,
                published_at=published,
                decided_on=due,
            )
        # B4 and D2: c1 outside the tier, reasons added in a newer record; c2 mitigated without reasons.
        b.discretion(c1, outside=1, first=True)
        b.discretion(c1, outside=1, reason="当事人主动消除危害后果", first=True)
        b.discretion(c2, mitigated=1)
        b.discretion(c4, first=True)
        b.event(c4, "decide", "2026-11-05", outcome="no_penalty_minor")
        b.event(c1, "decide", "2026-10-20", outcome="penalty")
        # D1: one of the four cases of the period had persuasion.
        b.row("soft_enforcements", case_id=c5, kind="persuasion", content="劝导", on_date="2026-10-05")
        # D3 and vetoes: a valid complaint for squad 1; a disciplined officer in squad 2.
        b.row(
            "rating_incidents",
            squad_id=b.squads["1"],
            kind="valid_complaint",
            on_date="2026-11-11",
            note="投诉属实",
        )
        b.row(
            "rating_incidents",
            squad_id=b.squads["2"],
            kind="discipline",
            on_date="2026-12-11",
            note="违规处分",
        )
        # E2: 22, 20, 20 (+10 in September) and 0 hours against 80 × 92 / 365 = 20.2 required.
        o = b.officers["1"]
        for officer, day, hours in (
            (o[0], "2026-10-10", 12),
            (o[0], "2026-11-10", 10),
            (o[1], "2026-10-10", 20),
            (o[2], "2026-10-10", 20),
            (o[2], "2026-09-10", 10),
        ):
            b.row("training_records", officer_id=officer, on_date=day, hours=hours)
        # E3: c1 is closed with an item not disposed of; c5's item is stored and the case still open.
        b.row(
            "preserved_items",
            case_id=c1,
            measure="registered_preservation",
            description="遮阳棚",
            storage_place="中队仓库",
            preserved_on="2026-10-02",
        )
        b.row(
            "preserved_items",
            case_id=c5,
            measure="registered_preservation",
            description="货架",
            storage_place="中队仓库",
            preserved_on="2026-10-12",
        )
        # A1, A2, B3 of squads 2–4: one file each, reviewed in the period (scored 100, passed first time), so
        # those squads are rated on data; a squad with no review at all has 无数据 there. The case itself
        # predates every period of the trend and has no decision date, so no other metric counts it.
        for squad in ("2", "3", "4"):
            old = b.case(squad, clue="2025-12-01", state="closed", filed="2025-12-02", no=f"第{squad}-1号")
            b.evaluation(squad, old, 100, "优秀", "2026-11-02")
            b.event(old, "legal_review", "2026-10-12", verdict="agree")
        # Gate: squad 4's premises have no inquiry room.
        b.row(
            "squad_gate_checks",
            squad_id=b.squads["4"],
            checked_on="2026-09-01",
            items=json.dumps({"premises": False, "recorders": True}),
        )
    return {"c1": c1, "c2": c2, "c3": c3, "c4": c4, "c5": c5, "c6": c6, "c7": c7, "c8": c8}


# Squad 1, by metric: (numerator, denominator, points), worked out by hand from build().
EXPECTED = {
    "casefile_avg_score": (225, 3, 11.25),  # (80 + 90 + 55) / 3 = 75 → 75 % of 15
    "legal_review_first_pass": (1, 2, 2.5),
    "decision_on_time": (2, 3, 5 * 2 / 3),
    "decisions_overturned": (1, 0, 5),  # 10 − 5
    "recording_complete": (2, 3, 4),
    "publicity_on_time": (1, 3, 2),
    "casefile_pass_rate": (2, 3, 4 * 2 / 3),
    "discretion_reasoned": (1, 2, 2),
    "clue_on_time": (1, 3, 5 / 3),  # c5 on time; c6 and c8 late; c7 not due yet
    "random_check_done": (1, 2, 2.5),
    "joint_inspections": (1, 10, 2.5),  # 10 % of a 20 % target
    "soft_enforcement": (1, 4, 2.5),  # 25 % of a 50 % target
    "first_violation_applied": (1, 2, 2.5),
    "valid_complaints": (1, 4, 0),  # 250 per 1,000 cases: −250, floor 0
    "certificates_valid": (4, 4, 5),
    "training_hours": (1, 4, 1.25),
    "property_registered": (1, 2, 2.5),
}
