"""Inspector: the domain and use cases of the urban-management enforcement desktop app (no Qt here)."""

__version__ = "0.1.0"
