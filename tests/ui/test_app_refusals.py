"""Start-up refuses a station database it must not use, says why in words, and leaves the file as it was."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import app as app_module
from ui import messages


@pytest.fixture
def shown(monkeypatch):
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "_show", lambda box, wait: boxes.append((box.objectName(), box.text())))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: boxes.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return boxes


def test_zero_length_database_is_not_replaced_by_a_new_station(qapp, tmp_path, shown):
    (tmp_path / "station.sqlite").write_bytes(b"")
    assert app_module.run_gui(str(tmp_path)) == 1
    ((name, text),) = shown
    assert name == "errorMessage" and "为空" in text and "备份" in text
    assert (tmp_path / "station.sqlite").stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["station.sqlite"]


def test_newer_database_keeps_its_journal_mode_and_bytes(qapp, data_dir, shown):
    db = data_dir / "station.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA user_version = 9999")
    conn.close()
    for suffix in ("-wal", "-shm"):
        (data_dir / f"station.sqlite{suffix}").unlink(missing_ok=True)
    before = db.read_bytes()
    assert app_module.run_gui(str(data_dir)) == 1
    ((name, text),) = shown
    assert "更新版本" in text
    assert db.read_bytes() == before and not (data_dir / "station.sqlite-wal").exists()


def test_another_programs_database_is_not_made_a_station(qapp, tmp_path, shown):
    conn = sqlite3.connect(tmp_path / "station.sqlite")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = (tmp_path / "station.sqlite").read_bytes()
    assert app_module.run_gui(str(tmp_path)) == 1
    ((name, text),) = shown
    assert "损坏或不是站点数据库" in text
    assert (tmp_path / "station.sqlite").read_bytes() == before
