"""Bundle receipts: headquarters lists the batches it committed from a station's bundle; the station, holding
those very batches, marks exactly them sent.

A station with no link learns nothing from shipping a bundle: its batches stayed pending and went again in
every later bundle. After ``sync import-bundle`` headquarters writes a receipt naming the station and, for
each batch central's ``batches`` table holds for it after the import committed, the batch id, a hash of the
batch's content and the stored result (accepted rows, conflicts). The station refuses a receipt for another
station, or one naming a batch it does not hold with that content; otherwise it marks those batches sent as a
push would have, conflicts included.

The receipt is not signed: stations hold no key of headquarters' to check a signature with. What binds it is
the station id and the content hashes: it can only mark batches this station froze itself, with exactly the
content it froze, and it changes no data. A forged receipt could at worst stop batches from being sent
again; their audit events would then be missing centrally, which ``central verify`` reports as a gap.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from inspector import clock
from inspector.errors import Error
from inspector.permissions import Action
from inspector.station import Session, Station
from inspector.sync import batches, history

RECEIPT_FORMAT = "inspector-receipt/1"
MAX_BYTES = 256 << 20  # a receipt lists ids, hashes and results; checked before it is parsed


class ReceiptError(Error):
    """A receipt the station must not take; ``reason`` is one of :attr:`REASONS`, ``detail`` says which."""

    code = "receipt"
    REASONS = ("not_a_receipt", "too_large", "foreign_station", "unknown_batch", "altered_batch")

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}", reason=reason, detail=detail)
        self.reason = reason
        self.detail = detail


def batch_digest(batch: Mapping[str, Any]) -> str:
    """SHA-256 of a batch's content in a canonical form (the same on the station, from its frozen payload, and
    at headquarters, from the bundle's manifest)."""
    text = json.dumps(batch, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def issue(conn: Any, manifest: Mapping[str, Any]) -> dict[str, Any]:
    """Headquarters, after a bundle's import committed: the receipt for the batches central now holds from it.

    ``conn`` is the owner's connection. Only batches found in central's ``batches`` table for the bundle's
    station are listed (a batch central does not hold is not receipted).
    """
    station_id = str(manifest["station_id"])
    digests = {str(b["batch_id"]): batch_digest(b) for b in manifest.get("batches", [])}
    held = conn.execute(
        "SELECT batch_id, received_at, result FROM batches WHERE station_id = %s AND batch_id = ANY(%s)",
        (station_id, list(digests)),
    ).fetchall()
    received = {str(batch_id): (at, result) for batch_id, at, result in held}
    name = conn.execute("SELECT name FROM stations WHERE station_id = %s", (station_id,)).fetchone()
    issued_at = conn.execute("SELECT now()").fetchone()[0]
    return {
        "format": RECEIPT_FORMAT,
        "station_id": station_id,
        "station_name": name[0] if name else "",
        "issued_at": clock.iso(issued_at),
        "batches": [
            {
                "batch_id": batch_id,
                "sha256": digests[batch_id],
                "received_at": clock.iso(received[batch_id][0]),
                "result": received[batch_id][1],
            }
            for batch_id in digests
            if batch_id in received
        ],
    }


def write(receipt: Mapping[str, Any], target: str | os.PathLike[str]) -> Path:
    """Write a receipt file atomically (a removed medium leaves no half file under the name)."""
    path = Path(target)
    tmp = path.with_name(path.name + ".partial")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(receipt, fh, ensure_ascii=False, indent=1, default=str)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def read(source: str | os.PathLike[str]) -> dict[str, Any]:
    """A receipt file, checked for size and shape (not yet against this station)."""
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReceiptError("too_large", f"{size} bytes")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReceiptError("not_a_receipt", str(exc)[:200]) from exc
    if not isinstance(data, dict) or data.get("format") != RECEIPT_FORMAT:
        raise ReceiptError("not_a_receipt", "not an inspector receipt")
    entries = data.get("batches")
    if not isinstance(data.get("station_id"), str) or not isinstance(entries, list):
        raise ReceiptError("not_a_receipt", "station or batches missing")
    for e in entries:
        if not (
            isinstance(e, dict)
            and isinstance(e.get("batch_id"), str)
            and isinstance(e.get("sha256"), str)
            and isinstance(e.get("result"), dict)
            and isinstance(e["result"].get("conflicts", []), list)
        ):
            raise ReceiptError("not_a_receipt", "a batch entry is malformed")
    return data


def import_receipt(session: Session, source: str | os.PathLike[str]) -> dict[str, int]:
    """Mark exactly the batches a receipt names sent, after checking it is this station's and every batch is
    held here with the receipted content. Returns counts: batches and rows newly marked, batches marked before,
    conflicts recorded. Raises :class:`ReceiptError` and changes nothing on any refusal."""
    session.require(Action.SYNC_RUN)
    station = session.station
    with history.attempt(station, "receipt") as run:
        data = read(source)
        if data["station_id"] != station.station_id:
            raise ReceiptError(
                "foreign_station", f"{data.get('station_name') or ''} {data['station_id']}".strip()
            )
        ids = [e["batch_id"] for e in data["batches"]]
        held = (
            {
                r["batch_id"]: r
                for r in station.db.query(
                    f"SELECT b.batch_id, p.payload, b.row_count, b.sent_at FROM sync_batches b "
                    f"JOIN sync_payloads p USING (batch_id) WHERE b.batch_id IN ({', '.join('?' * len(ids))})",
                    ids,
                )
            }
            if ids
            else {}
        )
        for e in data["batches"]:
            mine = held.get(e["batch_id"])
            if mine is None:
                raise ReceiptError("unknown_batch", e["batch_id"])
            if batch_digest(json.loads(mine["payload"])) != e["sha256"]:
                raise ReceiptError("altered_batch", e["batch_id"])
        fresh = [e for e in data["batches"] if held[e["batch_id"]]["sent_at"] is None]
        batches.mark_sent(station, [(e["batch_id"], e["result"]) for e in fresh])
        run.counts = {
            "batches": len(fresh),
            "rows": sum(int(held[e["batch_id"]]["row_count"]) for e in fresh),
            "already": len(data["batches"]) - len(fresh),
            "conflicts": sum(len(e["result"].get("conflicts", [])) for e in fresh),
        }
    return run.counts


def awaiting(station: Station) -> int:
    """Batches written to a bundle and not yet confirmed (by a receipt or a push)."""
    return int(
        station.db.scalar(
            "SELECT count(*) FROM sync_batches WHERE exported_at IS NOT NULL AND sent_at IS NULL "
            "AND quarantined_at IS NULL"
        )
    )
