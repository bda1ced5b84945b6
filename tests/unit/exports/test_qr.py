"""QR payload round trip, and decoding the code back from a rendered page image with zxing-cpp."""

from __future__ import annotations

import shutil

import pytest

from exports import qr
from exports.render import render
from tests.unit.exports.samples import sample


def test_payload_round_trip() -> None:
    p = qr.Payload(number="杭上城罚决字〔2026〕第1-0001号", station_id="st-1", digest="AB" * 32)
    assert qr.parse(p.text()) == qr.Payload(p.number, "st-1", "ab" * 32)


@pytest.mark.parametrize("text", ["", "hello", "INSPDOC1|a|b", "OTHER|a|b|c", "INSPDOC1||b|c"])
def test_foreign_text_is_not_a_payload(text: str) -> None:
    assert qr.parse(text) is None


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_qr_on_the_rendered_page_decodes_to_the_payload() -> None:
    data = sample("penalty_decision")
    assert qr.decode_pdf(render(data)) == [data.qr_text]
