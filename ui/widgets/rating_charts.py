"""Small charts of the rating screen drawn with QPainter: bars with threshold lines, targets, trend lines.

Qt Charts is not part of PySide6-Essentials; these three shapes are all the screen needs. Text is measured
with the font it is drawn in, so labels fit in either language (English ones run two or three times wider
than Chinese); what cannot fit the chart's width is elided and the tooltip carries it whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1f5fa8", "#d9822b", "#2e8b57", "#b03a2e", "#7d3c98", "#117a8b", "#8d6e63", "#c2185b")
AXIS = QColor("#666666")
GRID = QColor("#e3e3e3")


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 200)

    def _frame(self, p: QPainter, *, left: float = 34, bottom: float = 26, right: float = 12) -> QRectF:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        title = QFontMetricsF(font).elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 8)
        p.drawText(QRectF(0, 2, self.width(), 18), Qt.AlignmentFlag.AlignCenter, title)
        p.setFont(self._small_font())
        return QRectF(left, 24, self.width() - left - right, self.height() - 24 - bottom)

    def _small_font(self) -> QFont:
        """The font of axis labels, legends and row labels: one point below the widget's."""
        font = self.font()
        font.setBold(False)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        return font

    def _side_width(self, texts: Sequence[str], extra: float, *, share: float = 0.35) -> float:
        """Room for ``texts`` beside the plot: their widest plus ``extra``, at most ``share`` of the width."""
        metrics = QFontMetricsF(self._small_font())
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
        return min(widest + extra, self.width() * share)

    def _fit(self, p: QPainter, text: str, width: float) -> str:
        return QFontMetricsF(p.font()).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))

    @staticmethod
    def _y_axis(p: QPainter, area: QRectF, top: float, step: float, fmt: str = "{:g}") -> None:
        value = 0.0
        while value <= top + 1e-9:
            y = area.bottom() - area.height() * value / top
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(AXIS)
            p.drawText(
                QRectF(0, y - 8, area.left() - 4, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt.format(value),
            )
            value += step
        p.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))


class BarChart(_Chart):
    """Bars (optionally paired with a grey "full score" bar) and dashed threshold lines."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.full: list[float] = []
        self.lines: list[tuple[str, float]] = []
        self.top = 100.0

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        top: float = 100.0,
        full: Sequence[float] = (),
        lines: Sequence[tuple[str, float]] = (),
    ) -> None:
        self.labels, self.values, self.full = (
            list(labels),
            [float(v) for v in values],
            [float(v) for v in full],
        )
        self.lines, self.top = list(lines), max(top, 1.0)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        right = self._side_width([label for label, _ in self.lines], 6) if self.lines else 12
        area = self._frame(p, right=right)
        self._y_axis(p, area, self.top, self.top / 5)
        n = max(len(self.values), 1)
        slot = area.width() / n
        bar = slot * (0.32 if self.full else 0.6)
        for i, value in enumerate(self.values):
            x = area.left() + slot * i + (slot - bar * (2 if self.full else 1)) / 2
            if self.full:
                h = area.height() * min(self.full[i], self.top) / self.top
                p.fillRect(QRectF(x + bar, area.bottom() - h, bar, h), QColor("#d6d6d6"))
            h = area.height() * min(max(value, 0), self.top) / self.top
            p.fillRect(QRectF(x, area.bottom() - h, bar, h), QColor(PALETTE[0]))
            p.setPen(AXIS)
            crowded = n > 12  # too narrow for numbers: label every few bars; the table below has the values
            if not crowded:
                p.drawText(
                    QRectF(x - 10, area.bottom() - h - 16, bar + 20, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{value:.1f}",
                )
            if not crowded or i % max(1, n // 10) == 0:
                p.drawText(
                    QRectF(
                        area.left() + slot * i - (slot * 2 if crowded else 0),
                        area.bottom() + 2,
                        slot * (5 if crowded else 1),
                        20,
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    self.labels[i] if i < len(self.labels) else "",
                )
        pen = QPen(QColor("#b03a2e"), 1, Qt.PenStyle.DashLine)
        for label, value in self.lines:
            y = area.bottom() - area.height() * value / self.top
            p.setPen(pen)
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(
                QRectF(area.right() + 2, y - 7, right - 2, 14),
                Qt.AlignmentFlag.AlignLeft,
                self._fit(p, label, right - 2),
            )
        p.end()


class TargetsChart(_Chart):
    """Shares against their targets: one horizontal bar per share under its label, the target as a red mark.

    The label sits above its bar across the chart's whole width, so a long (English) label does not squeeze
    the bar or get cut at a fixed margin; the tooltip lists every row in full.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, float, float]] = []

    def set_data(self, rows: Sequence[tuple[str, float, float]]) -> None:
        """``rows``: (label, share 0..1, target 0..1)."""
        self.rows = list(rows)
        self.setToolTip(
            "\n".join(f"{label}：{self._value_text(share, target)}" for label, share, target in rows)
        )
        self.update()

    @staticmethod
    def _value_text(share: float, target: float) -> str:
        return (
            QCoreApplication.translate("TargetsChart", "%1（目标 %2）")
            .replace("%1", f"{share:.0%}")
            .replace("%2", f"{target:.0%}")
        )

    MARGINS = (12, 16)  # left, right of the plot

    def shown_label(self, row: int) -> str:
        """Row ``row``'s label as drawn at the chart's current width (elided only when wider than the chart)."""
        label = self.rows[row][0]
        width = self.width() - sum(self.MARGINS)
        return QFontMetricsF(self._small_font()).elidedText(label, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        area = self._frame(p, left=self.MARGINS[0], bottom=12, right=self.MARGINS[1])
        line = QFontMetricsF(p.font()).height()
        n = max(len(self.rows), 1)
        slot = area.height() / n
        for i, (_label, share, target) in enumerate(self.rows):
            top = area.top() + slot * i
            p.setPen(AXIS)
            p.drawText(
                QRectF(area.left(), top, area.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.shown_label(i),
            )
            h = max(min(slot - line - 10, 30.0), 8.0)
            y = top + line + 4
            p.fillRect(QRectF(area.left(), y, area.width(), h), QColor("#eeeeee"))
            met = share >= target - 1e-9
            p.fillRect(
                QRectF(area.left(), y, area.width() * min(share, 1), h),
                QColor("#2e8b57" if met else "#d9822b"),
            )
            tx = area.left() + area.width() * target
            p.setPen(QPen(QColor("#b03a2e"), 2))
            p.drawLine(QPointF(tx, y - 4), QPointF(tx, y + h + 4))
            p.setPen(QColor("white") if share > 0.25 else AXIS)
            p.drawText(
                QRectF(area.left() + 4, y, area.width() - 8, h),
                Qt.AlignmentFlag.AlignVCenter,
                self._fit(p, self._value_text(share, target), area.width() - 8),
            )
        p.end()


class TrendChart(_Chart):
    """One line per series over the periods."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.periods: list[str] = []
        self.series: list[tuple[str, list[float | None]]] = []

    def set_data(self, periods: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]]) -> None:
        self.periods = list(periods)
        self.series = [(name, list(values)) for name, values in series]
        self.setToolTip("\n".join(name for name, _ in self.series[:10]))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        legend = self._side_width([name for name, _ in self.series[:10]], 26) if self.series else 12
        area = self._frame(p, right=legend)
        self._y_axis(p, area, 100, 20)
        n = max(len(self.periods), 1)
        step = area.width() / max(n - 1, 1)
        p.setPen(AXIS)
        for i, label in enumerate(self.periods):
            x = area.left() + step * i if n > 1 else area.center().x()
            p.drawText(QRectF(x - 30, area.bottom() + 2, 60, 18), Qt.AlignmentFlag.AlignCenter, label)
        for k, (name, values) in enumerate(self.series):
            colour = QColor(PALETTE[k % len(PALETTE)])
            p.setPen(QPen(colour, 2))
            last = None
            for i, v in enumerate(values):
                if v is None:
                    last = None
                    continue
                pt = QPointF(
                    area.left() + step * i if n > 1 else area.center().x(),
                    area.bottom() - area.height() * min(max(v, 0), 100) / 100,
                )
                if last is not None:
                    p.drawLine(last, pt)
                p.drawEllipse(pt, 2.5, 2.5)
                last = pt
            if k < 10:
                y = area.top() + 14 * k
                p.fillRect(QRectF(area.right() + 6, y + 3, 10, 8), colour)
                p.setPen(AXIS)
                p.drawText(
                    QRectF(area.right() + 20, y, legend - 20, 14),
                    Qt.AlignmentFlag.AlignLeft,
                    self._fit(p, name, legend - 20),
                )
        p.end()
