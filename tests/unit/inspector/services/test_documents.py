"""Issuing, verifying and filing legal documents through the use cases."""

from __future__ import annotations

import hashlib
import io
import json
import shutil

import pytest

from exports import fonts, qr
from inspector.errors import GuardRefused, PermissionDenied, ValidationError
from inspector.services import documents
from tests.unit.inspector.doc_cases import DECISION_FIELDS, make_case


def _counts(station) -> tuple[int, int, int]:
    db = station.db
    return (
        db.scalar("SELECT count(*) FROM documents"),
        db.scalar("SELECT count(*) FROM number_register"),
        db.scalar("SELECT count(*) FROM audit_events"),
    )


def test_missing_required_fields_are_each_named_and_nothing_is_recorded(station, login) -> None:
    """A document is never issued with a required field missing; the officer is told which (Art. 59 items)."""
    officer = login("officer")
    case = make_case(station)
    before = _counts(station)
    with pytest.raises(ValidationError) as err:
        documents.issue_document(officer, case["id"], "penalty_decision", {"penalty": "罚款人民币500元"})
    messages = [p.message for p in err.value.problems]
    # The discretion reasoning is not asked for (it comes from the case's discretion record), nor the evidence
    # (named from the file: this case has its on-site inspection record), nor the provisions (its matter is a
    # benchmark-catalogue entry, which names the violated provision and the penalty basis).
    assert messages == ["缺少对陈述申辩意见的采纳情况及理由"]
    assert [p.field for p in documents.missing_fields(officer, case["id"], "penalty_decision")] == [
        "defence_reasoning"
    ]
    assert _counts(station) == before
    assert not (station.data_dir / "documents").exists()


def test_decision_refused_before_prior_notice(station, login) -> None:
    """《行政处罚法》第六十二条: no decision before the prior notice (case still under investigation)."""
    case = make_case(station, state="investigating")
    with pytest.raises(GuardRefused) as err:
        documents.issue_document(login("officer"), case["id"], "penalty_decision", DECISION_FIELDS)
    assert err.value.article == "《行政处罚法》第六十二条"
    assert "调查取证" in str(err.value)


def test_onspot_decision_only_in_simple_procedure(station, login) -> None:
    """《行政处罚法》第五十一条: the on-the-spot decision belongs to the simple procedure."""
    case = make_case(station, state="filed")
    with pytest.raises(GuardRefused):
        documents.issue_document(login("officer"), case["id"], "onspot_decision", DECISION_FIELDS)


def test_reviewer_cannot_issue(station, login) -> None:
    with pytest.raises(PermissionDenied):
        documents.issue_document(
            login("legal_reviewer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
        )


def test_issue_records_row_payload_digest_file_and_audit(station, login) -> None:
    officer = login("officer")
    case = make_case(station)
    issued = documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    row = station.db.find("documents", issued.id)
    payload = json.loads(row["payload"])
    assert row["digest"] == hashlib.sha256(documents.canonical(payload).encode()).hexdigest() == issued.digest
    assert payload["fields"]["party_name"] == "陈喆"
    assert [o["cert_no"] for o in payload["fields"]["officers"]]
    pdf = issued.path.read_bytes()
    assert issued.path == station.data_dir / "documents" / f"{issued.id}.pdf"
    assert row["pdf_sha256"] == hashlib.sha256(pdf).hexdigest()
    assert documents.pdf_bytes(officer, issued.id) == pdf
    assert station.audit_verify() == []
    assert (
        station.db.scalar(
            "SELECT count(*) FROM audit_events WHERE entity = 'documents' AND entity_id = ?", (issued.id,)
        )
        == 1
    )
    assert not list(issued.path.parent.glob(".tmp-*"))


def test_stored_payload_re_renders_to_the_same_bytes(station, login) -> None:
    """Deterministic output: the register's payload reproduces the issued PDF exactly."""
    officer = login("officer")
    issued = documents.issue_document(officer, make_case(station)["id"], "penalty_decision", DECISION_FIELDS)
    original = issued.path.read_bytes()
    issued.path.unlink()
    assert documents.pdf_bytes(officer, issued.id) == original


def test_verify_pdf_genuine_then_altered_when_db_content_changes(station, login) -> None:
    """The QR code decoded from the page image matches the register; one changed character makes it altered."""
    issued = documents.issue_document(
        login("officer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
    )
    pdf = issued.path.read_bytes()
    result = documents.verify(station, pdf)
    assert (result.status, result.number) == ("genuine", issued.number)
    payload = station.db.scalar("SELECT payload FROM documents WHERE id = ?", (issued.id,))
    station.db.execute(
        "UPDATE documents SET payload = ? WHERE id = ?", (payload.replace("500元", "50元", 1), issued.id)
    )
    assert documents.verify(station, pdf).status == "altered"


def test_verify_text_detects_forged_digest_and_unknown_number(station, login) -> None:
    issued = documents.issue_document(
        login("officer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
    )
    good = qr.Payload(issued.number, station.station_id, issued.digest)
    assert documents.verify(station, good.text()).status == "genuine"
    forged = qr.Payload(issued.number, station.station_id, "0" * 64)
    assert documents.verify(station, forged.text()).status == "altered"
    assert (
        documents.verify(
            station, qr.Payload("杭上城罚决字〔2026〕第9-9999号", station.station_id, "0" * 64).text()
        ).status
        == "unknown"
    )
    assert documents.verify(station, "https://example.com").status == "unknown"


def test_voided_document_is_flagged_by_verify(station, login) -> None:
    issued = documents.issue_document(
        login("officer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
    )
    documents.void_number(login("squad_leader"), issued.number, reason="重新出具")
    result = documents.verify(station, qr.Payload(issued.number, station.station_id, issued.digest).text())
    assert result.voided and result.void_reason == "重新出具"


def test_rare_characters_render_or_are_named(station, login) -> None:
    """堃 prints; 𠮷 (not in any installed font) is refused with the character and the field named."""
    officer = login("officer")
    ok = documents.issue_document(
        officer, make_case(station, party_name="李堃")["id"], "penalty_decision", DECISION_FIELDS
    )
    assert ok.number
    if not fonts.font_set().missing("𠮷"):
        pytest.skip("a font with U+20BB7 is installed")
    case = make_case(station, party_name="𠮷田")
    before = _counts(station)
    with pytest.raises(ValidationError) as err:
        documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    (problem,) = err.value.problems
    assert problem.code == "missing_glyph" and "𠮷" in problem.message and "U+20BB7" in problem.message
    assert "当事人姓名或名称" in problem.message
    assert _counts(station) == before
    # The officer may accept a visible substitute; then the document is issued.
    assert documents.issue_document(
        officer, case["id"], "penalty_decision", DECISION_FIELDS, substitute_missing=True
    ).number


def test_casefile_contains_issued_documents_in_order(station, login) -> None:
    import io

    import pypdf

    officer = login("officer")
    case = make_case(station)
    documents.issue_document(officer, case["id"], "penalty_decision", DECISION_FIELDS)
    station.db.execute("UPDATE cases SET state = 'investigating' WHERE id = ?", (case["id"],))
    documents.issue_document(officer, case["id"], "inspection_record")
    pdf = documents.casefile(officer, case["id"])
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert text.index("行政处罚决定书") < text.index("现场检查（勘验）笔录") < text.index("备考表")


def test_verify_a_file_that_is_not_a_pdf_is_a_clear_error(station) -> None:
    with pytest.raises(ValidationError) as err:
        documents.verify(station, b"this is not a pdf")
    assert [(p.field, p.code, p.message) for p in err.value.problems] == [
        ("file", "unreadable", "文件不是可读取的 PDF")
    ]


def test_verify_a_truncated_pdf_is_the_same_clear_error(station, login) -> None:
    """A decision cut off in transfer (half its bytes) is not read as anything: a typed error, not a traceback."""
    issued = documents.issue_document(
        login("officer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
    )
    pdf = issued.path.read_bytes()
    with pytest.raises(ValidationError) as err:
        documents.verify(station, pdf[: len(pdf) // 2])
    assert [(p.field, p.message) for p in err.value.problems] == [("file", "文件不是可读取的 PDF")]


def test_verify_a_pdf_without_our_code_is_unknown(station) -> None:
    """Some other PDF (no document QR code on its first page) is answered "unknown", with the reason."""
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Some other letter")
    canvas.showPage()
    canvas.save()
    result = documents.verify(station, out.getvalue())
    assert (result.status, result.detail) == ("unknown", "未在文件中找到本系统的文书二维码")


def test_verify_pdf_needs_no_external_renderer(station, login, tmp_path, monkeypatch) -> None:
    """Station PCs run Windows, where pdftoppm does not exist: verify reads the page PDFium rendered in-process."""
    issued = documents.issue_document(
        login("officer"), make_case(station)["id"], "penalty_decision", DECISION_FIELDS
    )
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("pdftoppm") is None
    result = documents.verify(station, issued.path.read_bytes())
    assert (result.status, result.number, result.doc_type) == ("genuine", issued.number, "penalty_decision")


def test_inspection_record_lists_photo_evidence_with_thumbnail_hash_time(station, login, tmp_path) -> None:
    """§2 doc 1: the evidence list carries thumbnail, SHA-256, capture time and GPS of each photo."""
    import hashlib as _h

    import pypdf
    from PIL import Image

    from inspector.services import evidence

    officer = login("officer")
    case = make_case(station, state="investigating")
    photo = tmp_path / "IMG_0001.jpg"
    Image.new("RGB", (640, 480), (30, 120, 60)).save(photo, "JPEG")
    evidence.add_evidence(officer, inspection_id=case["inspection_id"], paths=[photo])
    sha = _h.sha256(photo.read_bytes()).hexdigest()
    issued = documents.issue_document(officer, case["id"], "inspection_record")
    reader = pypdf.PdfReader(issued.path)
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert sha[:16] in text and "IMG_0001" in text
    images = [img for page in reader.pages for img in page.images]
    assert len(images) >= 2  # the QR code and the photo thumbnail


def test_individual_business_prints_its_operator_as_jingyingzhe(station, login) -> None:
    """个体工商户: the decision names the 经营者, not a 法定代表人."""
    from inspector.permissions import Action
    from tests.unit.exports.test_layout import lines_of

    case = make_case(station)
    with station.system_session().writing(Action.DEMO_FILL, label="test.party") as w:
        w.update(
            "parties",
            case["party_id"],
            {
                "kind": "individual_business",
                "name": "上城区陈记水果店",
                "id_type": "uscc",
                "legal_rep": "陈喆",
            },
        )
    issued = documents.issue_document(login("officer"), case["id"], "penalty_decision", DECISION_FIELDS)
    lines = lines_of(issued.path.read_bytes())
    assert "经营者：陈喆" in lines and not any(line.startswith("法定代表人") for line in lines)
