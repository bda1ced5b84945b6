"""Typed errors become Chinese sentences through one helper; bugs go to the one crash dialog."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from db import errors as db_errors
from inspector import errors
from ui import messages


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (errors.ValidationError([errors.Problem("name", "required", "姓名不能为空")]), "姓名不能为空"),
        (errors.PermissionDenied(role="officer", action="case.approve"), "执法队员"),
        (errors.AuthenticationError("bad"), "用户名或密码错误"),
        (errors.AccountLocked(username="officer", until="2026-11-21T06:00:00Z"), "2026-11-21 14:00"),
        (
            errors.GuardRefused(
                rule="cert", article="《行政处罚法》第四十二条", message="执法证已过期", hint="更换执法人员"
            ),
            "第四十二条",
        ),
        (errors.Conflict("x"), "已被他人修改"),
        (errors.NotFound(entity="cases", key="c1"), "找不到该记录"),
        (errors.StationError("x", code="no_station", path="/d"), "inspector init"),
        (errors.StationError("x", code="too_new", found=99, supported=1, path="/d"), "更新版本"),
        (errors.StationError("x", code="corrupt", path="/d/station.sqlite"), "损坏"),
        # a restore that failed names the cause in words, not the system's English ("File exists")
        (errors.StationError("x", code="restore_failed", path="/d", errno=17), "目标位置已有同名文件"),
        (errors.StationError("x", code="backup_invalid", path="/b.zip", reason="size"), "不是有效的备份文件"),
        (db_errors.DatabaseLockedError("x"), "占用"),
        (db_errors.DiskFullError("x"), "磁盘已满"),
    ],
)
def test_typed_errors_are_described_in_chinese(exc, expected):
    text = messages.describe(exc)
    assert text is not None and expected in text


def test_a_bug_has_no_description():
    assert messages.describe(KeyError("oops")) is None


def test_show_error_for_a_typed_error_is_a_warning(qtbot, close_boxes):
    box = messages.show_error(None, errors.AuthenticationError("bad"))
    assert box.icon() == QMessageBox.Icon.Warning
    assert "用户名或密码错误" in box.text()
    assert box.isVisible()


def test_fallback_box_words_a_typed_error_without_ui_messages(qtbot, monkeypatch):
    """When ``ui.messages`` cannot be imported the fallback still says what happened, in the core's words."""
    from PySide6.QtWidgets import QWidget

    from ui import errors_fallback

    screen = QWidget()
    qtbot.addWidget(screen)
    screen.show()
    monkeypatch.setitem(sys.modules, "ui.messages", None)  # makes ``from ui.messages import …`` fail
    errors_fallback.show_error(screen, errors.AccountLocked(username="officer", until="2026-11-21T06:00:00Z"))
    (box,) = screen.findChildren(QMessageBox)
    assert box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert "账户 officer 因多次登录失败已锁定" in box.text()


def test_a_bug_opens_one_crash_dialog_with_the_traceback(qtbot, close_boxes):
    def broken():
        return {}["missing"]

    try:
        broken()
    except KeyError as exc:
        first = messages.show_error(None, exc)
    assert first.objectName() == "crashDialog"
    assert "草稿" in first.text()  # the user is told their work is kept
    assert "broken" in first.detailedText() and "KeyError" in first.detailedText()
    second = messages.show_error(None, ValueError("again"))
    assert second is first, "a second bug must not stack another crash dialog"
    assert "ValueError" in first.detailedText()
    assert len([b for b in close_boxes() if b.objectName() == "crashDialog"]) == 1


def test_excepthook_routes_uncaught_exceptions_to_the_crash_dialog(qtbot, close_boxes, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    messages.install_excepthook()
    try:
        raise RuntimeError("unexpected")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    boxes = [b for b in close_boxes() if b.objectName() == "crashDialog"]
    assert boxes and "RuntimeError: unexpected" in boxes[0].detailedText()
    assert "RuntimeError" in capsys.readouterr().err  # still logged to the terminal
