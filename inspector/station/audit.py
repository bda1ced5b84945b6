"""The audit chain (执法全过程记录): canonical digests, chained event hashes, and verification.

Imported where a chain is written or checked, not when the station opens (hashlib's OpenSSL is loaded here):
the login dialog appears before anything is hashed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspector.station.writer import SYNC_COLUMNS

if TYPE_CHECKING:
    from db.station.database import StationDatabase

GENESIS = "0" * 64
DELETED = "deleted"


def canonical(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8, floats as repr."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode(
        "utf-8"
    )


def digest(row: Mapping[str, Any] | None) -> str:
    """SHA-256 of a row's canonical form; the marker ``deleted`` for a removed row."""
    if row is None:
        return DELETED
    return hashlib.sha256(canonical(dict(row))).hexdigest()


EVENT_FIELDS = (
    "seq",
    "id",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "digest",
    "station_id",
    "prev_hash",
)


def event_hash(event: Mapping[str, Any]) -> str:
    """Hash of one event: covers the previous hash and every field of the event."""
    body = {k: event[k] for k in EVENT_FIELDS}
    return hashlib.sha256(event["prev_hash"].encode("ascii") + canonical(body)).hexdigest()


@dataclass(frozen=True)
class Break:
    """One finding of :func:`verify`: where the chain or a row no longer matches."""

    kind: str  # 'hash', 'link', 'gap', 'head', 'row_changed', 'row_missing', 'row_unlogged'
    seq: int | None
    entity: str
    entity_id: str
    detail: str


def verify_chain(events: Iterable[Mapping[str, Any]], *, head: tuple[int, str] | None) -> list[Break]:
    """Recompute every hash in sequence order and check links, gaps and the recorded head."""
    breaks: list[Break] = []
    prev_hash = GENESIS
    prev_seq = 0
    for ev in events:
        seq = int(ev["seq"])
        if seq != prev_seq + 1:
            breaks.append(
                Break(
                    "gap", seq, ev["entity"], ev["entity_id"], f"events {prev_seq + 1}..{seq - 1} are missing"
                )
            )
        if ev["prev_hash"] != prev_hash:
            breaks.append(
                Break(
                    "link",
                    seq,
                    ev["entity"],
                    ev["entity_id"],
                    "previous-hash link does not match the event before",
                )
            )
        if event_hash(ev) != ev["hash"]:
            breaks.append(Break("hash", seq, ev["entity"], ev["entity_id"], "event content was altered"))
        prev_hash = ev["hash"]
        prev_seq = seq
    if head is not None and (prev_seq, prev_hash) != head:
        breaks.append(
            Break(
                "head",
                prev_seq or None,
                "",
                "",
                f"chain ends at event {prev_seq} but the station recorded {head[0]}",
            )
        )
    return breaks


def audit_verify(db: StationDatabase) -> list[Break]:
    """Recompute the chain and compare every audited row with the digest its last event recorded."""
    events = db.conn.execute(f"SELECT {', '.join(EVENT_FIELDS)}, hash FROM audit_events ORDER BY seq")
    head_raw = db.meta_get("audit_head")
    head = None
    if head_raw:
        seq, _, h = head_raw.partition(":")
        head = (int(seq), h)
    breaks = verify_chain((dict(zip([*EVENT_FIELDS, "hash"], r, strict=True)) for r in events), head=head)
    # Last event per row, grouped by table: each table's rows are then compared with their own group only.
    last_by_table: dict[str, dict[str, tuple[int, str]]] = {}
    for r in db.conn.execute(
        "SELECT entity, entity_id, seq, digest FROM audit_events "
        "WHERE seq IN (SELECT max(seq) FROM audit_events GROUP BY entity, entity_id)"
    ):
        last_by_table.setdefault(r[0], {})[r[1]] = (r[2], r[3])
    for table in audited_tables(db):
        last = last_by_table.get(table, {})
        seen: set[str] = set()
        for stored in db.conn.execute(f"SELECT * FROM [{table}]"):
            row = dict(stored)
            seen.add(row["id"])
            logged = last.get(row["id"])
            if logged is None:
                breaks.append(
                    Break(
                        "row_unlogged",
                        None,
                        table,
                        row["id"],
                        "row has no audit event (written outside the application)",
                    )
                )
            elif logged[1] != digest(row):
                breaks.append(
                    Break(
                        "row_changed",
                        logged[0],
                        table,
                        row["id"],
                        "row differs from the state its last audit event recorded",
                    )
                )
        for entity_id, (seq_no, dig) in last.items():
            if entity_id not in seen and dig != DELETED:
                breaks.append(
                    Break("row_missing", seq_no, table, entity_id, "row was deleted outside the application")
                )
    # Settings are keyed by name, not id: compare each with the digest its last event recorded.
    for r in db.query("SELECT key, value FROM settings"):
        logged = last_by_table.get("settings", {}).get(r["key"])
        if logged is None or logged[1] != digest({"key": r["key"], "value": r["value"]}):
            breaks.append(
                Break(
                    "row_changed" if logged else "row_unlogged",
                    logged[0] if logged else None,
                    "settings",
                    r["key"],
                    "setting differs from its audited value",
                )
            )
    breaks.sort(key=lambda b: (b.seq is None, b.seq or 0))
    return breaks


def audited_tables(db: StationDatabase) -> list[str]:
    """Every table with the sync columns: all of them are written only through a :class:`Writer`."""
    tables = []
    for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        cols = set(db.columns(r["name"]))
        if all(c in cols for c in SYNC_COLUMNS):
            tables.append(r["name"])
    return tables
