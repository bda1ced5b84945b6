"""Demo cases made by the real use cases on a frozen clock: inspection, case opening, each workflow step.

Every demo case in a later state therefore has what a real one has: its case number from the register, the
documents its steps issued, its events and audit trail, and a complete case file. A step a guard refuses
(for example 事先告知 on a station without hearing thresholds) leaves the case where it stopped, as it would
for an officer.
"""

from __future__ import annotations

import collections
import datetime as dt
import random
from typing import Any

from inspector import clock
from inspector.errors import Error
from inspector.law import procedure
from inspector.permissions import Action
from inspector.services import case_opening, inspections, publicity
from inspector.services import discretion as discretion_service
from inspector.services import workflow as wf
from inspector.station import Session

# What the officers write into the documents' free-text fields.
DOC_TEXT = {
    "handler_opinion": "违法事实清楚，证据确凿，建议依法办理",
    "defence_reasoning": "当事人在陈述申辩期内未提出陈述、申辩意见，本机关依法作出决定",
    "relation": "当事人本人",
    "recorder": "执法队员",
}
STATEMENT = (
    "已告知当事人拟作出处罚的事实、理由和依据及其陈述、申辩权利，当事人对违法事实无异议，未提出陈述、申辩"
)
_STEP_OF_EVENT = {"pay_full": "pay"}
# (step, reason) -> how many demo cases a guard stopped there (diagnostics for the demo's own tests)
STOPS: collections.Counter[tuple[str, str]] = collections.Counter()


def _step_data(name: str, data: dict[str, Any], fine: int | None) -> dict[str, Any]:
    if name == "notify":
        return {"amount_cents": fine or 0}
    if name == "decide":
        return {"outcome": "penalty", "amount_cents": fine or 0}
    if name == "serve":
        return {"method": "direct"}
    if name == "pay_full":
        return {"amount_cents": fine or 0}
    if name == "on_the_spot":  # Art. 51, 52 (and Art. 68 when the fine was collected there and then)
        return {"amount_cents": fine or 0, "statement_heard": True} | {
            k: v for k, v in data.items() if k in ("cash", "receipt_no")
        }
    if name == "legal_review":
        return {"verdict": "passed", "opinion": "事实清楚，证据充分，适用法律正确，裁量适当"}
    if name == "collective":
        return {"conclusion": "同意给予行政处罚"}
    if name == "hearing_notice":
        return {"hearing_date": data.get("hearing_date", "")}
    if name == "decision_changed":  # Art. 48: how the decision changed; a changed fine is halved
        kind = data.get("kind", "revoked")
        return {"kind": kind, "reason": data.get("reason", "")} | (
            {"amount_cents": (fine or 0) // 2} if kind == "changed" else {}
        )
    return {k: v for k, v in data.items() if k in ("reason", "receiver", "note")}


def _signed_off(reviewer: Session, case_id: str) -> bool:
    """法制审核员 signs off the masked publication record the decision drafted (§7.2), as before any
    publication; False when the decision is withheld from publication."""
    rec = publicity.for_case(reviewer, case_id)
    if rec["withheld"]:
        return False
    if not rec["signed_off_at"]:
        publicity.sign_off(reviewer, rec["id"])
    return True


def make_case(
    people: dict[str, Session],
    *,
    squad: dict[str, Any],
    pair: list[dict[str, Any]],
    party: dict[str, Any],
    matter: tuple[str, str],
    address: str,
    street: str,
    community: str,
    started: dt.datetime,
    steps: list[tuple[str, dt.date, str, str, dict[str, Any]]],
    fine: int | None,
    discretion: dict[str, Any] | None,
    rng: random.Random,
    photos: bool,
    outcome: str = "propose_case",
) -> tuple[str, int]:
    """One demo case through the use cases; returns (case id, photos attached). ``outcome`` is the
    inspection's: 建议立案 (general procedure) or 当场处罚 (simple procedure)."""
    officer = people["officer"]
    attached = 0
    with clock.frozen(started) as clk:
        insp = inspections.save_inspection(
            officer,
            {
                "started_at": started.isoformat(),
                "ended_at": (started + dt.timedelta(minutes=rng.randint(15, 90))).isoformat(),
                "address": address,
                "street": street,
                "community": community,
                "squad_id": squad["id"],
                "latitude": round(30.25 + rng.random() * 0.03, 6),
                "longitude": round(120.16 + rng.random() * 0.03, 6),
                "situation": f"执法人员巡查至{address}，发现当事人{party['name']}存在{matter[1]}行为。",
                "measurements": f"占用面积约{rng.randint(2, 30)}平方米" if "经营" in matter[1] else "",
                "officer_ids": [o["id"] for o in pair],
                "matter_codes": [matter[0]],
                "party": party,
                "outcome": outcome,
            },
        )
        if photos:
            from inspector.services import evidence

            with officer.writing(Action.EVIDENCE_ADD, label="demo.photos") as w:
                attached = evidence.demo_attach(officer, w, insp, rng)
        clk.set(started + dt.timedelta(hours=2))
        case = case_opening.open_from_inspection(officer, insp["id"])
        cid = case["id"]
        minute = 0
        for name, day, _before, _after, data in sorted(
            steps, key=lambda s: s[1]
        ):  # publication may come later
            minute += 1
            clk.set(dt.datetime.combine(day, dt.time(15), clock.LOCAL_TZ) + dt.timedelta(minutes=minute))
            step = _STEP_OF_EVENT.get(name, name)
            spec = procedure.STEP_BY_NAME[step]
            who = {
                Action.CASE_APPROVE: "leader",
                Action.CASE_TRANSFER: "leader",
                Action.LEGAL_REVIEW: "reviewer",
            }.get(spec.action, "officer")
            values = _step_data(name, data, fine)
            if step in ("decide", "on_the_spot"):  # Art. 28: as the officer's form pre-fills it
                values["correction"] = wf.correction_default(officer, cid) or wf.CORRECTION_NOW
            if name == "pay_full":  # the fine and any Art. 72 surcharge still owed on that day
                v = wf.view(officer, cid)
                values["amount_cents"] = (
                    (fine or 0) + procedure.surcharge_due(v, day) - procedure.paid_total(v)
                )
            try:
                if step == "publish" and not _signed_off(people["reviewer"], cid):
                    continue  # withheld from publication (a minor): nothing to publish
                if step == "publication_withdrawn" and data.get("by") == "reviewer":
                    # the legal reviewer takes the publication down on the portal and records it (Art. 48)
                    publicity.withdraw(people["reviewer"], publicity.for_case(people["reviewer"], cid)["id"])
                    continue
                document = DOC_TEXT
                if step == "on_the_spot":  # what the officers write on the 当场行政处罚决定书 (Art. 52)
                    document = {**DOC_TEXT, "party_address": party["address"], "statement_record": STATEMENT}
                wf.advance(people[who], cid, step, document=document, **values)
            except Error as exc:
                STOPS[(step, str(exc)[:80])] += 1
                break  # a guard refused: the case stays where an officer would have been stopped
            if step == "submit_review" and discretion is not None:
                try:
                    discretion_service.record(
                        officer,
                        cid,
                        amount_cents=discretion["amount_cents"],
                        answers={"tier": discretion["tier"]},
                    )
                except Error:
                    pass  # the notice then names the amount itself
    return cid, attached
