"""Verifying a presented document: visible text against the register, another station's documents, the chain."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import shutil
import subprocess

import pypdf
import pytest

from exports import pdftext, qr
from exports.render import LAYOUT_FIRST_PAGE, render
from inspector.errors import Verbatim, chinese
from inspector.ids import new_id
from inspector.services import documents, org, verification
from inspector.station import Station
from tests.unit.exports.samples import sample
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case


def _decision(station, login):
    return documents.issue_document(
        login("officer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
    )


def _copy_with(station, issued, **changes) -> bytes:
    """A forged copy: the issued document rebuilt with some printed fields changed and the original QR code."""
    row = station.db.find("documents", issued.id)
    data = documents.document_data(row, station=station)
    forged = dataclasses.replace(data, fields={**data.fields, **changes})
    return render(forged, fonts=documents.fonts_for(station))


def test_untouched_file_is_genuine_by_its_digest(station, login) -> None:
    issued = _decision(station, login)
    result = documents.verify(station, issued.path.read_bytes())
    assert (result.status, result.number) == ("genuine", issued.number)
    assert "逐字节相同" in result.detail


def test_resaved_copy_with_the_same_text_is_genuine(station, login) -> None:
    """A viewer that rewrites the file (other bytes) but keeps every printed character: still genuine."""
    issued = _decision(station, login)
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(issued.path.read_bytes())))
    writer.add_metadata({"/Producer": "some viewer"})
    buf = io.BytesIO()
    writer.write(buf)
    assert buf.getvalue() != issued.path.read_bytes()
    result = documents.verify(station, buf.getvalue())
    assert result.status == "genuine" and "可见内容" in result.detail


def test_text_altered_copy_is_altered_naming_the_amount(station, login) -> None:
    """The fine changed in the printed text, QR code left alone: altered, and the amount is named."""
    issued = _decision(station, login)
    registered = station.db.scalar(
        "SELECT visible_text FROM document_texts t JOIN documents d ON d.id = t.document_id WHERE d.id = ?",
        (issued.id,),
    )
    assert "罚款人民币500元" in registered
    forged = _copy_with(station, issued, penalty="罚款人民币300元")
    assert qr.decode_pdf(forged) == qr.decode_pdf(issued.path.read_bytes())  # the QR code is the original
    assert "罚款人民币300元" in pdftext.visible_text(forged)
    result = documents.verify(station, forged)
    assert result.status == "altered"
    assert "罚款金额：登记 500 元，文件 300 元" in result.differences


def test_changed_party_name_is_named(station, login) -> None:
    issued = _decision(station, login)
    result = documents.verify(station, _copy_with(station, issued, party_name="陈哲"))
    assert result.status == "altered"
    assert any(d.startswith("当事人：") and "陈喆" in d and "陈哲" in d for d in result.differences), (
        result.differences
    )


def test_scanned_qr_shows_the_registered_facts(station, login) -> None:
    """A person holding paper compares party, amount, date and officers with what the register holds."""
    issued = _decision(station, login)
    (text,) = qr.decode_pdf(issued.path.read_bytes())
    assert text.startswith("INSPDOC2|")
    result = documents.verify(station, text)
    facts = dict(result.facts)
    assert result.status == "genuine"
    assert facts["当事人"] == "陈喆" and facts["处罚内容"] == "罚款人民币500元"
    assert facts["出具日期"].endswith("日") and "执法证号" in facts["执法人员"]


def _second_station(data_dir, tmp_path) -> Station:
    """Another station of the same agency: the same organisation data, its own station id."""
    other = tmp_path / "second"
    shutil.copytree(data_dir, other)
    st = Station.open(other)
    with st.db.write():
        st.db.meta_set("station_id", new_id())
    st.close()
    return Station.open(other)


def test_second_stations_document_is_recognised_as_that_stations(station, login, data_dir, tmp_path) -> None:
    """Numbers carry the station code; a genuine document of a second station is 'issued by station X'."""
    second = _second_station(data_dir, tmp_path)
    try:
        theirs = documents.issue_document(
            second.login("officer", "Demo2026"), make_case(second)["id"], "penalty_decision", DECISION_FIELDS
        )
        ours = _decision(station, login)
        assert theirs.number != ours.number
        result = documents.verify(station, theirs.path.read_bytes())
        assert result.status == "other_station" and result.station_id == second.station_id
        assert second.station_id in result.detail and "改动" in result.detail
        assert documents.verify(second, theirs.path.read_bytes()).status == "genuine"
    finally:
        second.close()


def test_same_number_from_another_station_is_not_called_altered(station, login, data_dir, tmp_path) -> None:
    """Even where two stations were configured with the same code (same number), the QR's station decides."""
    org.set_setting(login("admin"), "documents.station_code", "01")
    second = _second_station(data_dir, tmp_path)
    try:
        theirs = documents.issue_document(
            second.login("officer", "Demo2026"), make_case(second)["id"], "penalty_decision", DECISION_FIELDS
        )
        ours = _decision(station, login)
        assert theirs.number == ours.number
        assert documents.verify(station, theirs.path.read_bytes()).status == "other_station"
    finally:
        second.close()


def test_rewritten_audit_chain_contradicts_the_document(station, login) -> None:
    """Each QR carries the chain head at issue: rewriting that event later makes the document report it."""
    issued = _decision(station, login)
    head = json.loads(station.db.find("documents", issued.id)["payload"])["audit_head"]
    seq = int(head.partition(":")[0])
    conn = station.db.conn
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("UPDATE audit_events SET hash = ? WHERE seq = ?", ("f" * 64, seq))
    conn.commit()
    result = documents.verify(station, issued.path.read_bytes())
    assert result.status == "altered" and "审计链" in result.detail


def test_differences_name_amounts_and_passages() -> None:
    reg = "决定对当事人作出如下行政处罚：罚款人民币8000元。当事人：陈喆"
    got = "决定对当事人作出如下行政处罚：罚款人民币3000元。当事人：陈哲"
    out = verification.differences(reg, got, {"penalty": "罚款人民币8000元", "party_name": "陈喆"})
    assert out[0] == "罚款金额：登记 8000 元，文件 3000 元"
    assert out[1].startswith("当事人：登记“")


def test_unreadable_file_is_a_validation_error(station) -> None:
    from inspector.errors import ValidationError

    with pytest.raises(ValidationError):
        documents.verify(station, b"%PDF-1.4 truncated")


def test_document_issued_before_texts_were_kept_is_compared_with_its_payload(station, login) -> None:
    """A document from before the visible text was registered: its stored payload is rendered again to compare."""
    issued = _decision(station, login)
    conn = station.db.conn
    conn.execute("DELETE FROM document_texts")
    conn.commit()
    forged = _copy_with(station, issued, penalty="罚款人民币300元")
    result = documents.verify(station, forged)
    assert result.status == "altered" and "罚款金额：登记 500 元，文件 300 元" in result.differences
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(issued.path.read_bytes())))
    buf = io.BytesIO()
    writer.write(buf)
    assert documents.verify(station, buf.getvalue()).status == "genuine"


def test_title_face_setting_is_used(station, login) -> None:
    org.set_setting(
        login("admin"), "documents.title_font_path", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    )
    fs = documents.fonts_for(station)
    assert fs.title is not None and fs.title.path.endswith("wqy-zenhei.ttc")


def test_image_only_scan_is_never_called_genuine_or_altered(station, login) -> None:
    """A scan has no text layer: the QR code is checked, the content is left to a person, with the facts."""
    import pypdfium2 as pdfium

    issued = _decision(station, login)
    with qr.PDFIUM_LOCK:
        doc = pdfium.PdfDocument(issued.path.read_bytes())
        images = [doc[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(len(doc))]
        doc.close()
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=150)
    result = documents.verify(station, buf.getvalue())
    assert result.status == "qr_only" and dict(result.facts)["当事人"] == "陈喆"


def _without_code(station, issued, **changes) -> bytes:
    """The issued document rebuilt with its QR code left off (cut out, covered), some fields optionally changed."""
    row = station.db.find("documents", issued.id)
    data = documents.document_data(row, station=station)
    bare = dataclasses.replace(data, qr_text="", fields={**data.fields, **changes})
    return render(bare, fonts=documents.fonts_for(station))


def test_copy_whose_qr_code_was_removed_is_altered_not_unknown(station, login) -> None:
    """The text still names a registered number: the clerk hears that the code is missing, not 'unknown'."""
    issued = _decision(station, login)
    bare = _without_code(station, issued)
    assert qr.decode_pdf(bare) == []
    result = documents.verify(station, bare)
    assert (result.status, result.number) == ("altered", issued.number)
    assert "二维码" in result.detail and "文字与登记的一致" in result.detail
    assert dict(result.facts)["当事人"] == "陈喆"


def test_copy_without_qr_code_and_with_a_changed_amount_names_the_amount(station, login) -> None:
    issued = _decision(station, login)
    result = documents.verify(station, _without_code(station, issued, penalty="罚款人民币300元"))
    assert result.status == "altered" and result.number == issued.number
    assert "罚款金额：登记 500 元，文件 300 元" in result.differences


def test_qr_text_with_a_changed_chain_position_blames_the_code_not_the_register(station, login) -> None:
    """The QR's digest covers the chain head registered at issue, so a head changed on the code is the code's
    alteration; the station's chain is intact and is not called rewritten."""
    issued = _decision(station, login)
    (text,) = qr.decode_pdf(issued.path.read_bytes())
    found = qr.parse(text)
    assert found is not None and found.audit_head
    seq, _, prefix = found.audit_head.partition(":")
    forged = dataclasses.replace(found, audit_head=f"{int(seq) - 1}:{prefix}").text()
    result = documents.verify(station, forged)
    assert result.status == "altered"
    assert "二维码被改动" in result.detail and "不可信" not in result.detail


def test_presented_file_that_cannot_be_a_document_is_refused_before_reading(station, tmp_path) -> None:
    from inspector.errors import ValidationError

    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.truncate(verification.MAX_PRESENTED_BYTES + 1)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4 truncated")
    cases = {
        big: "过大",
        empty: "空的",
        tmp_path / "missing.pdf": "找不到文件",
        tmp_path: "文件夹",
        cut: "不是可读取的 PDF",
    }
    for path, words in cases.items():
        with pytest.raises(ValidationError) as caught:
            documents.verify_file(station, path)
        (problem,) = caught.value.problems
        assert words in problem.message and str(path) in problem.message


def test_verify_file_of_the_issued_file_is_genuine(station, login) -> None:
    issued = _decision(station, login)
    assert documents.verify_file(station, issued.path).status == "genuine"


def _without_page(pdf: bytes, index: int) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    del writer.pages[index]
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_copy_missing_a_page_names_the_page_not_its_text(station, login) -> None:
    """A court shown a decision with a page taken out reads which page is missing, in a short line."""
    issued = _decision(station, login)
    original = issued.path.read_bytes()
    pages = pdftext.page_texts(original)
    assert len(pages) >= 2
    result = documents.verify(station, _without_page(original, 1))
    assert result.status == "altered"
    assert result.differences == ["第2页缺失"], result.differences


def test_a_long_changed_passage_is_quoted_by_its_ends() -> None:
    reg = "当事人：陈喆。" + "甲" * 200 + "。以上事实有证据证明。"
    got = "当事人：陈喆。" + "乙" * 150 + "。以上事实有证据证明。"
    (line,) = verification.differences(reg, got)
    assert "（共200字）" in line and "（共150字）" in line and len(line) < 120, line


def test_pages_compared_page_by_page() -> None:
    """A page taken out is named; a page added is counted; a changed page is compared passage by passage."""
    reg = ["第一页的文字", "第二页的文字", "第三页罚款人民币8000元整"]
    assert verification.page_differences(reg, [reg[0], reg[2]]) == ["第2页缺失"]
    assert verification.page_differences(reg, [reg[0]]) == ["第2至3页缺失（共2页）"]
    assert verification.page_differences(reg, [*reg, "多出的一页"])[0].startswith("文件多出1页")
    changed = [reg[0], reg[1], "第三页罚款人民币3000元整"]
    assert verification.page_differences(reg, changed) == ["金额：登记 8000 元，文件 3000 元"]


# ---- a copy recognised from any page it has (every page carries the 文号 and the QR code) ----------------

LONG_FACTS = "当事人在解放路沿街店铺门前长期占道经营水果，经多次劝导仍未改正。" * 90


def _long_decision(station, login):
    """A penalty decision of three pages or more."""
    issued = documents.issue_document(
        login("officer"),
        make_case(station)["id"],
        "penalty_decision",
        {**DECISION_FIELDS, "facts": LONG_FACTS},
    )
    assert len(pdftext.page_texts(issued.path.read_bytes())) >= 3
    return issued


def _only_pages(pdf: bytes, keep: list[int]) -> bytes:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    writer = pypdf.PdfWriter()
    for i in keep:
        writer.add_page(reader.pages[i])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _qpdf(pdf: bytes, tmp_path, *options: str) -> bytes:
    """The file as qpdf writes it again (another PDF program's save: other bytes, the same pages)."""
    src, out = tmp_path / "in.pdf", tmp_path / "out.pdf"
    src.write_bytes(pdf)
    subprocess.run(["qpdf", *options, str(src), str(out)], check=True)
    assert out.read_bytes() != pdf
    return out.read_bytes()


def test_copy_missing_its_first_page_is_altered_naming_page_1(station, login) -> None:
    """A clerk handed pages 2–3 of a genuine decision hears which document it is and that page 1 is missing."""
    issued = _long_decision(station, login)
    original = issued.path.read_bytes()
    count = len(pdftext.page_texts(original))
    result = documents.verify(station, _only_pages(original, list(range(1, count))))
    assert (result.status, result.number) == ("altered", issued.number)
    assert result.differences == ["第1页缺失"]
    assert result.difference_parts == [(verification.MISSING_PAGE, (1,))]
    assert dict(result.facts)["当事人"] == "陈喆"


def test_copy_missing_a_middle_page_names_it(station, login) -> None:
    issued = _long_decision(station, login)
    original = issued.path.read_bytes()
    count = len(pdftext.page_texts(original))
    result = documents.verify(station, _only_pages(original, [0, *range(2, count)]))
    assert result.status == "altered" and result.differences == ["第2页缺失"]


def test_a_single_later_page_is_recognised_by_its_footer_without_a_qr_code(station, login) -> None:
    """The QR code cut off the one page presented: the number in its footer still names the document."""
    issued = _long_decision(station, login)
    original = issued.path.read_bytes()
    row = station.db.find("documents", issued.id)
    data = documents.document_data(row, station=station)
    bare = render(dataclasses.replace(data, qr_text=""), fonts=documents.fonts_for(station))
    assert pdftext.page_texts(bare) == pdftext.page_texts(original)
    result = documents.verify(station, _only_pages(bare, [1]))
    assert (result.status, result.number) == ("altered", issued.number)
    assert result.differences[0] == "第1页缺失" and "二维码" in result.detail


def test_copies_resaved_by_qpdf_are_genuine(station, login, tmp_path) -> None:
    issued = _long_decision(station, login)
    original = issued.path.read_bytes()
    for options in ([], ["--object-streams=generate"], ["--linearize"]):
        result = documents.verify(station, _qpdf(original, tmp_path, *options))
        assert (result.status, result.detail) == ("genuine", verification.SAME_CONTENT), options


def _issued_before_footers(station, issued) -> bytes:
    """Turn a just-issued document into one issued before every page carried its number, as the program did
    then: no layout in its payload (the digest and the QR code over that payload), the QR code on page 1 only,
    a footer of 第 x 页 共 y 页 alone; its file, file digest and registered text to match."""
    row = station.db.find("documents", issued.id)
    payload = json.loads(row["payload"])
    del payload["layout"]
    digest = documents.digest(payload)
    data = documents.document_data(
        {**row, "payload": documents.canonical(payload), "digest": digest}, station=station
    )
    assert data.layout == LAYOUT_FIRST_PAGE
    pdf = render(data, fonts=documents.fonts_for(station))
    conn = station.db.conn
    conn.execute(
        "UPDATE documents SET payload = ?, digest = ?, pdf_sha256 = ? WHERE id = ?",
        (documents.canonical(payload), digest, hashlib.sha256(pdf).hexdigest(), issued.id),
    )
    conn.execute(
        "UPDATE document_texts SET visible_text = ? WHERE document_id = ?",
        (pdftext.visible_text(pdf), issued.id),
    )
    conn.commit()
    issued.path.write_bytes(pdf)
    return pdf


def test_a_document_issued_before_the_footer_change_stays_genuine(station, login, tmp_path) -> None:
    """Old documents are rendered again in their own layout: the file, a re-saved copy and a copy compared with
    the re-rendered payload (no registered text) are all genuine, and a lost file comes back byte for byte."""
    issued = _long_decision(station, login)
    old = _issued_before_footers(station, issued)
    assert qr.decode_pdf(old, page=2) == []  # the old layout: the code on page 1 only
    assert issued.number not in pdftext.page_texts(old)[1]
    assert documents.verify(station, old).detail == verification.SAME_BYTES
    assert documents.verify(station, _qpdf(old, tmp_path)).status == "genuine"
    conn = station.db.conn
    conn.execute("DELETE FROM document_texts WHERE document_id = ?", (issued.id,))
    conn.commit()
    assert documents.verify(station, _qpdf(old, tmp_path, "--object-streams=generate")).status == "genuine"
    issued.path.unlink()
    again = documents.pdf_bytes(login("officer"), issued.id)
    assert hashlib.sha256(again).hexdigest() == station.db.find("documents", issued.id)["pdf_sha256"]


def test_old_document_missing_its_first_page_is_found_by_its_text(station, login) -> None:
    """Pages 2–3 of a document issued before the change carry neither the number nor the QR code: the text of
    a page names the one registered document holding it, and page 1 is reported missing."""
    issued = _long_decision(station, login)
    old = _issued_before_footers(station, issued)
    count = len(pdftext.page_texts(old))
    result = documents.verify(station, _only_pages(old, list(range(1, count))))
    assert (result.status, result.number) == ("altered", issued.number)
    assert result.differences == ["第1页缺失"] and result.detail == verification.FIRST_PAGE_GONE


def test_a_page_of_nothing_registered_is_still_unknown(station, login) -> None:
    _long_decision(station, login)
    other = sample("penalty_decision", facts="另一机关的另一份决定书。" * 40)
    foreign = render(dataclasses.replace(other, qr_text=""))  # a number and text this station never issued
    result = documents.verify(station, _only_pages(foreign, [1]))
    assert result.status == "unknown"


def test_difference_lines_are_given_as_templates_quoting_the_document_verbatim(station, login) -> None:
    """The UI translates the template and the field's name; the quoted document text stays as printed."""
    issued = _decision(station, login)
    result = documents.verify(station, _copy_with(station, issued, party_name="陈哲"))
    assert result.detail_parts == (verification.TEXT_DIFFERS, ())
    (parts,) = [p for p in result.difference_parts if p[0] == verification.TEXT_DIFFERENCE]
    label, before, was, after, now = parts[1]
    assert label == "当事人" and (was, now) == ("喆", "哲")
    assert all(isinstance(x, Verbatim) for x in (before, was, after, now))
    assert [chinese(p) for p in result.difference_parts] == result.differences
