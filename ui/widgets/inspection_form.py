"""The inspection form (现场检查): keyboard-first fields, matter search with pinyin initials, party lookup.

Signals:
    changed(): any field changed (the screen autosaves a draft, debounced).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from inspector import clock
from inspector.law import matters
from inspector.model import InspectionOutcome, PartyKind
from inspector.services import inspections, parties
from ui.translations import workflow_text

PARTY_KINDS = (
    (PartyKind.PERSON, QT_TRANSLATE_NOOP("InspectionForm", "自然人")),
    (PartyKind.ORGANISATION, QT_TRANSLATE_NOOP("InspectionForm", "法人或其他组织")),
    (PartyKind.INDIVIDUAL_BUSINESS, QT_TRANSLATE_NOOP("InspectionForm", "个体工商户")),
)
ID_TYPES = (
    ("resident_id", QT_TRANSLATE_NOOP("InspectionForm", "居民身份证")),
    ("uscc", QT_TRANSLATE_NOOP("InspectionForm", "统一社会信用代码")),
    ("passport", QT_TRANSLATE_NOOP("InspectionForm", "护照")),
    ("hk_macau_permit", QT_TRANSLATE_NOOP("InspectionForm", "港澳居民来往内地通行证")),
    ("taiwan_permit", QT_TRANSLATE_NOOP("InspectionForm", "台湾居民来往大陆通行证")),
    ("other", QT_TRANSLATE_NOOP("InspectionForm", "其他")),
)


class InspectionForm(QWidget):
    """All fields of one inspection; :meth:`values` gives the mapping the use case takes."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.party_id: str | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        now = _qdt(clock.iso())  # the station's clock (the form may not default to a day the core refuses)
        self.started = self._named(QDateTimeEdit(now.addSecs(-1800), self), "检查开始时间")
        self.ended = self._named(QDateTimeEdit(now, self), "检查结束时间")
        for w in (self.started, self.ended):
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
            w.setCalendarPopup(True)
        times = QHBoxLayout()
        times.addWidget(self.started)
        times.addWidget(QLabel(self.tr("至"), self))
        times.addWidget(self.ended)
        form.addRow(self.tr("检查时间(&T)"), times)

        self.address = self._named(QLineEdit(self), "检查地点")
        form.addRow(self.tr("地点(&D)"), self.address)
        self.street = self._named(QComboBox(self), "街道")
        self.street.addItem("", "")
        for s in matters.places():
            self.street.addItem(s, s)
        self.community = self._named(QComboBox(self), "社区")
        self.street.currentIndexChanged.connect(self._fill_communities)
        place = QHBoxLayout()
        place.addWidget(self.street)
        place.addWidget(self.community)
        form.addRow(self.tr("街道/社区"), place)
        self.latitude = self._named(QLineEdit(self), "纬度")
        self.longitude = self._named(QLineEdit(self), "经度")
        self.latitude.setPlaceholderText(self.tr("纬度"))
        self.longitude.setPlaceholderText(self.tr("经度"))
        gps = QHBoxLayout()
        gps.addWidget(self.latitude)
        gps.addWidget(self.longitude)
        self.gps_hint = QLabel(self.tr("Ctrl+G 取照片坐标"), self)
        gps.addWidget(self.gps_hint)
        form.addRow(self.tr("GPS"), gps)

        self.officers = self._named(QListWidget(self), "执法人员")
        self.officers.setMaximumHeight(130)
        own = session.user.officer_id
        for o in inspections.eligible_officers(session):
            label = self.tr("{0}（{1}，有效期至 {2}）").format(o["name"], o["cert_no"], o["cert_expiry"])
            if not o["valid"]:
                label += self.tr(" 已过期")
            item = QListWidgetItem(label, self.officers)
            item.setData(Qt.ItemDataRole.UserRole, o["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if o["id"] == own else Qt.CheckState.Unchecked)
            if not o["valid"]:
                item.setForeground(Qt.GlobalColor.gray)
        self.officers.itemChanged.connect(self._changed)
        form.addRow(self.tr("执法人员(&O)\n（至少两名，空格勾选）"), self.officers)

        self.party_kind = self._named(QComboBox(self), "当事人类型")
        for value, label in PARTY_KINDS:
            self.party_kind.addItem(self.tr(label), str(value))
        self.party_name = self._named(QLineEdit(self), "当事人姓名或名称")
        self._party_model = QStringListModel(self)
        self._party_rows: dict[str, dict[str, Any]] = {}
        completer = QCompleter(self._party_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._party_chosen)
        self.party_name.setCompleter(completer)
        self.party_name.textEdited.connect(self._party_lookup)
        who = QHBoxLayout()
        who.addWidget(self.party_kind)
        who.addWidget(self.party_name, 1)
        form.addRow(self.tr("当事人(&P)"), who)
        self.id_type = self._named(QComboBox(self), "证件类型")
        for value, label in ID_TYPES:
            self.id_type.addItem(self.tr(label), value)
        self.id_number = self._named(QLineEdit(self), "证件号码")
        self.id_number.editingFinished.connect(self._party_by_number)
        self.phone = self._named(QLineEdit(self), "联系电话")
        ids = QHBoxLayout()
        ids.addWidget(self.id_type)
        ids.addWidget(self.id_number, 1)
        ids.addWidget(self.phone)
        form.addRow(self.tr("证件"), ids)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("当事人违法记录"))
        form.addRow("", self.history)

        self.matter_search = self._named(QLineEdit(self), "执法事项搜索")
        self.matter_search.setPlaceholderText(self.tr("输入名称或拼音首字母（如 zdjy），回车添加"))
        self._matter_model = QStringListModel(self)
        mcompleter = QCompleter(self._matter_model, self)
        mcompleter.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        mcompleter.activated.connect(self._matter_activated)
        self.matter_search.setCompleter(mcompleter)
        self.matter_search.textEdited.connect(self._matter_lookup)
        self.matter_search.returnPressed.connect(self._matter_enter)
        self.matter_list = self._named(QListWidget(self), "已选执法事项")
        self.matter_list.setMaximumHeight(80)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.matter_list,
            activated=self._remove_matter,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.joint = QLabel(self)
        self.joint.setAccessibleName(self.tr("综合查一次"))
        form.addRow(self.tr("执法事项(&M)"), self.matter_search)
        form.addRow("", self.matter_list)
        form.addRow("", self.joint)

        self.situation = self._named(QPlainTextEdit(self), "现场情况")
        self.situation.setTabChangesFocus(True)
        self.situation.setMaximumHeight(90)
        form.addRow(self.tr("现场情况(&S)"), self.situation)
        self.measurements = self._named(QLineEdit(self), "测量情况")
        form.addRow(self.tr("测量"), self.measurements)
        self.witness = self._named(QLineEdit(self), "见证人")
        form.addRow(self.tr("见证人"), self.witness)
        self.outcome = self._named(QComboBox(self), "处理结果")
        for value, label in inspections.OUTCOME_LABELS.items():
            self.outcome.addItem(workflow_text(label), str(value))
        self.deadline = self._named(QDateEdit(QDate.currentDate().addDays(7), self), "改正期限")
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setCalendarPopup(True)
        self.deadline.setEnabled(False)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        result = QHBoxLayout()
        result.addWidget(self.outcome)
        result.addWidget(QLabel(self.tr("改正期限"), self))
        result.addWidget(self.deadline)
        form.addRow(self.tr("处理结果(&R)"), result)

        for w in (self.started, self.ended, self.deadline):
            w.dateTimeChanged.connect(self._changed)
        for w in (
            self.address,
            self.latitude,
            self.longitude,
            self.party_name,
            self.id_number,
            self.phone,
            self.measurements,
            self.witness,
        ):
            w.textChanged.connect(self._changed)
        self.situation.textChanged.connect(self._changed)
        for w in (self.street, self.community, self.party_kind, self.id_type, self.outcome):
            w.currentIndexChanged.connect(self._changed)
        order = [
            self.started,
            self.ended,
            self.address,
            self.street,
            self.community,
            self.latitude,
            self.longitude,
            self.officers,
            self.party_kind,
            self.party_name,
            self.id_type,
            self.id_number,
            self.phone,
            self.matter_search,
            self.matter_list,
            self.situation,
            self.measurements,
            self.witness,
            self.outcome,
            self.deadline,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _named(self, widget, name: str):
        widget.setAccessibleName(self.tr(name))
        widget.setObjectName(name)
        return widget

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    # ---------------------------------------------------------- helpers
    def _fill_communities(self) -> None:
        self.community.clear()
        self.community.addItem("", "")
        for c in matters.places().get(self.street.currentData() or "", ()):
            self.community.addItem(c, c)

    def _outcome_changed(self) -> None:
        self.deadline.setEnabled(self.outcome.currentData() == InspectionOutcome.ORDER_CORRECTION)

    def _matter_lookup(self, text: str) -> None:
        self._matter_hits = matters.search(text, limit=12)
        self._matter_model.setStringList([f"{m.name}　{m.department}" for m in self._matter_hits])

    def _matter_activated(self, text: str) -> None:
        name = text.split("　")[0]
        m = next((m for m in matters.catalogue() if m.name == name), None)
        if m:
            self.add_matter(m.code)
        self.matter_search.clear()

    def _matter_enter(self) -> None:
        hits = matters.search(self.matter_search.text(), limit=1)
        if hits and self.matter_search.text().strip():
            self.add_matter(hits[0].code)
        self.matter_search.clear()

    def add_matter(self, code: str) -> None:
        if code in self.matter_codes():
            return
        m = matters.by_code(code)
        if m is None:
            return
        item = QListWidgetItem(f"{m.name}（{m.department}）", self.matter_list)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self._update_joint()
        self._changed()

    def _remove_matter(self) -> None:
        row = self.matter_list.currentRow()
        if row >= 0:
            self.matter_list.takeItem(row)
            self._update_joint()
            self._changed()

    def _update_joint(self) -> None:
        codes = self.matter_codes()
        self.joint.setText(
            self.tr("综合查一次（{0} 个事项）").format(len(codes)) if matters.is_joint(codes) else ""
        )

    def matter_codes(self) -> list[str]:
        return [
            self.matter_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.matter_list.count())
        ]

    def officer_ids(self) -> list[str]:
        return [
            self.officers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.officers.count())
            if self.officers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _party_lookup(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        rows = parties.find(self.session, text, limit=8)
        self._party_rows = {f"{r['name']}　{r['id_number']}": r for r in rows}
        self._party_model.setStringList(list(self._party_rows))

    def _party_chosen(self, text: str) -> None:
        row = self._party_rows.get(text)
        if row:
            self.use_party(row)

    def _party_by_number(self) -> None:
        number = self.id_number.text().strip()
        if len(number) >= 15 and self.party_id is None:
            rows = parties.find(self.session, number, limit=1)
            if rows and rows[0]["id_number"] == number.upper():
                self.use_party(rows[0])

    def use_party(self, row: dict[str, Any]) -> None:
        """Fill the party fields from an existing party and show their earlier violations."""
        self._loading = True
        self.party_id = row["id"]
        self._set_combo(self.party_kind, row["kind"])
        self.party_name.setText(row["name"])
        self._set_combo(self.id_type, row["id_type"])
        self.id_number.setText(row["id_number"])
        self.phone.setText(row.get("phone") or "")
        self._loading = False
        self.show_history(parties.history(self.session, row["id"]))
        self._changed()

    def show_history(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            self.history.setText(self.tr("无违法记录"))
            return
        items = "；".join(f"{(r['clue_at'] or '')[:10]} {r['matter_name']}" for r in rows[:5])
        self.history.setText(self.tr("此前违法记录 {0} 条：{1}").format(len(rows), items))

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    def set_gps(self, lat: float, lon: float) -> None:
        self.latitude.setText(f"{lat:.6f}")
        self.longitude.setText(f"{lon:.6f}")

    # ------------------------------------------------------------ values
    def values(self) -> dict[str, Any]:
        party: dict[str, Any] | None = None
        if self.party_name.text().strip() or self.id_number.text().strip():
            party = {
                "kind": self.party_kind.currentData(),
                "name": self.party_name.text().strip(),
                "id_type": self.id_type.currentData(),
                "id_number": self.id_number.text().strip(),
            }
            if self.phone.text().strip():
                party["phone"] = self.phone.text().strip()
            if self.party_id:
                party["id"] = self.party_id
        return {
            "started_at": _iso(self.started.dateTime()),
            "ended_at": _iso(self.ended.dateTime()),
            "address": self.address.text().strip(),
            "street": self.street.currentData() or "",
            "community": self.community.currentData() or "",
            "latitude": self.latitude.text().strip() or None,
            "longitude": self.longitude.text().strip() or None,
            "officer_ids": self.officer_ids(),
            "party": party,
            "matter_codes": self.matter_codes(),
            "situation": self.situation.toPlainText(),
            "measurements": self.measurements.text(),
            "witness": self.witness.text(),
            "outcome": self.outcome.currentData(),
            "correction_deadline": self.deadline.date().toString("yyyy-MM-dd")
            if self.deadline.isEnabled()
            else None,
        }

    def set_values(self, v: dict[str, Any]) -> None:
        """Fill the form from a saved inspection or a draft."""
        self._loading = True
        try:
            for w, key in ((self.started, "started_at"), (self.ended, "ended_at")):
                if v.get(key):
                    w.setDateTime(_qdt(v[key]))
            self.address.setText(v.get("address") or "")
            self._set_combo(self.street, v.get("street") or "")
            self._fill_communities()
            self._set_combo(self.community, v.get("community") or "")
            self.latitude.setText("" if v.get("latitude") in (None, "") else str(v["latitude"]))
            self.longitude.setText("" if v.get("longitude") in (None, "") else str(v["longitude"]))
            wanted = set(v.get("officer_ids") or [])
            for i in range(self.officers.count()):
                item = self.officers.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in wanted
                    else Qt.CheckState.Unchecked
                )
            party = v.get("party") or {}
            self.party_id = party.get("id")
            self._set_combo(self.party_kind, party.get("kind") or "person")
            self.party_name.setText(party.get("name") or "")
            self._set_combo(self.id_type, party.get("id_type") or "resident_id")
            self.id_number.setText(party.get("id_number") or "")
            self.phone.setText(party.get("phone") or "")
            self.matter_list.clear()
            for code in v.get("matter_codes") or []:
                m = matters.by_code(code)
                if m:
                    QListWidgetItem(f"{m.name}（{m.department}）", self.matter_list).setData(
                        Qt.ItemDataRole.UserRole, code
                    )
            self._update_joint()
            self.situation.setPlainText(v.get("situation") or "")
            self.measurements.setText(v.get("measurements") or "")
            self.witness.setText(v.get("witness") or "")
            self._set_combo(self.outcome, v.get("outcome") or "no_violation")
            self._outcome_changed()
            if v.get("correction_deadline"):
                self.deadline.setDate(QDate.fromString(v["correction_deadline"][:10], "yyyy-MM-dd"))
        finally:
            self._loading = False
        history = v.get("party_history")
        if history is not None:
            self.show_history(history)
        else:
            self.history.clear()

    def clear(self) -> None:
        now = _qdt(clock.iso())
        self.set_values({"started_at": None, "officer_ids": [self.session.user.officer_id]})
        self._loading = True
        self.started.setDateTime(now.addSecs(-1800))
        self.ended.setDateTime(now)
        self._loading = False


def _iso(value: QDateTime) -> str:
    d, t = value.date(), value.time()
    local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=clock.LOCAL_TZ)
    return local.isoformat()


def _qdt(iso: str) -> QDateTime:
    value = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=clock.LOCAL_TZ)
    local = value.astimezone(clock.LOCAL_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
