"""先行登记保存物品处理决定书 (decision on items preserved as evidence, Art. 56: within seven days)."""

from exports.documents.spec import (
    AGENCY_CONTACT,
    CONTACT_LINES,
    PARTY_LINES,
    DocType,
    Field,
    Para,
    Seal,
    Signatures,
    Table,
    party,
)

DOC = DocType(
    code="preservation_disposal",
    title="先行登记保存物品处理决定书",
    type_code="登处",
    layout="letter",
    archive_group=1,
    archive_rank=21,
    fields=(
        *party(),
        Field("case_cause", "案由"),
        Field("preserved_on", "先行登记保存日期"),
        Field("preservation_number", "证据先行登记保存通知书文号", False),
        Field("disposal_items", "处理的物品"),
        *AGENCY_CONTACT,
    ),
    blocks=(
        *PARTY_LINES,
        Para(
            "本机关在调查你（单位）{case_cause}一案中，于{preserved_on}对有关物品予以先行登记保存"
            "（{preservation_number}）。根据《中华人民共和国行政处罚法》第五十六条的规定，现对先行登记保存的物品"
            "作出如下处理决定："
        ),
        Table(
            "disposal_items",
            "处理决定",
            (
                ("index", "序号", 0.09),
                ("name", "物品", 0.36),
                ("decision", "处理决定", 0.25),
                ("note", "说明", 0.30),
            ),
        ),
        Para("你（单位）如不服本决定，可以依法申请行政复议或者提起行政诉讼。"),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签收）",)),
    ),
)
