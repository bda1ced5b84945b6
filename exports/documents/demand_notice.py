"""催告书 (demand before applying to court, 行政强制法 Art. 35, 54: it states the obligation, its term and
manner, and the right to be heard; the court application waits ten days after its service)."""

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
    code="demand_notice",
    title="催告书",
    type_code="催",
    layout="letter",
    archive_group=3,
    archive_rank=30,
    fields=(
        *party(),
        Field("decision_title", "处罚决定书名称", False),  # 当场行政处罚决定书 in the simple procedure
        Field("decision_number", "处罚决定书文号"),
        Field("decision_date", "决定日期"),
        Field("served_on", "决定书送达日期"),
        Field("remedy_status", "履行及复议、诉讼情况"),
        Field("obligation", "应当履行的义务（金额、方式）"),
        *AGENCY_CONTACT,
    ),
    blocks=(
        *PARTY_LINES,
        Para(
            "本机关于{decision_date}对你（单位）作出《{decision_title}》（{decision_number}），该决定书已于{served_on}"
            "依法送达。{remedy_status}"
        ),
        Para(
            "根据《中华人民共和国行政强制法》第五十四条的规定，现催告你（单位）自收到本催告书之日起十日内履行下列义务："
            "{obligation}。"
        ),
        Para(
            "你（单位）收到本催告书后有权进行陈述和申辩。逾期仍未履行义务的，本机关将依法申请人民法院强制执行。"
        ),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签收）",)),
    ),
    defaults=(("decision_title", "行政处罚决定书"),),
)
