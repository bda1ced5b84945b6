"""Full-size photo viewer: zoom, EXIF rotation, and an annotation layer (boxes, arrows, text) kept apart."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inspector import media
from inspector.services import evidence
from ui.translations import workflow_text

ZOOM_STEP = 1.25


def pil_to_qimage(img) -> QImage:
    rgb = img.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


class AnnotationView(QGraphicsView):
    """The photo with its annotation items; in a drawing mode a drag adds a box or an arrow, a click a text.

    Signals:
        shape_added(dict): a shape drawn by the user, in image pixels.
    """

    shape_added = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAccessibleName(self.tr("照片"))
        self.pixmap_item: QGraphicsPixmapItem | None = None
        self.mode = "pan"
        self._start: QPointF | None = None
        self._preview: QGraphicsItem | None = None
        self.shape_items: list[Any] = []

    def set_image(self, image: QImage) -> None:
        self.scene().clear()
        self.shape_items = []
        self.pixmap_item = self.scene().addPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(QRectF(image.rect()))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if mode == "pan" else QGraphicsView.DragMode.NoDrag
        )

    # ------------------------------------------------------------- zoom
    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        if 0.02 < current * factor < 40:
            self.scale(factor, factor)

    def fit(self) -> None:
        if self.pixmap_item is not None:
            self.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.resetTransform()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or self.mode == "pan":
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    # ---------------------------------------------------------- drawing
    def add_shape(self, shape: dict[str, Any]) -> None:
        pen = QPen(QColor(shape.get("color", "#e53935")))
        pen.setWidthF(max(2.0, (self.scene().sceneRect().width() or 1000) / 400))
        kind = shape["type"]
        item: QGraphicsRectItem | QGraphicsPathItem | QGraphicsSimpleTextItem
        if kind == "box":
            item = QGraphicsRectItem(
                QRectF(QPointF(shape["x1"], shape["y1"]), QPointF(shape["x2"], shape["y2"])).normalized()
            )
            item.setPen(pen)
        elif kind == "arrow":
            item = QGraphicsPathItem(
                _arrow_path(
                    QPointF(shape["x1"], shape["y1"]),
                    QPointF(shape["x2"], shape["y2"]),
                    head=pen.widthF() * 6,
                )
            )
            item.setPen(pen)
        else:
            text = QGraphicsSimpleTextItem(shape.get("text", ""))
            font = QFont()
            font.setPixelSize(int(max(14, (self.scene().sceneRect().width() or 1000) / 40)))
            text.setFont(font)
            text.setBrush(QColor(shape.get("color", "#e53935")))
            text.setPos(shape["x1"], shape["y1"])
            item = text
        item.setData(0, shape)
        self.scene().addItem(item)
        self.shape_items.append(item)

    def clear_shapes(self) -> None:
        for item in self.shape_items:
            self.scene().removeItem(item)
        self.shape_items = []

    def mousePressEvent(self, event) -> None:
        if self.mode in ("box", "arrow") and event.button() == Qt.MouseButton.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            event.accept()
            return
        if self.mode == "text" and event.button() == Qt.MouseButton.LeftButton:
            pos = self.mapToScene(event.position().toPoint())
            text, ok = QInputDialog.getText(self, self.tr("文字标注"), self.tr("标注文字："))
            if ok and text.strip():
                self.shape_added.emit({"type": "text", "x1": pos.x(), "y1": pos.y(), "text": text.strip()})
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._start is not None:
            end = self.mapToScene(event.position().toPoint())
            if self._preview is not None:
                self.scene().removeItem(self._preview)
            pen = QPen(QColor("#e53935"))
            pen.setStyle(Qt.PenStyle.DashLine)
            if self.mode == "box":
                self._preview = self.scene().addRect(QRectF(self._start, end).normalized(), pen)
            else:
                self._preview = self.scene().addLine(QLineF(self._start, end), pen)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._start is not None:
            end = self.mapToScene(event.position().toPoint())
            if self._preview is not None:
                self.scene().removeItem(self._preview)
                self._preview = None
            start, self._start = self._start, None
            if QLineF(start, end).length() > 3:
                self.shape_added.emit(
                    {"type": self.mode, "x1": start.x(), "y1": start.y(), "x2": end.x(), "y2": end.y()}
                )
            return
        super().mouseReleaseEvent(event)


def _arrow_path(a: QPointF, b: QPointF, *, head: float) -> QPainterPath:
    path = QPainterPath(a)
    path.lineTo(b)
    angle = math.atan2(b.y() - a.y(), b.x() - a.x())
    for side in (-1, 1):
        tip = QPointF(
            b.x() - head * math.cos(angle + side * math.pi / 7),
            b.y() - head * math.sin(angle + side * math.pi / 7),
        )
        path.moveTo(b)
        path.lineTo(tip)
    return path


class PhotoViewer(QDialog):
    """One evidence photo at full size, upright, with its annotation layer; the original is never changed."""

    def __init__(self, session, evidence_row: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = evidence_row
        self.setWindowTitle(self.tr("证据照片 — {0}").format(evidence_row["filename"]))
        self.setAccessibleName(self.tr("照片查看器"))
        self.resize(1000, 760)
        self.view = AnnotationView(self)
        self.view.shape_added.connect(self._shape_added)
        self.shapes: list[dict[str, Any]] = []
        self.version: int | None = None
        self.dirty = False

        bar = QToolBar(self)
        bar.setAccessibleName(self.tr("照片工具"))
        self._action(
            bar, "放大", "zoom_in", QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom(ZOOM_STEP)
        )
        self._action(
            bar, "缩小", "zoom_out", QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom(1 / ZOOM_STEP)
        )
        self._action(bar, "适合窗口", "fit", QKeySequence("Ctrl+0"), self.view.fit)
        self._action(bar, "原始大小", "actual", QKeySequence("Ctrl+1"), self.view.actual_size)
        bar.addSeparator()
        group = QActionGroup(self)
        for label, mode, key in (
            ("移动", "pan", "V"),
            ("框选", "box", "B"),
            ("箭头", "arrow", "A"),
            ("文字", "text", "T"),
        ):
            act = self._action(bar, label, mode, QKeySequence(key), lambda m=mode: self.view.set_mode(m))
            act.setCheckable(True)
            act.setChecked(mode == "pan")
            group.addAction(act)
        bar.addSeparator()
        self._action(bar, "撤销标注", "undo", QKeySequence.StandardKey.Undo, self.undo)
        self.save_action = self._action(bar, "保存标注", "save", QKeySequence.StandardKey.Save, self.save)
        self.save_action.setEnabled(
            session.can(__import__("inspector.permissions", fromlist=["Action"]).Action.EVIDENCE_ANNOTATE)
        )

        self.info = QLabel(self)
        self.info.setAccessibleName(self.tr("照片信息"))
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self._load()

    def _action(self, bar: QToolBar, label: str, name: str, key, slot) -> QAction:
        act = QAction(self.tr(label), self)
        act.setObjectName(name)
        act.setShortcut(key)
        act.triggered.connect(slot)
        bar.addAction(act)
        self.addAction(act)
        return act

    def _load(self) -> None:
        path = evidence.store(self.session.station).path(self.row["sha256"])
        try:
            img = media.open_oriented(path)
            image = pil_to_qimage(img)
        except media.MediaRejected as exc:
            self.info.setText(self.tr("无法显示：{0}").format(workflow_text(media.REASON_TEXT[exc.reason])))
            return
        except OSError as exc:
            self.info.setText(self.tr("无法显示：{0}").format(exc.strerror or self.tr("文件无法读取")))
            return
        self.image_size = (image.width(), image.height())
        self.view.set_image(image)
        layer = evidence.annotation_layer(self.session, self.row["id"])
        if layer:
            self.shapes = list(layer["shapes"])
            self.version = layer["version"]
        for s in self.shapes:
            self.view.add_shape(s)
        r = self.row
        gps = f"{r['latitude']:.6f}, {r['longitude']:.6f}" if r.get("latitude") is not None else self.tr("无")
        from ui.models.evidence_table import _local

        self.info.setText(
            self.tr("拍摄时间：{0}　GPS：{1}　相机：{2}　{3}×{4}　SHA-256：{5}").format(
                _local(r.get("taken_at")) or self.tr("无"),
                gps,
                r.get("camera") or self.tr("无"),
                image.width(),
                image.height(),
                r["sha256"],
            )
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.fit()

    def _shape_added(self, shape: dict[str, Any]) -> None:
        shape.setdefault("color", "#e53935")
        self.shapes.append(shape)
        self.view.add_shape(shape)
        self.dirty = True

    def add_shape(self, shape: dict[str, Any]) -> None:
        self._shape_added(dict(shape))

    def undo(self) -> None:
        if self.shapes:
            self.shapes.pop()
            self.view.clear_shapes()
            for s in self.shapes:
                self.view.add_shape(s)
            self.dirty = True

    def save(self) -> None:
        try:
            row = evidence.save_annotations(
                self.session, self.row["id"], self.shapes, expected_version=self.version
            )
        except Exception as exc:  # noqa: BLE001 - typed errors are shown to the user
            from ui.errors_fallback import show_error

            show_error(self, exc)
            return
        self.version = row["version"]
        self.dirty = False
