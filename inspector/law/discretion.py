"""The discretion engine (裁量表): statutory circumstances (Art. 30–33), tier recommendation and amount checks.

Pure functions over a catalogue item; the case-facing use case is ``inspector.services.discretion``.
Amounts are integer cents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import Parts, chinese
from inspector.law import articles as art
from inspector.law import benchmarks, identity
from inspector.law.benchmarks import Catalogue, Range
from inspector.law.case import refuse

# Art. 32 mandatory 从轻/减轻 grounds.
ART32_GROUNDS = {
    "remedied": "主动消除或者减轻违法行为危害后果",
    "coerced": "受他人胁迫或者诱骗实施违法行为",
    "confessed": "主动供述行政机关尚未掌握的违法行为",
    "meritorious": "配合行政机关查处违法行为有立功表现",
    "other": "法律、法规、规章规定其他应当从轻或者减轻行政处罚的",
}
# The tiers the benchmarks name (a station's own benchmark may name others), the statutory range when no tier
# applies, and a tier capped by a mandatory 从轻 ground (Art. 32): what the interface translates.
TIER_NAMES = ("轻微", "一般", "较重", "严重", "从轻", "从重")
STATUTORY_TIER, LIGHTER_TIER = "法定幅度", "{0}（从轻）"
ART31_STATES = ("none", "incapable", "limited")  # 不能辨认或控制 → 不予处罚; 尚未完全丧失 → 可以从轻/减轻


@dataclass(frozen=True)
class Circumstances:
    """What the officer ticked on the form, plus what the app derived (age, history)."""

    art32_grounds: tuple[str, ...] = ()
    art31: str = "none"
    minor_no_harm_corrected: bool = False  # Art. 33 ¶1 first sentence: shall not punish
    first_time_slight_corrected: bool = False  # Art. 33 ¶1 second sentence (首违不罚) conditions met
    no_fault: bool = False  # Art. 33 ¶2: no subjective fault proven
    aggravating: tuple[str, ...] = ()  # 从重 circumstances (local practice), for the record

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Circumstances:
        data = data or {}
        return cls(
            tuple(g for g in data.get("art32_grounds", ()) if g in ART32_GROUNDS),
            data.get("art31", "none") if data.get("art31", "none") in ART31_STATES else "none",
            bool(data.get("minor_no_harm_corrected")),
            bool(data.get("first_time_slight_corrected")),
            bool(data.get("no_fault")),
            tuple(data.get("aggravating", ())),
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "art32_grounds": list(self.art32_grounds),
            "art31": self.art31,
            "minor_no_harm_corrected": self.minor_no_harm_corrected,
            "first_time_slight_corrected": self.first_time_slight_corrected,
            "no_fault": self.no_fault,
            "aggravating": list(self.aggravating),
        }


@dataclass
class Assessment:
    """The engine's view of a case: ranges, the recommended tier and what the law requires."""

    statutory: Range | None
    tier: str
    recommended: Range | None
    outcome: str  # penalty / no_penalty_mandatory / no_penalty_possible
    mandatory_lighter: bool
    may_mitigate: bool
    age: int | None
    first_violation: bool | None
    notes: list[str] = field(default_factory=list)
    tiers: list[dict[str, Any]] = field(default_factory=list)
    note_parts: list[Parts] = field(default_factory=list)  # the notes as templates and arguments
    penalty_types: tuple[str, ...] = ()  # the catalogue row's statutory kinds of penalty (罚款, 警告, …)

    def as_dict(self) -> dict[str, Any]:
        return {
            "statutory": self.statutory.as_list() if self.statutory else None,
            "tier": self.tier,
            "recommended": self.recommended.as_list() if self.recommended else None,
            "outcome": self.outcome,
            "mandatory_lighter": self.mandatory_lighter,
            "may_mitigate": self.may_mitigate,
            "age": self.age,
            "first_violation": self.first_violation,
            "notes": list(self.notes),
            "note_parts": list(self.note_parts),
            "tiers": self.tiers,
        }


def age_at_act(id_type: str, id_number: str, act_date: dt.date | None) -> int | None:
    """Age on the act date from a resident ID number (Art. 30); None when not derivable."""
    if id_type != "resident_id" or not id_number or act_date is None:
        return None
    parsed = identity.parse_resident_id(id_number, today=act_date)
    return identity.age_on(parsed.birth_date, act_date) if parsed else None


def lighter_cap(statutory: Range) -> Range:
    """The 从轻 band of a statutory range: [min, mid) (spec §3.4 [P])."""
    return Range(statutory.min_cents, max(statutory.min_cents, statutory.mid_cents - 1))


def recommend_tier(
    item: Mapping[str, Any], party_type: str, answers: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The tier the answers point at: an explicitly chosen tier name, else the first matching predicate."""
    tiers = benchmarks.tiers_for(item, party_type)
    chosen = answers.get("tier")
    if chosen:
        for t in tiers:
            if t["tier"] == chosen:
                return t
    for t in tiers:
        if benchmarks.tier_matches(t, answers):
            return t
    return None


def assess(
    item: Mapping[str, Any],
    *,
    party_type: str,
    answers: Mapping[str, Any] | None = None,
    circumstances: Circumstances | None = None,
    age: int | None = None,
    prior_violations: int | None = None,
    on_no_penalty_list: bool = False,
) -> Assessment:
    """Apply Art. 30–33 and the tiers to one catalogue item."""
    answers = answers or {}
    c = circumstances or Circumstances()
    cost = answers.get("cost_cents")
    statutory = benchmarks.statutory_range(
        item, party_type, cost_cents=int(cost) if cost is not None else None
    )
    tier = recommend_tier(item, party_type, answers)
    recommended = (
        benchmarks.tier_range(tier, cost_cents=int(cost) if cost is not None else None) if tier else statutory
    )
    tier_name = tier["tier"] if tier else STATUTORY_TIER
    note_parts: list[Parts] = []

    def _note(template: str, *args: Any) -> None:
        note_parts.append((template, args))

    outcome = "penalty"
    mandatory_lighter = bool(c.art32_grounds)
    may_mitigate = bool(c.art32_grounds)
    if c.art32_grounds:
        _note("{0}：具有应当从轻或者减轻处罚的情形，罚款应在从轻档或以下", art.APL32.short)
    if age is not None and age < 14:
        outcome = "no_penalty_mandatory"
        _note("{0}：违法时未满14周岁（{1}岁），不予行政处罚，责令监护人加以管教", art.APL30.short, age)
    elif age is not None and age < 18:
        mandatory_lighter = may_mitigate = True
        _note("{0}：违法时已满14周岁不满18周岁（{1}岁），应当从轻或者减轻处罚", art.APL30.short, age)
    if c.art31 == "incapable":
        outcome = "no_penalty_mandatory"
        _note("{0}：违法时不能辨认或者不能控制自己行为，不予行政处罚", art.APL31.short)
    elif c.art31 == "limited":
        may_mitigate = True
        _note("{0}：尚未完全丧失辨认或者控制能力，可以从轻或者减轻处罚", art.APL31.short)
    if c.minor_no_harm_corrected:
        outcome = "no_penalty_mandatory"
        _note("{0}：违法行为轻微并及时改正，没有造成危害后果，不予行政处罚（须教育）", art.APL33_1.short)
    if c.no_fault:
        outcome = "no_penalty_mandatory"
        _note("{0}：有证据足以证明没有主观过错，不予行政处罚", art.APL33_2.short)
    first = None if prior_violations is None else prior_violations == 0
    if outcome == "penalty" and first and c.first_time_slight_corrected and on_no_penalty_list:
        outcome = "no_penalty_possible"
        _note(
            "{0}：初次违法且危害后果轻微并及时改正，可以不予行政处罚（首违不罚清单事项）", art.APL33_1.short
        )
    elif first is False:
        _note("当事人在回溯期内已有{0}起违法记录，不适用首违不罚", prior_violations)
    if mandatory_lighter and statutory is not None:
        cap = lighter_cap(statutory)
        base = recommended or statutory
        lo, hi = max(base.min_cents, cap.min_cents), min(base.max_cents, cap.max_cents)
        if lo > hi:
            recommended, tier_name = cap, "从轻"
        else:
            recommended = Range(lo, hi)
            tier_name = LIGHTER_TIER.format(tier_name) if tier else "从轻"
    if tier and tier.get("illustrative"):
        _note("本阶次为示例数据（illustrative），须以正式裁量基准替换")
    tiers = []
    for t in benchmarks.tiers_for(item, party_type):
        r = benchmarks.tier_range(t, cost_cents=int(cost) if cost is not None else None)
        tiers.append(
            {
                "tier": t["tier"],
                "conditions": t.get("conditions", ""),
                "range": r.as_list() if r else None,
                "pct_of_cost": t.get("pct_of_cost"),
                "illustrative": bool(t.get("illustrative")),
            }
        )
    notes = [chinese(p) for p in note_parts]
    return Assessment(
        statutory,
        tier_name,
        recommended,
        outcome,
        mandatory_lighter,
        may_mitigate,
        age,
        first,
        notes,
        tiers,
        note_parts,
        tuple(item.get("penalty_types") or ()),
    )


@dataclass(frozen=True)
class AmountCheck:
    """What an entered amount means: outside the tier (needs 说理), mitigated (减轻), review needed."""

    amount_cents: int
    outside_tier: bool
    mitigated: bool
    requires_review: bool


def check_amount(
    a: Assessment, amount_cents: int, *, reason: str = "", mitigate: bool = False
) -> AmountCheck:
    """Refuse an unlawful amount; flag one that needs reasons and legal review.

    Raises:
        GuardRefused: outside the statutory range (Art. 4/5), above the 从轻 band with an Art. 30/32 ground,
            below the minimum without a 减轻 ground, outside the tier without 说理, or a fine where the law
            says no penalty.
    """
    if amount_cents < 0:
        raise refuse("amount_negative", art.NONE, "罚款金额不能为负数", "请输入正确金额")
    if a.outcome == "no_penalty_mandatory" and amount_cents > 0:
        raise refuse(
            "no_penalty",
            (art.APL30, art.APL31, art.APL33),
            "本案依法不予行政处罚，不能确定罚款金额",
            ("请选择“不予处罚”决定，并记录说服教育情况（{0}）", (art.APL33_3.short,)),
        )
    if a.statutory is None:
        raise refuse(
            "no_statutory_range",
            (art.APL4, art.APL34),
            "该事项对此类当事人没有法定罚款幅度（或缺少工程造价）",
            "请核对当事人类型，或在裁量表中填写工程造价",
        )
    if amount_cents > a.statutory.max_cents:
        raise refuse(
            "outside_statutory",
            (art.APL4, art.APL5),
            (
                "罚款{0}元超过法定上限{1}元",
                (f"{amount_cents / 100:.2f}", f"{a.statutory.max_cents / 100:.2f}"),
            ),
            "罚款只能在法定幅度内确定，请修改金额",
        )
    mitigated = amount_cents < a.statutory.min_cents
    if mitigated and not (mitigate and a.may_mitigate):
        raise refuse(
            "below_statutory",
            (art.APL30, art.APL32),
            ("罚款低于法定下限{0}元", (f"{a.statutory.min_cents / 100:.2f}",)),
            (
                "只有具备{0}或{1}减轻情形并勾选“减轻处罚”时才能低于下限",
                (art.APL30.short, art.APL32.short),
            ),
        )
    if a.mandatory_lighter and not mitigated and amount_cents > lighter_cap(a.statutory).max_cents:
        raise refuse(
            "mandatory_lighter",
            (art.APL30, art.APL32),
            "具有应当从轻或者减轻处罚的情形，罚款不能高于从轻档",
            (
                "请将罚款定在{0}元以下，或取消不成立的情形",
                (f"{lighter_cap(a.statutory).max_cents / 100:.2f}",),
            ),
        )
    outside = a.recommended is not None and not a.recommended.contains(amount_cents)
    if (outside or mitigated) and not reason.strip():
        raise refuse(
            "reason_required",
            art.DISCRETION_REASONING,
            "金额不在推荐阶次内，须填写裁量说理",
            "在“说理”栏写明偏离推荐阶次的理由；说理将印在决定书上，并提交法制审核",
        )
    return AmountCheck(amount_cents, outside, mitigated, outside or mitigated)


# Which catalogue version applies and why (Art. 37), as the discretion form states it.
NOTE_IN_FORCE = f"适用违法行为发生时的裁量基准（{art.APL37.short}）"
NOTE_NONE_THEN = "行为时无裁量基准，适用现行基准"
NOTE_LIGHTER = f"新规定处罚较轻，适用新规定（{art.APL37.short}从旧兼从轻）"
CATALOGUE_NOTES = (NOTE_IN_FORCE, NOTE_NONE_THEN, NOTE_LIGHTER)


def choose_catalogue(
    catalogues: Iterable[Catalogue],
    *,
    matter_code: str,
    act_date: dt.date,
    today: dt.date,
    party_type: str,
    lighter_new: bool = False,
    cost_cents: int | None = None,
) -> tuple[Catalogue | None, str]:
    """The catalogue version to apply (Art. 37 从旧兼从轻): the one in force on the act date, or — when
    asked — the current one if it is lighter. Returns (catalogue, note)."""
    cats = list(catalogues)
    old = benchmarks.in_force(cats, act_date, matter_code=matter_code)
    if not lighter_new:
        return old, NOTE_IN_FORCE
    new = benchmarks.in_force(cats, today, matter_code=matter_code)
    if new is None or old is None or new is old:
        if old is None:
            return new, NOTE_NONE_THEN
        raise refuse(
            "lighter_new_law", art.APL37, "现行裁量基准与行为时相同，没有更轻的新规定", "取消“从旧兼从轻”选项"
        )
    r_old = benchmarks.statutory_range(old.items[matter_code], party_type, cost_cents=cost_cents)
    r_new = benchmarks.statutory_range(new.items[matter_code], party_type, cost_cents=cost_cents)
    if r_old and r_new and (r_new.max_cents, r_new.min_cents) < (r_old.max_cents, r_old.min_cents):
        return new, NOTE_LIGHTER
    raise refuse(
        "lighter_new_law",
        art.APL37,
        "现行规定并不比行为时的规定更轻，应适用行为时的规定",
        "取消“从旧兼从轻”选项",
    )
