"""Translations of the user interface: ``inspector_<locale>.ts`` sources and compiled ``.qm`` files."""
