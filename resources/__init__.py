"""Data files (catalogues, calendars, translations), read with importlib.resources."""
