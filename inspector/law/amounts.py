"""The one set of amount rules for every path that sets a fine or decides a case.

The discretion form, the prior notice, the decision and the on-the-spot decision (GUI and CLI alike) all
judge an amount here: the statutory range (Art. 4, 5), the Art. 30/32 caps and mitigation, the tier with its
说理 and the review trigger (via :func:`inspector.law.discretion.check_amount`), the Art. 51 ceiling of the
simple procedure, no second fine for the same act (Art. 29) and on-the-spot collection (Art. 68–70). What
the printed reasoning needs is kept with the step as ``data["reasoning"]`` (see :func:`reasoning_facts`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import Verbatim
from inspector.law import articles as art
from inspector.law import discretion
from inspector.law.case import Attempt, CaseView, flag, parse_cents, refuse
from inspector.law.discretion import Assessment


@dataclass(frozen=True)
class Judgement:
    """A lawful amount and what it means for the reasoning printed on the decision."""

    amount_cents: int
    tier: str
    statutory: tuple[int, int] | None
    recommended: tuple[int, int] | None
    outside_tier: bool
    mitigated: bool
    requires_review: bool
    reason: str = ""
    circumstances: tuple[str, ...] = field(default_factory=tuple)

    def as_reasoning(self) -> dict[str, Any]:
        """The facts the 说理 paragraph is written from (stored with the step that set the amount)."""
        return {
            "amount_cents": self.amount_cents,
            "tier": self.tier,
            "statutory": list(self.statutory) if self.statutory else None,
            "recommended": list(self.recommended) if self.recommended else None,
            "within_recommended": not self.outside_tier and not self.mitigated,
            "outside_tier": self.outside_tier,
            "mitigated": self.mitigated,
            "requires_review": self.requires_review,
            "reason": self.reason,
            "circumstances": list(self.circumstances),
        }


def judge(a: Assessment, amount_cents: int, *, reason: str = "", mitigate: bool = False) -> Judgement:
    """Judge one amount against the assessment (Art. 4, 5, 30, 32 and the tier); refuse an unlawful one.

    Raises:
        GuardRefused: see :func:`inspector.law.discretion.check_amount`.
    """
    check = discretion.check_amount(a, amount_cents, reason=reason, mitigate=mitigate)
    return Judgement(
        check.amount_cents,
        a.tier,
        (a.statutory.min_cents, a.statutory.max_cents) if a.statutory else None,
        (a.recommended.min_cents, a.recommended.max_cents) if a.recommended else None,
        check.outside_tier,
        check.mitigated,
        check.requires_review,
        reason.strip(),
        tuple(a.notes),
    )


def reasoning_facts(view: CaseView) -> dict[str, Any] | None:
    """What the decided amount means, for the printed 说理: tier, recommended and statutory ranges, whether
    the amount is within the recommended range, mitigation, the officer's reason and the circumstances.

    Taken from the step that fixed the amount (decision, on-the-spot decision; the notice before a decision);
    None when the case has no fine yet."""
    for step in ("decide", "on_the_spot", "notify"):
        event = view.last(step)
        if event is not None and event["data"].get("reasoning"):
            return dict(event["data"]["reasoning"])
    return None


def _proposed(view: CaseView, attempt: Attempt) -> int | None:
    """The amount this step sets: given, else taken over (notice from the discretion form, decision from the
    notice)."""
    if attempt.data.get("amount_cents") not in (None, ""):
        return parse_cents(attempt.data["amount_cents"], "罚款金额")
    if attempt.step == "notify" and view.discretion and view.discretion.get("amount_cents") is not None:
        return int(view.discretion["amount_cents"])
    if attempt.step == "decide":
        notice = view.last("notify")
        if notice is not None and notice["data"].get("amount_cents") is not None:
            return int(notice["data"]["amount_cents"])
    return None


def _reason_and_mitigation(view: CaseView, attempt: Attempt, amount: int) -> tuple[str, bool]:
    reason = str(attempt.data.get("reason") or "")
    mitigate = flag(attempt.data.get("mitigate"))
    record = view.discretion
    if record and record.get("amount_cents") == amount:
        reason = reason or str(record.get("reason") or "")
        mitigate = mitigate or bool(record.get("mitigated"))
    if not reason:
        earlier = view.last("notify")
        facts = (earlier or {}).get("data", {}).get("reasoning") or {}
        if facts.get("amount_cents") == amount:
            reason, mitigate = str(facts.get("reason") or ""), mitigate or bool(facts.get("mitigated"))
    return reason, mitigate


def require_lawful_amount(view: CaseView, attempt: Attempt) -> None:
    """Art. 4, 5, 30, 32 and the tier rules, on whatever path the amount is set (notice, decision, on the spot).

    Fills ``data["amount_cents"]`` and ``data["reasoning"]``. An on-the-spot warning (amount 0) sets no fine.
    """
    if not attempt.penalty:
        return
    amount = _proposed(view, attempt)
    if amount is None and attempt.step == "on_the_spot":
        amount = 0  # the on-the-spot form's empty amount is a warning (Art. 51)
    if amount is None:
        raise refuse(
            "no_amount", art.APL44, "事先告知须写明拟作出的处罚（金额）", "请先填写裁量表确定拟罚款金额"
        )
    attempt.data["amount_cents"] = amount
    a: Assessment | None = view.assessment
    if amount == 0 and attempt.step == "on_the_spot" and a is not None:
        attempt.data.pop("reasoning", None)
        if WARNING in a.penalty_types:
            return
        _require_warning_mitigated(view, attempt, a)
        return
    if a is None:
        raise refuse(
            "no_statutory_range",
            (art.APL4, art.APL34),
            (
                "事项{0}在违法行为发生日没有可适用的裁量基准，无法核对法定罚款幅度",
                (view.case.get("matter_code", ""),),
            ),
            "请管理员导入适用的裁量基准（inspector standards import），或核对案件的事项代码和违法行为日期",
        )
    reason, mitigate = _reason_and_mitigation(view, attempt, amount)
    attempt.data["reasoning"] = judge(a, amount, reason=reason, mitigate=mitigate).as_reasoning()


WARNING = "警告"


def _require_warning_mitigated(view: CaseView, attempt: Attempt, a: Assessment) -> None:
    """Art. 4, 51: a warning is a penalty only where the provision gives it. For a matter that provides only
    fines, a warning instead of the minimum fine is a 减轻 (Art. 30, 32): it needs the ground and its 说理."""
    mitigate = flag(attempt.data.get("mitigate"))
    if not (mitigate and a.may_mitigate):
        kinds = "、".join(a.penalty_types) or "罚款"
        raise refuse(
            "warning_not_provided",
            (art.APL4, art.APL51),
            ("该事项的法定处罚种类为{0}，不含警告，不能当场给予警告", (kinds,)),
            (
                "请填写罚款金额；具备{0}或{1}减轻情形的，勾选“减轻处罚”并写明说理",
                (art.APL30.short, art.APL32.short),
            ),
        )
    reason, mitigate = _reason_and_mitigation(view, attempt, 0)
    attempt.data["reasoning"] = judge(a, 0, reason=reason, mitigate=mitigate).as_reasoning()


def require_simple_procedure_ceiling(view: CaseView, attempt: Attempt) -> None:
    """Art. 51: on the spot only a warning or a fine up to 200 yuan (person) / 3000 yuan (organisation)."""
    amount = parse_cents(attempt.data.get("amount_cents") or 0, "罚款金额")
    kind = (view.party or {}).get("kind", "person")
    key = "simple.max_fine_person_cents" if kind == "person" else "simple.max_fine_org_cents"
    limit = int(view.setting(key))
    if amount > limit:
        raise refuse(
            "simple_threshold",
            art.APL51,
            (
                "当场处罚的罚款不能超过{0}元（公民）"
                if kind == "person"
                else "当场处罚的罚款不能超过{0}元（法人或其他组织）",
                (f"{limit / 100:.0f}",),
            ),
            "请改用普通程序：先立案，再调查取证",
        )


def require_no_second_fine(view: CaseView, attempt: Attempt) -> None:
    """Art. 29: no second fine for the same act of the same party, under this provision or any other (the
    provision with the higher fine applies, once). Another fined case of the same party for the same act
    date under a different matter is refused unless the officer records why it is a separate act."""
    if not attempt.penalty or not int(attempt.data.get("amount_cents") or 0):
        return
    for other in view.extra.get("duplicate_fines") or ():
        same_matter = other.get("matter_code") == view.case.get("matter_code")
        if not same_matter and str(attempt.data.get("separate_act") or "").strip():
            continue
        name = other.get("case_no") or other["id"]
        if same_matter:
            raise refuse(
                "double_fine",
                art.APL29,
                ("当事人的同一违法行为已被罚款（案件{0}）", (name,)),
                "同一个违法行为不得给予两次以上罚款；请核对是否为同一行为，必要时作不予处罚或撤销立案处理",
            )
        raise refuse(
            "double_fine",
            art.APL29,
            (
                "当事人同日的违法行为已在案件{0}（{1}）中被罚款；同一违法行为违反多个规定的，只按罚款数额高的规定罚款一次{2}",
                (name, other.get("matter_name") or other.get("matter_code"), _higher(other)),
            ),
            "确属另一个违法行为的，请在 separate_act 中写明理由；否则按罚款数额高的规定处罚一次",
        )


def _higher(other: Mapping[str, Any]) -> str | tuple[str, tuple[str, str]]:
    """Which provision carries the higher fine (Art. 29), when both maxima are known (words to translate)."""
    theirs, ours = other.get("statutory_max_cents"), other.get("own_max_cents")
    if theirs is None or ours is None:
        return ""
    if ours > theirs:
        return (
            "（本案规定罚款上限{0}元高于另案的{1}元：应先变更或撤销另案的罚款，再按本案规定处罚）",
            (f"{ours / 100:.0f}", f"{theirs / 100:.0f}"),
        )
    return (
        "（另案规定罚款上限{0}元不低于本案的{1}元：应维持另案处罚，本案不再罚款）",
        (f"{theirs / 100:.0f}", f"{ours / 100:.0f}"),
    )


def require_lawful_cash(view: CaseView, attempt: Attempt) -> None:
    """Art. 67–70: fines are paid at the bank; officers collect on the spot only when the fine itself allows
    it (Art. 68: simple procedure and a fine up to 100 yuan, or hard to collect later; Art. 69: remote areas at
    the party's request), and always against the official receipt (Art. 70)."""
    if not flag(attempt.data.get("cash")):
        return
    if attempt.step == "on_the_spot":
        fine, simple = int(attempt.data.get("amount_cents") or 0), True
    else:
        fine = int(view.case.get("fine_cents") or 0)
        simple = (view.case.get("procedure") or "general") == "simple"
    limit = int(view.setting("cash.max_on_the_spot_cents"))
    ground = str(attempt.data.get("cash_ground") or "")
    if not (simple and (fine <= limit or ground == "hard_to_collect")) and ground != "remote":
        raise refuse(
            "cash_collection",
            (art.APL67, art.APL68, art.APL69),
            (
                "只有简易程序罚款{0}元以下或事后难以执行、或边远地区当事人提出的，才能当场收缴罚款（本案罚款{1}元）",
                (Verbatim(f"{limit / 100:.0f}"), Verbatim(f"{fine / 100:.2f}")),
            ),
            "请开具缴款通知，由当事人到指定银行或通过电子支付缴纳",
        )
    if not str(attempt.data.get("receipt_no") or "").strip():
        raise refuse(
            "cash_receipt",
            art.APL70,
            "当场收缴罚款必须出具省级财政部门统一制发的专用票据",
            "请登记专用票据号码",
        )


# Why a case needs 法制审核 under the local triggers, as templates with arguments the interface translates.
REASON_OUTSIDE_TIER = "罚款不在推荐裁量阶次内（本地规定）"
REASON_MITIGATED = "减轻处罚（本地规定）"
REASON_THRESHOLD = "罚款达到{0}元（本地规定）"
REASON_PARTY_THRESHOLD = "对{0}罚款达到{1}元（本地规定）"
REASON_PERSON, REASON_ORGANISATION = "公民", "法人或其他组织"
REASON_HEAVY = "拟责令停产停业、吊销许可证或没收较大数额财物（本地规定）"
REASON_DEMOLITION = "拟强制拆除（本地规定）"
REASON_TEXTS = (
    REASON_OUTSIDE_TIER,
    REASON_MITIGATED,
    REASON_THRESHOLD,
    REASON_PARTY_THRESHOLD,
    REASON_PERSON,
    REASON_ORGANISATION,
    REASON_HEAVY,
    REASON_DEMOLITION,
)
Reason = tuple[str, tuple[Any, ...]]


def review_reasons(
    view: CaseView, reasoning: Mapping[str, Any] | None, amount_cents: int | None
) -> list[str]:
    """The local 法制审核 triggers that depend on the amount actually set (outside the tier, mitigated, over a
    threshold), judged on that amount rather than on an earlier form."""
    return [template.format(*args) for template, args in review_reason_parts(view, reasoning, amount_cents)]


def review_reason_parts(
    view: CaseView, reasoning: Mapping[str, Any] | None, amount_cents: int | None
) -> list[Reason]:
    """:func:`review_reasons` as (template, arguments) pairs, for an interface that translates them."""
    triggers = set(view.setting("legal_review.triggers") or ())
    facts = reasoning if reasoning is not None else view.discretion or {}
    reasons: list[Reason] = []
    if "outside_tier" in triggers and facts.get("outside_tier"):
        reasons.append((REASON_OUTSIDE_TIER, ()))
    if "mitigated" in triggers and facts.get("mitigated"):
        reasons.append((REASON_MITIGATED, ()))
    threshold = view.setting("legal_review.fine_threshold_cents")
    if (
        "fine_threshold" in triggers
        and threshold is not None
        and amount_cents is not None
        and amount_cents >= int(threshold)
    ):
        reasons.append((REASON_THRESHOLD, (f"{int(threshold) / 100:.0f}",)))
    kind = (view.party or {}).get("kind", "person")
    table = (view.setting("legal_review.fine_thresholds") or {}) if "fine_by_party" in triggers else {}
    by_party = table.get((view.agency or {}).get("division_code", "")) or table.get("*") or {}
    limit = by_party.get(kind, by_party.get("person" if kind == "person" else "organisation"))
    if (
        limit is not None
        and amount_cents is not None
        and amount_cents >= int(limit)
        and not any(template == REASON_THRESHOLD for template, _ in reasons)
    ):
        who = REASON_PERSON if kind == "person" else REASON_ORGANISATION
        reasons.append((REASON_PARTY_THRESHOLD, (who, f"{int(limit) / 100:.0f}")))
    if "heavy_penalty" in triggers and any(e["data"].get("heavy_penalty") for e in view.events):
        reasons.append((REASON_HEAVY, ()))
    if "demolition" in triggers and any(e["data"].get("demolition") for e in view.events):
        reasons.append((REASON_DEMOLITION, ()))
    return reasons
