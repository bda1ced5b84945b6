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
    initials: str   # pinyin initials of the name, lower case (占道经营 → zdjy)
    pinyin: str     # full pinyin without tones, lower case


def _initials(name: str) -> tuple[str, str]:
    letters = [s for s in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore") if s.isalnum()]
    full = [s for s in lazy_pinyin(name, errors="ignore") if s.isalnum()]
    return "".join(letters).lower(), "".join(full).lower()


@functools.cache
def catalogue() -> tuple[Matter, ...]:
    """Every matter shipped in ``resources/matters.json``."""
    raw = json.loads(importlib.resources.files("resources").joinpath("matters.json").read_text(encoding="utf-8"))
    out = []
    for m in raw["matters"]:
        ini, full = _initials(m["name"])
        out.append(Matter(m["code"], m["name"], m.get("department", ""), ini, full))
    return tuple(out)


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
        if q == m.code or m.name.startswith(text.strip()) or m.initials.startswith(q) or m.pinyin.startswith(q):
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
    raw = json.loads(importlib.resources.files("resources").joinpath("places.json").read_text(encoding="utf-8"))
    return {street: tuple(comms) for street, comms in raw["streets"].items()}
