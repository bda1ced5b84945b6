"""Reading a JSON file a person hands in (a benchmark catalogue, a holiday calendar, a rubric, a clue, document
fields): the one place that decides its size limit, its encodings and its nesting limit, for the CLI and the
GUI alike. Each failure is a :class:`JsonFileError` with a reason code; an interface words it.

Encodings: UTF-8, with or without the byte-order mark Windows Notepad writes, and — when the bytes are not
UTF-8 — GB18030, the encoding a Chinese Windows program writes as "ANSI" (a superset of GBK and GB2312).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from inspector.errors import Error

MAX_BYTES = 64 << 20
MAX_DEPTH = 64


class JsonFileError(Error):
    """The file cannot be taken; ``reason`` is one of ``unreadable`` (``strerror``), ``too_large`` (``limit``
    in bytes), ``not_text``, ``not_json`` (``line``, ``column``), ``too_deep`` (``limit``); ``path`` names
    the file. Nothing was imported."""

    code = "json_file"

    def __init__(self, reason: str, path: str | Path, **data: object) -> None:
        super().__init__(f"{path}: {reason}", reason=reason, path=str(path), **data)
        self.reason = reason
        self.path = str(path)


def read(path: str | Path, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value in the file at ``path``, checked before anything is parsed: size, encoding, syntax,
    nesting (NaN and Infinity, which JSON does not have, count as a syntax error)."""
    file = Path(path)
    try:
        if file.stat().st_size > max_bytes:
            raise JsonFileError("too_large", path, limit=max_bytes)
        raw = file.read_bytes()
    except OSError as exc:
        raise JsonFileError("unreadable", path, strerror=exc.strerror or str(exc)) from exc
    text = decode(raw)
    if text is None:
        raise JsonFileError("not_text", path)
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JsonFileError("not_json", path, line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise JsonFileError("too_deep", path, limit=max_depth) from exc
    except ValueError as exc:  # NaN or Infinity
        raise JsonFileError("not_json", path) from exc
    if depth(data, max_depth) > max_depth:
        raise JsonFileError("too_deep", path, limit=max_depth)
    return data


def decode(raw: bytes) -> str | None:
    """The text of ``raw``: UTF-8 (a leading byte-order mark dropped), else GB18030; None when it is neither
    (or holds a NUL byte, which no text file a person writes has)."""
    if b"\x00" in raw:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply ``value`` nests (a scalar is 1), counted no further than one past ``limit``."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > limit:
            break
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest
