"""Offscreen screenshots of the inspection form, the photo viewer and the case list (docs/screenshots/).

Run: python -m tests.ui.screenshots_evidence [--cases-dir DIR]   (DIR: a station with many cases for the list)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    try:
        import ui.fonts as fonts  # registers the Chinese fonts when the UI package has it

        getattr(fonts, "register", lambda: None)()
    except ImportError:
        pass
    from inspector import clock, demo
    from inspector.services import evidence, inspections
    from inspector.station import Station
    from tests.evidence_helpers import inspection_form, photo
    from ui import tasks

    tasks.set_synchronous(True)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    st = Station.open(tmp / "station", create=True)
    demo.fill(st, cases=30)
    s = st.login("officer", demo.DEMO_PASSWORD)
    form = inspection_form(
        s,
        matter_codes=["330217001100", "330219003000"],
        measurements="占道约 6 平方米",
        witness="李四（周边商户）",
        outcome="order_correction",
        correction_deadline=(clock.today() + dt.timedelta(days=3)).isoformat(),
    )
    row = inspections.save_inspection(s, form)
    t0 = dt.datetime.combine(clock.today(), dt.time(9, 35), clock.LOCAL_TZ)
    files = [
        photo(
            tmp / f"IMG_{i}.jpg",
            taken=t0 + dt.timedelta(minutes=i),
            seed=i + 3,
            size=(1600, 1200),
            orientation=6 if i == 2 else None,
        )
        for i in range(3)
    ]
    evidence.add_evidence(s, inspection_id=row["id"], paths=files)

    from ui.screens.inspections import Screen

    screen = Screen(s)
    screen.resize(1300, 980)
    screen.show()
    screen.open(row["id"])
    app.processEvents()
    screen.grab().save(str(OUT / "inspection_form.png"))

    from ui.widgets.photo_viewer import PhotoViewer

    ev = screen.evidence.model.rows()[0]
    viewer = PhotoViewer(s, ev)
    viewer.resize(1100, 800)
    viewer.show()
    w, h = viewer.image_size
    viewer.add_shape({"type": "box", "x1": w * 0.15, "y1": h * 0.2, "x2": w * 0.5, "y2": h * 0.55})
    viewer.add_shape({"type": "arrow", "x1": w * 0.8, "y1": h * 0.1, "x2": w * 0.52, "y2": h * 0.35})
    viewer.add_shape({"type": "text", "x1": w * 0.15, "y1": h * 0.57, "text": "门前占道货架"})
    viewer.save()
    viewer.view.fit()
    app.processEvents()
    viewer.grab().save(str(OUT / "evidence_viewer.png"))
    st.close()

    if "--cases-dir" in sys.argv:
        path = sys.argv[sys.argv.index("--cases-dir") + 1]
        big = Station.open(path)
        from ui.screens.cases import Screen as Cases

        cs = Cases(big.login("officer", demo.DEMO_PASSWORD))
        cs.resize(1500, 820)
        cs.show()
        app.processEvents()
        app.processEvents()
        cs.grab().save(str(OUT / "case_list_1m.png"))
        big.close()
    sys.stdout.flush()
    os._exit(0)  # WORKAROUND(pyside-exit-gc): see tests/bench/bench_list.py


if __name__ == "__main__":
    main()
