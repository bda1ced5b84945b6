"""Typed errors in every language: a field problem or refusal the core words in Chinese gives its words as a
template and arguments (``Problem.parts``, ``GuardRefused.parts``/``hint_parts``), or as fixed words the
translation collector (scripts/translations) finds, so the English interface can show it in English.

The check reads the core's source: each call that builds a :class:`~inspector.errors.Problem` or a
:class:`~inspector.errors.GuardRefused`, directly or through a function that passes its arguments on (found
by following them), may not word its message with an f-string, ``+``, ``%``, ``str.format`` or ``"、".join``
in Chinese unless it gives the message's ``parts`` beside it; every Chinese text it does write out is
collected for translation. The CLI's one-line words (inspector/messages.py, inspector/cli) are not checked:
they stay Chinese.
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib.machinery
import importlib.util
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector.errors import GuardRefused, Problem, Verbatim, chinese

ROOT = Path(__file__).resolve().parents[3]
CJK = re.compile(r"[\u3400-\u9fff]")
NOT_CHECKED = ("inspector/cli/", "inspector/messages.py", "inspector/errors.py")


@dataclass(frozen=True)
class Builder:
    """How a call builds a problem or refusal: its parameters in order, and those that give words."""

    params: tuple[str, ...]
    words: frozenset[str]
    rest: str = ""  # the ``*args`` parameter, where it gives words


BASE = {
    "Problem": Builder(
        ("field", "code", "message", "label", "parts"), frozenset({"message", "label", "parts"})
    ),
    "GuardRefused": Builder((), frozenset({"message", "hint", "article", "parts", "hint_parts"})),
    "problem": Builder(("field", "code", "words", "label"), frozenset({"words", "label"})),
    # the checks of a text field name it by its label (inspector.text)
    "problems": Builder(("value",), frozenset({"label"})),
    "clean_name": Builder(("value",), frozenset({"label"})),
    "clean_text": Builder(("value",), frozenset({"label"})),
}


def _modules() -> dict[str, ast.Module]:
    files = sorted((ROOT / "inspector").rglob("*.py"))
    return {
        p.relative_to(ROOT).as_posix(): ast.parse(p.read_text(encoding="utf-8"))
        for p in files
        if not p.relative_to(ROOT).as_posix().startswith(NOT_CHECKED)
    }


def _called(call: ast.Call) -> str:
    func = call.func
    return getattr(func, "id", None) or getattr(func, "attr", "")


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _word_names(node: ast.AST) -> set[str]:
    """The names an argument gives as words: itself, a pair's template and the arguments an interface
    translates (all but numbers, :class:`Verbatim` values and what a call makes), either branch,
    ``chinese(words)``."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Tuple) and len(node.elts) == 2:
        arguments = node.elts[1].elts if isinstance(node.elts[1], ast.Tuple) else []
        return _word_names(node.elts[0]).union(
            *(_word_names(a) for a in arguments if not isinstance(a, ast.Call))
        )
    if isinstance(node, ast.IfExp):
        return _word_names(node.body) | _word_names(node.orelse)
    if isinstance(node, ast.BoolOp):
        return set().union(*(_word_names(v) for v in node.values))
    if isinstance(node, ast.Call) and _called(node) == "chinese" and node.args:
        return _word_names(node.args[0])
    return set()


def _word_arguments(call: ast.Call, builder: Builder) -> dict[str, ast.expr]:
    """The arguments of ``call`` that give words, by parameter."""
    out: dict[str, ast.expr] = {}
    for i, arg in enumerate(call.args):
        name = builder.params[i] if i < len(builder.params) else builder.rest
        if name in builder.words:
            out[f"{name}{i}" if name == builder.rest else name] = arg
    out.update({k.arg: k.value for k in call.keywords if k.arg in builder.words})
    return out


def _carried(function: ast.FunctionDef | ast.AsyncFunctionDef, builders: dict[str, list[Builder]]) -> Builder:
    """The parameters ``function`` gives (or a value it makes of them) to a builder as words."""
    a = function.args
    params = tuple(x.arg for x in [*a.posonlyargs, *a.args])
    every = {*params, *(x.arg for x in a.kwonlyargs), *(x.arg for x in (a.vararg, a.kwarg) if x)}
    made_of = {p: {p} for p in every}  # a local variable: the parameters it is made of
    for node in ast.walk(function):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            sources = set().union(*(made_of.get(n, set()) for n in _word_names(node.value)))
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in (t.id for t in targets if isinstance(t, ast.Name)):
                made_of[target] = made_of.get(target, set()) | sources
    words: set[str] = set()
    for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
        for builder in builders.get(_called(call), []):
            for arg in _word_arguments(call, builder).values():
                words |= set().union(*(made_of.get(n, set()) for n in _word_names(arg)))
    return Builder(params, frozenset(words & every), a.vararg.arg if a.vararg else "")


def builders(modules: dict[str, ast.Module]) -> dict[str, dict[str, Builder]]:
    """Problem, GuardRefused and the functions that give their arguments to them as words, by name and by the
    module that defines them (``""`` for the two classes)."""
    found: dict[str, dict[str, Builder]] = {name: {"": b} for name, b in BASE.items()}
    grew = True
    while grew:
        grew = False
        flat = {name: list(by_module.values()) for name, by_module in found.items()}
        for path, tree in modules.items():
            for function in (
                n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            ):
                builder = _carried(function, flat)
                if builder.words and found.get(function.name, {}).get(path) != builder:
                    found.setdefault(function.name, {})[path] = builder
                    grew = True
    return found


def _is_chinese(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(CJK.search(node.value))


def _worded_in_place(node: ast.AST) -> bool:
    """Chinese put together from values where it is written: it cannot be translated as a whole."""
    if isinstance(node, ast.JoinedStr):
        return any(_is_chinese(v) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return any(_is_chinese(n) for n in ast.walk(node))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        receiver = node.func.value
        if node.func.attr == "join":
            return _is_chinese(receiver)
        return node.func.attr == "format" and not (
            isinstance(receiver, ast.Constant) and not _is_chinese(receiver)
        )
    return False


def _words(node: ast.AST, wrong: list[ast.AST], texts: list[str], constants: dict[str, str]) -> None:
    """Walk an argument that gives words: Chinese put together in place goes to ``wrong``, the Chinese it
    writes out (or names as a module constant) to ``texts``; a :class:`Verbatim` value is not words."""
    if _worded_in_place(node):
        wrong.append(node)
    elif _is_chinese(node):
        texts.append(node.value)  # type: ignore[attr-defined]
    elif isinstance(node, ast.Name) and node.id in constants:
        texts.append(constants[node.id])
    elif not (isinstance(node, ast.Call) and _called(node) == "Verbatim"):
        for child in ast.iter_child_nodes(node):
            _words(child, wrong, texts, constants)


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's Chinese string constants (``STATE_REFUSAL = "…"``), by name."""
    out = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign | ast.AnnAssign)
            and node.value is not None
            and _is_chinese(node.value)
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            out.update({t.id: node.value.value for t in targets if isinstance(t, ast.Name)})  # type: ignore[union-attr]
    return out


def _templates(tree: ast.Module) -> Iterator[str]:
    """The Chinese templates of the ``("template", (arguments))`` pairs written in a module (a template
    chosen by a condition gives both)."""

    def template(node: ast.AST) -> list[str]:
        if isinstance(node, ast.IfExp):
            return template(node.body) + template(node.orelse)
        return [node.value] if _is_chinese(node) else []  # type: ignore[attr-defined]

    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[1], ast.Tuple):
            yield from template(node.elts[0])


def words_without_parts(modules: dict[str, ast.Module]) -> tuple[list[str], dict[str, set[str]]]:
    """The calls that word a problem or refusal in Chinese in place without its parts (``file:line``), and
    per module the Chinese the calls (and the module's pairs) write out, to be collected for translation."""
    known = builders(modules)
    wrong: list[str] = []
    written: dict[str, set[str]] = {}
    for path, tree in modules.items():
        constants = _constants(tree)
        texts: list[str] = []
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and _called(n) in known):
            by_module = known[_called(call)]
            for builder in [by_module[path]] if path in by_module else list(by_module.values()):
                given = {k.arg for k in call.keywords}
                for name, arg in _word_arguments(call, builder).items():
                    if (name == "message" and "parts" in given) or (name == "hint" and "hint_parts" in given):
                        continue
                    found: list[ast.AST] = []
                    _words(arg, found, texts, constants)
                    wrong += [f"{path}:{n.lineno}: {ast.unparse(n)[:90]}" for n in found]  # type: ignore[attr-defined]
        if texts:
            written[path] = set(texts) | set(_templates(tree))
    return sorted(set(wrong)), written


def _translations_script():
    loader = importlib.machinery.SourceFileLoader(
        "translations_script", str(ROOT / "scripts" / "translations")
    )
    spec = importlib.util.spec_from_loader("translations_script", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scanned() -> tuple[list[str], dict[str, set[str]]]:
    return words_without_parts(_modules())


def test_every_chinese_problem_and_refusal_of_the_core_gives_its_parts(scanned):
    wrong, _ = scanned
    assert not wrong, (
        "Chinese worded in place without parts (an English interface shows it in Chinese):\n"
        + ("\n".join(wrong))
    )


def test_the_words_the_core_writes_out_for_problems_and_refusals_are_collected_for_translation(scanned):
    _, written = scanned
    collected = set(_translations_script().workflow_strings())
    missing = sorted(f"{path}: {text}" for path, texts in written.items() for text in texts - collected)
    assert not missing, "not collected by scripts/translations (add the file to CORE_WORDS):\n" + "\n".join(
        missing
    )


def test_the_check_finds_words_put_together_in_place_and_passes_given_parts():
    """The check itself: an f-string message without parts is found, also through a helper that passes its
    message on; the same message with its parts, or as fixed words, is not."""
    source = """
def bad(code, message):
    return Problem("x", code, message)

def check(n, field):
    one = Problem("x", "a", f"第{n}行有误")
    two = bad("b", "甲" + field)
    three = Problem("x", "c", f"第{n}行有误", parts=("第{0}行有误", (n,)))
    four = GuardRefused(rule="r", article="", message="固定的话", hint="建议：{}".format(n))
    five = bad("d", ("第{0}行有误", (n,)))
"""
    wrong, written = words_without_parts({"m.py": ast.parse(source)})
    assert [w.split(": ", 1)[0] for w in wrong] == ["m.py:6", "m.py:7", "m.py:9"]
    assert written["m.py"] == {"第{0}行有误", "固定的话"}


def test_a_problem_and_a_refusal_given_as_parts_keep_their_chinese():
    """The Chinese (what the CLI prints and the tests compare) is the template filled in: a number or name
    as written, a date as 2026年1月5日, a nested pair in its own words."""
    from inspector.errors import problem

    day = dt.date(2026, 1, 5)
    found = problem("x", "order", ("{0}：第{1}项不能晚于{2}", (("缴款记录", ()), Verbatim("3"), day)))
    assert found == Problem(
        "x",
        "order",
        "缴款记录：第3项不能晚于2026年1月5日",
        parts=("{0}：第{1}项不能晚于{2}", (("缴款记录", ()), Verbatim("3"), day)),
    )
    refusal = GuardRefused(rule="r", article="", message=("已有{0}", (1,)), hint=("请于{0}后再试", (day,)))
    assert (str(refusal), refusal.hint) == ("已有1", "请于2026年1月5日后再试")
    assert (refusal.parts, refusal.hint_parts) == (("已有{0}", (1,)), ("请于{0}后再试", (day,)))
    assert chinese(refusal.parts) == str(refusal)
