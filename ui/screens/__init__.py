"""Main-window sections: one module per section, each exposing ``Screen(session, parent=None)``."""
