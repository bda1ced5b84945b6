"""The one place that turns typed errors into words for the user; anything else is a bug for the crash dialog."""

from __future__ import annotations

import datetime as dt
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from db import errors as db_errors
from inspector import errors
from inspector.permissions import Role

if TYPE_CHECKING:
    # QMessageBox is imported where a box is made: PySide builds a class's enums on its first use, and the
    # first windows (login, main window) show no box.
    from PySide6.QtWidgets import QMessageBox


def role_label(role: Role | str) -> str:
    """The role's name in the UI language."""
    labels = {
        Role.OFFICER: QCoreApplication.translate("messages", "执法队员"),
        Role.SQUAD_LEADER: QCoreApplication.translate("messages", "中队长"),
        Role.LEGAL_REVIEWER: QCoreApplication.translate("messages", "法制审核员"),
        Role.SUPERVISOR: QCoreApplication.translate("messages", "督察/大队领导"),
        Role.ADMIN: QCoreApplication.translate("messages", "系统管理员"),
    }
    try:
        return labels[Role(role)]
    except ValueError:
        return str(role)


def local_time(iso: str) -> str:
    """A UTC ISO timestamp as local wall-clock text (``2026-11-21 14:05``)."""
    from inspector import clock

    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return str(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(clock.LOCAL_TZ).strftime("%Y-%m-%d %H:%M")


def describe(exc: BaseException) -> str | None:
    """Words for a known (typed) error, or None when ``exc`` is a bug."""
    if isinstance(exc, errors.ValidationError):
        from ui.translations import problem_text

        return "\n".join(problem_text(p) for p in exc.problems) or QCoreApplication.translate(
            "messages", "输入有误，请检查后重试。"
        )
    if isinstance(exc, errors.PermissionDenied):
        return (
            QCoreApplication.translate("messages", "当前角色（%1）无权执行此操作（%2）。")
            .replace("%1", role_label(exc.role))
            .replace("%2", exc.action)
        )
    if isinstance(exc, errors.AccountLocked):
        return (
            QCoreApplication.translate(
                "messages", "账户 %1 因多次登录失败已被锁定，请于 %2 之后再试，或请管理员解锁。"
            )
            .replace("%1", exc.username)
            .replace("%2", local_time(exc.until))
        )
    if isinstance(exc, errors.AuthenticationError):
        return QCoreApplication.translate("messages", "用户名或密码错误。")
    if isinstance(exc, errors.GuardRefused):
        # words the core declares are shown in the UI language: a guard's message given as a template and
        # codes, a fixed message collected for translation, a citation (other words as the core gives them)
        from ui.translations import citation, workflow_message, workflow_text

        text = (
            QCoreApplication.translate("messages", "%1（依据：%2）")
            .replace("%1", workflow_message(*exc.parts) if exc.parts else workflow_text(str(exc)))
            .replace("%2", citation(exc.article))
        )
        hint = workflow_message(*exc.hint_parts) if exc.hint_parts else workflow_text(exc.hint)
        if hint:
            text += "\n" + QCoreApplication.translate("messages", "建议：%1").replace("%1", hint)
        return text
    if isinstance(exc, errors.NotFound):
        return (
            QCoreApplication.translate("messages", "找不到该记录（%1 %2），可能已被删除。")
            .replace("%1", exc.entity)
            .replace("%2", exc.key)
        )
    if isinstance(exc, errors.Conflict):
        return QCoreApplication.translate("messages", "该记录已被他人修改，请刷新后再保存。您的输入未丢失。")
    if isinstance(exc, errors.StationError):
        return _station_error(exc)
    if isinstance(exc, errors.Error):
        return str(exc)
    return _storage_error(exc)


def _station_error(exc: errors.StationError) -> str:
    code, data = exc.data.get("code"), exc.data
    path = str(data.get("path", ""))
    if code == "no_station":
        return QCoreApplication.translate(
            "messages",
            "数据目录 %1 中还没有站点。\n请先在命令行运行 “inspector init” 创建站点，"
            "或运行 “inspector demo” 创建演示站点。",
        ).replace("%1", path)
    if code == "too_new":
        return (
            QCoreApplication.translate(
                "messages",
                "站点数据库由更新版本的程序创建（数据库版本 %1，本程序支持到 %2）。\n"
                "请升级本程序；数据库未被改动。",
            )
            .replace("%1", str(data.get("found")))
            .replace("%2", str(data.get("supported")))
        )
    if code == "corrupt":
        return QCoreApplication.translate(
            "messages", "站点数据库文件损坏或不是站点数据库：%1\n请从备份恢复，或联系管理员。"
        ).replace("%1", path)
    if code == "unwritable":
        return QCoreApplication.translate(
            "messages", "无法使用数据目录 %1（没有写权限或磁盘不可用）。"
        ).replace("%1", path)
    if code == "not_a_directory":
        return QCoreApplication.translate("messages", "数据目录 %1 不是文件夹。").replace("%1", path)
    if code == "locked":
        return QCoreApplication.translate("messages", "站点数据库正被其他程序占用，请稍后重试：%1").replace(
            "%1", path
        )
    if code == "disk_full":
        return QCoreApplication.translate("messages", "磁盘已满：%1\n请清理磁盘空间后重试。").replace(
            "%1", path
        )
    if code == "empty_file":
        return QCoreApplication.translate(
            "messages", "站点数据库文件为空（0 字节），可能是复制中断：%1\n文件未被改动，请从备份恢复。"
        ).replace("%1", path)
    if code == "backup_exists":
        return QCoreApplication.translate(
            "messages", "备份文件已存在，不会覆盖：%1\n请换一个文件名，或只选文件夹（自动取带日期的文件名）。"
        ).replace("%1", path)
    if code in ("backup_failed", "backup_folder_missing", "disk_full"):
        return QCoreApplication.translate(
            "messages", "备份失败（文件夹不存在、无写权限或磁盘已满）：%1\n没有留下不完整的备份文件。"
        ).replace("%1", path)
    if code == "backup_missing":
        return QCoreApplication.translate("messages", "找不到备份文件：%1").replace("%1", path)
    if code == "backup_invalid" and data.get("reason") in ("size", "bad_manifest"):
        return QCoreApplication.translate(
            "messages",
            "备份清单不可信或已损坏（声明的大小超过文件本身，或内容无法读取），不是有效的备份文件：%1\n请换用另一份备份。",
        ).replace("%1", path)
    if code == "backup_invalid":
        return QCoreApplication.translate(
            "messages", "这不是 Inspector 的备份文件，或文件不完整（可能复制时中断）：%1"
        ).replace("%1", path)
    if code == "backup_damaged":
        return (
            QCoreApplication.translate(
                "messages", "备份文件已损坏或被改动（%2 与备份清单不符），未恢复任何内容：%1"
            )
            .replace("%1", path)
            .replace("%2", str(data.get("member", "")))
        )
    if code == "backup_too_new":
        text = QCoreApplication.translate(
            "messages", "这个备份由更新版本的程序创建，请先把本程序升级到同一版本再恢复：%1"
        ).replace("%1", path)
        if data.get("found") is not None:
            text += (
                QCoreApplication.translate("messages", "（数据库版本 %1，本程序支持到 %2）")
                .replace("%1", str(data.get("found")))
                .replace("%2", str(data.get("supported")))
            )
        return text
    if code == "restore_not_empty":
        return QCoreApplication.translate(
            "messages", "只能恢复到空的数据目录，%1 中已有文件；为免覆盖数据，未做任何改动。"
        ).replace("%1", path)
    if code == "restore_failed":
        return (
            QCoreApplication.translate(
                "messages", "恢复失败（%2），数据目录未被创建：%1\n请检查该位置后重试，或恢复到另一个新目录。"
            )
            .replace("%1", path)
            .replace("%2", os_reason(data.get("errno")))
        )
    if code == "restore_cancelled":
        return QCoreApplication.translate("messages", "恢复已取消，数据目录未被改动：%1").replace("%1", path)
    return str(exc)


def os_reason(errno: object) -> str:
    """Why a file operation failed, from its ``errno``, in the UI language (the system's text may be English)."""
    import errno as codes

    words = {
        codes.EEXIST: QCoreApplication.translate("messages", "目标位置已有同名文件"),
        codes.EACCES: QCoreApplication.translate("messages", "没有写入权限"),
        codes.EPERM: QCoreApplication.translate("messages", "没有写入权限"),
        codes.ENOSPC: QCoreApplication.translate("messages", "磁盘已满"),
        codes.EROFS: QCoreApplication.translate("messages", "介质只读"),
        codes.ENOENT: QCoreApplication.translate("messages", "文件夹不存在或已被移走"),
        codes.ENAMETOOLONG: QCoreApplication.translate("messages", "路径过长"),
        codes.EIO: QCoreApplication.translate("messages", "读写磁盘出错（介质可能损坏或已拔出）"),
    }
    other = QCoreApplication.translate("messages", "文件读写出错")
    return words.get(errno, other) if isinstance(errno, int) else other


def _storage_error(exc: BaseException) -> str | None:
    if isinstance(exc, db_errors.DatabaseLockedError):
        return QCoreApplication.translate("messages", "数据库正被其他程序占用，请稍后重试。您的输入未丢失。")
    if isinstance(exc, db_errors.DiskFullError):
        return QCoreApplication.translate(
            "messages", "磁盘已满，无法保存。请清理磁盘空间后重试；您的输入未丢失。"
        )
    if isinstance(exc, db_errors.DatabaseTooNewError):
        return (
            QCoreApplication.translate(
                "messages",
                "站点数据库由更新版本的程序创建（数据库版本 %1，本程序支持到 %2）。\n"
                "请升级本程序；数据库未被改动。",
            )
            .replace("%1", str(exc.found))
            .replace("%2", str(exc.supported))
        )
    if isinstance(exc, db_errors.DatabaseCorruptError):
        return QCoreApplication.translate(
            "messages", "站点数据库文件损坏或不是站点数据库：%1\n请从备份恢复，或联系管理员。"
        ).replace("%1", exc.path)
    if isinstance(exc, db_errors.ReadOnlyError):
        return QCoreApplication.translate("messages", "无法写入站点数据库（只读介质或没有权限）：%1").replace(
            "%1", exc.path
        )
    if isinstance(exc, db_errors.EmptyDatabaseError):
        return QCoreApplication.translate(
            "messages", "站点数据库文件为空（0 字节），可能是复制中断：%1\n文件未被改动，请从备份恢复。"
        ).replace("%1", exc.path)
    if isinstance(exc, db_errors.NotFoundError):
        return (
            QCoreApplication.translate("messages", "找不到该记录（%1 %2），可能已被删除。")
            .replace("%1", exc.table)
            .replace("%2", str(exc.key))
        )
    if isinstance(exc, db_errors.StaleVersionError):
        return QCoreApplication.translate("messages", "该记录已被他人修改，请刷新后再保存。您的输入未丢失。")
    if isinstance(exc, db_errors.Error):
        return str(exc)
    return None


def show_error(parent: QWidget | None, exc: BaseException, *, wait: bool = False) -> QMessageBox:
    """Tell the user about ``exc``: a warning for typed errors, the crash dialog for bugs.

    Args:
        parent: the window the message belongs to (None at start-up).
        exc: the exception.
        wait: block until the user closes the message (start-up); otherwise the box opens window-modal
            and this returns at once.
    """
    text = describe(exc)
    if text is None:
        return show_crash(parent, exc, wait=wait)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("messages", "提示"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorMessage")
    box.setAccessibleName(QCoreApplication.translate("messages", "错误提示"))
    box.setAttribute(_delete_on_close())
    _show(box, wait)
    return box


def _delete_on_close():
    # Imported here: the first use of the Qt namespace builds all of its ~170 enum classes, a cost the
    # login dialog need not pay before it is shown.
    from PySide6.QtCore import Qt

    return Qt.WidgetAttribute.WA_DeleteOnClose


_crash_box: QMessageBox | None = None


def show_crash(parent: QWidget | None, exc: BaseException, *, wait: bool = False) -> QMessageBox:
    """The crash dialog: one at a time, the traceback in the details box, the user's drafts kept."""
    global _crash_box
    details = getattr(exc, "__traceback_text__", None) or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__)
    )
    if _crash_box is not None and _alive(_crash_box) and _crash_box.isVisible():
        _crash_box.setDetailedText(_crash_box.detailedText() + "\n" + details)
        return _crash_box
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "程序错误"),
        QCoreApplication.translate(
            "messages",
            "程序遇到了一个内部错误。\n您正在填写的内容已自动保存为草稿，不会丢失。"
            "请把“显示详细信息”中的内容发给管理员。",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("crashDialog")
    box.setAccessibleName(QCoreApplication.translate("messages", "程序错误"))
    box.setDetailedText(details)
    box.setAttribute(_delete_on_close())
    _crash_box = box
    _show(box, wait)
    return box


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


def _show(box: QMessageBox, wait: bool) -> None:
    if wait:
        box.exec()
    else:
        box.open()


def install_excepthook() -> None:
    """Route uncaught exceptions in Qt callbacks to the crash dialog (the application keeps running)."""
    import sys

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        sys.__excepthook__(exc_type, exc, tb)  # keep it in the terminal / log as well
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
