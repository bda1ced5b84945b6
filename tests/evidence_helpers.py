"""Shared test helpers for inspections and evidence: a valid inspection form and photo files with EXIF."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from pathlib import Path
from typing import Any

from inspector import clock, media

CST = clock.LOCAL_TZ


def squad1_officers(session) -> list[dict[str, Any]]:
    return session.db.query(
        "SELECT o.* FROM officers o JOIN squads s ON s.id = o.squad_id WHERE s.code = '1' ORDER BY o.cert_no"
    )


def expired_officer(session) -> dict[str, Any]:
    return session.db.query_one(
        "SELECT * FROM officers WHERE cert_expiry < ? LIMIT 1", (clock.today().isoformat(),)
    )


def inspection_form(session, **overrides: Any) -> dict[str, Any]:
    offs = squad1_officers(session)
    start = dt.datetime.combine(clock.today(), dt.time(9, 30), CST)
    form = {
        "started_at": start.isoformat(),
        "ended_at": (start + dt.timedelta(minutes=40)).isoformat(),
        "address": "杭州市上城区解放路88号门前",
        "street": "湖滨街道",
        "community": "东坡路社区",
        "officer_ids": [offs[0]["id"], offs[1]["id"]],
        "matter_codes": ["330217001100"],
        "party": {
            "kind": "person",
            "name": "张三",
            "id_type": "resident_id",
            "id_number": "11010519491231002X",
        },
        "situation": "当事人在店门外摆放货架经营",
        "outcome": "education",
    }
    form.update(overrides)
    return form


def photo(
    path: Path,
    *,
    taken: dt.datetime | None = None,
    size=(320, 240),
    seed: int = 0,
    camera: str = "HUAWEI Mate 60",
    lat: float | None = 30.2531,
    lon: float | None = 120.1642,
    orientation: int | None = None,
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        media.make_jpeg(
            size[0],
            size[1],
            taken=taken,
            lat=lat,
            lon=lon,
            camera=camera,
            orientation=orientation,
            seed=seed,
            color=(seed * 30 % 256, 90, 140),
        )
    )
    return path


def png_bomb(path: Path, width: int = 50_000, height: int = 50_000) -> Path:
    """A tiny PNG whose header claims ``width``×``height`` pixels (never decoded in full by the tests)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key. Qt's test keyboard maps only ASCII, so Chinese characters
    are sent as key events carrying their text (what an input method delivers on commit)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )
