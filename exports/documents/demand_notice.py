"""催告书 (demand before applying to court, 行政强制法 Art. 54: 10 days after service)."""

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
    code="demand_notice", title="催告书", type_code="催", layout="letter", archive_group=3, archive_rank=30,
    fields=(*party(), Field("decision_number", "行政处罚决定书文号"), Field("decision_date", "决定日期"),
            Field("obligation", "应当履行的义务（金额、方式）"), *AGENCY_CONTACT),
    blocks=(*PARTY_LINES,
            Para("本机关于{decision_date}对你（单位）作出《行政处罚决定书》（{decision_number}），该决定书已依法送达。"
                 "你（单位）在法定期限内未申请行政复议或者提起行政诉讼，又未履行该决定。"),
            Para("根据《中华人民共和国行政强制法》第五十四条的规定，现催告你（单位）自收到本催告书之日起十日内履行下列义务："
                 "{obligation}。"),
            Para("你（单位）收到本催告书后有权进行陈述和申辩。逾期仍未履行义务的，本机关将依法申请人民法院强制执行。"),
            *CONTACT_LINES, Seal(), Signatures(("当事人（签收）",))),
)
