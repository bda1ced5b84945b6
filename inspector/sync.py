"""Sync orchestration: outbox → frozen batches → central PostgreSQL (online) or a signed bundle file (offline)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector import clock
from inspector.ids import new_id
from inspector.permissions import Action
from inspector.station import Session, Station

BATCH_ROWS = 500
BUNDLE_FORMAT = "inspector-bundle/1"


@dataclass
class PushReport:
    """What one push did."""

    batches: int = 0
    rows: int = 0
    repeated: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def bundle_key(station: Station) -> str:
    """The station's bundle-signing secret, made on first use and registered with the central database."""
    key = station.db.meta_get("bundle_key")
    if not key:
        with station.db.write():
            key = station.db.meta_get("bundle_key") or secrets.token_hex(32)
            station.db.meta_set("bundle_key", key)
    return key


def freeze_batches(session: Session, *, max_rows: int = BATCH_ROWS) -> int:
    """Turn pending outbox entries into frozen batches (payload fixed now); returns how many were made."""
    session.require(Action.SYNC_RUN)
    db = session.db
    made = 0
    with db.write():
        pending = db.query("SELECT seq, entity, entity_id FROM outbox WHERE batch_id IS NULL ORDER BY seq")
        if not pending:
            return 0
        groups: list[list[dict[str, Any]]] = [[]]
        keys: set[tuple[str, str]] = set()
        for entry in pending:
            key = (entry["entity"], entry["entity_id"])
            if key not in keys and len(keys) >= max_rows:
                groups.append([])
                keys = set()
            keys.add(key)
            groups[-1].append(entry)
        last_event = int(db.meta_get("sync_events_frozen") or 0)
        for group in groups:
            batch_id = new_id()
            rows = []
            seen: set[tuple[str, str]] = set()
            for entry in group:
                key = (entry["entity"], entry["entity_id"])
                if key in seen:
                    continue
                seen.add(key)
                rows.append(_row_payload(session, *key))
            head = int(db.scalar("SELECT max(seq) FROM audit_events") or 0)
            events = db.query("SELECT * FROM audit_events WHERE seq > ? AND seq <= ? ORDER BY seq", (last_event, head))
            last_event = head
            payload = {"batch_id": batch_id, "station_id": session.station.station_id, "rows": rows,
                       "events": events, "created_at": clock.iso()}
            seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM sync_batches"))
            db.execute("INSERT INTO sync_batches (batch_id, seq, payload, row_count, created_at) VALUES (?, ?, ?, ?, ?)",
                       (batch_id, seq, json.dumps(payload, ensure_ascii=False, default=str), len(rows), clock.iso()))
            db.execute(f"UPDATE outbox SET batch_id = ? WHERE seq IN ({','.join('?' * len(group))})",
                       (batch_id, *[e["seq"] for e in group]))
            made += 1
        db.meta_set("sync_events_frozen", str(last_event))
    return made


def _row_payload(session: Session, entity: str, entity_id: str) -> dict[str, Any]:
    db = session.db
    if entity == "settings":
        row = db.query_one("SELECT key, value, updated_at, updated_by FROM settings WHERE key = ?", (entity_id,))
        data = row
        version = int(db.scalar("SELECT count(*) FROM audit_events WHERE entity = 'settings' AND entity_id = ?",
                                (entity_id,)))
        meta = {"updated_at": row["updated_at"] if row else clock.iso(), "updated_by": row["updated_by"] if row else ""}
    else:
        data = db.find(entity, entity_id)
        if data is not None:
            version = data["version"]
            meta = {"updated_at": data["updated_at"], "updated_by": data["updated_by"]}
        else:
            version = int(db.scalar("SELECT max(version) FROM outbox WHERE entity = ? AND entity_id = ?",
                                    (entity, entity_id)))
            meta = {"updated_at": clock.iso(), "updated_by": session.user.username}
    base = db.scalar("SELECT frozen_version FROM sync_state WHERE entity = ? AND entity_id = ?", (entity, entity_id))
    db.execute("INSERT INTO sync_state (entity, entity_id, frozen_version) VALUES (?, ?, ?) "
               "ON CONFLICT (entity, entity_id) DO UPDATE SET frozen_version = excluded.frozen_version",
               (entity, entity_id, version))
    return {"entity": entity, "id": entity_id, "version": version, "base_version": int(base or 0),
            "station_id": session.station.station_id, "deleted": data is None, "data": data, **meta}


def _store_path(station: Station) -> Callable[[str], Path]:
    """Where the station's evidence store keeps a file, by hash (the store's own layout, not a copy of it)."""
    from inspector.services import evidence
    return evidence.store(station).path


def unsent_batches(station: Station) -> list[dict[str, Any]]:
    return station.db.query("SELECT * FROM sync_batches WHERE sent_at IS NULL ORDER BY seq")


def push(session: Session, conn: Any, *, blob_path: Callable[[str], Path] | None = None,
         progress: Callable[[int, int], None] | None = None) -> PushReport:
    """Send every pending batch to the central database over ``conn`` (a psycopg connection).

    A dropped connection leaves the unsent batches frozen; the next push re-sends them with the same ids.
    """
    from db.central import apply as central
    session.require(Action.SYNC_RUN)
    station = session.station
    central.ensure_schema(conn)
    central.register_station(conn, station_id=station.station_id, name=station.name, bundle_key=bundle_key(station))
    blob_path = blob_path or _store_path(station)
    freeze_batches(session)
    report = PushReport()
    batches = unsent_batches(station)
    for i, b in enumerate(batches):
        payload = json.loads(b["payload"])
        _upload_blobs(conn, payload, blob_path)
        result = central.apply_batch(conn, payload)
        with station.db.write():
            station.db.execute("UPDATE sync_batches SET sent_at = ?, result = ? WHERE batch_id = ?",
                               (clock.iso(), json.dumps(result, ensure_ascii=False), b["batch_id"]))
            station.db.execute("UPDATE outbox SET sent_at = ? WHERE batch_id = ?", (clock.iso(), b["batch_id"]))
        report.batches += 1
        report.rows += b["row_count"]
        report.repeated += int(bool(result.get("repeated")))
        report.conflicts += result.get("conflicts", [])
        if progress:
            progress(i + 1, len(batches))
    return report


def _upload_blobs(conn: Any, payload: dict[str, Any], blob_path: Callable[[str], Path]) -> None:
    from db.central import apply as central
    hashes = [r["data"]["sha256"] for r in payload["rows"] if r["entity"] == "evidence" and r.get("data")]
    for sha, have in central.missing_blobs(conn, hashes).items():
        path = blob_path(sha)
        size = path.stat().st_size
        with path.open("rb") as fh:
            fh.seek(have)
            offset = have
            while offset < size:
                chunk = fh.read(central.CHUNK)
                central.put_blob_chunk(conn, sha256=sha, size=size, offset=offset, data=chunk)
                offset += len(chunk)


# ---------------------------------------------------------------------------------------------- bundles
def _signature(key: str, manifest: bytes, files: dict[str, str]) -> str:
    mac = hmac.new(bytes.fromhex(key), manifest, hashlib.sha256)
    for name in sorted(files):
        mac.update(f"\n{name}:{files[name]}".encode())
    return mac.hexdigest()


def export_bundle(session: Session, target: str | os.PathLike[str], *,
                  blob_path: Callable[[str], Path] | None = None) -> dict[str, Any]:
    """Write every unsent batch (and their evidence files) to a signed bundle file, atomically."""
    session.require(Action.SYNC_RUN)
    station = session.station
    blob_path = blob_path or _store_path(station)
    freeze_batches(session)
    batches = [json.loads(b["payload"]) for b in unsent_batches(station)]
    manifest = json.dumps({"format": BUNDLE_FORMAT, "station_id": station.station_id, "created_at": clock.iso(),
                           "batches": batches}, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    files: dict[str, str] = {}
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest)
        for b in batches:
            for r in b["rows"]:
                if r["entity"] == "evidence" and r.get("data"):
                    sha = r["data"]["sha256"]
                    if f"evidence/{sha}" not in files:
                        zf.write(blob_path(sha), f"evidence/{sha}", compress_type=zipfile.ZIP_STORED)
                        files[f"evidence/{sha}"] = sha
        zf.writestr("signature.json", json.dumps({"station_id": station.station_id,
                                                  "hmac_sha256": _signature(bundle_key(station), manifest, files),
                                                  "files": files}))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    with station.db.write():
        station.db.execute("UPDATE sync_batches SET exported_at = ? WHERE sent_at IS NULL", (clock.iso(),))
    return {"batches": len(batches), "rows": sum(len(b["rows"]) for b in batches), "files": len(files),
            "path": str(target)}


class BundleError(Exception):
    """A bundle file that must not be imported: not a bundle, unknown station, bad signature, altered file."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def import_bundle(conn: Any, source: str | os.PathLike[str]) -> dict[str, Any]:
    """Central side: verify a bundle's signature and every file's hash, then apply its batches (idempotent)."""
    from db.central import apply as central
    central.ensure_schema(conn)
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError("not_a_bundle", str(exc)) from exc
    with zf:
        try:
            manifest = zf.read("manifest.json")
            sig = json.loads(zf.read("signature.json"))
            body = json.loads(manifest)
        except (KeyError, ValueError) as exc:
            raise BundleError("not_a_bundle", f"missing or unreadable manifest/signature: {exc}") from exc
        if body.get("format") != BUNDLE_FORMAT:
            raise BundleError("not_a_bundle", f"unknown format {body.get('format')!r}")
        key = central.station_key(conn, body["station_id"])
        if key is None:
            raise BundleError("unknown_station", body["station_id"])
        files = sig.get("files", {})
        if not hmac.compare_digest(_signature(key, manifest, files), sig.get("hmac_sha256", "")):
            raise BundleError("bad_signature", "the bundle was altered or signed by another station")
        for name, sha in files.items():
            data = zf.read(name)
            if hashlib.sha256(data).hexdigest() != sha:
                raise BundleError("altered_file", name)
        for name, sha in files.items():
            data = zf.read(name)
            if sha in central.missing_blobs(conn, [sha]):
                central.put_blob_chunk(conn, sha256=sha, size=len(data), offset=0, data=data)
        results = [central.apply_batch(conn, b) for b in body["batches"]]
    return {"batches": len(results), "repeated": sum(1 for r in results if r.get("repeated")),
            "accepted": sum(r["accepted"] for r in results),
            "conflicts": [c for r in results for c in r["conflicts"]]}
