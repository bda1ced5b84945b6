"""不予行政处罚决定书 (decision not to penalise: the specific ground and the education given, Art. 33)."""

from exports.documents.spec import OFFICERS, PARTY_LINES, DocType, Field, Officers, Para, Seal, Section, party

DOC = DocType(
    code="no_penalty_decision",
    title="不予行政处罚决定书",
    type_code="不罚决",
    layout="letter",
    archive_group=1,
    archive_rank=62,
    fields=(
        *party(),
        Field("case_cause", "案由"),
        Field("facts", "查明的事实"),
        Field("ground", "不予处罚的具体理由和依据"),
        Field("education", "教育情况"),
        Field("correction", "责令改正内容", False),
        Field("review_body", "行政复议机关"),
        Field("litigation_court", "行政诉讼法院"),
        Field("review_period", "行政复议申请期限"),
        Field("litigation_period", "行政诉讼起诉期限"),
        OFFICERS,
    ),
    blocks=(
        *PARTY_LINES,
        Para("当事人{case_cause}一案，经查明：{facts}"),
        Para("本机关认为，{ground}。根据上述规定，本机关决定对当事人不予行政处罚。"),
        Section("education", "教育情况（《中华人民共和国行政处罚法》第三十三条第三款）："),
        Section("correction", "责令改正："),
        Para(
            "当事人如不服本决定，可以在收到本决定书之日起{review_period}内向{review_body}申请行政复议，或者在{litigation_period}内依法向"
            "{litigation_court}提起行政诉讼。"
        ),
        Officers(),
        Seal(),
    ),
)
