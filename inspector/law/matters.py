"""The 执法事项 catalogue for inspections, searchable by Chinese substring or pinyin initials (zdjy → 占道经营)."""

from __future__ import annotations

import functools
import importlib.resources
import json
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin


@dataclass(frozen=True)
class Matter:
    """One enforcement matter: catalogue code, name and the department whose power it is."""

    code: str
    name: str
    department: str
    initials: str  # pinyin initials of the name, lower case (占道经营 → zdjy)
    pinyin: str  # full pinyin without tones, lower case


def _initials(name: str) -> tuple[str, str]:
    letters = [s for s in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore") if s.isalnum()]
    full = [s for s in lazy_pinyin(name, errors="ignore") if s.isalnum()]
    return "".join(letters).lower(), "".join(full).lower()


@functools.cache
def catalogue() -> tuple[Matter, ...]:
    """Every matter: those of the discretion-benchmark catalogue first (its codes and names are the source,
    so a code means the same matter in the inspection form, the case and the discretion form), then the
    matters listed only in ``resources/matters.json`` (no benchmark yet, e.g. other departments' matters
    met on a joint inspection). ``matters.json`` gives the department of each."""
    raw = json.loads(
        importlib.resources.files("resources").joinpath("matters.json").read_text(encoding="utf-8")
    )
    listed = {m["code"]: m for m in raw["matters"]}
    out = []
    for code, name in benchmark_matters().items():
        ini, full = _initials(name)
        out.append(Matter(code, name, listed.get(code, {}).get("department", ""), ini, full))
    for m in raw["matters"]:
        if m["code"] in benchmark_matters():
            continue
        ini, full = _initials(m["name"])
        out.append(Matter(m["code"], m["name"], m.get("department", ""), ini, full))
    return tuple(out)


@functools.cache
def benchmark_matters() -> dict[str, str]:
    """Code → name of every matter in the shipped benchmark catalogues (the newest name wins)."""
    from inspector.law import benchmarks

    out: dict[str, str] = {}
    for cat in sorted(benchmarks.shipped(), key=lambda c: c.effective_from):
        out.update({code: item["name"] for code, item in cat.items.items()})
    return out


def by_code(code: str) -> Matter | None:
    return next((m for m in catalogue() if m.code == code), None)


def search(text: str, *, limit: int = 20) -> list[Matter]:
    """Matters whose name contains ``text``, or whose pinyin initials / full pinyin start with or contain it.

    Exact-prefix hits come first, then substring hits, both in catalogue order.
    """
    q = text.strip().lower()
    if not q:
        return list(catalogue()[:limit])
    first: list[Matter] = []
    rest: list[Matter] = []
    for m in catalogue():
        if (
            q == m.code
            or m.name.startswith(text.strip())
            or m.initials.startswith(q)
            or m.pinyin.startswith(q)
        ):
            first.append(m)
        elif text.strip() in m.name or q in m.initials or q in m.pinyin or m.code.startswith(q):
            rest.append(m)
    return (first + rest)[:limit]


def is_joint(codes: list[str]) -> bool:
    """Several matters (or several departments) on one visit is a joint inspection (综合查一次)."""
    found = [by_code(c) for c in codes]
    departments = {m.department for m in found if m}
    return len(codes) > 1 or len(departments) > 1


@functools.cache
def places() -> dict[str, tuple[str, ...]]:
    """Streets (街道) of the district and their communities (社区), from ``resources/places.json``."""
    raw = json.loads(
        importlib.resources.files("resources").joinpath("places.json").read_text(encoding="utf-8")
    )
    return {street: tuple(comms) for street, comms in raw["streets"].items()}
