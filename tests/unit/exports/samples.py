"""Fixed plain data for every document type (reference texts, benchmark, screenshots)."""

from __future__ import annotations

import io
from typing import Any

from exports.documents import get
from exports.render import LAYOUT, DocumentData

OFFICERS = [{"name": "王建国", "cert_no": "浙A33010001"}, {"name": "李明", "cert_no": "浙A33010002"}]

VALUES: dict[str, Any] = {
    "party_name": "陈喆",
    "party_id": "330102199001011234",
    "party_address": "杭州市上城区清泰街100号",
    "party_legal_rep": "",
    "party_phone": "13800000000",
    "agency_address": "杭州市上城区江城路1号",
    "agency_phone": "0571-87000000",
    "agency_postcode": "310002",
    "case_cause": "擅自占用城市道路摆摊经营",
    "case_source": "日常巡查",
    "discovered_on": "2026年10月8日",
    "act_date": "2026年10月8日",
    "filed_on": "2026年10月9日",
    "case_summary": "当事人在解放路88号门前占道摆摊经营水果。",
    "officers": OFFICERS,
    "handler_opinion": "建议立案调查。",
    "unit_opinion": "同意立案。",
    "deputy_opinion": "",
    "head_opinion": "",
    "reason": "当事人经营用的物品可能被转移",
    "approved_by": "张局长",
    "approved_at": "2026年10月9日",
    "items": [
        {"name": "水果摊架", "spec": "1.5米×0.8米", "quantity": "1个", "condition": "完好"},
        {"name": "电子秤", "spec": "ACS-30", "quantity": "1台", "condition": "完好"},
    ],
    "storage": "就地封存，交当事人保管",
    "facts": "2026年10月8日9时20分，你在杭州市上城区解放路88号门前擅自占用城市道路摆摊经营水果，占用面积约6平方米。",
    "violated_provision": "《城市道路管理条例》第二十七条第（三）项",
    "basis": "《城市道路管理条例》第四十二条",
    "correction_required": "立即停止占道经营，清理占用的道路",
    "correction_deadline": "2026年10月10日",
    "evidence_summary": "现场检查笔录、询问笔录、现场照片4张",
    "penalty_basis": "《城市道路管理条例》第四十二条",
    "intended_penalty": "罚款人民币伍佰元（500元）",
    "statement_deadline": "2026年10月20日",
    "hearing_clause": "",
    "hearing_time": "2026年11月2日9时30分",
    "hearing_place": "本机关三楼听证室",
    "chair": "赵文",
    "publicity": "公开",
    "course": "2026年10月8日执法人员巡查发现当事人占道经营，当场制作现场检查笔录并拍照取证；10月9日立案；10月10日询问当事人。",
    "evidence_list": [
        {"name": "现场检查笔录", "source": "执法人员现场制作", "proves": "占道经营的时间、地点和面积"},
        {"name": "询问笔录", "source": "询问当事人", "proves": "当事人承认占道经营"},
    ],
    "characterisation": "当事人的行为构成擅自占用城市道路。",
    "discretion": "当事人系初次违法，积极配合调查，当场改正（从轻情节）。",
    "benchmark": "一般情形档，罚款200元以上1000元以下。",
    "proposal": "建议罚款人民币伍佰元。",
    "review_flags": "不需要法制审核、集体讨论",
    "reviewer": "孙法（法制审核员）",
    "reviewer_qualification": "A20201100001",
    "review_items": [
        {"item": "执法主体", "result": "合法", "note": ""},
        {"item": "事实与证据", "result": "清楚、充分", "note": "照片与笔录一致"},
        {"item": "裁量", "result": "适当", "note": "适用一般情形档"},
    ],
    "conclusion": "同意",
    "opinion": "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。",
    "defence_reasoning": "当事人在陈述申辩期内提出其系初次经营、收入微薄。本机关经复核认为，该意见已在裁量中予以考虑，予以部分采纳。",
    "discretion_reasoning": "依据《杭州市城市管理行政处罚裁量基准》，当事人的行为属一般情形，当事人初次违法并当场改正，依法从轻处罚。",
    "penalty": "罚款人民币伍佰元（500元）",
    "correction": "",
    "bank_name": "中国工商银行杭州分行",
    "bank_account_name": "杭州市上城区财政局",
    "bank_account": "1202020209000000000",
    "review_body": "杭州市上城区人民政府",
    "litigation_court": "杭州市上城区人民法院",
    "act_time": "2026年10月8日9时20分",
    "act_place": "杭州市上城区解放路88号门前",
    "statement_record": "已口头告知当事人拟作出的处罚及陈述申辩权利，当事人未提出陈述申辩。",
    "payment": "十五日内到指定银行缴纳",
    "ground": "当事人的违法行为轻微并及时改正，没有造成危害后果，"
    "依据《中华人民共和国行政处罚法》第三十三条第一款的规定",
    "education": "执法人员当场对当事人进行了法治宣传教育，当事人表示今后不再占道经营。",
    "recipient": "陈喆",
    "served_document": "行政处罚决定书",
    "served_number": "杭上城罚决字〔2026〕第1-0001号",
    "served_at": "2026年10月25日10时",
    "served_place": "杭州市上城区清泰街100号",
    "service_method": "直接送达",
    "remarks": "",
    "witness": "",
    "decision_number": "杭上城罚决字〔2026〕第1-0001号",
    "decision_date": "2026年10月24日",
    "execution": "当事人于2026年11月1日缴纳罚款500元，票据号0012345。",
    "disposal": "",
    "closing_reason": "执行完毕",
    "receiving_agency": "杭州市公安局上城区分局",
    "attachments": [{"name": "案件移送审批表", "count": "1份"}, {"name": "现场照片", "count": "4张"}],
    "started_at": "2026年10月8日9时20分",
    "ended_at": "2026年10月8日9时50分",
    "location": "杭州市上城区解放路88号门前",
    "on_site_person": "陈喆",
    "recorder": "李明",
    "situation": "执法人员巡查至解放路88号门前，发现当事人在人行道上摆放水果摊架经营水果。",
    "measurements": "占用面积约6平方米（3米×2米）。",
    "party_opinion": "无异议。",
    "person_name": "陈喆",
    "person_sex": "男",
    "person_id": "330102199001011234",
    "person_employer": "无",
    "person_address": "杭州市上城区清泰街100号",
    "person_phone": "13800000000",
    "relation": "当事人",
    "qa": "问：你是否在解放路88号门前摆摊？\n答：是的，我在那里卖水果。\n问：摆了多长时间？\n答：大约一个星期。",
    "obligation": "缴纳罚款人民币伍佰元及加处罚款",
    "payment_period": "十五日",
    "review_period": "六十日",
    "litigation_period": "六个月",
    "hearing_members": "钱立",
    "party_attendees": "陈喆（当事人）",
    "case_no": "杭上城执立字〔2026〕第1-01-0001号",
    "proceedings": "调查人员陈述了当事人占道经营的事实、证据和拟罚款500元的处罚建议；当事人对事实无异议，申辩称系初次经营、"
    "收入微薄，请求从轻处罚；双方对现场照片进行了质证。",
    "final_statement": "请求从轻处罚，今后不再占道经营。",
    "discussed_at": "2026年10月20日14时",
    "discussion_place": "本机关二楼会议室",
    "host": "张局长",
    "attendees": "张局长、周副局长、吴副局长、法制科赵科长",
    "discussion": "张局长：事实清楚，同意罚款500元。\n周副局长：同意。\n吴副局长：同意，建议加强教育。",
    "discussion_conclusion": "对当事人罚款人民币500元。",
    "legal_opinion": "同意（法审〔2026〕12号）",
    "statement_time": "2026年10月14日10时",
    "statement_place": "本机关一楼询问室",
    "statement": "我是第一次摆摊，不知道这里不能摆，收入很少，请求从轻处理。",
    "statement_summary": "当事人称系初次经营、不知规定、收入微薄，请求从轻处罚。",
    "review": "经复核，当事人占道经营的事实有现场检查笔录和照片为证，当事人初次违法并已当场改正，属从轻情节。",
    "review_conclusion": "部分采纳：已在裁量中考虑从轻情节，维持拟罚款500元。",
    "no_filing_reason": "经核查，举报所称地点未发现占道经营行为，违法事实不能成立。",
    "preserved_on": "2026年10月9日",
    "preservation_number": "杭上城登保字〔2026〕第1-01-0001号",
    "disposal_items": [
        {"name": "水果摊架 1个", "decision": "解除先行登记保存，退还当事人", "note": ""},
        {"name": "电子秤 1台", "decision": "解除先行登记保存，退还当事人", "note": "已拍照留存"},
    ],
    "fine": "人民币500元",
    "application": "当事人称近期家中有病人，确有经济困难，申请分两期缴纳。",
    "plan": "第一期于2026年11月15日前缴纳250元，第二期于2026年12月15日前缴纳250元。",
    "served_on": "2026年10月25日",
    "remedy_status": "被申请人在法定期限内未申请行政复议或者提起行政诉讼，又未履行该决定。",
    "demand_status": "本机关于2027年5月6日向被申请人送达《催告书》，催告期满后被申请人仍未履行。",
    "enforcement_subject": "罚款人民币500元及加处罚款人民币500元，合计人民币1000元",
    "head_name": "张局长",
}


def thumbnail() -> bytes:
    """A small fixed JPEG standing in for an evidence thumbnail."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (160, 120), (200, 220, 240))
    ImageDraw.Draw(img).rectangle((40, 30, 120, 90), fill=(60, 120, 60))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


SHA = "9f" * 32


def sample(doc_type: str, **overrides: Any) -> DocumentData:
    """The fixed sample of ``doc_type`` (only its own fields), with ``overrides`` applied."""
    doc = get(doc_type)
    fields = {f.key: VALUES[f.key] for f in doc.fields if f.key in VALUES}
    images = {}
    if doc_type == "inspection_record":
        fields["evidence"] = [
            {
                "sha256": SHA,
                "filename": "IMG_0001.jpg",
                "taken_at": "2026-10-08 09:25",
                "gps": "30.2592, 120.1689",
            }
        ]
        images = {SHA: thumbnail()}
    if doc_type == "demand_notice":  # the demand speaks to the party, the application to the court
        fields["remedy_status"] = fields["remedy_status"].replace("被申请人", "你（单位）")
    fields.update(overrides)
    return DocumentData(
        doc_type=doc_type,
        number=f"杭上城{doc.type_code}字〔2026〕第1-0001号",
        agency_name="杭州市上城区综合行政执法局",
        issued_on="2026-10-24",
        fields=fields,
        qr_text=f"INSPDOC1|杭上城{doc.type_code}字〔2026〕第1-0001号|station-test|{'ab' * 32}",
        images=images,
        layout=LAYOUT,  # as a document is issued now: the number and the QR code on every page
    )
