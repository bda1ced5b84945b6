"""Case list benchmark: opening the 案件 screen on N cases — time to first rows shown, memory growth.

ours  = ui.screens.cases.Screen (keyset pages on demand)
peer  = a table model holding every row, read up front (what a plain table does)
floor = the first page query alone, no Qt
Run: python -m tests.bench.bench_list   (INSPECTOR_BENCH_QUICK=1: 20,000 cases)
"""

from __future__ import annotations

import gc
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.bench.bigdb import station_with_cases  # noqa: E402
from tests.bench.common import quick, rss_mb, table  # noqa: E402


def run(*, peer: bool = True, screenshot: str | None = None) -> dict[str, float]:
    n = 20_000 if quick() else 1_000_000
    path = station_with_cases(n)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from inspector.services import cases
    from inspector.station import Station

    st = Station.open(path)
    session = st.login("officer", "Demo2026")
    results: dict[str, float] = {}

    t0 = time.perf_counter()
    cases.list_cases(session, cases.CaseFilter(), limit=200)
    results["floor_ms"] = (time.perf_counter() - t0) * 1000

    from ui.screens.cases import Screen

    gc.collect()
    rss0 = rss_mb()
    t0 = time.perf_counter()
    screen = Screen(session)
    screen.resize(1400, 800)
    screen.show()
    app.processEvents()  # first paint with the first page; the total count's zero timer runs here too
    results["ours_ms"] = (time.perf_counter() - t0) * 1000
    for _ in range(20):  # scroll through 20 pages
        screen.table.scrollToBottom()
        app.processEvents()
    results["ours_rows_loaded"] = screen.model.rowCount()
    results["ours_rss_mb"] = rss_mb() - rss0
    if screenshot:
        screen.table.scrollToTop()
        app.processEvents()
        screen.grab().save(screenshot)
    screen.close()
    screen.deleteLater()
    app.processEvents()

    if peer:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        class AllRows(QAbstractTableModel):
            """What a plain table does: read every row, then show."""

            def __init__(self, rows):
                super().__init__()
                self.rows = rows

            def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return 0 if parent.isValid() else len(self.rows)

            def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
                return 0 if parent.isValid() else 6

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole and index.isValid():
                    v = self.rows[index.row()][index.column()]
                    return "" if v is None else str(v)
                return None

        gc.collect()
        rss1 = rss_mb()
        t0 = time.perf_counter()
        model = AllRows(
            st.db.conn.execute(
                "SELECT c.case_no, c.state, p.name, c.matter_name, c.address, c.clue_at FROM cases c "
                "LEFT JOIN parties p ON p.id = c.party_id ORDER BY c.clue_at DESC"
            ).fetchall()
        )
        view = QTableView()
        view.setModel(model)
        view.resize(1400, 800)
        view.show()
        app.processEvents()
        results["peer_ms"] = (time.perf_counter() - t0) * 1000
        results["peer_rss_mb"] = rss_mb() - rss1
        view.close()
        view.deleteLater()
        del view, model
        app.processEvents()
    st.close()

    rows = [
        [
            "ours (lazy keyset model)",
            results["ours_ms"],
            results["ours_rss_mb"],
            f"{int(results['ours_rows_loaded']):,} after 20 scrolls",
        ]
    ]
    if peer:
        rows.append(["peer (every row read up front)", results["peer_ms"], results["peer_rss_mb"], f"{n:,}"])
    rows.append(["floor (first page query only)", results["floor_ms"], 0.0, "200"])
    table(
        f"Open the case list on {n:,} cases (ours: screen built, first page and total count shown)",
        ["contender", "first rows ms", "RSS growth MB", "rows in model"],
        rows,
    )
    if peer:
        print(
            f"ratio peer/ours: time {results['peer_ms'] / results['ours_ms']:.0f}x, "
            f"ours/floor: {results['ours_ms'] / results['floor_ms']:.1f}x"
        )
    return results


if __name__ == "__main__":
    ok = run(
        peer="--no-peer" not in sys.argv,
        screenshot=next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--screenshot=")), None),
    )
    sys.stdout.flush()
    # WORKAROUND(pyside-exit-gc): PySide 6.12 can crash collecting Qt wrappers at interpreter exit in a
    # script that created and destroyed views; the results are printed, so leave without the final GC.
    os._exit(0 if ok else 1)
