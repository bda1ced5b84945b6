"""Languages: the English translation switched in 设置, and every visible string goes through tr().

The untranslatable-string check builds a pseudo translation of every string the translation tools find
(each one wrapped in ⟦…⟧), walks every screen each role can open, and fails on visible Chinese text outside
the markers: such text was not wrapped in tr() (or QT_TRANSLATE_NOOP), so no translation can reach it.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from inspector.permissions import Role
from ui.main_window import MainWindow
from ui.translations import install_translators

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff]")


def _shot(widget: QWidget, name: str) -> None:
    """A screenshot to look at when $INSPECTOR_SHOTS names a folder (nothing is compared with it)."""
    import os

    if folder := os.environ.get("INSPECTOR_SHOTS"):
        widget.grab().save(str(Path(folder) / f"{name}.png"))


MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
# Text that is data, not interface: names the station's own records hold (agency, squads, people, places).
DATA_OBJECTS = {
    "today",
    "squadScores",
}  # squadScores: one column per rubric dimension, named by the rubric (data)


def _translations_script():
    loader = importlib.machinery.SourceFileLoader(
        "translations_script", str(ROOT / "scripts" / "translations")
    )
    spec = importlib.util.spec_from_loader("translations_script", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pseudo_dir(tmp_path_factory):
    script = _translations_script()
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "inspector_en.ts"
    try:
        script.update(ts, script.write_registry_stub(folder))
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"pyside6-lupdate not usable: {exc}")
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = f"⟦{message.find('source').text}⟧"
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    script.release(ts)
    return folder


@pytest.fixture
def pseudo(qapp, pseudo_dir):
    translators = install_translators(qapp, QLocale("en"), directory=pseudo_dir)
    yield
    for t in translators:
        qapp.removeTranslator(t)


def _data_values(station) -> set[str]:
    values: set[str] = set()
    for sql in (
        "SELECT name FROM agencies",
        "SELECT short_name FROM agencies",
        "SELECT name FROM squads",
        "SELECT name FROM officers",
        "SELECT display_name FROM users",
        "SELECT jurisdiction FROM squads",
        "SELECT value FROM station_meta WHERE key = 'station_name'",
    ):
        values |= {r[0] for r in station.db.conn.execute(sql) if r[0]}
    return values


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what the user reads on ``widget`` itself (not the data in its fields or cells)."""
    out = []
    name = f"{type(widget).__name__}#{widget.objectName()}"
    if isinstance(widget, QLabel):
        out.append((name, widget.text()))
    elif isinstance(widget, QAbstractButton):
        out.append((name, widget.text()))
    elif isinstance(widget, QGroupBox):
        out.append((name, widget.title()))
    elif isinstance(widget, QLineEdit):
        out.append((name + ".placeholder", widget.placeholderText()))
    if isinstance(widget, QTabWidget):
        out += [(f"{name}.tab{i}", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        out += [
            (f"{name}.header{c}", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for c in range(model.columnCount(QModelIndex()))
        ]
    if isinstance(widget, QListWidget) and widget.objectName() == "navigation":
        out += [(f"{name}.item{i}", widget.item(i).text()) for i in range(widget.count())]
    if widget.isWindow():
        out.append((name + ".title", widget.windowTitle()))
    out.append((name + ".tooltip", widget.toolTip()))
    return out


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.objectName() in DATA_OBJECTS or widget.objectName().startswith("qt_"):
            continue
        for where, text in _texts(widget):
            rest = text
            while MARKED.search(rest):
                rest = MARKED.sub("", rest)
            for value in data:
                rest = rest.replace(value, "")
            if CJK.search(rest):
                found.append(f"{where}: {text!r}")
    for action in root.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
        rest = MARKED.sub("", action.text())
        if CJK.search(rest):
            found.append(f"QAction: {action.text()!r}")
    return found


@pytest.mark.parametrize(
    "role", [Role.OFFICER, Role.SQUAD_LEADER, Role.LEGAL_REVIEWER, Role.SUPERVISOR, Role.ADMIN]
)
def test_every_visible_string_of_every_screen_is_translatable(qtbot, pseudo, login, station, role):
    window = MainWindow(login(role))
    qtbot.addWidget(window)
    window.show()
    for key in window.section_keys():
        window.open_section(key)
        screen = window.screens[key]
        for tabs in screen.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
    problems = untranslated(window, _data_values(station))
    assert not problems, "visible text not wrapped in tr():\n" + "\n".join(sorted(set(problems)))


def test_login_dialog_and_setup_wizard_are_translatable(qtbot, pseudo, station, tmp_path):
    from ui.login import LoginDialog
    from ui.setup_wizard import SetupWizard

    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    wizard = SetupWizard(tmp_path, tmp_path / "program")
    qtbot.addWidget(wizard)
    problems = untranslated(dialog, _data_values(station) | {"演示站点"})
    for page_id in wizard.pageIds():
        problems += untranslated(wizard.page(page_id), set())
    assert not problems, "visible text not wrapped in tr():\n" + "\n".join(sorted(set(problems)))


def test_the_check_catches_a_string_outside_tr(qtbot, pseudo):
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("未翻译的文字", widget)
    assert untranslated(widget, set()) == ["QLabel#: '未翻译的文字'"]


def test_english_translation_is_complete_for_what_it_ships():
    ts = ET.parse(ROOT / "resources" / "i18n" / "inspector_en.ts")
    messages = list(ts.iter("message"))
    assert len(messages) > 500 and (ROOT / "resources" / "i18n" / "inspector_en.qm").is_file()
    done = [m for m in messages if m.find("translation").get("type") != "unfinished"]
    assert len(done) / len(messages) > 0.9


def test_admin_switches_the_interface_to_english_in_settings(qtbot, qapp, login, station):
    from ui import app as app_module
    from ui.translations import apply_language

    shell = app_module.Shell(station, qapp)
    shell.open_main(login(Role.ADMIN))
    try:
        window = shell.window
        window.open_section("settings")
        forms = window.screens["settings"].settings_forms
        page = forms.page_of("ui.language")
        combo = page.fields["ui.language"].widget
        combo.setCurrentIndex(combo.findData("en"))
        page.save.click()
        assert station.setting("ui.language") == "en"
        english = shell.window
        assert english is not window and english.isVisible()
        titles = [english.nav.item(i).text() for i in range(english.nav.count())]
        assert titles[0] == "Dashboard" and titles[-1] == "Settings"
        assert english.current_section() == "settings"
        screen = english.screens["settings"]
        assert [screen.tabs.tabText(i) for i in range(3)] == ["My account", "System settings", "Officers"]
        assert english.menuBar().actions()[0].text() == "&System"
    finally:
        apply_language(qapp, "zh_CN")
        if shell.window is not None:
            shell.window.close()


def test_english_translations_keep_every_placeholder():
    """A translation that drops %1 or {0} would hide a name, a number or a date from the user."""
    pattern = re.compile(r"%\d|\{\w*\}")
    ts = ET.parse(ROOT / "resources" / "i18n" / "inspector_en.ts")
    wrong = [
        m.find("source").text
        for m in ts.iter("message")
        if m.find("translation").text
        and set(pattern.findall(m.find("source").text)) != set(pattern.findall(m.find("translation").text))
    ]
    assert not wrong


def _dialog_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """What the officer reads on a step dialog: title, row labels, check boxes, every choice, tooltips."""
    from PySide6.QtWidgets import QComboBox

    out = [(where, text) for w in [dialog, *dialog.findChildren(QWidget)] for where, text in _texts(w)]
    for box in dialog.findChildren(QComboBox):
        out += [(f"QComboBox#{box.objectName()}.item{i}", box.itemText(i)) for i in range(box.count())]
    return [(where, text) for where, text in out if text]


def test_step_dialogs_are_english_in_the_english_interface(qtbot, qapp, station, login, close_boxes):
    """The step form (labels, notes, choices, what the step will do) is built from the core's declarations
    (inspector.law.step_fields, inspector.law.procedure): in English no Chinese may remain — 作出决定 after
    the prior notice (《行政处罚法》第五十七条), 登记缴款 after service (第六十六条), 当场处罚 (第五十一条)."""
    from inspector.services import discretion as disc
    from inspector.services import workflow as wf
    from tests.integration.workflow_support import at, make_case, set_hearing_thresholds, to_internal_review
    from tests.ui.test_amount_rules_gui import open_from_main_window
    from ui import tasks
    from ui.translations import apply_language

    tasks.set_synchronous(True)
    try:
        at("2026-06-01")
        set_hearing_thresholds(station)
        officer, leader = login(Role.OFFICER), login(Role.SQUAD_LEADER)
        notified, served = make_case(station), make_case(station, act_date="2026-05-27")
        for cid in (notified, served):
            to_internal_review(cid, officer, leader)
            disc.record(officer, cid, amount_cents=20000, answers={"tier": "一般"})
            wf.advance(officer, cid, "notify")
        at("2026-06-10")
        wf.advance(leader, served, "decide", outcome="penalty")
        wf.advance(officer, served, "serve", method="direct")
        clue = make_case(station, act_date="2026-06-09")

        apply_language(qapp, "en")
        shown: dict[str, list[tuple[str, str]]] = {}
        for cid, step in ((notified, "decide"), (served, "pay"), (clue, "on_the_spot")):
            detail = open_from_main_window(qtbot, leader, cid)
            button = detail.step_buttons[step]
            assert not CJK.search(button.text()), button.text()
            button.click()
            assert detail.dialog is not None, f"{step} opened no form"
            shown[step] = _dialog_texts(detail.dialog)
            detail.dialog.reject()
    finally:
        apply_language(qapp, "zh_CN")
        tasks.set_synchronous(False)
        at("2026-06-10")
    chinese = [
        f"{step} {where}: {text!r}"
        for step, texts in shown.items()
        for where, text in texts
        if CJK.search(text)
    ]
    assert not chinese, "Chinese left in the English step dialogs:\n" + "\n".join(chinese)
    decide = dict(shown["decide"])
    assert decide["StepDialog#.title"] == "Make the decision"
    assert "Impose an administrative penalty" in decide.values()  # a choice of the outcome box
    effects = next(text for where, text in shown["decide"] if text.startswith("Executing"))
    assert "Administrative Penalty Law Art. 61" in effects  # the service period the decision starts
    assert ("_CheckLabel#cash_label", "Fine collected on the spot (Art. 68, Art. 69)") in shown["pay"]


def _table_cells(table, skip: set[str]) -> list[tuple[str, str]]:
    """Every cell of a RecordTable (and its header) except the columns named in ``skip`` (data columns)."""
    out = [(f"{table.accessibleName()}.header", h) for _, h in table.columns]
    for r in range(table.rowCount()):
        for c, (key, _) in enumerate(table.columns):
            if key not in skip:
                out.append((f"{table.accessibleName()}[{r}].{key}", table.item(r, c).text()))
    return out


def test_case_window_is_english_in_the_english_interface(qtbot, qapp, station, login, close_boxes):
    """The case window shows what the core declares (states, deadlines with their legal basis, whose turn and
    why, why the case needs 法制审核 under 《行政处罚法》第五十八条 and the local triggers, the recorded steps, the
    documents a case may issue and the fields they lack): in English no Chinese may remain in them.

    Data is left out on purpose, as it is what the station's users entered, not interface text: the party's
    name (in the status line), the case number and the matter's name (the window's title line, from the
    station's catalogue), who acted (the history's 操作人 column: user names)."""
    from inspector.services import discretion as disc
    from inspector.services import workflow as wf
    from inspector.services.org import set_setting
    from tests.integration.workflow_support import at, make_case, set_hearing_thresholds, to_internal_review
    from tests.ui.test_amount_rules_gui import open_from_main_window
    from ui import tasks
    from ui.translations import apply_language

    tasks.set_synchronous(True)
    try:
        at("2026-06-01")
        set_hearing_thresholds(station)
        officer, leader = login(Role.OFFICER), login(Role.SQUAD_LEADER)
        notified, served = make_case(station), make_case(station, act_date="2026-05-27")
        for cid in (notified, served):
            to_internal_review(cid, officer, leader)
            disc.record(officer, cid, amount_cents=20000, answers={"tier": "一般"})
            wf.advance(officer, cid, "notify")
        at("2026-06-10")
        wf.advance(leader, served, "decide", outcome="penalty")
        wf.advance(officer, served, "serve", method="direct")
        # a local 法制审核 trigger the fine of 200 yuan meets, so the status line gives a reason
        set_setting(station.system_session(), "legal_review.triggers", ["fine_threshold"])
        set_setting(station.system_session(), "legal_review.fine_threshold_cents", 10000)
        at("2026-06-12")

        apply_language(qapp, "en")
        shown: list[tuple[str, str]] = []
        metas: dict[str, str] = {}
        for cid in (notified, served):
            detail = open_from_main_window(qtbot, leader, cid)
            party = detail.shown["party"]
            meta = detail.meta.text()
            metas[cid] = meta
            shown += [("meta", meta.replace(party, "")), ("turn", detail.turn.text())]
            shown.append(("window title", detail.windowTitle()))
            shown += [(f"tab{i}", detail.tabs.tabText(i)) for i in range(detail.tabs.count())]
            assert detail.deadlines.rowCount() and detail.timeline.rowCount()
            shown += _table_cells(detail.deadlines, skip=set())
            shown += _table_cells(detail.timeline, skip={"actor"})
            detail.tabs.setCurrentWidget(detail.documents)
            dialog = detail.documents.open_issue()
            for i in range(dialog.type_box.count()):
                dialog.type_box.setCurrentIndex(i)
                shown.append((f"document type {i}", dialog.type_box.itemText(i)))
                shown += [
                    (f"{dialog.type_box.itemText(i)} field", label.text())
                    for label in dialog.form_host.findChildren(QLabel)
                ]
                if dialog.issue_button.isEnabled():  # what it says when the document may be issued
                    shown.append((f"{dialog.type_box.itemText(i)} status", dialog.status.text()))
            dialog.reject()
    finally:
        apply_language(qapp, "zh_CN")
        tasks.set_synchronous(False)
        at("2026-06-10")
    chinese = [f"{where}: {text!r}" for where, text in shown if CJK.search(text)]
    assert not chinese, "Chinese left in the English case window:\n" + "\n".join(chinese)
    assert "Status: Prior notice given" in metas[notified]
    assert "Legal review required: Fine of 100 yuan or more (local rule)" in metas[served]
    turns = [t for w, t in shown if w == "turn"]
    assert "Reason: Statement period until" in turns[0]  # the notified case waits for the party (Art. 45)
    bases = {t for w, t in shown if w.endswith(".basis")}
    assert "Administrative Penalty Law Art. 67" in bases  # the payment period of the served decision
    changes = {t for w, t in shown if w.endswith(".change")}
    assert "Prior notice given → Decided" in changes
    print("\n".join(f"{w}: {t}" for w, t in shown))


def test_long_check_box_labels_wrap_in_english(qtbot, qapp):
    """The prior notice's boxes (《行政处罚法》第四十四条, 第六十三条: what the party is told the agency intends)
    read long in English; they wrap on more lines instead of widening the form off the screen."""
    from ui.translations import apply_language
    from ui.widgets.step_dialog import StepDialog, _CheckLabel

    apply_language(qapp, "en")
    try:
        dialog = StepDialog("notify", "事先告知")
        qtbot.addWidget(dialog)
        dialog.show()
        labels = dialog.findChildren(_CheckLabel)
        longest = max(labels, key=lambda label: len(label.text()))
        assert longest.text().startswith("Intends to") and longest.wordWrap()
        assert dialog.width() <= 640, dialog.width()
        assert longest.height() > longest.fontMetrics().height() * 1.5  # on two lines or more
        box = longest.box
        qtbot.mouseClick(longest, Qt.MouseButton.LeftButton)
        assert box.isChecked()  # clicking the words ticks the box, as on a plain check box
    finally:
        apply_language(qapp, "zh_CN")


def _prepare_cases(station, login) -> dict[str, str]:
    """Cases at the places the English interface is checked: one after the prior notice (the party's
    statement period, 《行政处罚法》第四十五条) with a photo of unknown time, one waiting for 法制审核
    (第五十八条: the fine is above the recommended tier) and one the review sent back to the officer."""
    from inspector.permissions import Action
    from inspector.services import discretion as disc
    from inspector.services import review
    from inspector.services import workflow as wf
    from tests.integration.workflow_support import at, make_case, set_hearing_thresholds, to_internal_review

    at("2026-06-01")
    set_hearing_thresholds(station)
    officer, leader, reviewer = login(Role.OFFICER), login(Role.SQUAD_LEADER), login(Role.LEGAL_REVIEWER)
    cases = {"notified": make_case(station), "reviewing": make_case(station), "returned": make_case(station)}
    for cid in cases.values():
        to_internal_review(cid, officer, leader)
    disc.record(officer, cases["notified"], amount_cents=20000, answers={"tier": "一般"})
    wf.advance(officer, cases["notified"], "notify")
    for key in ("reviewing", "returned"):
        disc.record(
            officer, cases[key], amount_cents=50000, answers={"tier": "一般"}, reason="多次劝导拒不改正"
        )
        wf.advance(officer, cases[key], "submit_legal_review")
    review.decide(reviewer, cases["returned"], "return", "请补充现场照片")
    with station.system_session().writing(Action.DEMO_FILL) as w:  # a photo whose time is unknown
        w.insert(
            "evidence",
            {
                "sha256": "0" * 64,
                "case_id": cases["notified"],
                "kind": "photo",
                "filename": "现场照片.jpg",
                "size": 1,
                "imported_by": "officer",
                "imported_at": "2026-06-01T01:00:00Z",
            },
        )
    return cases


def _user_data(station, *more: str) -> set[str]:
    """What the station's users entered or the station's catalogue holds, left out of the English check on
    purpose as it is not interface text: the station's names (agency, squads, officers, users), case numbers,
    matter names, case summaries and addresses, parties' names, ID numbers and addresses, evidence file
    names, officers' certificate numbers, discretion reasoning and review opinions typed by users."""
    values = _data_values(station)
    for sql in (
        "SELECT case_no FROM cases",
        "SELECT matter_name FROM cases",
        "SELECT summary FROM cases",
        "SELECT address FROM cases",
        "SELECT name FROM parties",
        "SELECT id_number FROM parties",
        "SELECT address FROM parties",
        "SELECT filename FROM evidence",
        "SELECT cert_no FROM officers",
        "SELECT reason FROM discretion_records",
        "SELECT opinion FROM reviews",
    ):
        values |= {r[0] for r in station.db.conn.execute(sql) if r[0]}
    return values | {m for m in more if m}


def _chinese_left(shown: list[tuple[str, str]], data: set[str]) -> list[str]:
    found = []
    for where, text in shown:
        rest = text
        for value in sorted(data, key=len, reverse=True):  # longest first: a name inside a longer value
            rest = rest.replace(value, "")
        if CJK.search(rest):
            found.append(f"{where}: {text!r}")
    return found


def test_work_lists_case_facts_documents_and_review_are_english(qtbot, qapp, station, login, close_boxes):
    """In English no Chinese interface text may remain in: the 工作台 (tasks, whose turn, reasons, deadlines,
    the banner of a case 法制审核 sent back, 《行政处罚法》第五十八条), the case list (states and filters), the
    case window's 案情 tab (source, discretion tier, officers, evidence of unknown time), the documents' issue
    dialog (why a document cannot be issued in the case's state or yet, and when it can), the notice after a
    step (documents issued or lacking fields: 作出决定, 第五十七条) and the review page (state, why 法制审核,
    facts, documents, verdicts, and its 审核清单: each check's item, result, explanation and records). User
    data is excluded (see :func:`_user_data`; in the checklist also the officers' names and the party's name
    its records show), and so are the legal bases and the matter's name the station's catalogue gives a
    matter (违法依据/处罚依据/事项名称: catalogue data)."""
    from PySide6.QtWidgets import QComboBox

    from tests.integration.workflow_support import at
    from tests.ui.test_amount_rules_gui import open_from_main_window
    from ui import tasks
    from ui.translations import apply_language

    tasks.set_synchronous(True)
    try:
        cases = _prepare_cases(station, login)
        apply_language(qapp, "en")
        shown: list[tuple[str, str]] = []
        for role in (Role.OFFICER, Role.SQUAD_LEADER, Role.LEGAL_REVIEWER):
            window = MainWindow(login(role), idle_ms=0)
            qtbot.addWidget(window)
            window.open_section("dashboard")
            dash = window.screens["dashboard"]
            for i in range(dash.scope.count()):  # my turn, my squad's, everyone's, and waiting for others
                dash.scope.setCurrentIndex(i)
                dash.reload()
                shown += _table_cells(dash.table, skip={"case_no", "matter_name", "party_name"})
            if dash.returned.text():
                shown.append(("returned banner", dash.returned.text()))
        roles = {t for w, t in shown if w.endswith(".role_label")}
        assert {"Party", "Legal reviewer", "Officer"} <= roles  # the notified case waits for the party
        assert any(w == "returned banner" for w, _ in shown)
        assert any(
            t.startswith("Statement period until 2026-06-08") for w, t in shown if w.endswith(".reason")
        )

        window.open_section("cases")
        listing = window.screens["cases"]
        model = listing.table.model()
        from ui.models.case_table import COL_STATE

        shown += [(f"case list state {r}", model.index(r, COL_STATE).data()) for r in range(model.rowCount())]
        for box in listing.findChildren(QComboBox):
            if box in (listing.state, listing.deadline):
                shown += [(f"{box.accessibleName()} {i}", box.itemText(i)) for i in range(box.count())]
        assert {"Prior notice given", "Legal review"} <= {t for w, t in shown if w.startswith("case list")}

        detail = open_from_main_window(qtbot, login(Role.SQUAD_LEADER), cases["notified"])
        facts = detail.facts.text()
        shown.append(("facts", facts))
        assert (
            "Case source: Routine patrol" in facts and "level Ordinary" in facts and "(time unknown)" in facts
        )
        detail.tabs.setCurrentWidget(detail.documents)
        dialog = detail.documents.open_issue()
        for i in range(dialog.type_box.count()):
            dialog.type_box.setCurrentIndex(i)
            shown.append((f"issue dialog: {dialog.type_box.itemText(i)}", dialog.status.text()))
        dialog.reject()
        refusals = [t for w, t in shown if w.startswith("issue dialog") and "cannot be issued now" in t]
        assert any("It can be issued at these stages: Executing" in t for t in refusals)

        # before the statement period is over the decision is refused (Art. 62), in English
        detail.run_step("decide", outcome="penalty")
        assert detail.guard.isVisible()
        refusal = detail.guard.text()
        shown.append(("guard refusal", refusal))
        assert refusal.startswith("Not allowed: The statement period runs until 2026-06-08"), refusal
        assert "[Administrative Penalty Law Art. 62]" in refusal, refusal
        _shot(detail, "case-guard-en")

        at("2026-06-10")  # the statement period is over: the squad leader decides (Art. 57, Art. 62)
        detail.reload()
        detail.run_step("decide", outcome="penalty")
        assert not detail.guard.isVisible(), detail.guard.text()
        notice = detail.notice.text()
        shown.append(("notice after a step", notice))
        assert "“Administrative penalty decision” to be issued (Missing: " in notice

        desk = open_from_main_window(qtbot, login(Role.LEGAL_REVIEWER), cases["reviewing"])
        desk.step_buttons["legal_review"].click()
        page = desk.review_page
        qtbot.addWidget(page)
        item = page.data["benchmark_item"]
        catalogue = {item.get("violation_basis", ""), item.get("penalty_basis", ""), item.get("name", "")}
        shown += [("review meta", page.meta.text()), ("review facts", page.facts.text())]
        shown.append(("review comparison", page.similar_label.text()))
        shown += [(f"verdict {i}", page.verdict.itemText(i)) for i in range(page.verdict.count())]
        for table in (page.documents, page.evidence, page.history):
            shown += _table_cells(table, skip={"number", "issued_by", "filename", "sha256", "reviewer"})
        assert "Status: Legal review" in page.meta.text()
        page.tabs.setCurrentWidget(page.checklist)
        checklist = page.checklist
        shown += [
            (f"checklist header {c}", checklist.horizontalHeaderItem(c).text())
            for c in range(checklist.columnCount())
        ]
        shown += [
            (f"checklist[{r}][{c}]", checklist.item(r, c).text())
            for r in range(checklist.rowCount())
            for c in range(checklist.columnCount())
        ]
        rows = {checklist.item(r, 0).text(): checklist.item(r, 1).text() for r in range(checklist.rowCount())}
        assert rows["B2"] == "Two or more officers with valid enforcement certificates (Art. 42)"
        assert rows["B4"] == "Facts clear and correctly characterised"  # a manual item the reviewer ticks
        b2 = next(r for r in range(checklist.rowCount()) if checklist.item(r, 0).text() == "B2")
        assert checklist.item(b2, 3).text() == "✔ Meets"
        assert "officer(s) hold an enforcement certificate valid on" in checklist.item(b2, 4).text()
        _shot(page, "review-checklist-en")
        page.set_verdict("agree")  # 同意 with the manual items unticked is refused (Art. 58)
        page.submit()
        assert page.guard.isVisible()
        shown.append(("review refusal", page.guard.text()))
        assert "Manual review items not confirmed yet: B4, B5, R1, B10, R2" in page.guard.text()
        chinese = _chinese_left(shown, _user_data(station, *catalogue))
    finally:
        apply_language(qapp, "zh_CN")
        tasks.set_synchronous(False)
        at("2026-06-10")
    assert not chinese, "Chinese left in the English interface:\n" + "\n".join(chinese)


def test_long_legal_bases_elide_so_the_deadlines_fit_the_window(qtbot, qapp, station, login, close_boxes):
    """The deadlines table's 依据 column reads long in English (the MOHURD order's title, 《行政处罚法》第四十四条、
    第六十二条 …): at 1280 px the table fits the window with its remarks (a deadline in 2027, a year without a
    holiday calendar, is only estimated: 第六十条, 第八十五条), and each basis is whole in its cell's tooltip."""
    from inspector.services import workflow as wf
    from tests.integration.workflow_support import at, make_case
    from tests.ui.test_amount_rules_gui import open_from_main_window
    from ui import tasks
    from ui.translations import apply_language

    tasks.set_synchronous(True)
    try:
        at("2026-12-01")
        cid = make_case(station, act_date="2026-11-28")
        wf.advance(login(Role.OFFICER), cid, "verify")
        wf.advance(login(Role.SQUAD_LEADER), cid, "file")  # the 90-day decision period ends in 2027
        apply_language(qapp, "en")
        detail = open_from_main_window(qtbot, login(Role.SQUAD_LEADER), cid)
        detail.resize(1280, 800)
        detail.show()
        qtbot.waitExposed(detail)
        table = detail.deadlines
        keys = [key for key, _ in table.columns]
        basis, remarks = keys.index("basis"), keys.index("provisional_label")
        texts = [table.item(r, basis).text() for r in range(table.rowCount())]
        longest = max(range(len(texts)), key=lambda r: len(texts[r]))
        width = table.fontMetrics().horizontalAdvance(texts[longest])
        header = table.horizontalHeader()
        note = next(
            table.item(r, remarks).text() for r in range(table.rowCount()) if table.item(r, remarks).text()
        )
        assert header.length() <= table.viewport().width()  # nothing beyond the window's right edge
        # the remarks are whole on screen; the longest basis is cut short ("…") to leave them room
        assert header.sectionSize(remarks) >= table.fontMetrics().horizontalAdvance(note)
        assert width > header.sectionSize(basis)
        assert all(table.item(r, basis).toolTip() == texts[r] for r in range(table.rowCount()))
    finally:
        apply_language(qapp, "zh_CN")
        tasks.set_synchronous(False)
        at("2026-06-10")


def test_squad_rating_is_english_in_the_english_interface(qtbot, qapp, station, login, close_boxes):
    """中队考评 in English: the scoring notes (比率×分值, 未达目标按比例, 每件扣分 …), the shipped rubric's
    dimensions, metrics, veto and 规范化 items, the squads' stars, vetoes and gates, the charts' titles and each
    metric's drill-down (record kinds, verdicts, case states, tiers, counted days and hours) leave no Chinese.
    User data is excluded (squad names, case numbers and matters, officers and certificate numbers, addresses,
    what was typed into incidents, the preserved items' descriptions). A metric an administrator renamed is
    the station's own words and stays as written."""
    from inspector import clock
    from inspector.services import rating
    from tests.unit.inspector.services.rating_data import PERIOD, TODAY, build
    from ui import tasks
    from ui.translations import apply_language

    clock.freeze(TODAY)
    tasks.set_synchronous(True)
    try:
        build(station)
        apply_language(qapp, "en")
        window = MainWindow(login(Role.SUPERVISOR), idle_ms=0)
        qtbot.addWidget(window)
        window.open_section("rating")
        screen = window.screens["rating"]
        screen.period.setCurrentText(PERIOD)
        screen.reload()
        shown = _table_cells(screen.squad_table, skip={"name"})
        shown += [("shares", screen.shares_label.text()), ("rubric", screen.rubric_label.text())]
        shown += [(c.accessibleName(), c.title) for c in (screen.totals_chart, screen.targets_chart)]
        notes: list[str] = []
        for squad in list(screen.squad_table.records):
            screen.select_squad(squad["code"])
            shown += _table_cells(screen.metric_table, skip=set())
            notes += [r["why"] for r in screen.metric_table.records]
            for row in range(screen.metric_table.rowCount()):
                dialog = screen.open_evidence(row)
                shown += [("evidence title", dialog.windowTitle())]
                shown += [(f"evidence {w.accessibleName()}", w.text()) for w in dialog.findChildren(QLabel)]
                shown += _table_cells(dialog.table, skip=set())
                dialog.close()
        assert screen.squad_table.columns[1][1] == "A Case quality (35)"
        assert any(n.startswith("1/2 = 50.0%; 50.0% × 5: 2.5 of 5 points") for n in notes), notes
        assert any(n.startswith("No records to count in the period, full points") for n in notes)
        user_data = _user_data(station) | {
            r[0]
            for sql in (
                "SELECT address FROM inspections",
                "SELECT note FROM rating_incidents",
                "SELECT description FROM preserved_items",
            )
            for r in station.db.conn.execute(sql)
            if r[0]
        }
        chinese = _chinese_left(shown, user_data)

        # An administrator renames a metric: the new name is the station's, shown as written.
        payload = rating.default_rubric_payload()
        payload["version"] = "2026.3"
        payload["dimensions"][0]["metrics"][0]["name"] = "案卷质量（本站口径）"
        rating.save_rubric(login(Role.ADMIN), payload, note="本站口径")
        screen.reload()
        screen.select_squad(screen.squad_table.records[0]["code"])
        names = [r["name"] for r in screen.metric_table.records]
    finally:
        apply_language(qapp, "zh_CN")
        tasks.set_synchronous(False)
        clock.freeze(None)
    assert not chinese, "Chinese left in the English interface:\n" + "\n".join(chinese)
    assert "案卷质量（本站口径）" in names and "Legal review first-pass rate" in names
