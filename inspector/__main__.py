"""The composition root: ``python -m inspector`` (and the ``inspector`` command) runs the CLI, which starts the
GUI through :func:`start_gui` — the one place in the core that may import ``ui``, and only lazily."""

from __future__ import annotations

import sys


def start_gui(data_dir: str | None) -> int:
    """Start the Qt application on ``data_dir`` (None: the default data directory)."""
    import gc

    # The cyclic garbage collector pauses while these modules load (they make objects that live as long as
    # the program, which it would walk again and again); run_gui pauses it again until the first window is up.
    gc.disable()
    try:
        # The station core, which the login needs, before Qt: PySide6 reads the source file of every module
        # imported after it (to honour ``from __feature__ import ...``).
        import inspector.station  # noqa: F401
        from ui.app import run_gui
    finally:
        gc.enable()
    return run_gui(data_dir=data_dir)


if __name__ == "__main__":
    from inspector.cli import main

    sys.exit(main())
