"""责令（限期）改正通知书 (order to correct, Art. 28 ¶1)."""

from exports.documents.spec import (
    AGENCY_CONTACT,
    CONTACT_LINES,
    OFFICERS,
    PARTY_LINES,
    DocType,
    Field,
    Officers,
    Para,
    Seal,
    Signatures,
    party,
)

DOC = DocType(
    code="correction_order",
    title="责令改正通知书",
    type_code="责改",
    layout="letter",
    archive_group=1,
    archive_rank=25,
    fields=(
        *party(),
        Field("facts", "违法事实（时间、地点、行为）"),
        Field("violated_provision", "违反的法律规定"),
        Field("basis", "责令改正的依据"),
        Field("correction_required", "改正要求"),
        Field("correction_deadline", "改正期限"),
        OFFICERS,
        *AGENCY_CONTACT,
    ),
    blocks=(
        *PARTY_LINES,
        Para("经查，{facts}"),
        Para(
            "你（单位）的上述行为违反了{violated_provision}的规定。根据《中华人民共和国行政处罚法》第二十八条第一款"
            "及{basis}的规定，现责令你（单位）于{correction_deadline}前改正上述违法行为：{correction_required}。"
        ),
        Para("改正应当符合法律规定；逾期不改正或者改正不符合要求的，本机关将依法处理。"),
        Officers(),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签收）",)),
    ),
)
