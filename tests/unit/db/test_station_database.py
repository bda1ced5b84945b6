"""Station database: WAL, foreign keys, numbered migrations with backup, newer files refused."""

from __future__ import annotations

import sqlite3

import pytest

from db import errors
from db.station import SCHEMA_VERSION, open_database
from db.station import database as dbmod


def test_new_database_is_wal_with_foreign_keys_and_current_schema(tmp_path):
    db = open_database(tmp_path / "s.sqlite")
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.schema_version() == SCHEMA_VERSION
    applied = [r["number"] for r in db.query("SELECT number FROM schema_migrations ORDER BY number")]
    assert applied == [m.number for m in dbmod.migrations()]
    assert db.integrity_check() == []


def test_foreign_keys_are_enforced(tmp_path):
    db = open_database(tmp_path / "s.sqlite")
    with pytest.raises(sqlite3.IntegrityError):
        with db.write():
            db.insert(
                "squads",
                {
                    "id": "s1",
                    "agency_id": "missing",
                    "name": "x",
                    "code": "1",
                    "version": 1,
                    "updated_at": "t",
                    "updated_by": "u",
                    "station_id": "st",
                },
            )


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "s.sqlite"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(errors.DatabaseTooNewError) as info:
        open_database(path)
    assert info.value.found == SCHEMA_VERSION + 1 and info.value.supported == SCHEMA_VERSION
    assert path.read_bytes() == before


def test_backup_taken_before_migrating_an_existing_database(tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite"
    db = open_database(path)
    with db.write():
        db.meta_set("marker", "before")
    db.close()
    extra = dbmod.Migration(SCHEMA_VERSION + 1, "test_extra", "CREATE TABLE extra_table (x INTEGER);")
    real = dbmod.migrations()
    monkeypatch.setattr(dbmod, "migrations", lambda: [*real, extra])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = open_database(path)
    assert db.schema_version() == SCHEMA_VERSION + 1
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT value FROM station_meta WHERE key='marker'").fetchone()[0] == "before"


def test_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite"
    open_database(path).close()
    bad = dbmod.Migration(
        SCHEMA_VERSION + 1, "broken", "CREATE TABLE ok_table (x INTEGER);\nSELECT * FROM nowhere;"
    )
    real = dbmod.migrations()
    monkeypatch.setattr(dbmod, "migrations", lambda: [*real, bad])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    monkeypatch.undo()
    db = open_database(path)
    assert db.schema_version() == SCHEMA_VERSION
    assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'ok_table'") == 0


def test_a_non_database_file_gives_a_typed_error(tmp_path):
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(errors.DatabaseCorruptError):
        open_database(path)


def test_write_rolls_back_everything_on_error(tmp_path):
    db = open_database(tmp_path / "s.sqlite")
    with pytest.raises(RuntimeError):
        with db.write():
            db.meta_set("a", "1")
            with db.write():  # nested: a savepoint
                db.meta_set("b", "2")
            raise RuntimeError("boom")
    assert db.meta_get("a") is None and db.meta_get("b") is None


def test_migration_splitter_keeps_trigger_bodies_whole():
    sql = "CREATE TABLE t (x);\nCREATE TRIGGER tr BEFORE DELETE ON t\nBEGIN\n  SELECT RAISE(ABORT, 'no');\nEND;\n"
    parts = dbmod._split_sql(sql)
    assert len(parts) == 2 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def test_frozen_batches_keep_their_payload_when_it_moves_to_its_own_table(tmp_path, monkeypatch):
    """A station updated with a batch frozen but not yet sent re-sends the very same payload (migration 0150)."""
    path = tmp_path / "s.sqlite"
    real = dbmod.migrations()
    monkeypatch.setattr(dbmod, "migrations", lambda: [m for m in real if m.number < 150])
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 140)
    db = open_database(path)
    payload = '{"batch_id": "b1", "rows": [{"entity": "parties", "id": "p1", "data": {"name": "张三"}}], "events": []}'
    with db.write():
        db.execute(
            "INSERT INTO sync_batches (batch_id, seq, payload, row_count, created_at) VALUES ('b1', 1, ?, 1, 't')",
            (payload,),
        )
        db.execute(
            "INSERT INTO outbox (entity, entity_id, version, op, batch_id, queued_at) "
            "VALUES ('parties', 'p1', 1, 'upsert', 'b1', 't')"
        )
    db.close()
    monkeypatch.setattr(dbmod, "migrations", lambda: real)
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", real[-1].number)
    db = open_database(path)
    assert db.scalar("SELECT payload FROM sync_payloads WHERE batch_id = 'b1'") == payload
    assert "payload" not in db.columns("sync_batches")
    assert db.scalar("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 1
    assert db.integrity_check() == []
