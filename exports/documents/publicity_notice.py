"""行政处罚决定信息公开 (the masked decision published on the government portal, Art. 48; §7).

Not an issued legal document: it carries no number of its own and is not in ``MODULES``; it is drawn
by :mod:`exports.publicity` for the publication package from fields already masked upstream.
"""

from exports.documents.spec import DocType, Field, Line, Para, Section

DOC = DocType(
    code="publicity_notice",
    title="行政处罚决定信息公开",
    type_code="公开",
    layout="letter",
    archive_group=3,
    archive_rank=90,
    fields=(
        Field("decision_number", "行政处罚决定书文号"),
        Field("party_name", "当事人"),
        Field("party_code", "统一社会信用代码", False),
        Field("violation", "违法行为类型"),
        Field("facts", "主要违法事实"),
        Field("basis", "处罚依据"),
        Field("penalty", "处罚内容"),
        Field("agency", "处罚机关"),
        Field("decided_on", "处罚决定日期"),
    ),
    blocks=(
        Line("decision_number", "决定书文号"),
        Line("party_name", "当事人"),
        Line("party_code", "统一社会信用代码"),
        Line("violation", "违法行为类型"),
        Section("facts", "主要违法事实："),
        Line("basis", "处罚依据"),
        Line("penalty", "处罚内容"),
        Line("agency", "处罚机关"),
        Line("decided_on", "处罚决定日期"),
        Para("本信息依据《中华人民共和国行政处罚法》第四十八条公开，已按规定隐去个人隐私信息。"),
    ),
)
