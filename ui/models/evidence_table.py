"""Evidence of one inspection: stored rows plus files waiting to be imported when the inspection is saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPixmap

from inspector import clock

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    QT_TRANSLATE_NOOP("EvidenceTableModel", "文件"),
    QT_TRANSLATE_NOOP("EvidenceTableModel", "拍摄时间"),
    "GPS",
    QT_TRANSLATE_NOOP("EvidenceTableModel", "相机"),
    "SHA-256",
)
COL_FILE, COL_TAKEN, COL_GPS, COL_CAMERA, COL_SHA = range(len(COLUMNS))
THUMB = QSize(64, 48)

_Index = QModelIndex | QPersistentModelIndex


class EvidenceTableModel(QAbstractTableModel):
    """Rows are evidence dicts (from the database) or ``{"pending": True, "path": ...}`` for files not yet saved."""

    def __init__(self, thumb_for=None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._thumb_for = thumb_for  # sha256 -> Path | None (cached thumbnail file)
        self._pixmaps: dict[str, QPixmap] = {}

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_pending(self, paths: list[Path]) -> None:
        known = {r.get("path") for r in self._rows if r.get("pending")}
        new = [
            {"pending": True, "path": str(p), "filename": Path(p).name} for p in paths if str(p) not in known
        ]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def pending_paths(self) -> list[str]:
        return [r["path"] for r in self._rows if r.get("pending")]

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(str(COLUMNS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RecordRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if row.get("pending"):
                return (
                    row["filename"]
                    if col == COL_FILE
                    else (self.tr("保存后导入") if col == COL_TAKEN else "")
                )
            if col == COL_FILE:
                return row["filename"]
            if col == COL_TAKEN:
                return _local(row.get("taken_at")) or self.tr("（无拍摄时间）")
            if col == COL_GPS:
                if row.get("latitude") is None:
                    return ""
                return f"{row['latitude']:.5f}, {row['longitude']:.5f}"
            if col == COL_CAMERA:
                return row.get("camera") or ""
            if col == COL_SHA:
                return row["sha256"][:16] + "…"
        if role == SortRole:
            return row.get(
                {
                    COL_FILE: "filename",
                    COL_TAKEN: "taken_at",
                    COL_GPS: "latitude",
                    COL_CAMERA: "camera",
                    COL_SHA: "sha256",
                }[col]
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SHA and not row.get("pending"):
            return row["sha256"]
        if (
            role == Qt.ItemDataRole.DecorationRole
            and col == COL_FILE
            and not row.get("pending")
            and row.get("kind") == "photo"
            and self._thumb_for is not None
        ):
            sha = row["sha256"]
            if sha not in self._pixmaps:
                path = self._thumb_for(sha)
                pm = QPixmap(str(path)) if path else QPixmap()
                self._pixmaps[sha] = (
                    pm.scaled(
                        THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                    if not pm.isNull()
                    else pm
                )
            return self._pixmaps[sha] if not self._pixmaps[sha].isNull() else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return (
            dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
            .astimezone(clock.LOCAL_TZ)
            .strftime("%Y-%m-%d %H:%M:%S")
        )
    except ValueError:
        return iso
