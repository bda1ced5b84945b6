"""当场行政处罚决定书 (on-the-spot decision, Art. 51, 52: officers sign, handed over on the spot, filed)."""

from exports.documents.spec import (
    OFFICERS,
    PARTY_LINES,
    DocType,
    Field,
    Officers,
    Para,
    Seal,
    Section,
    Signatures,
    party,
)

DOC = DocType(
    code="onspot_decision",
    title="当场行政处罚决定书",
    type_code="当罚",
    layout="letter",
    archive_group=1,
    archive_rank=61,
    fields=(
        *party(),
        Field("act_time", "违法时间"),
        Field("act_place", "违法地点"),
        Field("facts", "违法行为"),
        Field("violated_provision", "违反的法律规定"),
        Field("penalty_basis", "处罚依据"),
        Field("penalty", "处罚种类和罚款数额"),
        Field("correction", "责令改正内容"),  # Art. 28 ¶1: every penalty orders the act corrected
        Field("statement_record", "告知及陈述申辩情况"),
        Field("payment", "缴纳方式", False),  # none for a warning
        # 行政强制法 Art. 45 ¶1: the surcharge's standard is told to the party (Art. 72), with the court route
        Field("late_payment", "逾期不缴纳罚款的后果", False),
        Field("review_body", "行政复议机关"),
        Field("litigation_court", "行政诉讼法院"),
        Field("review_period", "行政复议申请期限", False),
        Field("litigation_period", "行政诉讼起诉期限", False),
        OFFICERS,
    ),
    blocks=(
        *PARTY_LINES,
        Para("当事人于{act_time}在{act_place}{facts}，违反了{violated_provision}的规定。"),
        Para(
            "依据{penalty_basis}的规定，根据《中华人民共和国行政处罚法》第五十一条、第五十二条，当场作出如下行政处罚："
            "{penalty}。"
        ),
        Section("correction", "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）："),
        Section("statement_record", "告知及陈述申辩："),
        Para("缴纳方式：{payment}。", optional=True),
        Para("{late_payment}", optional=True),
        Para(
            "当事人如不服本决定，可以在收到本决定书之日起{review_period}内向{review_body}申请行政复议，或者在"
            "{litigation_period}内依法向{litigation_court}提起行政诉讼。"
        ),
        Officers(),
        Seal(),
        Signatures(("执法人员（签名）", "当事人（签收）")),
    ),
    defaults=(
        ("review_period", "六十日"),
        ("litigation_period", "六个月"),
    ),  # as printed before they were fields
)
