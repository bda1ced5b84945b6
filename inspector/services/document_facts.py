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

from inspector.errors import GuardRefused
from inspector.law import deadlines, discretion, procedure, workdays
from inspector.law.procedure import CaseView
from inspector.model import CaseState as S
from inspector.station import Session

_DIGITS = "零一二三四五六七八九"


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
    tail = "" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                 ("一" + cn_number(rest) if rest < 20 else cn_number(rest)))
    return _DIGITS[hundreds] + "百" + tail


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def yuan(cents: int) -> str:
    whole, rest = divmod(int(cents), 100)
    return f"{whole}元" if rest == 0 else f"{whole}.{rest:02d}元"


def periods(setting: Any) -> dict[str, str]:
    """The remedy and payment periods printed on decisions, from the deadline engine and settings."""
    pay = deadlines.TIMER_BY_KEY["payment"].length            # Art. 67: 15 days [V]
    return {"payment_period": f"{cn_number(int(pay))}日",     # type: ignore[arg-type]
            "review_period": f"{cn_number(int(setting('deadline.review_days')))}日",
            "litigation_period": f"{cn_number(int(setting('deadline.litigation_months')))}个月"}


def hearing_clause(request_due: dt.date | None) -> str:
    """Art. 63/64: the hearing right, the request period (working days, Art. 85) from the deadline engine."""
    days = int(deadlines.TIMER_BY_KEY["hearing_request"].length)   # type: ignore[arg-type]
    when = f"（即{cn_date(request_due)}前）" if request_due else ""
    return (f"根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求听证。如要求听证，"
            f"应当在收到本告知书之日起{cn_number(days)}个工作日内{when}向本机关提出；逾期未提出的，视为放弃听证权利。")


def _circumstances(record: Mapping[str, Any]) -> dict[str, Any]:
    raw = record.get("circumstances") or {}
    return json.loads(raw) if isinstance(raw, str) else dict(raw)


def discretion_reasoning(record: Mapping[str, Any], amount_cents: int, *, catalogue_name: str = "") -> str:
    """The 说理 on the decision (§2 doc 10, §3.4): catalogue, tier and range, circumstances, reasons."""
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
    parts.append(("考虑当事人具有以下情节：" + "；".join(found) + "。") if found else "未发现法定从轻、减轻或从重情节。")
    inside = not record.get("outside_tier") and not record.get("mitigated")
    if inside:
        parts.append(f"决定罚款{yuan(amount_cents)}，在推荐幅度内。")
    else:
        kind = "减轻处罚" if record.get("mitigated") else "超出推荐裁量阶次"
        parts.append(f"决定罚款{yuan(amount_cents)}，{kind}，理由：{str(record.get('reason') or '').strip()}")
    return "".join(parts)


def _refuse(rule: str, article: str, message: str, hint: str) -> GuardRefused:
    return GuardRefused(rule=rule, article=article, message=message, hint=hint)


def _decision_number(session: Session, case_id: str) -> str:
    row = session.db.query_one("SELECT number FROM documents WHERE case_id = ? AND doc_type IN "
                               "('penalty_decision', 'onspot_decision', 'no_penalty_decision') "
                               "ORDER BY issued_at DESC LIMIT 1", (case_id,))
    return row["number"] if row else ""


def _prior_notice(v: CaseView, extra: Mapping[str, Any]) -> dict[str, Any]:
    threshold = procedure.hearing_threshold(v)      # refuses, as the workflow does, when none is set (Art. 63)
    notice = v.last("notify") if v.state in (S.NOTIFIED, S.HEARING, S.COLLECTIVE) else None
    if notice is not None:
        amount = int(notice["data"]["amount_cents"])
        served = dt.date.fromisoformat(notice["data"].get("served_on") or notice["on_date"])
        hearing = bool(notice["data"].get("hearing_right"))
    else:
        if v.discretion is None or v.discretion.get("amount_cents") is None:
            raise _refuse("no_amount", "行政处罚法第44条", "事先告知须写明拟作出的处罚（金额）",
                          "请先填写裁量表确定拟罚款金额")
        amount = int(v.discretion["amount_cents"])
        served = v.today                             # handed over when issued; the notify step records it
        hearing = bool(extra.get("heavy_penalty")) or amount >= threshold
    statement_due = procedure.statement_due(v, {"data": {"served_on": served.isoformat()}, "on_date": ""})
    request_due = workdays.add_working_days(
        served, int(deadlines.TIMER_BY_KEY["hearing_request"].length), v.cal).date  # type: ignore[arg-type]
    return {"intended_penalty": f"罚款人民币{yuan(amount)}", "statement_deadline": cn_date(statement_due),
            "hearing_clause": hearing_clause(request_due) if hearing else "", "hearing_applies": False}


def _catalogue_name(session: Session, record: Mapping[str, Any]) -> str:
    from inspector.law import benchmarks
    for cat in benchmarks.load_all(session.db):
        if cat.catalogue == record["catalogue"] and cat.version == record["cat_version"]:
            return cat.name
    return ""


def _penalty_decision(v: CaseView, session: Session) -> dict[str, Any]:
    decision = v.last("decide")
    if decision is not None and decision["data"].get("outcome", "penalty") != "penalty":
        raise _refuse("not_a_penalty", "行政处罚法第57条", "本案的决定不是给予行政处罚",
                      "请制作不予行政处罚决定书或案件移送函")
    record = v.discretion
    if decision is not None:
        amount = int(decision["data"]["amount_cents"])
    else:
        if record is None:
            raise _refuse("no_discretion", "行政处罚法第5条、第34条", "尚未填写裁量表，无法确定罚款金额和裁量理由",
                          "请先在案件中填写裁量表")
        amount = int(record["amount_cents"])
    procedure.require_not_above_notice(procedure.require_notice(v), amount)     # Art. 44/62, Art. 45
    out: dict[str, Any] = {"penalty": f"罚款人民币{yuan(amount)}", **periods(v.setting)}
    if record is not None:
        out["discretion_reasoning"] = discretion_reasoning(record, amount,
                                                           catalogue_name=_catalogue_name(session, record))
    return out


def _no_penalty(v: CaseView) -> dict[str, Any]:
    code = procedure.no_penalty_ground(v)
    if code is None:
        raise _refuse("no_decision", "行政处罚法第57条", "本案尚未作出不予行政处罚的决定",
                      "请先在办案流程中作出决定（不予处罚），再制作决定书")
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
    return {"served_at": cn_date(day),
            "service_method": procedure.SERVICE_LABELS[procedure.ServiceMethod(served["data"]["method"])],
            "served_document": "不予行政处罚决定书" if no_penalty else "行政处罚决定书",
            "served_number": _decision_number(session, v.case["id"]) or None}


def _money_owed(v: CaseView) -> tuple[int, int, int]:
    fine = int(v.case.get("fine_cents") or 0)
    return fine, procedure.paid_total(v), procedure.surcharge_due(v, v.today)


def _demand(v: CaseView) -> dict[str, Any]:
    fine, paid, surcharge = _money_owed(v)
    due = procedure.payment_due(v)
    text = f"缴纳罚款人民币{yuan(max(fine - paid, 0))}"
    if paid:
        text += f"（罚款{yuan(fine)}，已缴{yuan(paid)}）"
    if surcharge:
        text += (f"，以及截至{cn_date(v.today)}的加处罚款人民币{yuan(surcharge)}（依据《中华人民共和国行政处罚法》第七十二条，"
                 "每日按罚款数额的百分之三加处，不超过罚款数额）")
    if due:
        text += f"；原缴款期限已于{cn_date(due)}届满"
    out: dict[str, Any] = {"obligation": text}
    decision = v.last("decide", "on_the_spot")
    if decision:
        out["decision_date"] = cn_date(dt.date.fromisoformat(decision["on_date"]))
    return out


def _closing(v: CaseView) -> dict[str, Any]:
    out: dict[str, Any] = {}
    decision = v.last("decide", "on_the_spot")
    if decision:
        out["decision_date"] = cn_date(dt.date.fromisoformat(decision["on_date"]))
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
            lines.append(f"{cn_date(dt.date.fromisoformat(e['on_date']))}缴纳{yuan(int(e['data']['amount_cents']))}"
                         f"{'（当场收缴）' if e['data'].get('cash') else ''}{receipt}。")
    if surcharge:
        lines.append(f"加处罚款{yuan(surcharge)}（第七十二条）。")
    lines.append(f"合计已缴{yuan(paid)}。")
    if v.last("court_applied"):
        lines.append("已申请人民法院强制执行。")
    out["execution"] = "\n".join(lines)
    out["closing_reason"] = "执行完毕" if paid >= fine + surcharge else (
        "申请法院强制执行" if v.last("court_applied") else "")
    return out


def facts(session: Session, case_id: str, doc_type: str, extra: Mapping[str, Any]) -> dict[str, Any]:
    """The workflow-owned fields of ``doc_type`` for the case (empty for documents without any).

    Raises:
        GuardRefused: the workflow does not allow what the document would state (no hearing thresholds set,
            no prior notice, decision above the notified amount, no decision recorded…).
    """
    if doc_type not in ("prior_notice", "penalty_decision", "no_penalty_decision", "service_receipt",
                        "demand_notice", "closing_report"):
        return {}
    from inspector.services import workflow as workflow_service
    v = workflow_service.view(session, case_id)
    if doc_type == "prior_notice":
        return _prior_notice(v, extra)
    if doc_type == "penalty_decision":
        return _penalty_decision(v, session)
    if doc_type == "no_penalty_decision":
        return _no_penalty(v)
    if doc_type == "service_receipt":
        return _service(v, session)
    if doc_type == "demand_notice":
        return _demand(v)
    return _closing(v)
