"""Data shipped with the application (calendars, benchmark catalogues, …); read with importlib.resources."""
