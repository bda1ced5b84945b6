"""法制审核意见书 (legal review opinion before the decision, Art. 58)."""

from exports.documents.spec import DocType, Field, Line, Para, Seal, Section, Table

DOC = DocType(
    code="legal_review_opinion",
    title="法制审核意见书",
    type_code="法审",
    layout="letter",
    archive_group=1,
    archive_rank=45,
    fields=(
        Field("case_cause", "案由"),
        Field("party_name", "当事人"),
        Field("reviewer", "审核人员"),
        Field("reviewer_qualification", "法律职业资格", False),
        Field("review_items", "审核事项"),
        Field("conclusion", "审核结论"),
        Field("opinion", "审核意见"),
    ),
    blocks=(
        Line("case_cause", "案由"),
        Line("party_name", "当事人"),
        Line("reviewer", "审核人员"),
        Line("reviewer_qualification", "法律职业资格"),
        Para(
            "根据《中华人民共和国行政处罚法》第五十八条的规定，本机关法制审核机构对本案进行了审核，意见如下："
        ),
        Table(
            "review_items",
            "审核事项",
            (
                ("index", "序号", 0.09),
                ("item", "审核事项", 0.31),
                ("result", "结果", 0.16),
                ("note", "说明", 0.44),
            ),
        ),
        Line("conclusion", "审核结论"),
        Section("opinion", "审核意见："),
        Seal(),
    ),
)
