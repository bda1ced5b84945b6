"""Automatic checks of a case file (§5.2 A items, §5.5 date order): pure, shared by 法制审核 and 案卷评查.

A :class:`CaseFile` is everything recorded about one case; :func:`basic_checks` runs the veto-tier items
B1–B11 that a program can decide, and :func:`date_order` checks that the dates in the file can have
happened in that order, with the statutory periods respected on the working-day calendar (Art. 85).
Each :class:`Check` names the records behind it (``links``) so a reviewer can look at them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import Parts, chinese
from inspector.law import deadlines, identity
from inspector.law.workdays import HolidayCalendar

# Words a check gives: fixed Chinese, or a template and its arguments (an argument may itself be such words).
Words = str | Parts


def _w(template: str, *args: Any) -> Parts:
    """Words as a template and its arguments, so an interface can show them in its language
    (scripts/translations collects every template given here); :func:`say` gives the Chinese."""
    return (template, args)


def say(words: Words) -> str:
    """The Chinese of ``words`` (the CLI, the stored checklist and the PDFs read these)."""
    return chinese(words)


def _joined(items: list[Words], separator: str = "、") -> Words:
    """Words listed: 甲、乙 as a list argument (each language lists in its way), or joined by ``；``."""
    if separator == "、":
        return _w("{0}", [_parts(i) for i in items])
    out = items[0]
    for item in items[1:]:
        out = _w("{0}；{1}", out, item)
    return out


@dataclass
class CaseFile:
    """One case as recorded: the case row, party, officers, workflow events, discretion, documents, evidence."""

    case: dict[str, Any]
    party: dict[str, Any] | None
    officers: list[dict[str, Any]]
    events: list[dict[str, Any]]
    discretion: dict[str, Any] | None
    documents: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    benchmark_item: dict[str, Any] | None  # the catalogue item in force on the act date (None: not found)
    statutory_range: tuple[int, int] | None  # cents, for this party type
    setting: Callable[[str], Any]
    cal: HolidayCalendar
    today: dt.date
    review_required: bool = False
    review_passed: bool = False
    publicity: dict[str, Any] | None = None

    def due(self, timer_key: str, start: dt.date) -> dt.date:
        """When the statutory period ``timer_key`` started on ``start`` ends (the one timer table)."""
        return deadlines.period_due(timer_key, start, setting=self.setting, cal=self.cal).date

    def length(self, timer_key: str) -> str:
        return deadlines.describe_length(timer_key, self.setting)

    def first(self, *steps: str) -> dict[str, Any] | None:
        return next((e for e in self.events if e["step"] in steps), None)

    def last(self, *steps: str) -> dict[str, Any] | None:
        return next((e for e in reversed(self.events) if e["step"] in steps), None)

    def day(self, *steps: str, last: bool = False) -> dt.date | None:
        e = self.last(*steps) if last else self.first(*steps)
        return _d(e["on_date"]) if e else None

    @property
    def penalty(self) -> bool:
        d = self.last("decide", "on_the_spot")
        return bool(d and d["data"].get("outcome", "penalty") == "penalty")

    @property
    def decided(self) -> bool:
        return self.last("decide", "on_the_spot") is not None


@dataclass
class Check:
    """One checked item: ``ok`` is True/False, or None when it cannot be decided yet (or is manual).

    ``label`` and ``detail`` are the Chinese words; ``label_parts`` and ``detail_parts`` the same as a
    template and its arguments (as are the links' ``label_parts``), for an interface in another language."""

    code: str
    label: str
    mode: str  # "A" automatic, "M" manual
    ok: bool | None
    detail: str = ""
    links: list[dict[str, Any]] = field(default_factory=list)  # [{kind, id, label, label_parts}]
    label_parts: Parts | None = None
    detail_parts: Parts | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label,
            "mode": self.mode,
            "ok": self.ok,
            "detail": self.detail,
            "links": list(self.links),
            "label_parts": self.label_parts,
            "detail_parts": self.detail_parts,
        }


def _parts(words: Words) -> Parts:
    """``words`` as a template and arguments; a plain string is data, shown as it is."""
    return ("{0}", (words,)) if isinstance(words, str) else words


def _check(
    code: str,
    label: Words,
    mode: str,
    ok: bool | None,
    detail: Words = "",
    links: list[dict[str, Any]] | None = None,
) -> Check:
    return Check(
        code,
        say(label),
        mode,
        ok,
        say(detail),
        list(links or []),
        _parts(label),
        _parts(detail) if detail else None,
    )


def _link(kind: str, id_: Any, label: Words) -> dict[str, Any]:
    return {"kind": kind, "id": str(id_), "label": say(label), "label_parts": _parts(label)}


def _d(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _event_link(e: dict[str, Any], label: Words) -> dict[str, Any]:
    name = _w(label) if isinstance(label, str) else label  # a step's name, translated
    return _link("event", e.get("id", ""), _w("{0}（{1}）", name, e["on_date"]))


# ------------------------------------------------------------------------------------------ veto tier


def basic_checks(f: CaseFile) -> list[Check]:
    """The automatable items of the basic (veto) tier, B1–B11 of §5.2."""
    return [
        _authority(f),
        _officers(f),
        _party(f),
        _legal_basis(f),
        _statutory_range(f),
        _procedures(f),
        _no_inversion(f),
        _limitation(f),
    ]


def _authority(f: CaseFile) -> Check:
    code = f.case.get("matter_code") or ""
    item = f.benchmark_item
    ok = item is not None
    detail = (
        _w("事项{0}（{1}）属本机关职权目录", code, item["name"])
        if item is not None
        else _w("事项代码“{0}”不在违法行为发生日生效的职权（裁量基准）目录中", code or _w("（空）"))
    )
    return _check("B1", _w("执法主体具有法定职权（第十八条、第二十四条）"), "A", ok, detail)


def _officers(f: CaseFile) -> Check:
    on = f.day("decide", "on_the_spot", last=True) or f.day("file") or f.today
    valid = [o for o in f.officers if o.get("cert_expiry", "") >= on.isoformat()]
    links = [
        _link("officer", o["id"], _w("{0}（执法证{1}，至{2}）", o["name"], o["cert_no"], o["cert_expiry"]))
        for o in f.officers
    ]
    ok = len(valid) >= 2
    detail = (
        _w("{0}名执法人员持有{1}有效的执法证", len(valid), on.isoformat())
        if ok
        else _w("{0}名执法人员持有{1}有效的执法证，少于两名", len(valid), on.isoformat())
    )
    return _check("B2", _w("两名以上持有效执法证的执法人员（第四十二条）"), "A", ok, detail, links)


def _party(f: CaseFile) -> Check:
    p = f.party
    label = _w("当事人认定正确、身份证明在卷（第五十七条）")
    if not p:
        return _check("B3", label, "A", False, _w("案件没有当事人"))
    link = [_link("party", p["id"], _parts(p["name"]))]
    if not p.get("id_number"):
        return _check("B3", label, "A", False, _w("当事人没有身份证件号码"), link)
    problems: list[Words] = []
    try:
        checked = identity.check_document(p["id_type"], p["id_number"], today=f.today)
        problems = [pr.parts or pr.message for pr in checked.problems]
    except ValueError:
        problems = [_w("未知证件类型{0}", p["id_type"])]
    kind_ok = (p["kind"] == "organisation") == (p["id_type"] == "uscc") or p["kind"] == "individual_business"
    if not kind_ok:
        problems.append(_w("当事人类型与证件类型不符"))
    detail = _joined(problems, "；") if problems else _w("证件号码校验通过")
    return _check("B3", label, "A", not problems, detail, link)


def _legal_basis(f: CaseFile) -> Check:
    label = _w("法律依据正确且在违法行为发生时有效（第三十七条）")
    item = f.benchmark_item
    if not item:
        return _check("B6", label, "A", False, _w("找不到违法行为发生日生效的依据"))
    ok = bool(item.get("violation_basis")) and bool(item.get("penalty_basis"))
    detail = _w(
        "违法依据：{0}；处罚依据：{1}", item.get("violation_basis", ""), item.get("penalty_basis", "")
    )
    return _check("B6", label, "A", ok, detail)


def _amount(f: CaseFile) -> int | None:
    d = f.last("decide", "on_the_spot")
    if d is not None:
        return int(d["data"].get("amount_cents") or 0)
    if f.discretion and f.discretion.get("amount_cents") is not None:
        return int(f.discretion["amount_cents"])
    return None


def _statutory_range(f: CaseFile) -> Check:
    label = _w("处罚种类和幅度在法定范围内（第四条、第五条）")
    amount = _amount(f)
    if amount is None or (f.decided and not f.penalty):
        return _check(
            "B7",
            label,
            "A",
            None if amount is None else True,
            _w("尚无拟罚款金额") if amount is None else _w("不予处罚"),
        )
    if f.statutory_range is None:
        return _check("B7", label, "A", None, _w("无法确定法定幅度"))
    lo, hi = f.statutory_range
    ok = lo <= amount <= hi or bool(f.discretion and f.discretion.get("mitigated") and amount < lo)
    links = [_link("discretion", f.discretion["id"], _w("裁量表"))] if f.discretion else []
    detail = _w("罚款{0}元，法定幅度{1}–{2}元", f"{amount / 100:.2f}", f"{lo / 100:.2f}", f"{hi / 100:.2f}")
    return _check("B7", label, "A", ok, detail, links)


def _procedures(f: CaseFile) -> Check:
    """B8: the mandatory steps the case has reached must all be on file."""
    label = _w("法定程序完备：立案、调查、告知、听取陈述申辩或放弃、听证、法制审核、决定、送达（第五章）")
    if (f.case.get("procedure") or "general") == "simple":
        return _check("B8", label, "A", f.last("on_the_spot") is not None, _w("简易程序：当场处罚决定"))
    missing: list[Words] = []
    needed = ["file", "investigate", "end_investigation"]
    if f.penalty:
        needed += ["notify", "decide", "serve"]
    elif f.decided:
        needed += ["decide", "serve"]
    for step in needed:
        if f.last(step) is None:
            missing.append(_w(_STEP_NAMES[step]))
    requested = f.last("request_hearing")
    if requested and not f.last("hold_hearing"):
        missing.append(_w("听证（当事人已申请）"))
    if f.review_required and not f.review_passed and f.decided:
        missing.append(_w("法制审核（第五十八条）"))
    links = [
        _event_link(e, _STEP_NAMES.get(e["step"], e["step"])) for e in f.events if e["step"] in _STEP_NAMES
    ]
    detail = _w("缺少：{0}", _joined(missing)) if missing else _w("已到环节均有记录")
    return _check("B8", label, "A", not missing, detail, links)


_STEP_NAMES = {
    "clue": "线索登记",
    "file": "立案",
    "investigate": "调查取证",
    "end_investigation": "调查终结",
    "notify": "事先告知",
    "waive_statement": "放弃陈述申辩",
    "request_hearing": "申请听证",
    "hearing_notice": "听证通知",
    "hold_hearing": "举行听证",
    "legal_review": "法制审核",
    "decide": "作出决定",
    "serve": "送达",
    "close": "结案",
}


def _no_inversion(f: CaseFile) -> Check:
    problems = [c for c in date_order(f) if c.ok is False and c.code == "D1"]
    detail = _joined([c.detail_parts or c.detail for c in problems], "；") if problems else _w("日期顺序正确")
    return _check(
        "B9",
        _w("无程序倒置（如告知前作出决定、立案前取证）"),
        "A",
        not problems,
        detail,
        [link for c in problems for link in c.links],
    )


def _limitation(f: CaseFile) -> Check:
    label = _w("在追责时效内（第三十六条）")
    act = _d(f.case.get("act_end_date") or f.case.get("act_date"))
    found = _d(f.case.get("discovered_at") or f.case.get("clue_at"))
    if not act or not found:
        return _check("B11", label, "A", False, _w("缺少违法行为日期或发现日期"))
    end = deadlines.period_due(
        "limitation", act, setting=f.setting, cal=f.cal, serious_harm=bool(f.case.get("serious_harm"))
    ).date
    ok = found <= end
    detail = _w("违法行为终了{0}，发现{1}，时效至{2}", act.isoformat(), found.isoformat(), end.isoformat())
    return _check("B11", label, "A", ok, detail)


# ------------------------------------------------------------------------------------------ date order


def date_order(f: CaseFile) -> list[Check]:
    """The file's dates in the order they must have happened, and the periods between them (§5.5)."""
    out: list[Check] = []
    clue = _d(f.case.get("clue_at"))
    chain: list[tuple[str, dt.date | None, dict[str, Any] | None]] = [("线索登记", clue, None)]
    for step in ("file", "investigate", "notify", "hold_hearing", "decide", "serve"):
        e = f.first(step) if step in ("file", "investigate") else f.last(step)
        chain.append((_STEP_NAMES[step], _d(e["on_date"]) if e else None, e))
    present = [(n, d, e) for n, d, e in chain if d is not None]
    for (n1, d1, _e1), (n2, d2, e2) in zip(present, present[1:], strict=False):
        ok = d1 <= d2
        links: list[dict[str, Any]] = [_event_link(e2, n2)] if e2 else []
        detail = _w("{0}{1}，{2}{3}" if ok else "{0}{1}，{2}{3}：顺序倒置", _w(n1), str(d1), _w(n2), str(d2))
        out.append(_check("D1", _w("{0} ≤ {1}", _w(n1), _w(n2)), "A", ok, detail, links))
    out += _statement_period(f) + _hearing_periods(f) + _decision_period(f) + _service_period(f)
    out += _publication(f)
    return out


def _statement_period(f: CaseFile) -> list[Check]:
    notice, decision = f.last("notify"), f.last("decide")
    if not notice or not decision or not f.penalty:
        return []
    served = _d(notice["data"].get("served_on")) or _d(notice["on_date"])
    decided = _d(decision["on_date"])
    if served is None or decided is None:  # an event without a readable date: the date order reports it
        return []
    due = f.due("statement", served)
    waived = any(e["step"] == "waive_statement" for e in f.events)
    ok = waived or decided > due
    return [
        _check(
            "D2",
            _w("陈述申辩期届满后才作出决定（第六十二条）"),
            "A",
            ok,
            _w(
                "告知送达{0}，申辩期至{1}，决定{2}（当事人书面放弃）"
                if waived
                else "告知送达{0}，申辩期至{1}，决定{2}",
                str(served),
                str(due),
                str(decided),
            ),
            [_event_link(notice, _STEP_NAMES["notify"]), _event_link(decision, _STEP_NAMES["decide"])],
        )
    ]


def _length(f: CaseFile, timer_key: str) -> Parts:
    template, number = deadlines.length_parts(timer_key, f.setting)
    return (template, (number,))


def _hearing_periods(f: CaseFile) -> list[Check]:
    out = []
    notice, req = f.last("notify"), f.last("request_hearing")
    served = (_d(notice["data"].get("served_on")) or _d(notice["on_date"])) if notice else None
    requested = _d(req["on_date"]) if req else None
    if req and served is not None and requested is not None:
        due = f.due("hearing_request", served)
        out.append(
            _check(
                "D3",
                _w("听证申请在告知后{0}内（第六十四条第（一）项）", _length(f, "hearing_request")),
                "A",
                requested <= due,
                _w("告知送达{0}，申请{1}，期限至{2}", str(served), req["on_date"], str(due)),
                [_event_link(req, _STEP_NAMES["request_hearing"])],
            )
        )
    hn = f.last("hearing_notice")
    notified = _d(hn["on_date"]) if hn else None
    held = _d(hn["data"].get("hearing_date")) if hn else None
    if hn and notified is not None and held is not None:
        earliest = f.due("hearing_notice", notified)
        out.append(
            _check(
                "D4",
                _w("听证{0}前通知当事人（第六十四条第（二）项）", _length(f, "hearing_notice")),
                "A",
                held >= earliest,
                _w("通知{0}，听证{1}，最早{2}", hn["on_date"], str(held), str(earliest)),
                [_event_link(hn, _STEP_NAMES["hearing_notice"])],
            )
        )
    return out


def _decision_period(f: CaseFile) -> list[Check]:
    filed, decision = f.day("file"), f.last("decide")
    if not filed or not decision:
        return []
    extended = sum(int(e["data"].get("days") or 0) for e in f.events if e["step"] == "extend")
    due = f.due("decision", filed) + dt.timedelta(days=extended)
    decided = _d(decision["on_date"])
    if decided is None:
        return []
    return [
        _check(
            "D5",
            _w("立案之日起90日内作出决定（第六十条，含批准延长）"),
            "A",
            decided <= due,
            _w("立案{0}，决定{1}，期限至{2}", str(filed), str(decided), str(due)),
            [_event_link(decision, _STEP_NAMES["decide"])],
        )
    ]


def _service_period(f: CaseFile) -> list[Check]:
    decision, serve = f.last("decide"), f.last("serve")
    if not decision or not serve:
        return []
    decided = _d(decision["on_date"])
    served = _d(serve["data"].get("served_on")) or _d(serve["on_date"])
    if decided is None or served is None:
        return []
    due = f.due("service", decided)
    return [
        _check(
            "D6",
            _w("决定书{0}内送达（第六十一条）", _length(f, "service")),
            "A",
            served <= due,
            _w("决定{0}，送达{1}，期限至{2}", decision["on_date"], str(served), str(due)),
            [_event_link(serve, _STEP_NAMES["serve"])],
        )
    ]


def _publication(f: CaseFile) -> list[Check]:
    p = f.publicity
    if not p or p.get("withheld"):
        return []
    due = _d(p["due_date"])
    if due is None:
        return []
    published = _d(p.get("published_at"))
    detail: Words
    if published is None:
        ok = None if f.today <= due else False
        detail = _w(
            "公示期限至{0}，尚未公示（已逾期）" if ok is False else "公示期限至{0}，尚未公示", str(due)
        )
    else:
        ok = published <= due
        detail = _w("公示期限至{0}，{1}公示", str(due), str(published))
    return [
        _check(
            "D7",
            _w("处罚决定按期公示（国办发〔2018〕118号）"),
            "A",
            ok,
            detail,
            [_link("publicity", p["id"], _w("公示记录"))],
        )
    ]
