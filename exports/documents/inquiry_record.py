"""询问（调查）笔录 (inquiry record, Art. 55: certificates shown, duty to answer truthfully; Art. 43 recusal)."""

from exports.documents.spec import OFFICERS, DocType, Field, Line, Officers, Para, Section, Signatures

DOC = DocType(
    code="inquiry_record",
    title="询问笔录",
    type_code="询",
    layout="form",
    archive_group=2,
    archive_rank=20,
    fields=(
        Field("started_at", "询问开始时间"),
        Field("ended_at", "询问结束时间"),
        Field("location", "询问地点"),
        Field("person_name", "被询问人"),
        Field("person_sex", "性别", False),
        Field("person_id", "身份证件号码"),
        Field("person_employer", "工作单位及职务", False),
        Field("person_address", "住址"),
        Field("person_phone", "联系电话", False),
        Field("relation", "与本案关系"),
        OFFICERS,
        Field("recorder", "记录人"),
        Field("qa", "询问内容（问答）"),
    ),
    blocks=(
        Line("started_at", "询问时间"),
        Line("ended_at", "结束时间"),
        Line("location", "询问地点"),
        Line("person_name", "被询问人"),
        Line("person_sex", "性别"),
        Line("person_id", "身份证件号码"),
        Line("person_employer", "工作单位及职务"),
        Line("person_address", "住址"),
        Line("person_phone", "联系电话"),
        Line("relation", "与本案关系"),
        Officers("询问人"),
        Line("recorder", "记录人"),
        Para(
            "我们是{agency_name}的执法人员，已向你出示执法证件。根据《中华人民共和国行政处罚法》第五十五条的规定，"
            "你应当如实回答询问，并协助调查；根据第四十三条的规定，你认为执法人员与本案有直接利害关系的，有权申请回避。"
        ),
        Section("qa", "询问内容："),
        Para("以上笔录已经本人阅看（或已向本人宣读），与本人所述一致。"),
        Signatures(("被询问人（签名并按指印）", "询问人（签名）", "记录人（签名）")),
    ),
)
