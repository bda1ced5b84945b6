"""The audit chain (执法全过程记录): canonical digests, chained event hashes, and verification."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

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
