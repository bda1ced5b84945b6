"""The conflict dialog: a row's station and central versions side by side; keep one or merge field by field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.station import Session
from inspector.sync import conflicts
from ui.messages import show_error

# Names a squad leader recognises for every synced table (the 同步 screen counts them) and the columns most often
# in conflict (other columns show as stored).
ENTITY_LABELS = {
    "cases": QT_TRANSLATE_NOOP("ConflictDialog", "案件"),
    "inspections": QT_TRANSLATE_NOOP("ConflictDialog", "现场检查"),
    "evidence": QT_TRANSLATE_NOOP("ConflictDialog", "证据"),
    "documents": QT_TRANSLATE_NOOP("ConflictDialog", "文书"),
    "reviews": QT_TRANSLATE_NOOP("ConflictDialog", "审核意见"),
    "parties": QT_TRANSLATE_NOOP("ConflictDialog", "当事人"),
    "squads": QT_TRANSLATE_NOOP("ConflictDialog", "中队"),
    "officers": QT_TRANSLATE_NOOP("ConflictDialog", "执法人员"),
    "users": QT_TRANSLATE_NOOP("ConflictDialog", "用户"),
    "settings": QT_TRANSLATE_NOOP("ConflictDialog", "设置"),
    "agencies": QT_TRANSLATE_NOOP("ConflictDialog", "执法机关"),
    "case_events": QT_TRANSLATE_NOOP("ConflictDialog", "案件进程"),
    "case_officers": QT_TRANSLATE_NOOP("ConflictDialog", "案件承办人"),
    "inspection_officers": QT_TRANSLATE_NOOP("ConflictDialog", "检查人员"),
    "discretion_records": QT_TRANSLATE_NOOP("ConflictDialog", "裁量记录"),
    "calendar_years": QT_TRANSLATE_NOOP("ConflictDialog", "节假日历"),
    "benchmark_catalogues": QT_TRANSLATE_NOOP("ConflictDialog", "裁量基准"),
    "case_transfers": QT_TRANSLATE_NOOP("ConflictDialog", "案件移送"),
    "casefile_evaluations": QT_TRANSLATE_NOOP("ConflictDialog", "案卷评查"),
    "document_texts": QT_TRANSLATE_NOOP("ConflictDialog", "文书正文"),
    "evidence_annotations": QT_TRANSLATE_NOOP("ConflictDialog", "证据标注"),
    "inspection_matters": QT_TRANSLATE_NOOP("ConflictDialog", "检查事项"),
    "number_register": QT_TRANSLATE_NOOP("ConflictDialog", "文号登记"),
    "preserved_items": QT_TRANSLATE_NOOP("ConflictDialog", "登记保存物品"),
    "publicity_records": QT_TRANSLATE_NOOP("ConflictDialog", "执法公示"),
    "random_draws": QT_TRANSLATE_NOOP("ConflictDialog", "双随机抽取"),
    "rating_incidents": QT_TRANSLATE_NOOP("ConflictDialog", "考评事件"),
    "rating_rubrics": QT_TRANSLATE_NOOP("ConflictDialog", "考评细则"),
    "rating_snapshots": QT_TRANSLATE_NOOP("ConflictDialog", "考评结果"),
    "review_extensions": QT_TRANSLATE_NOOP("ConflictDialog", "审核延期"),
    "soft_enforcements": QT_TRANSLATE_NOOP("ConflictDialog", "柔性执法"),
    "squad_gate_checks": QT_TRANSLATE_NOOP("ConflictDialog", "规范化条件核查"),
    "training_records": QT_TRANSLATE_NOOP("ConflictDialog", "培训记录"),
    "monitoring_devices": QT_TRANSLATE_NOOP("ConflictDialog", "监控设备"),
}
FIELD_LABELS = {
    "address": QT_TRANSLATE_NOOP("ConflictDialog", "地址"),
    "summary": QT_TRANSLATE_NOOP("ConflictDialog", "案情摘要"),
    "state": QT_TRANSLATE_NOOP("ConflictDialog", "状态"),
    "matter_name": QT_TRANSLATE_NOOP("ConflictDialog", "违法事项"),
    "matter_code": QT_TRANSLATE_NOOP("ConflictDialog", "事项编码"),
    "fine_cents": QT_TRANSLATE_NOOP("ConflictDialog", "罚款（分）"),
    "act_date": QT_TRANSLATE_NOOP("ConflictDialog", "违法行为日期"),
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "名称"),
    "jurisdiction": QT_TRANSLATE_NOOP("ConflictDialog", "管辖范围"),
    "situation": QT_TRANSLATE_NOOP("ConflictDialog", "现场情况"),
    "opinion": QT_TRANSLATE_NOOP("ConflictDialog", "意见"),
    "verdict": QT_TRANSLATE_NOOP("ConflictDialog", "结论"),
}


def entity_label(entity: str) -> str:
    label = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate("ConflictDialog", str(label)) if label else entity


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return f"{QCoreApplication.translate('ConflictDialog', str(label))}（{name}）" if label else name


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def station_text(author: conflicts.Author, *, with_id: bool = False) -> str:
    """The station that wrote a version: its name (本站 for this one), and its id where asked or no name is known."""
    if not author.station_id:
        return QCoreApplication.translate("ConflictDialog", "站点未记录")
    name = author.station_name
    if author.here:
        name = (
            QCoreApplication.translate("ConflictDialog", "%1（本站）").replace("%1", name)
            if name
            else QCoreApplication.translate("ConflictDialog", "本站")
        )
    if not name:
        return QCoreApplication.translate("ConflictDialog", "站点 %1").replace("%1", author.station_id)
    return f"{name}\n{author.station_id}" if with_id else name


def person_text(author: conflicts.Author) -> str:
    if not author.username:
        return QCoreApplication.translate("ConflictDialog", "修改人未记录")
    return f"{author.person}（{author.username}）" if author.person else author.username


def time_text(author: conflicts.Author) -> str:
    from ui.messages import local_time

    return local_time(author.at) if author.at else QCoreApplication.translate("ConflictDialog", "时间未记录")


def author_text(author: conflicts.Author) -> str:
    """One line: station · person · time."""
    return " · ".join((station_text(author), person_text(author), time_text(author)))


class ConflictDialog(QDialog):
    """Resolve one conflict. ``choices`` (field → 'station'|'central') is what the combo boxes say."""

    def __init__(self, session: Session, conflict: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.conflict = conflict
        self.setWindowTitle(self.tr("处理同步冲突"))
        self.setObjectName("conflictDialog")
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "“%1”记录（%2）在本站和中心都被修改过。逐项选择保留哪一方的内容，"
                "合并结果会作为新版本保存并在下次同步时发送；处理过程记入执法全过程记录。"
            )
            .replace("%1", entity_label(conflict["entity"]))
            .replace("%2", str(conflict["station_data"].get("case_no") or conflict["entity_id"]))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = conflicts.differing_fields(conflict)
        # Who wrote each version, then the fields that differ, in the same two columns.
        self.authors = conflicts.authors(session.station, conflict)
        mine, theirs = self.authors
        about = [
            (self.tr("版本"), str(mine.version), str(theirs.version)),
            (self.tr("修改站点"), station_text(mine, with_id=True), station_text(theirs, with_id=True)),
            (self.tr("修改人"), person_text(mine), person_text(theirs)),
            (self.tr("修改时间"), time_text(mine), time_text(theirs)),
        ]
        self.table = QTableWidget(len(about) + len(self.fields), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("字段"), self.tr("本站版本"), self.tr("中心版本"), self.tr("保留")]
        )
        self.table.setAccessibleName(self.tr("冲突字段对照"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        shade = self.palette().alternateBase()
        for row, cells in enumerate(about):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(shade)
                self.table.setItem(row, column, item)
        self.combos: dict[str, QComboBox] = {}
        for row, name in enumerate(self.fields, start=len(about)):
            self.table.setItem(row, 0, QTableWidgetItem(field_label(name)))
            self.table.setItem(row, 1, QTableWidgetItem(_text(conflict["station_data"].get(name))))
            self.table.setItem(row, 2, QTableWidgetItem(_text(conflict["central_data"].get(name))))
            combo = QComboBox()
            combo.addItem(self.tr("本站"), "station")
            combo.addItem(self.tr("中心"), "central")
            combo.setAccessibleName(self.tr("保留哪一方：%1").replace("%1", name))
            self.table.setCellWidget(row, 3, combo)
            self.combos[name] = combo
        # The two versions share the width and wrap, so the 保留 column stays in view however long a value is.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        quick = QHBoxLayout()
        self.all_station = QPushButton(self.tr("全部保留本站版本"))
        self.all_central = QPushButton(self.tr("全部保留中心版本"))
        self.all_station.clicked.connect(lambda: self.choose_all("station"))
        self.all_central.clicked.connect(lambda: self.choose_all("central"))
        quick.addWidget(self.all_station)
        quick.addWidget(self.all_central)
        quick.addStretch(1)
        layout.addLayout(quick)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("按所选保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_all(self, side: str) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(side))

    def choices(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def resolve(self) -> None:
        try:
            conflicts.resolve(
                self.session, self.conflict["central_id"], keep="station", choices=self.choices()
            )
        except Exception as exc:  # noqa: BLE001 - typed errors become words, bugs the crash dialog
            show_error(self, exc)
            return
        self.accept()
