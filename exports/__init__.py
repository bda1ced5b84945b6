"""Rendering: legal documents, the case file and QR codes as PDF, from plain data handed in."""
