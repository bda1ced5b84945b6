"""The case workflow (domain spec §1.2): steps between ``CaseState`` values and the legal guards on each.

Pure: a step is checked against a :class:`CaseView` (the case, its party, officers, events, discretion
record, settings and calendar) and either yields the new state and the event data to record, or raises
:class:`GuardRefused` naming the rule, the article and what the officer should do. The use cases that
load the view and write the result are in ``inspector.services.workflow``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import GuardRefused
from inspector.law import deadlines, workdays
from inspector.law.workdays import HolidayCalendar
from inspector.model import CaseState as S
from inspector.permissions import Action


class DecisionOutcome(enum.StrEnum):
    """Art. 57 ¶1: exactly four outcomes at the end of an investigation."""

    PENALTY = "penalty"                    # (1) 给予行政处罚
    NO_PENALTY_MINOR = "no_penalty_minor"  # (2) 违法行为轻微，依法可以不予行政处罚
    NO_CASE = "no_case"                    # (3) 违法事实不能成立，不予行政处罚
    TRANSFER = "transfer"                  # (4) 涉嫌犯罪，移送司法机关


OUTCOME_LABELS = {DecisionOutcome.PENALTY: "给予行政处罚", DecisionOutcome.NO_PENALTY_MINOR: "不予行政处罚（轻微）",
                  DecisionOutcome.NO_CASE: "违法事实不能成立，不予行政处罚", DecisionOutcome.TRANSFER: "移送司法机关"}


class ServiceMethod(enum.StrEnum):
    """送达方式 (Art. 61 and the Civil Procedure Law)."""

    DIRECT = "direct"              # 直接送达 / 当场交付
    LEFT = "left"                  # 留置送达
    ENTRUSTED = "entrusted"        # 委托送达
    POSTAL = "postal"              # 邮寄送达
    PUBLIC_NOTICE = "public_notice"  # 公告送达
    ELECTRONIC = "electronic"      # 电子送达 (party's consent and 确认书 required)


SERVICE_LABELS = {ServiceMethod.DIRECT: "直接送达", ServiceMethod.LEFT: "留置送达", ServiceMethod.ENTRUSTED: "委托送达",
                  ServiceMethod.POSTAL: "邮寄送达", ServiceMethod.PUBLIC_NOTICE: "公告送达",
                  ServiceMethod.ELECTRONIC: "电子送达"}


@dataclass(frozen=True)
class StepSpec:
    """A workflow step: from which states, to which state (None: stays), who may do it."""

    name: str
    label: str
    sources: frozenset[S]
    target: S | None
    action: Action
    procedure: str = "general"     # general / simple / any


_PRE_DECISION = frozenset({S.CLUE, S.VERIFYING, S.FILED, S.INVESTIGATING, S.INVESTIGATED, S.INTERNAL_REVIEW,
                           S.LEGAL_REVIEW, S.NOTIFIED, S.HEARING, S.COLLECTIVE})
_AFTER_NOTICE = frozenset({S.NOTIFIED, S.HEARING, S.COLLECTIVE})


def _spec(name: str, label: str, sources: set[S] | frozenset[S], target: S | None, action: Action,
          procedure: str = "general") -> StepSpec:
    return StepSpec(name, label, frozenset(sources), target, action, procedure)


STEPS: tuple[StepSpec, ...] = (
    _spec("on_the_spot", "当场处罚（简易程序）", {S.CLUE}, S.SERVED, Action.CASE_ADVANCE, "any"),
    _spec("verify", "开始核查", {S.CLUE}, S.VERIFYING, Action.CASE_ADVANCE),
    _spec("file", "立案", {S.CLUE, S.VERIFYING}, S.FILED, Action.CASE_APPROVE),
    _spec("not_file", "不予立案", {S.CLUE, S.VERIFYING}, S.NOT_FILED, Action.CASE_APPROVE),
    _spec("investigate", "开始调查取证", {S.FILED}, S.INVESTIGATING, Action.CASE_ADVANCE),
    _spec("end_investigation", "调查终结", {S.INVESTIGATING}, S.INVESTIGATED, Action.CASE_ADVANCE),
    _spec("submit_review", "提交案件审核", {S.INVESTIGATED}, S.INTERNAL_REVIEW, Action.CASE_ADVANCE),
    _spec("submit_legal_review", "提交法制审核", {S.INTERNAL_REVIEW} | _AFTER_NOTICE, S.LEGAL_REVIEW,
          Action.CASE_ADVANCE),
    _spec("legal_review", "法制审核意见", {S.LEGAL_REVIEW}, None, Action.LEGAL_REVIEW),
    _spec("notify", "事先告知", {S.INTERNAL_REVIEW} | _AFTER_NOTICE, S.NOTIFIED, Action.CASE_ADVANCE),
    _spec("waive_statement", "记录放弃陈述申辩", {S.NOTIFIED, S.HEARING}, None, Action.CASE_ADVANCE),
    _spec("request_hearing", "当事人申请听证", {S.NOTIFIED}, S.HEARING, Action.CASE_ADVANCE),
    _spec("hearing_notice", "听证通知", {S.HEARING}, None, Action.CASE_ADVANCE),
    _spec("hold_hearing", "举行听证", {S.HEARING}, None, Action.CASE_ADVANCE),
    _spec("collective", "负责人集体讨论", {S.INTERNAL_REVIEW, S.NOTIFIED, S.HEARING}, S.COLLECTIVE,
          Action.CASE_APPROVE),
    _spec("decide", "作出决定", {S.INTERNAL_REVIEW} | _AFTER_NOTICE, S.DECIDED, Action.CASE_APPROVE),
    _spec("transfer", "案件移送", _PRE_DECISION, S.TRANSFERRED, Action.CASE_TRANSFER),
    _spec("extend", "延长办案期限", _PRE_DECISION, None, Action.CASE_APPROVE),
    _spec("serve", "送达决定书", {S.DECIDED}, S.SERVED, Action.CASE_ADVANCE),
    _spec("start_execution", "进入执行", {S.SERVED}, S.EXECUTING, Action.CASE_ADVANCE, "any"),
    _spec("pay", "登记缴款", {S.SERVED, S.EXECUTING}, S.EXECUTING, Action.CASE_ADVANCE, "any"),
    _spec("hand_in_cash", "当场收缴罚款上缴", {S.SERVED, S.EXECUTING, S.CLOSED}, None, Action.CASE_ADVANCE, "any"),
    _spec("instalment", "批准延期/分期缴纳", {S.SERVED, S.EXECUTING}, None, Action.CASE_APPROVE, "any"),
    _spec("appeal_start", "登记复议/诉讼", {S.SERVED, S.EXECUTING}, None, Action.CASE_ADVANCE, "any"),
    _spec("appeal_end", "复议/诉讼终结", {S.SERVED, S.EXECUTING}, None, Action.CASE_ADVANCE, "any"),
    _spec("demand", "送达催告书", {S.EXECUTING}, None, Action.CASE_ADVANCE, "any"),
    _spec("apply_court", "申请法院强制执行", {S.EXECUTING}, None, Action.CASE_APPROVE, "any"),
    _spec("publish", "公示处罚决定", {S.DECIDED, S.SERVED, S.EXECUTING, S.CLOSED}, None, Action.CASE_ADVANCE, "any"),
    _spec("decision_changed", "登记决定变更/撤销", {S.DECIDED, S.SERVED, S.EXECUTING, S.CLOSED}, None,
          Action.CASE_APPROVE, "any"),
    _spec("publication_withdrawn", "撤下已公示的决定", {S.DECIDED, S.SERVED, S.EXECUTING, S.CLOSED}, None,
          Action.CASE_ADVANCE, "any"),
    _spec("close", "结案", {S.SERVED, S.EXECUTING, S.TRANSFERRED}, S.CLOSED, Action.CASE_APPROVE, "any"),
    _spec("archive", "归档", {S.CLOSED, S.NOT_FILED}, S.ARCHIVED, Action.CASE_ADVANCE, "any"),
)
STEP_BY_NAME = {s.name: s for s in STEPS}
# Steps recorded as events with a different name, so deadlines can stop on them.
EVENT_LABELS = {s.name: s.label for s in STEPS} | {
    "clue": "线索登记", "pay_full": "缴清罚款", "demand_served": "送达催告书", "court_applied": "申请法院强制执行",
    "preserve": "先行登记保存", "seize": "查封扣押", "preservation_decided": "保存物品处理决定",
    "transfer_ack": "接收机关回执", "soft_enforcement": "说服教育/劝导/指导", "publish": "决定公示",
    "discretion": "裁量表", "cash_handed_in": "当场收缴罚款上缴",
}


@dataclass
class CaseView:
    """Everything the guards look at; built by the service from the database."""

    case: dict[str, Any]
    party: dict[str, Any] | None
    officers: list[dict[str, Any]]
    events: list[dict[str, Any]]
    discretion: dict[str, Any] | None
    agency: dict[str, Any] | None
    setting: Callable[[str], Any]
    cal: HolidayCalendar
    today: dt.date
    has_legal_qualification: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def state(self) -> S:
        return S(self.case["state"])

    def last(self, *steps: str) -> dict[str, Any] | None:
        for e in reversed(self.events):
            if e["step"] in steps:
                return e
        return None

    def after(self, event: Mapping[str, Any] | None, *steps: str) -> list[dict[str, Any]]:
        """Events of ``steps`` recorded after ``event`` (all of them when ``event`` is None)."""
        start = 0 if event is None else next(i for i, e in enumerate(self.events) if e is event) + 1
        return [e for e in self.events[start:] if e["step"] in steps]


@dataclass(frozen=True)
class Outcome:
    """What a checked step does: the new state, the event to record, and case columns to change."""

    step: str
    target: S
    on_date: dt.date
    data: dict[str, Any]
    case_changes: dict[str, Any]


def _refuse(rule: str, article: str, message: str, hint: str) -> GuardRefused:
    return GuardRefused(rule=rule, article=article, message=message, hint=hint)


def _date(value: Any, default: dt.date) -> dt.date:
    if value in (None, ""):
        return default
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise _refuse("bad_date", "—", f"日期格式错误：{value}", "请按 YYYY-MM-DD 填写日期") from None


def _cents(value: Any, what: str) -> int:
    try:
        cents = int(value)
    except (TypeError, ValueError):
        raise _refuse("bad_amount", "—", f"{what}不是有效金额", "请以“分”为单位填写整数金额") from None
    if cents < 0:
        raise _refuse("bad_amount", "—", f"{what}不能为负数", "请填写正确金额")
    return cents


def allowed_steps(view: CaseView, can: Callable[[Action], bool]) -> list[StepSpec]:
    """Steps whose source state matches and whose permission the user holds (guards not run yet)."""
    procedure = view.case.get("procedure") or "general"
    out = []
    for spec in STEPS:
        if view.state not in spec.sources or not can(spec.action):
            continue
        if spec.procedure not in ("any", procedure):
            continue
        if spec.name == "close" and view.state is S.SERVED and _penalty_decided(view):
            continue
        if not _relevant(view, spec.name):
            continue
        out.append(spec)
    return out


def _relevant(view: CaseView, step: str) -> bool:
    """Hide steps that can only make sense after another one (their guards would refuse anyway)."""
    def open_after(start: str, end: str) -> bool:
        first = view.last(start)
        return first is not None and not view.after(first, end)
    if step == "hand_in_cash":
        cash = [e for e in view.events if e["step"] in ("pay", "pay_full") and e["data"].get("cash")]
        return bool(cash) and not view.after(cash[-1], "cash_handed_in")
    if step == "publication_withdrawn":
        return open_after("decision_changed", "publication_withdrawn")
    if step == "appeal_end":
        return open_after("appeal_start", "appeal_end")
    if step == "apply_court":
        return view.last("demand_served") is not None and view.last("court_applied") is None
    if step == "hold_hearing":
        return open_after("hearing_notice", "hold_hearing")
    if step in ("start_execution", "pay", "instalment", "demand"):
        return _penalty_decided(view)
    if step == "publish":
        return view.last("publish") is None and _penalty_decided(view)
    return True


# ------------------------------------------------------------------------------------------------ guards
def require_two_certified_officers(view: CaseView, on: dt.date) -> None:
    """Art. 42: at least two officers holding valid, unexpired enforcement certificates."""
    valid = [o for o in view.officers if o.get("active", 1) and o["cert_expiry"] >= on.isoformat()]
    if len(valid) < 2:
        expired = [o["name"] for o in view.officers if o["cert_expiry"] < on.isoformat()]
        detail = f"（执法证已过期：{'、'.join(expired)}）" if expired else ""
        raise _refuse("two_officers", "行政处罚法第42条",
                      f"本案只有{len(valid)}名持有效执法证的执法人员{detail}",
                      "请在案件中指派至少两名执法证在有效期内的执法人员后再操作")


def limitation_end(view: CaseView) -> dt.date | None:
    """Art. 36: 2 years from the end of the act (5 years for life/health/financial safety with harm)."""
    act_end = view.case.get("act_end_date") or view.case.get("act_date")
    if not act_end:
        return None
    years = deadlines.SERIOUS_LIMITATION_YEARS if view.case.get("serious_harm") else 2
    return workdays.add_years(dt.date.fromisoformat(act_end[:10]), years, view.cal, rollover=False).date


def require_within_limitation(view: CaseView, *, serious_harm: bool = False) -> None:
    act_end = view.case.get("act_end_date") or view.case.get("act_date")
    discovered = view.case.get("discovered_at") or (view.case.get("clue_at") or "")[:10]
    if not act_end or not discovered:
        raise _refuse("limitation_dates", "行政处罚法第36条", "缺少违法行为（终了）日期或发现日期，无法判断追责时效",
                      "请先在案件中填写违法行为日期和发现日期")
    years = deadlines.SERIOUS_LIMITATION_YEARS if serious_harm else 2
    end = workdays.add_years(dt.date.fromisoformat(act_end[:10]), years, view.cal, rollover=False).date
    if dt.date.fromisoformat(discovered[:10]) > end:
        raise _refuse("limitation", "行政处罚法第36条",
                      f"违法行为终了于{act_end[:10]}，至发现之日已超过{years}年追责时效",
                      "不得立案处罚；请选择“不予立案”并记录理由（超过追责时效）")


def hearing_threshold(view: CaseView) -> int:
    """The 较大数额 threshold (cents) for this party type and jurisdiction; refuses when unset (Art. 63)."""
    table = view.setting("hearing.thresholds") or {}
    division = (view.agency or {}).get("division_code", "")
    entry = table.get(division) or table.get("*")
    kind = (view.party or {}).get("kind", "person")
    value = None
    if entry:
        value = entry.get(kind, entry.get("person" if kind == "person" else "organisation"))
    if value is None:
        raise _refuse("hearing_threshold_unset", "行政处罚法第63条",
                      "本辖区尚未设置听证（较大数额罚款）标准，无法判断当事人是否享有听证权利，不能制作事先告知书",
                      "请系统管理员在“设置”中设定 hearing.thresholds（按行政区划，个人/单位金额，单位：分）后再告知")
    return int(value)


def require_age_fourteen(view: CaseView) -> None:
    """Art. 30: a person under 14 on the act date is not punished."""
    from inspector.law.discretion import age_at_act
    party = view.party or {}
    act = view.case.get("act_date")
    age = age_at_act(party.get("id_type", ""), party.get("id_number", ""),
                     dt.date.fromisoformat(act[:10]) if act else None)
    if age is not None and age < 14:
        raise _refuse("under_fourteen", "行政处罚法第30条", f"当事人违法时未满14周岁（{age}岁），不予行政处罚",
                      "请作出不予处罚决定，责令监护人加以管教，并记录教育情况")


def collective_required(view: CaseView) -> bool:
    """Art. 57 ¶2: complex cases or major violations are decided by the heads collectively."""
    return any(e["data"].get("major_case") for e in view.events)


def legal_review_reasons(view: CaseView, amount_cents: int | None) -> list[str]:
    """Why this case needs 法制审核 (Art. 58 plus the configured local triggers); empty when it does not."""
    reasons = []
    flags = set()
    for e in view.events:
        flags |= set(e["data"].get("art58_flags", ()))
    labels = {"major_interest": "涉及重大公共利益（第58条第1项）", "complex": "案情疑难复杂、涉及多个法律关系（第58条第3项）",
              "other": "法律、法规规定的其他情形（第58条第4项）"}
    reasons += [labels[f] for f in sorted(flags) if f in labels]
    triggers = set(view.setting("legal_review.triggers") or ())
    held = view.last("hold_hearing")
    if held:
        reasons.append("经过听证程序（第58条第2项）")
    d = view.discretion
    if d and "outside_tier" in triggers and d.get("outside_tier"):
        reasons.append("罚款不在推荐裁量阶次内（本地规定）")
    if d and "mitigated" in triggers and d.get("mitigated"):
        reasons.append("减轻处罚（本地规定）")
    threshold = view.setting("legal_review.fine_threshold_cents")
    if "fine_threshold" in triggers and threshold is not None and amount_cents is not None \
            and amount_cents >= int(threshold):
        reasons.append(f"罚款达到{int(threshold) / 100:.0f}元（本地规定）")
    kind = (view.party or {}).get("kind", "person")
    by_party = (view.setting("legal_review.fine_thresholds") or {}) if "fine_by_party" in triggers else {}
    limit = by_party.get(kind, by_party.get("person" if kind == "person" else "organisation"))
    if limit is not None and amount_cents is not None and amount_cents >= int(limit) and not any(
            r.startswith("罚款达到") for r in reasons):
        who = "公民" if kind == "person" else "法人或其他组织"
        reasons.append(f"对{who}罚款达到{int(limit) / 100:.0f}元（本地规定）")
    if "heavy_penalty" in triggers and any(e["data"].get("heavy_penalty") for e in view.events):
        reasons.append("拟责令停产停业、吊销许可证或没收较大数额财物（本地规定）")
    if "demolition" in triggers and any(e["data"].get("demolition") for e in view.events):
        reasons.append("拟强制拆除（本地规定）")
    return reasons


# 法制审核 verdicts (§5.5): 同意 / 修改后同意 pass the review; 退回补充调查 / 不同意 send the case back to the
# investigation. "passed"/"failed" are the earlier two-valued codes, still accepted.
REVIEW_VERDICTS = {"agree": "同意", "agree_modified": "修改后同意", "return": "退回补充调查", "disagree": "不同意",
                   "passed": "通过", "failed": "不通过"}
PASSING_VERDICTS = frozenset({"agree", "agree_modified", "passed"})


def legal_review_passed(view: CaseView) -> bool:
    """The newest 法制审核 passed, and the discretion record it reviewed has not changed since."""
    last = view.last("legal_review")
    if not last or last["data"].get("verdict") not in PASSING_VERDICTS:
        return False
    return not (view.discretion and view.discretion["updated_at"] > last["at"])


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
    notice = view.last("notify")
    if notice is None:
        raise _refuse("no_notice", "行政处罚法第44条、第62条", "作出处罚决定前须事先告知当事人拟处罚的内容和权利",
                      "请先制作并送达行政处罚事先告知书")
    return notice


def require_not_above_notice(notice: Mapping[str, Any], amount: int) -> None:
    """Art. 45: the penalty may not be increased because of the defence (decision ≤ notified amount)."""
    notified = int(notice["data"]["amount_cents"])
    if amount > notified:
        raise _refuse("amount_above_notice", "行政处罚法第45条",
                      f"决定罚款{amount / 100:.2f}元高于告知的{notified / 100:.2f}元",
                      "不得因当事人申辩而加重处罚；确需提高的，须重新事先告知")


# The specific ground of a decision not to penalise (§2 doc 12), by code; printed on the 不予行政处罚决定书.
NO_PENALTY_GROUNDS = {
    "art33_1_minor": "当事人的违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条第一款"
                     "第一句的规定，不予行政处罚",
    "art33_1_first": "当事人初次违法且危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款第二句的规定，"
                     "可以不予行政处罚",
    "art33_2_no_fault": "当事人有证据足以证明没有主观过错，依据《中华人民共和国行政处罚法》第三十三条第二款的规定，不予行政处罚",
    "art30_minor": "当事人实施违法行为时不满十四周岁，依据《中华人民共和国行政处罚法》第三十条的规定，不予行政处罚，"
                   "责令监护人加以管教",
    "art31_incapable": "当事人系精神病人、智力残疾人，在不能辨认或者不能控制自己行为时实施违法行为，依据《中华人民共和国"
                       "行政处罚法》第三十一条的规定，不予行政处罚，责令其监护人严加看管和治疗",
    "art36_limitation": "当事人的违法行为在二年内未被发现，依据《中华人民共和国行政处罚法》第三十六条的规定，不再给予行政处罚",
    "art57_3_not_established": "经调查，违法事实不能成立，依据《中华人民共和国行政处罚法》第五十七条第一款第（三）项的规定，"
                               "不予行政处罚",
}


def no_penalty_ground(view: CaseView) -> str | None:
    """The ground code of the case's decision not to penalise (from the decision event), None if not decided so.

    An explicit ``ground`` recorded with the decision wins; otherwise it follows from the outcome (Art. 57(3))
    and the circumstances on the discretion record (Art. 30, 31, 33)."""
    decision = view.last("decide")
    if decision is None or decision["data"].get("outcome") not in (DecisionOutcome.NO_PENALTY_MINOR,
                                                                   DecisionOutcome.NO_CASE):
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


def _penalty_decided(view: CaseView) -> bool:
    d = view.last("decide", "on_the_spot")
    return bool(d and d["data"].get("outcome", "penalty") == "penalty" and d["data"].get("amount_cents", 0))


def statement_due(view: CaseView, notice: Mapping[str, Any]) -> dt.date:
    served = dt.date.fromisoformat(notice["data"].get("served_on") or notice["on_date"])
    return workdays.add_working_days(served, int(view.setting("deadline.statement_working_days")), view.cal).date


def paid_total(view: CaseView) -> int:
    return sum(int(e["data"].get("amount_cents", 0)) for e in view.events if e["step"] in ("pay", "pay_full"))


def payment_due(view: CaseView) -> dt.date | None:
    served = view.last("serve", "on_the_spot")
    if served is None:
        return None
    return workdays.add_calendar_days_with_holiday_rollover(
        _date(served["data"].get("served_on"), dt.date.fromisoformat(served["on_date"])), 15, view.cal).date


def paused_spans(view: CaseView, until: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Art. 73: review or litigation periods, during which surcharge days are not counted."""
    spans, start = [], None
    for e in view.events:
        if e["step"] == "appeal_start":
            start = dt.date.fromisoformat(e["on_date"])
        elif e["step"] == "appeal_end" and start:
            spans.append((start, dt.date.fromisoformat(e["on_date"])))
            start = None
    if start:
        spans.append((start, until))
    return spans


def surcharge_due(view: CaseView, on: dt.date) -> int:
    """加处罚款 owed on ``on`` (Art. 72/73); instalment approval moves the due date (Art. 66 ¶2)."""
    fine = int(view.case.get("fine_cents") or 0)
    due = payment_due(view)
    plan = view.last("instalment")
    if plan and plan["data"].get("until"):
        due = max(due or on, dt.date.fromisoformat(plan["data"]["until"]))
    if not fine or due is None:
        return 0
    return deadlines.surcharge_cents(fine, due=due, paid_on=on, paused=paused_spans(view, on))


# ------------------------------------------------------------------------------------------------ check
def check(view: CaseView, step: str, data: Mapping[str, Any]) -> Outcome:
    """Run the guards of ``step`` on ``view``; return what to record, or raise :class:`GuardRefused`."""
    spec = STEP_BY_NAME.get(step)
    if spec is None:
        raise _refuse("unknown_step", "—", f"未知的办案步骤：{step}", "请从可用步骤中选择")
    if view.state not in spec.sources:
        raise _refuse("wrong_state", "行政处罚法第五章", f"案件当前状态下不能执行“{spec.label}”",
                      "请按办案流程先完成前一环节")
    data = dict(data)
    on = _date(data.pop("on_date", None), view.today)
    if on > view.today:
        raise _refuse("future_date", "—", "办案日期不能晚于今天", "请填写实际发生的日期")
    steps = [e for e in view.events if e["from_state"] != e["to_state"] or e["step"] in STEP_BY_NAME]
    if steps and on < dt.date.fromisoformat(steps[-1]["on_date"]):
        raise _refuse("backdated", "行政处罚法第47条", f"日期不能早于上一个办案步骤（{steps[-1]['on_date']}）",
                      "办案过程按时间顺序记录；请填写实际发生的日期")
    target = spec.target or view.state
    changes: dict[str, Any] = {}
    handler = _HANDLERS.get(step)
    if handler:
        target, extra = handler(view, data, on, target)
        changes.update(extra)
    changes["state"] = str(target)
    return Outcome(step, target, on, data, changes)


def _on_the_spot(view, data, on, target):
    # Art. 51: facts conclusive, legal basis, fine ≤ 200 yuan (person) / 3000 yuan (organisation) or a warning.
    amount = _cents(data.get("amount_cents", 0), "罚款金额")
    kind = (view.party or {}).get("kind", "person")
    key = "simple.max_fine_person_cents" if kind == "person" else "simple.max_fine_org_cents"
    limit = int(view.setting(key))
    if amount > limit:
        raise _refuse("simple_threshold", "行政处罚法第51条",
                      f"当场处罚的罚款不能超过{limit / 100:.0f}元（{'公民' if kind == 'person' else '法人或其他组织'}）",
                      "请改用普通程序：先立案，再调查取证")
    require_two_certified_officers(view, on)
    require_age_fourteen(view)
    if not data.get("statement_heard"):
        raise _refuse("statement_heard", "行政处罚法第44条、第45条",
                      "当场处罚前须告知当事人拟处罚内容及陈述申辩权，并听取其陈述申辩",
                      "请在决定书上记录口头告知和当事人的陈述申辩后再提交")
    data.update(outcome="penalty", amount_cents=amount, served_on=on.isoformat(), method="direct")
    return target, {"procedure": "simple", "fine_cents": amount, "decided_at": on.isoformat(),
                    "filed_at": on.isoformat()}


def _file(view, data, on, target):
    require_within_limitation(view, serious_harm=bool(data.get("serious_harm")))
    require_two_certified_officers(view, on)
    return target, {"filed_at": on.isoformat()}


def _not_file(view, data, on, target):
    if not str(data.get("reason", "")).strip():
        raise _refuse("reason_required", "行政处罚法第54条", "不予立案须记录理由", "请填写不予立案的理由（如超过追责时效、不属于本机关管辖）")
    return target, {"closed_at": on.isoformat()}


def _end_investigation(view, data, on, target):
    require_two_certified_officers(view, on)
    return target, {}


def _submit_legal_review(view, data, on, target):
    data["return_to"] = str(view.state)
    return target, {}


def _legal_review(view, data, on, target):
    # Art. 58 ¶2: the reviewer must hold the national legal professional qualification.
    if not view.has_legal_qualification:
        raise _refuse("reviewer_qualification", "行政处罚法第58条第2款",
                      "法制审核人员须取得国家统一法律职业资格",
                      "请由具有法律职业资格的法制审核员进行审核（在用户资料中登记资格）")
    verdict = data.get("verdict")
    if verdict not in REVIEW_VERDICTS:
        raise _refuse("verdict", "行政处罚法第58条", "请选择审核结论（同意/修改后同意/退回补充调查/不同意）",
                      "审核结论为 " + "、".join(REVIEW_VERDICTS))
    if verdict not in ("agree", "passed") and not str(data.get("opinion", "")).strip():
        raise _refuse("opinion_required", "行政处罚法第58条", f"审核结论为“{REVIEW_VERDICTS[verdict]}”的，须写明审核意见",
                      "请填写需要修改或补正的问题")
    sent = view.last("submit_legal_review")
    back = S((sent or {}).get("data", {}).get("return_to", S.INTERNAL_REVIEW))
    return (back if verdict in PASSING_VERDICTS else S.INVESTIGATING), {}


def _notify(view, data, on, target):
    require_two_certified_officers(view, on)
    require_age_fourteen(view)
    d = view.discretion
    amount = data.get("amount_cents", d.get("amount_cents") if d else None)
    if amount is None:
        raise _refuse("no_amount", "行政处罚法第44条", "事先告知须写明拟作出的处罚（金额）",
                      "请先填写裁量表确定拟罚款金额")
    amount = _cents(amount, "拟罚款金额")
    threshold = hearing_threshold(view)
    heavy = bool(data.get("heavy_penalty"))   # Art. 63 (2)–(5): confiscation, revocation, suspension, …
    data.update(amount_cents=amount, hearing_right=heavy or amount >= threshold,
                served_on=_served_on(view, data, on), hearing_threshold_cents=threshold)
    data["statement_due"] = workdays.add_working_days(
        dt.date.fromisoformat(data["served_on"]), int(view.setting("deadline.statement_working_days")),
        view.cal).date.isoformat()
    return target, {}


def _served_on(view: CaseView, data: Mapping[str, Any], on: dt.date) -> str:
    served = _date(data.get("served_on"), on)
    if served < on or served > view.today:
        raise _refuse("served_on", "—", "送达日期应在制作文书之日和今天之间", "请填写实际送达日期")
    return served.isoformat()


def _waive(view, data, on, target):
    if not str(data.get("note", "")).strip():
        raise _refuse("waiver_written", "行政处罚法第62条", "放弃陈述申辩须有当事人的书面声明",
                      "请登记当事人签名的书面放弃声明（编号或说明）")
    return target, {}


def _request_hearing(view, data, on, target):
    notice = view.last("notify")
    if not notice or not notice["data"].get("hearing_right"):
        raise _refuse("no_hearing_right", "行政处罚法第63条", "本案拟处罚未达到听证标准，当事人不享有听证权利",
                      "如当事人坚持，可在陈述申辩中听取其意见")
    served = dt.date.fromisoformat(notice["data"]["served_on"])
    due = workdays.add_working_days(served, 5, view.cal).date
    if on > due:
        raise _refuse("hearing_request_late", "行政处罚法第64条第1项",
                      f"听证申请期已于{due}届满（告知后5个工作日）", "逾期未申请视为放弃听证；请继续办理")
    return target, {}


def _hearing_notice(view, data, on, target):
    hearing_date = _date(data.get("hearing_date"), on)
    earliest = workdays.add_working_days(on, 7, view.cal).date
    if hearing_date < earliest:
        raise _refuse("hearing_notice_period", "行政处罚法第64条第2项",
                      f"应在举行听证的7个工作日前通知当事人，听证日期不能早于{earliest}",
                      f"请把听证日期改到{earliest}或以后")
    data["hearing_date"] = hearing_date.isoformat()
    return target, {}


def _hold_hearing(view, data, on, target):
    notice = view.last("hearing_notice")
    if not notice:
        raise _refuse("hearing_not_noticed", "行政处罚法第64条第2项", "尚未通知当事人听证的时间、地点",
                      "请先登记听证通知")
    if on < dt.date.fromisoformat(notice["data"]["hearing_date"]):
        raise _refuse("hearing_early", "行政处罚法第64条第2项", "听证不能早于通知的听证日期",
                      f"请于{notice['data']['hearing_date']}或以后举行听证")
    return target, {}


def _decide(view, data, on, target):
    try:
        outcome = DecisionOutcome(data.get("outcome", "penalty"))
    except ValueError:
        raise _refuse("outcome", "行政处罚法第57条", "决定类型只能是第57条规定的四种之一",
                      "请选择：给予处罚、不予处罚（轻微）、违法事实不能成立、移送司法机关") from None
    data["outcome"] = str(outcome)
    changes: dict[str, Any] = {"decided_at": on.isoformat()}
    if outcome is DecisionOutcome.TRANSFER:
        if not str(data.get("receiver", "")).strip():
            raise _refuse("receiver", "行政处罚法第27条、第57条第4项", "移送须写明接收的司法机关",
                          "请填写接收机关名称")
        return S.TRANSFERRED, changes
    if outcome is DecisionOutcome.NO_PENALTY_MINOR and not str(data.get("education", "")).strip():
        raise _refuse("education_required", "行政处罚法第33条第3款", "不予处罚的，应当对当事人进行教育",
                      "请记录对当事人进行说服教育的情况后再作出决定")
    if data.get("ground") and data["ground"] not in NO_PENALTY_GROUNDS:
        raise _refuse("ground", "行政处罚法第33条", f"未知的不予处罚理由：{data['ground']}",
                      "可选：" + "、".join(NO_PENALTY_GROUNDS))
    if outcome is not DecisionOutcome.PENALTY:
        data["amount_cents"] = 0
        changes["fine_cents"] = 0
        return S.DECIDED, changes
    require_two_certified_officers(view, on)
    require_age_fourteen(view)
    if view.extra.get("duplicate_fines"):
        other = view.extra["duplicate_fines"][0]
        raise _refuse("double_fine", "行政处罚法第29条",
                      f"当事人的同一违法行为已被罚款（案件{other.get('case_no') or other['id']}）",
                      "同一个违法行为不得给予两次以上罚款；请核对是否为同一行为，必要时作不予处罚或撤销立案处理")
    notice = require_notice(view)
    if not view.after(notice, "waive_statement"):
        due = statement_due(view, notice)
        if on <= due:
            raise _refuse("statement_period", "行政处罚法第62条",
                          f"陈述申辩期至{due}届满，期满前不能作出处罚决定",
                          f"请在{due}之后再作出决定；当事人书面放弃陈述申辩的，先登记放弃声明")
    amount = _cents(data.get("amount_cents", notice["data"]["amount_cents"]), "罚款金额")
    require_not_above_notice(notice, amount)
    requested = view.after(notice, "request_hearing")
    if requested and not view.after(requested[-1], "hold_hearing"):
        raise _refuse("hearing_pending", "行政处罚法第64条、第65条", "当事人已申请听证，尚未举行听证",
                      "请先通知并举行听证，依据听证笔录作出决定")
    if collective_required(view) and not view.last("collective"):
        raise _refuse("collective_required", "行政处罚法第57条第2款",
                      "本案标记为情节复杂或重大违法行为，须经行政机关负责人集体讨论决定",
                      "请先组织负责人集体讨论并登记讨论结论")
    reasons = legal_review_reasons(view, amount)
    if reasons and not legal_review_passed(view):
        raise _refuse("legal_review_required", "行政处罚法第58条",
                      "本案须经法制审核通过才能作出决定：" + "；".join(reasons),
                      "请提交法制审核，由具有法律职业资格的审核员审核通过后再决定")
    data["amount_cents"] = amount
    changes["fine_cents"] = amount
    return S.DECIDED, changes


def _transfer(view, data, on, target):
    if not str(data.get("receiver", "")).strip() or not str(data.get("reason", "")).strip():
        raise _refuse("transfer_details", "行政处罚法第27条", "移送须写明接收机关和移送理由",
                      "请填写接收机关（司法机关或有管辖权的行政机关）和理由")
    return target, {}


def _extend(view, data, on, target):
    days = int(data.get("days") or 0)
    if days <= 0 or not str(data.get("reason", "")).strip():
        raise _refuse("extension", "行政处罚法第60条", "延长期限须写明延长天数和理由", "请填写天数和理由，并经负责人批准")
    data.setdefault("timer", "decision")
    return target, {}


def _serve(view, data, on, target):
    try:
        method = ServiceMethod(data.get("method", "direct"))
    except ValueError:
        raise _refuse("service_method", "行政处罚法第61条", "未知的送达方式", "请选择直接、留置、委托、邮寄、公告或电子送达") from None
    if method is ServiceMethod.ELECTRONIC and not data.get("consent_ref"):
        raise _refuse("e_service_consent", "行政处罚法第61条第2款", "电子送达须经当事人同意并签订确认书",
                      "请登记当事人签署的送达地址确认书后再电子送达，或改用其他送达方式")
    data.update(method=str(method), served_on=_served_on(view, data, on))
    decision = view.last("decide")
    data["outcome"] = (decision or {}).get("data", {}).get("outcome", "penalty")
    return target, {}


def _pay(view, data, on, target):
    amount = _cents(data.get("amount_cents"), "缴款金额")
    if amount == 0:
        raise _refuse("bad_amount", "—", "缴款金额须大于零", "请填写实际缴款金额")
    if data.get("cash"):
        _check_cash(view, data, amount)
    surcharge = surcharge_due(view, on)
    owed = int(view.case.get("fine_cents") or 0) + surcharge
    data.update(surcharge_cents=surcharge, owed_cents=owed, paid_before_cents=paid_total(view))
    data["full"] = paid_total(view) + amount >= owed
    return target, {}


def _decision_changed(view, data, on, target):
    if not str(data.get("reason", "")).strip():
        raise _refuse("reason_required", "行政处罚法第48条", "决定变更、撤销或被确认违法、无效的，须写明原因",
                      "请填写原因；已公示的决定须在3个工作日内撤下")
    return target, {}


def _withdraw(view, data, on, target):
    if not view.last("decision_changed"):
        raise _refuse("nothing_to_withdraw", "行政处罚法第48条", "决定未被变更或撤销，无需撤下公示", "")
    return target, {}


def _check_cash(view: CaseView, data: dict[str, Any], amount: int) -> None:
    """Art. 67–70: fines are paid at the bank; officers collect on the spot only in the cases of Art. 68/69,
    and always against the official receipt."""
    limit = int(view.setting("cash.max_on_the_spot_cents"))
    simple = (view.case.get("procedure") or "general") == "simple"
    ground = data.get("cash_ground", "")
    if not (simple and (amount <= limit or ground == "hard_to_collect")) and ground != "remote":
        raise _refuse("cash_collection", "行政处罚法第67条、第68条、第69条",
                      f"只有简易程序罚款{limit / 100:.0f}元以下或事后难以执行、或边远地区当事人提出的，才能当场收缴罚款",
                      "请开具缴款通知，由当事人到指定银行或通过电子支付缴纳")
    if not str(data.get("receipt_no", "")).strip():
        raise _refuse("cash_receipt", "行政处罚法第70条", "当场收缴罚款必须出具省级财政部门统一制发的专用票据",
                      "请登记专用票据号码")


def _hand_in_cash(view, data, on, target):
    collected = [e for e in view.events if e["step"] in ("pay", "pay_full") and e["data"].get("cash")]
    if not collected:
        raise _refuse("no_cash", "行政处罚法第71条", "本案没有当场收缴的罚款", "无需上缴")
    return target, {}


def _instalment(view, data, on, target):
    if not data.get("until") or not str(data.get("reason", "")).strip():
        raise _refuse("instalment", "行政处罚法第66条第2款", "暂缓或分期缴纳须写明期限和理由",
                      "请填写批准的缴纳期限（until）和理由")
    data["until"] = _date(data["until"], on).isoformat()
    return target, {}


def _apply_court(view, data, on, target):
    demand = view.last("demand_served")
    if demand is None:
        raise _refuse("no_demand", "行政强制法第54条", "申请强制执行前须先送达催告书", "请先送达催告书")
    ready = dt.date.fromisoformat(demand["on_date"]) + dt.timedelta(days=10)
    if on < ready:
        raise _refuse("demand_wait", "行政强制法第54条", f"催告书送达满10日后才可申请（{ready}起）",
                      f"请于{ready}或以后申请")
    return target, {}


def _close(view, data, on, target):
    if view.state is S.TRANSFERRED:
        if not view.last("transfer_ack"):
            raise _refuse("transfer_ack", "行政处罚法第27条", "尚未收到接收机关的回执", "请先登记接收机关的书面回执")
    elif _penalty_decided(view):
        owed = int(view.case.get("fine_cents") or 0) + surcharge_due(view, on)
        if paid_total(view) < owed and not view.last("court_applied"):
            raise _refuse("not_executed", "行政处罚法第66条、第72条",
                          f"罚款尚未缴清（应缴{owed / 100:.2f}元，已缴{paid_total(view) / 100:.2f}元）",
                          "请登记缴款，或依法催告并申请法院强制执行后再结案")
    return target, {"closed_at": on.isoformat()}


_HANDLERS: dict[str, Callable[[CaseView, dict[str, Any], dt.date, S], tuple[S, dict[str, Any]]]] = {
    "on_the_spot": _on_the_spot, "file": _file, "not_file": _not_file, "end_investigation": _end_investigation,
    "submit_legal_review": _submit_legal_review, "legal_review": _legal_review, "notify": _notify,
    "waive_statement": _waive, "request_hearing": _request_hearing, "hearing_notice": _hearing_notice,
    "hold_hearing": _hold_hearing, "decide": _decide, "transfer": _transfer, "extend": _extend, "serve": _serve,
    "decision_changed": _decision_changed, "publication_withdrawn": _withdraw,
    "pay": _pay, "hand_in_cash": _hand_in_cash, "instalment": _instalment, "apply_court": _apply_court, "close": _close,
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
    return outcome.step
