"""同案不同罚 tab: the spread of fines per matter and tier, per squad and officer, and the flagged cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from inspector.permissions import Action
from inspector.services import consistency
from ui.tasks import Op
from ui.translations import case_ref, tier_label
from ui.widgets.deadline_table import RecordTable
from ui.widgets.discretion_form import GuardPanel, yuan

PARTY_TYPES = {
    "person": QT_TRANSLATE_NOOP("Tab", "公民"),
    "organisation": QT_TRANSLATE_NOOP("Tab", "单位"),
    "individual_business": QT_TRANSLATE_NOOP("Tab", "个体工商户"),
}


def allowed(session) -> bool:
    return session.can(Action.LEGAL_REVIEW)


def _money(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, **{k.replace("_cents", ""): yuan(v) for k, v in row.items() if k.endswith("_cents")}}


class Tab(QWidget):
    """Distribution of fines and the cases far from the rest."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.groups: list[dict[str, Any]] = []
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.count = QLabel()
        bar.addWidget(self.count)
        bar.addStretch(1)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        outer.addLayout(bar)
        self.guard = GuardPanel(self)
        outer.addWidget(self.guard)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = RecordTable(
            [
                ("matter_name", self.tr("违法行为")),
                ("party", self.tr("当事人类型")),
                ("tier", self.tr("裁量阶次")),
                ("count", self.tr("案件数")),
                ("min", self.tr("最低（元）")),
                ("median", self.tr("中位数（元）")),
                ("max", self.tr("最高（元）")),
                ("flagged", self.tr("偏离案件")),
            ]
        )
        self.table.setAccessibleName("罚款分布")
        self.table.itemSelectionChanged.connect(self._selected)
        split.addWidget(self.table)
        detail = QSplitter()
        self.squads = RecordTable(
            [
                ("name", self.tr("中队")),
                ("count", self.tr("案件数")),
                ("median", self.tr("中位数（元）")),
                ("min", self.tr("最低")),
                ("max", self.tr("最高")),
            ]
        )
        self.officers = RecordTable(
            [
                ("name", self.tr("主办人")),
                ("count", self.tr("案件数")),
                ("median", self.tr("中位数（元）")),
                ("min", self.tr("最低")),
                ("max", self.tr("最高")),
            ]
        )
        detail.addWidget(self.squads)
        detail.addWidget(self.officers)
        split.addWidget(detail)
        self.outliers = RecordTable(
            [
                ("matter_name", self.tr("违法行为")),
                ("tier", self.tr("阶次")),
                ("case_no", self.tr("案件编号")),
                ("squad_name", self.tr("中队")),
                ("officer", self.tr("主办人")),
                ("fine", self.tr("罚款（元）")),
                ("median", self.tr("同类中位数（元）")),
                ("deviation_text", self.tr("偏离")),
            ]
        )
        self.outliers.setAccessibleName("偏离案件")
        split.addWidget(self.outliers)
        outer.addWidget(split, 1)
        self.reload()

    def reload(self) -> None:
        Op(self, consistency.distribution, self.session).success(self._loaded).failure(
            self.guard.show_error
        ).run()

    def _loaded(self, groups: list[dict[str, Any]]) -> None:
        self.groups = groups
        self.table.set_records(
            [
                _money(
                    {
                        **g,
                        "party": self.tr(str(PARTY_TYPES[g["party_type"]]))
                        if g["party_type"] in PARTY_TYPES
                        else g["party_type"],
                        "tier": tier_label(g["tier"]),
                        "flagged": len(g["outliers"]),
                    }
                )
                for g in groups
            ],
            status_key=None,
        )
        flat = []
        for g in groups:
            for o in g["outliers"]:
                flat.append(
                    _money(
                        {
                            **o,
                            "matter_name": g["matter_name"],
                            "tier": tier_label(g["tier"]),
                            "median_cents": g["median_cents"],
                            "case_no": case_ref(o["case_no"], o.get("procedure")),
                            "deviation_text": f"{o['deviation']:+.0%}",
                        }
                    )
                )
        self.outliers.set_records(flat, status_key=None)
        self.count.setText(
            self.tr("{0} 组同事项同阶次案件，{1} 件罚款明显偏离").format(len(groups), len(flat))
        )

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        g = self.groups[rows[0].row()]
        self.squads.set_records([_money(s) for s in g["by_squad"]], status_key=None)
        self.officers.set_records([_money(s) for s in g["by_officer"]], status_key=None)
