"""Inspection use cases (现场检查): validate and save an on-site inspection, drafts, GPS from a photo.

The form travels as a plain mapping (the same shape the draft autosave stores), so a draft restored after a
crash is exactly what :func:`save_inspection` accepts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from inspector import clock, text
from inspector.errors import GuardRefused, NotFound, Problem, ValidationError, Verbatim, problem
from inspector.law import matters
from inspector.model import InspectionOutcome
from inspector.permissions import Action
from inspector.services import parties
from inspector.station import Session

MIN_OFFICERS = 2  # 行政处罚法 Art. 42: at least two officers with enforcement certificates [V]
OUTCOME_LABELS = {
    InspectionOutcome.NO_VIOLATION: "未发现违法行为",
    InspectionOutcome.EDUCATION: "说服教育·劝导",
    InspectionOutcome.ORDER_CORRECTION: "责令改正",
    InspectionOutcome.PROPOSE_CASE: "建议立案",
    InspectionOutcome.ON_THE_SPOT: "当场处罚",
    InspectionOutcome.TRANSFER: "移送",
}
DRAFT_KIND = "inspection"


def _parse_time(value: Any, field: str, problems: list[Problem]) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=clock.LOCAL_TZ)
    text = str(value or "").strip()
    if not text:
        problems.append(Problem(field, "required", "请填写检查开始和结束时间"))
        return None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        problems.append(problem(field, "format", ("时间格式无效：{0}", (Verbatim(text),))))
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=clock.LOCAL_TZ)


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    return dt.date.fromisoformat(text[:10]) if text else None


def check_officers(session: Session, officer_ids: Sequence[str], *, on: dt.date) -> list[dict[str, Any]]:
    """The officers, refusing fewer than two or any whose certificate is missing or expired (Art. 42)."""
    ids = list(dict.fromkeys(i for i in officer_ids if i))
    rows = [session.db.find("officers", i) for i in ids]
    found = [r for r in rows if r is not None]
    if len(found) < MIN_OFFICERS:
        raise GuardRefused(
            rule="two_officers",
            article="《行政处罚法》第四十二条",
            message=f"现场检查须由两名以上持有执法证件的执法人员进行（当前 {len(found)} 名）",
            parts=("现场检查须由两名以上持有执法证件的执法人员进行（当前 {0} 名）", (len(found),)),
            hint="请再选择一名持有有效执法证的执法人员",
        )
    for r in found:
        if not r["active"]:
            raise GuardRefused(
                rule="officer_inactive",
                article="《行政处罚法》第四十二条",
                message=f"执法人员{r['name']}（证号 {r['cert_no']}）已停用，不能参与执法",
                parts=(
                    "执法人员{0}（证号 {1}）已停用，不能参与执法",
                    (Verbatim(r["name"]), Verbatim(r["cert_no"])),
                ),
                hint="请更换执法人员",
            )
        if not r["cert_no"] or r["cert_expiry"] < on.isoformat():
            raise GuardRefused(
                rule="certificate_expired",
                article="《行政处罚法》第四十二条",
                message=f"执法人员{r['name']}的执法证（{r['cert_no']}）已于 {r['cert_expiry']} 过期",
                parts=(
                    "执法人员{0}的执法证（{1}）已于 {2} 过期",
                    (Verbatim(r["name"]), Verbatim(r["cert_no"] or ""), Verbatim(r["cert_expiry"] or "")),
                ),
                hint="过期证件不能参与执法，请更换执法人员",
            )
    return found


def validate(session: Session, form: Mapping[str, Any]) -> dict[str, Any]:
    """Check the form's fields; returns the cleaned inspection values (Art. 42 is checked separately)."""
    problems: list[Problem] = []
    start = _parse_time(form.get("started_at"), "started_at", problems)
    end = _parse_time(form.get("ended_at"), "ended_at", problems)
    if start and end and end <= start:
        problems.append(Problem("ended_at", "order", "检查结束时间必须晚于开始时间"))
    # The record states when the officers were on site (Art. 47): a day after today is a typing error.
    today = clock.today()
    if start and start.astimezone(clock.LOCAL_TZ).date() > today:
        problems.append(
            Problem(
                "started_at",
                "future",
                f"检查开始时间不能晚于今天（{today}）",
                parts=("检查开始时间不能晚于今天（{0}）", (today.isoformat(),)),
            )
        )
    if end and end.astimezone(clock.LOCAL_TZ).date() > today:
        problems.append(
            Problem(
                "ended_at",
                "future",
                f"检查结束时间不能晚于今天（{today}）",
                parts=("检查结束时间不能晚于今天（{0}）", (today.isoformat(),)),
            )
        )
    address = str(form.get("address") or "").strip()
    problems += text.problems(
        form.get("address"), field="address", label="检查地点", max_len=text.SHORT_TEXT_MAX
    )
    for key, label in (("situation", "现场情况"), ("measurements", "勘验测量"), ("witness", "见证人")):
        problems += text.problems(
            form.get(key), field=key, label=label, max_len=text.TEXT_MAX, multiline=True
        )
    if not address and not any(p.field == "address" for p in problems):
        problems.append(Problem("address", "required", "请填写检查地点"))
    street = str(form.get("street") or "").strip()
    community = str(form.get("community") or "").strip()
    places = matters.places()
    if street and street not in places:
        problems.append(problem("street", "unknown", ("街道不在列表中：{0}", (Verbatim(street),))))
    elif street and community and community not in places[street]:
        problems.append(
            problem("community", "unknown", ("{0}不属于{1}", (Verbatim(community), Verbatim(street))))
        )
    lat: Any = form.get("latitude")  # text from a form or a number from a file; checked below
    lon: Any = form.get("longitude")
    if (lat in (None, "")) != (lon in (None, "")):
        problems.append(Problem("latitude", "pair", "经纬度须同时填写"))
        lat = lon = None
    elif lat not in (None, ""):
        try:
            lat, lon = float(lat), float(lon)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
        except (TypeError, ValueError):
            problems.append(Problem("latitude", "range", "经纬度无效（纬度 −90～90，经度 −180～180）"))
            lat = lon = None
    else:
        lat = lon = None
    codes = [c for c in (form.get("matter_codes") or []) if c]
    if not codes:
        problems.append(Problem("matter_codes", "required", "请至少选择一个执法事项"))
    for c in codes:
        if matters.by_code(c) is None:
            problems.append(
                problem("matter_codes", "unknown", ("执法事项不在目录中：{0}", (Verbatim(str(c)),)))
            )
    try:
        outcome = InspectionOutcome(str(form.get("outcome") or InspectionOutcome.NO_VIOLATION))
    except ValueError:
        problems.append(
            problem("outcome", "unknown", ("未知的处理结果：{0}", (Verbatim(str(form.get("outcome"))),)))
        )
        outcome = InspectionOutcome.NO_VIOLATION
    deadline = None
    if outcome is InspectionOutcome.ORDER_CORRECTION:
        try:
            deadline = _parse_date(form.get("correction_deadline"))
        except ValueError:
            deadline = None
        if deadline is None:
            problems.append(Problem("correction_deadline", "required", "责令改正须填写改正期限"))
        elif start and deadline < start.astimezone(clock.LOCAL_TZ).date():
            problems.append(Problem("correction_deadline", "order", "改正期限不能早于检查日期"))
    if outcome is not InspectionOutcome.NO_VIOLATION and not form.get("party") and not form.get("party_id"):
        problems.append(Problem("party", "required", "发现违法时须填写当事人"))
    if problems:
        raise ValidationError(problems)
    assert start and end
    return {
        "started_at": clock.iso(start),
        "ended_at": clock.iso(end),
        "address": address,
        "street": street,
        "community": community,
        "latitude": lat,
        "longitude": lon,
        "situation": str(form.get("situation") or "").strip(),
        "measurements": str(form.get("measurements") or "").strip(),
        "witness": str(form.get("witness") or "").strip(),
        "outcome": str(outcome),
        "correction_deadline": deadline.isoformat() if deadline else None,
    }


def save_inspection(
    session: Session,
    form: Mapping[str, Any],
    *,
    inspection_id: str | None = None,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Create (or update, with ``inspection_id``) an inspection with its officers, party and matters.

    Raises:
        ValidationError: a field is missing or wrong (each problem names its field).
        GuardRefused: fewer than two officers, or an officer's certificate has expired (Art. 42).
    """
    session.require(Action.INSPECTION_EDIT)
    values = validate(session, form)
    started_local = dt.datetime.fromisoformat(values["started_at"].replace("Z", "+00:00")).astimezone(
        clock.LOCAL_TZ
    )
    officers = check_officers(session, list(form.get("officer_ids") or []), on=started_local.date())
    party_values = form.get("party")
    if party_values:
        parties.validate(party_values)  # fail before the transaction, with field names
    squad_id = form.get("squad_id") or session.user.squad_id or officers[0]["squad_id"]
    if not squad_id or session.db.find("squads", squad_id) is None:
        raise ValidationError([Problem("squad_id", "required", "请选择中队")])
    codes = list(dict.fromkeys(c for c in form.get("matter_codes") or [] if c))
    with session.writing(Action.INSPECTION_EDIT, label="inspection.save") as w:
        party_id = form.get("party_id") or None
        if party_values:
            party_id = parties.upsert(session, w, party_values)["id"]
        values.update(squad_id=squad_id, party_id=party_id)
        if inspection_id is None:
            row = w.insert("inspections", values)
        else:
            current = session.db.find("inspections", inspection_id)
            if current is None:
                raise NotFound(entity="inspections", key=inspection_id)
            changes = {k: v for k, v in values.items() if current.get(k) != v}
            row = (
                w.update("inspections", inspection_id, changes, expected_version=expected_version)
                if changes
                else current
            )
        iid = row["id"]
        have = {
            r["officer_id"]: r
            for r in session.db.query("SELECT * FROM inspection_officers WHERE inspection_id = ?", (iid,))
        }
        wanted = [o["id"] for o in officers]
        for oid, r in have.items():
            if oid not in wanted:
                w.delete("inspection_officers", r["id"])
        for pos, oid in enumerate(wanted):
            if oid not in have:
                w.insert("inspection_officers", {"inspection_id": iid, "officer_id": oid, "position": pos})
            elif have[oid]["position"] != pos:
                w.update("inspection_officers", have[oid]["id"], {"position": pos})
        have_m = {
            r["matter_code"]: r
            for r in session.db.query("SELECT * FROM inspection_matters WHERE inspection_id = ?", (iid,))
        }
        for code, r in have_m.items():
            if code not in codes:
                w.delete("inspection_matters", r["id"])
        for pos, code in enumerate(codes):
            if code not in have_m:
                m = matters.by_code(code)
                assert m is not None
                w.insert(
                    "inspection_matters",
                    {
                        "inspection_id": iid,
                        "matter_code": code,
                        "matter_name": m.name,
                        "department": m.department,
                        "position": pos,
                    },
                )
    delete_draft(session, draft_key(session, inspection_id))
    if inspection_id is None:
        delete_draft(session, draft_key(session, None))
    return get_inspection(session, iid)


def get_inspection(session: Session, inspection_id: str) -> dict[str, Any]:
    """An inspection with its officers, matters, party, evidence and the party's earlier cases."""
    session.require(Action.INSPECTION_VIEW)
    row = session.db.find("inspections", inspection_id)
    if row is None:
        raise NotFound(entity="inspections", key=inspection_id)
    row["officers"] = session.db.query(
        "SELECT o.id, o.name, o.cert_no, o.cert_expiry FROM inspection_officers io JOIN officers o "
        "ON o.id = io.officer_id WHERE io.inspection_id = ? ORDER BY io.position",
        (inspection_id,),
    )
    row["officer_ids"] = [o["id"] for o in row["officers"]]
    row["matters"] = session.db.query(
        "SELECT matter_code, matter_name, department FROM inspection_matters "
        "WHERE inspection_id = ? ORDER BY position",
        (inspection_id,),
    )
    row["matter_codes"] = [m["matter_code"] for m in row["matters"]]
    row["joint"] = matters.is_joint(row["matter_codes"])
    row["party"] = session.db.find("parties", row["party_id"]) if row["party_id"] else None
    row["evidence"] = session.db.query(
        "SELECT * FROM evidence WHERE inspection_id = ? ORDER BY coalesce(taken_at, imported_at), id",
        (inspection_id,),
    )
    row["party_history"] = parties.history(session, row["party_id"]) if row["party_id"] else []
    return row


def list_inspections(session: Session, *, search: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Recent inspections, newest first, optionally filtered by address or party name."""
    session.require(Action.INSPECTION_VIEW)
    sql = (
        "SELECT i.id, i.started_at, i.address, i.street, i.outcome, p.name AS party_name, "
        "(SELECT count(*) FROM evidence e WHERE e.inspection_id = i.id) AS evidence_count "
        "FROM inspections i LEFT JOIN parties p ON p.id = i.party_id"
    )
    params: list[Any] = []
    if search.strip():
        sql += " WHERE i.address LIKE ? OR p.name LIKE ?"
        params += [f"%{search.strip()}%"] * 2
    sql += " ORDER BY i.started_at DESC, i.id DESC LIMIT ?"
    params.append(limit)
    return session.db.query(sql, params)


def gps_from_photo(session: Session, evidence_id: str) -> tuple[float, float] | None:
    """Latitude and longitude recorded in a photo's EXIF, if any."""
    row = session.db.find("evidence", evidence_id)
    if row is None:
        raise NotFound(entity="evidence", key=evidence_id)
    if row["latitude"] is None or row["longitude"] is None:
        return None
    return row["latitude"], row["longitude"]


def eligible_officers(session: Session, *, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Active officers with an unexpired certificate on ``on`` (the pickers offer only these first)."""
    day = (on or clock.today()).isoformat()
    return session.db.query(
        "SELECT id, name, cert_no, cert_expiry, squad_id, cert_expiry >= ? AS valid "
        "FROM officers WHERE active = 1 ORDER BY valid DESC, cert_no",
        (day,),
    )


# ------------------------------------------------------------------- drafts
def draft_key(session: Session, inspection_id: str | None) -> str:
    return f"{DRAFT_KIND}:{session.user.username}:{inspection_id or 'new'}"


def save_draft(session: Session, key: str, payload: Mapping[str, Any]) -> None:
    """Autosave a form (local table, never synced); cheap enough to call on every change."""
    with session.db.write():
        session.db.execute(
            "INSERT INTO drafts(key, kind, username, payload, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
            (
                key,
                DRAFT_KIND,
                session.user.username,
                json.dumps(dict(payload), ensure_ascii=False, default=str),
                clock.iso(),
            ),
        )


def load_draft(session: Session, key: str) -> dict[str, Any] | None:
    raw = session.db.scalar(
        "SELECT payload FROM drafts WHERE key = ? AND username = ?", (key, session.user.username)
    )
    return json.loads(raw) if raw else None


def delete_draft(session: Session, key: str) -> None:
    with session.db.write():
        session.db.execute("DELETE FROM drafts WHERE key = ?", (key,))
