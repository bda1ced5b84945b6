"""中队考评: each squad's score by dimension, stars, veto and gate status, trend and the city-wide targets.

Selecting a squad shows its metrics with the reason for each score; 查看依据 (or a double-click) lists the
cases and records behind a metric. 打印汇总 / 打印本中队 render the printed summary and preview it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.law import rating_rules
from inspector.law.procedure import REVIEW_VERDICTS
from inspector.permissions import Action
from inspector.services import rating
from ui.messages import show_error
from ui.tasks import Op
from ui.translations import join, rating_message, rubric_text, state_label, tier_label, workflow_text
from ui.widgets.deadline_table import RecordTable
from ui.widgets.rating_charts import BarChart, TargetsChart, TrendChart

STAR, HOLLOW = "★", "☆"
NOTE_LABELS = {
    "failed": QT_TRANSLATE_NOOP("EvidenceDialog", "不通过"),
    "passed": QT_TRANSLATE_NOOP("EvidenceDialog", "通过"),
    "decision_changed": QT_TRANSLATE_NOOP("EvidenceDialog", "决定变更/撤销"),
    "appeal_end": QT_TRANSLATE_NOOP("EvidenceDialog", "复议/诉讼结果"),
}
KIND_LABELS = {
    "case": QT_TRANSLATE_NOOP("EvidenceDialog", "案件"),
    "evaluation": QT_TRANSLATE_NOOP("EvidenceDialog", "案卷评查"),
    "publicity": QT_TRANSLATE_NOOP("EvidenceDialog", "公示"),
    "inspection": QT_TRANSLATE_NOOP("EvidenceDialog", "现场检查"),
    "officer": QT_TRANSLATE_NOOP("EvidenceDialog", "执法人员"),
    "incident": QT_TRANSLATE_NOOP("EvidenceDialog", "登记事项"),
    "preserved": QT_TRANSLATE_NOOP("EvidenceDialog", "涉案物品"),
    "cases": QT_TRANSLATE_NOOP("EvidenceDialog", "案件合计"),
}
# The fixed words the populations (inspector/services/rating_metrics.py) put in a record's label or note, and
# the grades of the shipped 案卷评查 standard.
EVIDENCE_WORDS = (
    QT_TRANSLATE_NOOP("EvidenceDialog", "（未立案）"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "考评期内登记的案件"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "未公示"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "未处理"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "未审核"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "优秀"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "合格"),
    QT_TRANSLATE_NOOP("EvidenceDialog", "不合格"),
)
_COUNTED = re.compile(r"^(\d+(?:\.\d+)?)(日|件|学时)$")
_COUNTED_WORDS = {
    "日": QT_TRANSLATE_NOOP("EvidenceDialog", "%1 日"),
    "件": QT_TRANSLATE_NOOP("EvidenceDialog", "%1 件"),
    "学时": QT_TRANSLATE_NOOP("EvidenceDialog", "%1 学时"),
}


def _evidence_tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceDialog", text)


def evidence_label(label: str) -> str:
    """A record's label in the UI language: the fixed words the population adds, the rest (case numbers,
    matter names, officers, addresses, what was typed) as recorded."""
    missing = "（未立案）"
    if label.startswith(missing):
        return _evidence_tr(missing) + label[len(missing) :]
    return _evidence_tr(label) if label in EVIDENCE_WORDS else label


def evidence_note(metric: str, note: str) -> str:
    """A record's note in the UI language: verdicts and steps, case states, discretion tiers, dispositions,
    grades, counted days/cases/hours and 未公示/未处理 before a date; anything else (dates, typed text) as is."""
    from inspector.services.preservation import DISPOSALS

    if (
        metric == "random_check_done" and " / " not in note
    ):  # a 双随机 case's state (a 非现场 record: review / due)
        return state_label(note)
    if metric == "discretion_reasoned":
        return tier_label(note)
    if metric == "legal_review_first_pass" and note in REVIEW_VERDICTS and note not in NOTE_LABELS:
        return workflow_text(REVIEW_VERDICTS[note])  # 同意, 修改后同意, … as the case window words them
    if metric == "property_registered" and note in DISPOSALS:
        return QCoreApplication.translate("rating", DISPOSALS[note])
    counted = _COUNTED.match(note)
    if counted:
        return _evidence_tr(_COUNTED_WORDS[counted.group(2)]).replace("%1", counted.group(1))
    head, sep, tail = note.partition(" / ")
    if sep and head in EVIDENCE_WORDS:
        return _evidence_tr(head) + sep + tail
    if note in EVIDENCE_WORDS:
        return _evidence_tr(note)
    return (
        join(_evidence_tr(NOTE_LABELS[x]) if x in NOTE_LABELS else x for x in note.split(",")) if note else ""
    )


def stars_text(stars: int) -> str:
    return STAR * stars + HOLLOW * (5 - stars) if stars else QCoreApplication.translate("rating", "未定星")


def gate_failure_text(failure: str, rubric: rating_rules.Rubric) -> str:
    """An unmet 规范化 prerequisite in the UI language: the certified officers the rubric asks for, or the
    name of a recorded item (translated only when it is the default rubric's)."""
    if failure == rating_rules.CERTIFIED.format(rubric.gate.min_certified):
        return rating_message(rating_rules.CERTIFIED, (rubric.gate.min_certified,))
    return rubric_text(failure)


def period_choices(today: dt.date, count: int = 8) -> list[str]:
    """The current quarter and the ones before it, then the current and last year."""
    q = (today.month - 1) // 3 + 1
    out, year = [], today.year
    for _ in range(count):
        out.append(f"{year}Q{q}")
        q -= 1
        if q == 0:
            year, q = year - 1, 4
    return out + [str(today.year), str(today.year - 1)]


class Screen(QWidget):
    """The rating section of the main window.

    Signals:
        changed(): a printed summary was recorded (snapshots are synced rows).
    """

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summaries: list[rating.Summary] = []
        self.result: rating.Summary | None = None
        self.dialogs: list[QWidget] = []
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("中队考评"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        outer.addWidget(title)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("考评期：")))
        self.period = QComboBox()
        self.period.setEditable(True)
        self.period.setAccessibleName(self.tr("考评期"))
        self.period.addItems(period_choices(clock.today()))
        self.period.activated.connect(self._period_chosen)
        bar.addWidget(self.period)
        refresh = QPushButton(self.tr("计算"))
        refresh.setAccessibleName(self.tr("计算"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        self.rubric_label = QLabel()
        self.rubric_label.setAccessibleName(self.tr("考评细则版本"))
        bar.addWidget(self.rubric_label)
        bar.addStretch(1)
        self.rubric_button = QPushButton(self.tr("考评细则…"))
        self.rubric_button.setAccessibleName(self.tr("考评细则"))
        self.rubric_button.clicked.connect(self.open_rubric)
        bar.addWidget(self.rubric_button)
        self.records_button = QPushButton(self.tr("登记…"))
        self.records_button.setAccessibleName(self.tr("登记考评记录"))
        self.records_button.setToolTip(self.tr("培训学时、有效投诉、处分、败诉、舆情、规范化条件核查"))
        self.records_button.setVisible(session.can(Action.RATING_EDIT))
        self.records_button.clicked.connect(self.open_records)
        bar.addWidget(self.records_button)
        self.evidence_button = QPushButton(self.tr("查看依据"))
        self.evidence_button.setAccessibleName(self.tr("查看依据"))
        self.evidence_button.clicked.connect(self.open_selected_evidence)
        bar.addWidget(self.evidence_button)
        self.print_one_button = QPushButton(self.tr("打印本中队"))
        self.print_one_button.setAccessibleName(self.tr("打印本中队"))
        self.print_one_button.clicked.connect(lambda: self.print_summary(self.selected_squad_code()))
        self.print_all_button = QPushButton(self.tr("打印汇总"))
        self.print_all_button.setAccessibleName(self.tr("打印汇总"))
        self.print_all_button.clicked.connect(lambda: self.print_summary(None))
        for b in (self.print_one_button, self.print_all_button):
            b.setVisible(session.can(Action.RATING_PRINT))
            bar.addWidget(b)
        outer.addLayout(bar)

        charts = QHBoxLayout()
        self.totals_chart = BarChart(self.tr("各中队总分"))
        self.targets_chart = TargetsChart(self.tr("全市目标"))
        self.trend_chart = TrendChart(self.tr("总分趋势"))
        for c in (self.totals_chart, self.targets_chart, self.trend_chart):
            charts.addWidget(c, 1)
        outer.addLayout(charts)
        self.shares_label = QLabel()
        self.shares_label.setAccessibleName(self.tr("目标完成情况"))
        outer.addWidget(self.shares_label)
        # Squads with items nobody could score (no file reviewed in the period): said before any number.
        self.no_data_label = QLabel()
        self.no_data_label.setWordWrap(True)
        self.no_data_label.setStyleSheet("color: #8a5300;")
        self.no_data_label.setAccessibleName(self.tr("无数据指标"))
        self.no_data_label.hide()
        outer.addWidget(self.no_data_label)

        split = QSplitter(Qt.Orientation.Vertical)
        self.squad_table = RecordTable([("name", self.tr("中队"))])
        self.squad_table.setObjectName("squadScores")  # its other columns are the rubric's dimensions (data)
        self.squad_table.setAccessibleName(self.tr("各中队得分"))
        self.squad_table.itemSelectionChanged.connect(self._squad_selected)
        split.addWidget(self.squad_table)
        lower = QWidget()
        low = QHBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        self.metric_table = RecordTable(
            [
                ("code", self.tr("指标")),
                ("name", self.tr("名称")),
                ("points_text", self.tr("得分/满分")),
                ("counts", self.tr("依据记录")),
                ("why", self.tr("计分说明")),
            ],
            # Long names and notes share the width (cut with "…", whole in the tooltip) so every column shows.
            elide=("name", "why"),
        )
        self.metric_table.setAccessibleName(self.tr("指标得分"))
        self.metric_table.cellDoubleClicked.connect(lambda row, _c: self.open_evidence(row))
        low.addWidget(self.metric_table, 3)
        self.dimension_chart = BarChart(self.tr("各维度得分"))
        low.addWidget(self.dimension_chart, 2)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        outer.addWidget(split, 1)
        self.reload()

    # ------------------------------------------------------------- loading
    def period_code(self) -> str:
        return self.period.currentText().strip()

    def _period_chosen(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        Op(self, rating.trend, self.session, self.period_code(), count=4).with_progress(
            self.tr("正在计算各中队考评…")
        ).success(self._loaded).failure(lambda exc: show_error(self, exc)).run()

    def _loaded(self, summaries: list[rating.Summary]) -> None:
        keep = self.selected_squad_code()
        self.summaries = summaries
        self.result = result = summaries[-1]
        rubric = result.rubric
        # the rubric's rule for items without data, short beside the version and whole in the tooltip
        self.rubric_label.setText(
            self.tr("考评细则：%1 版本 %2（%3）")
            .replace("%1", rubric.rubric)
            .replace("%2", rubric.version)
            .replace(
                "%3", self.tr("无数据项折算") if rubric.no_data == "rescale" else self.tr("无数据项不计分")
            )
        )
        self.rubric_label.setToolTip(
            self.tr("无数据的指标：%1").replace(
                "%1", rating_message(rating_rules.NO_DATA_MODES[rubric.no_data])
            )
        )
        dims = [(d.code, d.name, d.weight) for d in rubric.dimensions]
        self.squad_table.columns = (
            [("name", self.tr("中队"))]
            + [
                (
                    f"dim_{c}",
                    self.tr("%1 %2（%3）")
                    .replace("%1", c)
                    .replace("%2", rubric_text(n))
                    .replace("%3", f"{w:g}"),
                )
                for c, n, w in dims
            ]
            + [
                ("total", self.tr("总分")),
                ("stars_text", self.tr("星级")),
                ("no_data_text", self.tr("无数据指标")),
                ("veto_text", self.tr("一票否决")),
                ("gate_text", self.tr("规范化")),
            ]
        )
        self.squad_table.setColumnCount(len(self.squad_table.columns))
        self.squad_table.setHorizontalHeaderLabels([h for _, h in self.squad_table.columns])
        records = []
        for s in result.squads:
            rec: dict[str, Any] = {
                "squad_id": s.squad_id,
                "code": s.squad_code,
                "name": s.squad_name,
                "total": f"{s.score.total:.2f}",
                "stars_text": stars_text(s.score.stars),
                "veto_text": join(f"{c} {rubric_text(n)}" for c, n, _k in s.score.vetoes) or self.tr("无"),
                "gate_text": self.tr("达标")
                if s.score.gate_passed
                else self.tr("未达标：")
                + self.tr("；").join(gate_failure_text(f, rubric) for f in s.score.gate_failures),
                # items nobody could score (no file reviewed): no points, said here, above the table (how the
                # total was computed) and in each item's row
                "no_data_text": self._no_data_text(s.score),
                "status": "overdue"
                if s.score.vetoes or not s.score.gate_passed or s.score.too_little_data
                else "due_soon"
                if s.score.no_data
                else "",
            }
            for d in s.score.dimensions:
                rec[f"dim_{d.code}"] = f"{d.score:.2f}"
            records.append(rec)
        self.squad_table.set_records(records)
        lacking = [
            self.tr("%1：%2").replace("%1", s.squad_name).replace("%2", rating_message(*parts))
            for s in result.squads
            if (parts := rating_rules.no_data_parts(s.score, join))
        ]
        intro = (
            self.tr(
                "无数据的指标（考评期内没有评查或审核记录）不计入总分，总分按有数据的指标折算为百分制，"
                "星级据此评定。"
            )
            if rubric.no_data == "rescale"
            else self.tr("无数据的指标不计分（考评期内没有评查或审核记录），总分和星级据此计算。")
        )
        self.no_data_label.setText("\n".join([intro, *lacking]))
        self.no_data_label.setVisible(bool(lacking))
        many = len(result.squads) > 12
        self.totals_chart.set_data(
            [s.squad_code if many else s.squad_name for s in result.squads],
            [s.score.total for s in result.squads],
            lines=[(f"{n}★ {m:g}", m) for n, m in rubric.stars],
        )
        shares, targets = result.shares, rubric.targets
        self.targets_chart.set_data(
            [
                (self.tr("五星级中队占比"), shares.five_star_share, targets.get("five_star_share", 0)),
                (self.tr("星级中队占比"), shares.rated_share, targets.get("rated_share", 0)),
            ]
        )
        self.shares_label.setText(
            self.tr("五星级中队 %1/%3（目标 ≥ %4）；星级中队 %2/%3（目标 ≥ %5）")
            .replace("%1", str(shares.five_star))
            .replace("%2", str(shares.rated))
            .replace("%3", str(shares.squads))
            .replace("%4", f"{targets.get('five_star_share', 0):.0%}")
            .replace("%5", f"{targets.get('rated_share', 0):.0%}")
        )
        periods = [s.period.code for s in summaries]
        series: list[tuple[str, list[float | None]]] = []
        if len(result.squads) > 12:  # too many for a line each: the city-wide picture
            series = [
                (
                    self.tr("平均总分"),
                    [sum(x.score.total for x in s.squads) / max(len(s.squads), 1) for s in summaries],
                ),
                (self.tr("五星级占比%"), [s.shares.five_star_share * 100 for s in summaries]),
                (self.tr("星级占比%"), [s.shares.rated_share * 100 for s in summaries]),
            ]
        for squad in result.squads if not series else ():
            values = []
            for summary in summaries:
                found = next((x for x in summary.squads if x.squad_id == squad.squad_id), None)
                values.append(found.score.total if found else None)
            series.append((squad.squad_name, values))
        self.trend_chart.set_data(periods, series)
        self.squad_table.clearSelection()
        self.metric_table.set_records([])
        if records:
            codes = [r["code"] for r in records]
            self.squad_table.selectRow(codes.index(keep) if keep in codes else 0)

    def _no_data_text(self, score: rating_rules.SquadScore) -> str:
        """The squad table's 无数据指标 cell: the items, their points and what the total did with them."""
        if not score.no_data:
            return self.tr("无")
        codes = join(c for c, _n, _p in score.no_data)
        points = f"{score.no_data_points:g}"
        if not score.rescaled:
            return self.tr("%1（%2分，不计分）").replace("%1", codes).replace("%2", points)
        if score.too_little_data:
            return (
                self.tr("%1（%2分，有数据的仅%3分，不定星）")
                .replace("%1", codes)
                .replace("%2", points)
                .replace("%3", f"{score.measured:g}")
            )
        return (
            self.tr("%1（%2分，总分按%3分折算）")
            .replace("%1", codes)
            .replace("%2", points)
            .replace("%3", f"{score.measured:g}")
        )

    # ------------------------------------------------------------ selection
    def selected_squad(self) -> rating.SquadRating | None:
        rows = self.squad_table.selectionModel().selectedRows()
        if not rows or self.result is None or rows[0].row() >= len(self.squad_table.records):
            return None
        squad_id = self.squad_table.records[rows[0].row()]["squad_id"]
        return next((s for s in self.result.squads if s.squad_id == squad_id), None)

    def selected_squad_code(self) -> str | None:
        squad = self.selected_squad()
        return squad.squad_code if squad else None

    def _squad_selected(self) -> None:
        squad = self.selected_squad()
        if squad is None:
            return
        records = []
        for d in squad.score.dimensions:
            for m in d.metrics:
                records.append(
                    {
                        "code": m.code,
                        "name": rubric_text(m.name),
                        "metric": m.metric,
                        "method": m.method,
                        "points_text": self.tr("无数据 / %1").replace("%1", f"{m.max_points:g}")
                        if m.why == "no_data"
                        else f"{m.points:.2f} / {m.max_points:g}",
                        "counts": f"{m.measure.numerator:g} / {m.measure.denominator:g}",
                        "why": rating_message(*rating_rules.explain_parts(m)),
                        "status": "due_soon" if m.points < m.max_points - 1e-9 else "",
                    }
                )
        hit = {code: count for code, _name, count in squad.score.vetoes}
        for v in self.result.rubric.vetoes:
            count = hit.get(v.code, 0)
            records.append(
                {
                    "code": v.code,
                    "name": self.tr("一票否决：%1").replace("%1", rubric_text(v.name)),
                    "metric": v.metric,
                    "method": "veto",
                    "points_text": self.tr("触发") if count else self.tr("未触发"),
                    "counts": str(count),
                    "why": (
                        self.tr("考评期内%1起，最高评为%2星")
                        .replace("%1", str(count))
                        .replace("%2", str(self.result.rubric.veto_max_stars))
                    )
                    if count
                    else self.tr("考评期内未发生"),
                    "status": "overdue" if count else "",
                }
            )
        self.metric_table.set_records(records)
        self.dimension_chart.set_data(
            [d.code for d in squad.score.dimensions],
            [d.score for d in squad.score.dimensions],
            full=[d.weight for d in squad.score.dimensions],
            top=max([d.weight for d in squad.score.dimensions] + [1]),
        )
        self.dimension_chart.title = self.tr("%1 各维度得分").replace("%1", squad.squad_name)
        self.dimension_chart.setAccessibleName(self.dimension_chart.title)

    def select_squad(self, code: str) -> None:
        for row, rec in enumerate(self.squad_table.records):
            if rec["code"] == code:
                self.squad_table.selectRow(row)
                return

    # ------------------------------------------------------------ drill-down
    def open_selected_evidence(self) -> None:
        rows = self.metric_table.selectionModel().selectedRows()
        if rows:
            self.open_evidence(rows[0].row())

    def open_evidence(self, row: int, metric: str | None = None) -> EvidenceDialog | None:
        """The records behind metric ``row`` of the selected squad (or the metric key ``metric``)."""
        squad = self.selected_squad()
        if squad is None or self.result is None:
            return None
        rec = (
            self.metric_table.records[row]
            if metric is None
            else next(r for r in self.metric_table.records if r["metric"] == metric)
        )
        dialog = EvidenceDialog(self.session, self.result, squad, rec, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialogs.append(dialog)
        return dialog

    # ------------------------------------------------------------- printing
    def print_summary(self, squad_code: str | None) -> Op:
        """Render the printed summary (all squads, or one) and show it in a preview with print and save."""
        return (
            Op(self, rating.summary_pdf, self.session, self.period_code(), squad_code=squad_code)
            .with_progress(self.tr("正在生成考评汇总表…"))
            .success(self._show_pdf)
            .failure(lambda exc: show_error(self, exc))
            .run()
        )

    def _show_pdf(self, result: tuple[bytes, rating.Summary]) -> None:
        pdf, _summary = result
        self.changed.emit()
        dialog = ReportPreview(pdf, f"考评汇总表-{self.period_code()}.pdf", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialogs.append(dialog)

    def open_records(self) -> QWidget:
        from ui.widgets.rating_records import RatingRecords

        dialog = RatingRecords(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _w: (self.reload(), self.changed.emit()))
        dialog.show()
        self.dialogs.append(dialog)
        return dialog

    def open_rubric(self) -> QWidget:
        from ui.widgets.rubric_editor import RubricEditor

        editor = RubricEditor(self.session, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _v: self.reload())
        editor.show()
        self.dialogs.append(editor)
        return editor


class EvidenceDialog(QDialog):
    """The cases and records behind one metric of one squad, the failing ones first."""

    def __init__(
        self,
        session,
        result: rating.Summary,
        squad: rating.SquadRating,
        metric: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.details: list[QWidget] = []
        self.setWindowTitle(
            self.tr("%1 · %2 %3 的依据")
            .replace("%1", squad.squad_name)
            .replace("%2", metric["code"])
            .replace("%3", metric["name"])
        )
        self.setAccessibleName(self.tr("考评依据"))
        box = QVBoxLayout(self)
        why = QLabel(
            self.tr("%1 %2：%3")
            .replace("%1", metric["code"])
            .replace("%2", metric["name"])
            .replace("%3", metric["why"])
        )
        why.setWordWrap(True)
        why.setAccessibleName(self.tr("计分说明"))
        box.addWidget(why)
        self.table = RecordTable(
            [
                ("kind_label", self.tr("类型")),
                ("label", self.tr("记录")),
                ("note", self.tr("情况")),
                ("num_text", self.tr("计入分子")),
                ("den_text", self.tr("计入分母")),
            ]
        )
        self.table.setAccessibleName(self.tr("依据记录"))
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_case(row))
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("打开案件"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName(self.tr("打开案件"))
        self.open_button.clicked.connect(self._open_selected)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(860, 520)
        rows = rating.evidence(session, result.period, squad.squad_id, metric["metric"], rubric=result.rubric)
        for r in rows:
            r["kind_label"] = _evidence_tr(KIND_LABELS[r["kind"]]) if r["kind"] in KIND_LABELS else r["kind"]
            r["num_text"] = f"{r['num']:g}" if isinstance(r["num"], (int, float)) else str(r["num"])
            r["den_text"] = f"{r['den']:g}"
            r["label"] = evidence_label(r["label"] or "")
            r["note"] = evidence_note(metric["metric"], str(r["note"] or ""))
        self.table.set_records(rows, status_key=None)
        method = metric.get("method", "rate")
        for i, r in enumerate(rows):
            # What counts against the squad: a record left out of a rate, or a counted deduction or veto.
            against = (
                (not r["num"] and r["den"])
                if method in ("rate", "target")
                else (r["num"] and not r["den"])
                if method in ("deduct", "per_thousand", "veto")
                else False
            )
            if against:
                for c in range(self.table.columnCount()):
                    self.table.item(i, c).setBackground(QBrush(QColor("#f8d7da")))
        self.rows = rows

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_case(rows[0].row())

    def open_case(self, row: int) -> QWidget | None:
        case_id = self.rows[row].get("case_id")
        if not case_id:
            return None
        from ui.screens.case_detail import CaseDetail

        detail = CaseDetail(self.session, case_id)
        detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        detail.resize(1000, 760)
        detail.show()
        self.details.append(detail)
        return detail


class ReportPreview(QDialog):
    """The printed summary on screen, with 打印… and 另存为 PDF…."""

    def __init__(self, pdf: bytes, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.pdf_preview import PdfPreview

        self.pdf = pdf
        self.filename = filename
        self.setWindowTitle(self.tr("考评汇总表预览"))
        self.setAccessibleName(self.tr("考评汇总表预览"))
        box = QVBoxLayout(self)
        self.preview = PdfPreview()
        self.preview.set_pdf(pdf)
        box.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("打印…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setAccessibleName(self.tr("打印"))
        self.print_button.clicked.connect(self._print)
        self.save_button = buttons.addButton(self.tr("另存为 PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setAccessibleName(self.tr("另存为 PDF"))
        self.save_button.clicked.connect(lambda: self.save_to(None))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(760, 900)

    def save_to(self, path: str | None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存考评汇总表"), self.filename, self.tr("PDF 文件 (*.pdf)")
            )
            if not path:
                return None
        with open(path, "wb") as fh:
            fh.write(self.pdf)
        return path

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: Any) -> Op:
        from ui.printing import print_pdfs

        return (
            Op(self, print_pdfs, printer, [lambda: self.pdf])
            .with_progress(self.tr("正在打印…"), progress=True)
            .failure(lambda exc: show_error(self, exc))
            .run()
        )
