"""QR codes on documents: the payload (number, issuing station, content digest, audit head), drawing and decoding."""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass

import qrcode
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from exports.errors import Error

PREFIX = "INSPDOC1"  # number | station | digest
PREFIX2 = "INSPDOC2"  # number | station | digest | audit-chain head at issue ("seq:hash-prefix")
MASK = 2
SEP = "|"
# A foreign PDF with a poster-sized page is rendered smaller rather than into gigabytes of pixels.
MAX_PIXELS = 40_000_000

# PDFium may not be entered from two threads at once, not even for different documents. Every call into it in
# the program holds this one lock: this module's QR reading and the UI's preview and printing (ui/printing.py).
PDFIUM_LOCK = threading.Lock()
_PDFIUM_LOCK = PDFIUM_LOCK


class UnreadablePdf(Error):
    """The bytes are not a PDF PDFium can open (not a PDF, truncated, encrypted), or it lacks the page asked for."""

    code = "unreadable_pdf"

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"not a readable PDF: {reason}")


@dataclass(frozen=True)
class Payload:
    """What a document's QR code says about it."""

    number: str
    station_id: str
    digest: str
    audit_head: str = ""

    def text(self) -> str:
        if self.audit_head:
            return SEP.join((PREFIX2, self.number, self.station_id, self.digest, self.audit_head))
        return SEP.join((PREFIX, self.number, self.station_id, self.digest))


_DIGEST = re.compile(r"[0-9a-f]{64}")
_HEAD = re.compile(r"[0-9]+:[0-9a-f]{1,64}")


def parse(text: str) -> Payload | None:
    """The payload in scanned QR text, or None when the text is not one of our codes.

    Every code we print carries a SHA-256 digest (64 hex digits) and, in version 2, the chain head
    ``seq:hex``; text of another shape is not one of ours, whatever its prefix. Hex and station ids are
    compared in lower case, as a scanner or a person copying the text may give them in either.
    """
    parts = [p.strip() for p in text.strip().split(SEP)]
    if len(parts) not in (4, 5) or not all(parts[1:]) or not _DIGEST.fullmatch(parts[3].lower()):
        return None
    number, station_id, digest = parts[1], parts[2].lower(), parts[3].lower()
    if len(parts) == 4 and parts[0] == PREFIX:
        return Payload(number=number, station_id=station_id, digest=digest)
    if len(parts) == 5 and parts[0] == PREFIX2 and _HEAD.fullmatch(parts[4].lower()):
        return Payload(number=number, station_id=station_id, digest=digest, audit_head=parts[4].lower())
    return None


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
    img.putdata(
        [
            0 if (quiet <= r < n + quiet and quiet <= c < n + quiet and rows[r - quiet][c - quiet]) else 255
            for r in range(n + 2 * quiet)
            for c in range(n + 2 * quiet)
        ]
    )
    canvas.drawImage(ImageReader(img), x, y, width=size, height=size)


def decode_image(png: bytes) -> list[str]:
    """Texts of every QR code found in an image (needs zxing-cpp and Pillow)."""
    import zxingcpp
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        results = zxingcpp.read_barcodes(img.convert("L"))
    return [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]


def decode_pdf(pdf: bytes, *, page: int = 1, dpi: int = 150) -> list[str]:
    """Texts of the QR codes on one page (1-based) of a PDF, read from the page rendered by PDFium.

    Raises:
        UnreadablePdf: PDFium cannot open the bytes, or the document has no such page.
    """
    import pypdfium2 as pdfium
    import zxingcpp

    with _PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(pdf)
            # Everything is closed here, under the lock, not by finalizers on whatever thread collects it.
            with doc:
                if not 1 <= page <= len(doc):
                    raise UnreadablePdf(f"no page {page} (the document has {len(doc)})")
                handle = doc[page - 1]
                try:
                    width, height = handle.get_size()
                    scale = min(dpi / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
                    bitmap = handle.render(scale=scale, grayscale=True)
                    try:
                        image = bitmap.to_pil().copy()  # a grey image owning its pixels
                    finally:
                        bitmap.close()
                finally:
                    handle.close()
        except pdfium.PdfiumError as exc:
            raise UnreadablePdf(str(exc)) from exc
    results = zxingcpp.read_barcodes(image)
    return [r.text for r in results if r.format == zxingcpp.BarcodeFormat.QRCode]
