"""送达回证 (proof of service, Art. 61)."""

from exports.documents.spec import OFFICERS, DocType, Field, Line, Officers, Signatures

DOC = DocType(
    code="service_receipt",
    title="送达回证",
    type_code="回证",
    layout="form",
    archive_group=1,
    archive_rank=70,
    fields=(
        Field("recipient", "受送达人"),
        Field("served_document", "送达文书名称"),
        Field("served_number", "送达文书文号"),
        Field("served_at", "送达时间"),
        Field("served_place", "送达地点"),
        Field("service_method", "送达方式"),
        OFFICERS,
        Field("remarks", "备注", False),
        Field("witness", "见证人", False),
    ),
    blocks=(
        Line("recipient", "受送达人"),
        Line("served_document", "送达文书"),
        Line("served_number", "文书文号"),
        Line("served_at", "送达时间"),
        Line("served_place", "送达地点"),
        Line("service_method", "送达方式"),
        Officers("送达人"),
        Line("witness", "见证人"),
        Line("remarks", "备注"),
        Signatures(("受送达人（签名）", "送达人（签名）", "见证人（签名）")),
    ),
)
