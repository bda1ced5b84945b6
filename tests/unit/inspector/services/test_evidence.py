"""Evidence import: accepted files, the hostile-file corpus, annotations, recovery after a crash."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from inspector import media
from inspector.services import evidence, inspections, org
from tests.evidence_helpers import CST, inspection_form, photo, png_bomb


@pytest.fixture
def officer(login):
    return login("officer")


@pytest.fixture
def insp(officer):
    return inspections.save_inspection(officer, inspection_form(officer))


def _state(station):
    rows = station.db.query("SELECT id, sha256 FROM evidence ORDER BY id")
    temp = station.evidence_dir / ".tmp"
    return (
        rows,
        evidence.store(station).hashes(),
        sorted(p.name for p in temp.iterdir()) if temp.exists() else [],
    )


def test_import_stores_original_once_with_exif_and_thumbnail(officer, insp, tmp_path, station):
    taken = dt.datetime(2026, 5, 4, 10, 11, 12, tzinfo=CST)
    p = photo(tmp_path / "IMG_1.jpg", taken=taken)
    report = evidence.add_evidence(officer, inspection_id=insp["id"], paths=[p])
    [r] = report.results
    assert r.status == "accepted", r.message
    row = station.db.get("evidence", r.evidence_id)
    assert row["taken_at"] == "2026-05-04T02:11:12.000Z"
    assert row["camera"] == "HUAWEI Mate 60" and row["latitude"] == pytest.approx(30.2531, abs=1e-5)
    assert (row["width"], row["height"], row["kind"], row["mime"]) == (320, 240, "photo", "image/jpeg")
    assert row["imported_by"] == "officer" and row["size"] == p.stat().st_size
    assert evidence.store(station).path(row["sha256"]).read_bytes() == p.read_bytes()
    assert evidence.thumb_path(station, row["sha256"]).exists()
    assert station.audit_verify() == []


def test_hostile_file_corpus_each_rejected_with_reason_and_nothing_left_behind(
    officer, insp, tmp_path, station, login
):
    """Every hostile file gets a message naming it and its reason; good files in the batch still import."""
    org.set_setting(login("admin"), "evidence.max_file_mb", 0.2)
    already = photo(tmp_path / "earlier.jpg", seed=7)
    assert (
        evidence.add_evidence(officer, inspection_id=insp["id"], paths=[already]).results[0].status
        == "accepted"
    )
    before = _state(station)
    events_before = station.db.scalar("SELECT count(*) FROM audit_events")

    d = tmp_path / "card"
    d.mkdir()
    good1 = photo(d / "01_good.jpg", seed=1)
    full = media.make_jpeg(640, 480, seed=2)
    (d / "02_truncated.jpg").write_bytes(full[: len(full) // 2])
    (d / "03_empty.jpg").write_bytes(b"")
    (d / "04_text.jpg").write_text("这是一个文本文件，不是照片。\n" * 20, encoding="utf-8")
    png_bomb(d / "05_bomb.png")
    (d / "06_archive.zip").write_bytes(b"PK\x03\x04" + os.urandom(500))
    os.mkfifo(d / "07_unreadable.jpg")
    (d / "08_huge.mov").write_bytes(b"\x00\x00\x00\x14ftypqt  " + os.urandom(300_000))
    (d / "09_dup_of_earlier.jpg").write_bytes(already.read_bytes())
    good2 = photo(d / "10_good.jpg", seed=3)
    (d / "11_dup_in_batch.jpg").write_bytes(good2.read_bytes())

    report = evidence.add_evidence(officer, inspection_id=insp["id"], paths=[d])
    by_name = {r.name: r for r in report.results}
    expected = {
        "02_truncated.jpg": media.CORRUPT,
        "03_empty.jpg": media.EMPTY,
        "04_text.jpg": media.NOT_IMAGE,
        "05_bomb.png": media.BOMB,
        "06_archive.zip": media.UNSUPPORTED,
        "07_unreadable.jpg": media.UNREADABLE,
        "08_huge.mov": media.TOO_LARGE,
        "09_dup_of_earlier.jpg": media.DUPLICATE,
        "11_dup_in_batch.jpg": media.DUPLICATE,
    }
    for name, reason in expected.items():
        r = by_name[name]
        assert (r.status, r.reason) == ("rejected", reason), (name, r)
        assert r.message.startswith(name) and media.REASON_TEXT[reason] in r.message
    assert by_name["01_good.jpg"].status == by_name["10_good.jpg"].status == "accepted"
    assert [r.name for r in report.results] == sorted(by_name)  # order kept, batch continued

    rows, hashes, temps = _state(station)
    accepted = {by_name["01_good.jpg"].sha256, by_name["10_good.jpg"].sha256}
    assert {r["sha256"] for r in rows} == {r["sha256"] for r in before[0]} | accepted
    assert hashes == before[1] | accepted  # no file stored for any rejected item
    assert temps == []
    assert station.db.scalar("SELECT count(*) FROM audit_events") == events_before + 2
    assert station.audit_verify() == []
    assert evidence.check_store(station) == {"missing_files": [], "orphan_files": []}
    _ = good1


def test_same_photo_may_be_evidence_of_another_inspection_without_a_second_copy(
    officer, insp, tmp_path, station
):
    other = inspections.save_inspection(officer, inspection_form(officer, address="杭州市上城区延安路1号"))
    p = photo(tmp_path / "a.jpg")
    evidence.add_evidence(officer, inspection_id=insp["id"], paths=[p])
    r = evidence.add_evidence(officer, inspection_id=other["id"], paths=[p]).results[0]
    assert r.status == "accepted"
    assert station.db.scalar("SELECT count(*) FROM evidence WHERE sha256 = ?", (r.sha256,)) == 2
    assert len(evidence.store(station).hashes()) == 1


def test_failed_row_removes_the_newly_stored_file(officer, insp, tmp_path, station, monkeypatch):
    p = photo(tmp_path / "a.jpg")
    from inspector import station as station_mod

    real = station_mod.Writer.insert

    def boom(self, table, values):
        if table == "evidence":
            raise RuntimeError("disk trouble")
        return real(self, table, values)

    monkeypatch.setattr(station_mod.Writer, "insert", boom)
    with pytest.raises(RuntimeError):
        evidence.add_evidence(officer, inspection_id=insp["id"], paths=[p])
    assert evidence.store(station).hashes() == set()
    assert station.db.scalar("SELECT count(*) FROM evidence_pending") == 0


def test_recover_removes_a_stored_file_whose_row_never_came(station, officer):
    sha, _ = evidence.store(station).put_bytes(b"orphan bytes")
    station.db.execute(
        "INSERT INTO evidence_pending(sha256, pid, started_at) VALUES (?, ?, 'x')", (sha, 999_999_999)
    )
    assert evidence.recover(station)["orphans"] == 1
    assert not evidence.store(station).contains(sha)


def test_cancel_stops_the_import_and_keeps_what_was_recorded(officer, insp, tmp_path, station):
    files = [photo(tmp_path / f"{i}.jpg", seed=i) for i in range(40)]
    calls = []
    report = evidence.add_evidence(
        officer,
        inspection_id=insp["id"],
        paths=files,
        progress=lambda d, t: calls.append(d),
        cancelled=lambda: len(calls) >= 1,
    )
    assert report.cancelled and 1 <= len(report.accepted) == calls[-1] < 40
    assert station.db.scalar("SELECT count(*) FROM evidence") == len(report.accepted)
    assert evidence.check_store(station)["orphan_files"] == []
    assert not list((station.evidence_dir / ".tmp").iterdir())


def test_reviewer_may_not_add_evidence(login, insp, tmp_path):
    from inspector.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        evidence.add_evidence(
            login("legal_reviewer"), inspection_id=insp["id"], paths=[photo(tmp_path / "a.jpg")]
        )


def test_annotations_are_a_separate_layer_and_the_original_is_untouched(officer, insp, tmp_path, station):
    p = photo(tmp_path / "a.jpg")
    r = evidence.add_evidence(officer, inspection_id=insp["id"], paths=[p]).results[0]
    row_before = station.db.get("evidence", r.evidence_id)
    shapes = [
        {"type": "box", "x1": 10, "y1": 10, "x2": 100, "y2": 80},
        {"type": "arrow", "x1": 0, "y1": 0, "x2": 50, "y2": 50},
        {"type": "text", "x1": 20, "y1": 20, "text": "占道货架"},
    ]
    saved = evidence.save_annotations(officer, r.evidence_id, shapes)
    again = evidence.save_annotations(officer, r.evidence_id, shapes[:1], expected_version=saved["version"])
    assert again["version"] == 2
    assert evidence.annotation_layer(officer, r.evidence_id)["shapes"][0]["type"] == "box"
    assert station.db.get("evidence", r.evidence_id) == row_before
    assert evidence.store(station).verify(r.sha256)
    from inspector.errors import ValidationError

    with pytest.raises(ValidationError):
        evidence.save_annotations(officer, r.evidence_id, [{"type": "text", "x1": 1, "y1": 1, "text": " "}])


def test_demo_attach_adds_photos_with_exif(station):
    from inspector import demo

    result = demo.fill(station, cases=3)
    assert result["photos"] >= 3
    rows = station.db.query("SELECT * FROM evidence")
    assert all(r["taken_at"] and r["latitude"] and r["camera"] for r in rows)
    assert evidence.check_store(station) == {"missing_files": [], "orphan_files": []}
    assert station.audit_verify() == []
