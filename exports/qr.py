"""QR codes on documents: the payload (number, issuing station, content digest), drawing and decoding."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import qrcode
from reportlab.pdfgen.canvas import Canvas

PREFIX = "INSPDOC1"
SEP = "|"


@dataclass(frozen=True)
class Payload:
    """What a document's QR code says about it."""

    number: str
    station_id: str
    digest: str

    def text(self) -> str:
        return SEP.join((PREFIX, self.number, self.station_id, self.digest))


def parse(text: str) -> Payload | None:
    """The payload in scanned QR text, or None when the text is not one of our codes."""
    parts = text.strip().split(SEP)
    if len(parts) != 4 or parts[0] != PREFIX or not all(parts[1:]):
        return None
    return Payload(number=parts[1], station_id=parts[2], digest=parts[3].lower())


def matrix(text: str) -> list[list[bool]]:
    """Module matrix of the QR code for ``text`` (error correction M, no quiet zone)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw(canvas: Canvas, text: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code for ``text`` as vector squares with its lower-left corner at (x, y)."""
    rows = matrix(text)
    n = len(rows)
    quiet = 2  # modules of white border inside ``size``, enough for phone scanners on white paper
    cell = size / (n + 2 * quiet)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                # One rectangle per horizontal run keeps the file small and the output exact.
                path.rect(x + (quiet + start) * cell, y + size - (quiet + r + 1) * cell, (c - start) * cell, cell)
            else:
                c += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def decode_image(png: bytes) -> list[str]:
    """Texts of every QR code found in an image (needs zxing-cpp and Pillow)."""
    import zxingcpp
    from PIL import Image
    with Image.open(io.BytesIO(png)) as img:
        results = zxingcpp.read_barcodes(img.convert("L"))
    return [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]


def decode_pdf(pdf: bytes, *, page: int = 1, dpi: int = 150) -> list[str]:
    """Texts of the QR codes on one page of a PDF, read from the rendered page image (pdftoppm).

    Raises:
        FileNotFoundError: pdftoppm (poppler-utils) is not installed.
    """
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise FileNotFoundError("pdftoppm")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(pdf)
        subprocess.run([exe, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                        str(src), str(Path(tmp) / "page")], check=True, capture_output=True, timeout=120)
        return decode_image((Path(tmp) / "page.png").read_bytes())
