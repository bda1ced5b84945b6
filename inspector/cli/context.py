"""Shared plumbing for CLI commands: opening the station, logging in, printing tables and JSON."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from inspector.station import Session, Station


class UserError(Exception):
    """A problem the user must fix; printed as one line, exit code 1."""


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


def read_json_file(path: str, *, what: str) -> Any:
    """A JSON file a person hands to a command (see :mod:`inspector.jsonfile`), each failure one line."""
    from inspector import jsonfile

    try:
        return jsonfile.read(path)
    except jsonfile.JsonFileError as exc:
        raise UserError(json_file_message(exc, what)) from exc


def json_file_message(exc: Any, what: str) -> str:
    """One line for a :class:`inspector.jsonfile.JsonFileError` (``what`` names the kind of file)."""
    path, data = exc.path, exc.data
    if exc.reason == "too_large":
        return f"{what} {path} 过大（超过 {int(data['limit']) >> 20} MB）；未导入任何内容"
    if exc.reason == "unreadable":
        return f"无法读取{what} {path}：{data.get('strerror')}"
    if exc.reason == "not_text":
        return f"{what} {path} 不是 UTF-8 或 GB18030（GBK）编码的文本；未导入任何内容"
    if exc.reason == "too_deep":
        return f"{what} {path} 嵌套超过 {data['limit']} 层；未导入任何内容"
    where = (
        f"（第{data['line']}行第{data['column']}列）" if data.get("line") else "（含 NaN 等 JSON 没有的数值）"
    )
    return f"{what} {path} 不是有效的 JSON{where}；未导入任何内容"


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
