"""Journeys: one role's whole task through the real MainWindow, on a station made by `inspector init`."""
