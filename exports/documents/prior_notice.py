"""行政处罚事先告知书 (prior notice: facts, reasons, basis, intended penalty and rights; Art. 44, 45, 63, 64)."""

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
    Section,
    Signatures,
    party,
)

DOC = DocType(
    code="prior_notice",
    title="行政处罚事先告知书",
    type_code="先告",
    layout="letter",
    archive_group=1,
    archive_rank=30,
    fields=(
        *party(),
        Field("facts", "违法事实"),
        Field("evidence_summary", "证据"),
        Field("violated_provision", "违反的法律规定"),
        Field("penalty_basis", "处罚依据"),
        Field("intended_penalty", "拟作出的行政处罚"),
        Field("statement_deadline", "陈述申辩期限（具体日期）"),
        Field("hearing_clause", "听证权利告知（适用听证时）", False),
        Field("non_contact_clause", "电子技术监控记录的查询和陈述申辩途径（非现场执法案件）", False),
        *AGENCY_CONTACT,
        OFFICERS,
    ),
    blocks=(
        *PARTY_LINES,
        Para("经查，{facts}"),
        Para("以上事实有{evidence_summary}等证据为证。"),
        Para(
            "你（单位）的上述行为违反了{violated_provision}的规定。依据{penalty_basis}的规定，本机关拟对你（单位）"
            "作出如下行政处罚：{intended_penalty}。"
        ),
        Para(
            "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩。"
            "请最迟于{statement_deadline}（含当日）向本机关提出陈述、申辩意见；逾期未提出的，视为放弃上述权利。"
        ),
        Section("hearing_clause", "听证权利："),
        Section("non_contact_clause", "电子技术监控记录的查询和陈述、申辩："),
        Para("逾期既未提出陈述、申辩，又未要求听证的，本机关将依法作出行政处罚决定。"),
        Officers(),
        *CONTACT_LINES,
        Seal(),
        Signatures(("当事人（签收）",)),
    ),
)
