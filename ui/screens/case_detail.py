"""A case's detail view: header with whose turn it is, the case (facts, party, evidence, proposed amount, saved
discretion record), the allowed next steps as buttons, the discretion form, timeline, deadlines and documents.

Signals:
    changed(str): the case id after a step was taken.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.law import step_fields
from inspector.services import workflow as wf
from ui.messages import role_label
from ui.tasks import Op
from ui.translations import case_ref, join, state_label, tier_label, workflow_message, workflow_text
from ui.widgets.deadline_table import RecordTable
from ui.widgets.discretion_form import DiscretionForm, GuardPanel, yuan
from ui.widgets.step_dialog import StepDialog

# Steps whose fields are all optional still ask (so the officer sees the choice); these run at once.
_DIRECT = {
    "verify",
    "file",
    "investigate",
    "end_investigation",
    "submit_review",
    "submit_legal_review",
    "request_hearing",
    "hold_hearing",
    "start_execution",
    "demand",
    "apply_court",
    "close",
    "archive",
    "appeal_end",
}


class CaseDetail(QWidget):
    """Detail view of one case."""

    changed = Signal(str)

    def __init__(self, session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.dialog: StepDialog | None = None
        self.review_page: QWidget | None = None  # the review desk page opened for 法制审核
        self.step_buttons: dict[str, QPushButton] = {}
        self.setWindowTitle(self.tr("案件详情"))
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setAccessibleName("案件标题")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setWordWrap(True)  # a long matter name wraps in a narrow window instead of being cut off
        outer.addWidget(self.title)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName("案件信息")
        outer.addWidget(self.meta)
        self.review_note = QLabel()  # the reviewer's comment the officer still has to act on
        self.review_note.setObjectName("reviewComment")
        self.review_note.setAccessibleName("法制审核意见")
        self.review_note.setWordWrap(True)
        self.review_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_note.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px 10px; }")
        self.review_note.hide()
        outer.addWidget(self.review_note)
        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)
        self.turn = QLabel()
        self.turn.setWordWrap(True)
        self.turn.setAccessibleName("轮到谁")
        self.turn.setStyleSheet("QLabel { background: #cfe2ff; color: #084298; padding: 6px; }")
        outer.addWidget(self.turn)
        self.notice = QLabel()
        self.notice.setAccessibleName("操作结果")
        self.notice.setWordWrap(True)  # documents issued or still lacking fields: long in English
        self.notice.setStyleSheet("color: #0f5132")
        outer.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("案件分页")
        flow = QWidget()
        fl = QVBoxLayout(flow)
        self.steps_box = QGroupBox(self.tr("可执行步骤"))
        self.steps_layout = QGridLayout(self.steps_box)
        fl.addWidget(self.steps_box)
        fl.addWidget(QLabel(self.tr("期限")))
        self.deadlines = RecordTable(
            [
                ("name", self.tr("期限")),
                ("due", self.tr("到期日")),
                ("status_label", self.tr("状态")),
                ("days_left", self.tr("剩余天数")),
                ("basis", self.tr("依据")),
                ("provisional_label", self.tr("备注")),
            ],
            # a legal basis and a note read long (in English above all): they share what the short columns
            # leave, end in "…" and show whole in their tooltips
            elide=("basis", "provisional_label"),
        )
        self.deadlines.setAccessibleName("期限表")
        fl.addWidget(self.deadlines, 1)
        fl.addWidget(QLabel(self.tr("办案过程")))
        self.timeline = RecordTable(
            [
                ("on_date", self.tr("日期")),
                ("label", self.tr("步骤")),
                ("change", self.tr("状态变化")),
                ("actor", self.tr("操作人")),
                ("detail", self.tr("记录")),
            ]
        )
        self.timeline.setAccessibleName("办案过程")
        fl.addWidget(self.timeline, 1)
        self.tabs.addTab(flow, self.tr("办案流程"))
        self.discretion = DiscretionForm(session, case_id)
        self.discretion.saved.connect(lambda _row: self.reload())
        # the form is tall: scrolled inside its tab, it does not force the window taller than a laptop screen
        # (a window the screen cannot hold is squeezed by the window manager, its header lines over each other)
        discretion_scroll = QScrollArea()
        discretion_scroll.setWidgetResizable(True)
        discretion_scroll.setWidget(self.discretion)
        self.tabs.addTab(discretion_scroll, self.tr("裁量表"))
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName("案情")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts_scroll = QScrollArea()
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setWidget(self.facts)
        from ui.screens.case_documents import CaseDocumentsPanel

        self.documents = CaseDocumentsPanel(session, case_id)
        self.documents.changed.connect(self.reload)
        self.tabs.addTab(self.documents, self.tr("文书"))
        self.tabs.addTab(facts_scroll, self.tr("案情"))
        outer.addWidget(self.tabs, 1)
        self.resize(
            1100, 800
        )  # the size the 工作台 and inspection screens open it at, wherever it is opened from
        self.reload()

    # ----------------------------------------------------------------- loading
    def reload(self) -> None:
        Op(self, _load, self.session, self.case_id).success(self._show).run()

    def _show(self, shown: dict[str, Any]) -> None:
        self.shown = shown
        self.title.setText(
            self.tr("{0}　{1}").format(case_ref(shown["case_no"], shown["procedure"]), shown["matter_name"])
        )
        proc = self.tr("简易程序") if shown["procedure"] == "simple" else self.tr("普通程序")
        fine = yuan(shown["fine_cents"]) + self.tr("元") if shown["fine_cents"] is not None else "—"
        meta = self.tr("当事人：{0}｜状态：{1}｜{2}｜罚款：{3}").format(
            shown["party"] or "—", state_label(shown["state"]), proc, fine
        )
        change = self._decision_change(shown.get("decision_change"))
        if change:
            meta += "\n" + change
        money = self._payment(shown.get("payment"))
        if money:
            meta += "\n" + money
        reasons = [workflow_message(t, args) for t, args in shown["legal_review_reason_parts"]]
        if reasons:
            meta += "\n" + self.tr("须法制审核：{0}").format(self.tr("；").join(reasons))
        self.meta.setText(meta)
        self._show_review_comment(shown.get("review_comment"))
        self.setWindowTitle(self.tr("案件详情 - {0}").format(state_label(shown["state"])))
        for b in self.step_buttons.values():
            self.steps_layout.removeWidget(b)
            b.hide()  # gone at once, not only when the event loop next runs
            b.deleteLater()
        self.step_buttons = {}
        for i, step in enumerate(shown["allowed_steps"]):
            b = QPushButton(workflow_text(step["label"]))
            b.setAccessibleName(step["label"])
            b.setObjectName(f"step_{step['step']}")
            b.clicked.connect(lambda _=False, s=step: self.request_step(s["step"], s["label"]))
            self.steps_layout.addWidget(b, i // 4, i % 4)
            self.step_buttons[step["step"]] = b
        if not shown["allowed_steps"]:
            self.steps_box.setTitle(self.tr("可执行步骤（当前角色无可执行步骤）"))
        else:
            self.steps_box.setTitle(self.tr("可执行步骤"))
        dls = [
            {
                **d,
                "name": workflow_text(d["name"]),
                "status_label": workflow_text(d["status_label"]),
                "basis": workflow_text(d["basis"]),
                "provisional_label": self._provisional(d),
            }
            for d in shown["deadlines"]
        ]
        self.deadlines.set_records(dls)

        events = [
            {
                **e,
                "label": workflow_text(e["label"]),
                "change": f"{state_label(e['from_state'])} → {state_label(e['to_state'])}"
                if e["from_state"] != e["to_state"]
                else "",
                "detail": self._detail(e["data"]),
            }
            for e in reversed(shown["events"])
        ]
        self.timeline.set_records(events, status_key=None)
        self._show_turn(shown.get("turn"))
        self._show_facts(shown.get("facts") or {})

    def _payment(self, p: dict[str, Any] | None) -> str:
        """What has been paid and what is owed, with the Art. 72 surcharge accrued so far (once any is)."""
        if not p or not (p["paid_cents"] or p["surcharge_cents"]):
            return ""
        line = self.tr("已缴：{0}元").format(yuan(p["paid_cents"]))
        if p["surcharge_cents"]:
            line += self.tr("｜加处罚款：{0}元（截至{1}，《中华人民共和国行政处罚法》第七十二条）").format(
                yuan(p["surcharge_cents"]), p["as_of"]
            )
        return line + self.tr("｜尚欠：{0}元").format(yuan(p["owed_cents"]))

    def _decision_change(self, c: dict[str, Any] | None) -> str:
        """Art. 48: the amount a changed decision replaced; 行政强制法 Art. 40 (4), 41: a revoked, unlawful or void
        decision's execution ended, and what was paid is to be returned."""
        if not c:
            return ""
        if c["ended"]:
            line = self.tr("执行终结：处罚决定已于{0}{1}（《中华人民共和国行政强制法》第四十条）").format(
                c["on_date"], workflow_text(c["label"])
            )
        elif c.get("previous_fine_cents") is not None:
            line = self.tr("罚款已于{0}决定变更，原决定罚款{1}元，按变更后的金额执行").format(
                c["on_date"], yuan(c["previous_fine_cents"])
            )
        else:
            return ""
        if c["refund_cents"]:
            line += self.tr("；已缴{0}元应予退还（《中华人民共和国行政强制法》第四十一条）").format(
                yuan(c["refund_cents"])
            )
        return line

    def _show_review_comment(self, c: dict[str, Any] | None) -> None:
        """A return, or an agreement after changes, stays in view until the officer has acted on it (Art. 58)."""
        if not c:
            self.review_note.hide()
            return
        head = (
            self.tr("法制审核退回（{0}，{1}）：请补充调查后重新提交审核")
            if c["returned"]
            else self.tr("法制审核修改后同意（{0}，{1}）：请按以下意见修改后再办理下一步")
        ).format(c["reviewer"], c["on_date"])
        self.review_note.setText(head + "\n" + self.tr("审核意见：{0}").format(c["comment"]))
        self.review_note.show()

    def _provisional(self, deadline: dict[str, Any]) -> str:
        """The note of a date resting on a year with no holiday calendar: an estimate, exact once imported."""
        if not deadline["provisional"]:
            return ""
        year = deadline.get("unloaded_year") or deadline["due"][:4]
        return self.tr("因缺少{0}年节假日安排，日期为估算；导入日历后可精确").format(year)

    def _show_turn(self, turn: dict[str, Any] | None) -> None:
        if not turn:
            self.turn.setText(self.tr("本案无待办事项"))
            return
        who = self.tr("当事人") if turn.get("waits_for_party") else role_label(turn["role"])
        text = self.tr("轮到：{0}——{1}").format(who, workflow_text(turn["task"]))
        if turn["due"]:
            text += self.tr("（{0}，{1}前）").format(workflow_text(turn["deadline"]), turn["due"])
        if turn["reason"]:
            text += "\n" + self.tr("原因：{0}").format(workflow_message(*turn["reason_parts"]))
        self.turn.setText(text)

    def _show_facts(self, f: dict[str, Any]) -> None:
        source = self.tr("案件来源：{0}").format(workflow_text(f.get("source_label", "")))
        if f.get("source_reference"):  # the complainant, referring body or device record given at the clue
            source += self.tr("（{0}：{1}）").format(
                workflow_text(f.get("source_detail", "")), f["source_reference"]
            )
        lines = [source]
        if f.get("anonymous"):
            lines.append(self.tr("投诉人：匿名投诉"))
        elif f.get("complainant"):
            lines.append(
                self.tr("投诉人：{0}　联系方式：{1}").format(
                    f["complainant"], f.get("complainant_contact") or "—"
                )
            )
        lines += [
            self.tr("违法行为发生日期：{0}　终了日期：{1}　发现日期：{2}").format(
                f.get("act_date") or "—", f.get("act_end_date") or "—", f.get("discovered_at") or "—"
            ),
            self.tr("地点：{0}").format(f.get("address") or "—"),
            self.tr("案情：{0}").format(f.get("summary") or "—"),
            "",
        ]
        party = f.get("party") or {}
        lines.append(
            self.tr("当事人：{0}　{1}　住址：{2}　电话：{3}").format(
                party.get("name", "—"),
                party.get("id_number", ""),
                party.get("address", "") or "—",
                party.get("phone", "") or "—",
            )
        )
        lines.append(self.tr("承办人：{0}").format(join(f.get("officers") or []) or "—"))
        lines.append("")
        lines.append(self.tr("证据：{0} 项").format(len(f.get("evidence") or [])))
        lines += [
            self.tr("　· {0}（{1}）").format(e["filename"], e["taken_at"] or self.tr("时间不详"))
            for e in (f.get("evidence") or [])[:20]
        ]
        lines.append("")
        d = f.get("discretion")
        if d:
            lines.append(
                self.tr("裁量表（已保存）：阶次 {0}，拟罚款 {1} 元{2}").format(
                    tier_label(d["tier"]) or "—",
                    yuan(d["amount_cents"]),
                    self.tr("（须法制审核）") if d["requires_review"] else "",
                )
            )
            if d["reason"]:
                lines.append(self.tr("裁量说理：{0}").format(d["reason"]))
        else:
            lines.append(self.tr("裁量表：尚未填写"))
        lines.append(
            self.tr("拟处罚金额：{0}").format(
                yuan(f["proposed_cents"]) + self.tr("元") if f.get("proposed_cents") is not None else "—"
            )
        )
        self.facts.setText("\n".join(lines))

    # ------------------------------------------------------------------- steps
    def request_step(self, step: str, label: str) -> None:
        """Run ``step`` at once, or open the form for its data first."""
        self.guard.clear_error()
        self.notice.setText("")
        if step == "legal_review":
            self.open_review()
            return
        preview = wf.step_preview(self.session, self.case_id, step)
        asks = any(d["missing"] for d in preview["documents"])
        if (
            not preview["irreversible"]
            and not asks
            and (step in _DIRECT or not step_fields.form_fields(step))
        ):
            self.run_step(step)
            return
        self.dialog = StepDialog(step, label, self, preview=preview)
        self.dialog.accepted.connect(
            lambda: self.run_step(step, document=self.dialog.document_values(), **self.dialog.values())
        )
        self.dialog.open()

    def open_review(self) -> None:
        """法制审核 from the case window opens the reviewer's desk page for this case: facts, discretion, the
        automatic checklist and the 意见书, the same as from the 法制审核 queue (not a bare verdict form)."""
        from ui.widgets.review_page import ReviewPage

        page = ReviewPage(self.session, self.case_id)
        page.decided.connect(self._reviewed)
        page.resize(980, 720)
        page.show()
        self.review_page = page

    def _reviewed(self, _case_id: str) -> None:
        self.reload()
        self.changed.emit(self.case_id)

    def run_step(self, step: str, **data: Any) -> None:
        self.guard.clear_error()  # a refusal shown before is not the answer to this attempt
        Op(self, wf.advance, self.session, self.case_id, step, **data).success(self._advanced).failure(
            self.guard.show_error
        ).run()

    def _advanced(self, event: dict[str, Any]) -> None:
        from inspector.law.procedure import EVENT_LABELS

        text = self.tr("已完成：{0}").format(workflow_text(EVENT_LABELS.get(event["step"], event["step"])))
        for step in event.get("followed_by") or ():  # recorded with it (a fine collected on the spot: paid)
            text += self.tr("；同时登记：{0}").format(workflow_text(EVENT_LABELS.get(step, step)))
        for d in event.get("documents") or []:
            text += self.tr("；已出具《{0}》{1}").format(workflow_text(d["title"]), d["number"])
        for d in event.get("documents_pending") or []:
            text += self.tr("；《{0}》待出具（{1}），请在“文书”页补全后出具").format(
                workflow_text(d["title"]), join(workflow_message(*m) for m in d["missing_parts"])
            )
        self.notice.setText(text)
        self.documents.reload()
        if event["step"] == "on_the_spot" and event.get("documents"):
            # 当场处罚: the decision is handed over on the spot — show it selected, ready to print
            self.tabs.setCurrentWidget(self.documents)
            issued = event["documents"][0]["id"]
            for r, row in enumerate(self.documents.model.rows):
                if row["id"] == issued:
                    self.documents.table.selectRow(r)
        self.reload()
        self.changed.emit(self.case_id)

    def _detail(self, data: dict[str, Any]) -> str:
        """What a recorded step noted: amounts, the coded choices (in the UI language) and the free text the
        officer typed (reason, opinion, receiving authority — shown as typed)."""
        from inspector.law.procedure import OUTCOME_LABELS, REVIEW_VERDICTS, SERVICE_LABELS
        from inspector.law.rules import RECORD_RESULTS

        labels: dict[str, Mapping[Any, str]] = {
            "outcome": OUTCOME_LABELS,
            "method": SERVICE_LABELS,
            "verdict": REVIEW_VERDICTS,
            "result": RECORD_RESULTS,
        }
        parts = []
        for key, label in (
            ("amount_cents", self.tr("金额")),
            ("outcome", self.tr("决定")),
            ("method", self.tr("送达方式")),
            ("reason", self.tr("理由")),
            ("verdict", self.tr("审核")),
            ("result", self.tr("审核结论")),
            ("receipt_no", self.tr("票据号")),
            ("opinion", self.tr("意见")),
            ("receiver", self.tr("接收机关")),
            ("surcharge_cents", self.tr("加处罚款")),
        ):
            if key in data and data[key] not in ("", None):
                value = data[key]
                if key.endswith("_cents"):
                    value = yuan(value) + self.tr("元")
                elif key in labels:
                    value = workflow_text(labels[key].get(value, value))
                parts.append(self.tr("{0}：{1}").format(label, value))
        return self.tr("；").join(parts)


def _load(session, case_id: str) -> dict[str, Any]:
    """Everything the view shows, read off the GUI thread: state, steps, deadlines, whose turn, the case."""
    from inspector.services import case_view, worklist

    shown = wf.show(session, case_id)
    shown["turn"] = case_view.turn(session, case_id)
    shown["review_comment"] = worklist.review_comment(session, case_id)
    shown["facts"] = case_view.facts(session, case_id)
    return shown
