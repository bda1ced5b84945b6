"""The procedural rules of the case workflow, one named function per rule, each citing its article.

A rule takes the case (:class:`CaseView`) and the step being tried (:class:`Attempt`) and either returns or
raises :class:`~inspector.errors.GuardRefused` saying what is wrong, under which article, and what to do.
Which step runs which rules is the table ``inspector.law.procedure.RULES``. Periods come from
``inspector.law.periods`` (the one timer table); amounts from ``inspector.law.amounts``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from inspector.errors import Parts
from inspector.law import articles as art
from inspector.law import deadlines, periods
from inspector.law.case import (
    CHANGE_LABELS,
    Attempt,
    CaseView,
    DecisionOutcome,
    ServiceMethod,
    change_kind,
    parse_date,
    refuse,
)
from inspector.law.workdays import Due
from inspector.model import CaseState as S


def _text(attempt: Attempt, key: str) -> str:
    return str(attempt.data.get(key) or "").strip()


# ------------------------------------------------------------------------------------------- people
def require_two_certified_officers(view: CaseView, attempt: Attempt) -> None:
    """Art. 42: at least two officers holding valid, unexpired enforcement certificates (for a decision,
    when it imposes a penalty)."""
    if not attempt.penalty:
        return
    on = attempt.on.isoformat()
    valid = [o for o in view.officers if o.get("active", 1) and o["cert_expiry"] >= on]
    if len(valid) < 2:
        expired = [o["name"] for o in view.officers if o["cert_expiry"] < on]
        raise refuse(
            "two_officers",
            art.APL42,
            (
                "本案只有{0}名持有效执法证的执法人员（执法证已过期：{1}）",
                (len(valid), [("{0}", (n,)) for n in expired]),
            )
            if expired
            else ("本案只有{0}名持有效执法证的执法人员", (len(valid),)),
            "请在案件中指派至少两名执法证在有效期内的执法人员后再操作",
        )


def require_age_fourteen(view: CaseView, attempt: Attempt) -> None:
    """Art. 30: a person under 14 on the act date is not punished."""
    if not attempt.penalty:
        return
    from inspector.law.discretion import age_at_act

    party = view.party or {}
    act = periods.day(view.case.get("act_date"))
    age = age_at_act(party.get("id_type", ""), party.get("id_number", ""), act)
    if age is not None and age < 14:
        raise refuse(
            "under_fourteen",
            art.APL30,
            ("当事人违法时未满14周岁（{0}岁），不予行政处罚", (age,)),
            "请作出不予处罚决定，责令监护人加以管教，并记录教育情况",
        )


def require_legal_qualification(view: CaseView, attempt: Attempt) -> None:
    """Art. 58 ¶2: the legal reviewer holds the national legal professional qualification."""
    if not view.has_legal_qualification:
        raise refuse(
            "reviewer_qualification",
            art.APL58_2,
            "法制审核人员须取得国家统一法律职业资格",
            "请由具有法律职业资格的法制审核员进行审核（在用户资料中登记资格）",
        )


# ------------------------------------------------------------------------------------------ filing
def require_within_limitation(view: CaseView, attempt: Attempt) -> None:
    """Art. 36: an act not discovered within 2 years (5 with serious harm) of its end is not punished."""
    if not attempt.penalty:
        return
    serious = bool(attempt.data.get("serious_harm") or view.case.get("serious_harm"))
    end = periods.limitation_end(view, serious_harm=serious)
    discovered = periods.discovered_on(view)
    if end is None or discovered is None:
        raise refuse(
            "limitation_dates",
            art.APL36,
            "缺少违法行为（终了）日期或发现日期，无法判断追责时效",
            "请先在案件中填写违法行为日期和发现日期",
        )
    if discovered > end.date:
        act_end = view.case.get("act_end_date") or view.case.get("act_date")
        raise refuse(
            "limitation",
            art.APL36,
            ("违法行为终了于{0}，至发现之日已超过追责时效（{1}届满）", (str(act_end)[:10], str(end.date))),
            "不得处罚；请选择“不予立案”（或不予处罚）并记录理由（超过追责时效）",
        )


def require_reason_not_filed(view: CaseView, attempt: Attempt) -> None:
    """Art. 54: a decision not to file a case states its reason."""
    if not _text(attempt, "reason"):
        raise refuse(
            "reason_required",
            art.APL54,
            "不予立案须记录理由",
            "请填写不予立案的理由（如超过追责时效、不属于本机关管辖）",
        )


# ------------------------------------------------------------------------- 非现场 records (Art. 41 ¶2)
# What the review of a device record checks (记录内容审核), in the law's words.
RECORD_CRITERIA = "真实、清楚、完整、准确"
RECORD_FIT = "fit"
RECORD_UNFIT = "unfit"
RECORD_RESULTS = {
    RECORD_FIT: f"符合要求（记录{RECORD_CRITERIA}）",
    RECORD_UNFIT: "不符合要求（不得作为处罚证据，不予立案）",
}


def record_review(view: CaseView) -> dict[str, Any] | None:
    """The review of the case's device record (fit, or the unfit one that ended the clue), None before it."""
    found: dict[str, Any] | None = next(
        (
            e
            for e in reversed(view.events)
            if e["step"] == "review_record"
            or (e["step"] == "not_file" and e["data"].get("record_review") == RECORD_UNFIT)
        ),
        None,
    )
    return found


def require_record_review_findings(view: CaseView, attempt: Attempt) -> None:
    """Art. 41 ¶2: the review says whether the record is true, clear, complete and accurate; an unfit record's
    reason is recorded, since it ends the clue."""
    result = attempt.data.get("result")
    if result not in RECORD_RESULTS:
        raise refuse(
            "record_review_result",
            art.APL41_2,
            "请选择审核结论：记录是否真实、清楚、完整、准确",
            "审核结论为“符合要求”或“不符合要求”",
        )
    if result == RECORD_UNFIT and not _text(attempt, "reason"):
        raise refuse(
            "record_review_reason",
            art.APL41_2,
            "记录不符合要求的，须写明理由",
            "请写明记录哪一方面不真实、不清楚、不完整或不准确（如号牌无法辨认、时间缺失）",
        )


def require_record_reviewed(view: CaseView, attempt: Attempt) -> None:
    """Art. 41 ¶2: a 非现场 record not reviewed, or found unfit, may not be evidence for a penalty, so the case
    it opened is not filed."""
    if view.case.get("source") != "non_contact":
        return
    review = record_review(view)
    if review is None or review["data"].get("result") != RECORD_FIT:
        raise refuse(
            "record_not_reviewed",
            art.APL41_2,
            "非现场执法记录未经审核，不得作为行政处罚的证据，不能立案",
            "请中队长先执行“非现场记录审核”，确认记录真实、清楚、完整、准确后再立案",
        )


# ------------------------------------------------------------------------------------ simple procedure
def require_statement_heard(view: CaseView, attempt: Attempt) -> None:
    """Art. 44, 45: before an on-the-spot decision the party is told the intended penalty and heard."""
    if not attempt.data.get("statement_heard"):
        raise refuse(
            "statement_heard",
            (art.APL44, art.APL45),
            "当场处罚前须告知当事人拟处罚内容及陈述申辩权，并听取其陈述申辩",
            "请在决定书上记录口头告知和当事人的陈述申辩后再提交",
        )


# -------------------------------------------------------------------------------- review and notice
# 法制审核 verdicts (§5.5): 同意 / 修改后同意 pass the review; 退回补充调查 / 不同意 send the case back to the
# investigation. "passed"/"failed" are the earlier two-valued codes, still accepted.
REVIEW_VERDICTS = {
    "agree": "同意",
    "agree_modified": "修改后同意",
    "return": "退回补充调查",
    "disagree": "不同意",
    "passed": "通过",
    "failed": "不通过",
}
PASSING_VERDICTS = frozenset({"agree", "agree_modified", "passed"})


def require_review_verdict(view: CaseView, attempt: Attempt) -> None:
    """Art. 58: a legal review ends with a verdict; every verdict but 同意 carries the reviewer's opinion."""
    verdict = attempt.data.get("verdict")
    if verdict not in REVIEW_VERDICTS:
        raise refuse(
            "verdict",
            art.APL58,
            "请选择审核结论（同意/修改后同意/退回补充调查/不同意）",
            ("审核结论为 {0}", (list(REVIEW_VERDICTS),)),
        )
    if verdict not in ("agree", "passed") and not _text(attempt, "opinion"):
        raise refuse(
            "opinion_required",
            art.APL58,
            ("审核结论为“{0}”的，须写明审核意见", (REVIEW_VERDICTS[verdict],)),
            "请填写需要修改或补正的问题",
        )


def require_served_after_made(view: CaseView, attempt: Attempt) -> None:
    """A document is served on or after the day it was made, and not in the future."""
    served = parse_date(attempt.data.get("served_on"), attempt.on)
    if served < attempt.on or served > view.today:
        raise refuse("served_on", art.NONE, "送达日期应在制作文书之日和今天之间", "请填写实际送达日期")
    attempt.data["served_on"] = served.isoformat()


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
        raise refuse(
            "hearing_threshold_unset",
            art.APL63,
            "本辖区尚未设置听证（较大数额罚款）标准，无法判断当事人是否享有听证权利，不能制作事先告知书",
            "请系统管理员在“设置”中设定 hearing.thresholds（按行政区划，个人/单位金额，单位：分）后再告知",
        )
    return int(value)


def require_hearing_threshold_set(view: CaseView, attempt: Attempt) -> None:
    """Art. 63: whether the party may ask for a hearing must be known before the notice is made."""
    hearing_threshold(view)


def waiver_recorded(view: CaseView) -> dict[str, Any] | None:
    """The party's waiver of the statement period after the newest prior notice (None when there is none)."""
    notice = view.last("notify")
    waivers = view.after(notice, "waive_statement") if notice is not None else []
    return waivers[-1] if waivers else None


def require_written_waiver(view: CaseView, attempt: Attempt) -> None:
    """Art. 62: giving up the statement period needs the party's written declaration, once per notice."""
    waived = waiver_recorded(view)
    if waived is not None:
        raise refuse(
            "waiver_recorded",
            art.APL62,
            ("当事人已于{0}书面放弃陈述申辩，无需重复登记", (waived["on_date"],)),
            "请继续办理；重新事先告知的，当事人可对新的告知再次放弃",
        )
    if not _text(attempt, "note"):
        raise refuse(
            "waiver_written",
            art.APL62,
            "放弃陈述申辩须有当事人的书面声明",
            "请登记当事人签名的书面放弃声明（编号或说明）",
        )


def require_hearing_right(view: CaseView, attempt: Attempt) -> None:
    """Art. 63: only a party told of a hearing right (a large fine or a heavy penalty) may ask for one."""
    notice = view.last("notify")
    if not notice or not notice["data"].get("hearing_right"):
        raise refuse(
            "no_hearing_right",
            art.APL63,
            "本案拟处罚未达到听证标准，当事人不享有听证权利",
            "如当事人坚持，可在陈述申辩中听取其意见",
        )


def require_hearing_request_in_time(view: CaseView, attempt: Attempt) -> None:
    """Art. 64 (1): a hearing is asked for within 5 working days after the notice."""
    notice = view.last("notify")
    if notice is None:
        return
    due = periods.hearing_request_period(view, notice)
    if periods.surely_over(view, due, attempt.on):  # a provisional period is not held against the party
        raise refuse(
            "hearing_request_late",
            art.APL64_1,
            ("听证申请期已于{0}届满（告知后{1}）", (str(due.date), _length("hearing_request", view))),
            "逾期未申请视为放弃听证；请继续办理",
        )


def require_hearing_notice_period(view: CaseView, attempt: Attempt) -> None:
    """Art. 64 (2): the party is told of the hearing at least 7 working days before it."""
    hearing_date = parse_date(attempt.data.get("hearing_date"), attempt.on)
    earliest = periods.earliest_hearing(view, attempt.on).date
    if hearing_date < earliest:
        raise refuse(
            "hearing_notice_period",
            art.APL64_2,
            (
                "应在举行听证的{0}前通知当事人，听证日期不能早于{1}",
                (_length("hearing_notice", view), str(earliest)),
            ),
            ("请把听证日期改到{0}或以后", (str(earliest),)),
        )
    attempt.data["hearing_date"] = hearing_date.isoformat()


def require_hearing_noticed(view: CaseView, attempt: Attempt) -> None:
    """Art. 64 (2): a hearing is held only after its notice, not before the day given in it."""
    notice = view.last("hearing_notice")
    if not notice:
        raise refuse("hearing_not_noticed", art.APL64_2, "尚未通知当事人听证的时间、地点", "请先登记听证通知")
    if attempt.on < dt.date.fromisoformat(notice["data"]["hearing_date"]):
        raise refuse(
            "hearing_early",
            art.APL64_2,
            "听证不能早于通知的听证日期",
            ("请于{0}或以后举行听证", (notice["data"]["hearing_date"],)),
        )


# ------------------------------------------------------------------------------------------ decision
def require_known_outcome(view: CaseView, attempt: Attempt) -> None:
    """Art. 57 ¶1: a decision is one of the four outcomes."""
    try:
        attempt.data["outcome"] = str(DecisionOutcome(attempt.data.get("outcome", "penalty")))
    except ValueError:
        raise refuse(
            "outcome",
            art.APL57,
            "决定类型只能是第五十七条规定的四种之一",
            "请选择：给予处罚、不予处罚（轻微）、违法事实不能成立、移送司法机关",
        ) from None


def require_transfer_receiver(view: CaseView, attempt: Attempt) -> None:
    """Art. 27, 57 ¶1 (4): a transfer names the judicial organ that receives the case."""
    if attempt.outcome == DecisionOutcome.TRANSFER and not _text(attempt, "receiver"):
        raise refuse("receiver", (art.APL27, art.APL57_1_4), "移送须写明接收的司法机关", "请填写接收机关名称")


def require_education(view: CaseView, attempt: Attempt) -> None:
    """Art. 33 ¶3: a party not punished for a minor act is educated, and that is recorded."""
    if attempt.outcome == DecisionOutcome.NO_PENALTY_MINOR and not _text(attempt, "education"):
        raise refuse(
            "education_required",
            art.APL33_3,
            "不予处罚的，应当对当事人进行教育",
            "请记录对当事人进行说服教育的情况后再作出决定",
        )


def require_known_ground(view: CaseView, attempt: Attempt) -> None:
    """Art. 30, 31, 33, 36, 57: a decision not to punish names one of the grounds the law gives."""
    from inspector.law.procedure import NO_PENALTY_GROUNDS

    ground = attempt.data.get("ground")
    if ground and ground not in NO_PENALTY_GROUNDS:
        raise refuse(
            "ground",
            art.APL33,
            ("未知的不予处罚理由：{0}", (ground,)),
            ("可选：{0}", (list(NO_PENALTY_GROUNDS),)),
        )


def require_notice(view: CaseView, attempt: Attempt) -> None:
    """Art. 44, 62: a penalty is decided only after the party was told of it (the prior notice)."""
    if attempt.penalty and view.last("notify") is None:
        raise refuse(
            "no_notice",
            (art.APL44, art.APL62),
            "作出处罚决定前须事先告知当事人拟处罚的内容和权利",
            "请先制作并送达行政处罚事先告知书",
        )


def require_statement_period_over(view: CaseView, attempt: Attempt) -> None:
    """Art. 62: no penalty decision before the statement period has ended, unless the party waived it in
    writing. A period resting on a year without a holiday calendar is waited out with a margin."""
    notice = view.last("notify")
    if not attempt.penalty or notice is None or view.after(notice, "waive_statement"):
        return
    due = periods.statement_period(view, notice)
    if periods.surely_over(view, due, attempt.on):
        return
    if due.provisional and attempt.on > due.date:
        wait = due.date + dt.timedelta(days=periods.provisional_margin(view))
        raise refuse(
            "statement_period_provisional",
            art.APL62,
            (
                "陈述申辩期按周末推算至{0}届满，但{1}年节假日日历尚未导入，期限可能更晚",
                (str(due.date), due.date.year),
            ),
            ("请管理员导入{0}年节假日日历后再决定，或于{1}之后再作出决定", (due.date.year, str(wait))),
        )
    last_day = due.date.isoformat()
    raise refuse(
        "statement_period",
        art.APL62,
        STATEMENT_OPEN.format(last_day),
        STATEMENT_OPEN_HINT.format(last_day),
        parts=(STATEMENT_OPEN, (last_day,)),
        hint_parts=(STATEMENT_OPEN_HINT, (last_day,)),
    )


# The statement period is still running ({0} its last day): no decision yet (Art. 62).
STATEMENT_OPEN = "陈述申辩期至{0}届满，期满前不能作出处罚决定"
STATEMENT_OPEN_HINT = "请在{0}之后再作出决定；当事人书面放弃陈述申辩的，先登记放弃声明"


def require_not_above_notice(view: CaseView, attempt: Attempt) -> None:
    """Art. 45: the penalty may not be increased because of the defence (decision ≤ notified amount)."""
    notice = view.last("notify")
    if not attempt.penalty or notice is None or attempt.data.get("amount_cents") in (None, ""):
        return
    notified = int(notice["data"]["amount_cents"])
    amount = int(attempt.data["amount_cents"])
    if amount > notified:
        raise refuse(
            "amount_above_notice",
            art.APL45,
            ("决定罚款{0}元高于告知的{1}元", (f"{amount / 100:.2f}", f"{notified / 100:.2f}")),
            "不得因当事人申辩而加重处罚；确需提高的，须重新事先告知",
        )


def require_hearing_held(view: CaseView, attempt: Attempt) -> None:
    """Art. 64, 65: once a hearing was asked for, the decision waits for it and rests on its record."""
    notice = view.last("notify")
    requested = view.after(notice, "request_hearing") if notice else []
    if attempt.penalty and requested and not view.after(requested[-1], "hold_hearing"):
        raise refuse(
            "hearing_pending",
            (art.APL64, art.APL65),
            "当事人已申请听证，尚未举行听证",
            "请先通知并举行听证，依据听证笔录作出决定",
        )


def collective_required(view: CaseView) -> bool:
    """Art. 57 ¶2: complex cases or major violations are decided by the heads collectively."""
    return any(e["data"].get("major_case") for e in view.events)


def require_collective_discussion(view: CaseView, attempt: Attempt) -> None:
    """Art. 57 ¶2: a complex or major case is decided by the heads collectively."""
    if attempt.penalty and collective_required(view) and not view.last("collective"):
        raise refuse(
            "collective_required",
            art.APL57_2,
            "本案标记为情节复杂或重大违法行为，须经行政机关负责人集体讨论决定",
            "请先组织负责人集体讨论并登记讨论结论",
        )


def _art58_item(n: str) -> str:
    return art.APL58.at(f"第一款第（{n}）项").short


# Art. 58 ¶1 cases an officer flags (``art58_flags`` on 提交案件审核); item (2), a case that went through a
# hearing, follows from the hearing itself.
ART58_FLAGS = {
    "major_interest": f"涉及重大公共利益（{_art58_item('一')}）",
    "complex": f"案情疑难复杂、涉及多个法律关系（{_art58_item('三')}）",
    "other": f"法律、法规规定的其他情形（{_art58_item('四')}）",
}
ART58_HEARING = f"经过听证程序（{_art58_item('二')}）"


def legal_review_reasons(
    view: CaseView, amount_cents: int | None, reasoning: dict[str, Any] | None = None
) -> list[str]:
    """Why this case needs 法制审核 (Art. 58 plus the configured local triggers); empty when it does not."""
    return [t.format(*args) for t, args in legal_review_reason_parts(view, amount_cents, reasoning)]


def legal_review_reason_parts(
    view: CaseView, amount_cents: int | None, reasoning: dict[str, Any] | None = None
) -> list[tuple[str, tuple[Any, ...]]]:
    """:func:`legal_review_reasons` as (template, arguments) pairs, for an interface that translates them.

    Art. 58 stands in the general procedure (Chapter V, Section 3): a decision made on the spot under the simple
    procedure (Art. 51, 52) goes through no 法制审核, so a simple-procedure case has no reasons, whatever its
    amount or circumstances (a 减轻 warning given on the spot included)."""
    from inspector.law.amounts import review_reason_parts

    if (view.case.get("procedure") or "general") == "simple":
        return []
    flags: set[str] = set()
    for e in view.events:
        flags |= set(e["data"].get("art58_flags", ()))
    reasons: list[tuple[str, tuple[Any, ...]]] = [
        (ART58_FLAGS[f], ()) for f in sorted(flags) if f in ART58_FLAGS
    ]
    if view.last("hold_hearing"):
        reasons.append((ART58_HEARING, ()))
    return reasons + review_reason_parts(view, reasoning, amount_cents)


def amount_under_review(view: CaseView) -> int | None:
    """The fine a legal reviewer sees now: the newest notice's, else the discretion form's."""
    notice = view.last("notify")
    if notice is not None and notice["data"].get("amount_cents") is not None:
        return int(notice["data"]["amount_cents"])
    if view.discretion and view.discretion.get("amount_cents") is not None:
        return int(view.discretion["amount_cents"])
    return None


def legal_review_passed(view: CaseView, amount_cents: int | None = None) -> bool:
    """The newest 法制审核 passed, the discretion record it reviewed has not changed since, and it reviewed
    the amount now being decided (a review of 500 yuan does not cover a decision of 300 yuan below the tier)."""
    last = view.last("legal_review")
    if not last or last["data"].get("verdict") not in PASSING_VERDICTS:
        return False
    if view.discretion and view.discretion["updated_at"] > last["at"]:
        return False
    reviewed = last["data"].get("reviewed_amount_cents")
    return reviewed is None or amount_cents is None or int(reviewed) == int(amount_cents)


def require_legal_review(view: CaseView, attempt: Attempt) -> None:
    """Art. 58: the cases it lists (and the local triggers, judged on the amount decided) pass legal review."""
    if not attempt.penalty:
        return
    amount = attempt.data.get("amount_cents")
    reasons = legal_review_reasons(
        view, int(amount) if amount not in (None, "") else None, attempt.data.get("reasoning")
    )
    if reasons and not legal_review_passed(view, int(amount) if amount not in (None, "") else None):
        why: Any = legal_review_reason_parts(
            view, int(amount) if amount not in (None, "") else None, attempt.data.get("reasoning")
        )
        listed = why[0]
        for more in why[1:]:
            listed = ("{0}；{1}", (listed, more))
        raise refuse(
            "legal_review_required",
            art.APL58,
            "本案须经法制审核通过才能作出决定：" + "；".join(reasons),
            "请提交法制审核，由具有法律职业资格的审核员审核通过后再决定",
            parts=("本案须经法制审核通过才能作出决定：{0}", (listed,)),
        )


def require_transfer_details(view: CaseView, attempt: Attempt) -> None:
    """Art. 27: a transfer names the receiving organ and the reason."""
    if not _text(attempt, "receiver") or not _text(attempt, "reason"):
        raise refuse(
            "transfer_details",
            art.APL27,
            "移送须写明接收机关和移送理由",
            "请填写接收机关（司法机关或有管辖权的行政机关）和理由",
        )


def require_extension_reason(view: CaseView, attempt: Attempt) -> None:
    """Art. 60: an extension of the decision period states its length and reason (and is approved)."""
    try:
        days = int(attempt.data.get("days") or 0)
    except (TypeError, ValueError):
        days = 0
    if days <= 0 or not _text(attempt, "reason"):
        raise refuse(
            "extension", art.APL60, "延长期限须写明延长天数和理由", "请填写天数和理由，并经负责人批准"
        )


# -------------------------------------------------------------------------------- service and after
def require_service_method(view: CaseView, attempt: Attempt) -> None:
    """Art. 61: a known method of service; electronic service only with the party's written consent."""
    try:
        method = ServiceMethod(attempt.data.get("method", "direct"))
    except ValueError:
        raise refuse(
            "service_method", art.APL61, "未知的送达方式", "请选择直接、留置、委托、邮寄、公告或电子送达"
        ) from None
    if method is ServiceMethod.ELECTRONIC and not attempt.data.get("consent_ref"):
        raise refuse(
            "e_service_consent",
            art.APL61_2,
            "电子送达须经当事人同意并签订确认书",
            "请登记当事人签署的送达地址确认书后再电子送达，或改用其他送达方式",
        )
    attempt.data["method"] = str(method)


def require_change_reason(view: CaseView, attempt: Attempt) -> None:
    """Art. 48: a changed, revoked or void decision is recorded with what happened to it and its cause; a
    changed fine states the new amount (a publication record not yet out is redrafted from it)."""
    from inspector.law.case import CHANGE_LABELS, CHANGED, parse_cents

    kind = str(attempt.data.get("kind") or "")
    if kind not in CHANGE_LABELS:
        raise refuse(
            "change_kind",
            art.APL48,
            "请写明决定是被变更、撤销，还是被确认违法或无效",
            ("可选：{0}", (list(CHANGE_LABELS.values()),)),
        )
    attempt.data["kind"] = kind
    if kind == CHANGED:
        if attempt.data.get("amount_cents") in (None, ""):
            raise refuse(
                "changed_amount",
                art.APL48,
                "决定变更的，须写明变更后的罚款金额",
                "请填写变更后的罚款金额；尚未公示的决定将按变更后的内容重新起草公示记录",
            )
        attempt.data["amount_cents"] = parse_cents(attempt.data["amount_cents"], "变更后的罚款金额")
    else:
        attempt.data.pop("amount_cents", None)
    if not _text(attempt, "reason"):
        raise refuse(
            "reason_required",
            art.APL48,
            "决定变更、撤销或被确认违法、无效的，须写明原因",
            ("请填写原因；已公示的决定须在{0}内撤下", (_length("withdraw_publication", view),)),
        )
    # whether a published decision is now to be withdrawn (its timer starts only then): the publicity record
    # was published or its package exported, or (a case without a record) the case recorded 决定公示
    status = view.extra.get("publicity")
    out = status in ("published", "exported", "to_withdraw") or (
        status is None and view.last("publish") is not None
    )
    attempt.data["published"] = bool(out)


def require_publicity_signed_off(view: CaseView, attempt: Attempt) -> None:
    """Art. 48 and the Zhejiang publication rule (Art. 5, 7): a decision is published only in the masked form
    the legal reviewer has signed off, and not at all where the rule withholds it (a minor, privacy)."""
    status = view.extra.get("publicity")
    if status is None:
        raise refuse(
            "no_publicity_record",
            art.APL48,
            "本案没有待公示的处罚决定",
            "须公示的是普通程序作出的罚款决定；决定作出后自动生成公示记录",
        )
    if status == "withheld":
        raise refuse("publicity_withheld", art.APL48, "本决定依规定不予公开", "无需公示")
    if status == "void":
        raise refuse(
            "publicity_void", art.APL48, "决定在公示前已被撤销或确认违法、无效，不予公示", "无需公示"
        )
    if status == "draft":
        raise refuse(
            "publicity_not_signed_off",
            art.APL48,
            "公示内容尚未经法制审核员审签隐私处理，不能登记公示",
            "请法制审核员在“法制审核 → 执法公示”中审核隐私处理后的预览并审签，导出上传后再登记公示",
        )


def require_change_to_withdraw(view: CaseView, attempt: Attempt) -> None:
    """Art. 48: a publication is withdrawn because the decision was changed or revoked, and the reason is
    stated publicly (the change's own reason unless another is given)."""
    change = view.last("decision_changed")
    if not change:
        raise refuse("nothing_to_withdraw", art.APL48, "决定未被变更或撤销，无需撤下公示", "")
    if not change["data"].get("published", True):
        raise refuse("not_published", art.APL48, "该决定尚未公示，无需撤下", "")
    if view.after(change, "publication_withdrawn"):
        raise refuse("already_withdrawn", art.APL48, "已公示的决定已经撤下", "")
    attempt.data["reason"] = _text(attempt, "reason") or str(change["data"].get("reason") or "")


def require_cash_to_hand_in(view: CaseView, attempt: Attempt) -> None:
    """Art. 71: only cash collected on the spot is handed in."""
    if not [e for e in view.events if e["step"] in ("pay", "pay_full") and e["data"].get("cash")]:
        raise refuse("no_cash", art.APL71, "本案没有当场收缴的罚款", "无需上缴")


def require_instalment_terms(view: CaseView, attempt: Attempt) -> None:
    """Art. 66 ¶2: a deferral or instalment plan states its term and reason."""
    if not attempt.data.get("until") or not _text(attempt, "reason"):
        raise refuse(
            "instalment", art.APL66_2, "暂缓或分期缴纳须写明期限和理由", "请填写批准的缴纳期限（until）和理由"
        )
    attempt.data["until"] = parse_date(attempt.data["until"], attempt.on).isoformat()


def require_positive_payment(view: CaseView, attempt: Attempt) -> None:
    """Art. 66: a payment records a real amount paid."""
    from inspector.law.case import parse_cents

    if parse_cents(attempt.data.get("amount_cents"), "缴款金额") == 0:
        raise refuse("bad_amount", art.NONE, "缴款金额须大于零", "请填写实际缴款金额")


# ------------------------------------------------------------------------------------- correction
# Art. 28 ¶1 gives no exception: every penalty orders the party to correct the act (immediately or by a
# date); an act already corrected is recorded in these words too (e.g. 当事人已当场改正).
CORRECTION_MISSING = "实施行政处罚时须责令当事人改正或者限期改正违法行为，决定书须写明责令改正的内容"
CORRECTION_HINT = (
    "请填写责令改正内容：改正要求和期限，如“责令当事人立即改正上述违法行为”；已当场改正的，写明改正情况"
)


def require_correction_order(view: CaseView, attempt: Attempt) -> None:
    """Art. 28 ¶1: a penalty, on the spot or in the general procedure, orders the violation corrected."""
    if attempt.penalty and not _text(attempt, "correction"):
        raise refuse("correction_missing", art.APL28, CORRECTION_MISSING, CORRECTION_HINT)


# ------------------------------------------------------------------------------------- enforcement
# A date resting on a year whose official holiday arrangement is not loaded ({0} the year): the guard waits
# for its latest possible end (``periods.latest_end``), and says the date is an estimate (Art. 85).
PROVISIONAL_DATE = "因缺少{0}年节假日安排，日期为估算；导入日历后可精确"


def provisional(view: CaseView, message: Parts, due: Due | None) -> Parts:
    """``message`` with the note that its date is an estimate, when ``due`` rests on an unloaded year."""
    if due is None or not due.provisional:
        return message
    return ("{0}（{1}）", (message, (PROVISIONAL_DATE, (periods.unloaded_year(view, due),))))


def demand_for_period(view: CaseView) -> dict[str, Any] | None:
    """The 催告书 served for the payment period now running (None when none was): one served before a deferral
    or instalment plan approved later (Art. 66 ¶2) was for a period that no longer stands, and one served before
    the decision was changed (Art. 48) demanded an amount the decision no longer imposes (行政强制法 Art. 41)."""
    demand = view.last("demand_served")
    return demand if demand is not None and not view.after(demand, "instalment", "decision_changed") else None


# 行政强制法 Art. 40 (4), 41: a decision revoked (or confirmed unlawful or void) is not executed; what was paid
# under it is returned. {0}: how the decision changed (决定撤销 / 确认违法 / 确认无效), {1}: the day recorded.
DECISION_ENDED = "处罚决定已于{1}{0}，终结执行，不能再催告、收缴或申请法院强制执行"
REFUND_DUE = "已缴{0}元应予退还"


def require_decision_in_force(view: CaseView, attempt: Attempt) -> None:
    """行政强制法 Art. 40 (4), 41: once the decision is revoked, or confirmed unlawful or void, its execution ends:
    no payment is collected under it, no 催告书 served, no deferral approved, no court asked to enforce it."""
    ended = view.decision_ended()
    if ended is None:
        return
    paid = periods.paid_total(view)
    raise refuse(
        "decision_ended",
        (art.ACL40_4, art.ACL41),
        (DECISION_ENDED, (CHANGE_LABELS[change_kind(ended)], ended["on_date"])),
        (REFUND_DUE, (f"{paid / 100:.2f}",)) if paid else "请结案，执行终结",
    )


def require_payment_overdue(view: CaseView, attempt: Attempt) -> None:
    """行政强制法 Art. 35, 54; 行政处罚法 Art. 72: a 催告书 is served only when the payment period (or an
    approved deferral) has ended and the fine is still unpaid — it may not say a period is over that is not —
    and once for that period: the ten days before the court may be asked run from its service."""
    due = periods.payment_period(view)
    if due is None:
        raise refuse("no_service", (art.ACL35, art.APL72), "处罚决定尚未送达，不能催告", "请先送达处罚决定书")
    served = demand_for_period(view)
    if served is not None:
        raise refuse(
            "demand_served",
            art.ACL54,
            ("催告书已于{0}送达，不能重复催告", (served["on_date"],)),
            ("催告书送达满{0}仍未履行的，可申请法院强制执行", (_length("demand_wait", view),)),
        )
    if periods.owed(view, attempt.on) <= 0:
        raise refuse("nothing_owed", (art.ACL35, art.APL72), "罚款已缴清，无需催告", "")
    if not periods.surely_over(view, due, attempt.on):
        last = periods.latest_end(view, due)  # the party is never pressed before the latest possible end
        raise refuse(
            "payment_period_running",
            (art.ACL35, art.APL72),
            provisional(view, ("缴款期限至{0}届满，期满前不能催告", (str(last),)), due),
            ("请于{0}之后仍未缴纳时再送达催告书", (str(last),)),
        )


def require_court_conditions(view: CaseView, attempt: Attempt) -> None:
    """行政强制法 Art. 53, 54: apply to court only after a 催告书 was served 10 days ago and the fine is unpaid,
    once the review and litigation periods have ended without a challenge, and within 3 months after that."""
    applied = view.last("court_applied")
    if applied is not None:
        raise refuse(
            "court_applied",
            art.ACL53,
            ("已于{0}申请法院强制执行，不能重复申请", (applied["on_date"],)),
            "请等待法院的裁定，依裁定办理",
        )
    demand = view.last("demand_served")
    if demand is None:
        raise refuse("no_demand", art.ACL54, "申请强制执行前须先送达催告书", "请先送达催告书")
    if view.after(demand, "decision_changed"):
        raise refuse(
            "demand_before_change",
            (art.ACL54, art.APL48),
            ("催告书于{0}送达，载明的是变更前的罚款金额", (demand["on_date"],)),
            "请按变更后的决定重新送达催告书，送达满十日仍未履行的再申请",
        )
    ready = periods.demand_wait(view, demand)
    # "送达十日后": the wait's last day still belongs to the party; the court is asked from the day after it.
    earliest = periods.latest_end(view, ready) + dt.timedelta(days=1)
    if attempt.on < earliest:
        raise refuse(
            "demand_wait",
            art.ACL54,
            provisional(
                view,
                ("催告书送达满{0}后才可申请（{1}起）", (_length("demand_wait", view), str(earliest))),
                ready,
            ),
            ("请于{0}或以后申请", (str(earliest),)),
        )
    if periods.owed(view, attempt.on) <= 0:
        raise refuse("nothing_owed", art.ACL53, "罚款已缴清，无需申请强制执行", "")
    if periods.appeal_open(view):
        raise refuse(
            "appeal_pending",
            art.ACL53,
            "当事人已申请行政复议或提起行政诉讼，尚未终结",
            "复议、诉讼终结后依结果办理；不能在此期间申请非诉强制执行",
        )
    window = periods.court_application_window(view)
    if window is None:
        return
    opens, closes = window
    if attempt.on < opens:
        remedies = periods.remedy_periods(view)
        estimated = next((d for d in remedies or () if d.provisional), None)
        raise refuse(
            "remedy_periods_running",
            art.ACL53,
            provisional(
                view,
                ("当事人申请复议、提起诉讼的期限尚未届满，{0}起才可申请法院强制执行", (str(opens),)),
                estimated,
            ),
            ("请于{0}或以后申请", (str(opens),)),
        )
    if attempt.on > closes.date:
        raise refuse(
            "court_application_late",
            art.ACL53,
            provisional(view, ("申请强制执行的期限已于{0}届满", (str(closes.date),)), closes),
            "超过法定申请期限，法院不予受理；请报负责人研究处理",
        )


def require_no_open_appeal(view: CaseView, attempt: Attempt) -> None:
    """Art. 73: a review or lawsuit is registered once, and ended before the next one (e.g. a lawsuit after the
    review decision) is registered, so the surcharge pause runs from the right day."""
    started = view.last("appeal_start")
    if periods.appeal_open(view) and started is not None:
        raise refuse(
            "appeal_open",
            art.APL73,
            ("已于{0}登记复议/诉讼，尚未终结", (started["on_date"],)),
            "请先登记“复议/诉讼终结”；对复议决定不服提起诉讼的，终结后再登记",
        )


def require_case_settled(view: CaseView, attempt: Attempt) -> None:
    """Art. 27, 66, 72: a transferred case closes on the receiver's acknowledgment; a fined case once paid
    (or once the court was asked to enforce)."""
    if view.state is S.TRANSFERRED:
        if not view.last("transfer_ack"):
            raise refuse("transfer_ack", art.APL27, "尚未收到接收机关的回执", "请先登记接收机关的书面回执")
        return
    from inspector.law.procedure import penalty_decided

    if penalty_decided(view) and view.decision_ended() is None:  # 行政强制法 Art. 40 (4): nothing to execute
        owed = int(view.case.get("fine_cents") or 0) + periods.surcharge_due(view, attempt.on)
        paid = periods.paid_total(view)
        if paid < owed and not view.last("court_applied"):
            raise refuse(
                "not_executed",
                (art.APL66, art.APL72),
                ("罚款尚未缴清（应缴{0}元，已缴{1}元）", (f"{owed / 100:.2f}", f"{paid / 100:.2f}")),
                "请登记缴款，或依法催告并申请法院强制执行后再结案",
            )


def _length(timer_key: str, view: CaseView) -> tuple[str, tuple[object, ...]]:
    """A period's length as words to translate: its template (deadlines.LENGTH_WORDS) and its number."""
    template, number = deadlines.length_parts(timer_key, view.setting)
    return (template, (number,))
