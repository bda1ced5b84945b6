"""现场检查（勘验）笔录 with the evidence list (thumbnail, SHA-256, capture time, GPS); Art. 55, 46(8)."""

from exports.documents.spec import OFFICERS, DocType, Field, Line, Officers, Para, Section, Signatures, Table

DOC = DocType(
    code="inspection_record", title="现场检查（勘验）笔录", type_code="勘", layout="form",
    archive_group=2, archive_rank=40,
    fields=(Field("started_at", "检查开始时间"), Field("ended_at", "检查结束时间"), Field("location", "检查地点"),
            Field("party_name", "当事人"), Field("party_id", "当事人证件号码", False),
            Field("party_address", "当事人住址", False), Field("on_site_person", "现场负责人", False),
            Field("witness", "见证人", False), OFFICERS, Field("recorder", "记录人", False),
            Field("situation", "现场情况"), Field("measurements", "测量情况", False),
            Field("evidence", "照片及视听资料清单", False), Field("party_opinion", "当事人意见", False)),
    blocks=(Line("started_at", "检查时间"), Line("ended_at", "结束时间"), Line("location", "检查地点"),
            Line("party_name", "当事人"), Line("party_id", "证件号码"), Line("party_address", "住址"),
            Line("on_site_person", "现场负责人"), Line("witness", "见证人"), Officers("检查人员"),
            Line("recorder", "记录人"),
            Para("执法人员已向当事人出示执法证件，说明来意，并告知当事人有申请回避的权利。"),
            Section("situation", "现场情况："), Section("measurements", "测量情况："),
            Table("evidence", "照片及视听资料", (("index", "序号", 0.09), ("thumbnail", "缩略图", 0.18),
                                           ("filename", "文件", 0.16), ("sha256", "SHA-256", 0.25),
                                           ("taken_at", "拍摄时间", 0.15), ("gps", "位置", 0.17))),
            Section("party_opinion", "当事人意见："),
            Signatures(("当事人（签名）", "检查人员（签名）", "记录人（签名）", "见证人（签名）"))),
)
