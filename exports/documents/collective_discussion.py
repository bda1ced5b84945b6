"""集体讨论记录 (record of the heads' collective discussion of a complex or serious case, Art. 57 ¶2)."""

from exports.documents.spec import DocType, Field, Line, Section, Signatures

DOC = DocType(
    code="collective_discussion",
    title="重大案件集体讨论记录",
    type_code="集讨",
    layout="form",
    archive_group=1,
    archive_rank=47,
    fields=(
        Field("case_cause", "案由"),
        Field("party_name", "当事人"),
        Field("discussed_at", "讨论时间"),
        Field("discussion_place", "讨论地点"),
        Field("host", "主持人"),
        Field("attendees", "参加人员"),
        Field("recorder", "记录人"),
        Field("case_summary", "案情简介"),
        Field("discussion", "讨论意见（逐人记录）"),
        Field("discussion_conclusion", "讨论决定"),
    ),
    blocks=(
        Line("case_cause", "案由"),
        Line("party_name", "当事人"),
        Line("discussed_at", "讨论时间"),
        Line("discussion_place", "讨论地点"),
        Line("host", "主持人"),
        Line("attendees", "参加人员"),
        Line("recorder", "记录人"),
        Section("case_summary", "案情简介："),
        Section("discussion", "讨论意见："),
        Section("discussion_conclusion", "讨论决定："),
        Signatures(("主持人", "参加人员", "记录人")),
    ),
)
