"""案件移送函 (case transfer letter: no jurisdiction or suspected crime, Art. 27)."""

from exports.documents.spec import AGENCY_CONTACT, CONTACT_LINES, DocType, Field, Para, Seal, Table

DOC = DocType(
    code="transfer_letter",
    title="案件移送函",
    type_code="移送",
    layout="letter",
    archive_group=1,
    archive_rank=80,
    fields=(
        Field("receiving_agency", "接收机关"),
        Field("party_name", "当事人"),
        Field("case_cause", "案由"),
        Field("reason", "移送理由"),
        Field("basis", "移送依据"),
        Field("attachments", "移送材料清单"),
        *AGENCY_CONTACT,
    ),
    blocks=(
        Para("{receiving_agency}：", False),
        Para(
            "本机关在办理{party_name}{case_cause}一案中，发现{reason}。根据{basis}的规定，现将该案移送你单位处理。"
        ),
        Table(
            "attachments",
            "随函移送材料",
            (("index", "序号", 0.1), ("name", "材料名称", 0.6), ("count", "份数／件数", 0.3)),
        ),
        Para("请于收到本函后在回执上签章并退回本机关。"),
        *CONTACT_LINES,
        Seal(),
    ),
)
