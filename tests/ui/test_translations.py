"""Every string goes through Qt's translation mechanism: a compiled translation changes what the UI shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ui.login import LoginDialog
from ui.translations import install_translators

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context><name>LoginDialog</name>
<message><source>登录</source><translation>Log in</translation></message>
<message><source>用户名(&amp;U)</source><translation>&amp;User name</translation></message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return found if Path(found).exists() else None


@pytest.fixture
def english(tmp_path, qapp):
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease not available")
    ts = tmp_path / "inspector_en.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([tool, str(ts), "-qm", str(tmp_path / "inspector_en.qm")], check=True, capture_output=True)
    translators = install_translators(qapp, QLocale("en"), directory=tmp_path)
    yield translators
    for t in translators:
        qapp.removeTranslator(t)


def test_an_english_translation_is_picked_up(qtbot, station, english):
    assert english, "the application translator was not installed"
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    assert dialog.submit.text() == "Log in"


def test_chinese_needs_no_translation_file_and_qt_buttons_are_chinese(qapp, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    translators = install_translators(qapp, QLocale("zh_CN"), directory=tmp_path)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().startswith("取消")
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_a_locale_without_a_translation_keeps_the_chinese_ui(qtbot, station, qapp, tmp_path):
    translators = install_translators(qapp, QLocale("fr"), directory=tmp_path)
    try:
        dialog = LoginDialog(station)
        qtbot.addWidget(dialog)
        assert dialog.submit.text() == "登录"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_ui_strings_are_extractable_for_translators(tmp_path):
    """``tr()`` strings must be found by pyside6-lupdate, or a translation cannot cover them."""
    import re

    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(tool).exists():
        pytest.skip("pyside6-lupdate not available")
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    ts = tmp_path / "all.ts"
    subprocess.run([tool, *sources, "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    contexts = {
        m.group(1): m.group(2)
        for m in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S)
    }
    for context, sample in (
        ("MainWindow", "法制审核"),
        ("messages", "用户名或密码错误。"),
        ("LoginDialog", "登录"),
        ("app", "城管执法现场检查与案件系统"),
        ("ChoicePage", "打开演示站点（示例数据，每个角色一个账户，密码 Demo2026）"),
        ("fonts", "未找到中文字体"),
    ):
        assert context in contexts and sample in contexts[context], (context, sample)


def test_sentences_run_together_in_chinese_and_take_a_space_in_english(qapp, login):
    """The 同步 screen's result joins its sentences: 甲。乙。 in Chinese, "A. B." in English."""
    from ui.screens.sync import Screen
    from ui.translations import apply_language, sentences

    counts = {"batches": 3, "rows": 40, "files": 2, "conflicts": 1}
    assert sentences(["甲。", "", "乙。"]) == "甲。乙。"
    screen = Screen(login("admin"))
    chinese = screen.push_text(counts)
    assert chinese.startswith("已发送 3 个批次、40 条记录、2 个证据文件。有 1 条记录与中心数据冲突"), chinese
    apply_language(qapp, "en")
    try:
        assert sentences(["A.", "", "B."]) == "A. B."
        english = Screen(login("admin")).push_text(counts)
    finally:
        apply_language(qapp, "zh_CN")
    assert english.startswith("Sent 3 batches, 40 records and 2 evidence files. 1 records conflict"), english
