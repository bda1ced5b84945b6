"""What the 催告书 and the 强制执行申请书 may state, and when they may be made (行政强制法 Art. 35, 53–55).

A demand (催告) follows an unpaid, expired payment period; the application to the court follows a demand
served at least ten days earlier, and only once the review and litigation periods have ended without a
review or a suit, within three months after that. Each document states only what has happened by today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from inspector.errors import GuardRefused, Parts
from inspector.law import articles as art
from inspector.law import deadlines, procedure, rules
from inspector.law import periods as law_periods
from inspector.law.articles import Article
from inspector.law.case import Attempt, refuse
from inspector.law.procedure import CaseView
from inspector.law.workdays import Due


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _yuan(cents: int) -> str:
    whole, rest = divmod(int(cents), 100)
    return f"{whole}元" if rest == 0 else f"{whole}.{rest:02d}元"


# The remedy periods that hold an application to the court back (collected for translation).
REMEDY_PERIODS = ("行政复议申请期限", "行政诉讼起诉期限")


def _length(timer_key: str, setting: Any) -> Parts:
    """A period's length as words to translate (``5个工作日``)."""
    template, number = deadlines.length_parts(timer_key, setting)
    return (template, (number,))


def _refuse(
    rule: str, article: Article | tuple[Article, ...], message: str | Parts, hint: str | Parts
) -> GuardRefused:
    """A refusal citing its article(s) in the law's one spelling (as the step rules do); words given as a
    template and arguments are translated by an interface (a date argument reads 2026年1月5日 in Chinese)."""
    return refuse(rule, article, message, hint)


@dataclass(frozen=True)
class Periods:
    """The dates after service that decide what may be said and done (all from ``inspector.law.periods``)."""

    view: CaseView
    served: dt.date
    payment_due: dt.date  # the latest day the payment period can end (provisional ends included)
    review_end: Due
    litigation_end: Due

    def ended(self, due: Due, today: dt.date) -> bool:
        """Whether a period is certainly over (a provisional end counts only after the margin)."""
        return law_periods.surely_over(self.view, due, today)


def periods(v: CaseView) -> Periods:
    """Payment, review and litigation periods from the service of the decision (refuses when not served)."""
    served_event = law_periods.decision_served(v)
    pay = law_periods.payment_period(v)
    remedies = law_periods.remedy_periods(v)
    if served_event is None or pay is None or remedies is None:
        raise _refuse(
            "not_served",
            art.ACL54,
            "行政处罚决定书尚未送达，不能催告或申请强制执行",
            "请先送达决定书并登记送达",
        )
    return Periods(v, law_periods.served_on(served_event), law_periods.latest_end(v, pay), *remedies)


def _owed(v: CaseView) -> tuple[int, int, int]:
    fine = int(v.case.get("fine_cents") or 0)
    return fine, procedure.paid_total(v), procedure.surcharge_due(v, v.today)


def _appeal_pending(v: CaseView) -> bool:
    start = v.last("appeal_start")
    return bool(start) and not v.after(start, "appeal_end")


def remedy_status(v: CaseView, p: Periods) -> str:
    """What may truthfully be said about review, litigation and payment today."""
    if _appeal_pending(v):
        return (
            "你（单位）已申请行政复议或者提起行政诉讼，依照《中华人民共和国行政处罚法》第七十三条，"
            "复议、诉讼期间行政处罚不停止执行；你（单位）至今未履行该决定。"
        )
    if p.ended(p.review_end, v.today) and p.ended(p.litigation_end, v.today) and not v.last("appeal_start"):
        return "你（单位）在法定期限内未申请行政复议或者提起行政诉讼，又未履行该决定。"
    return f"该决定规定的缴款期限已于{_cn(p.payment_due)}届满，你（单位）至今未履行该决定。"


def payment_place(agency: dict[str, Any] | None) -> str:
    """Where a fine is paid, named the same on the decision and the 催告书 (行政强制法 Art. 35 (3): the way of
    payment stated clearly): the agency's bank, account name and number once set up, else its designated bank."""
    agency = agency or {}
    if agency.get("bank_name") and agency.get("bank_account"):
        return f"{agency['bank_name']}（户名：{agency.get('bank_account_name') or ''}，账号：{agency['bank_account']}）"
    return "本机关指定的银行"


def demand(v: CaseView) -> dict[str, Any]:
    """催告书 facts (行政强制法 Art. 35, 54): only after the payment period has run out unpaid, and only while the
    decision stands (Art. 40 (4)); a changed decision's fine is the one demanded (Art. 41)."""
    rules.require_decision_in_force(v, Attempt("demand", v.today, {}))
    p = periods(v)
    fine, paid, surcharge = _owed(v)
    if fine <= 0:
        raise _refuse("no_fine", art.ACL54, "本案没有应缴的罚款，无需催告", "")
    if v.last("pay_full") or paid >= fine + surcharge:
        raise _refuse("paid", art.ACL54, "罚款已经缴清，无需催告", "")
    if v.today <= p.payment_due:
        raise _refuse(
            "payment_period_open",
            (art.APL67, art.ACL54),
            ("缴款期限至{0}届满，期满前当事人没有不履行义务，不能催告", (p.payment_due,)),
            ("请于{0}或以后再制作催告书", (p.payment_due + dt.timedelta(days=1),)),
        )
    text = f"缴纳罚款人民币{_yuan(max(fine - paid, 0))}"
    if paid:
        text += f"（罚款{_yuan(fine)}，已缴{_yuan(paid)}）"
    if surcharge:
        text += (
            f"，以及截至{_cn(v.today)}的加处罚款人民币{_yuan(surcharge)}（依据《中华人民共和国行政处罚法》第七十二条，"
            "每日按罚款数额的百分之三加处，不超过罚款数额）"
        )
    text += f"；缴纳方式：到{payment_place(v.agency)}或者通过电子支付系统缴纳"
    out: dict[str, Any] = {
        "obligation": text,
        "served_on": _cn(p.served),
        "remedy_status": remedy_status(v, p),
    }
    decision = v.last("decide", "on_the_spot")
    if decision:
        out["decision_date"] = _cn(dt.date.fromisoformat(decision["on_date"]))
    return out


def court_application(v: CaseView) -> dict[str, Any]:
    """强制执行申请书 facts (行政强制法 Art. 53–55): each condition checked, the periods stated as they are; never
    for a decision revoked or found unlawful or void (Art. 40 (4))."""
    rules.require_decision_in_force(v, Attempt("apply_court", v.today, {}))
    p = periods(v)
    fine, paid, surcharge = _owed(v)
    if v.last("pay_full") or paid >= fine + surcharge:
        raise _refuse("paid", art.ACL53, "罚款已经缴清，无需申请强制执行", "")
    if _appeal_pending(v):
        raise _refuse(
            "appeal_pending",
            art.ACL53,
            "当事人已申请行政复议或者提起行政诉讼，尚未终结",
            "请在复议、诉讼终结后依结果办理",
        )
    for due, what in ((p.review_end, REMEDY_PERIODS[0]), (p.litigation_end, REMEDY_PERIODS[1])):
        if not p.ended(due, v.today):
            latest = law_periods.latest_end(v, due)
            note = (
                ("（暂定：该年度节假日安排尚未载入，可能顺延，暂按{0}处理）", (latest,))
                if due.provisional
                else ""
            )
            raise _refuse(
                "remedy_period_open",
                art.ACL53,
                ("{0}至{1}届满{2}，期满前不能申请人民法院强制执行", ((what, ()), due.date, note)),
                "期限届满且当事人未申请复议、未起诉，又不履行的，方可申请",
            )
    _opens, window = law_periods.court_application_window(v) or (None, None)
    assert window is not None  # served: periods() above refused otherwise
    window_end = law_periods.latest_end(v, window)
    if v.today > window_end:
        raise _refuse(
            "application_late",
            art.ACL53,
            ("申请强制执行应在复议、诉讼期限届满之日起三个月内提出（至{0}）", (window_end,)),
            "",
        )
    demand_event = v.last("demand_served")
    if demand_event is None:
        raise _refuse(
            "no_demand",
            art.ACL54,
            "申请强制执行前须先书面催告当事人履行义务",
            "请先制作并送达催告书，登记“送达催告书”",
        )
    demanded = dt.date.fromisoformat(demand_event["on_date"])
    ready = law_periods.latest_end(v, law_periods.demand_wait(v, demand_event))
    if v.today <= ready:
        raise _refuse(
            "demand_wait",
            art.ACL54,
            (
                "催告书送达满{0}后当事人仍未履行的，才可申请（{1}之后）",
                (_length("demand_wait", v.setting), ready),
            ),
            ("请于{0}或以后申请", (ready + dt.timedelta(days=1),)),
        )
    subject = f"罚款人民币{_yuan(max(fine - paid, 0))}"
    if surcharge:
        subject += f"及截至{_cn(v.today)}的加处罚款人民币{_yuan(surcharge)}，合计人民币{_yuan(fine - paid + surcharge)}"
    out: dict[str, Any] = {
        "served_on": _cn(p.served),
        "remedy_status": remedy_status(v, p).replace("你（单位）", "被申请人"),
        "demand_status": f"本机关于{_cn(demanded)}向被申请人送达《催告书》，催告期满十日后被申请人仍未履行。",
        "enforcement_subject": subject,
        "penalty": f"罚款人民币{_yuan(fine)}",
    }
    decision = v.last("decide", "on_the_spot")
    if decision:
        out["decision_date"] = _cn(dt.date.fromisoformat(decision["on_date"]))
    return out
