"""Reusable widgets: photo viewer, evidence panel, inspection form."""
