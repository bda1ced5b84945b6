"""First run: create a station in one transaction — agency, squads, first administrator, thresholds, numbering."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inspector.errors import Problem, ValidationError, Verbatim, problem
from inspector.permissions import Role
from inspector.services import org
from inspector.station import Station
from inspector.station.paths import PORTABLE_MARKER


def check_squads(squads: Sequence[tuple[str, str]]) -> list[Problem]:
    """Problems with the squad list: at least one, names and codes filled, names and codes unique."""
    problems = []
    if not squads:
        problems.append(Problem("squads", "required", "至少需要一个中队"))
    codes = [code.strip() for _, code in squads]
    for name, code in squads:
        if not name.strip() or not code.strip():
            problems.append(Problem("squads", "required", "每个中队都要填写名称和编号"))
            break
    for code in codes:
        if code:
            problems += org.squad_code_problems(code, field="squads")
    if len(set(codes)) != len(codes):
        problems.append(Problem("squads", "duplicate", "中队编号不能重复"))
    # Squads are chosen by name in every list and form; two of the same name could not be told apart.
    names = [name.strip() for name, _ in squads]
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if repeated:
        problems.append(
            problem("squads", "duplicate_name", ("中队名称不能重复：{0}", ([Verbatim(n) for n in repeated],)))
        )
    return problems


def default_station_name(given: str, agency: dict[str, str]) -> str:
    """The name a new station records: the one given, else the agency's name (else its short name)."""
    return given.strip() or agency.get("name", "").strip() or agency.get("short_name", "").strip()


def create_station(
    station: Station,
    *,
    agency: dict[str, str],
    squads: Sequence[tuple[str, str]],
    admin_username: str,
    admin_name: str,
    admin_password: str,
    hearing_thresholds: dict[str, dict[str, int]] | None = None,
    number_pattern: str | None = None,
    station_name: str = "",
) -> dict[str, Any]:
    """Set up an empty station; any problem creates nothing.

    Raises:
        ValidationError: every problem found (agency, squads, administrator, thresholds, pattern).
    """
    from inspector.services import org, users

    if station.initialised:
        raise ValidationError(
            [
                problem(
                    "station",
                    "initialised",
                    ("{0} 已经是一个已初始化的站点", (Verbatim(str(station.data_dir)),)),
                )
            ]
        )
    problems = check_squads(squads)
    if problems:
        raise ValidationError(problems)
    session = station.system_session()
    with station.db.write():
        # a station always has a name (status bar, backups, registration with headquarters): the agency's
        # when the person setting it up gave none
        station.db.meta_set("station_name", default_station_name(station_name, agency))
        row = org.create_agency(
            session,
            name=agency.get("name", ""),
            short_name=agency.get("short_name", ""),
            division_code=agency.get("division_code", ""),
        )
        for name, code in squads:
            org.create_squad(session, agency_id=row["id"], name=name, code=code)
        admin = users.add_user(
            session,
            username=admin_username,
            display_name=admin_name or "系统管理员",
            role=Role.ADMIN,
            password=admin_password,
        )
        if hearing_thresholds:
            org.set_setting(session, "hearing.thresholds", hearing_thresholds)
        if number_pattern:
            org.set_setting(session, "documents.number_pattern", number_pattern)
    return {"agency": row, "admin": admin}


def make_portable(program_dir: Path) -> Path:
    """Mark ``program_dir`` for portable mode (data kept in ``program_dir/data``); returns the data folder."""
    (program_dir / PORTABLE_MARKER).write_text(
        "Inspector 便携模式：数据保存在本文件夹的 data 目录中。删除本文件即恢复为用户数据目录。\n",
        encoding="utf-8",
    )
    return program_dir / "data"
