"""陈述申辩复核意见书 (review of the facts, reasons and evidence the party put forward, Art. 45 ¶1)."""

from exports.documents.spec import DocType, Field, Line, Para, Section, Signatures

DOC = DocType(
    code="review_opinion",
    title="陈述申辩复核意见书",
    type_code="复核",
    layout="form",
    archive_group=1,
    archive_rank=33,
    fields=(
        Field("case_cause", "案由"),
        Field("party_name", "当事人"),
        Field("intended_penalty", "告知的拟处罚内容"),
        Field("statement_summary", "当事人陈述申辩要点"),
        Field("review", "复核情况"),
        Field("review_conclusion", "复核意见（采纳、部分采纳或不予采纳及理由）"),
    ),
    blocks=(
        Line("case_cause", "案由"),
        Line("party_name", "当事人"),
        Line("intended_penalty", "告知的拟处罚内容"),
        Para(
            "根据《中华人民共和国行政处罚法》第四十五条第一款的规定，对当事人提出的事实、理由和证据复核如下：",
            False,
        ),
        Section("statement_summary", "当事人陈述申辩要点："),
        Section("review", "复核情况："),
        Section("review_conclusion", "复核意见："),
        Signatures(("复核人", "承办机构负责人")),
    ),
)
