"""案件处理审批表 (approval of the proposed outcome before the decision: handler, unit, legal review, head)."""

from exports.documents.spec import OFFICERS, PARTY_LINES, DocType, Field, Line, Officers, Section, party

DOC = DocType(
    code="case_approval",
    title="案件处理审批表",
    type_code="处审",
    layout="form",
    archive_group=1,
    archive_rank=48,
    fields=(
        Field("case_no", "案号"),
        Field("case_cause", "案由"),
        *party(),
        Field("filed_on", "立案日期"),
        OFFICERS,
        Field("facts", "违法事实"),
        Field("evidence_summary", "证据"),
        Field("violated_provision", "违反的法律规定"),
        Field("penalty_basis", "处罚依据"),
        Field("proposal", "处理意见（处罚种类和幅度）"),
        Field("handler_opinion", "承办人意见"),
        Field("unit_opinion", "承办机构意见", False),
        Field("legal_opinion", "法制审核意见", False),
        Field("head_opinion", "负责人审批意见", False),
    ),
    blocks=(
        Line("case_no", "案号"),
        Line("case_cause", "案由"),
        *PARTY_LINES,
        Line("filed_on", "立案日期"),
        Officers("承办人"),
        Section("facts", "违法事实："),
        Section("evidence_summary", "证据："),
        Line("violated_provision", "违反的法律规定"),
        Line("penalty_basis", "处罚依据"),
        Section("proposal", "处理意见："),
        Line("handler_opinion", "承办人意见"),
        Line("unit_opinion", "承办机构意见"),
        Line("legal_opinion", "法制审核意见"),
        Line("head_opinion", "负责人审批意见"),
    ),
)
