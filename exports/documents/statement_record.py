"""陈述申辩笔录 (the party's statement and defence after the prior notice, Art. 44, 45)."""

from exports.documents.spec import (
    OFFICERS,
    PARTY_LINES,
    DocType,
    Field,
    Line,
    Officers,
    Para,
    Section,
    Signatures,
    party,
)

DOC = DocType(
    code="statement_record",
    title="陈述申辩笔录",
    type_code="陈申",
    layout="form",
    archive_group=1,
    archive_rank=32,
    fields=(
        Field("case_cause", "案由"),
        *party(),
        Field("statement_time", "陈述申辩时间"),
        Field("statement_place", "地点"),
        OFFICERS,
        Field("recorder", "记录人"),
        Field("statement", "当事人的陈述和申辩（事实、理由、证据）"),
    ),
    blocks=(
        Line("case_cause", "案由"),
        *PARTY_LINES,
        Line("statement_time", "时间"),
        Line("statement_place", "地点"),
        Officers(),
        Line("recorder", "记录人"),
        Para(
            "执法人员告知：根据《中华人民共和国行政处罚法》第四十五条的规定，你（单位）有权进行陈述和申辩，"
            "本机关将充分听取你（单位）的意见，对提出的事实、理由和证据进行复核；不会因你（单位）陈述申辩而给予更重的处罚。",
            False,
        ),
        Section("statement", "陈述申辩内容："),
        Signatures(("当事人（核对无误后签名）", "执法人员", "记录人")),
    ),
)
