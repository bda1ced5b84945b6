"""Journey fixtures: the GUI test fixtures (synchronous operations, Chinese font, message boxes), background work
run at once and the clock thawed after each test, and a station made by ``inspector init``."""

import pytest

from inspector import clock
from tests.journeys.support import init_station
from tests.ui.conftest import _cjk_font, _synchronous_ops, close_boxes, qt_warnings  # noqa: F401 - fixtures
from ui import tasks


@pytest.fixture(autouse=True)
def _sync():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    clock.freeze(None)


@pytest.fixture
def station(tmp_path):
    """A station made by ``inspector init`` (a journey module may define its own)."""
    st = init_station(tmp_path / "station")
    yield st
    st.close()
