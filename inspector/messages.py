"""Plain words for typed errors and environment failures: one line each, no Qt.

The CLI prints them; the UI's fallback error box shows them when ``ui.messages`` (the translated, richer words)
is not available. The core raises errors with data; this module is the one place outside the UI that turns
them into text.
"""

from __future__ import annotations

import json

from db import errors as db_errors
from inspector import errors


def describe_error(exc: Exception) -> str:
    """One line of text for a typed error."""
    if isinstance(exc, errors.ValidationError):
        return "；".join(p.message for p in exc.problems)
    if isinstance(exc, errors.PermissionDenied):
        return f"当前角色（{exc.role}）无权执行此操作（{exc.action}）"
    if isinstance(exc, errors.AccountLocked):
        return f"账户 {exc.username} 因多次登录失败已锁定，至 {exc.until} 解锁"
    if isinstance(exc, errors.AuthenticationError):
        return "用户名或密码错误"
    if isinstance(exc, errors.GuardRefused):
        hint = f"（{exc.hint}）" if exc.hint else ""
        return f"{exc}［{exc.article}］{hint}"
    if isinstance(exc, errors.StationError):
        code = exc.data.get("code")
        if code == "no_station":
            return f"{exc.data.get('path')} 中没有站点数据库；先运行 inspector init 或 inspector demo"
        if code == "too_new":
            return (
                f"数据库由更新版本的程序创建（架构版本 {exc.data.get('found')}，本程序支持到 "
                f"{exc.data.get('supported')}）；请升级程序，数据库未被改动"
            )
        if code == "corrupt":
            return f"数据库文件损坏或不是站点数据库：{exc.data.get('path')}（{exc.data.get('detail')}）；文件未被改动"
        if code == "backup_invalid":
            reason = _BACKUP_INVALID.get(str(exc.data.get("reason")), _BACKUP_INVALID["not_zip"])
            return reason.format_map(_Blank(exc.data))
        if code in ("backup_failed", "restore_failed"):
            return _STATION_MESSAGES[code].format_map(
                _Blank({**exc.data, "why": os_reason(exc.data.get("errno"))})
            )
        if code == "disk_full" and exc.data.get("need") is not None:
            return (
                f"磁盘空间不足：恢复需要 {_megabytes(exc.data['need'])}，{exc.data.get('path')} 所在磁盘只剩 "
                f"{_megabytes(exc.data.get('free') or 0)}；请清理磁盘或恢复到另一个磁盘上的目录"
            )
        message = _STATION_MESSAGES.get(str(code))
        if message:
            return message.format_map(_Blank(exc.data))
    return str(exc)


def describe_failure(exc: BaseException) -> str | None:
    """One line for an environment or input failure that is not a domain error; None for a bug."""
    if isinstance(exc, db_errors.DatabaseCorruptError):
        return f"数据库文件损坏：{exc.path}（{exc.detail}）；请运行 inspector check，必要时从备份恢复"
    if isinstance(exc, db_errors.EmptyDatabaseError):
        return _STATION_MESSAGES["empty_file"].format(path=exc.path)
    if isinstance(exc, db_errors.ReadOnlyError):
        return f"数据目录或数据库无法写入（只读介质或没有权限）：{exc.path}"
    if isinstance(exc, db_errors.DatabaseTooNewError):
        return (
            f"数据库由更新版本的程序创建（架构版本 {exc.found}，本程序支持到 {exc.supported}）；"
            "请升级程序，数据库未被改动"
        )
    if isinstance(exc, db_errors.DatabaseLockedError):
        return "数据库正被其他程序占用，请稍后重试"
    if isinstance(exc, db_errors.DiskFullError):
        return "磁盘已满，操作未完成；请清理磁盘空间后重试"
    if isinstance(exc, db_errors.NotFoundError):
        return f"找不到记录：{exc.table} {exc.key}"
    if isinstance(exc, db_errors.StaleVersionError):
        return "记录已被他人修改，请重新读取后再试"
    if isinstance(exc, PermissionError):
        return f"没有权限访问：{exc.filename or ''}（{exc.strerror or exc}）"
    if isinstance(exc, FileNotFoundError):
        return f"找不到文件或目录：{exc.filename or ''}"
    if isinstance(exc, IsADirectoryError | NotADirectoryError):
        return f"路径类型不对（文件与目录混淆）：{exc.filename or ''}"
    if isinstance(exc, OSError) and exc.errno == 28:
        return "磁盘已满，操作未完成；请清理磁盘空间后重试"
    if isinstance(exc, OSError) and exc.errno == 30:
        return f"只读文件系统，无法写入：{exc.filename or ''}"
    if isinstance(exc, OSError):
        return f"文件操作失败：{exc.filename or ''}（{exc.strerror or exc}）"
    if isinstance(exc, RecursionError):
        return "输入嵌套层次过深，已拒绝"
    if isinstance(exc, MemoryError):
        return "输入过大，内存不足，已拒绝"
    if isinstance(exc, UnicodeError):
        return f"文本编码无效（应为 UTF-8）：{exc}"
    if isinstance(exc, json.JSONDecodeError):
        return f"JSON 格式错误：第 {exc.lineno} 行第 {exc.colno} 列（{exc.msg}）"
    return None


def os_reason(errno: object) -> str:
    """Why a file operation failed, in words, from its ``errno`` (the system's own text is English on many PCs)."""
    import errno as codes

    return {
        codes.EEXIST: "目标位置已有同名文件",
        codes.EACCES: "没有写入权限",
        codes.EPERM: "没有写入权限",
        codes.ENOSPC: "磁盘已满",
        codes.EROFS: "介质只读",
        codes.ENOENT: "文件夹不存在或已被移走",
        codes.ENAMETOOLONG: "路径过长",
        codes.EIO: "读写磁盘出错（介质可能损坏或已拔出）",
    }.get(errno if isinstance(errno, int) else -1, "文件读写出错")


def _megabytes(size: object) -> str:
    try:
        return f"{int(size) / 1e6:.1f} MB"  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return "?"


class _Blank(dict):
    """Format values; a field the error did not carry prints as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


_STATION_MESSAGES = {
    "backup_exists": "备份文件已存在，不会覆盖：{path}；请换一个文件名，或只给出文件夹（自动取带日期的文件名）",
    "backup_inside": "备份文件不能放在数据目录里（备份会把自己也包含进去）：{path}；请选数据目录以外的位置，最好在另一块磁盘上",
    "backup_folder_missing": "文件夹不存在：{path}；请先创建该文件夹，或换一个位置",
    "backup_failed": "备份失败（{why}），未留下不完整的文件：{path}；请检查该位置后重试，或换一个文件夹",
    "backup_missing": "找不到备份文件：{path}；请检查文件名和所在位置",
    "backup_too_new": "备份由更新版本的程序创建，请先升级程序：{path}",
    "backup_damaged": "备份文件已损坏（{member} 与清单不符），未恢复任何内容：{path}；请换用另一份备份",
    "restore_not_empty": "只能恢复到空的数据目录，{path} 不是空的（请另选一个新目录）",
    "restore_failed": "恢复失败（{why}），数据目录未被创建：{path}；请检查该位置后重试，或恢复到另一个新目录",
    "disk_full": "磁盘空间不足：{path}；请清理磁盘空间后重试",
    "unwritable": "数据目录无法写入：{path}（{detail}）",
    "unreadable": "数据目录无法读取：{path}（{detail}）",
    "empty_file": "站点数据库文件为空（0 字节），可能是复制中断；文件未被改动，请从备份恢复：{path}",
    "not_a_directory": "数据目录不是文件夹：{path}",
    "locked": "数据库正被其他程序占用，请稍后重试：{path}",
}
# Why a file is not a usable backup (StationError code backup_invalid, its ``reason``), and what to do.
_BACKUP_INVALID = {
    "not_zip": "{path} 不是 Inspector 备份文件（不是 zip 文件，或复制时中断）；请选用 inspector backup 写出的 .zip 文件",
    "folder": "{path} 是文件夹，不是备份文件；请给出其中的备份文件（inspector-backup-….zip）",
    "no_manifest": "{path} 不是 Inspector 备份文件（没有备份清单）；请选用 inspector backup 写出的 .zip 文件",
    "not_backup": "{path} 不是 Inspector 备份文件（清单不是本系统的）；请选用 inspector backup 写出的 .zip 文件",
    "bad_manifest": (
        "{path} 不是 Inspector 备份文件或已损坏（备份清单不合规：路径不安全、重复或无法读取）；请换用另一份备份"
    ),
    "size": "{path} 不是有效的 Inspector 备份文件：清单声明的大小超过文件本身，不可信；请换用另一份备份",
}
