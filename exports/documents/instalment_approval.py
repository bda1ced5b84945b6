"""延期（分期）缴纳罚款审批表 (the party's application and its approval, Art. 66 ¶2)."""

from exports.documents.spec import PARTY_LINES, DocType, Field, Line, Section, party

DOC = DocType(
    code="instalment_approval",
    title="延期（分期）缴纳罚款审批表",
    type_code="延缴",
    layout="form",
    archive_group=3,
    archive_rank=15,
    fields=(
        Field("case_cause", "案由"),
        *party(),
        Field("decision_number", "行政处罚决定书文号"),
        Field("fine", "罚款金额"),
        Field("application", "当事人申请及理由（确有经济困难）"),
        Field("plan", "批准的延期（分期）缴纳安排"),
        Field("handler_opinion", "承办人意见"),
        Field("head_opinion", "负责人审批意见", False),
    ),
    blocks=(
        Line("case_cause", "案由"),
        *PARTY_LINES,
        Line("decision_number", "处罚决定书文号"),
        Line("fine", "罚款金额"),
        Section("application", "当事人申请及理由："),
        Section("plan", "延期（分期）缴纳安排（《中华人民共和国行政处罚法》第六十六条第二款）："),
        Line("handler_opinion", "承办人意见"),
        Line("head_opinion", "负责人审批意见"),
    ),
)
