"""The form of one workflow step: its data (reason, amount, date, service method…), the fields its documents
still need, and — for a step that cannot be undone — what it will do (number drawn, document issued, period
started), confirmed by pressing 确认执行."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from inspector import clock
from inspector.law import articles as art
from inspector.law.procedure import OUTCOME_LABELS, SERVICE_LABELS

# Fields the amount rules read on every step that sets a fine (inspector.law.amounts).
_REASON = ("reason", "裁量说理（金额不在推荐阶次内时必填）", "text", None)
_MITIGATE = ("mitigate", f"减轻处罚（具备{art.APL30.short}或{art.APL32.short}情形）", "bool", None)
_SEPARATE = ("separate_act", f"与当事人同日另案罚款系另一违法行为的理由（{art.APL29.short}）", "text", None)
_CASH = [
    ("cash", f"当场收缴罚款（{art.APL68.short}、{art.APL69.short}）", "bool", None),
    (
        "cash_ground",
        "当场收缴理由",
        "choice",
        {
            "": "罚款在限额以下",
            "hard_to_collect": "不当场收缴事后难以执行",
            "remote": "边远、水上、交通不便地区，当事人提出",
        },
    ),
    ("receipt_no", f"专用票据号码（{art.APL70.short}）", "text", None),
]

# step -> [(key, label, kind, choices)]; kind: text, money, date, int, bool, choice
FIELDS: dict[str, list[tuple[str, str, str, Any]]] = {
    "not_file": [("reason", "不予立案理由", "text", None)],
    "notify": [
        ("amount_cents", "拟罚款金额（元，空=按裁量表）", "money", None),
        _REASON,
        _MITIGATE,
        (
            "heavy_penalty",
            f"拟没收较大数额财物、吊销许可证、责令停产停业等（{art.APL63.short}）",
            "bool",
            None,
        ),
    ],
    "waive_statement": [("note", "书面放弃声明（编号或说明）", "text", None)],
    "hearing_notice": [("hearing_date", "听证日期", "date", None)],
    "decide": [
        (
            "outcome",
            f"决定类型（{art.APL57.short}）",
            "choice",
            {str(k): v for k, v in OUTCOME_LABELS.items()},
        ),
        ("amount_cents", "罚款金额（元，空=按告知金额）", "money", None),
        _REASON,
        _MITIGATE,
        _SEPARATE,
        ("education", "教育情况（不予处罚时必填）", "text", None),
        ("receiver", "接收机关（移送时必填）", "text", None),
    ],
    "transfer": [
        ("receiver", "接收机关", "text", None),
        ("reason", "移送理由", "text", None),
        ("receiver_kind", "接收机关类型", "choice", {"judicial": "司法机关", "administrative": "行政机关"}),
    ],
    "extend": [("days", "延长天数", "int", None), ("reason", "延长理由（经负责人批准）", "text", None)],
    "serve": [
        ("method", "送达方式", "choice", {str(k): v for k, v in SERVICE_LABELS.items()}),
        ("consent_ref", "电子送达确认书编号", "text", None),
    ],
    "pay": [("amount_cents", "缴款金额（元）", "money", None), *_CASH],
    "instalment": [("until", "批准缴纳期限", "date", None), ("reason", "理由", "text", None)],
    "appeal_start": [("kind", "类型", "choice", {"review": "行政复议", "litigation": "行政诉讼"})],
    "legal_review": [
        ("verdict", "审核结论", "choice", {"passed": "通过", "failed": "不通过"}),
        ("opinion", "审核意见", "text", None),
    ],
    "on_the_spot": [
        ("amount_cents", "罚款金额（元）", "money", None),
        (
            "statement_heard",
            f"已口头告知并听取当事人陈述申辩（{art.APL44.short}、{art.APL45.short}）",
            "bool",
            None,
        ),
        _REASON,
        _SEPARATE,
        *_CASH,
    ],
    "collective": [("conclusion", "讨论结论", "text", None)],
}


def yuan_to_cents(text: str) -> int | None:
    """'200' / '200.5' → cents; '' → None; raises ValueError on anything else."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValueError(text)
    return int(value * 100)


class StepDialog(QDialog):
    """Ask for the fields of ``step``; :meth:`values` returns the data to pass to the use case."""

    def __init__(
        self, step: str, label: str, parent: QWidget | None = None, *, preview: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.preview = preview or {}
        self.setWindowTitle(label)
        self.setAccessibleName(label)
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.widgets: dict[str, QWidget] = {}
        self.kinds: dict[str, str] = {}
        self.doc_widgets: dict[str, QLineEdit] = {}
        effects = self.preview.get("effects") or []
        self.effects = QLabel()
        self.effects.setWordWrap(True)
        self.effects.setAccessibleName("执行后将会")
        if effects:
            text = (
                self.tr("执行“{0}”后将会：").format(label)
                + "\n"
                + "\n".join(f"· {self.tr(e)}" for e in effects)
            )
            if self.preview.get("irreversible"):
                text += "\n" + self.tr("此步骤执行后不能撤销。")
            self.effects.setText(text)
            self.effects.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 8px; }")
            form.addRow(self.effects)
        for key, text, kind, choices in FIELDS.get(step, []):
            if kind == "bool":
                w: QWidget = QCheckBox(self.tr(text))
            elif kind == "choice":
                w = QComboBox()
                for value, shown in choices.items():
                    w.addItem(self.tr(shown), value)
            elif kind == "date":
                w = QDateEdit(QDate.fromString(clock.today().isoformat(), "yyyy-MM-dd"))
                w.setCalendarPopup(True)
                w.setDisplayFormat("yyyy-MM-dd")
            elif kind == "int":
                w = QSpinBox()
                w.setRange(0, 3650)
            else:
                w = QLineEdit()
            w.setAccessibleName(text)
            w.setObjectName(key)
            self.widgets[key] = w
            self.kinds[key] = kind
            form.addRow("" if kind == "bool" else self.tr(text), w)
        for doc in self.preview.get("documents") or []:
            for miss in doc["missing"]:
                w = QLineEdit()
                label_text = miss.get("label") or miss["message"]
                w.setAccessibleName(label_text)
                w.setObjectName("doc_" + miss["field"])
                self.doc_widgets[miss["field"]] = w
                form.addRow(self.tr("《{0}》{1}").format(doc["title"], label_text), w)
        self.error = QLabel()
        self.error.setStyleSheet("color: #842029")
        self.error.setAccessibleName("输入错误")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("确定")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("取消")
        if self.preview.get("irreversible"):
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认执行"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def set_value(self, key: str, value: Any) -> None:
        """Fill a field (used by tests and by callers that know a default)."""
        w = self.widgets[key]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QDateEdit):
            w.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value))

    def document_values(self) -> dict[str, str]:
        """Field values the officer typed for the step's documents."""
        return {k: w.text().strip() for k, w in self.doc_widgets.items() if w.text().strip()}

    def set_document_value(self, key: str, value: str) -> None:
        self.doc_widgets[key].setText(value)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.widgets.items():
            kind = self.kinds[key]
            if isinstance(w, QCheckBox):
                if w.isChecked():
                    out[key] = True
            elif isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QDateEdit):
                out[key] = w.date().toString("yyyy-MM-dd")
            elif isinstance(w, QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QLineEdit) and kind == "money":
                cents = yuan_to_cents(w.text())
                if cents is not None:
                    out[key] = cents
            elif isinstance(w, QLineEdit) and w.text().strip():
                out[key] = w.text().strip()
        return out

    def _accept(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(self.tr("金额格式错误：{0}（请填写元，最多两位小数）").format(exc))
            return
        self.accept()
