"""Load Qt translations: the application's ``inspector_<locale>.qm`` and Qt's own for standard buttons.

The source strings are Chinese. A translation is a ``resources/i18n/inspector_<locale>.qm`` file made
with ``pyside6-lupdate`` / ``pyside6-lrelease`` from the ``tr()`` strings; none is needed for Chinese.
The UI language is ``$INSPECTOR_LANG`` when set, else the system locale.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SOURCE_LANGUAGE = "zh"


def ui_locale() -> QLocale:
    """``$INSPECTOR_LANG`` (e.g. ``en`` or ``zh_CN``) or the system locale."""
    name = os.environ.get("INSPECTOR_LANG")
    return QLocale(name) if name else QLocale.system()


def _resource_dir() -> Path | None:
    with contextlib.suppress(ModuleNotFoundError, TypeError):
        path = Path(str(importlib.resources.files("resources.i18n")))
        if path.is_dir():
            return path
    return None


def install_translators(app: QApplication, locale: QLocale | None = None, *,
                        directory: str | os.PathLike[str] | None = None) -> list[QTranslator]:
    """Install the translators for ``locale`` and return them (they must stay referenced).

    The application translator is looked up in ``directory`` (default: the ``resources.i18n`` package);
    when the UI language is the source language (Chinese), Qt's own Chinese translation is installed
    so standard buttons (确定/取消) match the rest of the interface.
    """
    locale = locale or ui_locale()
    installed: list[QTranslator] = []
    folder = Path(directory) if directory else _resource_dir()
    if folder is not None and locale.language() != QLocale.Language.Chinese:
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
