"""The officer's journey through the main window, on a station made by ``inspector init`` (not the demo):
general procedure from an inspection with photos to the archived case file, and the simple procedure."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PySide6.QtCore import Qt

from inspector import clock
from inspector.law import articles as art
from inspector.services import documents, workflow
from tests.integration.workflow_support import ONSPOT_DOC, resident_id
from tests.journeys.support import (
    BARBECUE,
    DOC_TEXT,
    LITTERING,
    PASSWORD,
    SITUATION,
    at,
    log_inspection,
    pdf_text,
    shot,
    take_step,
)
from tests.journeys.support import main_window as _window


def test_a_station_made_by_init_shows_its_agency_as_the_station_name(qtbot, station):
    """``inspector init`` without --station-name records the agency's name: the status bar does not say 未命名."""
    window = _window(qtbot, station, "wang")
    assert window.station_label.text() == "站点：杭州市上城区综合行政执法局"
    assert station.db.meta_get("station_name") == "杭州市上城区综合行政执法局"


def test_general_procedure_from_inspection_to_archived_case_file(qtbot, station, tmp_path):
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="propose_case", matter=BARBECUE)
    cid = detail.case_id
    assert "线索登记" in detail.windowTitle() and "（未立案）" in detail.title.text()
    assert "执法队员" in detail.turn.text() and "核查线索" in detail.turn.text()
    take_step(qtbot, detail, "verify")
    assert "中队长" in detail.turn.text() and "审批立案" in detail.turn.text()  # the officer sees who is next
    shot(detail, "general-2-waiting-for-leader")

    # The 中队长 finds it on 工作台 and approves filing: the case number is drawn, the 立案审批表 issued.
    leader = _window(qtbot, station, "zhao")
    board = leader.screens["dashboard"]
    assert [(r["case_id"], r["task"]) for r in board.table.records] == [(cid, "审批立案")]
    shot(leader, "general-3-leader-dashboard")
    board._open(0, 0)
    ldetail = board.details[-1]
    qtbot.addWidget(ldetail)
    note = take_step(qtbot, ldetail, "file", shot_name="general-4-confirm-filing")
    case_no = station.db.get("cases", cid)["case_no"]
    assert case_no == "杭上城立字〔2026〕第1-01-0001号" and f"立案审批表》{case_no}" in note

    detail.reload()
    take_step(qtbot, detail, "investigate")
    # The inquiry record is issued from the 文书 tab with the questions and answers.
    panel = detail.documents
    dialog = panel.open_issue()
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("inquiry_record"))
    from PySide6.QtWidgets import QPlainTextEdit

    for key, editor in dialog.editors.items():
        text = {
            "qa": "问：你在这里露天烧烤多久了？\n答：大约一个月。",
            "relation": "当事人本人",
            "recorder": "李明",
            "person_address": "杭州市上城区解放路88号",
        }.get(key, "见案卷")
        (editor.setPlainText if isinstance(editor, QPlainTextEdit) else editor.setText)(text)
    dialog.issue_button.click()
    take_step(qtbot, detail, "end_investigation")
    take_step(qtbot, detail, "submit_review")
    form = detail.discretion
    form.tier.setCurrentIndex(max(0, form.tier.findData("一般")))
    form.amount.setText("500")
    form.reason.setPlainText("按一般阶次处罚")
    form.save()
    assert not form.guard.isVisible(), form.guard.text()
    note = take_step(qtbot, detail, "notify", shot_name="general-5-confirm-notice")
    assert "事先告知书》" in note and "待出具" not in note
    assert "当事人" in detail.turn.text() and "陈述申辩期至" in detail.turn.text()
    detail.tabs.setCurrentWidget(detail.documents)
    shot(detail, "general-6-documents-tab")

    at("2026-06-10")  # the statement period (5 working days from 1 June) has run out
    board.reload()
    assert [(r["case_id"], r["task"]) for r in board.table.records] == [(cid, "作出决定")]
    ldetail.reload()
    note = take_step(qtbot, ldetail, "decide", outcome="penalty")
    assert "行政处罚决定书》" in note and "待出具" not in note
    # Art. 28 ¶1: the decision form was pre-filled from the catalogue row's measure (责令改正), and it is printed.
    decided = [
        e for e in workflow.timeline(station.login("zhao", PASSWORD), cid)["events"] if e["step"] == "decide"
    ]
    assert decided[-1]["data"]["correction"] == "责令当事人立即改正上述违法行为"
    detail.reload()
    assert "送达决定书" in detail.turn.text()
    assert "待出具" not in take_step(qtbot, detail, "serve", method="direct")
    take_step(qtbot, detail, "pay", amount_cents="500")
    ldetail.reload()
    assert "结案报告》" in take_step(qtbot, ldetail, "close")
    detail.reload()
    take_step(qtbot, detail, "archive")
    assert station.db.get("cases", cid)["state"] == "archived"
    detail.tabs.setCurrentWidget(detail.tabs.widget(detail.tabs.count() - 1))
    shot(detail, "general-7-archived-case")

    # An independent reader: the case file's extracted text.
    session = station.login("wang", PASSWORD)
    decision_text = "".join(
        "".join(pdf_text(documents.casefile(session, cid))).split()
    )  # Art. 28 ¶1: the order to correct is on the decision
    assert (
        "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）：责令当事人立即改正上述违法行为"
        in decision_text
    )
    issued = [d["doc_type"] for d in documents.list_documents(session, cid)]
    assert set(issued) >= {
        "filing_approval",
        "inspection_record",
        "inquiry_record",
        "prior_notice",
        "penalty_decision",
        "service_receipt",
        "closing_report",
    }
    pages = pdf_text(documents.casefile(session, cid))
    # §5.4: the table of contents lists the documents in archive order…
    from exports.documents import archive_key

    codes = [
        "filing_approval",
        "prior_notice",
        "penalty_decision",
        "service_receipt",
        "closing_report",
        "inspection_record",
        "inquiry_record",
    ]
    toc = pages[1].replace("\n", "")
    assert all(documents_title(c) in toc for c in codes), toc
    assert sorted(codes, key=lambda c: toc.find(documents_title(c))) == sorted(codes, key=archive_key)
    # …the documents follow in that order, and every page but the cover, the TOC and the 备考表 is numbered
    # continuously (the number alone on the last line of the page).
    headings = {
        i: p.splitlines()[1].strip() for i, p in enumerate(pages) if i > 1 and len(p.splitlines()) > 1
    }
    starts = [
        next(i for i, h in headings.items() if h == documents_title(c))
        for c in sorted(codes, key=archive_key)
    ]
    assert starts == sorted(starts)
    numbered = [int(p.strip().splitlines()[-1]) for p in pages[2:-1]]
    assert numbered == list(range(1, len(pages) - 2)), numbered
    assert "备考表" in pages[-1]

    # The officer exports the 案卷 from the case window: its cover states the total, the last page number.
    path = tmp_path / "案卷.pdf"
    detail.documents.export_casefile(str(path))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    exported = text.stdout.split("\f")
    total = re.search(r"本卷共\s*(\d+)\s*页", exported[0])
    assert total is not None, exported[0]
    last = max(int(n) for p in exported[2:-1] if (n := p.strip().splitlines()[-1].strip()).isdigit())
    assert int(total.group(1)) == last == numbered[-1]


def documents_title(code: str) -> str:
    from exports.documents import TYPES

    return TYPES[code].title


def test_simple_procedure_printed_from_the_inspection(qtbot, station, tmp_path):
    """Art. 51: within 200 yuan for a person the 当场行政处罚决定书 prints on the spot."""
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    assert "当场处罚（简易程序）" in [b.text() for b in detail.step_buttons.values()]
    note = take_step(
        qtbot, detail, "on_the_spot", shot_name="simple-2-confirm", amount_cents="100", statement_heard=True
    )
    assert "当场行政处罚决定书》" in note and "待出具" not in note, note
    shot(detail, "simple-3-decided")
    # The decision is shown selected in the 文书 tab; printing it gives the party the paper on the spot.
    assert detail.tabs.currentWidget() is detail.documents
    (selected,) = detail.documents.selected_rows()
    assert selected["doc_type"] == "onspot_decision"
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    detail.documents.print_to(printer, [selected])
    text = "\n".join(pdf_text(documents.pdf_bytes(station.login("wang", PASSWORD), selected["id"])))
    assert "当场行政处罚决定书" in text and "张三" in text and selected["number"] in text.replace("\n", "")
    assert "第一百一十一条第一款" in text.replace("\n", "")  # the verified penalty basis of the catalogue row
    assert "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）：" in "".join(text.split())
    assert "责令当事人立即改正上述违法行为" in "".join(text.split())  # pre-filled: the row's measure
    assert printed.stat().st_size > 10_000
    case = station.db.get("cases", detail.case_id)
    assert (case["state"], case["procedure"], case["fine_cents"]) == ("served", "simple", 10000)


def test_art51_an_on_the_spot_warning_needs_a_legal_basis_and_prints_as_a_warning(qtbot, station, tmp_path):
    """Art. 4, 51: a warning may be given on the spot only where the provision gives it. 固废法第一百一十一条
    gives a person a fine of 100–500 yuan, so an empty amount (the form's warning) is refused naming the
    articles; for a 16-year-old (Art. 30: 减轻) the warning is lawful with its reason, and the decision says
    警告 with nothing to pay, and the case waits for the leader to close it, not for a payment."""
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    adult = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    adult.dialog = None
    qtbot.mouseClick(adult.step_buttons["on_the_spot"], Qt.MouseButton.LeftButton)
    adult.dialog.set_value("statement_heard", True)
    adult.dialog.accept()  # the amount left empty: a warning
    text = adult.guard.text()
    assert adult.guard.isVisible() and art.APL51.text in text and "不含警告" in text, text
    assert "减轻处罚" in text and "事先告知" not in text  # what to do, not the general procedure's notice
    assert station.db.get("cases", adult.case_id)["state"] == "clue"

    officer.screens["inspections"].new()
    detail = log_inspection(
        qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING, born=dt.date(2010, 3, 4)
    )
    note = take_step(
        qtbot,
        detail,
        "on_the_spot",
        statement_heard=True,
        mitigate=True,
        reason="当事人未满十八周岁，依法减轻处罚，给予警告",
    )
    assert "当场行政处罚决定书》" in note and "待出具" not in note, note
    (decision,) = [d for d in documents.list_documents(station.login("wang", PASSWORD), detail.case_id)]
    text = "".join(pdf_text(documents.pdf_bytes(station.login("wang", PASSWORD), decision["id"]))).replace(
        "\n", ""
    )
    assert "当场作出如下行政处罚：警告。" in text, text
    assert "罚款人民币" not in text and "缴纳方式" not in text
    case = station.db.get("cases", detail.case_id)
    assert (case["state"], case["fine_cents"]) == ("served", 0)
    assert "中队长" in detail.turn.text() and "结案" in detail.turn.text(), detail.turn.text()
    assert "缴纳罚款" not in detail.turn.text()
    from inspector.services import workflow

    timers = {d.key: d for d in workflow.deadlines_for(station.login("wang", PASSWORD), detail.case_id)}
    assert "payment" not in timers and "court_application" not in timers  # Art. 67, 行政强制法 Art. 53
    assert (
        "decision" not in timers
    )  # Art. 60 is the general procedure's: no 90 days for an on-the-spot decision


@pytest.mark.parametrize(
    ("source", "reference", "label"),
    [
        ("hotline", "12345-20260601-0001", "12345热线"),
        ("complaint", "", "投诉举报"),
        ("referral", "上城市监移〔2026〕3号", "上级交办或部门移送"),
        ("random_check", "SJ-2026-06-017", "双随机抽查"),
        ("non_contact", "88812", "非现场执法"),
        ("patrol", "", "日常巡查"),
    ],
)
def test_a_clue_without_inspection_opens_a_case_from_the_dashboard(qtbot, station, source, reference, label):
    """Art. 36 and 54: the act date, the end of the continuing act and the discovery date are recorded."""
    at("2026-06-10")
    if source == "non_contact":  # Art. 41 ¶1: the record comes from a registered, reviewed, published device
        from inspector.services import monitoring
        from tests.journeys.support import ADMIN_PASSWORD

        monitoring.add_device(
            station.login("root", ADMIN_PASSWORD),
            code="CAM-031",
            kind="违法停车抓拍",
            location="解放路与建国路交叉口",
            legal_review_on="2026-03-02",
            legal_review_ref="杭上城综法审〔2026〕4号",
            tech_review_on="2026-03-10",
            tech_review_ref="浙计检2026-0311",
            published_on="2026-03-20",
            published_where="区政府门户网站",
        )
    officer = _window(qtbot, station, "wang")
    board = officer.screens["dashboard"]
    dialog = board.open_clue()
    dialog.source.setCurrentIndex(dialog.source.findData(source))
    dialog.reference.setText(reference)
    assert dialog.device.isVisibleTo(dialog) == (source == "non_contact")
    if source == "non_contact":
        from PySide6.QtCore import QDate, QDateTime, QTime

        dialog.device.setCurrentIndex(dialog.device.findData("CAM-031"))
        dialog.recorded_at.setDateTime(QDateTime(QDate(2026, 6, 8), QTime(7, 42)))
    # a complaint names who made it and how to reach them, or says it was anonymous (lawful)
    assert dialog.complainant.isVisibleTo(dialog) == (source in ("hotline", "complaint"))
    if source == "hotline":
        dialog.complainant.setText("李四")
        dialog.complainant_contact.setText("139 0013 9000")
    if source == "complaint":
        dialog.anonymous.setChecked(True)
    dialog.matter.setCurrentIndex(dialog.matter.findData("330217001000"))
    dialog.address.setText("杭州市上城区解放路88号门前")
    dialog.summary.toPlainText() or dialog.summary.setPlainText("商户在店外摆放货架占道经营")
    from PySide6.QtCore import QDate

    dialog.act_date.setDate(QDate(2026, 6, 1))
    dialog.act_end_date.setDate(QDate(2026, 6, 8))
    dialog.discovered_on.setDate(QDate(2026, 6, 9))
    wang, li = station.officers
    dialog.officers[1].setCurrentIndex(dialog.officers[1].findData(li["id"]))
    dialog.party_name.setText("张三")  # known from the ticket, the letter or the device record
    dialog.id_number.setText(resident_id(dt.date(1980, 3, 4)))
    shot(dialog, f"clue-{source}")
    dialog.submit()
    assert dialog.error.text() == ""
    detail = board.details[-1]
    qtbot.addWidget(detail)
    case = station.db.get("cases", detail.case_id)
    assert (case["act_date"], case["act_end_date"], case["discovered_at"]) == (
        "2026-06-01",
        "2026-06-08",
        "2026-06-09",
    )
    if source == "non_contact":  # Art. 41 ¶2: the record is the squad leader's to review before anything else
        assert board.table.records == [] and "非现场记录审核" in detail.turn.text(), detail.turn.text()
        workflow.advance(station.login("zhao", PASSWORD), detail.case_id, "review_record", result="fit")
    else:
        assert [r["case_id"] for r in board.table.records] == [detail.case_id]
        assert "核查线索" in detail.turn.text()
    assert label in detail.facts.text()
    # Art. 54: what the clue rests on (the ticket, the referring body and letter, the draw, the device record)
    # is shown with the case and printed on the 立案审批表 as its 案件来源
    assert reference in detail.facts.text()
    complainant = {"hotline": "投诉人：李四　联系方式：13900139000", "complaint": "投诉人：匿名投诉"}
    if source in complainant:
        assert complainant[source] in detail.facts.text(), detail.facts.text()
    else:
        assert "投诉人" not in detail.facts.text()
    detail.tabs.setCurrentIndex(detail.tabs.count() - 1)
    shot(detail, f"clue-{source}-facts")
    take_step(qtbot, detail, "verify")
    filed = workflow.advance(station.login("zhao", PASSWORD), detail.case_id, "file", document=DOC_TEXT)
    assert not filed["documents_pending"], filed["documents_pending"]
    (filing,) = [
        d
        for d in documents.list_documents(station.login("wang", PASSWORD), detail.case_id)
        if d["doc_type"] == "filing_approval"
    ]
    printed = "".join(
        "".join(pdf_text(documents.pdf_bytes(station.login("wang", PASSWORD), filing["id"]))).split()
    )
    expected = {
        # the complainant's name and number stay in the case record, not on a form the party may read
        "hotline": "投诉举报（12345热线工单号：12345-20260601-0001；投诉人实名，身份及联系方式已登记，依法保密）",
        "complaint": "投诉举报（匿名投诉）",
        "referral": "上级交办或部门移送（移送部门及文号：上城市监移〔2026〕3号）",
        "random_check": "双随机抽查（抽查任务编号：SJ-2026-06-017）",
        "non_contact": "非现场执法（设备编号：CAM-031；记录号：88812；记录时间：2026-06-0807:42）",
        "patrol": "日常巡查",
    }[source]
    assert expected in printed, printed
    assert "李四" not in printed and "13900139000" not in printed


def test_a_complaint_names_its_complainant_and_a_valid_phone_or_says_it_is_anonymous(qtbot, station):
    """A complaint's 投诉人 and 联系方式 are asked apart; leaving them empty needs an explicit 匿名投诉."""
    at("2026-06-10")
    board = _window(qtbot, station, "wang").screens["dashboard"]
    dialog = board.open_clue()
    dialog.source.setCurrentIndex(dialog.source.findData("complaint"))
    dialog.matter.setCurrentIndex(dialog.matter.findData("330217001000"))
    dialog.address.setText("杭州市上城区解放路88号门前")
    assert dialog.reference_label.text() == "来信来电记录（可空）"
    dialog.submit()
    assert "请填写投诉人，或选择匿名投诉" in dialog.error.text(), dialog.error.text()
    assert "联系方式" in dialog.error.text()
    dialog.complainant.setText("李四")
    dialog.complainant_contact.setText("1390013")
    dialog.submit()
    assert "电话号码格式不正确" in dialog.error.text(), dialog.error.text()
    shot(dialog, "complaint-bad-phone")
    assert station.db.scalar("SELECT count(*) FROM cases") == 0
    dialog.anonymous.setChecked(True)
    assert not dialog.complainant.isEnabled() and dialog.complainant.text() == ""
    dialog.submit()
    assert dialog.error.text() == ""
    assert station.db.scalar("SELECT count(*) FROM cases") == 1


def test_a_clue_discovered_before_the_act_is_refused_with_the_field_named(qtbot, station):
    at("2026-06-10")
    board = _window(qtbot, station, "wang").screens["dashboard"]
    dialog = board.open_clue()
    dialog.source.setCurrentIndex(dialog.source.findData("patrol"))
    dialog.address.setText("杭州市上城区解放路88号门前")
    from PySide6.QtCore import QDate

    dialog.act_date.setDate(QDate(2026, 6, 5))
    dialog.act_end_date.setDate(QDate(2026, 6, 5))
    dialog.discovered_on.setDate(QDate(2026, 6, 4))
    dialog.submit()
    assert "发现日期不能早于违法行为发生日期" in dialog.error.text()
    assert station.db.scalar("SELECT count(*) FROM cases") == 0


def test_on_the_spot_above_the_art51_limit_says_why_and_offers_the_general_procedure(
    qtbot, station, tmp_path
):
    """Art. 51: a person's on-the-spot fine is at most 200 yuan; above it the general procedure applies."""
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons["on_the_spot"], Qt.MouseButton.LeftButton)
    detail.dialog.set_value("amount_cents", "300")
    detail.dialog.set_value("statement_heard", True)
    detail.dialog.accept()
    text = detail.guard.text()
    assert detail.guard.isVisible() and str(art.APL51) in text and "普通程序" in text
    assert "file" in detail.step_buttons or "verify" in detail.step_buttons  # the general procedure is open
    assert station.db.get("cases", detail.case_id)["state"] == "clue"


def test_an_inspection_dated_after_today_is_refused_and_the_typing_kept_art_47(
    qtbot, station, tmp_path, close_boxes
):
    """Art. 47: the inspection record states when the officers were on site. An officer who picks next month
    in the date field gets one message naming the field; nothing is saved and the form keeps what was typed."""
    at("2026-06-01")
    window = _window(qtbot, station, "wang")
    window.open_section("inspections")
    screen = window.screens["inspections"]
    # The form the officer starts from is dated by the station's clock, so it saves as it stands.
    assert screen.form.values()["started_at"][:10] == "2026-06-01"
    wang, li = station.officers
    start = dt.datetime(2026, 7, 1, 9, 30, tzinfo=clock.LOCAL_TZ)  # 07 typed for 06
    screen.form.set_values(
        {
            "started_at": start.isoformat(),
            "ended_at": (start + dt.timedelta(minutes=40)).isoformat(),
            "address": "杭州市上城区解放路88号门前",
            "officer_ids": [wang["id"], li["id"]],
            "matter_codes": [LITTERING],
            "party": {
                "kind": "person",
                "name": "张三",
                "id_type": "resident_id",
                "id_number": resident_id(dt.date(1980, 3, 4)),
            },
            "situation": SITUATION[LITTERING],
            "outcome": "on_the_spot",
        }
    )
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    (box,) = close_boxes()
    assert "检查开始时间不能晚于今天（2026-06-01）" in box.text() and "Traceback" not in box.text()
    assert station.db.scalar("SELECT count(*) FROM inspections") == 0
    assert screen.inspection_id is None and not screen.open_case_button.isEnabled()
    assert screen.form.values()["address"] == "杭州市上城区解放路88号门前"  # nothing typed is lost


def test_art58_a_mitigated_on_the_spot_decision_is_not_sent_to_legal_review(qtbot, station, tmp_path):
    """Art. 58: 法制审核 comes before a decision in the general procedure (Chapter V, Section 3). A warning
    given on the spot to a 16-year-old as a 减轻 (Art. 30, 51) is decided under the simple procedure: the case
    window does not say 须法制审核, and the 法制审核 queue does not list the case."""
    from inspector.services import review, users

    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(
        qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING, born=dt.date(2010, 3, 4)
    )
    take_step(
        qtbot,
        detail,
        "on_the_spot",
        statement_heard=True,
        mitigate=True,
        reason="当事人未满十八周岁，依法减轻处罚，给予警告",
    )
    detail.reload()
    shot(detail, "simple-4-mitigated-warning")
    shot(detail, "art58-onspot-case")
    assert station.db.get("cases", detail.case_id)["procedure"] == "simple"
    assert "须法制审核" not in detail.meta.text(), detail.meta.text()
    assert "法制审核" not in detail.facts.text()
    admin = station.login("root", "Root!2026pass")
    users.add_user(admin, username="fa", display_name="法制员", role="legal_reviewer", password=PASSWORD)
    queued = [q["case_id"] for q in review.queue(station.login("fa", PASSWORD))]
    assert detail.case_id not in queued


def test_acl53_court_application_date_without_a_2027_calendar_is_said_to_be_an_estimate(qtbot, station):
    """行政强制法第五十三条 and 行政处罚法第八十五条: the remedy periods of a decision served in November 2026
    end in 2027, a year whose holiday arrangement is not loaded yet. The court application waits for the latest
    day those periods can end, and the leader who asks early is told that date is an estimate until the 2027
    calendar is imported; the case window's deadline table says the same of each such date."""
    from inspector.services import workflow
    from tests.integration.workflow_support import make_case

    at("2026-11-11")
    wang, zhao = station.login("wang", PASSWORD), station.login("zhao", PASSWORD)
    cid = make_case(station, matter_code=LITTERING, matter_name="随意倾倒生活垃圾", act_date="2026-11-11")
    workflow.advance(
        wang,
        cid,
        "on_the_spot",
        document=ONSPOT_DOC,
        amount_cents=10000,
        statement_heard=True,
        correction=workflow.CORRECTION_NOW,
    )
    at("2026-11-30")  # the 15 days to pay (Art. 67) are over and nothing was paid
    workflow.advance(wang, cid, "start_execution")
    workflow.advance(wang, cid, "demand")
    at("2027-05-12")  # the six months to sue ended on 2027-05-11, reckoned without the 2027 holidays
    leader = _window(qtbot, station, "zhao")
    leader.open_section("cases")
    detail = leader.screens["cases"].open_case(cid)
    qtbot.addWidget(detail)
    detail.resize(1200, 800)
    qtbot.mouseClick(detail.step_buttons["apply_court"], Qt.MouseButton.LeftButton)
    if detail.dialog is not None and detail.dialog.isVisible():
        detail.dialog.accept()
    text = detail.guard.text()
    shot(detail, "acl53-court-application")
    assert detail.guard.isVisible() and art.ACL53.text in text, text
    assert "因缺少2027年节假日安排，日期为估算；导入日历后可精确" in text, text
    notes = {r["key"]: r["provisional_label"] for r in detail.deadlines.records}
    assert notes["litigation_period"] == "因缺少2027年节假日安排，日期为估算；导入日历后可精确", notes
    assert notes["payment"] == ""  # a date in 2026 rests on the loaded calendar
    assert not [e for e in workflow.timeline(zhao, cid)["events"] if e["step"] == "court_applied"]


def test_art28_every_penalty_orders_the_violation_corrected(qtbot, station, tmp_path):
    """Art. 28 ¶1: a penalty orders the party to correct the act. The on-the-spot form is pre-filled from the
    catalogue row's measure (责令改正); emptied, the step is refused naming Art. 28 and nothing is decided; as
    written by the officer it is printed on the 当场行政处罚决定书."""
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    detail.dialog = None
    qtbot.mouseClick(detail.step_buttons["on_the_spot"], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert dialog.widgets["correction"].text() == "责令当事人立即改正上述违法行为"
    shot(dialog, "art28-onspot-dialog")
    dialog.set_value("amount_cents", "100")
    dialog.set_value("statement_heard", True)
    dialog.set_value("correction", "")
    dialog.accept()
    text = detail.guard.text()
    shot(detail, "art28-onspot-refused")
    assert detail.guard.isVisible() and art.APL28.text in text and "责令改正" in text, text
    assert station.db.get("cases", detail.case_id)["state"] == "clue"
    note = take_step(
        qtbot,
        detail,
        "on_the_spot",
        amount_cents="100",
        statement_heard=True,
        correction="责令当事人立即清理倾倒在人行道上的生活垃圾",
    )
    assert "当场行政处罚决定书》" in note and "待出具" not in note, note
    (decision,) = documents.list_documents(station.login("wang", PASSWORD), detail.case_id)
    pdf = documents.pdf_bytes(station.login("wang", PASSWORD), decision["id"])
    (tmp_path / "onspot.pdf").write_bytes(pdf)

    printed = "".join("".join(pdf_text(pdf)).split())
    assert (
        "责令改正（《中华人民共和国行政处罚法》第二十八条第一款）：责令当事人立即清理倾倒在人行道上的生活垃圾"
        in printed
    )


def test_acl54_the_case_window_no_longer_offers_a_demand_once_served(qtbot, station, tmp_path):
    """行政强制法第五十四条: after the 催告书 is served the court may be asked ten days later; the case window
    stops offering 送达催告书 (serving it again would restart nothing and mislead the party), and the officer
    sees the served demand in the timeline and its wait in the deadlines."""
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    take_step(qtbot, detail, "on_the_spot", amount_cents="100", statement_heard=True)
    at("2026-06-20")  # the 15 days to pay (Art. 67) are over and nothing was paid
    detail.reload()
    take_step(qtbot, detail, "start_execution")
    assert "demand" in detail.step_buttons
    note = take_step(qtbot, detail, "demand")
    assert "催告书》" in note, note
    detail.tabs.setCurrentIndex(0)
    shot(detail, "acl54-demand-served")
    assert "demand" not in detail.step_buttons, list(detail.step_buttons)
    assert "送达催告书" not in [b.text() for b in detail.step_buttons.values()]
    assert "送达催告书" in [r["label"] for r in detail.timeline.records]
    assert "demand_wait" in {r["key"] for r in detail.deadlines.records}


def test_art51_a_case_from_an_on_the_spot_inspection_is_on_the_simple_procedure_from_the_start(
    qtbot, station, tmp_path
):
    """Art. 51, 52: the case an on-the-spot inspection opens is on the simple procedure before the decision is
    made: the case window, its turn and the case list say so. Outside Art. 51's limits the officer verifies the
    clue instead, and from then on the window and the list say 普通程序."""
    at("2026-06-01")
    officer = _window(qtbot, station, "wang")
    detail = log_inspection(qtbot, officer, station, tmp_path, outcome="on_the_spot", matter=LITTERING)
    assert "简易程序" in detail.meta.text() and "普通程序" not in detail.meta.text(), detail.meta.text()
    assert "当场处罚" in detail.turn.text() and "核查线索" not in detail.turn.text(), detail.turn.text()
    shot(detail, "art51-simple-clue")
    # never 立案 by design (Art. 52): the window and the 工作台 name the procedure, not a missing filing
    shot(detail, "simple-case-window")
    assert detail.title.text().startswith("（简易程序）") and "未立案" not in detail.title.text(), (
        detail.title.text()
    )
    officer.open_section("dashboard")
    board = officer.screens["dashboard"]
    board.reload()
    (mine,) = [r for r in board.table.records if r["case_id"] == detail.case_id]
    assert mine["case_no"] == "（简易程序）", mine["case_no"]
    shot(officer, "simple-case-dashboard")
    officer.open_section("cases")
    screen = officer.screens["cases"]
    screen.model.reload()

    def listed() -> str:
        from ui.models.case_table import COL_PROCEDURE, RecordRole

        model = screen.model
        (row,) = [
            r for r in range(model.rowCount()) if model.index(r, 0).data(RecordRole)["id"] == detail.case_id
        ]
        return model.index(row, COL_PROCEDURE).data()

    assert listed() == "简易程序"
    shot(officer, "art51-case-list")
    # the fine the officers find due is above 200 yuan: the general procedure, verification first
    take_step(qtbot, detail, "verify")
    assert "普通程序" in detail.meta.text() and "简易程序" not in detail.meta.text(), detail.meta.text()
    assert detail.title.text().startswith("（未立案）"), detail.title.text()  # now on the way to 立案
    assert station.db.get("cases", detail.case_id)["procedure"] == "general"
    assert "on_the_spot" not in detail.step_buttons
    screen.model.reload()
    assert listed() == "普通程序"
