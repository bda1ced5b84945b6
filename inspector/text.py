"""Validation of names and free text people type: no control characters, no bidi overrides, length limits.

A name (person, agency, squad, user) is one line: no control character at all. Free text (a situation, a
reason) may hold line breaks and tabs, nothing else below U+0020. Neither may hold the bidirectional
overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a printed document read differently
from what was stored, nor text that is not Unicode at all (lone surrogates: bytes from a terminal that is
not UTF-8). User names are NFKC-normalised, so the full-width ｏｆｆｉｃｅｒ and officer are one name.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Mapping
from typing import Any

from inspector import clock
from inspector.errors import Parts, Problem, ValidationError, Verbatim, chinese

USERNAME_MAX = 32
NAME_MAX = 100
SHORT_TEXT_MAX = 500
TEXT_MAX = 20_000
STORED_MAX = 1_000_000  # any one text value the station stores (the writer's backstop)
INT64 = 1 << 63

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FREE_TEXT_CONTROLS = frozenset("\t\n\r")


def problem_code(value: str, *, multiline: bool = False) -> str | None:
    """Why ``value`` cannot be stored as text: ``not_text``, ``nul``, ``control``, ``bidi``; None when it can."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "not_text"
    if "\x00" in value:
        return "nul"
    for ch in value:
        code = ord(ch)
        if code < 0x20 or 0x7F <= code <= 0x9F:
            if not (multiline and ch in _FREE_TEXT_CONTROLS):
                return "control"
        elif ch in BIDI_CONTROLS:
            return "bidi"
    return None


# What is wrong with a text, {0} being the field's name (templates an interface translates).
MESSAGES = {
    "not_text": "{0}含有无效字符（不是 UTF-8 文本）",
    "nul": "{0}含有空字符（NUL）",
    "control": "{0}含有控制字符",
    "bidi": "{0}含有文字方向控制符（可使打印内容与存储内容不一致）",
}


def _problem(field: str, code: str, template: str, *args: Any) -> Problem:
    """A problem whose words are a template and arguments (a field's name given as words to translate)."""
    return Problem(field, code, chinese((template, args)), parts=(template, args))


def problems(
    value: Any,
    *,
    field: str,
    label: str | Parts,
    max_len: int,
    multiline: bool = False,
    required: bool = False,
) -> list[Problem]:
    """Every problem of one text field (empty list when it is acceptable); ``label`` names the field, as fixed
    words or as a template and its arguments (``第3项（…）事项名称``)."""
    if value is None:
        value = ""
    name = label if isinstance(label, tuple) else (label, ())
    if not isinstance(value, str):
        return [_problem(field, "type", "{0}应为文字", name)]
    code = problem_code(value, multiline=multiline)
    if code:
        return [_problem(field, code, MESSAGES[code], name)]
    if required and not value.strip():
        return [_problem(field, "required", "{0}不能为空", name)]
    if len(value.strip()) > max_len:
        return [_problem(field, "too_long", "{0}不能超过{1}个字", name, max_len)]
    return []


def clean_name(value: Any, *, field: str, label: str, max_len: int = NAME_MAX, required: bool = True) -> str:
    """A one-line name, stripped; ValidationError naming the field otherwise."""
    found = problems(value, field=field, label=label, max_len=max_len, required=required)
    if found:
        raise ValidationError(found)
    return (value or "").strip()


def clean_text(value: Any, *, field: str, label: str, max_len: int = TEXT_MAX, required: bool = False) -> str:
    """Free text (line breaks allowed), stripped; ValidationError naming the field otherwise."""
    found = problems(value, field=field, label=label, max_len=max_len, multiline=True, required=required)
    if found:
        raise ValidationError(found)
    return (value or "").strip()


def parse_day(value: Any, field: str, problems: list[Problem], label: str) -> dt.date | None:
    """A date a person gives (``YYYY-MM-DD``, a date, or a moment taken as its local day); None when empty, and
    a problem naming ``label`` in ``problems`` when it is not a date."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(clock.LOCAL_TZ).date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        problems.append(_problem(field, "format", "{0}格式应为 YYYY-MM-DD", (label, ())))
        return None


def username_key(value: str) -> str:
    """The form a user name is stored and looked up in: NFKC, surrounding spaces removed."""
    try:
        return unicodedata.normalize("NFKC", value or "").strip()
    except TypeError:
        return ""


def stored_problems(table: str, row: Mapping[str, Any]) -> list[Problem]:
    """The writer's backstop: no stored text value may carry NUL, C0/C1 controls other than tab and line
    breaks, bidi overrides, non-Unicode, or more than :data:`STORED_MAX` characters; no number may be
    infinite or beyond SQLite's 64-bit integers."""
    found = []
    for column, value in row.items():
        field = f"{table}.{column}"
        where = Verbatim(field)  # a column, named as stored
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and not -INT64 <= value < INT64:
            found.append(_problem(field, "out_of_range", "{0}数值超出范围", where))
            continue
        if isinstance(value, float) and not math.isfinite(value):
            found.append(_problem(field, "out_of_range", "{0}不是有限数值", where))
            continue
        if not isinstance(value, str):
            continue
        code = problem_code(value, multiline=True)
        if code:
            found.append(_problem(field, code, MESSAGES[code], where))
        elif len(value) > STORED_MAX:
            found.append(_problem(field, "too_long", "{0}过长", where))
    return found
