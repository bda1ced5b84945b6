"""The discretion-benchmark catalogue (裁量基准, Art. 34): versioned data, its validation and its lookups.

A catalogue is JSON: ``{catalogue, version, name, source, publication, effective_from, effective_to,
items: [...], no_penalty_list: [...]}``. Each item has a 12-digit matter code (事项代码), the provision
violated (违法依据) and the penalty provision (处罚依据), a statutory range per party type in cents (or
``{"pct_of_cost": [a, b]}`` for a percentage of the construction cost) and tiers. Amounts are integer cents.
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from inspector import text
from inspector.errors import Parts, Problem, ValidationError, Verbatim, problem
from inspector.law import articles as art

PARTY_TYPES = ("person", "organisation", "individual_business")
_CODE = re.compile(r"^\d{12}$")
WILDCARD = "*"


@dataclass(frozen=True)
class Range:
    """An inclusive amount range in cents."""

    min_cents: int
    max_cents: int

    @property
    def mid_cents(self) -> int:
        return self.min_cents + (self.max_cents - self.min_cents) // 2

    def contains(self, cents: int) -> bool:
        return self.min_cents <= cents <= self.max_cents

    def as_list(self) -> list[int]:
        return [self.min_cents, self.max_cents]


@dataclass
class Catalogue:
    """One validated catalogue version."""

    catalogue: str
    version: str
    name: str
    effective_from: dt.date
    effective_to: dt.date | None
    items: dict[str, dict[str, Any]]
    no_penalty_list: list[dict[str, Any]]
    payload: dict[str, Any] = field(repr=False, default_factory=dict)
    origin: str = "shipped"

    def in_force(self, day: dt.date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def item(self, matter_code: str) -> dict[str, Any] | None:
        return self.items.get(matter_code)

    def no_penalty_entries(self, matter_code: str) -> list[dict[str, Any]]:
        return [e for e in self.no_penalty_list if e.get("matter_code") == matter_code]


# ---------------------------------------------------------------------------------------------- ranges
def _party_key(mapping: Mapping[str, Any], party_type: str) -> Any:
    if party_type in mapping:
        return mapping[party_type]
    if WILDCARD in mapping:
        return mapping[WILDCARD]
    if party_type == "individual_business" and "person" in mapping:
        return mapping["person"]
    return None


def _pct_range(pct: Sequence[float], cost_cents: int | None) -> Range | None:
    if cost_cents is None:
        return None
    return Range(int(cost_cents * pct[0]) // 100, int(cost_cents * pct[1]) // 100)


def statutory_range(
    item: Mapping[str, Any], party_type: str, *, cost_cents: int | None = None
) -> Range | None:
    """The statutory range for a party type; for a percentage formula, ``cost_cents`` is required."""
    value = _party_key(item.get("statutory", {}), party_type)
    if value is None:
        return None
    if isinstance(value, Mapping):
        return _pct_range(value["pct_of_cost"], cost_cents)
    return Range(int(value[0]), int(value[1]))


def tiers_for(item: Mapping[str, Any], party_type: str) -> list[dict[str, Any]]:
    """The tiers that apply to a party type (tiers for ``*`` apply to all), in catalogue order."""
    exact = [t for t in item.get("tiers", []) if t.get("party_type", WILDCARD) == party_type]
    if not exact and party_type == "individual_business":
        exact = [t for t in item.get("tiers", []) if t.get("party_type") == "organisation"]
    return exact + [t for t in item.get("tiers", []) if t.get("party_type", WILDCARD) == WILDCARD]


def tier_range(tier: Mapping[str, Any], *, cost_cents: int | None = None) -> Range | None:
    if "pct_of_cost" in tier:
        return _pct_range(tier["pct_of_cost"], cost_cents)
    return Range(int(tier["min_cents"]), int(tier["max_cents"]))


def tier_matches(tier: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    """Whether the structured predicates of a tier (``when: {key: [lo, hi]}``, lo < x ≤ hi) hold."""
    when = tier.get("when") or {}
    if not when:
        return False
    for key, (lo, hi) in when.items():
        value = answers.get(key)
        if value is None:
            return False
        value = float(value)
        if lo is not None and not (value > lo or (lo == 0 and value >= 0)):
            return False
        if hi is not None and value > hi:
            return False
    return True


# ------------------------------------------------------------------------------------------ validation
def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None


def _bounds(value: Any, *, strict: bool = True) -> tuple[float, float] | None:
    """(lo, hi) of a statutory value or a tier, in cents or percent; None when malformed.

    Amounts are whole cents, written as JSON integers: 10000.5 or "10000" would be cut or read differently
    from what the published benchmark says. A percentage of the cost may have decimals.
    """
    try:
        if isinstance(value, Mapping) and "pct_of_cost" in value:
            lo, hi = value["pct_of_cost"]
            number: tuple[type, ...] = (int, float)
        elif isinstance(value, Mapping):
            lo, hi = value["min_cents"], value["max_cents"]
            number = (int,)
        else:
            lo, hi = value
            number = (int,)
    except (KeyError, TypeError, ValueError):
        return None
    if strict and not all(isinstance(v, number) and not isinstance(v, bool) for v in (lo, hi)):
        return None
    try:
        lo, hi = float(lo), float(hi)
    except (TypeError, ValueError):
        return None
    return (lo, hi) if 0 <= lo <= hi else None


def _when_ok(when: Any) -> bool:
    """Whether a tier's ``when`` is ``{key: [lo or null, hi or null]}`` with numbers (see :func:`tier_matches`)."""
    if when is None:
        return True
    if not isinstance(when, Mapping):
        return False
    for bounds in when.values():
        if not isinstance(bounds, list) or len(bounds) != 2:
            return False
        if not all(b is None or (isinstance(b, (int, float)) and not isinstance(b, bool)) for b in bounds):
            return False
    return True


# Texts of a catalogue that print on documents or show in forms, with their words and length limits.
_CATALOGUE_TEXTS = (("name", "名称", text.SHORT_TEXT_MAX), ("publication", "公布文号", text.SHORT_TEXT_MAX))
# What an item must name: the provisions it rests on and where its benchmark was published (Art. 4, 5, 34).
BASIS_TEXTS = (("violation_basis", "违法依据"), ("penalty_basis", "处罚依据"), ("source_doc", "裁量基准来源"))
_ITEM_TEXTS = (
    ("name", "事项名称", text.SHORT_TEXT_MAX),
    ("violation_basis", "违法依据", text.TEXT_MAX),
    ("penalty_basis", "处罚依据", text.TEXT_MAX),
    ("source_doc", "裁量基准来源", text.TEXT_MAX),
)


def _text_problems(owner: Mapping[str, Any], where: str, row: Parts | None, fields: Any) -> list[Problem]:
    """Control characters, direction overrides (the printed text would read otherwise than the stored one)
    and over-long values in the texts of a catalogue (``row`` None) or one of its items (``row`` names it)."""
    out: list[Problem] = []
    for key, label, limit in fields:
        value = owner.get(key)
        if isinstance(value, str):
            name = ("{0}：{1}", (row, label)) if row else ("裁量基准{0}", (label,))
            out.extend(
                text.problems(value, field=f"{where}{key}", label=name, max_len=limit, multiline=limit > 500)
            )
    return out


def validate(data: Any, *, strict: bool = True) -> list[Problem]:
    """Every problem of a catalogue, one per bad row (field names like ``items[3].tiers[1]``).

    ``strict=False`` leaves out the checks added after catalogues were first imported (texts, party types,
    whole cents, ``when``), so that a version a station already holds keeps loading; every new import and
    the shipped catalogues are checked strictly.
    """
    if not isinstance(data, Mapping):
        return [Problem("catalogue", "format", "裁量基准文件应为 JSON 对象")]
    problems: list[Problem] = []
    for key in ("catalogue", "version", "name"):
        if not str(data.get(key) or "").strip():
            problems.append(problem(key, "required", ("缺少 {0}", (Verbatim(key),))))
    start, end = _date(data.get("effective_from")), data.get("effective_to")
    if start is None:
        problems.append(Problem("effective_from", "date", "生效日期缺失或格式错误（YYYY-MM-DD）"))
    end_day = _date(end) if end is not None else None
    if end is not None and (end_day is None or (start is not None and end_day < start)):
        problems.append(Problem("effective_to", "date", "失效日期格式错误或早于生效日期"))
    if strict:
        problems.extend(_text_problems(data, "", None, _CATALOGUE_TEXTS))
    if not str(data.get("publication") or "").strip():
        problems.append(
            problem(
                "publication",
                "unpublished",
                ("裁量基准须注明公布文号或出处（{0}：裁量基准应当向社会公布）", (str(art.APL34),)),
            )
        )
    items = data.get("items")
    if not isinstance(items, list) or not items:
        problems.append(Problem("items", "required", "没有裁量事项"))
        items = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        problems.extend(_item_problems(i, item, seen, strict=strict))
    for j, entry in enumerate(data.get("no_penalty_list") or []):
        if not isinstance(entry, Mapping) or entry.get("matter_code") not in seen:
            problems.append(
                problem(
                    f"no_penalty_list[{j}]",
                    "unknown_matter",
                    ("不予处罚清单第{0}行：事项代码不在本目录中", (j + 1,)),
                )
            )
        elif entry.get("kind") not in ("first_violation", "minor"):
            problems.append(
                problem(
                    f"no_penalty_list[{j}]",
                    "kind",
                    ("不予处罚清单第{0}行：类型应为 first_violation 或 minor", (j + 1,)),
                )
            )
    return problems


def _item_problems(i: int, item: Any, seen: set[str], *, strict: bool) -> list[Problem]:
    where = f"items[{i}]"
    if not isinstance(item, Mapping):
        return [problem(where, "format", ("第{0}项格式错误", (i + 1,)))]
    out: list[Problem] = []
    code = str(item.get("matter_code") or "")
    row = ("第{0}项（{1}）", (i + 1, Verbatim(code) if code else ("无代码", ())))
    if not _CODE.match(code):
        out.append(problem(f"{where}.matter_code", "format", ("{0}：事项代码应为12位数字", (row,))))
    elif code in seen:
        out.append(problem(f"{where}.matter_code", "duplicate", ("{0}：事项代码重复", (row,))))
    seen.add(code)
    if not str(item.get("name") or "").strip():
        out.append(problem(f"{where}.name", "required", ("{0}：缺少事项名称", (row,))))
    for key, label in BASIS_TEXTS:
        if not str(item.get(key) or "").strip():
            out.append(
                problem(
                    f"{where}.{key}",
                    "missing_basis",
                    ("{0}：缺少{1}（第4、5条：处罚须有公布的法律依据）", (row, label)),
                )
            )
    if strict:
        out.extend(_text_problems(item, f"{where}.", row, _ITEM_TEXTS))
    for key in ("effective_from", "effective_to"):
        if item.get(key) is not None and _date(item[key]) is None:
            out.append(problem(f"{where}.{key}", "date", ("{0}：日期格式错误", (row,))))
    statutory = item.get("statutory")
    if not isinstance(statutory, Mapping) or not statutory:
        out.append(problem(f"{where}.statutory", "required", ("{0}：缺少法定处罚幅度", (row,))))
        return out
    bounds: dict[str, tuple[float, float]] = {}
    pct_kind: dict[str, bool] = {}
    for party, value in statutory.items():
        b = _bounds(value, strict=strict)
        if party not in (*PARTY_TYPES, WILDCARD) or b is None:
            out.append(
                problem(
                    f"{where}.statutory.{party}",
                    "range",
                    ("{0}：法定幅度（{1}）格式错误", (row, Verbatim(str(party)))),
                )
            )
            continue
        bounds[party] = b
        pct_kind[party] = isinstance(value, Mapping)
    placed: list[tuple[int, str, tuple[float, float]]] = []
    for k, tier in enumerate(item.get("tiers") or []):
        tw = f"{where}.tiers[{k}]"
        trow = ("{0}第{1}档", (row, k + 1))
        if not isinstance(tier, Mapping) or not str(tier.get("tier") or "").strip():
            out.append(problem(tw, "format", ("{0}：缺少阶次名称", (trow,))))
            continue
        party = str(tier.get("party_type", WILDCARD))
        if strict and party not in (*PARTY_TYPES, WILDCARD):
            # A misspelt party type matches no party: the tier would silently never apply.
            kinds = [Verbatim(k) for k in (*PARTY_TYPES, WILDCARD)]
            out.append(
                problem(
                    tw, "party_type", ("{0}：当事人类型“{1}”无效（应为 {2}）", (trow, Verbatim(party), kinds))
                )
            )
            continue
        b = _bounds(tier, strict=strict)
        if b is None:
            out.append(problem(tw, "range", ("{0}：幅度格式错误（金额为整数，单位：分）", (trow,))))
            continue
        if strict and not _when_ok(tier.get("when")):
            out.append(
                problem(tw, "when", ("{0}：适用条件（when）格式错误，应为 {{名称: [下限, 上限]}}", (trow,)))
            )
            continue
        parties = [p for p in bounds if party == WILDCARD or p in (party, WILDCARD)]
        if not parties:
            out.append(problem(tw, "party_type", ("{0}：当事人类型{1}没有法定幅度", (trow, Verbatim(party)))))
            continue
        for p in parties:
            lo, hi = bounds[p]
            if pct_kind[p] != ("pct_of_cost" in tier):
                out.append(problem(tw, "kind", ("{0}：阶次与法定幅度的计算方式不一致（金额/比例）", (trow,))))
                break
            if b[0] < lo or b[1] > hi:
                out.append(problem(tw, "outside_statutory", ("{0}：幅度超出法定幅度", (trow,))))
                break
        for _k2, party2, b2 in placed:
            same_party = party == party2 or WILDCARD in (party, party2)
            if same_party and b[0] < b2[1] and b2[0] < b[1] and not _disjoint_predicates(item, k, _k2):
                out.append(problem(tw, "overlap", ("{0}：与第{1}档幅度重叠", (trow, _k2 + 1))))
                break
        placed.append((k, party, b))
    return out


def _disjoint_predicates(item: Mapping[str, Any], a: int, b: int) -> bool:
    ta, tb = item["tiers"][a], item["tiers"][b]
    return ta.get("party_type", WILDCARD) != tb.get("party_type", WILDCARD) and WILDCARD not in (
        ta.get("party_type", WILDCARD),
        tb.get("party_type", WILDCARD),
    )


def parse(data: Any, *, origin: str = "shipped", strict: bool = True) -> Catalogue:
    """Validate and build a :class:`Catalogue`; raise :class:`ValidationError` with every problem."""
    problems = validate(data, strict=strict)
    if problems:
        raise ValidationError(problems)
    return Catalogue(
        catalogue=str(data["catalogue"]),
        version=str(data["version"]),
        name=str(data["name"]),
        effective_from=dt.date.fromisoformat(data["effective_from"]),
        effective_to=_date(data.get("effective_to")) if data.get("effective_to") else None,
        items={it["matter_code"]: dict(it) for it in data["items"]},
        no_penalty_list=list(data.get("no_penalty_list") or []),
        payload=dict(data),
        origin=origin,
    )


# --------------------------------------------------------------------------------------------- loading
def shipped() -> list[Catalogue]:
    """The catalogues shipped under ``resources/benchmarks``."""
    out = []
    for entry in sorted(importlib.resources.files("resources.benchmarks").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            out.append(parse(json.loads(entry.read_text(encoding="utf-8"))))
    return out


def load_all(db: Any) -> list[Catalogue]:
    """Shipped catalogues plus the station's imported versions (an imported version replaces a shipped one)."""
    found: dict[tuple[str, str], Catalogue] = {(c.catalogue, c.version): c for c in shipped()}
    for row in db.query("SELECT payload FROM benchmark_catalogues ORDER BY effective_from"):
        # Stored versions passed the checks of their day: they load under those, not today's stricter ones.
        cat = parse(json.loads(row["payload"]), origin="imported", strict=False)
        found[(cat.catalogue, cat.version)] = cat
    return sorted(found.values(), key=lambda c: (c.effective_from, c.version))


def in_force(
    catalogues: Iterable[Catalogue], day: dt.date, *, matter_code: str | None = None
) -> Catalogue | None:
    """The newest catalogue version in force on ``day`` (that has ``matter_code``, if given)."""
    best = None
    for cat in catalogues:
        if cat.in_force(day) and (matter_code is None or matter_code in cat.items):
            if best is None or cat.effective_from >= best.effective_from:
                best = cat
    return best
