"""``inspector backup`` / ``inspector restore``: a restore on an empty machine is a whole, checkable station."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from inspector import clock
from inspector.errors import PermissionDenied, StationError
from inspector.services import backup, evidence, inspections, org
from tests.evidence_helpers import inspection_form, photo

ADMIN = {"INSPECTOR_USER": "admin", "INSPECTOR_PASSWORD": "Demo2026"}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def busy_station(station, login, data_dir, tmp_path):
    """The demo station with two photos on an inspection, a key pair file and a regenerable cache."""
    officer = login("officer")
    insp = inspections.save_inspection(officer, inspection_form(officer))
    files = [photo(tmp_path / f"IMG_{i}.JPG", seed=i) for i in range(2)]
    report = evidence.add_evidence(officer, inspection_id=insp["id"], paths=files)
    assert len(report.accepted) == 2
    keys = data_dir / "keys"
    keys.mkdir()
    (keys / "station_ed25519.key").write_bytes(b"PRIVATE-KEY-BYTES")
    os.chmod(keys / "station_ed25519.key", 0o600)
    (data_dir / "cache" / "junk").mkdir(parents=True, exist_ok=True)
    (data_dir / "cache" / "junk" / "big.bin").write_bytes(b"x" * 1000)
    return station


def test_backup_restore_on_an_empty_directory_passes_deep_check(busy_station, data_dir, tmp_path, cli):
    busy_station.close()
    archive = tmp_path / "out" / "station.zip"
    archive.parent.mkdir()
    made = cli("backup", str(archive), data_dir=data_dir, env=ADMIN)
    assert made.returncode == 0, made.stderr
    assert "已写入并校验" in made.stdout
    assert not list(archive.parent.glob("*.partial")) and not list(archive.parent.glob(".inspector-*"))

    # An independent reader of the archive: the manifest names every member with its hash.
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        for entry in manifest["files"]:
            assert hashlib.sha256(zf.read("files/" + entry["path"])).hexdigest() == entry["sha256"]
    assert "files/keys/station_ed25519.key" in names  # whatever the key file is called
    assert not any(n.startswith("files/cache/") for n in names)  # caches are regenerable
    assert "station.sqlite" in names

    target = tmp_path / "new-machine" / "station"
    target.parent.mkdir()
    restored = cli("restore", str(archive), data_dir=target)
    assert restored.returncode == 0, restored.stderr
    deep = cli("check", "--deep", "--json", data_dir=target)
    assert deep.returncode == 0, deep.stderr
    report = json.loads(deep.stdout)
    assert report["audit_breaks"] == 0 and report["integrity"] == ["ok"]
    assert report["evidence_files"]["missing_files"] == 0 and report["evidence_files"]["altered"] == 0

    # Every evidence row has its file, byte-identical; the key is back with its permissions.
    conn = sqlite3.connect(target / "station.sqlite")
    rows = conn.execute("SELECT sha256 FROM evidence").fetchall()
    conn.close()
    assert len(rows) == 2
    for (sha,) in rows:
        assert _sha(target / "evidence" / sha[:2] / sha[2:4] / sha) == sha
    key = target / "keys" / "station_ed25519.key"
    assert key.read_bytes() == b"PRIVATE-KEY-BYTES"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert cli(
        "--user", "officer", "user", "list", data_dir=target, env={"INSPECTOR_PASSWORD": "Demo2026"}
    ).returncode in (0, 1)


def test_backup_needs_an_administrator(busy_station, login, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.backup(login("officer"), tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()


def test_backup_never_overwrites_and_never_lands_in_the_data_dir(busy_station, login, data_dir, tmp_path):
    admin = login("admin")
    target = tmp_path / "b.zip"
    target.write_bytes(b"older backup")
    with pytest.raises(StationError) as info:
        backup.backup(admin, target)
    assert info.value.data["code"] == "backup_exists" and target.read_bytes() == b"older backup"
    with pytest.raises(StationError) as info:
        backup.backup(admin, data_dir / "self.zip")
    assert info.value.data["code"] == "backup_inside"


def test_restore_refuses_a_non_empty_directory_and_touches_nothing(busy_station, login, tmp_path, cli):
    archive = backup.backup(login("admin"), tmp_path / "b.zip").path
    target = tmp_path / "occupied"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    out = cli("restore", str(archive), data_dir=target)
    assert out.returncode == 1 and "空的数据目录" in out.stderr and "Traceback" not in out.stderr
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_a_damaged_backup_restores_nothing(busy_station, login, tmp_path, cli):
    archive = backup.backup(login("admin"), tmp_path / "b.zip").path
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        member = next(i for i in zf.infolist() if i.filename.startswith("files/evidence/"))
    # Flip one byte inside the stored (uncompressed) evidence file: size unchanged, hash different.
    name_len, extra_len = struct.unpack_from("<HH", data, member.header_offset + 26)  # local file header
    offset = member.header_offset + 30 + name_len + extra_len + 10
    data[offset] ^= 0xFF
    archive.write_bytes(bytes(data))
    target = tmp_path / "restored"
    out = cli("restore", str(archive), data_dir=target)
    assert out.returncode == 1 and "已损坏" in out.stderr, out.stderr
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".restoring" in p.name]
    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")
    out = cli("restore", str(garbage), data_dir=target)
    assert out.returncode == 1 and "不是 Inspector 备份文件" in out.stderr and not target.exists()


def test_scheduled_backup_when_due_keeps_the_newest(busy_station, login, tmp_path):
    admin = login("admin")
    folder = tmp_path / "usb"
    org.set_setting(admin, "backup.dir", str(folder))
    org.set_setting(admin, "backup.keep", 2)
    org.set_setting(admin, "backup.interval_days", 1)
    start = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    made = []
    try:
        for day in range(3):
            clock.freeze(start + dt.timedelta(days=day))
            made.append(backup.run_scheduled(busy_station))
            clock.freeze(start + dt.timedelta(days=day, hours=5))
            assert backup.run_scheduled(busy_station) is None  # not due again the same day
    finally:
        clock.freeze(None)
    assert all(r is not None for r in made)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(r.path.name for r in made[1:])  # the oldest was pruned
    plan = backup.schedule(busy_station)
    assert plan.last_file == str(made[-1].path) and plan.last_at == made[-1].created_at
    for name in left:
        backup.verify_archive(folder / name)


def test_scheduled_backup_off_when_interval_is_zero(busy_station, login):
    org.set_setting(login("admin"), "backup.interval_days", 0)
    assert backup.run_scheduled(busy_station) is None
    assert not (busy_station.data_dir / "backups" / "scheduled").exists()


def test_a_mistyped_schedule_is_refused_and_the_schedule_stays(busy_station, login):
    from inspector.errors import ValidationError

    admin = login("admin")
    with pytest.raises(ValidationError):
        org.set_setting(admin, "backup.interval_days", "每天")
    with pytest.raises(ValidationError):
        org.set_setting(admin, "backup.keep", -3)
    plan = backup.schedule(busy_station)
    assert plan.interval_days == 1 and plan.keep == 7


def _recrafted(archive: Path, out: Path, change) -> Path:
    """A copy of ``archive`` whose manifest ``change`` edits (the members stay as they are)."""
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(out, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        change(manifest)
        for info in src.infolist():
            if info.filename != "manifest.json":
                dst.writestr(info, src.read(info))
        dst.writestr("manifest.json", json.dumps(manifest))
    return out


def _one_chinese_line(stderr: str) -> str:
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    line = stderr.removeprefix("inspector: ").strip()
    # no English words from the system (paths aside): "File exists", "File is not a zip file"
    assert not any(w in line for w in ("File ", "zip file", "exists", "Errno")), line
    return line


def test_refused_backups_say_why_in_one_chinese_line(busy_station, login, tmp_path, cli):
    archive = backup.backup(login("admin"), tmp_path / "b.zip").path
    target = tmp_path / "restored"

    def huge(m):
        m["database"]["size"] = 10**18  # a manifest no disk could hold: not believable, not "disk full"

    out = cli("restore", str(_recrafted(archive, tmp_path / "huge.zip", huge)), data_dir=target)
    line = _one_chinese_line(out.stderr)
    assert (
        out.returncode == 1
        and "不是有效的 Inspector 备份文件" in line
        and "不可信" in line
        and "磁盘" not in line
    )

    def twice(m):
        m["files"].append(m["files"][0])  # two members of one name: the second would overwrite the first

    out = cli("restore", str(_recrafted(archive, tmp_path / "twice.zip", twice)), data_dir=target)
    assert out.returncode == 1 and "重复" in _one_chinese_line(out.stderr)

    garbage = tmp_path / "garbage.zip"
    garbage.write_bytes(b"not a zip at all")
    out = cli("restore", str(garbage), data_dir=target)
    line = _one_chinese_line(out.stderr)
    assert out.returncode == 1 and "不是 Inspector 备份文件" in line and "请选用" in line
    assert not target.exists() and not [p for p in tmp_path.iterdir() if ".restoring" in p.name]


def test_backup_into_an_existing_folder_writes_a_dated_file_there(busy_station, data_dir, tmp_path, cli):
    """An administrator who names a folder means "put the backup in there"."""
    busy_station.close()
    folder = tmp_path / "备份"
    folder.mkdir()
    out = cli("backup", str(folder), data_dir=data_dir, env=ADMIN)
    assert out.returncode == 0, out.stderr
    (written,) = folder.iterdir()
    assert backup.SCHEDULED_NAME.match(written.name) and str(written) in out.stdout
    assert backup.verify_archive(written)["station_id"]
    existing = cli("backup", str(written), data_dir=data_dir, env=ADMIN)
    assert existing.returncode == 1 and "只给出文件夹" in _one_chinese_line(existing.stderr)


def test_a_failed_restore_names_the_cause_in_chinese():
    from inspector.messages import describe_error

    text = describe_error(StationError("x", code="restore_failed", path="/d/station", errno=17))
    assert "目标位置已有同名文件" in text and "File exists" not in text and "请" in text
