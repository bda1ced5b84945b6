"""强制执行申请书 (application to the people's court for enforcement, 行政强制法 Art. 53, 54, 55)."""

from exports.documents.spec import DocType, Field, Line, Para, Seal, Section, Signatures, party

DOC = DocType(
    code="enforcement_application",
    title="强制执行申请书",
    type_code="强执",
    layout="letter",
    archive_group=3,
    archive_rank=40,
    fields=(
        Field("litigation_court", "受理申请的人民法院"),
        *party(),
        Field("decision_title", "处罚决定书名称", False),  # 当场行政处罚决定书 in the simple procedure
        Field("decision_papers", "随附的决定书及送达凭证", False),
        Field("decision_number", "处罚决定书文号"),
        Field("decision_date", "决定日期"),
        Field("served_on", "决定书送达日期"),
        Field("facts", "违法事实"),
        Field("penalty_basis", "处罚依据"),
        Field("penalty", "处罚内容"),
        Field("remedy_status", "复议、诉讼期限情况"),
        Field("demand_status", "催告情况"),
        Field("party_opinion", "当事人的意见", False),
        Field("enforcement_subject", "申请执行的标的"),
        Field("agency_address", "申请人地址"),
        Field("agency_phone", "联系电话"),
        Field("head_name", "机关负责人"),
    ),
    blocks=(
        Line("litigation_court", "受理法院"),
        Line("party_name", "被申请人"),
        Line("party_id", "证件号码"),
        Line("party_legal_rep", "法定代表人"),
        Line("party_address", "住址（住所）"),
        Line("party_phone", "联系电话"),
        Para(
            "申请事项：请求人民法院依法强制执行本机关作出的《{decision_title}》（{decision_number}）：{enforcement_subject}。"
        ),
        Para(
            "事实和理由：本机关于{decision_date}对被申请人作出《{decision_title}》（{decision_number}），认定：{facts}"
            "依据{penalty_basis}的规定，决定{penalty}。该决定书已于{served_on}送达被申请人。"
        ),
        Para("{remedy_status}{demand_status}"),
        Section("party_opinion", "被申请人的意见："),
        Para(
            "根据《中华人民共和国行政强制法》第五十三条、第五十四条、第五十五条的规定，特申请强制执行。"
            "随附：{decision_papers}、催告书及送达回证、作出决定的事实、理由和依据、当事人的意见。"
        ),
        Line("agency_address", "申请人地址"),
        Line("agency_phone", "联系电话"),
        Seal(),
        Signatures(("行政机关负责人（签名）",)),
    ),
    defaults=(("decision_title", "行政处罚决定书"), ("decision_papers", "行政处罚决定书及送达回证")),
)
