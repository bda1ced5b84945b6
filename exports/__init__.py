"""Rendering: legal documents, case files and reports as PDF from plain data. Knows nothing of inspector/ or db/."""
