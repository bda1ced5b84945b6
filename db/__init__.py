"""Storage: the station SQLite database, the evidence store, the central PostgreSQL side and bundle files.

This package returns plain rows and raises :class:`db.errors.Error` subclasses. It knows nothing of the
domain (``inspector``) or of rendering (``exports``).
"""
