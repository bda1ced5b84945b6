"""QR codes on documents: the payload (number, issuing station, content digest), drawing and decoding."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import qrcode
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

PREFIX = "INSPDOC1"
MASK = 2
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
    # A fixed mask skips qrcode's evaluation of all eight masks (most of its time); any mask is valid and
    # decoders read every one.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=MASK)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def draw(canvas: Canvas, text: str, *, x: float, y: float, size: float) -> None:
    """Draw the QR code for ``text`` with its lower-left corner at (x, y), ``size`` points square.

    The modules go in as a one-pixel-per-module grey image scaled up without interpolation: sharp in print,
    and far fewer PDF operators than one rectangle per module.
    """
    from PIL import Image
    rows = matrix(text)
    n = len(rows)
    quiet = 2  # modules of white border inside ``size``, enough for phone scanners on white paper
    img = Image.new("L", (n + 2 * quiet, n + 2 * quiet), 255)
    img.putdata([0 if (quiet <= r < n + quiet and quiet <= c < n + quiet and rows[r - quiet][c - quiet]) else 255
                 for r in range(n + 2 * quiet) for c in range(n + 2 * quiet)])
    canvas.drawImage(ImageReader(img), x, y, width=size, height=size)


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
