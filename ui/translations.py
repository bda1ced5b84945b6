"""Load Qt translations: the application's ``inspector_<locale>.qm`` and Qt's own for standard buttons.

The source strings are Chinese. A translation is a ``resources/i18n/inspector_<locale>.qm`` file made
with ``pyside6-lupdate`` / ``pyside6-lrelease`` from the ``tr()`` strings; none is needed for Chinese.
The UI language is ``$INSPECTOR_LANG`` when set, else the station's ``ui.language`` setting, else Chinese.
:func:`apply_language` swaps the installed translators while the program runs (windows built afterwards
are in the new language).

Texts declared in the core (which has no Qt) are collected by ``scripts/translations`` into their own
contexts: ``settings`` (the settings registry) and ``workflow`` (step labels, step fields, what a step will
do, deadlines, whose turn); :func:`workflow_text` and :func:`workflow_message` translate the latter, and
:func:`state_label` the case states (context ``case_state``: a state reads apart from the step of that name).
The squad rating's generated texts (scoring notes, the default rubric's names) are in context ``rating``:
:func:`rating_message` and :func:`rubric_text`. The shipped 案卷评查 scoring model (items, tiers, grades) is
in context ``casefile``: :func:`casefile_text`. A citation the core gives (one provision or several joined
with 、) is worded by :func:`citation`, a field problem of a form by :func:`problem_text`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SOURCE_LANGUAGE = "zh"
WORKFLOW = "workflow"
CASE_STATE = "case_state"
RATING = "rating"
CASEFILE = "casefile"
_active: list[QTranslator] = []  # what apply_language installed last (kept referenced)


def ui_locale(setting: str | None = None) -> QLocale:
    """``$INSPECTOR_LANG`` (e.g. ``en`` or ``zh_CN``), else ``setting`` (the station's ``ui.language``),
    else Chinese — the language the squads work in, whatever the PC's system locale."""
    name = os.environ.get("INSPECTOR_LANG") or setting or "zh_CN"
    return QLocale(name)


def apply_language(app: QApplication, setting: str | None = None) -> list[QTranslator]:
    """Replace the translators :func:`apply_language` installed before with those for ``setting``."""
    while _active:
        app.removeTranslator(_active.pop())
    _active.extend(install_translators(app, ui_locale(setting)))
    return list(_active)


def _resource_dir() -> Path | None:
    import importlib.resources  # here: a Chinese interface (the usual start) needs no translation file

    with contextlib.suppress(ModuleNotFoundError, TypeError):
        path = Path(str(importlib.resources.files("resources.i18n")))
        if path.is_dir():
            return path
    return None


def install_translators(
    app: QApplication, locale: QLocale | None = None, *, directory: str | os.PathLike[str] | None = None
) -> list[QTranslator]:
    """Install the translators for ``locale`` and return them (they must stay referenced).

    The application translator is looked up in ``directory`` (default: the ``resources.i18n`` package);
    when the UI language is the source language (Chinese), Qt's own Chinese translation is installed
    so standard buttons (确定/取消) match the rest of the interface.
    """
    locale = locale or ui_locale()
    installed: list[QTranslator] = []
    wanted = locale.language() != QLocale.Language.Chinese
    folder = (Path(directory) if directory else _resource_dir()) if wanted else None
    if folder is not None:
        app_tr = QTranslator(app)
        if app_tr.load(locale, "inspector", "_", str(folder)):
            app.installTranslator(app_tr)
            installed.append(app_tr)
    # Qt's standard buttons follow the UI: the locale's when our translation loaded, else Chinese (the
    # source language the interface stays in).
    qt_locale = locale if installed else QLocale("zh_CN")
    qt_tr = QTranslator(app)
    if qt_tr.load(qt_locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    return installed


def workflow_text(text: str) -> str:
    """A text the core declares for the case workflow (a step's label, a step field's label, note or choice,
    a period's name, a citation, a document title) in the UI language; text it does not know is shown as is."""
    return QCoreApplication.translate(WORKFLOW, text) if text else ""


def workflow_message(template: str, args: tuple[Any, ...] = ()) -> str:
    """A core message template (``出具《{0}》并登记文号``) translated, each argument translated too: an
    argument may itself be a (template, args) pair, a case state (:class:`inspector.model.CaseState`, worded
    by :func:`state_label`) or a list of such arguments (joined as the language lists things)."""
    return workflow_text(template).format(*(_argument(a) for a in args))


def words(parts: tuple[str, tuple[Any, ...]] | None, text: str) -> str:
    """Words the core gives both ways: its ``parts`` (template and arguments) translated where it gives
    them, else its fixed ``text`` (translated when collected, shown as it is otherwise)."""
    return workflow_message(*parts) if parts else workflow_text(text)


def _argument(value: Any) -> Any:
    from inspector.errors import Verbatim
    from inspector.model import CaseState

    if isinstance(value, Verbatim):  # quoted from a document, or an id: the same in every language
        return str(value)
    if isinstance(value, CaseState):
        return state_label(value)
    if isinstance(value, tuple):
        return workflow_message(*value)
    if isinstance(value, list):
        return join(_argument(v) for v in value)
    if isinstance(value, dt.date):  # a date the core words 2026年1月5日 in Chinese
        return value.isoformat()
    return workflow_text(value) if isinstance(value, str) else value


def sentences(items: Iterable[str]) -> str:
    """Sentences one after another: run together in Chinese (each ends with 。), a space apart in a language
    that lists things with a comma and a space (which is how its translation of 、 tells it)."""
    gap = "" if QCoreApplication.translate(WORKFLOW, "、") == "、" else " "
    return gap.join(i for i in items if i)


def join(items: Iterable[Any]) -> str:
    """Items listed in the UI language: 甲、乙 in Chinese, "A, B" in English."""
    return QCoreApplication.translate(WORKFLOW, "、").join(str(i) for i in items)


def citation(text: str) -> str:
    """A citation the core gives (``《中华人民共和国行政处罚法》第四十四条、第六十二条``) in the UI language: as a
    whole when it was collected, else provision by provision (each one collected: the first with its law's
    title, the later ones of the same law short), listed as the language lists things."""
    if not text:
        return ""
    whole = workflow_text(text)
    if whole != text or "、" not in text:
        return whole
    return join(workflow_text(part) for part in text.split("、"))


def rejection_text(result: Any) -> str:
    """One evidence file an import refused (:class:`inspector.services.evidence.FileResult`) in the UI
    language: its name, the reason and the detail."""
    from inspector import media
    from inspector.errors import Verbatim

    reason: Any = media.REASON_TEXT.get(result.reason, result.reason)
    detail = result.detail_parts
    if detail and detail[0]:
        reason = (media.REJECTED_FILE, (reason, tuple(detail)))
    return workflow_message(media.REJECTED_FILE, (Verbatim(result.name), reason))


def problem_text(problem: Any) -> str:
    """A field problem of the core (:class:`inspector.errors.Problem`) in the UI language: its template and
    arguments where it gives them, else its fixed words (translated when collected)."""
    return words(problem.parts, problem.message)


def tier_label(tier: str | None) -> str:
    """A discretion tier in the UI language: the benchmark's names (轻微, 一般, 较重 …, declared in
    :data:`inspector.law.discretion.TIER_NAMES`), also with the 从轻 mark the law adds (一般（从轻）); a tier a
    station's own benchmark names otherwise is shown as it is written."""
    from inspector.law.discretion import LIGHTER_TIER

    if not tier:
        return ""
    suffix = LIGHTER_TIER.format("")
    if tier.endswith(suffix) and tier != suffix:
        return workflow_message(LIGHTER_TIER, (tier[: -len(suffix)],))
    return workflow_text(tier)


def state_label(state: str) -> str:
    """A case state (``notified``) in the UI language; an unknown code is shown as is."""
    from inspector.model import CASE_STATE_LABELS, CaseState

    try:
        label = CASE_STATE_LABELS[CaseState(state)]
    except ValueError:
        return str(state)
    return QCoreApplication.translate(CASE_STATE, label)


CASE_REF = "CaseRef"
# what stands for the case number of a case that has none: a simple-procedure case is never 立案 (Art. 52),
# a general-procedure one is not yet
_NO_CASE_NO: dict[str, str] = {
    "simple": str(QT_TRANSLATE_NOOP("CaseRef", "（简易程序）")),
    "general": str(QT_TRANSLATE_NOOP("CaseRef", "（未立案）")),
}


def case_ref(case_no: str | None, procedure: str | None) -> str:
    """The case's number, or for a case without one what it is: 简易程序 (never filed) or 未立案 (not yet)."""
    if case_no:
        return case_no
    return QCoreApplication.translate(CASE_REF, _NO_CASE_NO.get(procedure or "", _NO_CASE_NO["general"]))


def rating_message(template: str, args: tuple[Any, ...] = ()) -> str:
    """A squad-rating template of the core (:data:`inspector.law.rating_rules.EXPLAIN_TEXTS`) in the UI
    language; an argument may be a nested (template, args) pair, other arguments are numbers as printed."""
    if not template:
        return ""
    words = QCoreApplication.translate(RATING, template)
    return words.format(*(rating_message(*a) if isinstance(a, tuple) else a for a in args))


def rubric_text(text: str) -> str:
    """A name of the rubric in use (dimension, metric, veto item, 规范化 item) in the UI language when it is
    the shipped default rubric's name unchanged; a name an administrator wrote is data and shown as written."""
    if text in _default_rubric_names():
        return QCoreApplication.translate(RATING, text)
    return text


_default_names: frozenset[str] | None = None


def _default_rubric_names() -> frozenset[str]:
    global _default_names
    if _default_names is None:
        from inspector.services.rating import default_rubric_names

        _default_names = frozenset(default_rubric_names())
    return _default_names


def casefile_text(text: str) -> str:
    """A text of the 案卷评查 scoring model in use (its name, an item's label, a grade) in the UI language when
    it is the shipped model's text unchanged; a station's own model file is its own words, shown as written."""
    if text in _shipped_casefile_texts():
        return QCoreApplication.translate(CASEFILE, text)
    return text


_casefile_texts: frozenset[str] | None = None


def _shipped_casefile_texts() -> frozenset[str]:
    global _casefile_texts
    if _casefile_texts is None:
        from inspector.services.casefile_eval import shipped_model_texts

        _casefile_texts = frozenset(shipped_model_texts())
    return _casefile_texts
