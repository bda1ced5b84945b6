"""听证通知书 (notice of the hearing's time and place, at least 7 days ahead; Art. 64)."""

from exports.documents.spec import (
    AGENCY_CONTACT,
    CONTACT_LINES,
    PARTY_LINES,
    DocType,
    Field,
    Para,
    Seal,
    Signatures,
    party,
)

DOC = DocType(
    code="hearing_summons",
    title="听证通知书",
    type_code="听通",
    layout="letter",
    archive_group=1,
    archive_rank=32,
    fields=(
        *party(),
        Field("case_cause", "案由"),
        Field("hearing_time", "听证时间"),
        Field("hearing_place", "听证地点"),
        Field("chair", "听证主持人"),
        Field("publicity", "是否公开举行"),
        *AGENCY_CONTACT,
    ),
    blocks=(
        *PARTY_LINES,
        Para(
            "根据你（单位）的听证要求，本机关定于{hearing_time}在{hearing_place}就你（单位）{case_cause}一案"
            "{publicity}举行听证，听证主持人：{chair}。"
        ),
        Para(
            "根据《中华人民共和国行政处罚法》第六十四条的规定，你（单位）认为主持人与本案有直接利害关系的，有权申请回避；"
            "可以亲自参加听证，也可以委托一至二人代理；可以携带有关证据材料参加听证。"
        ),
        Para(
            "你（单位）无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。"
        ),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签收）",)),
    ),
)
