"""立案审批表 (case-filing approval form, Art. 54 ¶2)."""

from exports.documents.spec import OFFICERS, PARTY_LINES, DocType, Field, Line, Officers, Section, party

DOC = DocType(
    code="filing_approval",
    title="立案审批表",
    type_code="立",
    layout="form",
    archive_group=1,
    archive_rank=10,
    fields=(
        Field("case_cause", "案由"),
        Field("case_source", "案件来源"),
        *party(),
        Field("discovered_on", "发现日期"),
        Field("act_date", "违法行为发生日期"),
        Field("case_summary", "案情简述"),
        OFFICERS,
        Field("handler_opinion", "承办人意见"),
        Field("unit_opinion", "承办机构意见", False),
        Field("deputy_opinion", "分管负责人意见", False),
        Field("head_opinion", "主要负责人意见", False),
    ),
    blocks=(
        Line("case_cause", "案由"),
        Line("case_source", "案件来源"),
        *PARTY_LINES,
        Line("discovered_on", "发现日期"),
        Line("act_date", "违法行为发生日期"),
        Officers("承办人"),
        Section("case_summary", "案情简述："),
        Section("handler_opinion", "承办人意见："),
        Line("unit_opinion", "承办机构意见"),
        Line("deputy_opinion", "分管负责人意见"),
        Line("head_opinion", "主要负责人意见"),
    ),
)
