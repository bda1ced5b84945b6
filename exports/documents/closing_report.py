"""结案报告 (case closing report: execution and closing reason, Art. 47 whole-process record)."""

from exports.documents.spec import OFFICERS, PARTY_LINES, DocType, Field, Line, Officers, Section, party

DOC = DocType(
    code="closing_report",
    title="结案报告",
    type_code="结",
    layout="form",
    archive_group=3,
    archive_rank=90,
    fields=(
        Field("case_cause", "案由"),
        *party(),
        Field("filed_on", "立案日期"),
        Field("decision_number", "处理决定文号"),
        Field("decision_date", "决定日期"),
        Field("penalty", "处理结果"),
        Field("execution", "执行情况"),
        Field("disposal", "物品处置情况", False),
        Field("closing_reason", "结案理由"),
        OFFICERS,
        Field("handler_opinion", "承办人意见"),
        Field("unit_opinion", "承办机构意见", False),
        Field("head_opinion", "负责人意见", False),
    ),
    blocks=(
        Line("case_cause", "案由"),
        *PARTY_LINES,
        Line("filed_on", "立案日期"),
        Line("decision_number", "处理决定文号"),
        Line("decision_date", "决定日期"),
        Line("penalty", "处理结果"),
        Officers("承办人"),
        Section("execution", "执行情况："),
        Section("disposal", "物品处置情况："),
        Line("closing_reason", "结案理由"),
        Line("handler_opinion", "承办人意见"),
        Line("unit_opinion", "承办机构意见"),
        Line("head_opinion", "负责人意见"),
    ),
)
