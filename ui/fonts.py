"""Find and install a font that covers Chinese: system fonts first, then the configured font file."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

# The text every UI font must cover: the application's own name.
SAMPLE = "城管执法现场检查与案件系统"

# Preferred families, best first: what Windows station PCs ship, then common Linux and macOS CJK fonts.
PREFERRED = (
    "Microsoft YaHei",
    "微软雅黑",
    "Microsoft YaHei UI",
    "SimSun",
    "宋体",
    "NSimSun",
    "FangSong",
    "仿宋",
    "SimHei",
    "黑体",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)


class FontReport(NamedTuple):
    """What :func:`ensure_cjk_font` found (a named tuple rather than a dataclass: cheaper to define at start-up).

    Attributes:
        family: the family now used as the application font, or None when no font covers Chinese.
        source: ``"system"``, ``"configured"`` or ``"none"``.
        path: the configured font file, when one was given.
        problem: ``None``, or a code: ``"configured_missing"`` (the file does not exist),
            ``"configured_unusable"`` (not a font, or it lacks Chinese), ``"none"`` (nothing found).
    """

    family: str | None
    source: str
    path: str | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.family is not None


def covers(font: QFont, text: str = SAMPLE) -> bool:
    """Whether ``font`` itself (not a fallback) has a glyph for every non-space character of ``text``."""
    raw = QRawFont.fromFont(font)
    chars = [ord(ch) for ch in text if not ch.isspace()]
    if raw.isValid():
        return all(raw.supportsCharacter(c) for c in chars)
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(c) for c in chars)


def _family_covers(family: str) -> bool:
    font = QFont(family)
    # QFont silently substitutes a default family when the name is unknown; insist on the exact one.
    return QFontDatabase.hasFamily(family) and covers(font)


def find_system_family(candidates: Iterable[str] = PREFERRED, *, scan_all: bool = True) -> str | None:
    """The first installed family of ``candidates`` covering :data:`SAMPLE`; with ``scan_all``, then any
    installed family that declares Simplified Chinese and really covers it."""
    installed = set(QFontDatabase.families())
    for family in candidates:
        if family in installed and _family_covers(family):
            return family
    if scan_all:
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
            if _family_covers(family):
                return family
    return None


def load_font_file(path: str) -> tuple[str | None, str | None]:
    """Register a font file; returns (family covering Chinese or None, problem code or None)."""
    if not path or not os.path.isfile(path):
        return None, "configured_missing"
    font_id = QFontDatabase.addApplicationFont(path)
    if font_id < 0:
        return None, "configured_unusable"
    for family in QFontDatabase.applicationFontFamilies(font_id):
        if covers(QFont(family)):
            return family, None
    return None, "configured_unusable"


def ensure_cjk_font(
    app: QApplication,
    *,
    font_path: str | None = None,
    candidates: Iterable[str] = PREFERRED,
    scan_all: bool = True,
) -> FontReport:
    """Make the application font one that covers Chinese and say where it came from.

    System fonts are tried first, then ``font_path`` (the ``ui.font_path`` setting). The point size of
    the platform's default font is kept.
    """
    family = find_system_family(candidates, scan_all=scan_all)
    report: FontReport
    if family:
        report = FontReport(family, "system", path=font_path or None)
    elif font_path:
        family, problem = load_font_file(font_path)
        report = (
            FontReport(family, "configured", path=font_path)
            if family
            else FontReport(None, "none", path=font_path, problem=problem)
        )
    else:
        report = FontReport(None, "none", problem="none")
    if report.family:
        font = QFont(app.font())
        font.setFamilies([report.family])
        app.setFont(font)
    return report


def describe(report: FontReport) -> str:
    """A message for the user when no Chinese font was found (bilingual: Chinese may not render)."""
    if report.ok:
        return QApplication.translate("fonts", "界面字体：%1").replace("%1", report.family or "")
    if report.problem == "configured_missing":
        detail = QApplication.translate(
            "fonts", "设置的字体文件不存在：%1 / Configured font file not found: %1"
        )
    elif report.problem == "configured_unusable":
        detail = QApplication.translate(
            "fonts", "设置的字体文件不可用或不含中文：%1 / Configured font is unusable or lacks Chinese: %1"
        )
    else:
        detail = ""
    head = QApplication.translate(
        "fonts",
        "未找到中文字体，界面文字可能无法显示。请安装中文字体（如文泉驿微米黑、微软雅黑），"
        "或在设置 ui.font_path 中指定字体文件。\n"
        "No Chinese font found: install one (e.g. fonts-wqy-microhei) or set ui.font_path.",
    )
    return head + ("\n" + detail.replace("%1", report.path or "") if detail else "")
