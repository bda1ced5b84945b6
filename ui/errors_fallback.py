"""Show a domain error: through ``ui.messages.show_error`` when present, else a plain message box."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    try:
        from ui.messages import show_error as shared
    except ImportError:
        pass
    else:
        shared(parent, exc)
        return
    from inspector.messages import describe_error  # plain words for typed errors; no Qt in it

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "错误",
        describe_error(exc) if isinstance(exc, Exception) else str(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName("错误提示")
    box.open()
