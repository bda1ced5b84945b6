"""The English interface leaves no Chinese interface text: each role walks every section, tab and dialog it can
open without changing anything, on a demo station with cases in every state.

What a person reads is collected (labels, buttons, group titles, tab titles, table headers and cells, list
items, combo-box choices, tooltips, placeholders, window titles, menu actions; see tests/ui/english_walk.py).
Chinese may remain only in user data (names, addresses, case numbers, what was typed into a form) and in the
station's reference data (the discretion catalogue's matter names, legal bases and conditions, the holiday
calendars' sources, the district's streets); everything the program itself says must be English. The
dialogs: the case window of a case in each state with every step form it offers and the documents' issue
dialog for each type (and why a document cannot be issued yet), the clue form refusing a wrong ID number, the
inspection form refusing a wrong credit code, the review desk, the 案卷评查 scoring sheet of a case in each
state, the rubric editor, the rating records and each metric's drill-down.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QWidget

from inspector.permissions import Action, Role
from tests.ui.english_walk import chinese_left, window_texts
from ui.main_window import MainWindow

ROLES = [Role.OFFICER, Role.SQUAD_LEADER, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN]

# What the station's users entered (stays as entered, in Chinese), table by table.
USER_DATA = {
    "agencies": (
        "name",
        "short_name",
        "address",
        "review_body",
        "litigation_court",
        "bank_name",
        "bank_account_name",
    ),
    "squads": ("name", "jurisdiction"),
    "officers": ("name", "unit", "post", "cert_no"),
    "users": ("display_name",),
    "parties": ("name", "legal_rep", "sex", "address", "id_number"),
    "cases": ("case_no", "matter_name", "summary", "address"),
    "case_transfers": ("receiver", "reason"),
    "inspections": ("address", "street", "community", "situation", "measurements"),
    "inspection_matters": ("matter_name", "department"),
    "documents": ("number",),
    "number_register": ("number", "series"),
    "discretion_records": ("reason",),
    "reviews": ("opinion",),
    "evidence": ("filename",),
    "monitoring_devices": ("location", "legal_review_ref", "tech_review_ref", "published_where"),
}
# Chinese that stays on purpose in the English interface: the language choice names each language in its own
# words, and the example of a document-type code is the character printed in the document numbers.
MEANT = {"中文", "penalty_decision=罚"}


def user_data(station) -> set[str]:
    values = {station.db.scalar("SELECT value FROM station_meta WHERE key = 'station_name'") or ""}
    for table, columns in USER_DATA.items():
        for column in columns:
            values |= {
                r[0] for r in station.db.conn.execute(f"SELECT DISTINCT {column} FROM {table}") if r[0]
            }
    for (data,) in station.db.conn.execute("SELECT data FROM case_events"):  # typed into a step's form
        values |= {v for v in json.loads(data or "{}").values() if isinstance(v, str)}
    return {v for v in values | catalogue_data() | MEANT if isinstance(v, str) and v}


def catalogue_data() -> set[str]:
    """The shipped reference data: the discretion catalogue (matter names, legal bases, conditions), the holiday
    calendars, the matters list and the district's streets and communities; a tier's name is not data (the
    interface translates it)."""
    import importlib.resources

    out: set[str] = set()

    def strings(value, key="") -> None:
        if isinstance(value, str) and key != "tier":
            out.add(value)
        elif isinstance(value, dict):
            if key == "streets":
                out.update(value)
            for k, v in value.items():
                strings(v, k)
        elif isinstance(value, list):
            for v in value:
                strings(v, key)

    folder = importlib.resources.files("resources")
    shipped = [*folder.joinpath("benchmarks").iterdir(), *folder.joinpath("calendars").iterdir()]
    for path in [*shipped, folder / "matters.json", folder / "places.json"]:
        if str(path).endswith(".json"):
            strings(json.loads(path.read_text(encoding="utf-8")))
    return out


@pytest.fixture
def demo_station(station):
    """The demo station with 40 cases spread over every state (hearing thresholds set, so notices go out)."""
    from inspector import demo
    from tests.integration.workflow_support import set_hearing_thresholds

    set_hearing_thresholds(station)
    demo.fill(station, cases=40, photos=False)
    return station


@pytest.mark.parametrize("role", ROLES)
def test_english_interface_leaves_no_chinese(qtbot, qapp, demo_station, login, close_boxes, role):
    from ui.translations import apply_language

    station = demo_station
    session = login(role)
    apply_language(qapp, "en")
    try:
        window = MainWindow(session, idle_ms=0)
        qtbot.addWidget(window)
        window.show()
        shown: list[tuple[str, str]] = []
        for key in window.section_keys():
            window.open_section(key)
            shown += [(f"{key}: {w}", t) for w, t in window_texts(window)]
        seen = Walk(window, session, station, close_boxes)
        seen.all()
        shown += seen.shown
    finally:
        apply_language(qapp, "zh_CN")
    left = chinese_left(shown, user_data(station))
    assert not left, f"{len(left)} Chinese texts left in the English interface:\n" + "\n".join(left)
    assert seen.opened, "no dialog was opened"
    for refusal in seen.refusals:  # the wrong ID numbers are refused in English, with the reason
        assert "check character" in refusal, refusal


class Walk:
    """The dialogs of one role, opened one by one and closed again without saving anything."""

    def __init__(self, window, session, station, close_boxes) -> None:
        self.window, self.session, self.station = window, session, station
        self.close_boxes = close_boxes
        self.shown: list[tuple[str, str]] = []
        self.opened: list[str] = []
        self.refusals: list[str] = []

    def take(self, where: str, widget: QWidget) -> None:
        self.opened.append(where)
        self.shown += [(f"{where}: {w}", t) for w, t in window_texts(widget)]

    def boxes(self, where: str) -> list[str]:
        texts = []
        for box in self.close_boxes():
            self.take(where, box)
            texts.append(box.text())
            box.done(0)
        return texts

    def all(self) -> None:
        screens, can = self.window.screens, self.session.can
        if can(Action.CASE_CREATE):
            self.clue_form(screens["dashboard"])
        if "inspections" in screens and can(Action.INSPECTION_EDIT):
            self.inspection_form(screens["inspections"])
        if "cases" in screens:
            self.cases(screens["cases"])
        if "reviews" in screens:
            self.reviews(screens["reviews"])
        if "rating" in screens:
            self.rating(screens["rating"])

    def clue_form(self, dashboard) -> None:
        dialog = dashboard.open_clue()
        self.take("clue form", dialog)
        dialog.party_name.setText("张三")
        dialog.id_number.setText("330102198003041234")  # wrong check character
        dialog.submit()
        assert dialog.error.text(), "the wrong ID number was accepted"
        self.refusals.append(dialog.error.text())
        self.take("clue form refused", dialog)
        dialog.reject()

    def inspection_form(self, screen) -> None:
        from PySide6.QtCore import Qt

        from inspector.services import inspections

        form = screen.form
        screen.new()
        form.set_values({"address": "解放路1号", "matter_codes": ["330217001000"]})
        form.party_kind.setCurrentIndex(form.party_kind.findData("organisation"))
        form.id_type.setCurrentIndex(form.id_type.findData("uscc"))
        form.party_name.setText("某某公司")
        form.address.setText("解放路1号")
        form.id_number.setText("91330102MA2B3C4D5Y")  # wrong check character
        screen.save()  # no officers ticked: refused (Art. 42), in a message box
        refused = self.boxes("inspection form refused")
        assert any("Administrative Penalty Law Art. 42" in text for text in refused), refused
        valid = [o["id"] for o in inspections.eligible_officers(self.session) if o["valid"]][:2]
        for i in range(form.officers.count()):
            item = form.officers.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in valid:
                item.setCheckState(Qt.CheckState.Checked)
        screen.save()  # now the credit code's check character is wrong
        refused = self.boxes("inspection form refused")
        assert refused, "the wrong credit code was accepted"
        self.refusals += refused
        screen.new()

    def cases(self, screen) -> None:
        from inspector.services import workflow as wf
        from ui.widgets.step_dialog import StepDialog

        first: dict[str, str] = {}
        for r in self.station.db.query("SELECT id, state FROM cases ORDER BY state, id"):
            first.setdefault(r["state"], r["id"])
        for state, case_id in first.items():
            detail = screen.open_case(case_id)
            self.take(f"case {state}", detail)
            for step, button in list(detail.step_buttons.items()):
                if step == "legal_review":  # the review desk, walked from the 法制审核 section
                    continue
                preview = wf.step_preview(self.session, case_id, step)
                dialog = StepDialog(step, button.accessibleName(), detail, preview=preview)
                self.take(f"case {state} step {step}", dialog)
                dialog.reject()
            if self.session.can(Action.DOCUMENT_ISSUE):
                detail.tabs.setCurrentWidget(detail.documents)
                dialog = detail.documents.open_issue()
                for i in range(dialog.type_box.count()):
                    dialog.type_box.setCurrentIndex(i)
                    self.take(f"case {state} issue {dialog.type_box.currentData()}", dialog)
                dialog.reject()
            detail.hide()

    def reviews(self, screen) -> None:
        if getattr(screen, "queue", None) is not None:
            for record in list(screen.queue.table.records)[:3]:
                page = screen.queue.open_case(record["case_id"])
                self.take("review desk", page)
                page.close()
        if getattr(screen, "casefile", None) is not None:
            tab = screen.casefile
            tab.include_open.setChecked(True)  # mock evaluations of open cases too
            done: set[str] = set()
            for record in list(tab.cases.records):
                if record["state"] not in done:
                    done.add(record["state"])
                    tab.open_case(record["case_id"])
                    self.take(f"scoring sheet {record['state']}", tab)

    def rating(self, screen) -> None:
        editor = screen.open_rubric()
        self.take("rubric editor", editor)
        editor.close()
        if screen.records_button.isEnabled():
            records = screen.open_records()
            self.take("rating records", records)
            records.close()
        if screen.squad_table.records:
            screen.select_squad(screen.squad_table.records[0]["code"])
        for row in range(screen.metric_table.rowCount()):
            dialog = screen.open_evidence(row)
            if dialog is not None:
                self.take("rating drill-down", dialog)
                dialog.close()


def test_the_walk_finds_chinese_left_outside_user_data(qtbot):
    """The check itself: interface text in Chinese is found, a name the user typed is not."""
    from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout

    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel("Party: 张三"))
    box = QComboBox()
    box.addItems(["Fine", "不予处罚"])
    layout.addWidget(box)
    assert chinese_left(window_texts(widget), {"张三"}) == ["QComboBox#.item1: '不予处罚'"]


def test_citations_problems_and_refusals_read_in_english_and_stay_chinese(qapp):
    """A citation of several provisions (《行政处罚法》第四十四条、第六十二条) reads provision by provision, as the
    existing translations cite (Administrative Penalty Law Art. 44, Art. 62); an ID number's problem and a
    refusal given as a template are translated with their arguments; in Chinese nothing changes."""
    import datetime as dt

    from inspector import text
    from inspector.errors import chinese
    from inspector.law import articles as art
    from inspector.law import identity
    from ui.translations import apply_language, citation, problem_text, workflow_message

    cited = art.cite(art.APL44, art.APL62)
    problem = identity.check_resident_id("330102198003041234").problems[0]
    empty = text.problems("", field="name", label="中队名称", max_len=20, required=True)[0]
    hint = ("请于{0}或以后申请", (dt.date(2026, 1, 5),))
    apply_language(qapp, "en")
    try:
        english = (citation(cited), problem_text(problem), workflow_message(*hint), problem_text(empty))
    finally:
        apply_language(qapp, "zh_CN")
    assert english == (
        "Administrative Penalty Law Art. 44, Art. 62",
        "Wrong check character in the resident ID number (should be X)",
        "Apply on 2026-01-05 or later",
        "Squad name cannot be empty",
    )
    assert (citation(cited), problem_text(problem)) == (cited, problem.message)
    assert problem.message == "身份证号校验位错误（应为X）" and chinese(hint) == "请于2026年1月5日或以后申请"
    assert problem_text(empty) == empty.message == "中队名称不能为空"
