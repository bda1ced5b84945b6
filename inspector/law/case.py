"""The case as the legal rules see it: ``CaseView`` (loaded by the services), one attempted step, refusals.

Pure data and parsing; no rule lives here. ``inspector.law.procedure`` re-exports these names.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from inspector.errors import GuardRefused, Parts, Verbatim, chinese
from inspector.law import articles as art
from inspector.law.articles import Article, cite
from inspector.law.workdays import HolidayCalendar
from inspector.model import CaseState


class DecisionOutcome(enum.StrEnum):
    """Art. 57 ¶1: exactly four outcomes at the end of an investigation."""

    PENALTY = "penalty"  # (1) 给予行政处罚
    NO_PENALTY_MINOR = "no_penalty_minor"  # (2) 违法行为轻微，依法可以不予行政处罚
    NO_CASE = "no_case"  # (3) 违法事实不能成立，不予行政处罚
    TRANSFER = "transfer"  # (4) 涉嫌犯罪，移送司法机关


OUTCOME_LABELS = {
    DecisionOutcome.PENALTY: "给予行政处罚",
    DecisionOutcome.NO_PENALTY_MINOR: "不予行政处罚（轻微）",
    DecisionOutcome.NO_CASE: "违法事实不能成立，不予行政处罚",
    DecisionOutcome.TRANSFER: "移送司法机关",
}


class ServiceMethod(enum.StrEnum):
    """送达方式 (Art. 61 and the Civil Procedure Law)."""

    DIRECT = "direct"  # 直接送达 / 当场交付
    LEFT = "left"  # 留置送达
    ENTRUSTED = "entrusted"  # 委托送达
    POSTAL = "postal"  # 邮寄送达
    PUBLIC_NOTICE = "public_notice"  # 公告送达
    ELECTRONIC = "electronic"  # 电子送达 (party's consent and 确认书 required)


SERVICE_LABELS = {
    ServiceMethod.DIRECT: "直接送达",
    ServiceMethod.LEFT: "留置送达",
    ServiceMethod.ENTRUSTED: "委托送达",
    ServiceMethod.POSTAL: "邮寄送达",
    ServiceMethod.PUBLIC_NOTICE: "公告送达",
    ServiceMethod.ELECTRONIC: "电子送达",
}

# How a decision changed (Art. 48); a change of any kind but 变更 leaves nothing to publish.
CHANGE_LABELS = {
    "revoked": "决定撤销",
    "changed": "决定变更",
    "unlawful": "确认违法",
    "void": "确认无效",
}
CHANGED = "changed"
# A decision revoked or confirmed void leaves nothing to execute (行政强制法 Art. 40 (4), Art. 41). One confirmed
# unlawful is not among them: a court confirms unlawfulness instead of revoking where revoking would gravely harm
# the public interest, or where nothing is left to revoke (行政诉讼法 Art. 74); the decision stays in force and
# its execution goes on (compensation is another matter). Its publication is still withdrawn (Art. 48).
ENDING = frozenset({"revoked", "void"})


def change_kind(event: Mapping[str, Any] | None) -> str:
    """How a recorded 登记决定变更/撤销 changed the decision ("" for none, or one recorded before changes said)."""
    return str((event or {}).get("data", {}).get("kind") or "")


@dataclass
class CaseView:
    """Everything the guards look at; built by the service from the database.

    ``assessment`` is the discretion engine's view of the case's matter and party (statutory range, tier,
    Art. 30–33 circumstances), None when no benchmark catalogue covers the matter on the act date.
    """

    case: dict[str, Any]
    party: dict[str, Any] | None
    officers: list[dict[str, Any]]
    events: list[dict[str, Any]]
    discretion: dict[str, Any] | None
    agency: dict[str, Any] | None
    setting: Callable[[str], Any]
    cal: HolidayCalendar
    today: dt.date
    has_legal_qualification: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    assessor: Callable[[], Any] | None = None  # computes ``assessment`` when a rule first asks

    @property
    def assessment(self) -> Any:
        if "assessment" not in self.extra:
            self.extra["assessment"] = self.assessor() if self.assessor else None
        return self.extra["assessment"]

    @property
    def state(self) -> CaseState:
        return CaseState(self.case["state"])

    def last(self, *steps: str) -> dict[str, Any] | None:
        """The newest event of any of ``steps`` (None when there is none)."""
        found: dict[str, Any] | None = next((e for e in reversed(self.events) if e["step"] in steps), None)
        return found

    def decision_ended(self) -> dict[str, Any] | None:
        """The 登记决定变更/撤销 that revoked the decision or confirmed it unlawful or void (None while the decision
        stands, changed or not): nothing is left to execute (行政强制法 Art. 40 (4))."""
        change = self.last("decision_changed")
        return change if change_kind(change) in ENDING else None

    def after(self, event: Mapping[str, Any] | None, *steps: str) -> list[dict[str, Any]]:
        """Events of ``steps`` recorded after ``event`` (all of them when ``event`` is None)."""
        start = 0 if event is None else next(i for i, e in enumerate(self.events) if e is event) + 1
        return [e for e in self.events[start:] if e["step"] in steps]


@dataclass
class Attempt:
    """One step being tried: its name, the day it happens and the data given (rules may fill in what they
    derive, e.g. the amount taken over from the notice)."""

    step: str
    on: dt.date
    data: dict[str, Any]

    @property
    def outcome(self) -> str:
        return "penalty" if self.step == "on_the_spot" else str(self.data.get("outcome", "penalty"))

    @property
    def penalty(self) -> bool:
        """The step imposes a penalty (an on-the-spot decision, or a decision with outcome 给予行政处罚)."""
        return self.outcome == DecisionOutcome.PENALTY


Rule = Callable[[CaseView, Attempt], None]


def refuse(
    rule: str,
    article: Article | tuple[Article, ...],
    message: str | Parts,
    hint: str | Parts = "",
    *,
    parts: Parts | None = None,
    hint_parts: Parts | None = None,
) -> GuardRefused:
    """The refusal a rule raises, citing its article(s) in their one canonical spelling; ``parts`` and
    ``hint_parts`` give the words as templates and arguments for an interface that translates them, as does
    a ``message`` or ``hint`` given as (template, arguments) (its Chinese is the template filled in)."""
    articles = article if isinstance(article, tuple) else (article,)
    if isinstance(message, tuple):
        parts = message
        message = chinese(parts)
    if isinstance(hint, tuple):
        hint_parts = hint
        hint = chinese(hint_parts)
    return GuardRefused(
        rule=rule, article=cite(*articles), message=message, hint=hint, parts=parts, hint_parts=hint_parts
    )


def parse_date(value: Any, default: dt.date) -> dt.date:
    if value in (None, ""):
        return default
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise refuse(
            "bad_date", art.NONE, ("日期格式错误：{0}", (Verbatim(str(value)),)), "请按 YYYY-MM-DD 填写日期"
        ) from None


def parse_cents(value: Any, what: str) -> int:
    try:
        cents = int(value)
    except (TypeError, ValueError):
        raise refuse(
            "bad_amount", art.NONE, ("{0}不是有效金额", ((what, ()),)), "请以“分”为单位填写整数金额"
        ) from None
    if cents < 0:
        raise refuse("bad_amount", art.NONE, ("{0}不能为负数", ((what, ()),)), "请填写正确金额")
    return cents


def flag(value: Any) -> bool:
    """A yes/no given on the command line (``--set cash=false``) or by a form."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "no", "n", "否")
    return bool(value)
