"""证据先行登记保存通知书 with its list of items (Art. 56: head's approval, decision within 7 days)."""

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
    Table,
    party,
)

DOC = DocType(
    code="evidence_preservation",
    title="证据先行登记保存通知书",
    type_code="登保",
    layout="letter",
    archive_group=1,
    archive_rank=20,
    fields=(
        *party(),
        Field("case_cause", "案由"),
        Field("reason", "登记保存理由"),
        Field("approved_by", "批准的执法机关负责人"),
        Field("approved_at", "批准时间"),
        Field("items", "登记保存物品清单"),
        Field("storage", "保存地点和方式"),
        OFFICERS,
        *AGENCY_CONTACT,
    ),
    blocks=(
        *PARTY_LINES,
        Para(
            "本机关在调查你（单位）{case_cause}一案中，因{reason}，证据可能灭失或者以后难以取得，"
            "经本机关负责人{approved_by}于{approved_at}批准，根据《中华人民共和国行政处罚法》第五十六条的规定，"
            "决定对下列物品予以先行登记保存，保存地点和方式：{storage}。"
        ),
        Para(
            "在登记保存期间，你（单位）或者有关人员不得销毁或者转移上述证据。本机关将在七日内作出处理决定。"
        ),
        Table(
            "items",
            "登记保存物品清单",
            (
                ("index", "序号", 0.09),
                ("name", "物品名称", 0.25),
                ("spec", "规格型号", 0.18),
                ("quantity", "数量", 0.12),
                ("condition", "状况", 0.36),
            ),
        ),
        Officers(),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签名）", "执法人员（签名）", "见证人（签名）")),
    ),
)
