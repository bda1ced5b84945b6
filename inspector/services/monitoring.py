"""The register of electronic technical monitoring devices (电子技术监控设备) and the checks a device record meets.

行政处罚法第四十一条第一款: a device used to gather evidence must have passed a legal review (法制审核) and a technical
review (技术审核), and its location (设置地点) must have been published (向社会公布). A record from a device that
does not meet this cannot open a 非现场 case. The register is kept by the administrator; its rows sync like the
officers' and every write is audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from inspector import clock, text
from inspector.errors import GuardRefused, NotFound, Problem, ValidationError, Verbatim
from inspector.law import articles as art
from inspector.permissions import Action
from inspector.station import Session

CODE_MAX = 32
KIND_MAX = 50
LOCATION_MAX = 200
REF_MAX = 100
# Kinds the form offers; any other kind may be typed.
KINDS = ("视频监控", "违法停车抓拍", "渣土车辆识别", "占道经营识别", "噪声监测")
# The fields of a device, as the form and the command line give them.
FIELDS = (
    "code",
    "kind",
    "location",
    "legal_review_on",
    "legal_review_ref",
    "tech_review_on",
    "tech_review_ref",
    "published_on",
    "published_where",
)


def _date(value: Any, field: str, label: str, problems: list[Problem]) -> str | None:
    """An ISO date (not in the future), None when empty; a problem when malformed."""
    day = text.parse_day(value, field, problems, label)
    if day is None:
        return None
    if day > clock.today():
        problems.append(
            Problem(field, "future", f"{label}不能晚于今天", parts=("{0}不能晚于今天", ((label, ()),)))
        )
        return None
    return day.isoformat()


def _checked(session: Session, values: Mapping[str, Any], *, device_id: str | None = None) -> dict[str, Any]:
    """The device's fields checked and normalised, or ValidationError with every problem."""
    problems: list[Problem] = []
    code = str(values.get("code") or "").strip().upper()
    kind = str(values.get("kind") or "").strip()
    location = str(values.get("location") or "").strip()
    problems += text.problems(code, field="code", label="设备编号", max_len=CODE_MAX, required=True)
    problems += text.problems(kind, field="kind", label="设备类型", max_len=KIND_MAX, required=True)
    problems += text.problems(
        location, field="location", label="设置地点", max_len=LOCATION_MAX, required=True
    )
    if code and not all(c.isascii() and (c.isalnum() or c in "-_") for c in code):
        problems.append(Problem("code", "format", "设备编号只能包含字母、数字和连字符"))
    elif code and session.db.scalar(
        "SELECT 1 FROM monitoring_devices WHERE code = ? AND id IS NOT ?", (code, device_id)
    ):
        problems.append(
            Problem("code", "duplicate", f"设备编号{code}已登记", parts=("设备编号{0}已登记", (code,)))
        )
    out: dict[str, Any] = {"code": code, "kind": kind, "location": location}
    # each review and the publication: a date and its reference come together, or neither is given yet
    for on, ref, label, ref_label in (
        ("legal_review_on", "legal_review_ref", "法制审核日期", "法制审核文号"),
        ("tech_review_on", "tech_review_ref", "技术审核日期", "技术审核报告编号"),
        ("published_on", "published_where", "设置地点公布日期", "公布途径"),
    ):
        day = _date(values.get(on), on, label, problems)
        reference = str(values.get(ref) or "").strip()
        problems += text.problems(reference, field=ref, label=ref_label, max_len=REF_MAX)
        if reference and day is None and values.get(on) in (None, ""):
            problems.append(Problem(on, "required", f"请填写{label}", parts=("请填写{0}", ((label, ()),))))
        if day and not reference:
            problems.append(
                Problem(ref, "required", f"请填写{ref_label}", parts=("请填写{0}", ((ref_label, ()),)))
            )
        out[on], out[ref] = day, reference
    if problems:
        raise ValidationError(problems)
    return out


def add_device(session: Session, **values: Any) -> dict[str, Any]:
    """Register a device (administrator). A device may be registered before its reviews and publication; its
    records are refused until they are recorded (Art. 41 ¶1).

    Raises:
        ValidationError: a field is missing, malformed, in the future, or the code is already registered.
    """
    session.require(Action.ORG_MANAGE)
    row = _checked(session, values)
    with session.writing(Action.ORG_MANAGE, label="device.add") as w:
        return w.insert("monitoring_devices", {**row, "active": 1})


def update_device(session: Session, device_id: str, **values: Any) -> dict[str, Any]:
    """Correct a device's fields, or retire it (``active=False``) or bring it back; audited.

    Fields not given keep their value."""
    session.require(Action.ORG_MANAGE)
    current = session.db.find("monitoring_devices", device_id)
    if current is None:
        raise NotFound(entity="电子技术监控设备", key=device_id)
    merged = {k: current[k] for k in FIELDS} | {k: v for k, v in values.items() if k in FIELDS}
    row = _checked(session, merged, device_id=device_id)
    if "active" in values:
        row["active"] = int(bool(values["active"]))
    with session.writing(Action.ORG_MANAGE, label="device.update") as w:
        return w.update("monitoring_devices", device_id, row, expected_version=current["version"])


def retire_device(session: Session, device_id: str) -> dict[str, Any]:
    """Take a device out of use (停用): its later records open no case; the cases it backed keep it."""
    return update_device(session, device_id, active=False)


def list_devices(session: Session, *, active_only: bool = False) -> list[dict[str, Any]]:
    where = "WHERE active = 1 " if active_only else ""
    return session.db.query(f"SELECT * FROM monitoring_devices {where}ORDER BY active DESC, code")


def by_code(session: Session, code: str) -> dict[str, Any] | None:
    return session.db.query_one(
        "SELECT * FROM monitoring_devices WHERE code = ?", (str(code or "").strip().upper(),)
    )


def device(session: Session, device_id: str | None) -> dict[str, Any] | None:
    return session.db.find("monitoring_devices", device_id) if device_id else None


def missing(row: Mapping[str, Any], on: dt.date | None = None) -> list[str]:
    """What a device lacks for a record made on ``on`` (or for any record, without a day): codes
    ``retired``, ``legal_review``, ``tech_review``, ``published`` (Art. 41 ¶1). Empty when it is usable."""
    out = []
    if not row["active"]:
        out.append("retired")
    for key, code in (("legal_review_on", "legal_review"), ("tech_review_on", "tech_review")):
        if not row[key] or (on and dt.date.fromisoformat(row[key]) > on):
            out.append(code)
    # the location is published before the record: published on the day of the record cannot show it came first
    if not row["published_on"] or (on and dt.date.fromisoformat(row["published_on"]) >= on):
        out.append("published")
    return out


def parse_record_time(value: Any) -> dt.datetime:
    """A record's time as the device stamped it (local time, minutes), or ValidationError."""
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=clock.LOCAL_TZ)
    else:
        raw = str(value or "").strip().replace("T", " ")
        try:
            moment = dt.datetime.fromisoformat(raw)
        except ValueError:
            raise ValidationError(
                [Problem("recorded_at", "format", "记录时间格式应为 YYYY-MM-DD HH:MM")]
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=clock.LOCAL_TZ)
    if moment > clock.now():
        raise ValidationError([Problem("recorded_at", "future", "记录时间不能晚于现在")])
    return moment.astimezone(clock.LOCAL_TZ)


def check_record(session: Session, code_or_id: str, recorded_at: dt.datetime) -> dict[str, Any]:
    """The device a record comes from, if it may back a case; else GuardRefused citing Art. 41 ¶1.

    The device is named by its code or id. It must be registered and in use, have passed both reviews on or
    before the record's day, and have had its location published before that day.
    """
    row = device(session, code_or_id) or by_code(session, code_or_id)
    if row is None:
        raise GuardRefused(
            rule="device_unknown",
            article=str(art.APL41_1),
            message=f"设备{code_or_id}未在电子技术监控设备登记中，其记录不能作为处罚证据",
            parts=("设备{0}未在电子技术监控设备登记中，其记录不能作为处罚证据", (Verbatim(code_or_id),)),
            hint="请系统管理员先在“设置 → 监控设备”中登记该设备及其审核、公布情况",
        )
    day = recorded_at.astimezone(clock.LOCAL_TZ).date()
    lacks = missing(row, day)
    if not lacks:
        return row
    code = row["code"]
    if "retired" in lacks:
        raise GuardRefused(
            rule="device_retired",
            article=str(art.APL41_1),
            message=f"设备{code}已停用，其记录不能作为处罚证据",
            parts=("设备{0}已停用，其记录不能作为处罚证据", (code,)),
            hint="请核对设备编号；设备重新投入使用的，由系统管理员在设备登记中恢复启用",
        )
    if "legal_review" in lacks or "tech_review" in lacks:
        which = "、".join(
            label
            for key, label in (("legal_review", "法制审核"), ("tech_review", "技术审核"))
            if key in lacks
        )
        raise GuardRefused(
            rule="device_not_reviewed",
            article=str(art.APL41_1),
            message=f"设备{code}在记录日（{day}）前未经{which}，其记录不能作为处罚证据",
            parts=("设备{0}在记录日（{1}）前未经{2}，其记录不能作为处罚证据", (code, str(day), which)),
            hint="设备须经法制和技术审核后方可用于非现场执法；审核完成后由系统管理员登记审核日期和文号",
        )
    raise GuardRefused(
        rule="device_not_published",
        article=str(art.APL41_1),
        message=f"设备{code}的设置地点在记录日（{day}）前未向社会公布，其记录不能作为处罚证据",
        parts=("设备{0}的设置地点在记录日（{1}）前未向社会公布，其记录不能作为处罚证据", (code, str(day))),
        hint="设置地点应当向社会公布；只有公布之后的记录才能立案，请由系统管理员登记公布日期和途径",
    )
