"""Use cases for the organisation: the agency (执法主体), its squads (中队) and officers with certificates."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from inspector import clock, text
from inspector.errors import NotFound, Problem, ValidationError, Verbatim, problem
from inspector.law import identity
from inspector.permissions import Action
from inspector.station import Session

MAX_NAME = 100


def create_agency(
    session: Session, *, name: str, short_name: str = "", division_code: str = "", **details: str
) -> dict[str, Any]:
    """Create the agency in whose name the station acts."""
    problems = text.problems(name, field="name", label="执法主体名称", max_len=MAX_NAME, required=True)
    problems += text.problems(short_name, field="short_name", label="机关简称", max_len=20)
    name = (name or "").strip()
    division_code = identity.normalise(division_code or "")
    if division_code:
        problems += identity.check_division_code(division_code)
    if problems:
        raise ValidationError(problems)
    with session.writing(Action.ORG_MANAGE) as w:
        return w.insert(
            "agencies",
            {"name": name, "short_name": short_name.strip(), "division_code": division_code, **details},
        )


SQUAD_CODE_MAX = 8


def squad_code_problems(code: str, *, field: str = "code") -> list[Problem]:
    """Problems with a squad code: it is printed inside every document number of the squad
    (第{squad}-{station}-{seq}号, domain spec §2.1, e.g. 秀综执立[2018]第3-007号), so 1–8 letters or digits; a
    slash, hyphen, bracket or space would make the number ambiguous or unprintable as a file name."""
    code = (code or "").strip()
    if not code or len(code) > SQUAD_CODE_MAX:
        return [Problem(field, "required", "中队编号不能为空（最多8个字符）")]
    if not (code.isascii() and code.isalnum()):
        return [
            Problem(
                field,
                "format",
                f"中队编号“{code}”只能由字母和数字组成（它印在文号里，如 第1-01-0001号）",
                parts=("中队编号“{0}”只能由字母和数字组成（它印在文号里，如 第1-01-0001号）", (code,)),
            )
        ]
    return []


def create_squad(
    session: Session, *, agency_id: str, name: str, code: str, jurisdiction: str = ""
) -> dict[str, Any]:
    """Create a squad; ``code`` is its segment in document numbers and must be unique in the agency."""
    problems = text.problems(name, field="name", label="中队名称", max_len=text.NAME_MAX) + text.problems(
        code, field="code", label="中队编号", max_len=SQUAD_CODE_MAX
    )
    if problems:
        raise ValidationError(problems)
    name, code = (name or "").strip(), (code or "").strip()
    if not name:
        problems.append(Problem("name", "required", "中队名称不能为空"))
    if code_problems := squad_code_problems(code):
        problems += code_problems
    elif session.db.scalar("SELECT 1 FROM squads WHERE agency_id = ? AND code = ?", (agency_id, code)):
        problems.append(problem("code", "duplicate", ("中队编号{0}已被使用", (Verbatim(code),))))
    if name and session.db.scalar("SELECT 1 FROM squads WHERE agency_id = ? AND name = ?", (agency_id, name)):
        problems.append(problem("name", "duplicate", ("已有名为“{0}”的中队", (Verbatim(name),))))
    if problems:
        raise ValidationError(problems)
    with session.writing(Action.ORG_MANAGE) as w:
        return w.insert(
            "squads", {"agency_id": agency_id, "name": name, "code": code, "jurisdiction": jurisdiction}
        )


def _checked_expiry(
    session: Session,
    name: str,
    cert_no: str,
    cert_expiry: dt.date | str | None,
    *,
    officer_id: str | None = None,
) -> dt.date:
    """Check an officer's name and certificate; returns the certificate's expiry date or raises."""
    problems = []
    if not name:
        problems.append(Problem("name", "required", "姓名不能为空"))
    elif len(name) > MAX_NAME:
        problems.append(problem("name", "too_long", ("姓名不能超过{0}个字", (MAX_NAME,))))
    if not cert_no or len(cert_no) > 32:
        problems.append(Problem("cert_no", "required", "执法证号不能为空（最多32个字符）"))
    elif not all(c.isalnum() or c in "-_" for c in cert_no):
        problems.append(Problem("cert_no", "format", "执法证号只能包含字母、数字和连字符"))
    elif session.db.scalar("SELECT 1 FROM officers WHERE cert_no = ? AND id IS NOT ?", (cert_no, officer_id)):
        problems.append(problem("cert_no", "duplicate", ("执法证号{0}已登记", (Verbatim(cert_no),))))
    expiry = None
    try:
        expiry = (
            cert_expiry if isinstance(cert_expiry, dt.date) else dt.date.fromisoformat(str(cert_expiry or ""))
        )
    except ValueError:
        problems.append(Problem("cert_expiry", "format", "执法证有效期应为日期（YYYY-MM-DD）"))
    if problems or expiry is None:
        raise ValidationError(problems)
    return expiry


def create_officer(
    session: Session,
    *,
    name: str,
    cert_no: str,
    cert_expiry: dt.date | str,
    squad_id: str | None,
    unit: str = "",
    post: str = "",
    phone: str = "",
) -> dict[str, Any]:
    """Register an officer with an enforcement certificate (执法证) number and expiry date."""
    problems = text.problems(name, field="name", label="姓名", max_len=text.NAME_MAX) + text.problems(
        cert_no, field="cert_no", label="执法证号", max_len=32
    )
    if problems:
        raise ValidationError(problems)
    name, cert_no = (name or "").strip(), (cert_no or "").strip().upper()
    expiry = _checked_expiry(session, name, cert_no, cert_expiry)
    with session.writing(Action.ORG_MANAGE) as w:
        return w.insert(
            "officers",
            {
                "name": name,
                "cert_no": cert_no,
                "cert_expiry": expiry.isoformat(),
                "squad_id": squad_id,
                "unit": unit,
                "post": post,
                "phone": phone,
            },
        )


def update_officer(
    session: Session,
    officer_id: str,
    *,
    name: str,
    cert_no: str,
    cert_expiry: dt.date | str,
    squad_id: str | None,
    active: bool = True,
    post: str | None = None,
    phone: str | None = None,
) -> dict[str, Any]:
    """Correct an officer's name, certificate (number and expiry), squad or status (audited)."""
    current = session.db.find("officers", officer_id)
    if current is None:
        raise NotFound(entity="officer", key=officer_id)
    name, cert_no = (name or "").strip(), (cert_no or "").strip().upper()
    expiry = _checked_expiry(session, name, cert_no, cert_expiry, officer_id=officer_id)
    changes: dict[str, Any] = {
        "name": name,
        "cert_no": cert_no,
        "cert_expiry": expiry.isoformat(),
        "squad_id": squad_id,
        "active": int(bool(active)),
    }
    if post is not None:
        changes["post"] = post.strip()
    if phone is not None:
        changes["phone"] = phone.strip()
    with session.writing(Action.ORG_MANAGE, label="org.officer_update") as w:
        return w.update("officers", officer_id, changes, expected_version=current["version"])


def certificate_valid(officer: dict[str, Any], *, on: dt.date | None = None) -> bool:
    """Whether an officer's certificate is active and unexpired on ``on`` (Art. 42)."""
    on = on or clock.today()
    return bool(officer["active"]) and dt.date.fromisoformat(officer["cert_expiry"]) >= on


def list_squads(session: Session) -> list[dict[str, Any]]:
    return session.db.query("SELECT * FROM squads WHERE active = 1 ORDER BY code")


def list_officers(session: Session, *, squad_id: str | None = None) -> list[dict[str, Any]]:
    if squad_id:
        return session.db.query("SELECT * FROM officers WHERE squad_id = ? ORDER BY name", (squad_id,))
    return session.db.query("SELECT * FROM officers ORDER BY name")


def accounts_by_officer(session: Session) -> dict[str, str]:
    """Officer id → the user name of the account linked to that officer (an officer has at most one)."""
    rows = session.db.query("SELECT username, officer_id FROM users WHERE officer_id IS NOT NULL")
    return {row["officer_id"]: row["username"] for row in rows}


def agency(session: Session) -> dict[str, Any] | None:
    return session.db.query_one("SELECT * FROM agencies ORDER BY updated_at LIMIT 1")


def set_setting(session: Session, key: str, value: Any) -> None:
    """Change one configuration value after checking it against its spec (audited like any other write).

    Raises:
        ValidationError: unknown key, wrong type, out of range, or an unknown choice.
    """
    from inspector import settings as registry
    from inspector.station.audit import digest

    value = registry.validate(key, value)
    with session.writing(Action.SETTINGS_EDIT) as w:
        raw = json.dumps(value, ensure_ascii=False)
        session.db.execute(
            "INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            (key, raw, clock.iso(), session.user.username),
        )
        w.record("settings", key, digest({"key": key, "value": raw}), op="update", version=1)


def officer(session: Session, officer_id: str | None) -> dict[str, Any] | None:
    """One officer's row (name, certificate number and expiry), or None."""
    return session.db.find("officers", officer_id) if officer_id else None


def first_steps(session: Session) -> list[str]:
    """What a new station still lacks before its officers can work, for an administrator; empty otherwise.

    Codes, in the order to do them: ``"officers"`` (no officer registered: an inspection needs two certified
    officers, 行政处罚法第四十二条), ``"accounts"`` (no account linked to an officer: nobody can sign as one).
    """
    if not session.can(Action.USER_MANAGE):
        return []
    steps = []
    if session.db.query_one("SELECT 1 AS x FROM officers LIMIT 1") is None:
        steps.append("officers")
    if session.db.query_one("SELECT 1 AS x FROM users WHERE officer_id IS NOT NULL LIMIT 1") is None:
        steps.append("accounts")
    return steps
