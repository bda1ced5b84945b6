"""听证笔录 (hearing record, Art. 64 (8): read to or checked by the party, who signs it; Art. 65: the decision
rests on it)."""

from exports.documents.spec import (
    OFFICERS,
    PARTY_LINES,
    DocType,
    Field,
    Line,
    Officers,
    Section,
    Signatures,
    party,
)

DOC = DocType(
    code="hearing_record",
    title="听证笔录",
    type_code="听录",
    layout="form",
    archive_group=1,
    archive_rank=34,
    fields=(
        Field("case_cause", "案由"),
        *party(),
        Field("hearing_time", "听证时间"),
        Field("hearing_place", "听证地点"),
        Field("publicity", "公开或不公开举行（第六十四条第三项）"),
        Field("chair", "听证主持人"),
        Field("hearing_members", "听证员", False),
        Field("recorder", "记录员"),
        Field("party_attendees", "当事人及其代理人"),
        OFFICERS,
        Field("proceedings", "听证经过（调查人员提出的事实、证据和处罚建议；当事人的申辩和质证）"),
        Field("final_statement", "当事人最后陈述"),
    ),
    blocks=(
        Line("case_cause", "案由"),
        *PARTY_LINES,
        Line("hearing_time", "听证时间"),
        Line("hearing_place", "听证地点"),
        Line("publicity", "听证方式"),
        Line("chair", "听证主持人"),
        Line("hearing_members", "听证员"),
        Line("recorder", "记录员"),
        Line("party_attendees", "当事人及其代理人"),
        Officers("案件调查人员"),
        Section("proceedings", "听证经过："),
        Section("final_statement", "当事人最后陈述："),
        Signatures(("当事人或其代理人（核对无误后签名）", "听证主持人", "听证员", "记录员")),
    ),
)
