"""The review page of one case (法制审核): the file, the automatic checklist, manual ticks and the verdict.

Signals:
    decided(str): the case id after a verdict was recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.services import review
from ui.tasks import Op
from ui.translations import case_ref, join, state_label, tier_label, words, workflow_message, workflow_text
from ui.widgets.deadline_table import RecordTable
from ui.widgets.discretion_form import GuardPanel, yuan

_RESULT = {
    True: QT_TRANSLATE_NOOP("ReviewPage", "✔ 符合"),
    False: QT_TRANSLATE_NOOP("ReviewPage", "✘ 不符合"),
    None: "—",
}
# A manual item's result says what its tick says: the reviewer confirmed it, or has not yet.
_TICKED = {
    True: QT_TRANSLATE_NOOP("ReviewPage", "已核对"),
    False: QT_TRANSLATE_NOOP("ReviewPage", "未核对"),
}
_PARTY_KINDS = {
    "person": QT_TRANSLATE_NOOP("ReviewPage", "公民"),
    "organisation": QT_TRANSLATE_NOOP("ReviewPage", "单位"),
    "individual_business": QT_TRANSLATE_NOOP("ReviewPage", "个体工商户"),
}
_EVIDENCE_KINDS = {
    "photo": QT_TRANSLATE_NOOP("ReviewPage", "照片"),
    "video": QT_TRANSLATE_NOOP("ReviewPage", "视频"),
    "audio": QT_TRANSLATE_NOOP("ReviewPage", "录音"),
    "document": QT_TRANSLATE_NOOP("ReviewPage", "文件"),
}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class ReviewPage(QWidget):
    """Everything a reviewer needs to give a verdict on one case."""

    decided = Signal(str)

    def __init__(self, session, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.data: dict[str, Any] = {}
        self.issued_path = ""
        self.setWindowTitle(self.tr("法制审核"))
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.title.setAccessibleName("审核案件")
        outer.addWidget(self.title)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName("审核信息")
        outer.addWidget(self.meta)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAccessibleName("案情")
        self.tabs.addTab(self.facts, self.tr("案情与裁量"))
        self.checklist = QTableWidget(0, 5)
        self.checklist.setAccessibleName("审核清单")
        self.checklist.setHorizontalHeaderLabels(
            [self.tr("编号"), self.tr("审核项目"), self.tr("方式"), self.tr("结果"), self.tr("说明与依据")]
        )
        self.checklist.verticalHeader().setVisible(False)
        self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._tick_changed)
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tabs.addTab(self.checklist, self.tr("审核清单"))
        ev = QWidget()
        evl = QVBoxLayout(ev)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(120, 90))
        self.thumbs.setMaximumHeight(150)
        self.thumbs.setAccessibleName("证据缩略图")
        evl.addWidget(self.thumbs)
        self.evidence = RecordTable(
            [
                ("filename", self.tr("文件")),
                ("kind", self.tr("类型")),
                ("taken_at", self.tr("拍摄时间")),
                ("sha256", self.tr("SHA-256")),
            ]
        )
        self.evidence.setAccessibleName("证据清单")
        evl.addWidget(self.evidence, 1)
        self.tabs.addTab(ev, self.tr("证据"))
        self.documents = RecordTable(
            [
                ("title", self.tr("文书")),
                ("number", self.tr("文号")),
                ("issued_at", self.tr("制作时间")),
                ("issued_by", self.tr("制作人")),
            ]
        )
        self.documents.setAccessibleName("已制作文书")
        self.tabs.addTab(self.documents, self.tr("文书"))
        similar = QWidget()
        sim_layout = QVBoxLayout(similar)
        self.similar_label = QLabel()
        self.similar_label.setWordWrap(True)
        self.similar_label.setAccessibleName("同类案件对比")
        sim_layout.addWidget(self.similar_label)
        self.similar = RecordTable(
            [
                ("case_no", self.tr("案件编号")),
                ("squad_name", self.tr("中队")),
                ("officer", self.tr("主办人")),
                ("fine", self.tr("罚款（元）")),
                ("decided_at", self.tr("决定日期")),
                ("similarity", self.tr("情节相似度")),
            ]
        )
        self.similar.setAccessibleName("同类案件")
        sim_layout.addWidget(self.similar, 1)
        self.tabs.addTab(similar, self.tr("同类案件"))
        self.history = RecordTable(
            [
                ("reviewed_at", self.tr("审核时间")),
                ("reviewer", self.tr("审核人")),
                ("verdict_label", self.tr("结论")),
                ("opinion", self.tr("意见")),
            ]
        )
        self.history.setAccessibleName("审核记录")
        self.tabs.addTab(self.history, self.tr("审核记录"))

        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)
        self.notice = QLabel()
        self.notice.setAccessibleName("操作结果")
        self.notice.setStyleSheet("color: #0f5132")
        outer.addWidget(self.notice)
        form = QFormLayout()
        self.verdict = QComboBox()
        self.verdict.setAccessibleName("审核结论")
        for key, label in review.VERDICTS.items():
            self.verdict.addItem(workflow_text(label), key)
        form.addRow(self.tr("审核结论"), self.verdict)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName("审核意见")
        self.comment.setPlaceholderText(self.tr("除“同意”外须写明审核意见"))
        self.comment.setMaximumHeight(80)
        form.addRow(self.tr("审核意见"), self.comment)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("提交审核意见"))
        self.submit_button.setAccessibleName("提交审核意见")
        self.submit_button.clicked.connect(self.submit)
        self.print_button = QPushButton(self.tr("生成法制审核意见书"))
        self.print_button.setAccessibleName("生成法制审核意见书")
        self.print_button.clicked.connect(self.issue_opinion)
        self.extend_button = QPushButton(self.tr("延长审核期限"))
        self.extend_button.setAccessibleName("延长审核期限")
        self.extend_button.clicked.connect(self.extend)
        buttons.addStretch(1)
        for b in (self.extend_button, self.print_button, self.submit_button):
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self.resize(1000, 760)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        Op(self, review.page, self.session, self.case_id).success(self._loaded).failure(
            self.guard.show_error
        ).run()

    def _loaded(self, data: dict[str, Any]) -> None:
        self.data = data
        case, party = data["case"], data["party"] or {}
        self.title.setText(
            self.tr("{0}　{1}").format(case_ref(case["case_no"], case.get("procedure")), case["matter_name"])
        )
        meta = [
            self.tr("当事人：{0}").format(party.get("name", "")),
            self.tr("状态：{0}").format(state_label(case["state"])),
        ]
        if data["due"]:
            meta.append(self.tr("审核期限：{0}").format(data["due"]))
        if data["reason_parts"]:
            reasons = [workflow_message(t, args) for t, args in data["reason_parts"]]
            meta.append(self.tr("须审核：{0}").format(self.tr("；").join(reasons)))
        self.meta.setText("　".join(meta))
        self.facts.setText(self._facts_text(data))
        self._fill_checklist(data["checklist"] + [c for c in data["date_order"] if c["ok"] is False])
        self.thumbs.clear()
        for e in data["evidence"]:
            item = QListWidgetItem(e["filename"])
            if e.get("thumbnail"):
                item.setIcon(QIcon(QPixmap(e["thumbnail"])))
            item.setToolTip(f"{e['sha256']}\n{_text(e.get('taken_at'))}")
            self.thumbs.addItem(item)
        from ui.messages import local_time

        self.evidence.set_records(
            [
                {
                    **e,
                    "kind": self.tr(_EVIDENCE_KINDS.get(e["kind"], e["kind"])),
                    "taken_at": local_time(e["taken_at"]) if e.get("taken_at") else "",
                }
                for e in data["evidence"]
            ],
            status_key=None,
        )
        self.documents.set_records(
            [{**d, "title": workflow_text(d["title"])} for d in data["documents"]], status_key=None
        )
        self.history.set_records(
            [{**r, "verdict_label": workflow_text(r["verdict_label"])} for r in data["history"]],
            status_key=None,
        )
        self.submit_button.setEnabled(data["can_decide"])
        self.extend_button.setEnabled(data["can_decide"])
        self.print_button.setEnabled(bool(data["history"]))
        from inspector.services import consistency

        Op(self, consistency.similar, self.session, self.case_id).success(self._similar).run()

    def _similar(self, shown: dict[str, Any]) -> None:
        group = shown.get("group")
        text = self.tr("本案拟罚款：{0}元（{1}）").format(
            yuan(shown.get("proposed_cents")), tier_label(shown.get("tier"))
        )
        if group:
            text += self.tr("；本地同事项同阶次已决案件 {0} 件，罚款 {1}–{2}元，中位数 {3}元").format(
                group["count"],
                yuan(group["min_cents"]),
                yuan(group["max_cents"]),
                yuan(group["median_cents"]),
            )
        else:
            text += self.tr("；本地尚无同事项同阶次的已决案件")
        self.similar_label.setText(text)
        self.similar.set_records(
            [
                {
                    **r,
                    "fine": yuan(r["fine_cents"]),
                    "case_no": r["case_no"] or "",
                    "decided_at": (r["decided_at"] or "")[:10],
                    "similarity": f"{r['similarity']:.0%}",
                }
                for r in shown["similar"]
            ],
            status_key=None,
        )

    def _facts_text(self, data: dict[str, Any]) -> str:
        case, party, d = data["case"], data["party"] or {}, data["discretion"] or {}
        lines = [
            self.tr("违法事实：{0}").format(case.get("summary", "")),
            self.tr("地点：{0}　违法行为日期：{1}　发现日期：{2}").format(
                case.get("address", ""), _text(case.get("act_date")), _text(case.get("discovered_at"))
            ),
            self.tr("当事人：{0}（{1}）　证件：{2}　住址：{3}").format(
                party.get("name", ""),
                self.tr(_PARTY_KINDS.get(party.get("kind", ""), party.get("kind", ""))),
                party.get("id_number", ""),
                party.get("address", ""),
            ),
            self.tr("执法人员：{0}").format(
                join(self.tr("{0}（{1}）").format(o["name"], o["cert_no"]) for o in data["officers"])
            ),
        ]
        item = data.get("benchmark_item") or {}
        if item:
            lines.append(self.tr("违法依据：{0}").format(item.get("violation_basis", "")))
            lines.append(self.tr("处罚依据：{0}").format(item.get("penalty_basis", "")))
        if data.get("statutory_range"):
            lo, hi = data["statutory_range"]
            lines.append(self.tr("法定幅度：{0}–{1}元").format(yuan(lo), yuan(hi)))
        if d:
            lines.append(
                self.tr("裁量阶次：{0}　推荐幅度：{1}–{2}元　{3}{4}").format(
                    tier_label(d.get("tier")),
                    yuan(d.get("range_min_cents")),
                    yuan(d.get("range_max_cents")),
                    self.tr("不在推荐阶次内　") if d.get("outside_tier") else "",
                    self.tr("减轻处罚") if d.get("mitigated") else "",
                )
            )
            if d.get("reason"):
                lines.append(self.tr("裁量说理：{0}").format(d["reason"]))
        amount = data.get("amount_cents")
        lines.append(
            self.tr("拟处罚金额：{0}").format(
                self.tr("{0}元").format(yuan(amount)) if amount is not None else self.tr("（未定）")
            )
        )
        lines.append("")
        lines.append(self.tr("办案经过："))
        lines += [
            self.tr("　{0}　{1}（{2}）").format(e["on_date"], workflow_text(e["label"]), e["actor"])
            for e in data["events"]
        ]
        return "\n".join(lines)

    def _fill_checklist(self, items: list[dict[str, Any]]) -> None:
        self.items = items
        self.checklist.setRowCount(len(items))
        for r, it in enumerate(items):
            links = [words(link.get("label_parts"), link["label"]) for link in it["links"]]
            cells = [
                it["code"],
                words(it.get("label_parts"), it["label"]),
                self.tr("自动") if it["mode"] == "A" else self.tr("人工"),
                "",
                words(it.get("detail_parts"), it["detail"])
                + ("" if not links else "\n" + self.tr("依据：") + self.tr("；").join(links)),
            ]
            for c, text in enumerate(cells):
                self.checklist.setItem(r, c, QTableWidgetItem(text))
            result = self.checklist.item(r, 3)
            if it["mode"] == "M":
                result.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                result.setCheckState(Qt.CheckState.Checked if it["ok"] else Qt.CheckState.Unchecked)
                self._tick_changed(result)
            else:
                result.setText(self.tr(_RESULT[it["ok"]]))
                if it["ok"] is False:
                    result.setForeground(Qt.GlobalColor.red)
        self.checklist.setColumnWidth(1, 300)
        self.checklist.resizeRowsToContents()

    def _tick_changed(self, cell: QTableWidgetItem) -> None:
        """A manual item's result follows its tick box (已核对 / 未核对)."""
        row = cell.row()
        if cell.column() != 3 or not 0 <= row < len(self.items) or self.items[row]["mode"] != "M":
            return
        text = self.tr(_TICKED[cell.checkState() == Qt.CheckState.Checked])
        if cell.text() != text:  # setting the text changes the item again
            cell.setText(text)

    def ticks(self) -> dict[str, bool]:
        """The manual items as the reviewer ticked them."""
        out = {}
        for r, it in enumerate(self.items):
            if it["mode"] == "M":
                out[it["code"]] = self.checklist.item(r, 3).checkState() == Qt.CheckState.Checked
        return out

    def tick_all(self) -> None:
        for r, it in enumerate(self.items):
            if it["mode"] == "M":
                self.checklist.item(r, 3).setCheckState(Qt.CheckState.Checked)

    # --------------------------------------------------------------- actions
    def set_verdict(self, key: str, comment: str = "") -> None:
        self.verdict.setCurrentIndex(self.verdict.findData(key))
        self.comment.setPlainText(comment)

    def submit(self) -> None:
        self.guard.clear_error()
        Op(
            self,
            review.decide,
            self.session,
            self.case_id,
            self.verdict.currentData(),
            self.comment.toPlainText(),
            ticks=self.ticks(),
        ).success(self._submitted).failure(self.guard.show_error).run()

    def _submitted(self, _event: dict[str, Any]) -> None:
        self.notice.setText(self.tr("已提交审核意见：{0}").format(self.verdict.currentText()))
        self.decided.emit(self.case_id)
        self.reload()

    def issue_opinion(self) -> None:
        from inspector.services import review_opinion

        self.guard.clear_error()
        Op(self, review_opinion.issue, self.session, self.case_id).success(self._issued).failure(
            self.guard.show_error
        ).run()

    def _issued(self, issued) -> None:
        self.issued_path = str(issued.path)
        if issued.earlier:
            self.notice.setText(self.tr("本次审核的意见书此前已出具，未另行编号：{0}").format(issued.number))
        else:
            self.notice.setText(self.tr("已生成法制审核意见书：{0}").format(issued.number))
        from ui.widgets.pdf_preview import PdfPreview

        self.preview = PdfPreview()
        self.preview.setWindowTitle(self.tr("法制审核意见书"))
        self.preview.resize(620, 860)
        self.preview.set_pdf(issued.path.read_bytes())
        self.preview.show()
        self.reload()

    def extend(self) -> None:
        self.guard.clear_error()
        reason = self.comment.toPlainText().strip() or self.tr("案情复杂，需补充审查材料")
        Op(self, review.extend, self.session, self.case_id, reason).success(
            lambda _r: (self.notice.setText(self.tr("审核期限已延长")), self.reload())
        ).failure(self.guard.show_error).run()
