"""QR payload round trip, and decoding the code back from the page image (PDFium render, zxing-cpp decode)."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from exports import qr
from exports.render import LAYOUT_FIRST_PAGE, render
from tests.unit.exports.samples import sample


def test_payload_round_trip() -> None:
    p = qr.Payload(number="杭上城罚决字〔2026〕第1-0001号", station_id="st-1", digest="AB" * 32)
    assert qr.parse(p.text()) == qr.Payload(p.number, "st-1", "ab" * 32)


@pytest.mark.parametrize("text", ["", "hello", "INSPDOC1|a|b", "OTHER|a|b|c", "INSPDOC1||b|c"])
def test_foreign_text_is_not_a_payload(text: str) -> None:
    assert qr.parse(text) is None


def test_qr_on_the_rendered_page_decodes_to_the_payload(tmp_path, monkeypatch) -> None:
    """Rendering needs no external program: with an empty PATH (no pdftoppm) the code still reads back."""
    monkeypatch.setenv("PATH", str(tmp_path))
    assert shutil.which("pdftoppm") is None
    data = sample("penalty_decision")
    pdf = render(data)
    assert qr.decode_pdf(pdf) == [data.qr_text]
    assert qr.decode_pdf(pdf, page=2) == [data.qr_text]  # every page carries it
    old = dataclasses.replace(data, layout=LAYOUT_FIRST_PAGE)  # a document issued before it did
    assert qr.decode_pdf(render(old), page=2) == []


@pytest.mark.parametrize("cut", ["text", "empty", "head", "half", "tail"])
def test_bytes_that_are_not_a_whole_pdf_are_a_typed_error(cut: str) -> None:
    pdf = render(sample("penalty_decision"))
    bad = {
        "text": b"this is not a pdf",
        "empty": b"",
        "head": pdf[:400],
        "half": pdf[: len(pdf) // 2],
        "tail": pdf[200:],
    }[cut]
    with pytest.raises(qr.UnreadablePdf):
        qr.decode_pdf(bad)


def test_a_page_the_document_does_not_have_is_a_typed_error() -> None:
    with pytest.raises(qr.UnreadablePdf, match="no page 3"):
        qr.decode_pdf(render(sample("penalty_decision")), page=3)


@pytest.mark.parametrize(
    "text",
    [
        "INSPDOC2|杭上城罚决字〔2026〕第1-0001号|st-1|abc|1:ab",  # no digest
        "INSPDOC2|杭上城罚决字〔2026〕第1-0001号|st-1|" + "ab" * 32 + "|head",  # no chain position
        "INSPDOC1|杭上城罚决字〔2026〕第1-0001号|st-1|" + "zz" * 32,
    ],
)
def test_text_of_our_prefix_but_another_shape_is_not_a_payload(text: str) -> None:
    """A made-up code is "not one of ours", never "a document of station st-1"."""
    assert qr.parse(text) is None


def test_scanned_text_in_upper_case_is_the_same_payload() -> None:
    p = qr.Payload("杭上城罚决字〔2026〕第1-AC15-0001号", "0a1b-station", "ab" * 32, "12:abcdef0123456789")
    assert qr.parse(p.text().upper()) == p
