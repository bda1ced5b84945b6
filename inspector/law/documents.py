"""Documents follow the case, never lead it: whether a document type may be issued now, and on which facts.

A document records a step. It may be issued when that step has happened (its event is recorded) or is
being performed (the step's rules pass right now, so the document goes out with the step), and it carries
the facts of that step — the notified amount, the hearing right, the dates — never others. A 听证告知书
needs a hearing right (Art. 63); a 催告书 needs an unpaid fine past its payment period (行政强制法 Art. 35,
54); a court application needs the conditions of 行政强制法 Art. 53 and 54.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import GuardRefused, chinese
from inspector.law import articles as art
from inspector.law import periods
from inspector.law.case import CaseView, DecisionOutcome, refuse

# Document type -> (the workflow step it records, the event name that step is recorded under, outcomes).
DOCUMENT_STEP: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "filing_approval": ("file", "file", ()),
    "not_filing_approval": ("not_file", "not_file", ()),
    "investigation_report": ("end_investigation", "end_investigation", ()),
    "case_approval": ("submit_review", "submit_review", ()),
    "legal_review_opinion": ("legal_review", "legal_review", ()),
    "prior_notice": ("notify", "notify", ()),
    "hearing_notice": ("notify", "notify", ()),
    "statement_record": ("notify", "notify", ()),
    "hearing_summons": ("hearing_notice", "hearing_notice", ()),
    "hearing_record": ("hold_hearing", "hold_hearing", ()),
    "collective_record": ("collective", "collective", ()),
    "penalty_decision": ("decide", "decide", (DecisionOutcome.PENALTY,)),
    "no_penalty_decision": ("decide", "decide", (DecisionOutcome.NO_PENALTY_MINOR, DecisionOutcome.NO_CASE)),
    "onspot_decision": ("on_the_spot", "on_the_spot", ()),
    "transfer_letter": ("transfer", "transfer", ()),
    "instalment_approval": ("instalment", "instalment", ()),
    "demand_notice": ("demand", "demand_served", ()),
    "enforcement_application": ("apply_court", "court_applied", ()),
    "closing_report": ("close", "close", ()),
}
DOCUMENT_LABELS = {
    "filing_approval": "立案审批表",
    "not_filing_approval": "不予立案审批表",
    "investigation_report": "案件调查终结报告",
    "case_approval": "案件处理审批表",
    "legal_review_opinion": "法制审核意见书",
    "prior_notice": "行政处罚事先告知书",
    "hearing_notice": "听证告知书",
    "statement_record": "陈述申辩笔录",
    "hearing_summons": "听证通知书",
    "hearing_record": "听证笔录",
    "collective_record": "集体讨论记录",
    "penalty_decision": "行政处罚决定书",
    "no_penalty_decision": "不予行政处罚决定书",
    "onspot_decision": "当场行政处罚决定书",
    "transfer_letter": "案件移送函",
    "instalment_approval": "延期（分期）缴纳罚款审批表",
    "demand_notice": "催告书",
    "enforcement_application": "强制执行申请书",
    "closing_report": "结案报告",
}


@dataclass(frozen=True)
class DocumentBasis:
    """Why a document may be issued: the step it records, whether that step is already recorded
    (``performed``) or would be lawful now, and the facts the document must state."""

    doc_type: str
    step: str
    performed: bool
    on_date: dt.date
    facts: dict[str, Any] = field(default_factory=dict)


def _recorded(view: CaseView, event_step: str, outcomes: tuple[str, ...]) -> dict[str, Any] | None:
    event = view.last(event_step)
    if event is None:
        return None
    if outcomes and event["data"].get("outcome", DecisionOutcome.PENALTY) not in outcomes:
        return None
    return event


def _enforcement_facts(view: CaseView, on: dt.date) -> dict[str, Any]:
    """What a 催告书 or a court application may state: only periods that have really ended say so."""
    facts: dict[str, Any] = {
        "owed_cents": periods.owed(view, on),
        "surcharge_cents": periods.surcharge_due(view, on),
    }
    pay = periods.payment_period(view)
    if pay is not None:
        facts.update(payment_due=pay.date.isoformat(), payment_period_over=periods.surely_over(view, pay, on))
    remedies = periods.remedy_periods(view)
    if remedies is not None:
        review, litigation = remedies
        facts.update(
            review_period_end=review.date.isoformat(),
            litigation_period_end=litigation.date.isoformat(),
            review_period_over=periods.surely_over(view, review, on),
            litigation_period_over=periods.surely_over(view, litigation, on),
            appeal_pending=periods.appeal_open(view),
        )
    return facts


def document_lawful(view: CaseView, doc_type: str, data: Mapping[str, Any] | None = None) -> DocumentBasis:
    """The basis on which ``doc_type`` may be issued now, or :class:`GuardRefused` saying why not.

    ``data`` is what the step would be performed with (e.g. the amount for a decision issued with it).
    Raises:
        GuardRefused: the step has not happened and its rules refuse it now; or the document would state
            other facts than the case holds (a hearing notice without a hearing right, another amount).
    """
    from inspector.law import procedure

    if doc_type not in DOCUMENT_STEP:
        return DocumentBasis(doc_type, "", False, view.today)  # not tied to one step (records, receipts)
    step, event_step, outcomes = DOCUMENT_STEP[doc_type]
    label = DOCUMENT_LABELS[doc_type]
    given = dict(data or {})
    event = _recorded(view, event_step, outcomes)
    if event is not None:
        basis = DocumentBasis(
            doc_type, step, True, dt.date.fromisoformat(event["on_date"]), dict(event["data"])
        )
    else:
        if outcomes and "outcome" not in given:
            given["outcome"] = outcomes[0]
        try:
            outcome = procedure.check(view, step, given)
        except GuardRefused as refusal:
            parts = ("尚不能制作{0}：{1}", (label, refusal.parts or str(refusal)))
            raise GuardRefused(
                rule=refusal.rule,
                article=refusal.article,
                hint=refusal.hint,
                message=chinese(parts),
                parts=parts,
                hint_parts=refusal.hint_parts,
            ) from None
        basis = DocumentBasis(doc_type, step, False, outcome.on_date, dict(outcome.data))
    _require_same_facts(basis, given, label)
    if doc_type == "hearing_notice" and not basis.facts.get("hearing_right"):
        raise refuse(
            "no_hearing_right",
            art.APL63,
            (
                "拟罚款{0}元未达到听证标准，当事人不享有听证权利，不能制作{1}",
                (f"{int(basis.facts.get('amount_cents') or 0) / 100:.2f}", label),
            ),
            "事先告知书中不写听证权利；当事人的意见在陈述申辩中听取",
        )
    if doc_type in ("demand_notice", "enforcement_application"):
        basis.facts.update(_enforcement_facts(view, basis.on_date))
    return basis


def _require_same_facts(basis: DocumentBasis, given: Mapping[str, Any], label: str) -> None:
    """A document states the amount of the step it records, not another one."""
    if not basis.performed or given.get("amount_cents") in (None, ""):
        return
    recorded = basis.facts.get("amount_cents")
    if recorded is not None and int(given["amount_cents"]) != int(recorded):
        raise refuse(
            "document_amount",
            (art.APL44, art.APL62),
            (
                "{0}的金额（{1}元）与案件记录的{2}元不一致",
                (label, f"{int(given['amount_cents']) / 100:.2f}", f"{int(recorded) / 100:.2f}"),
            ),
            "文书只能载明案件已记录的处罚内容；金额变化须重新告知",
        )
