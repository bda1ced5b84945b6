"""Shared vocabulary of the domain: party kinds, case states, inspection outcomes, evidence kinds."""

from __future__ import annotations

import enum


class PartyKind(enum.StrEnum):
    PERSON = "person"  # 自然人
    ORGANISATION = "organisation"  # 法人或其他组织
    INDIVIDUAL_BUSINESS = "individual_business"  # 个体工商户


class Procedure(enum.StrEnum):
    SIMPLE = "simple"  # 简易程序 / 当场处罚 (Art. 51)
    GENERAL = "general"  # 普通程序


class CaseState(enum.StrEnum):
    """Workflow states of a case (domain spec §1.2). Transitions live in ``inspector.law.procedure``."""

    CLUE = "clue"  # 线索登记
    VERIFYING = "verifying"  # 核查
    NOT_FILED = "not_filed"  # 不予立案
    FILED = "filed"  # 立案
    INVESTIGATING = "investigating"  # 调查取证
    INVESTIGATED = "investigated"  # 调查终结
    INTERNAL_REVIEW = "internal_review"  # 案件审核
    LEGAL_REVIEW = "legal_review"  # 法制审核
    NOTIFIED = "notified"  # 事先告知 (陈述申辩期)
    HEARING = "hearing"  # 听证
    COLLECTIVE = "collective"  # 集体讨论
    DECIDED = "decided"  # 作出决定
    SERVED = "served"  # 送达
    EXECUTING = "executing"  # 执行
    CLOSED = "closed"  # 结案
    ARCHIVED = "archived"  # 归档
    TRANSFERRED = "transferred"  # 移送


CASE_STATE_LABELS = {
    CaseState.CLUE: "线索登记",
    CaseState.VERIFYING: "核查",
    CaseState.NOT_FILED: "不予立案",
    CaseState.FILED: "已立案",
    CaseState.INVESTIGATING: "调查取证",
    CaseState.INVESTIGATED: "调查终结",
    CaseState.INTERNAL_REVIEW: "案件审核",
    CaseState.LEGAL_REVIEW: "法制审核",
    CaseState.NOTIFIED: "事先告知",
    CaseState.HEARING: "听证",
    CaseState.COLLECTIVE: "集体讨论",
    CaseState.DECIDED: "已决定",
    CaseState.SERVED: "已送达",
    CaseState.EXECUTING: "执行中",
    CaseState.CLOSED: "已结案",
    CaseState.ARCHIVED: "已归档",
    CaseState.TRANSFERRED: "已移送",
}


class InspectionOutcome(enum.StrEnum):
    NO_VIOLATION = "no_violation"  # 未发现违法
    EDUCATION = "education"  # 说服教育·劝导
    ORDER_CORRECTION = "order_correction"  # 责令改正 (with a deadline)
    PROPOSE_CASE = "propose_case"  # 建议立案
    ON_THE_SPOT = "on_the_spot"  # 当场处罚 (简易程序, Art. 51)
    TRANSFER = "transfer"  # 移送


class EvidenceKind(enum.StrEnum):
    PHOTO = "photo"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
