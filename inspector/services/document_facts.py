"""The legal facts printed on documents, taken from the workflow (events, deadlines, discretion record).

An officer types the narrative (facts, evidence, provisions); the dates, amounts, periods, the hearing
right, the discretion reasoning and the no-penalty ground come from the case's recorded procedure, so a
document never says something the workflow would not allow. The values returned here override whatever
the officer supplied for the same fields.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from inspector.errors import GuardRefused, Parts
from inspector.law import amounts, deadlines, discretion, procedure
from inspector.law import articles as art
from inspector.law import periods as law_periods
from inspector.law.articles import Article
from inspector.law.case import refuse
from inspector.law.procedure import CaseView
from inspector.model import CaseState as S
from inspector.station import Session

_DIGITS = "零一二三四五六七八九"
# A date computed in a year whose official holiday calendar is not loaded yet may move (Art. 85 working days).
PROVISIONAL_NOTE = "（暂定：该年度法定节假日安排尚未载入，按可能的最迟日期告知）"


def cn_number(n: int) -> str:
    """A small count in Chinese numerals as printed on documents (5 → 五, 15 → 十五, 60 → 六十, 90 → 九十)."""
    if n < 0 or n >= 1000:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = (
        ""
        if rest == 0
        else (
            "零" + _DIGITS[rest] if rest < 10 else ("一" + cn_number(rest) if rest < 20 else cn_number(rest))
        )
    )
    return _DIGITS[hundreds] + "百" + tail


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def yuan(cents: int) -> str:
    whole, rest = divmod(int(cents), 100)
    return f"{whole}元" if rest == 0 else f"{whole}.{rest:02d}元"


def periods(setting: Any) -> dict[str, str]:
    """The remedy and payment periods printed on decisions, from the deadline engine and settings."""
    pay = deadlines.TIMER_BY_KEY["payment"].length  # Art. 67: 15 days [V]
    return {
        "payment_period": f"{cn_number(int(pay))}日",  # type: ignore[arg-type]
        "review_period": f"{cn_number(int(setting('deadline.review_days')))}日",
        "litigation_period": f"{cn_number(int(setting('deadline.litigation_months')))}个月",
    }


def hearing_clause(request_due: dt.date | None) -> str:
    """Art. 63/64: the hearing right, the request period (working days, Art. 85) from the deadline engine."""
    days = int(deadlines.TIMER_BY_KEY["hearing_request"].length)  # type: ignore[arg-type]
    when = f"（即{cn_date(request_due)}前）" if request_due else ""
    return (
        f"根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求听证。如要求听证，"
        f"应当在收到本告知书之日起{cn_number(days)}个工作日内{when}向本机关提出；逾期未提出的，视为放弃听证权利。"
    )


def _circumstances(record: Mapping[str, Any]) -> dict[str, Any]:
    raw = record.get("circumstances") or {}
    return json.loads(raw) if isinstance(raw, str) else dict(raw)


def discretion_reasoning(
    record: Mapping[str, Any],
    amount_cents: int,
    *,
    catalogue_name: str = "",
    facts: Mapping[str, Any] | None = None,
) -> str:
    """The 说理 on the decision (§2 doc 10, §3.4): catalogue, tier and range, circumstances, reasons.

    ``facts`` (``inspector.law.amounts.reasoning_facts``) describe the amount actually decided; when they are
    about ``amount_cents`` they win over the discretion form, which may have proposed another amount."""
    if facts and facts.get("amount_cents") == amount_cents:
        recommended = facts.get("recommended") or [None, None]
        record = {
            **record,
            "tier": facts.get("tier") or record.get("tier"),
            "range_min_cents": recommended[0],
            "range_max_cents": recommended[1],
            "outside_tier": facts.get("outside_tier"),
            "mitigated": facts.get("mitigated"),
            "reason": facts.get("reason") or record.get("reason"),
        }
    name = catalogue_name or record["catalogue"]
    parts = [f"依据《{name}》（{record['cat_version']}版）事项{record['matter_code']}，"]
    lo, hi = record.get("range_min_cents"), record.get("range_max_cents")
    tier = record.get("tier") or "一般"
    if lo is not None and hi is not None:
        parts.append(f"本案适用“{tier}”裁量阶次，推荐罚款幅度为{yuan(lo)}至{yuan(hi)}。")
    else:
        parts.append(f"本案适用“{tier}”裁量阶次。")
    c = _circumstances(record)
    found = [discretion.ART32_GROUNDS[g] for g in c.get("art32_grounds", ()) if g in discretion.ART32_GROUNDS]
    if c.get("art31") == "limited":
        found.append("尚未完全丧失辨认或者控制自己行为能力（第三十一条）")
    found += [str(a) for a in c.get("aggravating", ())]
    parts.append(
        ("考虑当事人具有以下情节：" + "；".join(found) + "。")
        if found
        else "未发现法定从轻、减轻或从重情节。"
    )
    # The words describe the amount actually decided, not the one the record was made for.
    in_range = lo is None or hi is None or int(lo) <= amount_cents <= int(hi)
    reason = str(record.get("reason") or "").strip()
    if in_range and not record.get("mitigated"):
        parts.append(f"决定罚款{yuan(amount_cents)}，在推荐幅度内。")
        return "".join(parts)
    if record.get("mitigated"):
        kind = "减轻处罚"
    elif hi is not None and amount_cents > int(hi):
        kind = "高于推荐幅度，超出推荐裁量阶次"
    else:
        kind = "低于推荐幅度，超出推荐裁量阶次"
    if not reason:
        raise _refuse(
            "reasoning_missing",
            (art.APL5, art.APL34),
            ("决定罚款{0}不在推荐幅度内，裁量表未说明理由，决定书无法说理", (_yuan_words(amount_cents),)),
            "请在裁量表中写明超出推荐阶次（或减轻处罚）的理由",
        )
    parts.append(f"决定罚款{yuan(amount_cents)}，{kind}，理由：{reason}")
    return "".join(parts)


def _date_words(day: dt.date) -> Parts:
    """:func:`cn_date` as words to translate."""
    return ("{0}年{1}月{2}日", (day.year, day.month, day.day))


def _yuan_words(cents: int) -> Parts:
    """:func:`yuan` as words to translate."""
    return ("{0}元", (yuan(cents).removesuffix("元"),))


def _refuse(
    rule: str, article: Article | tuple[Article, ...], message: str | Parts, hint: str | Parts
) -> GuardRefused:
    """A refusal citing its article(s) in the law's one spelling (as the step rules do)."""
    return refuse(rule, article, message, hint)


def _decision_number(session: Session, case_id: str) -> str:
    """The number of the case's decision (行政处罚决定书, 当场行政处罚决定书 or 不予行政处罚决定书) not voided."""
    row = session.db.query_one(
        "SELECT d.number FROM documents d LEFT JOIN number_register r ON r.number = d.number WHERE d.case_id = ? "
        "AND d.doc_type IN ('penalty_decision', 'onspot_decision', 'no_penalty_decision') "
        "AND coalesce(r.status, 'issued') <> 'voided' ORDER BY d.issued_at DESC LIMIT 1",
        (case_id,),
    )
    return row["number"] if row else ""


def _prior_notice(v: CaseView, extra: Mapping[str, Any]) -> dict[str, Any]:
    threshold = procedure.hearing_threshold(v)  # refuses, as the workflow does, when none is set (Art. 63)
    notice = v.last("notify") if v.state in (S.NOTIFIED, S.HEARING, S.COLLECTIVE) else None
    if notice is not None:
        amount = int(notice["data"]["amount_cents"])
        served = dt.date.fromisoformat(notice["data"].get("served_on") or notice["on_date"])
        hearing = bool(notice["data"].get("hearing_right"))
    else:
        if v.discretion is None or v.discretion.get("amount_cents") is None:
            raise _refuse(
                "no_amount", art.APL44, "事先告知须写明拟作出的处罚（金额）", "请先填写裁量表确定拟罚款金额"
            )
        amount = int(v.discretion["amount_cents"])
        served = v.today  # handed over when issued; the notify step records it
        hearing = bool(extra.get("heavy_penalty")) or amount >= threshold
    # A period over a year without a holiday calendar is stated at its latest possible end (the guards wait
    # for the same day) and marked provisional, so the printed notice never promises the party less than the law.
    statement = law_periods.period(v, "statement", served)
    request = law_periods.period(v, "hearing_request", served)
    deadline = cn_date(law_periods.latest_end(v, statement)) + (
        PROVISIONAL_NOTE if statement.provisional else ""
    )
    clause = hearing_clause(law_periods.latest_end(v, request)) + (
        PROVISIONAL_NOTE if request.provisional else ""
    )
    return {
        "intended_penalty": f"罚款人民币{yuan(amount)}",
        "statement_deadline": deadline,
        "hearing_clause": clause if hearing else "",
        "non_contact_clause": non_contact_clause(v, deadline, extra),
        "hearing_applies": False,
    }


def non_contact_clause(v: CaseView, deadline: str, extra: Mapping[str, Any]) -> str:
    """Art. 41 ¶3: a 非现场 case tells the party which device recorded the act, when, and where and how to look
    the record up and state and defend; "" for a case from any other source."""
    if v.case.get("source") != "non_contact":
        return ""
    clue = next((e for e in v.events if e["step"] == "clue"), None)
    data = (clue or {}).get("data") or {}
    agency = v.agency or {}
    address = extra.get("agency_address") or agency.get("address") or ""
    phone = extra.get("agency_phone") or agency.get("phone") or ""
    where = "，".join(
        x for x in (f"地址：{address}" if address else "", f"电话：{phone}" if phone else "") if x
    )
    return (
        f"本案违法事实由设置于{data.get('device_location', '')}的电子技术监控设备（编号{data.get('device_code', '')}）"
        f"于{data.get('recorded_at', '')}记录（记录号{v.case.get('device_record_no') or data.get('reference', '')}），"
        f"该记录已经本机关审核，内容真实、清楚、完整、准确。"
        f"依据{art.APL41_3}的规定，你（单位）可以在工作日携带本告知书和身份证明到本机关（{where or '地址见文末'}）查询、查看该记录，"
        f"也可以通过上述电话查询；并可以在{deadline}（含当日）前当面、书面或者通过电话向本机关提出陈述、申辩意见。"
    )


def _catalogue_name(session: Session, record: Mapping[str, Any]) -> str:
    from inspector.law import benchmarks

    for cat in benchmarks.load_all(session.db):
        if cat.catalogue == record["catalogue"] and cat.version == record["cat_version"]:
            return cat.name
    return ""


def _penalty_decision(v: CaseView, session: Session, extra: Mapping[str, Any]) -> dict[str, Any]:
    decision = v.last("decide")
    if decision is not None and decision["data"].get("outcome", "penalty") != "penalty":
        raise _refuse(
            "not_a_penalty", art.APL57, "本案的决定不是给予行政处罚", "请制作不予行政处罚决定书或案件移送函"
        )
    record = v.discretion
    if decision is not None:
        amount = int(decision["data"]["amount_cents"])
    else:
        if record is None:
            raise _refuse(
                "no_discretion",
                (art.APL5, art.APL34),
                "尚未填写裁量表，无法确定罚款金额和裁量理由",
                "请先在案件中填写裁量表",
            )
        amount = int(record["amount_cents"])
        # Not decided yet: the decision is being made now, so every guard of the decision step must pass
        # (statement period, hearing, collective discussion, legal review, limitation, double fine…).
        # (the confirmation's preview asks the order to correct on the step's own form: Art. 28 is checked there)
        correction = (
            extra.get("correction")
            or _correction_default(session, v)
            or ("（按决定）" if extra.get("preview") else "")
        )
        procedure.check(v, "decide", {"outcome": "penalty", "amount_cents": amount, "correction": correction})
    procedure.require_not_above_notice(procedure.require_notice(v), amount)  # Art. 44/62, Art. 45
    out: dict[str, Any] = {"penalty": f"罚款人民币{yuan(amount)}", **periods(v.setting)}
    if decision is not None and str(decision["data"].get("correction") or "").strip():
        out["correction"] = decision["data"]["correction"]  # Art. 28 ¶1, as the decision recorded it
    elif decision is None and not extra.get("correction"):
        out["correction"] = _correction_default(session, v) or None  # as the decision form pre-fills it
    if record is not None:
        out["discretion_reasoning"] = discretion_reasoning(
            record, amount, catalogue_name=_catalogue_name(session, record), facts=amounts.reasoning_facts(v)
        )
    return out


def _no_penalty(v: CaseView) -> dict[str, Any]:
    code = procedure.no_penalty_ground(v)
    if code is None:
        raise _refuse(
            "no_decision",
            art.APL57,
            "本案尚未作出不予行政处罚的决定",
            "请先在办案流程中作出决定（不予处罚），再制作决定书",
        )
    decision = v.last("decide")
    out: dict[str, Any] = {"ground": procedure.NO_PENALTY_GROUNDS[code], **periods(v.setting)}
    if decision and str(decision["data"].get("education", "")).strip():
        out["education"] = decision["data"]["education"]
    return out


def _service(v: CaseView, session: Session) -> dict[str, Any]:
    served = v.last("serve")
    if served is None:
        return {}
    day = dt.date.fromisoformat(served["data"].get("served_on") or served["on_date"])
    no_penalty = served["data"].get("outcome", "penalty") != "penalty"
    return {
        "served_at": cn_date(day),
        "service_method": procedure.SERVICE_LABELS[procedure.ServiceMethod(served["data"]["method"])],
        "served_document": "不予行政处罚决定书" if no_penalty else "行政处罚决定书",
        "served_number": _decision_number(session, v.case["id"]) or None,
    }


def _money_owed(v: CaseView) -> tuple[int, int, int]:
    fine = int(v.case.get("fine_cents") or 0)
    return fine, procedure.paid_total(v), procedure.surcharge_due(v, v.today)


def _closing(v: CaseView) -> dict[str, Any]:
    out: dict[str, Any] = {}
    decision = v.last("decide", "on_the_spot")
    if decision:
        out["decision_date"] = cn_date(dt.date.fromisoformat(decision["on_date"]))
    if v.case.get("procedure") == "simple":  # Art. 51, 52: decided on the spot, never filed (no 立案日期)
        out.update(
            filed_on__label="办理程序", filed_on=f"简易程序（当场处罚，{art.APL51.short}、{art.APL52.short}）"
        )
    if v.state is S.TRANSFERRED or (decision and decision["data"].get("outcome") == "transfer"):
        out["closing_reason"] = "移送"
        return out
    if decision and decision["data"].get("outcome", "penalty") != "penalty":
        out.update(closing_reason="不予处罚", execution="不予行政处罚，无需执行")
        return out
    fine, paid, surcharge = _money_owed(v)
    lines = [f"罚款{yuan(fine)}。"]
    for e in v.events:
        if e["step"] in ("pay", "pay_full"):
            receipt = f"，票据号{e['data']['receipt_no']}" if e["data"].get("receipt_no") else ""
            lines.append(
                f"{cn_date(dt.date.fromisoformat(e['on_date']))}缴纳{yuan(int(e['data']['amount_cents']))}"
                f"{'（当场收缴）' if e['data'].get('cash') else ''}{receipt}。"
            )
    if surcharge:
        lines.append(f"加处罚款{yuan(surcharge)}（第七十二条）。")
    lines.append(f"合计已缴{yuan(paid)}。")
    if v.last("court_applied"):
        lines.append("已申请人民法院强制执行。")
    out["execution"] = "\n".join(lines)
    out["closing_reason"] = (
        "执行完毕" if paid >= fine + surcharge else ("申请法院强制执行" if v.last("court_applied") else "")
    )
    return out


def _hearing_notice(v: CaseView, extra: Mapping[str, Any]) -> dict[str, Any]:
    """听证告知书: only for a party with the hearing right (Art. 63), stating the notified (or notifiable) amount."""
    facts = _prior_notice(v, extra)
    notice = v.last("notify") if v.state in (S.NOTIFIED, S.HEARING, S.COLLECTIVE) else None
    if notice is not None:
        right = bool(notice["data"].get("hearing_right"))
    else:
        right = bool(facts["hearing_clause"])
    if not right:
        raise _refuse(
            "no_hearing_right",
            art.APL63,
            "本案拟作出的处罚未达到较大数额罚款等听证标准，当事人不享有听证权利，不能制作听证告知书",
            "事先告知书中已告知陈述、申辩权利；如确属第六十三条所列处罚，请核对拟罚款金额或处罚种类",
        )
    return {"intended_penalty": facts["intended_penalty"]}


def _correction_default(session: Session, v: CaseView) -> str:
    from inspector.services import workflow as workflow_service

    return workflow_service.correction_default(session, v.case["id"])


def _onspot(v: CaseView, session: Session, extra: Mapping[str, Any]) -> dict[str, Any]:
    """当场处罚决定书 (Art. 51, 52): the amount and the order to correct (Art. 28) of the recorded on-the-spot
    step, or the step's guards now."""
    event = v.last("on_the_spot")
    if event is None and "correction" not in extra and not extra.get("preview"):
        extra = {**extra, "correction": _correction_default(session, v)}
    out = _onspot_penalty(v, extra)
    if event is not None and str(event["data"].get("correction") or "").strip():
        out["correction"] = event["data"]["correction"]
    elif event is None and extra.get("correction"):
        out["correction"] = extra["correction"]
    return out


def _onspot_penalty(v: CaseView, extra: Mapping[str, Any]) -> dict[str, Any]:
    event = v.last("on_the_spot")
    if event is None and extra.get("preview") and extra.get("amount_cents") in (None, ""):
        # the step's confirmation, before its amount is entered: only the officer's fields are asked
        return {"penalty": "罚款人民币（按当场处罚金额）", "payment": "（按缴纳方式）"}
    if event is None:
        if extra.get("amount_cents") in (None, ""):
            raise _refuse(
                "no_onspot_step",
                art.APL51,
                "尚未登记当场处罚，无法确定罚款金额",
                "请先在办案流程中登记“当场处罚（简易程序）”（金额、陈述申辩情况），再制作决定书",
            )
        data = {
            "amount_cents": extra["amount_cents"],
            "statement_heard": bool(extra.get("statement_heard")),
            **{k: extra[k] for k in ("cash", "cash_ground", "receipt_no", "correction") if k in extra},
        }
        procedure.check(v, "on_the_spot", data)
        amount = int(data["amount_cents"])
    else:
        amount = int(event["data"].get("amount_cents") or 0)
    remedies = {k: v for k, v in periods(v.setting).items() if k != "payment_period"}
    if amount == 0:  # Art. 51: a warning, nothing to pay
        return {"penalty": "警告", "payment": "", **remedies}
    # Art. 68–70: collected on the spot with the decision (the step's own data), or recorded as a payment since
    cash = next(
        (e for e in v.events if e["step"] in ("on_the_spot", "pay", "pay_full") and e["data"].get("cash")),
        None,
    )
    out = {"penalty": f"罚款人民币{yuan(amount)}", **remedies}
    if cash is not None:
        out["payment"] = (
            f"当场收缴罚款{yuan(int(cash['data']['amount_cents']))}，"
            f"出具专用票据（票据号{cash['data'].get('receipt_no', '')}）"
        )
        return out
    from inspector.services.enforcement_facts import payment_place

    out["payment"] = (
        f"自收到本决定书之日起{periods(v.setting)['payment_period']}内到{payment_place(v.agency)}"
        "或者通过电子支付系统缴纳罚款"
    )
    out["late_payment"] = LATE_PAYMENT
    return out


# Told to the party with the fine (行政强制法第四十五条第一款: the standard of the surcharge; 行政处罚法第七十二条),
# as the general procedure's decision tells it, with the court application that follows (行政强制法第五十三条).
LATE_PAYMENT = (
    "到期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三"
    "加处罚款，加处罚款的数额不超出罚款的数额。当事人逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，本机关"
    "将依法申请人民法院强制执行。"
)


def _hearing_record(v: CaseView) -> dict[str, Any]:
    """听证笔录 (Art. 64): the hearing notified and its day reached."""
    notice = v.last("hearing_notice")
    if notice is None:
        raise _refuse(
            "hearing_not_noticed",
            art.APL64_2,
            "尚未通知当事人举行听证的时间、地点",
            "请先登记听证通知，于通知的日期举行听证后再制作听证笔录",
        )
    day = dt.date.fromisoformat(notice["data"]["hearing_date"])
    if v.today < day:
        raise _refuse(
            "hearing_early",
            art.APL64_2,
            ("听证定于{0}举行，尚未举行", (_date_words(day),)),
            ("请于{0}举行听证时制作笔录", (_date_words(day),)),
        )
    return {"hearing_time": cn_date(day)}


def _hearing_summons(v: CaseView, extra: Mapping[str, Any]) -> dict[str, Any]:
    """听证通知书 (Art. 64 (1)(2)): after a request; the day is the noticed one, at least 7 working days ahead."""
    if not v.last("request_hearing"):
        raise _refuse("no_hearing_request", art.APL64_1, "当事人尚未申请听证", "请先登记当事人的听证申请")
    notice = v.last("hearing_notice")
    if notice is not None:
        day = dt.date.fromisoformat(notice["data"]["hearing_date"])
    elif extra.get("hearing_date"):
        data = {"hearing_date": extra["hearing_date"]}
        procedure.check(v, "hearing_notice", data)  # the notice being given now: 7 working days ahead
        day = dt.date.fromisoformat(data["hearing_date"])
    else:
        raise _refuse(
            "hearing_date",
            art.APL64_2,
            "尚未确定听证日期",
            "请先登记听证通知（听证日期须在通知之日起七个工作日以后），或在文书中填写听证日期",
        )
    when = str(extra.get("hearing_time") or "")
    if not when.startswith(cn_date(day)):
        when = cn_date(day) + (when if when and "年" not in when else "")
    return {"hearing_time": when}


def _review_opinion(v: CaseView) -> dict[str, Any]:
    notice = procedure.require_notice(v)  # Art. 45: a review of what the party said after the notice
    return {"intended_penalty": f"罚款人民币{yuan(int(notice['data']['amount_cents']))}"}


def _instalment(v: CaseView, session: Session) -> dict[str, Any]:
    fine = int(v.case.get("fine_cents") or 0)
    if fine <= 0:
        raise _refuse("no_fine", art.APL66_2, "本案没有罚款，无需延期或分期缴纳", "")
    out: dict[str, Any] = {
        "fine": f"人民币{yuan(fine)}",
        "decision_number": _decision_number(session, v.case["id"]) or None,
    }
    plan = v.last("instalment")
    if plan is not None and plan["data"].get("until"):  # the approval already recorded: print what it says
        until = dt.date.fromisoformat(plan["data"]["until"])
        out["plan"] = (
            f"准予于{cn_date(until)}前缴清罚款（理由：{str(plan['data'].get('reason') or '').strip()}）"
        )
    return out


def _preservation(v: CaseView, session: Session) -> dict[str, Any]:
    """先行登记保存物品处理决定书 (Art. 56): items preserved, and the decisions recorded on them."""
    from inspector.services.preservation import DISPOSALS

    rows = session.db.query(
        "SELECT * FROM preserved_items WHERE case_id = ? AND measure = 'registered_preservation' "
        "ORDER BY preserved_on, id",
        (v.case["id"],),
    )
    if not rows:
        raise _refuse("nothing_preserved", art.APL56, "本案没有先行登记保存的物品", "")
    decided = [r for r in rows if r["decision"]]
    if not decided:
        raise _refuse(
            "no_disposal",
            art.APL56,
            "尚未对先行登记保存的物品作出处理决定",
            "请先在物品登记中逐项登记处理决定（七日内）",
        )
    items = [
        {
            "name": " ".join(x for x in (r["description"], r["quantity"]) if x),
            "decision": DISPOSALS.get(r["decision"], r["decision"]),
            "note": r["disposal_note"] or "",
        }
        for r in decided
    ]
    first = min(dt.date.fromisoformat(r["preserved_on"][:10]) for r in decided)
    number = session.db.scalar(
        "SELECT number FROM documents WHERE case_id = ? AND doc_type = 'evidence_preservation' "
        "ORDER BY issued_at LIMIT 1",
        (v.case["id"],),
    )
    return {"disposal_items": items, "preserved_on": cn_date(first), "preservation_number": number or None}


def facts(session: Session, case_id: str, doc_type: str, extra: Mapping[str, Any]) -> dict[str, Any]:
    """The workflow-owned fields of ``doc_type`` for the case (empty for documents without any).

    Raises:
        GuardRefused: the workflow does not allow what the document would state (no hearing thresholds set,
            no prior notice, decision above the notified amount, no decision recorded…).
    """
    from inspector.services import enforcement_facts

    handlers: dict[str, Any] = {
        "prior_notice": lambda v: _prior_notice(v, extra),
        "hearing_notice": lambda v: _hearing_notice(v, extra),
        "penalty_decision": lambda v: _penalty_decision(v, session, extra),
        "onspot_decision": lambda v: _onspot(v, session, extra),
        "no_penalty_decision": _no_penalty,
        "service_receipt": lambda v: _service(v, session),
        "demand_notice": enforcement_facts.demand,
        "enforcement_application": enforcement_facts.court_application,
        "closing_report": _closing,
        "hearing_record": _hearing_record,
        "hearing_summons": lambda v: _hearing_summons(v, extra),
        "review_opinion": _review_opinion,
        "instalment_approval": lambda v: _instalment(v, session),
        "preservation_disposal": lambda v: _preservation(v, session),
    }
    if doc_type not in handlers:
        return {}
    from inspector.services import workflow as workflow_service

    view = workflow_service.view(session, case_id)
    out = dict(handlers[doc_type](view))
    if doc_type in ("demand_notice", "enforcement_application"):
        out.update(_decision_named(view, session, doc_type))
    return {k: v for k, v in out.items() if v is not None}


def _decision_named(v: CaseView, session: Session, doc_type: str) -> dict[str, Any]:
    """The decision a 催告书 or 强制执行申请书 executes, by its title and number (行政强制法第三十五条、第五十五条):
    the 当场行政处罚决定书 of a simple-procedure case (Art. 52), else the 行政处罚决定书. Refuses when the case
    has no such document issued: there is no decision number to state."""
    simple = v.case.get("procedure") == "simple"
    title = "当场行政处罚决定书" if simple else "行政处罚决定书"
    number = _decision_number(session, v.case["id"])
    if not number:
        raise _refuse(
            "no_decision_document",
            art.ACL35 if doc_type == "demand_notice" else art.ACL55,
            ("本案没有已出具的《{0}》，无从写明据以执行的决定及其文号", (title,)),
            ("请先出具《{0}》并登记文号", (title,)),
        )
    return {
        "decision_title": title,
        "decision_number": number,
        # 送达凭证: the party's signature on the on-the-spot decision (Art. 52) or the 送达回证 (Art. 61)
        "decision_papers": "当场行政处罚决定书（当事人签收）" if simple else "行政处罚决定书及送达回证",
    }
