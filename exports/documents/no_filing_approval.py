"""不予立案审批表 (a clue checked and not filed, with the reason and the head's approval)."""

from exports.documents.spec import DocType, Field, Line, Section, party

DOC = DocType(
    code="no_filing_approval",
    title="不予立案审批表",
    type_code="不立",
    layout="form",
    archive_group=1,
    archive_rank=11,
    fields=(
        Field("case_cause", "案由"),
        Field("case_source", "线索来源"),
        *party(False),
        Field("discovered_on", "发现日期"),
        Field("case_summary", "线索及核查情况"),
        Field("no_filing_reason", "不予立案的理由"),
        Field("handler_opinion", "承办人意见"),
        Field("head_opinion", "负责人审批意见", False),
    ),
    blocks=(
        Line("case_cause", "案由"),
        Line("case_source", "线索来源"),
        Line("party_name", "当事人"),
        Line("party_address", "住址（住所）"),
        Line("discovered_on", "发现日期"),
        Section("case_summary", "线索及核查情况："),
        Section("no_filing_reason", "不予立案的理由："),
        Line("handler_opinion", "承办人意见"),
        Line("head_opinion", "负责人审批意见"),
    ),
)
