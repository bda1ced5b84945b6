"""The discretion form (裁量表) of a case: tier questions, Art. 30–33 circumstances, recommendation, amount.

Signals:
    saved(dict): the stored discretion record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.errors import Error, GuardRefused
from inspector.law.discretion import ART32_GROUNDS
from inspector.law.step_fields import yuan_to_cents
from inspector.services import discretion as disc
from ui.tasks import Op
from ui.translations import tier_label, workflow_message, workflow_text


def yuan(cents: int | None) -> str:
    return "—" if cents is None else f"{cents / 100:,.2f}"


class GuardPanel(QLabel):
    """Shows a guard refusal: what is refused, the article, and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName("拒绝原因")
        self.setStyleSheet(
            "QLabel { background: #f8d7da; color: #842029; border: 1px solid #f5c2c7;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.hide()

    def show_error(self, exc: BaseException) -> None:
        """Show a refusal inline; a bug goes to the crash dialog (which keeps the user's work)."""
        from ui.messages import describe, show_crash

        if isinstance(exc, GuardRefused):
            # the core's words in the UI language: given as a template and arguments, or fixed and collected
            from ui.translations import citation, words

            text = self.tr("不能执行：{0}［{1}］").format(words(exc.parts, str(exc)), citation(exc.article))
            hint = words(exc.hint_parts, exc.hint)
            if hint:
                text += "\n" + self.tr("怎么办：{0}").format(hint)
        else:
            described = describe(exc)
            if described is None:
                show_crash(self.window(), exc)
                return
            text = described
        self.setText(text)
        self.show()

    def clear_error(self) -> None:
        self.setText("")
        self.hide()


class DiscretionForm(QWidget):
    """Discretion form bound to one case."""

    saved = Signal(dict)

    def __init__(self, session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.form_data: dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setAccessibleName("裁量基准")
        outer.addWidget(self.header)
        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)

        questions = QGroupBox(self.tr("裁量情节"))
        qf = QFormLayout(questions)
        self.tier = QComboBox()
        self.tier.setAccessibleName("裁量阶次")
        qf.addRow(self.tr("适用阶次"), self.tier)
        self.area = QLineEdit()
        self.area.setAccessibleName("占用面积")
        self.cost = QLineEdit()
        self.cost.setAccessibleName("工程造价")
        self.area_row = (self.tr("占用面积（平方米）"), self.area)
        self.cost_row = (self.tr("工程造价（元）"), self.cost)
        qf.addRow(*self.area_row)
        qf.addRow(*self.cost_row)
        self.lighter_new = QCheckBox(self.tr("适用更轻的新规定（第三十七条从旧兼从轻）"))
        self.lighter_new.setAccessibleName("从旧兼从轻")
        qf.addRow(self.lighter_new)
        outer.addWidget(questions)

        circ = QGroupBox(self.tr("法定情节（第30–33条）"))
        cl = QVBoxLayout(circ)
        self.grounds: dict[str, QCheckBox] = {}
        for key, text in ART32_GROUNDS.items():
            box = QCheckBox(self.tr("第三十二条：{0}").format(workflow_text(text)))
            box.setAccessibleName(text)
            self.grounds[key] = box
            cl.addWidget(box)
        row = QHBoxLayout()
        self.art31 = QComboBox()
        self.art31.setAccessibleName("第三十一条精神状况")
        for value, state in (
            ("none", QT_TRANSLATE_NOOP("DiscretionForm", "无第三十一条情形")),
            ("incapable", QT_TRANSLATE_NOOP("DiscretionForm", "不能辨认或控制自己行为")),
            ("limited", QT_TRANSLATE_NOOP("DiscretionForm", "尚未完全丧失辨认或控制能力")),
        ):
            self.art31.addItem(self.tr(str(state)), value)
        row.addWidget(QLabel(self.tr("第三十一条：")))
        row.addWidget(self.art31)
        cl.addLayout(row)
        self.minor = QCheckBox(self.tr("第三十三条：违法行为轻微并及时改正，没有造成危害后果"))
        self.minor.setAccessibleName("轻微并及时改正")
        self.first = QCheckBox(self.tr("第三十三条：初次违法、危害后果轻微并及时改正（首违不罚）"))
        self.first.setAccessibleName("首违不罚条件")
        self.no_fault = QCheckBox(self.tr("第三十三条第二款：有证据足以证明没有主观过错"))
        self.no_fault.setAccessibleName("没有主观过错")
        for w in (self.minor, self.first, self.no_fault):
            cl.addWidget(w)
        outer.addWidget(circ)

        self.compute_button = QPushButton(self.tr("计算推荐阶次"))
        self.compute_button.setAccessibleName("计算推荐阶次")
        self.compute_button.clicked.connect(self.refresh)
        outer.addWidget(self.compute_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName("推荐结果")
        self.result.setStyleSheet("QLabel { background: #eef4ff; border: 1px solid #b6cdf5; padding: 8px; }")
        outer.addWidget(self.result)

        amount_box = QGroupBox(self.tr("拟处罚"))
        af = QFormLayout(amount_box)
        self.amount = QLineEdit()
        self.amount.setAccessibleName("罚款金额")
        af.addRow(self.tr("罚款金额（元）"), self.amount)
        self.mitigate = QCheckBox(self.tr("减轻处罚（低于法定下限，须有第30/31/32条情形）"))
        self.mitigate.setAccessibleName("减轻处罚")
        af.addRow(self.mitigate)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName("裁量说理")
        self.reason.setPlaceholderText(
            self.tr("金额不在推荐阶次内时必须填写说理；说理印在决定书上并提交法制审核")
        )
        self.reason.setMaximumHeight(70)
        af.addRow(self.tr("说理"), self.reason)
        self.save_button = QPushButton(self.tr("保存裁量表"))
        self.save_button.setAccessibleName("保存裁量表")
        self.save_button.clicked.connect(self.save)
        af.addRow(self.save_button)
        outer.addWidget(amount_box)
        outer.addStretch(1)
        self.load_saved()
        self.refresh()

    def load_saved(self) -> None:
        """Fill the inputs from the case's saved 裁量表 (the newest record), if any."""
        import json

        row = disc.latest(self.session, self.case_id)
        if row is None:
            return
        answers = json.loads(row["answers"] or "{}")
        circ = json.loads(row["circumstances"] or "{}")
        self.tier.addItem(answers.get("tier", ""), answers.get("tier", ""))
        self.tier.setCurrentIndex(self.tier.count() - 1)
        if answers.get("area_m2") is not None:
            self.area.setText(str(answers["area_m2"]))
        if answers.get("cost_cents") is not None:
            self.cost.setText(yuan(answers["cost_cents"]))
        for key, box in self.grounds.items():
            box.setChecked(key in (circ.get("art32_grounds") or []))
        self.art31.setCurrentIndex(max(0, self.art31.findData(circ.get("art31", "none"))))
        self.minor.setChecked(bool(circ.get("minor_no_harm_corrected")))
        self.first.setChecked(bool(circ.get("first_time_slight_corrected")))
        self.no_fault.setChecked(bool(circ.get("no_fault")))
        self.amount.setText(yuan(row["amount_cents"]) if row["amount_cents"] is not None else "")
        self.mitigate.setChecked(bool(row["mitigated"]))
        self.reason.setPlainText(row["reason"] or "")
        self.saved_row = row

    # ----------------------------------------------------------------- inputs
    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.tier.currentData():
            out["tier"] = self.tier.currentData()
        if self.area.text().strip():
            out["area_m2"] = float(self.area.text())
        cost = yuan_to_cents(self.cost.text())
        if cost is not None:
            out["cost_cents"] = cost
        return out

    def circumstances(self) -> dict[str, Any]:
        return {
            "art32_grounds": [k for k, b in self.grounds.items() if b.isChecked()],
            "art31": self.art31.currentData(),
            "minor_no_harm_corrected": self.minor.isChecked(),
            "first_time_slight_corrected": self.first.isChecked(),
            "no_fault": self.no_fault.isChecked(),
        }

    # ------------------------------------------------------------------ logic
    def refresh(self) -> None:
        """Recompute the form from the current inputs (reads only)."""
        self.guard.clear_error()
        try:
            data = disc.form(
                self.session,
                self.case_id,
                answers=self.answers(),
                circumstances=self.circumstances(),
                lighter_new=self.lighter_new.isChecked(),
            )
        except (Error, ValueError) as exc:
            if isinstance(exc, ValueError):
                self.guard.setText(self.tr("输入格式错误：{0}").format(exc))
                self.guard.show()
                return
            self.guard.show_error(exc)
            return
        self.form_data = data
        self._fill(data)

    def _fill(self, data: dict[str, Any]) -> None:
        a = data["assessment"]
        current = self.tier.currentData()
        self.tier.blockSignals(True)
        self.tier.clear()
        self.tier.addItem(self.tr("按情节自动判断"), "")
        for t in a["tiers"]:  # the conditions are the catalogue's words (data)
            shown = self.tr("{0}：{1}").format(tier_label(t["tier"]), t["conditions"])
            if t["range"]:
                shown += self.tr("（{0}–{1}元）").format(yuan(t["range"][0]), yuan(t["range"][1]))
            elif t.get("pct_of_cost"):
                shown += self.tr("（工程造价{0}%–{1}%）").format(*t["pct_of_cost"][:2])
            if t["illustrative"]:
                shown += self.tr(" [示例]")
            self.tier.addItem(shown, t["tier"])
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        self.tier.blockSignals(False)
        keys = {q["key"] for q in data["questions"]}
        self.area.setEnabled("area_m2" in keys)
        self.cost.setEnabled("cost_cents" in keys)
        self.header.setText(
            self.tr("{0}（{1}）｜裁量基准 {2} 版本 {3}：{4}\n违法依据：{5}\n处罚依据：{6}").format(
                data["matter_name"],
                data["matter_code"],
                data["catalogue"],
                data["cat_version"],
                workflow_text(data["catalogue_note"]),
                data["violation_basis"],
                data["penalty_basis"],
            )
        )
        statutory = a["statutory"]
        rec = a["recommended"]
        outcome = {
            "penalty": self.tr("给予处罚"),
            "no_penalty_mandatory": self.tr("依法不予处罚"),
            "no_penalty_possible": self.tr("可以不予处罚（首违不罚）"),
        }[a["outcome"]]
        lines = [
            self.tr("法定幅度：{0}").format(
                self.tr("{0}–{1}元").format(yuan(statutory[0]), yuan(statutory[1]))
                if statutory
                else self.tr("需填写工程造价")
            ),
            self.tr("推荐阶次：{0}　推荐幅度：{1}").format(
                tier_label(a["tier"]), self.tr("{0}–{1}元").format(yuan(rec[0]), yuan(rec[1])) if rec else "—"
            ),
            self.tr("处理建议：{0}").format(outcome),
        ]
        if a["age"] is not None:
            lines.append(self.tr("违法时年龄：{0}岁").format(a["age"]))
        if data["prior_violations"] is not None:
            lines.append(self.tr("回溯期内违法记录：{0}起").format(data["prior_violations"]))
        lines += [workflow_message(*p) for p in a["note_parts"]]
        self.result.setText("\n".join(lines))

    def save(self) -> None:
        self.guard.clear_error()
        try:
            cents = yuan_to_cents(self.amount.text())
        except ValueError:
            self.guard.setText(self.tr("罚款金额格式错误（请填写元，最多两位小数）"))
            self.guard.show()
            return
        if cents is None:
            self.guard.setText(self.tr("请填写罚款金额"))
            self.guard.show()
            return
        Op(
            self,
            disc.record,
            self.session,
            self.case_id,
            amount_cents=cents,
            reason=self.reason.toPlainText(),
            mitigate=self.mitigate.isChecked(),
            answers=self.answers(),
            circumstances=self.circumstances(),
            lighter_new=self.lighter_new.isChecked(),
        ).success(self._saved).failure(self.guard.show_error).run()

    def _saved(self, row: dict[str, Any]) -> None:
        note = self.tr("已保存：{0}元").format(yuan(row["amount_cents"]))
        if row["requires_review"]:
            note += self.tr("（不在推荐阶次内或减轻处罚，须经法制审核）")
        self.result.setText(self.result.text() + "\n" + note)
        self.saved.emit(row)
