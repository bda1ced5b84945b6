"""Typed errors of the rendering layer; callers turn them into words for the officer."""

from __future__ import annotations

from collections.abc import Sequence


class Error(Exception):
    """Base of every rendering error."""

    code = "export_error"


class FontNotFound(Error):
    """No usable Chinese TrueType font was found at the configured path or the usual places."""

    code = "font_not_found"

    def __init__(self, *, tried: Sequence[str]) -> None:
        self.tried = list(tried)
        super().__init__("no Chinese TrueType font found; tried: " + ", ".join(self.tried))


class MissingGlyphs(Error):
    """The font has no glyph for these characters: printing them would leave empty boxes.

    ``where`` maps each character to the field keys it occurs in, so the officer can fix the data or
    install a font that covers them.
    """

    code = "missing_glyphs"

    def __init__(self, *, chars: Sequence[str], font: str, where: dict[str, list[str]] | None = None) -> None:
        self.chars = list(chars)
        self.font = font
        self.where = where or {}
        shown = "、".join(f"{c}（U+{ord(c):04X}）" for c in self.chars)
        super().__init__(f"font {font} lacks {shown}")


class UnknownDocumentType(Error):
    """A document type that has no template."""

    code = "unknown_document_type"

    def __init__(self, doc_type: str) -> None:
        self.doc_type = doc_type
        super().__init__(f"unknown document type {doc_type}")
