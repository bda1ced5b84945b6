"""The officer's journey by command line, on a station from ``inspector init``: a clue opens the case, each step
by ``inspector case advance`` (documents issued by the steps), down to ``inspector doc casefile``."""

from __future__ import annotations

import datetime as dt
import json

from inspector.station import Station
from tests.conftest import run_cli
from tests.journeys.support import BARBECUE, LITTERING, PASSWORD, init_station, pdf_text


def test_general_procedure_by_cli_from_init_to_casefile(tmp_path):
    data_dir = tmp_path / "station"
    station = init_station(data_dir)
    wang, li = station.officers
    station.close()

    def cli(user: str, day: str, *args: str) -> str:
        done = run_cli(
            "--user",
            user,
            *args,
            data_dir=data_dir,
            env={"INSPECTOR_PASSWORD": PASSWORD, "INSPECTOR_NOW": f"{day}T10:00:00+08:00"},
        )
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stdout

    clue = tmp_path / "clue.json"
    clue.write_text(
        json.dumps(
            {
                "source": "hotline",
                "reference": "12345-20260601-0088",
                "complainant": "李四",
                "complainant_contact": "13900139000",
                "matter_code": BARBECUE,
                "address": "杭州市上城区解放路88号门前",
                "summary": "市民来电反映商户在禁止区域内露天烧烤",
                "act_date": "2026-05-28",
                "act_end_date": "2026-06-01",
                "discovered_on": "2026-06-01",
                "officer_ids": [wang["id"], li["id"]],
                "party": {
                    "kind": "person",
                    "name": "张三",
                    "id_type": "resident_id",
                    "id_number": "11010519491231002X",
                    "address": "杭州市上城区解放路88号",
                },
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    opened = json.loads(cli("wang", "2026-06-01", "case", "open", "--clue-json", str(clue), "--json"))
    cid = opened["id"]
    # Art. 36 / Art. 54: the end of the continuing act and the discovery day are recorded as given.
    assert (opened["act_date"], opened["act_end_date"], opened["discovered_at"]) == (
        "2026-05-28",
        "2026-06-01",
        "2026-06-01",
    )
    cli("wang", "2026-06-01", "case", "advance", cid, "verify")
    todo = json.loads(cli("zhao", "2026-06-01", "case", "todo", "--json"))
    assert [(t["case_id"], t["task"]) for t in todo] == [(cid, "审批立案")]
    out = cli("zhao", "2026-06-02", "case", "advance", cid, "file", "--doc", "handler_opinion=建议立案调查")
    assert "已出具：立案审批表 杭上城立字〔2026〕第1-01-0001号" in out
    for step in ("investigate", "end_investigation", "submit_review"):
        cli("wang", "2026-06-03", "case", "advance", cid, step)
    agency: tuple[str, ...] = ()  # the agency details come from the station (set up by its administrator)
    out = cli(
        "wang",
        "2026-06-04",
        "case",
        "advance",
        cid,
        "notify",
        "--set",
        "amount_cents=50000",
        *agency,
        "--doc",
        "evidence_summary=12345热线工单、现场照片、询问笔录",
    )
    assert "行政处罚事先告知书" in out and "待出具" not in out
    # Art. 28 ¶1: a penalty orders the act corrected; a decision typed with it empty is refused naming the
    # article (left out, it is the order the form pre-fills: the catalogue row's 责令改正).
    typed = run_cli(
        "--user",
        "zhao",
        "case",
        "advance",
        cid,
        "decide",
        "--set",
        "outcome=penalty",
        "--set",
        "correction=",
        data_dir=data_dir,
        env={"INSPECTOR_PASSWORD": PASSWORD, "INSPECTOR_NOW": "2026-06-15T10:00:00+08:00"},
    )
    assert typed.returncode == 1 and "第二十八条" in typed.stderr and "责令改正" in typed.stderr, typed.stderr
    out = cli(
        "zhao",
        "2026-06-15",
        "case",
        "advance",
        cid,
        "decide",
        "--set",
        "outcome=penalty",
        "--set",
        "correction=责令当事人立即停止在禁止区域露天烧烤，清理烧烤设施",
        "--doc",
        "defence_reasoning=当事人在陈述申辩期内未提出陈述申辩",
        "--doc",
        "discretion_reasoning=初次违法，烧烤规模较小，按一般阶次处罚",
        "--doc",
        "evidence_summary=12345热线工单、现场照片、询问笔录",
    )
    assert "已出具：行政处罚决定书" in out
    assert "已出具：送达回证" in cli(
        "wang", "2026-06-16", "case", "advance", cid, "serve", "--set", "method=direct", *agency
    )
    # 行政强制法第三十五条, 行政处罚法第六十七条、第七十二条: 催告 typed while the decision is only served is
    # refused naming what comes first (进入执行, once the payment period is over), with the articles.
    typed = run_cli(
        "--user",
        "wang",
        "case",
        "advance",
        cid,
        "demand",
        data_dir=data_dir,
        env={"INSPECTOR_PASSWORD": PASSWORD, "INSPECTOR_NOW": "2026-06-17T10:00:00+08:00"},
    )
    assert typed.returncode == 1 and "须先“进入执行”" in typed.stderr, typed.stderr
    assert "第三十五条" in typed.stderr and "第七十二条" in typed.stderr and "缴款期限" in typed.stderr
    assert "Traceback" not in typed.stderr and len(typed.stderr.strip().splitlines()) == 1
    cli("wang", "2026-06-20", "case", "advance", cid, "pay", "--set", "amount_cents=50000")
    assert "已出具：结案报告" in cli(
        "zhao",
        "2026-06-22",
        "case",
        "advance",
        cid,
        "close",
        "--doc",
        "handler_opinion=当事人已履行，建议结案",
        *agency,
    )
    cli("wang", "2026-06-23", "case", "advance", cid, "archive")
    out_pdf = tmp_path / "casefile.pdf"
    cli("wang", "2026-06-23", "doc", "casefile", "--case", cid, "-o", str(out_pdf))
    pages = pdf_text(out_pdf.read_bytes())
    toc = pages[1].replace("\n", "")
    for title in ("立案审批表", "行政处罚事先告知书", "行政处罚决定书", "送达回证", "结案报告"):
        assert title in toc
    # The decision prints the verified penalty basis of the catalogue row, and the order to correct (Art. 28).
    text = "".join("".join(pages).split())
    assert "第一百一十八条第三款" in text
    assert (
        "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）：责令当事人立即停止在禁止区域露天烧烤"
        in text
    )
    assert "12345热线" in "".join(pages) or "投诉举报" in "".join(pages)


def test_art28_the_decision_form_offers_the_correction_order_already_issued(tmp_path):
    """Art. 28 ¶1: the 责令改正 a penalty carries is offered from the case's 责令改正通知书 (its requirement and
    deadline), then from the inspection's deadline, then from the catalogue row's measures."""
    import datetime as dt

    from inspector.services import documents, workflow
    from tests.integration.workflow_support import at, make_case

    station = init_station(tmp_path / "station")
    try:
        at("2026-06-01")
        wang = station.login("wang", PASSWORD)
        cid = make_case(station, matter_code=BARBECUE, matter_name="露天烧烤", act_date="2026-06-01")
        workflow.advance(wang, cid, "verify")
        assert (
            workflow.correction_default(wang, cid) == "责令当事人立即改正上述违法行为"
        )  # the row's 责令改正
        documents.issue_document(
            wang,
            cid,
            "correction_order",
            {
                "facts": "当事人在禁止区域露天烧烤",
                "basis": "《中华人民共和国大气污染防治法》第一百一十八条第三款",
                "correction_required": "停止露天烧烤并撤除烧烤设施",
                "correction_deadline": f"{dt.date(2026, 6, 5):%Y年%-m月%-d日}",
                "party_address": "杭州市上城区解放路88号",
            },
        )
        assert (
            workflow.correction_default(wang, cid)
            == "责令当事人于2026年6月5日前改正上述违法行为：停止露天烧烤并撤除烧烤设施"
        )
    finally:
        station.close()


def test_simple_procedure_by_cli_gives_what_the_case_window_gives(tmp_path):
    """The simple procedure by ``inspector case``, with the rules the case window applies: a case opened from an
    on-the-spot inspection carries no 线索核查·立案决定 or Art. 60 deadline (行政处罚法第五十一条、第五十四条、第六十条);
    the decision is refused without its form complete (第五十二条) and issues it with it; a fine collected on the
    spot is recorded as paid and leaves nothing to demand (第六十八条); an unpaid one shows its surcharge (第七十二条),
    and 送达催告书 issues the 催告书 naming the 当场行政处罚决定书 by its number (行政强制法第三十五条、第五十四条)."""
    from inspector import clock
    from inspector.services import documents, inspections
    from tests.integration.workflow_support import resident_id

    data_dir = tmp_path / "station"
    station = init_station(data_dir)
    wang, li = station.officers
    clock.freeze(dt.datetime(2026, 6, 1, 9, 0, tzinfo=clock.LOCAL_TZ))
    ids = []
    for n, born in enumerate((dt.date(1980, 3, 4), dt.date(1985, 7, 1))):
        ids.append(
            inspections.save_inspection(
                station.login("wang", PASSWORD),
                {
                    "started_at": f"2026-06-01T0{8 + n}:00:00+08:00",
                    "ended_at": f"2026-06-01T0{8 + n}:30:00+08:00",
                    "address": "杭州市上城区解放路88号门前",
                    "officer_ids": [wang["id"], li["id"]],
                    "matter_codes": [LITTERING],
                    "party": {
                        "kind": "person",
                        "name": f"张{n}",
                        "id_type": "resident_id",
                        "id_number": resident_id(born),
                    },
                    "situation": "当事人将一袋生活垃圾随意倾倒在人行道上",
                    "outcome": "on_the_spot",
                },
            )["id"]
        )
    clock.freeze(None)
    station.close()

    def run(user: str, day: str, *args: str):
        return run_cli(
            "--user",
            user,
            *args,
            data_dir=data_dir,
            env={"INSPECTOR_PASSWORD": PASSWORD, "INSPECTOR_NOW": f"{day}T10:00:00+08:00"},
        )

    def cli(user: str, day: str, *args: str) -> str:
        done = run(user, day, *args)
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stdout

    unpaid, cash = (
        json.loads(cli("wang", "2026-06-01", "case", "open", "--inspection", i, "--json"))["id"] for i in ids
    )
    shown = json.loads(cli("wang", "2026-06-20", "case", "show", unpaid, "--json"))
    assert shown["procedure"] == "simple"
    assert {d["key"] for d in shown["deadlines"]} == {"limitation"}, shown["deadlines"]
    todo = {t["case_id"]: t for t in json.loads(cli("wang", "2026-06-20", "case", "todo", "--json"))}
    assert todo[unpaid]["task"] == "当场处罚" and todo[unpaid]["deadline"] == "追责时效（2年）"

    decide = (
        "case",
        "advance",
        unpaid,
        "on_the_spot",
        "--set",
        "amount=100",
        "--set",
        "statement_heard=true",
    )
    refused = run("wang", "2026-06-01", *decide)
    assert refused.returncode == 1 and "第五十二条" in refused.stderr, refused.stderr
    assert "当事人住址或住所" in refused.stderr and "告知及陈述申辩情况" in refused.stderr
    form = (
        "--doc",
        "party_address=杭州市上城区解放路88号",
        "--doc",
        "statement_record=当事人对违法事实无异议",
    )
    out = cli("wang", "2026-06-01", *decide, *form)
    assert "已出具：当场行政处罚决定书 杭上城当罚字〔2026〕第1-01-0001号" in out and "待出具" not in out, out
    out = cli(
        "wang",
        "2026-06-01",
        "case",
        "advance",
        cash,
        "on_the_spot",
        "--set",
        "amount=100",
        "--set",
        "statement_heard=true",
        "--set",
        "cash=true",
        "--set",
        "receipt_no=浙财罚0012346",
        *form,
    )
    assert "同时登记：缴清罚款[pay_full]" in out, out
    shown = json.loads(cli("wang", "2026-06-20", "case", "show", cash, "--json"))
    assert {"demand", "pay", "instalment"}.isdisjoint(s["step"] for s in shown["allowed_steps"])
    assert "clue_verification" not in {d["key"] for d in shown["deadlines"]}
    assert shown["payment"]["owed_cents"] == 0

    out = cli("wang", "2026-06-20", "case", "show", unpaid)
    assert "已缴：0.00元  加处罚款：12.00元（截至2026-06-20，第七十二条）  尚欠：112.00元" in out, out
    cli("wang", "2026-06-20", "case", "advance", unpaid, "start_execution")
    out = cli("wang", "2026-06-20", "case", "advance", unpaid, "demand")
    assert "已出具：催告书 杭上城催字〔2026〕第1-01-0001号" in out and "待出具" not in out, out
    station = Station.open(data_dir)
    try:
        session = station.login("wang", PASSWORD)
        (demand,) = [d for d in documents.list_documents(session, unpaid) if d["doc_type"] == "demand_notice"]
        text = "".join("".join(pdf_text(documents.pdf_bytes(session, demand["id"]))).split())
    finally:
        station.close()
    assert "作出《当场行政处罚决定书》（杭上城当罚字〔2026〕第1-01-0001号）" in text, text
    assert "截至2026年6月20日的加处罚款人民币12元" in text
