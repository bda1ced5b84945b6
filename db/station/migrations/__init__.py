"""Numbered schema migrations for the station database, one ``NNNN_name.sql`` file each.

Files are applied in number order and never edited once released; a change is a new file.
"""
