"""Data shipped with the program (catalogues, calendars, lists), read with importlib.resources."""
