"""What each workflow step takes: its fields, declared once.

:data:`STEP_FIELDS` names, per step, every key the step's rules (``inspector.law.procedure.RULES``), its
effect and the use case ``inspector.services.workflow.advance`` read from the step's data, with the label
the officer sees, the kind of value and, for a choice, the values the law allows. It generates the step
dialog (``ui.widgets.step_dialog``), the parsing of ``inspector case advance CASE STEP --set KEY=VALUE`` and
the field lists of docs/workflow.md. Fields of the documents a step issues are not step fields: they are
given with ``--doc`` (the dialog asks them from the document's own list of missing fields).

Kinds: ``text``; ``money`` (the key ends in ``_cents``; the form and ``--set amount=200.50`` take 元,
``--set amount_cents=20000`` takes 分); ``date`` (YYYY-MM-DD); ``int`` (within ``minimum``–``maximum``);
``bool``; ``choice`` (one of ``choices``); ``choices`` (several of ``choices``, comma-separated on the
command line). A field with ``form=False`` is given on the command line only (dates other than today, flags
read by later steps); the dialog does not ask it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from inspector import settings
from inspector.law import articles as art
from inspector.law.case import CHANGE_LABELS, OUTCOME_LABELS, SERVICE_LABELS
from inspector.law.deadlines import TIMER_BY_KEY
from inspector.law.procedure import NO_PENALTY_GROUND_LABELS, STEP_BY_NAME
from inspector.law.rules import ART58_FLAGS, RECORD_RESULTS, REVIEW_VERDICTS

KINDS = ("text", "money", "date", "int", "bool", "choice", "choices")
KIND_LABELS = {
    "text": "文字",
    "money": "金额（元）",
    "date": "日期",
    "int": "整数",
    "bool": "是/否",
    "choice": "单选",
    "choices": "多选",
}
MAX_CENTS = 10**12  # 100亿元: beyond any fine a person means


@dataclass(frozen=True)
class StepField:
    """One value a step takes: ``key`` in the step's data, the ``label`` shown, the ``kind`` of value."""

    key: str
    label: str
    kind: str = "text"
    choices: Mapping[str, str] | None = None
    article: art.Article | None = None  # the provision the field serves, when the label does not say it
    notes: str = ""  # when it is required, what an empty value means
    minimum: int = 0
    maximum: int = 3650
    form: bool = True  # asked by the step dialog (False: command line only)

    @property
    def yuan_key(self) -> str:
        """For a money field, the spelling that takes 元 on the command line (``amount`` for ``amount_cents``)."""
        return self.key.removesuffix("_cents")


class FieldError(ValueError):
    """A value that does not fit its field; the message says what is expected."""


def _choices(table: Mapping[Any, str]) -> dict[str, str]:
    return {str(k): v for k, v in table.items()}


# Fields the amount rules (inspector.law.amounts) read on every step that sets a fine.
_REASON = StepField(
    "reason",
    "裁量说理（金额不在推荐阶次内时必填）",
    article=art.DISCRETION_REASONING,
    notes="金额在推荐阶次内时可空",
)
_MITIGATE = StepField("mitigate", f"减轻处罚（具备{art.APL30.short}或{art.APL32.short}情形）", "bool")
_SEPARATE = StepField(
    "separate_act",
    f"与当事人同日另案罚款系另一违法行为的理由（{art.APL29.short}）",
    notes="当事人同日有另案罚款时必填",
)
_SERIOUS_HARM = StepField(
    "serious_harm",
    f"涉及公民生命健康安全、金融安全且有危害后果（追责时效延长，{art.APL36.short}）",
    "bool",
    notes="勾选后记入案件：追责时效为五年，此后作出决定按同一时效判断",
)
_SERVED_ON = StepField(
    "served_on",
    "送达日期",
    "date",
    article=art.APL61,
    notes="空=办案日期；不早于办案日期、不晚于今天",
    form=False,
)
_CASH = (
    StepField("cash", f"当场收缴罚款（{art.APL68.short}、{art.APL69.short}）", "bool"),
    StepField(
        "cash_ground",
        "当场收缴理由",
        "choice",
        {
            "": "罚款在限额以下",
            "hard_to_collect": "不当场收缴事后难以执行",
            "remote": "边远、水上、交通不便地区，当事人提出",
        },
        article=art.APL68,
    ),
    StepField("receipt_no", f"专用票据号码（{art.APL70.short}）", notes="当场收缴时必填"),
)

_CORRECTION = StepField(
    "correction",
    "责令改正内容（改正要求和期限）",
    article=art.APL28,
    notes="给予处罚时必填；按本案责令改正通知书、检查时的改正期限或裁量基准所列措施预填",
)

# Every step also takes the day it happened (default today).
EVERY_STEP_FIELDS: tuple[StepField, ...] = (
    StepField(
        "on_date",
        "办案日期",
        "date",
        article=art.APL47,
        notes="空=今天；不得晚于今天或早于上一步骤",
        form=False,
    ),
)

STEP_FIELDS: dict[str, tuple[StepField, ...]] = {
    "on_the_spot": (
        StepField("amount_cents", "罚款金额（元）", "money", article=art.APL51, notes="空或0=警告"),
        _CORRECTION,
        StepField(
            "statement_heard",
            f"已口头告知并听取当事人陈述申辩（{art.APL44.short}、{art.APL45.short}）",
            "bool",
        ),
        _REASON,
        _MITIGATE,
        _SEPARATE,
        *_CASH,
        _SERIOUS_HARM,
    ),
    "verify": (),
    "file": (_SERIOUS_HARM,),
    "not_file": (StepField("reason", "不予立案理由", article=art.APL54),),
    "review_record": (
        StepField("result", "审核结论", "choice", RECORD_RESULTS, article=art.APL41_2),
        StepField("reason", "审核意见（不符合要求时必填）", notes="符合要求时可空"),
    ),
    "investigate": (),
    "end_investigation": (),
    "submit_review": (
        StepField(
            "major_case",
            f"情节复杂或重大违法行为，须负责人集体讨论（{art.APL57_2.short}）",
            "bool",
            form=False,
        ),
        StepField(
            "art58_flags", f"须法制审核的情形（{art.APL58.short}）", "choices", ART58_FLAGS, form=False
        ),
    ),
    "submit_legal_review": (),
    "legal_review": (
        StepField(
            "verdict",
            f"审核结论（{art.APL58.short}）",
            "choice",
            # "passed"/"failed" are the earlier two-valued codes, still understood but no longer offered
            {k: v for k, v in REVIEW_VERDICTS.items() if k not in ("passed", "failed")},
        ),
        StepField("opinion", "审核意见", notes="结论不是“同意”时必填"),
    ),
    "notify": (
        StepField("amount_cents", "拟罚款金额（元，空=按裁量表）", "money", article=art.APL44),
        _REASON,
        _MITIGATE,
        StepField(
            "heavy_penalty",
            f"拟没收较大数额财物、吊销许可证、责令停产停业等（{art.APL63.short}）",
            "bool",
        ),
        StepField("demolition", "拟强制拆除（本地规定须法制审核的情形）", "bool", form=False),
        _SERVED_ON,
    ),
    "waive_statement": (StepField("note", "书面放弃声明（编号或说明）", article=art.APL62),),
    "request_hearing": (),
    "hearing_notice": (
        StepField(
            "hearing_date", "听证日期", "date", article=art.APL64_2, notes="须在通知后留足法定的听证通知期"
        ),
    ),
    "hold_hearing": (),
    "collective": (StepField("conclusion", "讨论结论", article=art.APL57_2),),
    "decide": (
        StepField("outcome", f"决定类型（{art.APL57.short}）", "choice", _choices(OUTCOME_LABELS)),
        StepField("amount_cents", "罚款金额（元，空=按告知金额）", "money", notes="不得高于告知金额"),
        _CORRECTION,
        _REASON,
        _MITIGATE,
        _SEPARATE,
        StepField("education", "教育情况（不予处罚时必填）", article=art.APL33_3),
        StepField("receiver", "接收机关（移送时必填）", article=art.APL27),
        StepField(
            "ground",
            "不予处罚的理由",
            "choice",
            {"": "按裁量表记录的情形确定", **NO_PENALTY_GROUND_LABELS},
            article=art.APL33,
            form=False,
        ),
        StepField(
            "receiver_kind",
            "接收机关类型",
            "choice",
            {"judicial": "司法机关", "administrative": "行政机关"},
            form=False,
        ),
        StepField("basis", "移送依据", form=False),
        _SERIOUS_HARM,
    ),
    "transfer": (
        StepField("receiver", "接收机关", article=art.APL27),
        StepField("reason", "移送理由"),
        StepField(
            "receiver_kind", "接收机关类型", "choice", {"judicial": "司法机关", "administrative": "行政机关"}
        ),
        StepField("basis", "移送依据", form=False),
    ),
    "extend": (
        StepField("days", "延长天数", "int", article=art.APL60, minimum=1),
        StepField("reason", "延长理由（经负责人批准）"),
        StepField(
            "timer",
            "延长的期限",
            "choice",
            {
                "decision": TIMER_BY_KEY["decision"].name + f"（{art.APL60.short}）",
                "seizure": TIMER_BY_KEY["seizure"].name + f"（{art.ACL25}）",
            },
            form=False,
        ),
    ),
    "serve": (
        StepField("method", f"送达方式（{art.APL61.short}）", "choice", _choices(SERVICE_LABELS)),
        StepField("consent_ref", "电子送达确认书编号", article=art.APL61_2, notes="电子送达时必填"),
        _SERVED_ON,
    ),
    "start_execution": (),
    "pay": (StepField("amount_cents", "缴款金额（元）", "money", article=art.APL66), *_CASH),
    "hand_in_cash": (),
    "instalment": (
        StepField("until", "批准缴纳期限", "date", article=art.APL66_2),
        StepField("reason", "理由"),
    ),
    "appeal_start": (StepField("kind", "类型", "choice", {"review": "行政复议", "litigation": "行政诉讼"}),),
    "appeal_end": (),
    "demand": (),
    "apply_court": (),
    "publish": (),
    "decision_changed": (
        StepField("kind", "决定的变化", "choice", _choices(CHANGE_LABELS), article=art.APL48),
        StepField("reason", "变更、撤销或确认违法、无效的原因", article=art.APL48),
        StepField(
            "amount_cents",
            "变更后的罚款金额（元）",
            "money",
            notes="决定变更时必填；尚未公示的决定按变更后的内容重新起草公示记录",
        ),
    ),
    "publication_withdrawn": (
        StepField(
            "reason",
            "撤下说明（公开说明的理由）",
            article=art.APL48,
            notes="不填则沿用登记决定变更/撤销时的原因",
        ),
    ),
    "close": (),
    "archive": (),
}


def fields_of(step: str) -> tuple[StepField, ...]:
    """Every field ``step`` takes on the command line: its own, then the ones every step takes."""
    return STEP_FIELDS.get(step, ()) + EVERY_STEP_FIELDS


def form_fields(step: str) -> tuple[StepField, ...]:
    """The fields the step dialog asks."""
    return tuple(f for f in STEP_FIELDS.get(step, ()) if f.form)


def yuan_to_cents(text: str) -> int | None:
    """'200' / '200.50' / '200元' → cents; '' → None; raises ValueError on anything else."""
    if not str(text).strip():
        return None
    return settings.yuan_to_cents(text)


_TRUE = ("true", "是")
_FALSE = ("false", "否")


def parse(step: str, key: str, raw: str) -> tuple[str, Any]:
    """``--set key=raw`` for ``step``: the key to store and its value, parsed by the declared kind.

    A money field takes 分 under its own key (``amount_cents=20000``) or 元 without the suffix
    (``amount=200.50``). Raises :class:`FieldError` naming what is expected (an undeclared key: the keys
    the step takes)."""
    if step not in STEP_BY_NAME:
        raise FieldError(f"未知的办案步骤：{step}（可用：{'、'.join(STEP_BY_NAME)}）")
    fields = fields_of(step)
    found = next((f for f in fields if f.key == key), None)
    yuan = found is None and next((f for f in fields if f.kind == "money" and f.yuan_key == key), None)
    if found is None and not yuan:
        keys = "、".join(f"{f.yuan_key}（元）/{f.key}（分）" if f.kind == "money" else f.key for f in fields)
        raise FieldError(f"步骤 {step} 没有字段 {key[:40]}；可用字段：{keys}")
    if yuan:
        try:
            cents = yuan_to_cents(raw)
        except ValueError:
            raise FieldError(f"{key}（{yuan.label}）应为金额（元，最多两位小数）：{raw[:40]}") from None
        return yuan.key, cents
    assert found is not None
    return found.key, value_of(found, raw)


def value_of(field: StepField, raw: str) -> Any:
    """The value of ``raw`` typed on the command line for ``field`` (FieldError when it does not fit)."""
    name = f"{field.key}（{field.label}）"
    text = raw.strip()
    if field.kind == "money":  # under the _cents key: an integer number of 分
        if not re.fullmatch(r"-?\d+", text):
            raise FieldError(f"{name}应为整数（分）：{raw[:40]}；以元填写请用 {field.yuan_key}={raw[:40]}")
        if len(text) > 16 or not 0 <= int(text) <= MAX_CENTS:
            raise FieldError(f"{name}数值超出合理范围：{raw[:40]}")
        return int(text)
    if field.kind == "int":
        if not re.fullmatch(r"-?\d+", text):
            raise FieldError(f"{name}应为整数：{raw[:40]}")
        if len(text) > 16 or not field.minimum <= int(text) <= field.maximum:
            raise FieldError(f"{name}数值超出范围（{field.minimum}–{field.maximum}）：{raw[:40]}")
        return int(text)
    if field.kind == "date":
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise ValueError(text)
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise FieldError(f"{name}应为日期 YYYY-MM-DD：{raw[:40]}") from None
    if field.kind == "bool":
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise FieldError(f"{name}应为 true/false（是/否）：{raw[:40]}")
    if field.kind in ("choice", "choices"):
        assert field.choices is not None
        values = [v.strip() for v in text.split(",")] if field.kind == "choices" else [text]
        wrong = [v for v in values if v not in field.choices]
        if wrong:
            allowed = "、".join(f"{k}（{v}）" for k, v in field.choices.items() if k)
            raise FieldError(f"{name}不能为 {wrong[0][:40]}；可选：{allowed}")
        return values if field.kind == "choices" else text
    return raw
