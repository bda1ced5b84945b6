"""案件调查终结报告 (investigation conclusion report, Art. 57)."""

from exports.documents.spec import (
    OFFICERS,
    PARTY_LINES,
    DocType,
    Field,
    Line,
    Officers,
    Para,
    Section,
    Signatures,
    Table,
    party,
)

DOC = DocType(
    code="investigation_report", title="案件调查终结报告", type_code="终", layout="letter",
    archive_group=1, archive_rank=40,
    fields=(Field("case_cause", "案由"), *party(), Field("course", "调查经过"), Field("facts", "查明的违法事实"),
            Field("evidence_list", "证据清单"), Field("characterisation", "定性"),
            Field("violated_provision", "违法依据"), Field("penalty_basis", "处罚依据"),
            Field("discretion", "裁量情节及证据"), Field("benchmark", "适用的裁量基准档次及幅度"),
            Field("proposal", "处理意见"), Field("review_flags", "法制审核／集体讨论", False), OFFICERS),
    blocks=(Line("case_cause", "案由"), *PARTY_LINES,
            Section("course", "一、调查经过"), Section("facts", "二、查明的违法事实"),
            Table("evidence_list", "三、证据清单", (("index", "序号", 0.09), ("name", "证据名称", 0.29),
                                              ("source", "来源", 0.22), ("proves", "证明事项", 0.4))),
            Section("characterisation", "四、定性"),
            Para("违法依据：{violated_provision}。处罚依据：{penalty_basis}。", False),
            Section("discretion", "五、裁量情节"), Section("benchmark", "六、裁量基准"),
            Section("proposal", "七、处理意见"), Line("review_flags", "法制审核／集体讨论"),
            Officers("承办人"), Signatures(("承办人（签名）",))),
)
