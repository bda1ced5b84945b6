"""听证告知书 (notice of the right to a hearing, Art. 63, 64: request within 5 days of receipt)."""

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
    code="hearing_notice",
    title="听证告知书",
    type_code="听告",
    layout="letter",
    archive_group=1,
    archive_rank=31,
    fields=(
        *party(),
        Field("case_cause", "案由"),
        Field("facts", "违法事实"),
        Field("intended_penalty", "拟作出的行政处罚"),
        *AGENCY_CONTACT,
    ),
    blocks=(
        *PARTY_LINES,
        Para("本机关在办理你（单位）{case_cause}一案中查明：{facts}"),
        Para(
            "本机关拟对你（单位）作出如下行政处罚：{intended_penalty}。根据《中华人民共和国行政处罚法》第六十三条、"
            "第六十四条的规定，你（单位）有权要求举行听证。如要求听证，应当在收到本告知书之日起五日内向本机关提出；"
            "逾期未提出的，视为放弃听证权利。当事人不承担组织听证的费用。"
        ),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签收）",)),
    ),
)
