"""行政处罚决定书 (penalty decision): every item of Art. 59, plus the reasoning on the defence and the discretion."""

from exports.documents.spec import OFFICERS, PARTY_LINES, DocType, Field, Officers, Para, Seal, Section, party

DOC = DocType(
    code="penalty_decision",
    title="行政处罚决定书",
    type_code="罚决",
    layout="letter",
    archive_group=1,
    archive_rank=60,
    fields=(
        *party(),
        Field("case_cause", "案由"),
        Field("filed_on", "立案日期"),
        Field("facts", "违法事实"),
        Field("evidence_summary", "证据"),
        Field("violated_provision", "违反的法律规定"),
        Field("penalty_basis", "处罚依据"),
        Field("defence_reasoning", "对陈述申辩意见的采纳情况及理由"),
        Field("discretion_reasoning", "裁量理由（档次与情节）"),
        Field("penalty", "处罚种类和内容"),
        Field("correction", "责令改正内容"),  # Art. 28 ¶1: every penalty orders the act corrected
        Field("bank_name", "罚款缴纳银行"),
        Field("bank_account_name", "收款户名"),
        Field("bank_account", "收款账号"),
        Field("review_body", "行政复议机关"),
        Field("litigation_court", "行政诉讼法院"),
        Field("payment_period", "缴款期限（第六十七条）"),
        Field("review_period", "行政复议申请期限"),
        Field("litigation_period", "行政诉讼起诉期限"),
        OFFICERS,
    ),
    blocks=(
        *PARTY_LINES,
        Para("当事人{case_cause}一案，本机关于{filed_on}立案调查。经查明：{facts}"),
        Para("以上事实有下列证据证明：{evidence_summary}"),
        Para("本机关认为，当事人的上述行为违反了{violated_provision}的规定。"),
        Section("defence_reasoning", "关于当事人的陈述、申辩："),
        Section("discretion_reasoning", "关于处罚裁量："),
        Para("依据{penalty_basis}的规定，本机关决定对当事人作出如下行政处罚：{penalty}。"),
        Section("correction", "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）："),
        Para(
            "当事人应当自收到本决定书之日起{payment_period}内，到{bank_name}（户名：{bank_account_name}，账号：{bank_account}）"
            "缴纳罚款。到期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，"
            "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。"
        ),
        Para(
            "当事人如不服本决定，可以在收到本决定书之日起{review_period}内向{review_body}申请行政复议，或者在{litigation_period}内依法向"
            "{litigation_court}提起行政诉讼。行政复议和行政诉讼期间，本决定不停止执行。"
        ),
        Para(
            "当事人逾期不申请行政复议、不提起行政诉讼，又不履行本决定的，本机关将依法申请人民法院强制执行。"
        ),
        Officers(),
        Seal(),
    ),
)
