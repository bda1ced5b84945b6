"""Opening a case (线索登记): from an inspection whose outcome calls for one, or from a clue without an inspection.

The act date, the end of a continuing act and the discovery date are recorded on the case because the law
counts from them: the two-year limitation runs from the end of the act (Art. 36) and filing is decided within
the period counted from discovery (Art. 54). The case starts in 线索登记; 立案 draws its number later.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from inspector import clock, text
from inspector.errors import GuardRefused, NotFound, Problem, ValidationError, Verbatim, problem
from inspector.law import articles as art
from inspector.law import identity, matters
from inspector.model import CaseState, InspectionOutcome
from inspector.permissions import Action
from inspector.services import inspections as inspection_service
from inspector.services import monitoring, parties, worklist
from inspector.station import Session
from inspector.station.writer import Writer

# Where a case can come from (案件来源), with the detail each source records.
SOURCES: dict[str, tuple[str, str]] = {
    "patrol": ("日常巡查", ""),
    "complaint": ("投诉举报", "来信来电记录"),
    "hotline": ("12345热线", "工单号"),
    "referral": ("上级交办或部门移送", "移送部门及文号"),
    "random_check": ("双随机抽查", "抽查任务编号"),
    # the device is chosen from the register (monitoring.py); the reference is the device's record number
    "non_contact": ("非现场执法", "记录号"),
    "media": ("媒体曝光", "报道出处"),
}
# A complaint names its complainant and how to reach them, unless it was made anonymously, which is lawful:
# the officer says so explicitly. For a complaint the record of the letter or call is then optional; the 12345
# hotline's ticket is still required.
COMPLAINT_SOURCES = frozenset({"complaint", "hotline"})
REFERENCE_OPTIONAL = frozenset({"complaint"})
ANONYMOUS = "匿名投诉"
# what a complaint recorded before 投诉人 and 联系方式 were asked apart kept on its one line
LEGACY_COMPLAINT_DETAIL = "投诉人或来电记录"
# what a 非现场 clue registered before the device register kept on its one line, and what a registered device's
# record is called where the case shows its source
LEGACY_DEVICE_DETAIL = "设备编号及记录号"
DEVICE_DETAIL = "监控设备记录"
# stored source values the documents know; the 12345 hotline is a complaint channel
_STORED_SOURCE = {"hotline": "complaint"}
# inspection outcomes that open a case, with the procedure they lead to
CASE_OUTCOMES = {InspectionOutcome.PROPOSE_CASE: "general", InspectionOutcome.ON_THE_SPOT: "simple"}


_day = text.parse_day


# The dates of a clue, as a message names them (collected for translation by scripts/translations).
DATE_LABELS = ("违法行为发生日期", "行为终了日期", "发现日期")


def check_dates(act: Any, act_end: Any, discovered: Any) -> tuple[dt.date, dt.date, dt.date]:
    """Validate 违法行为发生日期 ≤ 行为终了日期 and 发现日期, none in the future (Art. 36, Art. 54)."""
    problems: list[Problem] = []
    a = _day(act, "act_date", problems, "违法行为发生日期")
    e = _day(act_end, "act_end_date", problems, "行为终了日期")
    d = _day(discovered, "discovered_on", problems, "发现日期")
    today = clock.today()
    if a is None and not any(p.field == "act_date" for p in problems):
        problems.append(
            Problem(
                "act_date",
                "required",
                f"请填写违法行为发生日期（{art.APL36.short}时效自此计算）",
                parts=("请填写违法行为发生日期（{0}时效自此计算）", (art.APL36.short,)),
            )
        )
    if d is None and not any(p.field == "discovered_on" for p in problems):
        problems.append(
            Problem(
                "discovered_on",
                "required",
                f"请填写发现日期（{art.APL54.short}立案期限自此计算）",
                parts=("请填写发现日期（{0}立案期限自此计算）", (art.APL54.short,)),
            )
        )
    e = e or a
    for day, field, label in (
        (a, "act_date", "违法行为发生日期"),
        (e, "act_end_date", "行为终了日期"),
        (d, "discovered_on", "发现日期"),
    ):
        if day and day > today:
            problems.append(
                Problem(field, "future", f"{label}不能晚于今天", parts=("{0}不能晚于今天", ((label, ()),)))
            )
    if a and e and e < a:
        problems.append(
            Problem("act_end_date", "order", "连续或继续状态的违法行为，终了日期不能早于发生日期")
        )
    if a and d and d < a:
        problems.append(Problem("discovered_on", "order", "发现日期不能早于违法行为发生日期"))
    if problems:
        raise ValidationError(problems)
    assert a and e and d
    return a, e, d


def _officers(session: Session, officer_ids: Sequence[str], on: dt.date) -> list[dict[str, Any]]:
    return inspection_service.check_officers(session, list(officer_ids), on=on)


def _insert_case(
    w: Writer,
    session: Session,
    *,
    squad_id: str,
    party_id: str | None,
    inspection_id: str | None,
    source: str,
    matter_code: str,
    matter_name: str,
    summary: str,
    address: str,
    act: dt.date,
    act_end: dt.date,
    discovered: dt.date,
    officer_ids: Sequence[str],
    detail: Mapping[str, Any],
    procedure: str,
    device_record: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    agency_id = session.db.scalar("SELECT agency_id FROM squads WHERE id = ?", (squad_id,))
    case = w.insert(
        "cases",
        {
            "agency_id": agency_id,
            "squad_id": squad_id,
            "party_id": party_id,
            "inspection_id": inspection_id,
            "state": str(CaseState.CLUE),
            "procedure": procedure,  # shown from the start; a simple-procedure clue may still go general
            "source": _STORED_SOURCE.get(source, source),
            "matter_code": matter_code,
            "matter_name": matter_name,
            "summary": summary,
            "address": address,
            "act_date": act.isoformat(),
            "act_end_date": act_end.isoformat(),
            "discovered_at": discovered.isoformat(),
            "clue_at": clock.iso(),
            **(device_record or {}),
        },
    )
    for pos, oid in enumerate(officer_ids):
        w.insert("case_officers", {"case_id": case["id"], "officer_id": oid, "position": pos})
    data = {
        "source": source,
        "source_label": SOURCES[source][0],
        "procedure": procedure,
        **{k: v for k, v in detail.items() if v not in (None, "")},
    }
    w.insert(
        "case_events",
        {
            "case_id": case["id"],
            "step": "clue",
            "from_state": "",
            "to_state": str(CaseState.CLUE),
            "on_date": clock.today().isoformat(),
            "at": clock.iso(),
            "actor": session.user.username,
            "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
        },
    )
    return case


def case_for_inspection(session: Session, inspection_id: str) -> str | None:
    """The case already opened from an inspection, if any."""
    return session.db.scalar(
        "SELECT id FROM cases WHERE inspection_id = ? ORDER BY clue_at LIMIT 1", (inspection_id,)
    )


def open_from_inspection(
    session: Session,
    inspection_id: str,
    *,
    act_date: Any = None,
    act_end_date: Any = None,
    discovered_on: Any = None,
    matter_code: str | None = None,
) -> dict[str, Any]:
    """Open the case an inspection calls for (建议立案 → general procedure, 当场处罚 → simple procedure).

    The party, officers, address, matter and the situation found come from the inspection; its photos
    belong to the case file through the inspection. The act and discovery dates default to the inspection's day.

    Raises:
        GuardRefused: the inspection's outcome does not call for a case, or a case was already opened from it.
        ValidationError: dates out of order or in the future; no matter or party on the inspection.
    """
    session.require(Action.CASE_CREATE)
    insp = session.db.find("inspections", inspection_id)
    if insp is None:
        raise NotFound(entity="现场检查", key=inspection_id)
    outcome = InspectionOutcome(insp["outcome"])
    if outcome not in CASE_OUTCOMES:
        label = inspection_service.OUTCOME_LABELS.get(outcome, str(outcome))
        raise GuardRefused(
            rule="outcome_no_case",
            article=str(art.APL54),
            message=f"该检查的处理结果为“{label}”，不需要立案",
            parts=("该检查的处理结果为“{0}”，不需要立案", (label,)),
            hint="如发现违法行为需要处罚，请先把处理结果改为“建议立案”或“当场处罚”",
        )
    existing = case_for_inspection(session, inspection_id)
    if existing:
        raise GuardRefused(
            rule="case_exists",
            article=str(art.APL54),
            message="该检查已经立案登记，不能重复",
            hint="请在“案件”中打开已登记的案件",
        )
    day = (
        dt.datetime.fromisoformat(insp["started_at"].replace("Z", "+00:00")).astimezone(clock.LOCAL_TZ).date()
    )
    act, act_end, discovered = check_dates(act_date or day, act_end_date, discovered_on or day)
    codes = [
        r["matter_code"]
        for r in session.db.query(
            "SELECT matter_code FROM inspection_matters WHERE inspection_id = ? ORDER BY position",
            (inspection_id,),
        )
    ]
    code = matter_code or (codes[0] if codes else "")
    matter = matters.by_code(code) if code else None
    problems = []
    if matter is None:
        problems.append(Problem("matter_code", "required", "检查记录没有执法事项，无法立案"))
    if not insp["party_id"]:
        problems.append(Problem("party", "required", "检查记录没有当事人，无法立案"))
    if problems:
        raise ValidationError(problems)
    assert matter is not None
    officer_ids = [
        r["officer_id"]
        for r in session.db.query(
            "SELECT officer_id FROM inspection_officers WHERE inspection_id = ? ORDER BY position",
            (inspection_id,),
        )
    ]
    with session.writing(Action.CASE_CREATE, label="case.open") as w:
        case = _insert_case(
            w,
            session,
            squad_id=insp["squad_id"],
            party_id=insp["party_id"],
            inspection_id=inspection_id,
            source="patrol",
            matter_code=code,
            matter_name=matter.name,
            summary=insp["situation"] or matter.name,
            address=insp["address"],
            act=act,
            act_end=act_end,
            discovered=discovered,
            officer_ids=officer_ids,
            detail={"inspection_id": inspection_id},
            procedure=CASE_OUTCOMES[outcome],
        )
        worklist.refresh_case(session, case["id"])
    return case


def _complainant(source: str, clue: Mapping[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """投诉人 and 联系方式 of a complaint (the phone checked as a party's is), or its anonymity said explicitly;
    nothing for the other sources."""
    if source not in COMPLAINT_SOURCES:
        return {}
    name = str(clue.get("complainant") or "").strip()
    contact = str(clue.get("complainant_contact") or "").strip()
    if clue.get("anonymous"):
        if name or contact:
            problems.append(Problem("complainant", "anonymous", "匿名投诉不登记投诉人和联系方式"))
        return {"anonymous": True}
    if not name:
        problems.append(Problem("complainant", "required", "请填写投诉人，或选择匿名投诉"))
    if not contact:
        problems.append(Problem("complainant_contact", "required", "请填写投诉人联系方式，或选择匿名投诉"))
    else:
        checked = identity.check_phone(contact, field_name="complainant_contact")
        problems += checked.problems
        contact = checked.value
    return {"complainant": name, "complainant_contact": contact}


def _device_record(
    session: Session, source: str, clue: Mapping[str, Any], record_no: str, problems: list[Problem]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """A 非现场 clue's device and record: the case columns and the event detail, once the device is checked
    against Art. 41 ¶1 (GuardRefused otherwise); None for the other sources or while fields are missing."""
    if source != "non_contact":
        return None
    code = str(clue.get("device") or clue.get("device_code") or clue.get("device_id") or "").strip()
    if not code:
        problems.append(Problem("device", "required", "请选择记录违法事实的电子技术监控设备"))
    moment = None
    if clue.get("recorded_at") in (None, ""):
        problems.append(Problem("recorded_at", "required", "请填写设备记录时间"))
    else:
        try:
            moment = monitoring.parse_record_time(clue.get("recorded_at"))
        except ValidationError as exc:
            problems += exc.problems
    if not code or moment is None or not record_no:
        return None
    row = monitoring.check_record(session, code, moment)
    if session.db.scalar(
        "SELECT 1 FROM cases WHERE device_id = ? AND device_record_no = ?", (row["id"], record_no)
    ):
        problems.append(
            Problem(
                "reference",
                "duplicate",
                f"设备{row['code']}的记录{record_no}已登记为线索",
                parts=("设备{0}的记录{1}已登记为线索", (row["code"], record_no)),
            )
        )
        return None
    local = moment.strftime("%Y-%m-%d %H:%M")
    columns = {"device_id": row["id"], "device_record_no": record_no, "device_recorded_at": clock.iso(moment)}
    detail = {"device_code": row["code"], "device_location": row["location"], "recorded_at": local}
    return columns, detail


def open_from_clue(session: Session, clue: Mapping[str, Any]) -> dict[str, Any]:
    """Open a case from a clue without an inspection: complaint or 12345 hotline, referral, 双随机 draw,
    非现场 device record, patrol.

    ``clue`` keys: ``source`` (see :data:`SOURCES`), ``reference`` (ticket, referral letter, draw or device
    record), ``matter_code``, ``address``, ``summary``, ``act_date``, ``act_end_date``, ``discovered_on``,
    ``officer_ids`` (two certified officers, Art. 42), optional ``party`` (dict) or ``party_id``, ``squad_id``;
    for a complaint or the 12345 hotline ``complainant`` and ``complainant_contact`` (a phone number), or
    ``anonymous`` true; for a 非现场 record ``device`` (the registered device's code) and ``recorded_at``
    (the record's time, local), ``reference`` being its record number.

    Raises:
        GuardRefused: a 非现场 record from a device unknown, retired, not reviewed or not published (Art. 41 ¶1).
        ValidationError: a field missing or malformed.
    """
    session.require(Action.CASE_CREATE)
    problems: list[Problem] = []
    source = str(clue.get("source") or "")
    if source not in SOURCES:
        problems.append(
            problem(
                "source",
                "unknown",
                (
                    "案件来源应为：{0}",
                    ([("{0}（{1}）", (Verbatim(k), label)) for k, (label, _) in SOURCES.items()],),
                ),
            )
        )
    reference = str(clue.get("reference") or "").strip()
    if source in SOURCES and SOURCES[source][1] and not reference and source not in REFERENCE_OPTIONAL:
        detail = SOURCES[source][1]
        problems.append(Problem("reference", "required", f"请填写{detail}", parts=("请填写{0}", (detail,))))
    complainant = _complainant(source, clue, problems)
    device = _device_record(session, source, clue, reference, problems)
    code = str(clue.get("matter_code") or "")
    matter = matters.by_code(code) if code else None
    if matter is None:
        problems.append(
            problem(
                "matter_code",
                "required" if not code else "unknown",
                ("请选择执法事项", ()) if not code else ("执法事项不在目录中：{0}", (Verbatim(code),)),
            )
        )
    address = str(clue.get("address") or "").strip()
    if not address:
        problems.append(Problem("address", "required", "请填写违法行为地点"))
    party_values = clue.get("party")
    if party_values:
        try:
            parties.validate(party_values)
        except ValidationError as exc:
            problems += exc.problems
    try:
        act, act_end, discovered = check_dates(
            clue.get("act_date"), clue.get("act_end_date"), clue.get("discovered_on")
        )
    except ValidationError as exc:
        problems += exc.problems
    if problems:
        raise ValidationError(problems)
    assert matter is not None
    officers = _officers(session, list(clue.get("officer_ids") or []), clock.today())
    squad_id = clue.get("squad_id") or session.user.squad_id or officers[0]["squad_id"]
    if not squad_id or session.db.find("squads", squad_id) is None:
        raise ValidationError([Problem("squad_id", "required", "请选择中队")])
    with session.writing(Action.CASE_CREATE, label="case.open") as w:
        party_id = clue.get("party_id") or None
        if party_values:
            party_id = parties.upsert(session, w, party_values)["id"]
        case = _insert_case(
            w,
            session,
            squad_id=squad_id,
            party_id=party_id,
            inspection_id=None,
            source=source,
            matter_code=code,
            matter_name=matter.name,
            summary=str(clue.get("summary") or "").strip() or matter.name,
            address=address,
            act=act,
            act_end=act_end,
            discovered=discovered,
            officer_ids=[o["id"] for o in officers],
            detail={"reference": reference, **complainant, **(device[1] if device else {})},
            procedure="general",
            device_record=device[0] if device else None,
        )
        worklist.refresh_case(session, case["id"])
    return case
