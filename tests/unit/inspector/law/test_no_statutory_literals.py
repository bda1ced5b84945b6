"""No statutory length is written as a literal outside the one timer table (``inspector.law.deadlines.TIMERS``).

A period's length is looked up by its timer key (``deadlines.period_due``, ``law.periods``); a message that
names a length formats it from the table (``deadlines.describe_length``), so changing a length is one edit.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
# The table itself and the calendar arithmetic it is built on.
ALLOWED = {"inspector/law/deadlines.py", "inspector/law/workdays.py"}
DATE_ARITHMETIC = {
    "add_working_days",
    "add_calendar_days_with_holiday_rollover",
    "add_months",
    "add_years",
    "compute_due",
    "extended_due",
    "roll",
}
# Where the rules and the facts printed from them live: no day counts at all, not even in text.
LAW_CODE = [
    "inspector/law",
    "inspector/services/workflow.py",
    "inspector/services/document_facts.py",
    "inspector/services/discretion.py",
]
LENGTH_TEXT = re.compile(r"[0-9]+\s*(?:个工作日|个月|日内|日后|日起|年追责|年内)")


def _python_files(*parts: str) -> list[Path]:
    out: list[Path] = []
    for part in parts:
        path = ROOT / part
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [p for p in out if p.relative_to(ROOT).as_posix() not in ALLOWED]


def _name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def _literal_int(node: ast.AST | None) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    return None


def literal_lengths(path: Path) -> list[str]:
    """Calls doing date arithmetic with a literal length, and literal day counts above one."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in DATE_ARITHMETIC:
            length = (
                node.args[1]
                if len(node.args) > 1
                else next((k.value for k in node.keywords if k.arg in ("n", "length")), None)
            )
            if _literal_int(length) is not None:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}(…, {_literal_int(length)})")
        if name == "timedelta":
            for k in node.keywords:
                value = _literal_int(k.value)
                if k.arg in ("days", "weeks") and value is not None and value > 1:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} timedelta({k.arg}={value})")
    return found


def length_text(path: Path) -> list[str]:
    """String constants in the law code that spell a length out (``5个工作日``, ``15日内``)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and LENGTH_TEXT.search(node.value):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    return found


def test_no_date_arithmetic_with_a_literal_length_outside_the_timer_table():
    """Issue: "No statutory length appears as a literal outside the timer table" (Art. 36, 45, 61, 64, 67, …)."""
    offenders = [
        hit
        for path in _python_files("inspector")
        for hit in literal_lengths(path)
        if not hit.startswith("inspector/demo/") or "add_" in hit
    ]
    assert offenders == []


def test_law_code_does_not_spell_out_lengths_in_its_messages():
    offenders = [hit for path in _python_files(*LAW_CODE) for hit in length_text(path)]
    assert offenders == []


def test_the_scanner_catches_what_it_looks_for(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt\nfrom inspector import workdays\n"
        "x = workdays.add_working_days(d, 5, cal)\ny = d + dt.timedelta(days=10)\n"
        'z = "告知后5个工作日"\n',
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert len(literal_lengths(sample)) == 2 and len(length_text(sample)) == 1
    finally:
        ROOT = saved
