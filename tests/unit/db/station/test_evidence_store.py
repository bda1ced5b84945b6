"""The content-addressed store: one file per digest, atomic placement, temp clean-up."""

from __future__ import annotations

import hashlib
import io

import pytest

from db.station.evidence_store import EvidenceStore


def test_put_stores_bytes_unchanged_under_their_sha256(tmp_path):
    store = EvidenceStore(tmp_path / "evidence")
    data = b"\xff\xd8\xff" + bytes(range(256)) * 50
    sha, created = store.put_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert created
    path = store.path(sha)
    assert path == tmp_path / "evidence" / sha[:2] / sha[2:4] / sha
    assert path.read_bytes() == data
    assert store.verify(sha)


def test_same_content_is_written_once(tmp_path):
    store = EvidenceStore(tmp_path)
    sha1, c1 = store.put_bytes(b"abc" * 1000)
    mtime = store.path(sha1).stat().st_mtime_ns
    sha2, c2 = store.put(io.BytesIO(b"abc" * 1000))
    assert (sha1, c1, c2) == (sha2, True, False)
    assert store.path(sha1).stat().st_mtime_ns == mtime
    assert store.hashes() == {sha1}
    assert list(store.temp_dir.iterdir()) == []


def test_stage_reads_once_and_keeps_small_files_in_memory(tmp_path):
    src = tmp_path / "a.bin"
    src.write_bytes(b"x" * 3_000_000)
    store = EvidenceStore(tmp_path / "ev")
    staged = store.stage(src, keep_in_memory=10_000_000)
    assert staged.data == b"x" * 3_000_000 and staged.size == 3_000_000 and staged.head == b"x" * 64
    assert staged.temp.parent == store.temp_dir
    big = store.stage(src, keep_in_memory=1_000)
    assert big.data is None
    store.discard(big)
    assert store.commit(staged) is True
    assert not staged.temp.exists()


def test_clean_temp_removes_leftovers_of_dead_processes_only(tmp_path):
    store = EvidenceStore(tmp_path)
    store.temp_dir.mkdir(parents=True)
    (store.temp_dir / "in-999999-abc").write_bytes(b"half")
    (store.temp_dir / "in-1-live").write_bytes(b"busy")
    assert store.clean_temp(alive=lambda pid: pid == 1) == 1
    assert [p.name for p in store.temp_dir.iterdir()] == ["in-1-live"]


def test_path_refuses_anything_but_a_digest(tmp_path):
    with pytest.raises(ValueError):
        EvidenceStore(tmp_path).path("../../etc/passwd")
