"""Sync conflicts on the station: both versions side by side, kept or merged field by field, audited and reported."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from inspector import clock
from inspector.errors import Error
from inspector.permissions import Action
from inspector.station import Session, Station
from inspector.station.writer import SYNC_COLUMNS

# A squad leader or supervisor decides (the same people who approve case steps).
RESOLVE = Action.CASE_APPROVE


class ConflictError(Error):
    """The conflict is unknown, already resolved, or the choice names fields the row does not have."""

    code = "sync_conflict"


def open_conflicts(station: Station) -> list[dict[str, Any]]:
    """Unresolved conflicts, each with ``station_data`` and ``central_data`` as dicts."""
    out = []
    for r in station.db.query("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY central_id"):
        r["station_data"] = json.loads(r["station_data"] or "null") or {}
        r["central_data"] = json.loads(r["central_data"] or "null") or {}
        out.append(r)
    return out


@dataclass(frozen=True)
class Author:
    """Who wrote one side of a conflict, as far as it is recorded ("" where not): the station (id and name),
    the account (its user name, and the person's name where this station knows the account) and when."""

    version: int
    station_id: str
    station_name: str
    username: str
    person: str
    at: str
    here: bool  # written by this station


def authors(station: Station, conflict: dict[str, Any]) -> tuple[Author, Author]:
    """(this station's version, the central version): who wrote each and when.

    The central side is what the central row records (the station that wrote that version, its user and time);
    for conflicts recorded before central returned it, the central data's own stamps stand in. A person's name
    is given only for this station's accounts: a user name on another station may be someone else's here.
    """
    mine, theirs = conflict["station_data"], conflict["central_data"]

    def author(version: int, station_id: str, name: str, user: str, at: str) -> Author:
        here = station_id == station.station_id
        person = _person(station, user) if here and user else ""
        return Author(version, station_id, name or (station.name if here else ""), user, person, at, here)

    return (
        author(
            conflict["station_version"],
            mine.get("station_id") or station.station_id,
            "",
            mine.get("updated_by") or "",
            mine.get("updated_at") or "",
        ),
        author(
            conflict["central_version"],
            conflict.get("central_station_id") or theirs.get("station_id") or "",
            conflict.get("central_station_name") or "",
            conflict.get("central_updated_by") or theirs.get("updated_by") or "",
            conflict.get("central_updated_at") or theirs.get("updated_at") or "",
        ),
    )


def _person(station: Station, username: str) -> str:
    """The name of one of this station's accounts ("" when it has none by that user name)."""
    return str(station.db.scalar("SELECT display_name FROM users WHERE username = ?", (username,)) or "")


def differing_fields(conflict: dict[str, Any]) -> list[str]:
    """The fields whose values differ between the two versions (sync bookkeeping columns left out)."""
    a, b = conflict["station_data"], conflict["central_data"]
    skip = set(SYNC_COLUMNS)
    return [k for k in sorted(set(a) | set(b)) if k not in skip and a.get(k) != b.get(k)]


def resolve(
    session: Session, central_id: int, *, keep: str = "station", choices: dict[str, str] | None = None
) -> dict[str, Any]:
    """Resolve one conflict: ``keep`` 'station' or 'central', or per field ``choices`` {field: 'station'|'central'}.

    The chosen values are written locally as a new version on top of the central one (audited like any
    change), so the next push is accepted; the resolution itself is reported to the central database.
    """
    session.require(RESOLVE)
    db = session.db
    found = [c for c in open_conflicts(session.station) if c["central_id"] == central_id]
    if not found:
        raise ConflictError(f"no open conflict {central_id}", central_id=central_id)
    c = found[0]
    if keep not in ("station", "central"):
        raise ConflictError(f"keep must be station or central, not {keep!r}")
    fields = differing_fields(c)
    choices = dict(choices or {})
    unknown = set(choices) - set(fields)
    if unknown or any(v not in ("station", "central") for v in choices.values()):
        raise ConflictError(f"unknown fields or choices: {sorted(unknown)}")
    picked = {
        f: (c["central_data"] if choices.get(f, keep) == "central" else c["station_data"]).get(f)
        for f in fields
    }
    table, key = c["entity"], c["entity_id"]
    with session.writing(RESOLVE, label="sync.resolve") as w:
        local = db.find(table, key)
        if local is None:
            raise ConflictError(f"{table} {key} no longer exists on this station")
        columns = set(db.columns(table))
        changes = {f: v for f, v in picked.items() if f in columns}
        if c["central_version"] >= local["version"]:
            db.update(table, key, {"version": c["central_version"]})  # the audited update below bumps it
        w.update(table, key, changes)
        db.execute(
            "UPDATE sync_state SET frozen_version = ? WHERE entity = ? AND entity_id = ?",
            (c["central_version"], table, key),
        )
        resolution = {"keep": keep, "choices": choices, "fields": fields}
        db.execute(
            "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE central_id = ?",
            (clock.iso(), session.user.username, json.dumps(resolution, ensure_ascii=False), central_id),
        )
    return resolution


def report_resolutions(station: Station, conn: Any) -> int:
    """Tell the central database about conflicts resolved here since the last push; returns how many."""
    todo = station.db.query(
        "SELECT central_id, resolved_by, resolution FROM sync_conflicts "
        "WHERE resolved_at IS NOT NULL AND reported_at IS NULL"
    )
    for r in todo:
        with conn.transaction():
            conn.execute(
                "UPDATE conflicts SET resolved_at = now(), resolved_by = %s, resolution = %s WHERE id = %s",
                (r["resolved_by"], r["resolution"], r["central_id"]),
            )
        with station.db.write():
            station.db.execute(
                "UPDATE sync_conflicts SET reported_at = ? WHERE central_id = ?",
                (clock.iso(), r["central_id"]),
            )
    return len(todo)
