"""The UI finds a font that really covers Chinese: system fonts first, then the configured file."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QFont

from ui import fonts
from ui.login import LoginDialog

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def test_application_font_covers_the_app_name(qapp, _cjk_font):
    assert _cjk_font.source == "system"
    assert fonts.covers(qapp.font(), "城管执法现场检查与案件系统")


def test_login_dialog_text_is_drawn_with_a_cjk_font(qtbot, station):
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    for label in (dialog.findChild(type(dialog.message), "appTitle"), dialog.message):
        assert fonts.covers(label.font(), "城管执法现场检查与案件系统登录用户名密码")


def test_covers_is_false_for_a_latin_only_font(qapp):
    if "DejaVu Sans" not in fonts.QFontDatabase.families():
        pytest.skip("DejaVu Sans not installed")
    assert not fonts.covers(QFont("DejaVu Sans"), "城管")
    assert fonts.covers(QFont("DejaVu Sans"), "Inspector")


def test_configured_font_file_is_used_when_no_system_family_matches(qapp):
    if not os.path.exists(WQY):
        pytest.skip("WenQuanYi Micro Hei file not installed")
    before = qapp.font()
    try:
        report = fonts.ensure_cjk_font(qapp, font_path=WQY, candidates=(), scan_all=False)
        assert report.ok and report.source == "configured"
        assert fonts.covers(qapp.font())
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/nonexistent/font.ttf", "configured_missing"),
        (DEJAVU, "configured_unusable"),
    ],
)
def test_no_usable_font_is_reported_clearly(qapp, path, problem):
    if problem == "configured_unusable" and not os.path.exists(DEJAVU):
        pytest.skip("DejaVu Sans file not installed")
    before = qapp.font()
    try:
        report = fonts.ensure_cjk_font(qapp, font_path=path, candidates=(), scan_all=False)
    finally:
        qapp.setFont(before)
    assert not report.ok and report.problem == problem
    text = fonts.describe(report)
    assert "未找到中文字体" in text and "No Chinese font" in text and path in text


def test_nothing_configured_and_nothing_installed_says_so(qapp):
    report = fonts.ensure_cjk_font(qapp, candidates=(), scan_all=False)
    assert report == fonts.FontReport(None, "none", problem="none")
    assert "ui.font_path" in fonts.describe(report)
