"""The PySide6 user interface. The only package that imports Qt."""

from ui import feature_scan as _feature_scan
from ui import none_guard as _none_guard

_none_guard.install()  # before any widget exists: see ui/none_guard.py
_feature_scan.install()  # before our other modules load: see ui/feature_scan.py
