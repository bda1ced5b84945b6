"""The answer of document verification shown to a person: status, each difference named, the registered facts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.services import documents
from inspector.station import Session
from ui import translations
from ui.messages import show_error
from ui.tasks import Op


class VerifyResultDialog(QDialog):
    """Shows one :class:`inspector.services.verification.Verification`."""

    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("文书核验结果"))
        self.setAccessibleName(self.tr("文书核验结果"))
        statuses = {
            "genuine": self.tr("真实：与登记簿一致"),
            "altered": self.tr("已被改动"),
            "unknown": self.tr("无法识别：登记簿中没有"),
            "other_station": self.tr("本机关其他站点出具，本站无法核对"),
            "qr_only": self.tr("二维码真实，内容须人工核对"),
        }
        layout = QVBoxLayout(self)
        self.status = QLabel(statuses.get(result.status, result.status))
        self.status.setAccessibleName(self.tr("核验结论"))
        colour = {"genuine": "#1b5e20", "altered": "#b71c1c"}.get(result.status, "#8d6e00")
        self.status.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {colour};")
        layout.addWidget(self.status)
        self.detail = QLabel(translations.words(result.detail_parts, result.detail))
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("核验说明"))
        layout.addWidget(self.detail)
        if result.voided:
            voided = QLabel(self.tr("注意：该文号已作废（%1）").replace("%1", result.void_reason))
            voided.setStyleSheet("color: #b71c1c;")
            layout.addWidget(voided)
        self.differences = QListWidget()
        self.differences.setAccessibleName(self.tr("不一致之处"))
        # The core gives each line as a template and its arguments (quoted document text stays as printed).
        parts = list(result.difference_parts) or [None] * len(result.differences)
        self.differences.addItems(
            [translations.words(p, text) for p, text in zip(parts, result.differences, strict=True)]
        )
        if result.differences:
            layout.addWidget(QLabel(self.tr("不一致之处：")))
            layout.addWidget(self.differences)
        facts = QFormLayout()
        for label, value in result.facts:
            shown = QLabel(value)  # what the register holds, as printed on the paper
            shown.setWordWrap(True)
            name = translations.workflow_text(label)
            shown.setAccessibleName(name)
            facts.addRow(self.tr("%1：").replace("%1", name), shown)
        if result.facts:
            layout.addWidget(QLabel(self.tr("登记内容（请与纸质文书逐项核对）：")))
            layout.addLayout(facts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)


def verify_pdf(parent: QWidget, session: Session, path: str | None = None) -> Op | None:
    """Ask for a PDF (unless ``path`` is given), check it against the register in the background and show the
    answer; the dialog is kept as ``parent.verify_dialog``."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("核验文书"), "", parent.tr("PDF 文件 (*.pdf)")
        )
        if not path:
            return None

    def work() -> Any:
        return documents.verify_file(session.station, path)

    def show(result: Any) -> None:
        dialog = VerifyResultDialog(result, parent)
        parent.verify_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    return (
        Op(parent, work)
        .with_progress(parent.tr("正在核验文书…"))
        .success(show)
        .failure(lambda exc: show_error(parent, exc))
        .run()
    )


def verify_qr(parent: QWidget, session: Session, text: str | None = None) -> Op | None:
    """Check the text a phone or scanner read from a paper document's QR code; shows the registered facts (party,
    amount, date, officers) for a person to compare with the paper."""
    if text is None:
        text, ok = QInputDialog.getText(parent, parent.tr("核验二维码"), parent.tr("扫描得到的二维码内容："))
        if not ok or not text.strip():
            return None

    def show(result: Any) -> None:
        dialog = VerifyResultDialog(result, parent)
        parent.verify_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    return (
        Op(parent, documents.verify, session.station, text.strip())
        .success(show)
        .failure(lambda exc: show_error(parent, exc))
        .run()
    )
