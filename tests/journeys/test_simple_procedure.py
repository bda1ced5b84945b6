"""The squad officer's simple procedure (简易程序) through the main window, on a station made by ``inspector init``:
an inspection decided on the spot (行政处罚法第五十一条、第五十二条), the 当场行政处罚决定书 printed, and then either
the fine paid (on the spot, 第六十八条; or at the bank within fifteen days, 第六十七条) or not paid: the surcharge
(第七十二条), the 催告书 (行政强制法第三十五条、第五十四条) and the court application (行政强制法第五十三条)."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from inspector.law import articles as art
from inspector.services import documents, workflow, worklist
from tests.journeys.support import LITTERING, PASSWORD, at, log_inspection, main_window, take_step

RECEIPT = "浙财罚0012345"


def _deadline_keys(detail) -> set[str]:
    return {r["key"] for r in detail.deadlines.records}


def _deadlines(detail) -> dict[str, dict]:
    return {r["key"]: r for r in detail.deadlines.records}


def _printed(station, case_id: str, doc_type: str, tmp_path) -> str:
    """The issued document of ``doc_type`` as the party reads it: its PDF's text (pdftotext, whitespace
    removed); its first page is rendered by pdftoppm next to it (``<doc_type>.png``) to be looked at."""
    wang = station.login("wang", PASSWORD)
    (doc,) = [d for d in documents.list_documents(wang, case_id) if d["doc_type"] == doc_type]
    pdf = tmp_path / f"{doc_type}.pdf"
    pdf.write_bytes(documents.pdf_bytes(wang, doc["id"]))
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf), str(tmp_path / doc_type)], check=True
    )
    assert (tmp_path / f"{doc_type}.png").stat().st_size > 20_000  # a page with its text, not a blank one
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(text.split())


def _case_window(qtbot, window, case_id: str):
    window.open_section("cases")
    detail = window.screens["cases"].open_case(case_id)
    qtbot.addWidget(detail)
    detail.resize(1200, 860)
    return detail


def test_art54_a_case_on_the_simple_procedure_has_no_filing_or_art60_deadline(qtbot, station, tmp_path):
    """行政处罚法第五十一条、第五十二条: a clue the officers decide on the spot is not verified for filing
    (第五十四条第二款; the 线索核查·立案决定 period of 住建部令第55号) nor decided within ninety days of a filing
    (第六十条). Neither deadline shows on the 工作台, in the case window or in its deadline table, before the
    decision or after it; the case waits only for its limitation period (第三十六条)."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    at("2026-06-20")  # past the fifteen days a clue on the general procedure has to be verified
    detail.reload()
    assert _deadline_keys(detail) == {"limitation"}, detail.deadlines.records
    assert "线索核查" not in detail.turn.text() and "当场处罚" in detail.turn.text(), detail.turn.text()
    officer.open_section("dashboard")
    board = officer.screens["dashboard"]
    board.reload()
    (row,) = [r for r in board.table.records if r["case_id"] == detail.case_id]
    assert row["deadline"] != "线索核查·立案决定" and row["status"] != "overdue", row
    assert board.overdue_label.text() == "已超期 0", board.overdue_label.text()
    wang = station.login("wang", PASSWORD)
    assert detail.case_id not in {d["case_id"] for d in workflow.open_deadlines(wang)}

    take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    detail.tabs.setCurrentIndex(0)
    keys = _deadline_keys(detail)
    assert "clue_verification" not in keys and "decision" not in keys, detail.deadlines.records
    assert {"payment", "review_period", "litigation_period", "limitation"} <= keys
    names = [detail.deadlines.item(r, 0).text() for r in range(detail.deadlines.rowCount())]
    assert "线索核查·立案决定" not in names and "作出处罚决定（立案后90日）" not in names, names


def test_art52_no_on_the_spot_decision_without_its_numbered_form_handed_over(qtbot, station, tmp_path):
    """行政处罚法第五十二条: the officers fill in the numbered 当场行政处罚决定书 and hand it over on the spot; a
    decision without it would start the payment and remedy periods with nothing in the party's hands, and leave
    the 催告书 with no decision number to name. Left incomplete, the step is refused naming the article and what
    the form lacks, and nothing is recorded; completed, the decision is recorded with its form."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons["on_the_spot"], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert set(dialog.doc_widgets) == {"party_address", "statement_record"}, list(dialog.doc_widgets)
    dialog.set_value("amount_cents", "100")
    dialog.set_value("statement_heard", True)
    dialog.set_document_value("statement_record", "当事人对违法事实无异议")
    dialog.accept()  # the party's address left empty
    text = detail.guard.text()
    detail.grab().save(str(tmp_path / "art52-refused.png"))
    assert detail.guard.isVisible() and str(art.APL52) in text, text
    assert "当场行政处罚决定书》须当场填写完整并交付当事人" in text and "当事人住址或住所" in text, text
    assert "告知及陈述申辩情况" not in text  # what was written is not asked again
    case = station.db.get("cases", detail.case_id)
    assert (case["state"], case["procedure"], case["fine_cents"]) == ("clue", "simple", None)
    events = station.db.query("SELECT step FROM case_events WHERE case_id = ?", (detail.case_id,))
    assert [e["step"] for e in events] == ["clue"]
    assert not station.db.query("SELECT * FROM documents WHERE case_id = ?", (detail.case_id,))

    note = take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    assert "已出具《当场行政处罚决定书》杭上城当罚字〔2026〕第1-01-0001号" in note and "待出具" not in note, (
        note
    )
    assert station.db.get("cases", detail.case_id)["state"] == "served"


def test_art68_art71_a_fine_collected_on_the_spot_is_paid_handed_in_and_closed_without_a_demand(
    qtbot, station, tmp_path
):
    """行政处罚法第六十八条、第七十条: 100 yuan collected there and then against the official receipt is the fine
    paid. The 当场行政处罚决定书 says so (no fifteen days at the bank), the payment is recorded with the
    decision, nothing falls due, and no 登记缴款, 延期/分期 or 催告 (行政强制法第三十五条、第五十四条) is offered,
    then or after the fifteen days; the officer hands the cash in within two working days (第七十一条), and then
    the 中队长 closes the case."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons["on_the_spot"], Qt.MouseButton.LeftButton)
    said = detail.dialog.effects.text()  # what the confirmation says the step will do
    assert (
        "勾选当场收缴罚款的，同时登记缴清罚款，不计算缴款期限（《中华人民共和国行政处罚法》第六十八条）"
        in said
    )
    assert "收缴的罚款须在2个工作日内交至本机关（《中华人民共和国行政处罚法》第七十一条）" in said, said
    detail.dialog.reject()
    note = take_step(
        qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True, cash=True, receipt_no=RECEIPT
    )
    assert "同时登记：缴清罚款" in note and "已出具《当场行政处罚决定书》" in note, note
    text = _printed(station, detail.case_id, "onspot_decision", tmp_path)
    assert f"缴纳方式：当场收缴罚款100元，出具专用票据（票据号{RECEIPT}）。" in text, text
    assert "十五日内" not in text and "加处罚款" not in text
    detail.tabs.setCurrentIndex(0)
    detail.grab().save(str(tmp_path / "cash-decided.png"))
    dls = _deadlines(detail)
    assert dls["payment"]["status"] == "done" and dls["court_application"]["status"] == "done"
    assert (dls["cash_handover"]["due"], dls["cash_handover"]["status"]) == ("2026-06-03", "due_soon")
    offered = set(detail.step_buttons)
    assert {"pay", "instalment", "demand", "start_execution", "apply_court"}.isdisjoint(offered), offered
    assert "当场收缴罚款上缴" in detail.turn.text() and "第七十一条" in detail.turn.text(), detail.turn.text()

    take_step(qtbot, detail, "hand_in_cash")
    assert "中队长" in detail.turn.text() and "结案" in detail.turn.text(), detail.turn.text()
    at("2026-06-20")  # the fifteen days of Art. 67 are long over: still nothing owed, nothing to demand
    detail.reload()
    assert "demand" not in detail.step_buttons and "pay" not in detail.step_buttons, list(detail.step_buttons)
    assert not [r for r in detail.deadlines.records if r["status"] == "overdue"], detail.deadlines.records

    leader = main_window(qtbot, station, "zhao")
    leader.open_section("dashboard")
    board = leader.screens["dashboard"]
    board.reload()
    assert [(r["case_id"], r["task"]) for r in board.table.records] == [(detail.case_id, "结案")]
    closing = _case_window(qtbot, leader, detail.case_id)
    note = take_step(qtbot, closing, "close")
    assert "已出具《结案报告》" in note, note
    assert station.db.get("cases", detail.case_id)["state"] == "closed"
    text = _printed(station, detail.case_id, "closing_report", tmp_path)
    assert f"2026年6月1日缴纳100元（当场收缴），票据号{RECEIPT}。" in text and "执行完毕" in text, text
    # never filed (Art. 51, 52): the report names the procedure where a general case gives its 立案日期
    assert "办理程序简易程序（当场处罚，第五十一条、第五十二条）" in text and "立案日期" not in text, text


def test_art67_a_fine_paid_at_the_bank_within_fifteen_days_is_closed_without_a_demand(
    qtbot, station, tmp_path
):
    """行政处罚法第六十七条: the party pays at the bank within fifteen days of the on-the-spot decision; no surcharge
    (第七十二条) and no 催告 (行政强制法第五十四条) follow, and the case goes to the 中队长 to close."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    text = _printed(station, detail.case_id, "onspot_decision", tmp_path)
    assert "自收到本决定书之日起十五日内" in text, text
    at("2026-06-10")
    detail.reload()
    note = take_step(qtbot, detail, "pay", amount_cents="100")
    assert "已完成：缴清罚款" in note, note
    at("2026-06-20")
    detail.reload()
    assert {"demand", "pay", "instalment"}.isdisjoint(detail.step_buttons), list(detail.step_buttons)
    zhao = station.login("zhao", PASSWORD)
    assert [(r["case_id"], r["task"]) for r in worklist.page(zhao).rows] == [(detail.case_id, "结案")]
    leader = main_window(qtbot, station, "zhao")
    take_step(qtbot, _case_window(qtbot, leader, detail.case_id), "close")
    text = _printed(station, detail.case_id, "closing_report", tmp_path)
    assert "2026年6月10日缴纳100元。" in text and "执行完毕" in text and "加处罚款" not in text, text


def test_art72_acl35_acl53_acl54_an_unpaid_on_the_spot_fine_is_surcharged_demanded_and_sent_to_court(
    qtbot, station, tmp_path
):
    """行政处罚法第六十七条、第七十二条 and 行政强制法第四十五条: the 当场行政处罚决定书 tells the party where to pay
    within fifteen days and the standard of the surcharge if they do not (3 % a day, at most the fine), and that
    the court will be asked to enforce. Unpaid after the fifteen days, the fine is surcharged; the 催告书
    (行政强制法第三十五条、第五十四条) is issued by 送达催告书 and names the decision as what it is: the
    当场行政处罚决定书 with its number — no 待出具, no missing number. The case then waits for the party: ten
    days after the 催告书 and to the end of the six months to sue; then it is the 中队长's to ask the court
    (行政强制法第五十三条), and 申请法院强制执行 issues the 强制执行申请书 (第五十五条), which names the same
    decision and attaches it as the party signed it."""
    at("2026-06-01")
    officer = main_window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    (decision,) = documents.list_documents(station.login("wang", PASSWORD), detail.case_id)
    number = decision["number"]
    assert number == "杭上城当罚字〔2026〕第1-01-0001号"
    text = _printed(station, detail.case_id, "onspot_decision", tmp_path)
    assert (
        "缴纳方式：自收到本决定书之日起十五日内到中国工商银行杭州解放路支行（户名：杭州市上城区财政局非税收入专户，"
        "账号：1202021409900012345）或者通过电子支付系统缴纳罚款。" in text
    ), text
    assert "每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额" in text, text
    assert "本机关将依法申请人民法院强制执行" in text
    assert "在收到本决定书之日起六十日内向杭州市上城区人民政府申请行政复议，或者在六个月内" in text

    assert "加处罚款" not in detail.meta.text() and "尚欠" not in detail.meta.text(), detail.meta.text()
    at("2026-06-20")  # four days past the fifteen to pay: 4 × 3 % of 100 yuan
    detail.reload()
    assert "进入执行、送达催告书" in detail.turn.text() and "第三十五条" in detail.turn.text(), (
        detail.turn.text()
    )
    owed = "已缴：0.00元｜加处罚款：12.00元（截至2026-06-20，《中华人民共和国行政处罚法》第七十二条）｜尚欠：112.00元"
    assert owed in detail.meta.text(), detail.meta.text()
    take_step(qtbot, detail, "start_execution")
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons["demand"], Qt.MouseButton.LeftButton)
    # the 催告书 goes where the decision went: the address typed on the decision is not asked again
    assert detail.dialog.doc_widgets == {}, list(detail.dialog.doc_widgets)
    detail.dialog.reject()
    note = take_step(qtbot, detail, "demand")
    assert "已出具《催告书》杭上城催字〔2026〕第1-01-0001号" in note, note
    assert "待出具" not in note and "缺少" not in note and "文号" not in detail.guard.text(), note
    detail.tabs.setCurrentIndex(0)
    detail.grab().save(str(tmp_path / "demand-served.png"))
    text = _printed(station, detail.case_id, "demand_notice", tmp_path)
    assert f"本机关于2026年6月1日对你（单位）作出《当场行政处罚决定书》（{number}）" in text, text
    assert "《行政处罚决定书》" not in text
    assert "缴纳罚款人民币100元，以及截至2026年6月20日的加处罚款人民币12元" in text, text
    assert "自收到本催告书之日起十日内履行" in text and "有权进行陈述和申辩" in text

    wang, zhao = station.login("wang", PASSWORD), station.login("zhao", PASSWORD)
    assert not [r for r in worklist.page(wang).rows if r["case_id"] == detail.case_id]
    (waiting,) = [r for r in worklist.page(wang, waiting=True).rows if r["case_id"] == detail.case_id]
    assert waiting["role_label"] == "当事人" and "2026-12-01" in waiting["reason"], waiting
    at("2026-12-02")  # the six months to sue ended on 1 December, unpaid
    leader = main_window(qtbot, station, "zhao")
    leader.open_section("dashboard")
    board = leader.screens["dashboard"]
    board.reload()
    assert [(r["case_id"], r["task"]) for r in board.table.records] == [(detail.case_id, "申请法院强制执行")]
    court = _case_window(qtbot, leader, detail.case_id)
    note = take_step(qtbot, court, "apply_court", shot_name=None)
    assert "已出具《强制执行申请书》杭上城强执字〔2026〕第1-01-0001号" in note, note
    assert "住址（住所）：杭州市上城区解放路88号" in _printed(
        station, detail.case_id, "demand_notice", tmp_path
    )
    court.grab().save(str(tmp_path / "court-applied.png"))
    text = _printed(station, detail.case_id, "enforcement_application", tmp_path)
    assert f"强制执行本机关作出的《当场行政处罚决定书》（{number}）" in text, text
    assert f"本机关于2026年6月1日对被申请人作出《当场行政处罚决定书》（{number}）" in text
    assert "随附：当场行政处罚决定书（当事人签收）、催告书及送达回证" in text
    assert (
        "罚款人民币100元及截至2026年12月2日的加处罚款人民币100元，合计人民币200元" in text
    )  # capped (Art. 72)
    assert "《行政处罚决定书》" not in text and "缺少" not in text
    assert not worklist.page(zhao).rows
