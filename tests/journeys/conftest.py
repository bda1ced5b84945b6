"""Journey fixtures: the GUI test fixtures (synchronous operations, Chinese font, message boxes)."""

from tests.ui.conftest import _cjk_font, _synchronous_ops, close_boxes, qt_warnings  # noqa: F401 - fixtures
