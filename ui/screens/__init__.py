"""The main window's sections: one module per section, each with ``Screen(session, parent=None)``."""
