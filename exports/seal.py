"""The signing block of a letter: agency name and date, right-aligned, over a drawn (dashed) seal area."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from exports import styles


class SealArea(Flowable):
    """The agency name over the date (成文日期), with the round seal's place drawn as a thin dashed circle
    centred on them, where the seal is pressed (it 骑年盖月: covers the name and the date)."""

    def __init__(self, lines: list[Paragraph], *, centre_text: str, font: str, size: float) -> None:
        super().__init__()
        self.lines = lines
        self.centre_text = centre_text
        self.font, self.size = font, size
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._sizes = [p.wrap(aw, ah) for p in self.lines]
        self.width = aw
        text_h = sum(h for _, h in self._sizes)
        self.height = max(styles.SEAL_DIAMETER * 0.55, text_h + 12)
        return self.width, self.height

    def draw(self) -> None:
        c: Any = self.canv
        text_h = sum(h for _, h in self._sizes)
        y = (self.height + text_h) / 2
        for para, (_, h) in zip(self.lines, self._sizes, strict=True):
            y -= h
            para.drawOn(c, 0, y)
        indent = float(getattr(self.lines[0].style, "rightIndent", 0)) if self.lines else 0.0
        text_w = stringWidth(self.centre_text, self.font, self.size)
        cx = self.width - indent - min(text_w, self.width) / 2
        cy = self.height / 2
        c.saveState()
        c.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        c.circle(cx, cy, styles.SEAL_DIAMETER / 2, stroke=1, fill=0)
        c.restoreState()
