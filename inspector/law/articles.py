"""One ``Article`` constant per cited provision, each with its one canonical Chinese citation.

Rules cite these constants (never free text), so grepping an article's Chinese citation lands here and the constant's
name (``APL62``) leads to every rule that enforces it. ``APL`` is the Administrative Penalty Law (2021),
``ACL`` the Administrative Coercion Law.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

PENALTY_LAW = "《中华人民共和国行政处罚法》"
COERCION_LAW = "《中华人民共和国行政强制法》"
REVIEW_LAW = "《中华人民共和国行政复议法》"
LITIGATION_LAW = "《中华人民共和国行政诉讼法》"


@dataclass(frozen=True)
class Article:
    """A cited provision: the law, the article number and its canonical text, optionally a paragraph/item."""

    law: str
    number: int  # 0 for a source that is not an article (a normative document)
    text: str  # 第N条 in Chinese numerals — the one spelling of this article
    gist: str = ""
    part: str = ""  # 第二款 / 第（一）项 / 第一款第（四）项

    def __str__(self) -> str:
        return f"{self.law}{self.text}{self.part}"

    @property
    def short(self) -> str:
        """The citation without the law's title (e.g. 第五十八条第二款)."""
        return f"{self.text}{self.part}"

    def at(self, part: str, gist: str = "") -> Article:
        """A paragraph or item of this article (``APL58.at("第二款")``)."""
        return Article(self.law, self.number, self.text, gist or self.gist, part)


def cite(*articles: Article) -> str:
    """One citation for several provisions: the law named once per run (…第四十四条、第四十五条)."""
    out: list[str] = []
    law = None
    for a in articles:
        out.append(a.short if a.law == law else str(a))
        law = a.law
    return "、".join(out)


def _a(number: int, text: str, gist: str, law: str = PENALTY_LAW) -> Article:
    return Article(law, number, text, gist)


APL4 = _a(4, "第四条", "处罚须有法律、法规、规章规定，依法定程序实施")
APL5 = _a(5, "第五条", "处罚与违法行为的事实、性质、情节和危害程度相当")
APL27 = _a(27, "第二十七条", "涉嫌犯罪的案件移送司法机关")
APL28 = _a(28, "第二十八条", "责令改正；没收违法所得")
APL29 = _a(29, "第二十九条", "同一违法行为不得给予两次以上罚款；违反多个规范按罚款数额高的规定处罚")
APL30 = _a(30, "第三十条", "未满十四周岁不予处罚；已满十四周岁不满十八周岁从轻或者减轻")
APL31 = _a(31, "第三十一条", "精神病人、智力残疾人")
APL32 = _a(32, "第三十二条", "应当从轻或者减轻处罚的情形")
APL33 = _a(33, "第三十三条", "不予处罚：轻微、首违、无主观过错；对当事人进行教育")
APL34 = _a(34, "第三十四条", "行政处罚裁量基准")
APL36 = _a(36, "第三十六条", "追责时效：二年内未被发现的不再处罚")
APL37 = _a(37, "第三十七条", "从旧兼从轻")
APL41 = _a(41, "第四十一条", "电子技术监控设备：法制和技术审核、设置地点公布、记录审核、及时告知")
APL42 = _a(42, "第四十二条", "执法人员不得少于两人，持有效执法证件")
APL44 = _a(44, "第四十四条", "作出决定前告知拟处罚内容及理由、依据和权利")
APL45 = _a(45, "第四十五条", "陈述申辩权；不得因申辩加重处罚")
APL47 = _a(47, "第四十七条", "全过程记录")
APL48 = _a(48, "第四十八条", "决定公示；变更撤销后三日内撤回")
APL51 = _a(51, "第五十一条", "当场处罚（简易程序）的条件")
APL52 = _a(52, "第五十二条", "当场处罚：填写编有号码的决定书，当场交付当事人，报所属行政机关备案")
APL54 = _a(54, "第五十四条", "立案")
APL55 = _a(55, "第五十五条", "调查检查")
APL56 = _a(56, "第五十六条", "先行登记保存，七日内作出处理决定")
APL57 = _a(57, "第五十七条", "调查终结后的四种决定；负责人集体讨论")
APL59 = _a(59, "第五十九条", "行政处罚决定书的内容；一个案件一份有效决定")
APL58 = _a(58, "第五十八条", "法制审核")
APL60 = _a(60, "第六十条", "立案之日起九十日内作出决定")
APL61 = _a(61, "第六十一条", "决定书七日内送达；电子送达")
APL62 = _a(62, "第六十二条", "未告知、未听取陈述申辩的，不得作出处罚决定")
APL63 = _a(63, "第六十三条", "听证权利")
APL64 = _a(64, "第六十四条", "听证程序")
APL65 = _a(65, "第六十五条", "依据听证笔录作出决定")
APL66 = _a(66, "第六十六条", "履行处罚决定；暂缓或者分期缴纳")
APL67 = _a(67, "第六十七条", "罚缴分离；十五日内到银行缴纳")
APL68 = _a(68, "第六十八条", "当场收缴罚款的情形")
APL69 = _a(69, "第六十九条", "边远、水上、交通不便地区当场收缴")
APL70 = _a(70, "第七十条", "当场收缴罚款出具专用票据")
APL71 = _a(71, "第七十一条", "当场收缴的罚款二日内交至行政机关")
APL72 = _a(72, "第七十二条", "加处罚款、申请强制执行")
APL73 = _a(73, "第七十三条", "复议诉讼期间不停止执行；加处罚款不计算")
APL85 = _a(85, "第八十五条", "期限以工作日计算，不含法定节假日")

APL33_1 = APL33.at("第一款")
APL33_2 = APL33.at("第二款")
APL33_3 = APL33.at("第三款")
APL41_1 = APL41.at("第一款", "电子技术监控设备经法制和技术审核，设置地点向社会公布")
APL41_2 = APL41.at("第二款", "记录内容经审核真实、清楚、完整、准确，方可作为处罚证据")
APL41_3 = APL41.at("第三款", "及时告知当事人违法事实，提供查询、陈述和申辩的途径")
APL57_1_3 = APL57.at("第一款第（三）项")
APL57_1_4 = APL57.at("第一款第（四）项")
APL57_2 = APL57.at("第二款")
APL58_2 = APL58.at("第二款")
APL61_2 = APL61.at("第二款")
APL64_1 = APL64.at("第（一）项")
APL64_2 = APL64.at("第（二）项")
APL66_2 = APL66.at("第二款")

ACL25 = _a(25, "第二十五条", "查封、扣押期限", COERCION_LAW)
ACL35 = _a(35, "第三十五条", "强制执行前书面催告", COERCION_LAW)
ACL40_4 = _a(40, "第四十条", "终结执行", COERCION_LAW).at(
    "第（四）项", "据以执行的行政决定被撤销的，终结执行"
)
ACL41 = _a(41, "第四十一条", "决定被撤销、变更的，恢复原状或者退还财物", COERCION_LAW)
ACL45 = _a(45, "第四十五条", "加处罚款或者滞纳金的标准应当告知当事人", COERCION_LAW)
ACL53 = _a(53, "第五十三条", "复议、诉讼期限届满之日起三个月内申请法院强制执行", COERCION_LAW)
ACL54 = _a(54, "第五十四条", "申请前催告；催告书送达十日后仍未履行的可以申请", COERCION_LAW)
ACL55 = _a(55, "第五十五条", "强制执行申请书", COERCION_LAW)
REVIEW20 = _a(20, "第二十条", "知道行政行为之日起六十日内申请复议", REVIEW_LAW)
LITIGATION46 = _a(46, "第四十六条", "知道作出行政行为之日起六个月内起诉", LITIGATION_LAW)

# Normative documents cited by timers: not articles of a law.
PUBLICITY_NOTICE = Article(
    "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》"
    "（国办发〔2018〕118号）",
    0,
    "",
    "处罚决定七个工作日内公示",
)
MOHURD_55 = Article(
    "《住房和城乡建设行政处罚程序规定》（住房和城乡建设部令第55号）", 0, "（条文待核实）", "线索核查期限"
)
DISCRETION_REASONING = Article("行政处罚裁量基准适用规则", 0, "（说理）", "偏离推荐阶次须说理")
PROCEDURE_CHAPTER = Article(PENALTY_LAW, 0, "第五章", "行政处罚的决定程序")
NONE = Article("", 0, "—", "不是法律规则（输入格式）")


def all_articles() -> Iterable[Article]:
    """Every constant of this module (for the documentation and the numbering test)."""
    return [v for v in globals().values() if isinstance(v, Article)]
