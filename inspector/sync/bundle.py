"""Signed bundle files for stations without a network: Ed25519 over the manifest and every member's hash, and
over the file's own bytes (so a byte changed anywhere, even in a zip header that no member's content depends
on, is refused)."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector import clock
from inspector.errors import Error
from inspector.permissions import Action
from inspector.station import Session
from inspector.sync import batches, history, keys, receipt

BUNDLE_FORMAT = "inspector-bundle/3"
# The file's own signature is the zip comment, the file's last bytes: Ed25519 over the SHA-256 of every byte
# before it (members, their headers, the zip directory and its end record, which gives the comment's length).
_FILE_SIG_PREFIX = (BUNDLE_FORMAT + " ed25519:").encode("ascii")
_FILE_SIG_LEN = len(_FILE_SIG_PREFIX) + 128  # an Ed25519 signature is 64 bytes, written in hex
_EVIDENCE = re.compile(r"evidence/[0-9a-f]{64}")
_READ = 1 << 20
# What reading a damaged zip can raise besides BadZipFile: an unknown version or compression method
# (NotImplementedError), an "encrypted" flag (RuntimeError), a broken deflate stream, a short file.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
    EOFError,
    zlib.error,
)


@dataclass(frozen=True)
class Limits:
    """Checked before anything in a bundle is parsed."""

    file_bytes: int = 64 << 30
    members: int = 200_000
    manifest_bytes: int = 512 << 20
    signature_bytes: int = 64 << 20
    unpacked_bytes: int = 64 << 30


class BundleError(Error):
    """A bundle that must not be imported; ``reason`` is one of the codes below, ``detail`` says where."""

    code = "bundle"
    REASONS = (
        "not_a_bundle",
        "truncated",
        "too_large",
        "bad_name",
        "extra_member",
        "missing_member",
        "unknown_station",
        "bad_signature",
        "altered_file",
        "foreign_station",
        "refused",
    )

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}", reason=reason, detail=detail)
        self.reason = reason
        self.detail = detail


def _message(station_id: str, signed: dict[str, Any]) -> bytes:
    """What a station's key signs, canonical: the format, the station and ``signed``."""
    body = {"format": BUNDLE_FORMAT, "station_id": station_id, **signed}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")


def _signed_message(station_id: str, members: dict[str, str]) -> bytes:
    return _message(station_id, {"members": members})


def _file_message(station_id: str, digest: str) -> bytes:
    return _message(station_id, {"file_sha256": digest})


def _prefix_sha(fh: Any, end: int) -> str:
    """SHA-256 of the first ``end`` bytes of the open file ``fh``."""
    fh.seek(0)
    h = hashlib.sha256()
    left = end
    while left > 0:
        chunk = fh.read(min(_READ, left))
        if not chunk:
            break
        h.update(chunk)
        left -= len(chunk)
    return h.hexdigest()


def _sign_file(station: Any, path: Path) -> None:
    """Write the file signature into the comment's place at the end of the finished zip ``path``."""
    with path.open("r+b") as fh:
        end = fh.seek(0, os.SEEK_END) - _FILE_SIG_LEN
        signature = keys.sign(station, _file_message(station.station_id, _prefix_sha(fh, end)))
        fh.seek(end)
        fh.write(_FILE_SIG_PREFIX + signature.encode("ascii"))
        fh.flush()
        os.fsync(fh.fileno())


def _check_file_signature(path: Path, zf: zipfile.ZipFile, public_key: str, station_id: str) -> None:
    """The bundle's bytes are those the station signed: its comment is the signature, at the very end."""
    comment = zf.comment
    if len(comment) != _FILE_SIG_LEN or not comment.startswith(_FILE_SIG_PREFIX):
        with path.open("rb") as fh:
            fh.seek(max(fh.seek(0, os.SEEK_END) - len(comment), 0))
            cut = 0 < len(comment) < _FILE_SIG_LEN and fh.read() == comment  # the file ends inside it
        if cut:
            raise BundleError("truncated", "the file ends inside its signature")
        raise BundleError("altered_file", "the bundle file's own signature is missing or damaged")
    with path.open("rb") as fh:
        end = fh.seek(0, os.SEEK_END) - _FILE_SIG_LEN
        fh.seek(max(end, 0))
        if end < 0 or fh.read() != comment:
            raise BundleError("altered_file", "bytes follow the bundle file's signature")
        digest = _prefix_sha(fh, end)
    signature = comment[len(_FILE_SIG_PREFIX) :].decode("ascii", "replace")
    if not keys.verify(public_key, _file_message(station_id, digest), signature):
        raise BundleError("altered_file", "bytes of the bundle file were changed after it was signed")


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_READ), b""):
            h.update(chunk)
    return h.hexdigest()


def export_bundle(
    session: Session, target: str | os.PathLike[str], *, blob_path: Callable[[str], Path] | None = None
) -> dict[str, Any]:
    """Write every unsent batch (and their evidence files) to a signed bundle file, atomically."""
    session.require(Action.SYNC_RUN)
    with history.attempt(session.station, "export") as run:  # kept: when and where it was written
        out = _export(session, Path(target), blob_path)
        run.counts = {k: out[k] for k in ("batches", "rows", "files")}
        run.detail = out["path"]
    return out


def _export(session: Session, target: Path, blob_path: Callable[[str], Path] | None) -> dict[str, Any]:
    from inspector.sync.push import _store_path

    station = session.station
    blob_path = blob_path or _store_path(station)
    batches.freeze_batches(session)
    body = [json.loads(b["payload"]) for b in batches.unsent_batches(station)]
    manifest = json.dumps(
        {
            "format": BUNDLE_FORMAT,
            "station_id": station.station_id,
            "created_at": clock.iso(),
            "batches": body,
        },
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    ).encode("utf-8")
    members = {"manifest.json": hashlib.sha256(manifest).hexdigest()}
    tmp = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest)
        for b in body:
            for r in b["rows"]:
                if r["entity"] == "evidence" and r.get("data"):
                    name = f"evidence/{r['data']['sha256']}"
                    if name not in members:
                        path = blob_path(r["data"]["sha256"])
                        zf.write(path, name, compress_type=zipfile.ZIP_STORED)
                        members[name] = _file_sha(path)
        signature = keys.sign(station, _signed_message(station.station_id, members))
        zf.writestr(
            "signature.json",
            json.dumps(
                {
                    "format": BUNDLE_FORMAT,
                    "station_id": station.station_id,
                    "members": members,
                    "ed25519": signature,
                },
                sort_keys=True,
            ),
        )
        zf.comment = bytes(
            _FILE_SIG_LEN
        )  # the file signature's place, filled once the bytes before it are final
    _sign_file(station, tmp)
    os.replace(tmp, target)
    with station.db.write():
        station.db.execute("UPDATE sync_batches SET exported_at = ? WHERE sent_at IS NULL", (clock.iso(),))
    return {
        "batches": len(body),
        "rows": sum(len(b["rows"]) for b in body),
        "files": len(members) - 1,
        "path": str(target),
    }


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise BundleError("too_large", info.filename)
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise BundleError("too_large", info.filename)
    return data


def _check_members(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.members:
        raise BundleError("too_large", f"{len(infos)} members (limit {limits.members})")
    if sum(i.file_size for i in infos) > limits.unpacked_bytes:
        raise BundleError("too_large", "unpacked size over the limit")
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if name not in ("manifest.json", "signature.json") and not _EVIDENCE.fullmatch(name):
            raise BundleError("bad_name", name[:120])
        if name in by_name:
            raise BundleError("bad_name", f"{name} appears twice")
        by_name[name] = info
    for needed in ("manifest.json", "signature.json"):
        if needed not in by_name:
            raise BundleError("not_a_bundle", f"{needed} is missing")
    return by_name


def open_bundle(
    conn: Any, source: str | os.PathLike[str], *, limits: Limits = Limits()
) -> tuple[dict[str, Any], str, zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    """Check size, names, signer and signature, every member's hash and the rows' station, then parse.

    Returns (manifest, signer's login role, open zip, members). Raises :class:`BundleError` on any refusal.
    """
    from db.central import admin

    path = Path(source)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleError("not_a_bundle", str(exc)) from exc
    if size > limits.file_bytes:
        raise BundleError("too_large", f"{size} bytes")
    try:
        zf = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise BundleError("truncated" if _starts_like_zip(path) else "not_a_bundle", str(exc)) from exc
    try:
        members = _check_members(zf, limits)
        try:
            sig = json.loads(_read_member(zf, members["signature.json"], limits.signature_bytes))
            station_id, listed, signature = sig["station_id"], sig["members"], sig["ed25519"]
            if not isinstance(listed, dict) or not isinstance(station_id, str):
                raise TypeError("malformed signature file")
        except (KeyError, TypeError, *_ZIP_ERRORS) as exc:
            raise BundleError("not_a_bundle", f"signature file: {exc}") from exc
        registered = admin.station_key(conn, station_id)
        if registered is None:
            raise BundleError("unknown_station", station_id[:64])
        public_key, role = registered
        if not keys.verify(public_key, _signed_message(station_id, listed), str(signature)):
            raise BundleError("bad_signature", "the signature does not match this station's key")
        names = set(members) - {"signature.json"}
        if names - set(listed):
            raise BundleError("extra_member", sorted(names - set(listed))[0])
        if set(listed) - names:
            raise BundleError("missing_member", sorted(set(listed) - names)[0])
        for name in sorted(names):
            h = hashlib.sha256()
            try:
                with zf.open(members[name]) as fh:
                    for chunk in iter(functools.partial(fh.read, _READ), b""):
                        h.update(chunk)
            except _ZIP_ERRORS as exc:
                raise BundleError("altered_file", f"{name}: {exc}") from exc
            if h.hexdigest() != listed[name] or (name.startswith("evidence/") and name[9:] != listed[name]):
                raise BundleError("altered_file", name)
        try:
            manifest = json.loads(_read_member(zf, members["manifest.json"], limits.manifest_bytes))
        except _ZIP_ERRORS as exc:
            raise BundleError("not_a_bundle", f"manifest: {exc}") from exc
        _check_signer(manifest, station_id)
        _check_file_signature(path, zf, public_key, station_id)
        return manifest, role, zf, members
    except BaseException:
        zf.close()
        raise


def _starts_like_zip(path: Path) -> bool:
    """A file that begins as a zip does (one cut short, most likely), without reading the rest of it."""
    try:
        with path.open("rb") as fh:
            return fh.read(2) == b"PK"
    except OSError:
        return False


def _check_signer(manifest: dict[str, Any], station_id: str) -> None:
    """Every batch, row and audit event must belong to the station that signed the bundle."""
    if manifest.get("format") != BUNDLE_FORMAT or manifest.get("station_id") != station_id:
        raise BundleError("foreign_station", "the manifest names another station than the signer")
    for b in manifest.get("batches", []):
        if b.get("station_id") != station_id:
            raise BundleError("foreign_station", f"batch {str(b.get('batch_id'))[:40]}")
        for r in b.get("rows", []):
            if (
                r.get("station_id") != station_id
                or (r.get("data") or {}).get("station_id", station_id) != station_id
            ):
                raise BundleError("foreign_station", f"{r.get('entity')} {str(r.get('id'))[:40]}")
        for ev in b.get("events", []):
            if ev.get("station_id") != station_id:
                raise BundleError("foreign_station", f"audit event {ev.get('seq')}")


def import_bundle(conn: Any, source: str | os.PathLike[str], *, limits: Limits = Limits()) -> dict[str, Any]:
    """Headquarters: verify a bundle, then apply it as the signing station's own role, all or nothing."""
    import psycopg
    from psycopg import sql

    from db.central import admin
    from db.central import apply as central

    if not conn.autocommit:
        conn.commit()
        conn.autocommit = True
    admin.require_initialised(conn)
    manifest, role, zf, members = open_bundle(conn, source, limits=limits)
    station_id = manifest["station_id"]
    uploaded = 0
    with zf:
        try:
            with conn.transaction():
                conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(role)))
                for name, info in members.items():
                    if not name.startswith("evidence/"):
                        continue
                    sha = name[9:]
                    have = central.missing_blobs(conn, station_id, [sha])
                    if sha not in have:
                        continue
                    uploaded += 1
                    with zf.open(info) as fh:
                        offset = 0
                        while True:
                            chunk = fh.read(central.CHUNK)
                            central.put_blob_chunk(
                                conn,
                                station_id=station_id,
                                sha256=sha,
                                size=info.file_size,
                                offset=offset,
                                data=chunk,
                            )
                            offset += len(chunk)
                            if offset >= info.file_size:
                                break
                results = [central.apply_batch(conn, b) for b in manifest["batches"]]
        except (central.CentralError, *central.REFUSALS) as exc:
            raise BundleError("refused", str(exc).strip().splitlines()[0]) from exc
        except psycopg.OperationalError:
            raise
    # A batch imported before answers with its stored result: its rows, files and conflicts are not new.
    fresh = [r for r in results if not r.get("repeated")]
    return {
        "batches": len(results),
        "repeated": len(results) - len(fresh),
        "accepted": sum(r["accepted"] for r in fresh),
        "files": uploaded,
        "conflicts": [c for r in fresh for c in r["conflicts"]],
        "station_id": station_id,
        # What central now holds from this bundle, for the station (a repeat import gives the same receipt).
        "receipt": receipt.issue(conn, manifest),
    }
