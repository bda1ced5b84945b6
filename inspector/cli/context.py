"""Shared plumbing for CLI commands: opening the station, logging in, printing tables and JSON."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from db import errors as db_errors
from inspector import errors
from inspector.station import Session, Station


class UserError(Exception):
    """A problem the user must fix; printed as one line, exit code 1."""


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


class _Blank(dict):
    """Format values; a field the error did not carry prints as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


_STATION_MESSAGES = {
    "backup_exists": "备份文件已存在，不会覆盖：{path}",
    "backup_inside": "备份文件不能放在数据目录里（备份会把自己也包含进去）：{path}",
    "backup_folder_missing": "文件夹不存在：{path}",
    "backup_failed": "备份失败，未留下不完整的文件：{path}（{detail}）",
    "backup_missing": "找不到备份文件：{path}",
    "backup_invalid": "不是 Inspector 备份文件或文件已损坏：{path}（{detail}）",
    "backup_too_new": "备份由更新版本的程序创建，请先升级程序：{path}",
    "backup_damaged": "备份文件已损坏，{member} 与清单不符；未恢复任何内容：{path}",
    "restore_not_empty": "只能恢复到空的数据目录，{path} 不是空的（请另选一个新目录）",
    "restore_failed": "恢复失败，数据目录未被创建：{path}（{detail}）",
    "disk_full": "磁盘空间不足：{path}",
    "unwritable": "数据目录无法写入：{path}（{detail}）",
    "unreadable": "数据目录无法读取：{path}（{detail}）",
    "empty_file": "站点数据库文件为空（0 字节），可能是复制中断；文件未被改动，请从备份恢复：{path}",
    "not_a_directory": "数据目录不是文件夹：{path}",
    "locked": "数据库正被其他程序占用，请稍后重试：{path}",
}


class Context:
    """Lazily opened station and session for one command run."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._station: Station | None = None

    def station(self, *, create: bool = False) -> Station:
        if self._station is None:
            self._station = Station.open(self.args.data_dir, create=create)
        return self._station

    def session(self) -> Session:
        """Log in as ``--user``/``$INSPECTOR_USER`` with ``$INSPECTOR_PASSWORD`` or a prompt."""
        station = self.station()
        username = self.args.user or os.environ.get("INSPECTOR_USER")
        if not username:
            raise UserError("此命令需要登录：请用 --user 指定用户（或设置 INSPECTOR_USER）")
        password = os.environ.get("INSPECTOR_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise UserError("请设置 INSPECTOR_PASSWORD 或在终端中运行以输入密码")
            password = getpass.getpass(f"{username} 的密码：")
        return station.login(username, password)

    def close(self) -> None:
        if self._station is not None:
            self._station.close()
            self._station = None


JSON_MAX_BYTES = 64 << 20
JSON_MAX_DEPTH = 64


def read_json_file(path: str, *, what: str) -> Any:
    """A JSON file a person hands to a command: size, encoding and nesting checked, each failure one line."""
    from pathlib import Path

    file = Path(path)
    try:
        if file.stat().st_size > JSON_MAX_BYTES:
            raise UserError(f"{what} {path} 过大（超过 {JSON_MAX_BYTES >> 20} MB）；未导入任何内容")
        raw = file.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取{what} {path}：{exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{what} {path} 不是 UTF-8 编码的文本（第 {exc.start} 字节）；未导入任何内容"
        ) from exc
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{what} {path} 不是有效的 JSON（第{exc.lineno}行第{exc.colno}列：{exc.msg}）；未导入任何内容"
        ) from exc
    except (RecursionError, ValueError) as exc:
        raise UserError(f"{what} {path} 嵌套过深或数值无效；未导入任何内容") from exc
    if _depth(data) > JSON_MAX_DEPTH:
        raise UserError(f"{what} {path} 嵌套超过 {JSON_MAX_DEPTH} 层；未导入任何内容")
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > JSON_MAX_DEPTH:
            break
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    rows = list(rows)
    widths = [max([_width(c)] + [_width(str(r.get(c, "") or "")) for r in rows]) for c in columns]
    print("  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)))
    for r in rows:
        print("  ".join(_pad(str(r.get(c, "") or ""), w) for c, w in zip(columns, widths, strict=True)))


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
