"""Signed bundles: a good one applies once; every hostile variant is refused with one reason and applies nothing."""

from __future__ import annotations

import hashlib
import json
import random
import tracemalloc
import zipfile

import pytest

from inspector import demo, sync
from inspector.sync import bundle, keys
from tests.integration.sync_support import central_db, count, register


@pytest.fixture
def made(station, login, pg_server, tmp_path):
    demo.fill(station, cases=2, photos=True)
    hq = central_db(pg_server)
    register(hq, station)
    path = tmp_path / "station.bundle"
    out = sync.export_bundle(login("officer"), path)
    assert out["files"] > 0
    return station, hq, path, out


def _refused(hq, path, reason=None, **kw):
    with sync.connect(hq) as conn, pytest.raises(sync.BundleError) as info:
        sync.import_bundle(conn, path, **kw)
    assert count(hq, "SELECT count(*) FROM records") == 0
    assert count(hq, "SELECT count(*) FROM evidence_chunks") == 0
    if reason:
        assert info.value.reason == reason, info.value
    return info.value


def _rewrite(src, dst, *, drop=(), add=(), change=None):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            if item.filename in drop:
                continue
            data = zin.read(item)
            if change:
                data = change(item.filename, data)
            zout.writestr(item, data)
        for name, data in add:
            zout.writestr(name, data)


def test_good_bundle_applies_once_with_its_photos(made):
    station, hq, path, out = made
    with sync.connect(hq) as conn:
        first = sync.import_bundle(conn, path)
        second = sync.import_bundle(conn, path)
    assert first["accepted"] == out["rows"] and first["files"] == out["files"]
    assert second["repeated"] == second["batches"] and second["accepted"] == second["files"] == 0
    assert count(hq, "SELECT count(*) FROM records") == out["rows"]
    assert count(hq, "SELECT count(*) FROM evidence_blobs WHERE complete") == out["files"]
    assert count(hq, "SELECT count(*) FROM records WHERE station_id <> %s", (station.station_id,)) == 0


def test_private_key_stays_in_the_data_dir_readable_by_its_owner_only(made):
    station = made[0]
    mode = keys.key_path(station).stat().st_mode & 0o777
    assert mode == 0o600
    assert keys.public_key_hex(station) not in keys.key_path(station).read_text()


def test_flipped_bytes_anywhere_are_refused(made, tmp_path):
    _, hq, path, _ = made
    data = path.read_bytes()
    rng = random.Random(8)
    for i, pos in enumerate(sorted(rng.sample(range(len(data)), 12))):
        bad = tmp_path / f"flip{i}.bundle"
        bad.write_bytes(data[:pos] + bytes([data[pos] ^ 0x41]) + data[pos + 1 :])
        _refused(hq, bad)


def test_a_changed_byte_in_any_zip_header_is_refused(made, tmp_path):
    """Bytes no member's content depends on (a header's date, a member's size as the directory gives it, the
    directory's end record, the file signature itself) are covered by the file's own signature: a bundle
    changed anywhere is refused, and nothing is applied."""
    _, hq, path, _ = made
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        directory = zf.start_dir
    positions = set(range(directory, len(data)))  # the directory, its end record and the signature after it
    for info in infos[:3]:  # local headers: the manifest's and two photos'
        positions |= set(range(info.header_offset, info.header_offset + 30 + len(info.filename)))
    bad = tmp_path / "flip.bundle"
    accepted = []
    with sync.connect(hq) as conn:
        for pos in sorted(positions):
            bad.write_bytes(data[:pos] + bytes([data[pos] ^ 0x41]) + data[pos + 1 :])
            try:
                sync.import_bundle(conn, bad)
            except sync.BundleError:
                continue
            accepted.append(pos)
    assert accepted == []
    assert count(hq, "SELECT count(*) FROM records") == 0
    assert count(hq, "SELECT count(*) FROM evidence_chunks") == 0


@pytest.mark.parametrize("keep", [0.0, 0.3, 0.9, 0.999])
def test_truncated_bundle_is_refused(made, tmp_path, keep):
    _, hq, path, _ = made
    data = path.read_bytes()
    bad = tmp_path / "cut.bundle"
    bad.write_bytes(data[: int(len(data) * keep)])
    err = _refused(hq, bad)
    assert err.reason in ("truncated", "not_a_bundle")


def test_extra_member_and_unsafe_names_are_refused(made, tmp_path):
    _, hq, path, _ = made
    extra = tmp_path / "extra.bundle"
    _rewrite(path, extra, add=[("evidence/" + "0" * 64, b"unsigned")])
    _refused(hq, extra, "extra_member")
    for name in ("../../etc/passwd", "evidence/../manifest.json", "/abs/path", "notes.txt"):
        bad = tmp_path / "name.bundle"
        _rewrite(path, bad, add=[(name, b"x")])
        _refused(hq, bad, "bad_name")


def test_zip_bomb_is_refused_before_it_is_unpacked(made, tmp_path):
    _, hq, path, _ = made
    bomb = tmp_path / "bomb.bundle"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item))
        with zout.open("evidence/" + "1" * 64, "w", force_zip64=True) as fh:
            block = bytes(1 << 20)
            for _ in range(300):  # 300 MB of zeros, a few hundred KB packed
                fh.write(block)
    assert bomb.stat().st_size < 5 << 20
    _refused(hq, bomb, "too_large", limits=bundle.Limits(unpacked_bytes=100 << 20))
    tracemalloc.start()
    _refused(hq, bomb, "extra_member")  # default limits: refused by the signature, never unpacked
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 64 << 20


def test_unknown_station_is_refused(made, station, pg_server):
    _, _, path, _ = made
    other_hq = central_db(pg_server)
    with sync.connect(other_hq) as conn, pytest.raises(sync.BundleError) as info:
        sync.import_bundle(conn, path)
    assert info.value.reason == "unknown_station"


def test_rows_claiming_another_station_are_refused_even_when_signed(made, tmp_path):
    station, hq, path, _ = made
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    manifest["batches"][0]["rows"][0]["station_id"] = "another-station"
    raw = json.dumps(manifest, ensure_ascii=False).encode()
    members = {"manifest.json": hashlib.sha256(raw).hexdigest()}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("evidence/"):
                members[name] = hashlib.sha256(zf.read(name)).hexdigest()
    sig = keys.sign(station, bundle._signed_message(station.station_id, members))
    signed = json.dumps({"station_id": station.station_id, "members": members, "ed25519": sig}).encode()
    bad = tmp_path / "claim.bundle"
    _rewrite(
        path, bad, change=lambda n, d: raw if n == "manifest.json" else signed if n == "signature.json" else d
    )
    _refused(hq, bad, "foreign_station")


def test_cli_says_one_line_for_a_tampered_bundle(made, tmp_path, cli, data_dir):
    _, hq, path, _ = made
    bad = tmp_path / "t.bundle"
    _rewrite(
        path,
        bad,
        change=lambda n, d: d.replace("杭上城".encode(), "伪造的".encode()) if n == "manifest.json" else d,
    )
    r = cli("sync", "import-bundle", str(bad), "--dsn", hq, data_dir=data_dir)
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0
    assert "未导入任何数据" in r.stderr and "哈希不符" in r.stderr


def test_cli_a_mistyped_bundle_path_is_named_not_taken_for_a_network_fault(made, tmp_path, cli, data_dir):
    """HQ mistypes the bundle's path, or gives the USB folder: one line naming the path, before any connection
    (an unreachable server would otherwise answer first with a network message); central unchanged."""
    _, hq, _, _ = made
    before = count(hq, "SELECT count(*) FROM records")
    for given, says in ((tmp_path / "nope.bundle", "不存在"), (tmp_path, "是文件夹")):
        r = cli(
            "sync",
            "import-bundle",
            str(given),
            "--dsn",
            "host=/nonexistent port=1 dbname=x",
            data_dir=data_dir,
        )
        assert r.returncode == 1 and r.stderr.strip().count("\n") == 0, r.stderr
        assert str(given) in r.stderr and says in r.stderr and "网络" not in r.stderr
    assert count(hq, "SELECT count(*) FROM records") == before


def test_cli_bundle_to_a_missing_folder_says_so_before_asking_for_a_password(cli, data_dir, tmp_path):
    """The removable medium is not there: the station is told which folder is missing; nothing is written."""
    target = tmp_path / "usb" / "station.bundle"
    r = cli("sync", "bundle", "-o", str(target), data_dir=data_dir)
    assert r.returncode == 1 and r.stderr.strip().count("\n") == 0, r.stderr
    assert "文件夹不存在" in r.stderr and str(target.parent) in r.stderr
    assert not target.parent.exists()
