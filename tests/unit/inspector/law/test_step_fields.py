"""What each step takes is declared once (``inspector.law.step_fields``) and cannot drift from what it reads.

The rules of a step (``procedure.RULES``), its effect and the use case ``workflow.advance`` read keys from the
step's data; each such key must be a declared field of that step, and each declared field must be read by
something, so the dialog, ``--set`` and docs/workflow.md offer exactly what the law code looks at.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from inspector.law import procedure, step_fields
from inspector.law.step_fields import FieldError, parse
from inspector.services import workflow

ROOT = Path(__file__).resolve().parents[4]

# Keys a rule computes itself before another rule reads them: never given by the officer.
DERIVED = {
    "reasoning",  # amounts.require_lawful_amount stores the discretion facts, require_legal_review reads them
    "hearing_right",  # the notice's effect decides it from the amount and the hearing threshold (Art. 63)
}
# Keys the use case reads that no one types: the 法制审核 desk (inspector.services.review) passes the
# checklist it built from the case, item by item.
GIVEN_BY_SERVICES = {"checklist"}
# Declared fields kept with the step for the case file, which no rule reads.
RECORDED_ONLY = {("collective", "conclusion"), ("appeal_start", "kind")}


def _attempt_data(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "data"
        and isinstance(node.value, ast.Name)
        and node.value.id in ("attempt", "a")
    )


def keys_read(fn: Callable[..., object], seen: set[object] | None = None) -> set[str]:
    """Keys ``fn`` reads from the attempt's data, following the law functions it hands the attempt to."""
    seen = set() if seen is None else seen
    if fn in seen:
        return set()
    seen.add(fn)
    keys: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(fn)))):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _attempt_data(node.value):
            assert isinstance(node.slice, ast.Constant), ast.unparse(node)
            keys.add(node.slice.value)
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in ("get", "setdefault", "pop") and _attempt_data(f.value):
            assert isinstance(node.args[0], ast.Constant), ast.unparse(node)
            keys.add(node.args[0].value)
        if not any(isinstance(x, ast.Name) and x.id in ("attempt", "a") for x in node.args):
            continue
        target = None
        if isinstance(f, ast.Name):
            target = fn.__globals__.get(f.id)  # type: ignore[attr-defined]
        elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
            target = getattr(fn.__globals__.get(f.value.id), f.attr, None)  # type: ignore[attr-defined]
        if inspect.isfunction(target) and target.__module__.startswith("inspector.law"):
            if target.__name__ == "_text":  # rules._text(attempt, "reason")
                keys.add(node.args[1].value)  # type: ignore[attr-defined]
            else:
                keys |= keys_read(target, seen)
    return keys


def read_by_step(step: str) -> set[str]:
    fns: list[Callable[..., object]] = list(procedure.rules_of(step))
    if step in procedure._EFFECTS:
        fns.append(procedure._EFFECTS[step])
    return set().union(*(keys_read(fn) for fn in fns))


def read_by_advance() -> set[str]:
    """Keys ``workflow.advance`` reads from the checked step's data (``outcome.data``)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(workflow.advance)))
    keys = set()
    for node in ast.walk(tree):
        data = None
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            data, key = node.value, node.slice
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            data, key = node.func.value, node.args[0]
        if isinstance(data, ast.Attribute) and data.attr == "data" and ast.unparse(data.value) == "outcome":
            assert isinstance(key, ast.Constant)
            keys.add(key.value)
    return keys


def read_from_events() -> set[str]:
    """Keys read from recorded events (``event["data"].get("timer")``) anywhere in the core."""
    text = "".join(
        p.read_text(encoding="utf-8")
        for folder in ("inspector", "exports")
        for p in (ROOT / folder).rglob("*.py")
        if p.name != "step_fields.py"
    )
    return set(re.findall(r'\["data"\](?:\.get\(|\[)"([a-z_0-9]+)"', text))


def declared(step: str) -> set[str]:
    return {f.key for f in step_fields.fields_of(step)}


def test_every_step_is_declared_and_nothing_else():
    assert set(step_fields.STEP_FIELDS) == set(procedure.STEP_BY_NAME)


@pytest.mark.parametrize("step", list(procedure.STEP_BY_NAME))
def test_every_key_a_steps_rules_read_is_declared_for_the_step(step):
    """E.g. 作出决定 reads ``education`` (《行政处罚法》第三十三条第三款) and ``receiver`` (第二十七条)."""
    undeclared = read_by_step(step) - declared(step) - DERIVED
    assert not undeclared, f"{step} reads {sorted(undeclared)}: declare them in STEP_FIELDS"


def test_keys_the_use_case_reads_are_declared_for_the_steps_it_reads_them_for():
    """``advance`` records a transfer (Art. 27), a legal review (Art. 58) and a fine collected with the
    on-the-spot decision (Art. 68, 70) from the step's data."""
    steps = ("decide", "transfer", "legal_review", "on_the_spot")
    known = set().union(*(declared(s) for s in steps)) | GIVEN_BY_SERVICES
    assert read_by_advance() - known == set()
    assert {
        "receiver",
        "receiver_kind",
        "verdict",
        "opinion",
        "cash_ground",
        "receipt_no",
    } <= read_by_advance()


def test_every_declared_field_is_read_by_something():
    events, advance = read_from_events(), read_by_advance()
    unread = [
        (step, f.key)
        for step, fields in step_fields.STEP_FIELDS.items()
        for f in fields
        if f.key not in read_by_step(step) | events | advance and (step, f.key) not in RECORDED_ONLY
    ]
    assert unread == []


def test_the_scanner_sees_the_reads_it_looks_for():
    """Art. 60: the extension's rule and effect read days, reason and the timer it extends."""
    assert read_by_step("extend") == {"days", "reason", "timer"}
    assert {"cash", "cash_ground", "receipt_no"} <= read_by_step("pay")  # through amounts.require_lawful_cash


def test_declarations_are_well_formed():
    for step, fields in step_fields.STEP_FIELDS.items():
        keys = [f.key for f in fields]
        assert len(keys) == len(set(keys)), step
        for f in fields:
            assert f.kind in step_fields.KINDS, (step, f.key)
            assert (f.choices is not None) == (f.kind in ("choice", "choices")), (step, f.key)
            if f.kind == "money":
                assert f.key.endswith("_cents"), (step, f.key)
            if f.kind == "choices":
                assert not f.form, "the dialog has no input for several choices"


def test_choices_come_from_the_law_tables():
    decide = {f.key: f for f in step_fields.STEP_FIELDS["decide"]}
    assert set(decide["outcome"].choices or {}) == {str(o) for o in procedure.DecisionOutcome}
    assert set(decide["ground"].choices or {}) - {""} == set(procedure.NO_PENALTY_GROUNDS)
    serve = {f.key: f for f in step_fields.STEP_FIELDS["serve"]}
    assert set(serve["method"].choices or {}) == {str(m) for m in procedure.ServiceMethod}


# ----------------------------------------------------------------------------- parsing a --set value
def test_money_in_yuan_or_in_cents():
    assert parse("pay", "amount", "200.50") == ("amount_cents", 20050)
    assert parse("pay", "amount", "200") == ("amount_cents", 20000)
    assert parse("pay", "amount_cents", "20000") == ("amount_cents", 20000)
    assert parse("notify", "amount", "") == ("amount_cents", None)
    for bad in ("200.505", "-5", "2e3", "两百"):
        with pytest.raises(FieldError, match="金额"):
            parse("pay", "amount", bad)
    with pytest.raises(FieldError, match="整数"):
        parse("pay", "amount_cents", "200.50")
    with pytest.raises(FieldError, match="超出"):
        parse("pay", "amount_cents", "9" * 5000)


def test_dates_integers_and_yes_no():
    assert parse("instalment", "until", "2026-07-01") == ("until", "2026-07-01")
    for bad in ("2026-7-1", "2026-02-30", "明天"):
        with pytest.raises(FieldError, match="YYYY-MM-DD"):
            parse("instalment", "until", bad)
    assert parse("extend", "days", "30") == ("days", 30)
    for bad in ("0", "-3", "100000"):
        with pytest.raises(FieldError, match="范围"):
            parse("extend", "days", bad)
    assert parse("on_the_spot", "statement_heard", "是") == ("statement_heard", True)
    assert parse("pay", "cash", "FALSE") == ("cash", False)
    with pytest.raises(FieldError, match="true/false"):
        parse("pay", "cash", "maybe")
    assert parse("decide", "on_date", "2026-06-01") == ("on_date", "2026-06-01")


def test_a_choice_not_in_the_list_is_refused_naming_the_list():
    """《行政处罚法》第五十七条: a decision is one of four outcomes."""
    with pytest.raises(FieldError) as exc:
        parse("decide", "outcome", "fine")
    assert "penalty" in str(exc.value) and "transfer" in str(exc.value) and "fine" in str(exc.value)
    assert parse("submit_review", "art58_flags", "complex,major_interest") == (
        "art58_flags",
        ["complex", "major_interest"],
    )
    with pytest.raises(FieldError, match="可选"):
        parse("submit_review", "art58_flags", "complex,urgent")


def test_an_undeclared_key_names_the_steps_keys():
    with pytest.raises(FieldError) as exc:
        parse("serve", "methd", "direct")
    message = str(exc.value)
    assert "methd" in message and "method" in message and "consent_ref" in message and "\n" not in message
    with pytest.raises(FieldError, match="未知的办案步骤"):
        parse("deside", "outcome", "penalty")
