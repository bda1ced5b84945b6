"""The case workflow (domain spec §1.2): the steps between ``CaseState`` values, the rules each runs, its effect.

Pure: a step is checked against a :class:`CaseView` (the case, its party, officers, events, discretion
record, settings and calendar). The legal rules are named functions in ``inspector.law.rules`` and
``inspector.law.amounts``, each citing an ``inspector.law.articles`` constant; :data:`RULES` lists, per
step, the rules it runs, in order. A step either yields the new state and the event data to record, or
raises :class:`GuardRefused` naming the rule, the article and what the officer should do. The use cases
that load the view and write the result are in ``inspector.services.workflow``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from inspector.errors import GuardRefused, Verbatim
from inspector.law import amounts, periods
from inspector.law import articles as art
from inspector.law import rules as p
from inspector.law.case import (
    CHANGED,
    ENDING,
    OUTCOME_LABELS,
    SERVICE_LABELS,
    Attempt,
    CaseView,
    DecisionOutcome,
    Rule,
    ServiceMethod,
    parse_cents,
    parse_date,
    refuse,
)
from inspector.law.rules import (
    PASSING_VERDICTS,
    REVIEW_VERDICTS,
    collective_required,
    hearing_threshold,
    legal_review_passed,
)
from inspector.model import CaseState as S
from inspector.permissions import Action

__all__ = [
    "OUTCOME_LABELS",
    "SERVICE_LABELS",
    "Attempt",
    "CaseView",
    "DecisionOutcome",
    "ServiceMethod",
    "collective_required",
    "hearing_threshold",
    "legal_review_passed",
    "GuardRefused",
    "REVIEW_VERDICTS",
    "PASSING_VERDICTS",
]


@dataclass(frozen=True)
class StepSpec:
    """A workflow step: from which states, to which state (None: stays), who may do it."""

    name: str
    label: str
    sources: frozenset[S]
    target: S | None
    action: Action
    procedure: str = "general"  # general / simple / any


_PRE_DECISION = frozenset(
    {
        S.CLUE,
        S.VERIFYING,
        S.FILED,
        S.INVESTIGATING,
        S.INVESTIGATED,
        S.INTERNAL_REVIEW,
        S.LEGAL_REVIEW,
        S.NOTIFIED,
        S.HEARING,
        S.COLLECTIVE,
    }
)
_AFTER_NOTICE = frozenset({S.NOTIFIED, S.HEARING, S.COLLECTIVE})


def _spec(
    name: str,
    label: str,
    sources: set[S] | frozenset[S],
    target: S | None,
    action: Action,
    procedure: str = "general",
) -> StepSpec:
    return StepSpec(name, label, frozenset(sources), target, action, procedure)


# The states after a decision in which its publication, a change to it and the withdrawal are recorded.
_AFTER_DECISION = frozenset({S.DECIDED, S.SERVED, S.EXECUTING, S.CLOSED, S.ARCHIVED})
STEPS: tuple[StepSpec, ...] = (
    _spec("on_the_spot", "当场处罚（简易程序）", {S.CLUE}, S.SERVED, Action.CASE_ADVANCE, "any"),
    _spec("verify", "开始核查", {S.CLUE}, S.VERIFYING, Action.CASE_ADVANCE),
    # Art. 41 ¶2: a 非现场 record is reviewed before it may back a case. The squad leader signs it off: the review
    # decides whether the record can be evidence at all, and an unfit record ends the clue (不予立案), which is
    # the leader's decision as filing is.
    _spec("review_record", "非现场记录审核", {S.CLUE, S.VERIFYING}, None, Action.CASE_APPROVE),
    _spec("file", "立案", {S.CLUE, S.VERIFYING}, S.FILED, Action.CASE_APPROVE),
    _spec("not_file", "不予立案", {S.CLUE, S.VERIFYING}, S.NOT_FILED, Action.CASE_APPROVE),
    _spec("investigate", "开始调查取证", {S.FILED}, S.INVESTIGATING, Action.CASE_ADVANCE),
    _spec("end_investigation", "调查终结", {S.INVESTIGATING}, S.INVESTIGATED, Action.CASE_ADVANCE),
    _spec("submit_review", "提交案件审核", {S.INVESTIGATED}, S.INTERNAL_REVIEW, Action.CASE_ADVANCE),
    _spec(
        "submit_legal_review",
        "提交法制审核",
        {S.INTERNAL_REVIEW} | _AFTER_NOTICE,
        S.LEGAL_REVIEW,
        Action.CASE_ADVANCE,
    ),
    _spec("legal_review", "法制审核意见", {S.LEGAL_REVIEW}, None, Action.LEGAL_REVIEW),
    _spec("notify", "事先告知", {S.INTERNAL_REVIEW} | _AFTER_NOTICE, S.NOTIFIED, Action.CASE_ADVANCE),
    _spec("waive_statement", "记录放弃陈述申辩", {S.NOTIFIED, S.HEARING}, None, Action.CASE_ADVANCE),
    _spec("request_hearing", "当事人申请听证", {S.NOTIFIED}, S.HEARING, Action.CASE_ADVANCE),
    _spec("hearing_notice", "听证通知", {S.HEARING}, None, Action.CASE_ADVANCE),
    _spec("hold_hearing", "举行听证", {S.HEARING}, None, Action.CASE_ADVANCE),
    _spec(
        "collective",
        "负责人集体讨论",
        {S.INTERNAL_REVIEW, S.NOTIFIED, S.HEARING},
        S.COLLECTIVE,
        Action.CASE_APPROVE,
    ),
    _spec("decide", "作出决定", {S.INTERNAL_REVIEW} | _AFTER_NOTICE, S.DECIDED, Action.CASE_APPROVE),
    _spec("transfer", "案件移送", _PRE_DECISION, S.TRANSFERRED, Action.CASE_TRANSFER),
    _spec("extend", "延长办案期限", _PRE_DECISION, None, Action.CASE_APPROVE),
    _spec("serve", "送达决定书", {S.DECIDED}, S.SERVED, Action.CASE_ADVANCE),
    _spec("start_execution", "进入执行", {S.SERVED}, S.EXECUTING, Action.CASE_ADVANCE, "any"),
    _spec("pay", "登记缴款", {S.SERVED, S.EXECUTING}, S.EXECUTING, Action.CASE_ADVANCE, "any"),
    _spec(
        "hand_in_cash",
        "当场收缴罚款上缴",
        {S.SERVED, S.EXECUTING, S.CLOSED},
        None,
        Action.CASE_ADVANCE,
        "any",
    ),
    _spec("instalment", "批准延期/分期缴纳", {S.SERVED, S.EXECUTING}, None, Action.CASE_APPROVE, "any"),
    _spec("appeal_start", "登记复议/诉讼", {S.SERVED, S.EXECUTING}, None, Action.CASE_ADVANCE, "any"),
    _spec("appeal_end", "复议/诉讼终结", {S.SERVED, S.EXECUTING}, None, Action.CASE_ADVANCE, "any"),
    _spec("demand", "送达催告书", {S.EXECUTING}, None, Action.CASE_ADVANCE, "any"),
    _spec("apply_court", "申请法院强制执行", {S.EXECUTING}, None, Action.CASE_APPROVE, "any"),
    # Publication and its withdrawal follow the decision, not the file (Art. 48): a decision changed by a court
    # after the file was archived, or a publication the portal reports late, is still recorded.
    _spec(
        "publish",
        "公示处罚决定",
        _AFTER_DECISION,
        None,
        Action.CASE_ADVANCE,
        "any",
    ),
    _spec(
        "decision_changed",
        "登记决定变更/撤销",
        _AFTER_DECISION,
        None,
        Action.CASE_APPROVE,
        "any",
    ),
    _spec(
        "publication_withdrawn",
        "撤下已公示的决定",
        _AFTER_DECISION,
        None,
        Action.CASE_ADVANCE,
        "any",
    ),
    _spec("close", "结案", {S.SERVED, S.EXECUTING, S.TRANSFERRED}, S.CLOSED, Action.CASE_APPROVE, "any"),
    _spec("archive", "归档", {S.CLOSED, S.NOT_FILED}, S.ARCHIVED, Action.CASE_ADVANCE, "any"),
)
STEP_BY_NAME = {s.name: s for s in STEPS}
# Steps recorded as events with a different name, so deadlines can stop on them.
EVENT_LABELS = {s.name: s.label for s in STEPS} | {
    "clue": "线索登记",
    "pay_full": "缴清罚款",
    "demand_served": "送达催告书",
    "court_applied": "申请法院强制执行",
    "preserve": "先行登记保存",
    "seize": "查封扣押",
    "preservation_decided": "保存物品处理决定",
    "transfer_ack": "接收机关回执",
    "soft_enforcement": "说服教育/劝导/指导",
    "publish": "决定公示",
    "publicity_withheld": "决定不予公示",
    "discretion": "裁量表",
    "cash_handed_in": "当场收缴罚款上缴",
}


@dataclass(frozen=True)
class Outcome:
    """What a checked step does: the new state, the event to record, and case columns to change."""

    step: str
    target: S
    on_date: dt.date
    data: dict[str, Any]
    case_changes: dict[str, Any]


def open_to(view: CaseView, spec: StepSpec) -> bool:
    """Whether the case's procedure admits ``spec``. A clue from an on-the-spot inspection is on the simple
    procedure, but outside Art. 51's limits it goes on in the general one (verification, filing, transfer):
    until the on-the-spot decision is made, the general procedure's first steps stay open."""
    procedure = view.case.get("procedure") or "general"
    return spec.procedure in ("any", procedure) or (view.state is S.CLUE and spec.procedure == "general")


def allowed_steps(view: CaseView, can: Callable[[Action], bool]) -> list[StepSpec]:
    """Steps whose source state matches and whose permission the user holds (guards not run yet)."""
    out = []
    for spec in STEPS:
        if view.state not in spec.sources or not can(spec.action):
            continue
        if not open_to(view, spec):
            continue
        if (
            spec.name == "close"
            and view.state is S.SERVED
            and penalty_decided(view)
            and not view.decision_ended()
        ):
            continue
        if not _relevant(view, spec.name):
            continue
        out.append(spec)
    return out


# Steps the law lets be taken again, named for what taking them again does (the first time, the step's label).
REPEAT_LABELS = {
    "hearing_notice": "听证改期（重新通知）",  # Art. 64 (2): a new date, noticed 7 working days ahead again
    "instalment": "变更延期/分期缴纳",  # Art. 66 ¶2: a new approval replaces the plan
    "extend": "再次延长办案期限",  # Art. 60: a further extension on its own approval
}


def step_label(view: CaseView, spec: StepSpec) -> str:
    """What the button of ``spec`` says on this case: a repeatable step already taken says it is taken again."""
    if spec.name not in REPEAT_LABELS:
        return spec.label
    last = view.last(spec.name)
    if last is None or (spec.name == "hearing_notice" and view.after(last, "hold_hearing")):
        return spec.label
    return REPEAT_LABELS[spec.name]


def _relevant(view: CaseView, step: str) -> bool:
    """Hide steps that can only make sense after another one (their guards would refuse anyway)."""

    def open_after(start: str, end: str) -> bool:
        first = view.last(start)
        return first is not None and not view.after(first, end)

    if step == "review_record":  # a 非现场 record, reviewed once (Art. 41 ¶2)
        return view.case.get("source") == "non_contact" and p.record_review(view) is None
    if step == "hand_in_cash":
        cash = [e for e in view.events if e["step"] in ("pay", "pay_full") and e["data"].get("cash")]
        return bool(cash) and not view.after(cash[-1], "cash_handed_in")
    if step == "publication_withdrawn":  # a published decision changed: Art. 48's withdrawal is open
        change = view.last("decision_changed")
        return open_after("decision_changed", "publication_withdrawn") and bool(
            change and change["data"].get("published", True)
        )
    if step == "appeal_end":
        return open_after("appeal_start", "appeal_end")
    if step == "appeal_start":  # one at a time: a lawsuit after a review is registered once the review ended
        return not periods.appeal_open(view)
    if step in ("start_execution", "pay", "instalment", "demand", "apply_court") and view.decision_ended():
        return False  # 行政强制法 Art. 40 (4): a revoked, unlawful or void decision is not executed
    if step == "apply_court":
        return p.demand_for_period(view) is not None and view.last("court_applied") is None
    if step == "hold_hearing":
        return open_after("hearing_notice", "hold_hearing")
    if step == "waive_statement":  # once per prior notice
        return p.waiver_recorded(view) is None
    if step == "demand":  # offered once the payment period is over, the fine still owed and no 催告书 served
        due = periods.payment_period(view)
        return (
            p.demand_for_period(view) is None
            and penalty_decided(view)
            and due is not None
            and periods.surely_over(view, due, view.today)
            and periods.owed(view, view.today) > 0
        )
    if step in ("pay", "instalment"):  # nothing left to pay, or to defer (a fine paid on the spot, Art. 68)
        return penalty_decided(view) and periods.owed(view, view.today) > 0
    if step == "start_execution":
        return penalty_decided(view)
    if step == "publish":  # a decision with a publication record to publish (§7.2)
        return view.last("publish") is None and view.extra.get("publicity") not in (None, "withheld", "void")
    return True


# ------------------------------------------------------------------------------- rules of every step
def require_known_step(view: CaseView, attempt: Attempt) -> None:
    if attempt.step not in STEP_BY_NAME:
        raise refuse(
            "unknown_step",
            art.NONE,
            ("未知的办案步骤：{0}", (Verbatim(str(attempt.step)),)),
            "请从可用步骤中选择",
        )


# Where the law puts a step after another one, what comes first and why (the article and what the officer
# does); any other step out of order names the step the procedure puts before it (:func:`step_first`).
FIRST_BECAUSE: dict[tuple[str, str], tuple[tuple[art.Article, ...], str]] = {
    ("demand", "start_execution"): (
        (art.ACL35, art.APL67, art.APL72),
        "缴款期限（送达后十五日）届满仍未缴纳罚款的，先“进入执行”，再送达催告书",
    ),
    ("apply_court", "start_execution"): (
        (art.ACL53, art.ACL54),
        "先“进入执行”并送达催告书；催告书送达满十日仍未履行，且复议、诉讼期限届满后，才可申请法院强制执行",
    ),
}
# The step out of order ({0}) and the one the procedure puts before it ({1}).
FIRST_REFUSAL = "案件当前状态下不能执行“{0}”：须先“{1}”"
FIRST_HINT = "请先执行“{0}”"
# The step ({0}) belongs to stages the case has passed ({1}: those stages).
PASSED_REFUSAL = "案件当前状态下不能执行“{0}”：本案已过该环节"
PASSED_HINT = "该步骤只能在以下阶段执行：{0}"
# Steps that end the procedure another way: never the way to reach a later step.
_NOT_ON_THE_WAY = frozenset({"not_file", "transfer"})


def step_first(view: CaseView, step: str) -> StepSpec | None:
    """The step the procedure puts first on the shortest way from the case's state to one where ``step`` may be
    taken (None when the case has passed it). The simple procedure's one step is on the way only for a
    simple-procedure case."""
    procedure = view.case.get("procedure") or "general"
    wanted = STEP_BY_NAME[step].sources
    ways: list[StepSpec] = [
        s
        for s in STEPS
        if s.target is not None
        and s.target != view.state
        and s.name not in _NOT_ON_THE_WAY
        and open_to(view, s)
        and (s.name != "on_the_spot" or procedure == "simple")
    ]
    first: dict[S, StepSpec | None] = {view.state: None}
    queue = [view.state]
    while queue:
        state = queue.pop(0)
        if state in wanted:
            return first[state]
        for s in ways:
            if state in s.sources and s.target not in first:
                assert s.target is not None
                first[s.target] = first[state] or s
                queue.append(s.target)
    return None


def require_source_state(view: CaseView, attempt: Attempt) -> None:
    """Chapter V of the Administrative Penalty Law (and the Coercion Law's order of 催告 and application): the
    steps come in their order, and a step out of order names the one that must come first."""
    from inspector.model import CASE_STATE_LABELS

    spec = STEP_BY_NAME[attempt.step]
    if view.state in spec.sources:
        return
    before = step_first(view, attempt.step)
    if before is None:
        stages = [CASE_STATE_LABELS[s] for s in S if s in spec.sources]
        raise refuse(
            "wrong_state", art.PROCEDURE_CHAPTER, (PASSED_REFUSAL, (spec.label,)), (PASSED_HINT, (stages,))
        )
    articles, hint = FIRST_BECAUSE.get((attempt.step, before.name), ((art.PROCEDURE_CHAPTER,), ""))
    raise refuse(
        "wrong_state",
        articles,
        (FIRST_REFUSAL, (spec.label, before.label)),
        hint or (FIRST_HINT, (before.label,)),
    )


def require_not_in_future(view: CaseView, attempt: Attempt) -> None:
    if attempt.on > view.today:
        raise refuse("future_date", art.NONE, "办案日期不能晚于今天", "请填写实际发生的日期")


def require_chronological(view: CaseView, attempt: Attempt) -> None:
    """Art. 47: the whole procedure is recorded as it happened, so no step is dated before the previous one."""
    steps = [e for e in view.events if e["from_state"] != e["to_state"] or e["step"] in STEP_BY_NAME]
    if steps and attempt.on < dt.date.fromisoformat(steps[-1]["on_date"]):
        raise refuse(
            "backdated",
            art.APL47,
            ("日期不能早于上一个办案步骤（{0}）", (Verbatim(steps[-1]["on_date"]),)),
            "办案过程按时间顺序记录；请填写实际发生的日期",
        )


EVERY_STEP: tuple[Rule, ...] = (
    require_known_step,
    require_source_state,
    require_not_in_future,
    require_chronological,
)

# Which rules each step runs, in order: the first that fails refuses the step. A newcomer looking for
# "no decision before the statement period ends" finds ``p.require_statement_period_over`` under "decide".
RULES: dict[str, tuple[Rule, ...]] = {
    "on_the_spot": (
        amounts.require_simple_procedure_ceiling,
        p.require_two_certified_officers,
        p.require_age_fourteen,
        p.require_statement_heard,
        p.require_within_limitation,
        amounts.require_lawful_amount,
        amounts.require_no_second_fine,
        amounts.require_lawful_cash,
        p.require_correction_order,
    ),
    "verify": (),
    "review_record": (p.require_record_review_findings,),
    "file": (p.require_within_limitation, p.require_two_certified_officers, p.require_record_reviewed),
    "not_file": (p.require_reason_not_filed,),
    "investigate": (),
    "end_investigation": (p.require_two_certified_officers,),
    "submit_review": (),
    "submit_legal_review": (),
    "legal_review": (p.require_legal_qualification, p.require_review_verdict),
    "notify": (
        p.require_two_certified_officers,
        p.require_age_fourteen,
        amounts.require_lawful_amount,
        p.require_hearing_threshold_set,
        p.require_served_after_made,
    ),
    "waive_statement": (p.require_written_waiver,),
    "request_hearing": (p.require_hearing_right, p.require_hearing_request_in_time),
    "hearing_notice": (p.require_hearing_notice_period,),
    "hold_hearing": (p.require_hearing_noticed,),
    "collective": (),
    "decide": (
        p.require_known_outcome,
        p.require_transfer_receiver,
        p.require_education,
        p.require_known_ground,
        p.require_two_certified_officers,
        p.require_age_fourteen,
        p.require_within_limitation,
        p.require_notice,
        p.require_statement_period_over,
        amounts.require_lawful_amount,
        p.require_not_above_notice,
        amounts.require_no_second_fine,
        p.require_hearing_held,
        p.require_collective_discussion,
        p.require_legal_review,
        p.require_correction_order,
    ),
    "transfer": (p.require_transfer_details,),
    "extend": (p.require_extension_reason,),
    "serve": (p.require_service_method, p.require_served_after_made),
    "start_execution": (p.require_decision_in_force,),
    "pay": (p.require_decision_in_force, p.require_positive_payment, amounts.require_lawful_cash),
    "hand_in_cash": (p.require_cash_to_hand_in,),
    "instalment": (p.require_decision_in_force, p.require_instalment_terms),
    "appeal_start": (p.require_no_open_appeal,),
    "appeal_end": (),
    "demand": (p.require_decision_in_force, p.require_payment_overdue),
    "apply_court": (p.require_decision_in_force, p.require_court_conditions),
    "publish": (p.require_publicity_signed_off,),
    "decision_changed": (p.require_change_reason,),
    "publication_withdrawn": (p.require_change_to_withdraw,),
    "close": (p.require_case_settled,),
    "archive": (),
}


def rules_of(step: str) -> tuple[Rule, ...]:
    """Every rule ``step`` runs: the ones common to all steps, then its own."""
    return EVERY_STEP + RULES.get(step, ())


# ------------------------------------------------------------------------------ helpers others read
# The specific ground of a decision not to penalise (§2 doc 12), by code; printed on the 不予行政处罚决定书.
NO_PENALTY_GROUNDS = {
    "art33_1_minor": f"当事人的违法行为轻微并及时改正，没有造成危害后果，依据{art.APL33_1}第一句的规定，不予行政处罚",
    "art33_1_first": f"当事人初次违法且危害后果轻微并及时改正，依据{art.APL33_1}第二句的规定，可以不予行政处罚",
    "art33_2_no_fault": f"当事人有证据足以证明没有主观过错，依据{art.APL33_2}的规定，不予行政处罚",
    "art30_minor": f"当事人实施违法行为时不满十四周岁，依据{art.APL30}的规定，不予行政处罚，责令监护人加以管教",
    "art31_incapable": f"当事人系精神病人、智力残疾人，在不能辨认或者不能控制自己行为时实施违法行为，依据{art.APL31}"
    "的规定，不予行政处罚，责令其监护人严加看管和治疗",
    "art36_limitation": f"当事人的违法行为在法定期限内未被发现，依据{art.APL36}的规定，不再给予行政处罚",
    "art57_3_not_established": f"经调查，违法事实不能成立，依据{art.APL57_1_3}的规定，不予行政处罚",
}

# The same grounds, short, for choosing one (step field ``ground`` of 作出决定).
NO_PENALTY_GROUND_LABELS = {
    "art33_1_minor": f"违法行为轻微并及时改正，没有造成危害后果（{art.APL33_1.short}）",
    "art33_1_first": f"初次违法且危害后果轻微并及时改正（{art.APL33_1.short}）",
    "art33_2_no_fault": f"有证据足以证明没有主观过错（{art.APL33_2.short}）",
    "art30_minor": f"违法时不满十四周岁（{art.APL30.short}）",
    "art31_incapable": f"精神病人、智力残疾人不能辨认或控制自己行为时违法（{art.APL31.short}）",
    "art36_limitation": f"违法行为在法定期限内未被发现（{art.APL36.short}）",
    "art57_3_not_established": f"违法事实不能成立（{art.APL57_1_3.short}）",
}


def no_penalty_ground(view: CaseView) -> str | None:
    """The ground code of the case's decision not to penalise (from the decision event), None if not decided so.

    An explicit ``ground`` recorded with the decision wins; otherwise it follows from the outcome (Art. 57(3))
    and the circumstances on the discretion record (Art. 30, 31, 33)."""
    decision = view.last("decide")
    if decision is None or decision["data"].get("outcome") not in (
        DecisionOutcome.NO_PENALTY_MINOR,
        DecisionOutcome.NO_CASE,
    ):
        return None
    data = decision["data"]
    if data.get("ground") in NO_PENALTY_GROUNDS:
        return str(data["ground"])
    if data["outcome"] == DecisionOutcome.NO_CASE:
        return "art57_3_not_established"
    circ = (view.discretion or {}).get("circumstances") or {}
    circ = json.loads(circ) if isinstance(circ, str) else circ
    if circ.get("art31") == "incapable":
        return "art31_incapable"
    if circ.get("no_fault"):
        return "art33_2_no_fault"
    if circ.get("first_time_slight_corrected") and not circ.get("minor_no_harm_corrected"):
        return "art33_1_first"
    return "art33_1_minor"


def penalty_decided(view: CaseView) -> bool:
    d = view.last("decide", "on_the_spot")
    return bool(d and d["data"].get("outcome", "penalty") == "penalty" and d["data"].get("amount_cents", 0))


def states_for(*steps: str) -> frozenset[S]:
    """The states in which any of ``steps`` may be taken, plus the states they lead to (for documents)."""
    out: set[S] = set()
    for name in steps:
        spec = STEP_BY_NAME[name]
        out |= spec.sources
        if spec.target is not None:
            out.add(spec.target)
    return frozenset(out)


def require_notice(view: CaseView) -> dict[str, Any]:
    """Art. 44/62: the recorded prior notice (the newest one); refuses when there is none."""
    p.require_notice(view, Attempt("decide", view.today, {}))
    return view.last("notify")  # type: ignore[return-value]


def require_not_above_notice(notice: Mapping[str, Any], amount: int) -> None:
    """Art. 45: the penalty may not be increased because of the defence (decision ≤ notified amount)."""
    notified = int(notice["data"]["amount_cents"])
    if amount > notified:
        raise refuse(
            "amount_above_notice",
            art.APL45,
            (
                "决定罚款{0}元高于告知的{1}元",
                (Verbatim(f"{amount / 100:.2f}"), Verbatim(f"{notified / 100:.2f}")),
            ),
            "不得因当事人申辩而加重处罚；确需提高的，须重新事先告知",
        )


def statement_due(view: CaseView, notice: Mapping[str, Any]) -> dt.date:
    """The last day of the statement period after ``notice`` (see :func:`inspector.law.periods.statement_period`)."""
    return periods.statement_period(view, notice).date


def payment_due(view: CaseView) -> dt.date | None:
    """Art. 67: the last day to pay after the decision was served (before any deferral)."""
    served = periods.decision_served(view)
    return None if served is None else periods.period(view, "payment", periods.served_on(served)).date


def limitation_end(view: CaseView) -> dt.date | None:
    due = periods.limitation_end(view)
    return due.date if due else None


def legal_review_reasons(view: CaseView, amount_cents: int | None) -> list[str]:
    """Why this case needs 法制审核, judged on the amount set by its latest notice or decision."""
    return p.legal_review_reasons(view, amount_cents, amounts.reasoning_facts(view))


def legal_review_reason_parts(view: CaseView, amount_cents: int | None) -> list[tuple[str, tuple[Any, ...]]]:
    """:func:`legal_review_reasons` as (template, arguments) pairs, for an interface that translates them."""
    return p.legal_review_reason_parts(view, amount_cents, amounts.reasoning_facts(view))


paid_total = periods.paid_total
paused_spans = periods.paused_spans
surcharge_due = periods.surcharge_due


def document_lawful(view: CaseView, doc_type: str, data: Mapping[str, Any] | None = None) -> Any:
    """Whether ``doc_type`` may be issued now (see :func:`inspector.law.documents.document_lawful`)."""
    from inspector.law.documents import document_lawful as lawful

    return lawful(view, doc_type, data)


# ------------------------------------------------------------------------------------------------ check
def check(view: CaseView, step: str, data: Mapping[str, Any]) -> Outcome:
    """Run the rules of ``step`` on ``view``; return what to record, or raise :class:`GuardRefused`."""
    given = dict(data)
    attempt = Attempt(step, parse_date(given.pop("on_date", None), view.today), given)
    for rule in rules_of(step):
        rule(view, attempt)
    spec = STEP_BY_NAME[step]
    target = spec.target or view.state
    changes: dict[str, Any] = {}
    if spec.procedure == "general" and view.case.get("procedure") == "simple":
        changes["procedure"] = "general"  # Art. 51 not met: the clue goes on in the general procedure
    effect = _EFFECTS.get(step)
    if effect:
        target, extra = effect(view, attempt, target)
        changes.update(extra)
    changes["state"] = str(target)
    return Outcome(step, target, attempt.on, attempt.data, changes)


# ------------------------------------------------------------------------- what a lawful step records
Effect = Callable[[CaseView, Attempt, S], tuple[S, dict[str, Any]]]


def _on_the_spot(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    amount = int(a.data.get("amount_cents") or 0)
    a.data.update(outcome="penalty", amount_cents=amount, served_on=a.on.isoformat(), method="direct")
    return target, {
        "procedure": "simple",
        "fine_cents": amount,
        "decided_at": a.on.isoformat(),
        "filed_at": a.on.isoformat(),
        **_serious_harm(view, a),
    }


def _serious_harm(view: CaseView, a: Attempt) -> dict[str, Any]:
    """Art. 36: serious harm declared at filing stays on the case (the decision checks the same limitation)."""
    return {"serious_harm": 1} if a.data.get("serious_harm") and not view.case.get("serious_harm") else {}


def _file(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    return target, {"filed_at": a.on.isoformat(), **_serious_harm(view, a)}


def _review_record(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    """Art. 41 ¶2: a record found unfit cannot be evidence, so the clue ends (不予立案) with the review's reason."""
    a.data["criteria"] = p.RECORD_CRITERIA
    a.data["record_no"] = view.case.get("device_record_no") or ""
    if a.data.get("result") == p.RECORD_FIT:
        return target, {}
    a.data["record_review"] = p.RECORD_UNFIT
    return S.NOT_FILED, {"closed_at": a.on.isoformat()}


def _closed(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    return target, {"closed_at": a.on.isoformat()}


def _submit_legal_review(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    a.data["return_to"] = str(view.state)
    return target, {}


def _legal_review(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    reviewed = p.amount_under_review(view)
    if reviewed is not None:
        a.data["reviewed_amount_cents"] = reviewed  # what this review covers (Art. 58)
    sent = view.last("submit_legal_review")
    back = S((sent or {}).get("data", {}).get("return_to", S.INTERNAL_REVIEW))
    return (back if a.data["verdict"] in p.PASSING_VERDICTS else S.INVESTIGATING), {}


def _notify(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    threshold = hearing_threshold(view)
    amount = int(a.data["amount_cents"])
    heavy = bool(a.data.get("heavy_penalty"))  # Art. 63 (2)–(5): confiscation, revocation, suspension, …
    a.data.update(
        amount_cents=amount, hearing_right=heavy or amount >= threshold, hearing_threshold_cents=threshold
    )
    notice = {"data": a.data, "on_date": a.on.isoformat()}
    due = periods.statement_period(view, notice)
    a.data["statement_due"] = due.date.isoformat()
    a.data["statement_due_provisional"] = due.provisional
    a.data["statement_due_latest"] = periods.latest_end(view, due).isoformat()  # what the notice states
    if a.data["hearing_right"]:
        request = periods.hearing_request_period(view, notice)
        a.data["hearing_request_due"] = request.date.isoformat()
        a.data["hearing_request_due_provisional"] = request.provisional
        a.data["hearing_request_due_latest"] = periods.latest_end(view, request).isoformat()
    return target, {}


def _decide(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    changes: dict[str, Any] = {"decided_at": a.on.isoformat()}
    if a.outcome == DecisionOutcome.TRANSFER:
        return S.TRANSFERRED, changes
    if not a.penalty:
        a.data["amount_cents"] = 0
        a.data.pop("reasoning", None)
        a.data.pop("correction", None)  # the no-penalty decision orders correction on its own form
    else:
        a.data["amount_cents"] = int(a.data["amount_cents"])
    changes["fine_cents"] = a.data["amount_cents"]
    return S.DECIDED, changes


def _extend(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    a.data.setdefault("timer", "decision")
    return target, {}


def _serve(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    decision = view.last("decide")
    a.data["outcome"] = (decision or {}).get("data", {}).get("outcome", "penalty")
    return target, {}


def _decision_changed(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    """Art. 48; 行政强制法 Art. 41: a changed fine is what the case executes from now on (the decision's own event
    keeps the amount first decided, and the change the amount it replaced); an ended decision records what had
    been paid under it, to be returned."""
    fine = int(view.case.get("fine_cents") or 0)
    if a.data.get("kind") == CHANGED:
        a.data["previous_fine_cents"] = fine
        return target, {"fine_cents": int(a.data["amount_cents"])}
    if a.data.get("kind") in ENDING:
        a.data["paid_cents"] = periods.paid_total(view)
    return target, {}


def _pay(view: CaseView, a: Attempt, target: S) -> tuple[S, dict[str, Any]]:
    amount = parse_cents(a.data.get("amount_cents"), "缴款金额")
    surcharge = periods.surcharge_due(view, a.on)
    owed = int(view.case.get("fine_cents") or 0) + surcharge
    paid = periods.paid_total(view)
    a.data.update(
        amount_cents=amount,
        surcharge_cents=surcharge,
        owed_cents=owed,
        paid_before_cents=paid,
        full=paid + amount >= owed,
    )
    return target, {}


_EFFECTS: dict[str, Effect] = {
    "on_the_spot": _on_the_spot,
    "file": _file,
    "not_file": _closed,
    "review_record": _review_record,
    "submit_legal_review": _submit_legal_review,
    "legal_review": _legal_review,
    "notify": _notify,
    "decide": _decide,
    "extend": _extend,
    "serve": _serve,
    "pay": _pay,
    "decision_changed": _decision_changed,
    "close": _closed,
}


def event_step(outcome: Outcome) -> str:
    """The name the event is recorded under (so deadlines can stop on it)."""
    if outcome.step == "pay" and outcome.data.get("full"):
        return "pay_full"
    if outcome.step == "demand":
        return "demand_served"
    if outcome.step == "apply_court":
        return "court_applied"
    if outcome.step == "hand_in_cash":
        return "cash_handed_in"
    if outcome.step == "review_record" and outcome.data.get("record_review") == "unfit":
        return "not_file"  # the clue ends here: timers, documents and counts see a decision not to file
    return outcome.step
