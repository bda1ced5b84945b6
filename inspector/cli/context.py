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
