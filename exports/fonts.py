"""Find, register and check the Chinese TrueType font embedded (as a subset) in every PDF."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from exports.errors import FontNotFound, MissingGlyphs

# Body face, looked for in this order when no path is configured: the Fang Song and Song faces official
# documents use (GB/T 9704: 仿宋_GB2312 body) as station PCs (Windows) carry them, then AR PL UMing, the serif
# (Ming/Song) TrueType Debian ships in fonts-arphic-uming, then other serif faces; a sans face only last.
CANDIDATES: tuple[str, ...] = (
    "C:/Windows/Fonts/FS_GB2312.ttf",  # 仿宋_GB2312
    "C:/Windows/Fonts/simfang.ttf",  # 仿宋 FangSong
    "C:/Windows/Fonts/simsun.ttc",  # 宋体 SimSun
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)

# Title face (GB/T 9704: 小标宋 title; the station's 黑体 where that is missing). None found: titles use the
# (serif) body face, never a substitute sans face.
TITLE_CANDIDATES: tuple[str, ...] = (
    "C:/Windows/Fonts/FZXBSJW.TTF",  # 方正小标宋简体
    "C:/Windows/Fonts/方正小标宋简体.ttf",
    "/usr/share/fonts/truetype/founder/FZXBSJW.TTF",
    "C:/Windows/Fonts/simhei.ttf",  # 黑体 SimHei
)

# Faces used only for characters the main font lacks (e.g. 𠮷 U+20BB7 in CJK Ext. B).
FALLBACKS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/simsunb.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)

# Characters that never need a glyph (line breaks and tabs are layout, not ink).
_LAYOUT = {"\n", "\r", "\t"}


@dataclass(frozen=True)
class FontSet:
    """The main (body) font, fallbacks drawn only for characters the main font lacks, and the title face."""

    main: Font
    fallbacks: tuple[Font, ...] = ()
    title: Font | None = None

    @property
    def title_name(self) -> str:
        return (self.title or self.main).name

    def for_title(self) -> FontSet:
        """The set that draws titles: the title face first, then the body face and its fallbacks."""
        if self.title is None or self.title is self.main:
            return self
        rest = tuple(f for f in (self.main, *self.fallbacks) if f is not self.title)
        return FontSet(self.title, rest, self.title)

    @property
    def name(self) -> str:
        return self.main.name

    @property
    def path(self) -> str:
        return self.main.path

    def font_for(self, ch: str) -> Font | None:
        """The first font that can draw ``ch``; None when none can."""
        o = ord(ch)
        if o in self.main.cmap:
            return self.main
        return next((f for f in self.fallbacks if o in f.cmap), None)

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` no font of the set can draw."""
        return [ch for ch in self.main.missing(text) if self.font_for(ch) is None]


@dataclass(frozen=True)
class Font:
    """A registered font: the name reportlab knows it by, its file, and the code points it covers."""

    name: str
    path: str
    cmap: frozenset[int]

    def missing(self, text: str) -> list[str]:
        """Characters of ``text`` the font cannot draw, each once, in order of first appearance."""
        seen: dict[str, None] = {}
        for ch in text:
            if ch not in _LAYOUT and ord(ch) not in self.cmap and ch not in seen:
                seen[ch] = None
        return list(seen)


def _is_font_file(path: str) -> bool:
    return path.lower().endswith((".ttf", ".ttc", ".otf")) and os.path.isfile(path)


@functools.lru_cache(maxsize=8)
def _load(path: str) -> Font:
    # One stable internal name per file, so the same data gives the same bytes in every process.
    name = "CN-" + Path(path).stem
    try:
        face = TTFont(name, path, subfontIndex=0) if path.lower().endswith(".ttc") else TTFont(name, path)
    except Exception as exc:  # reportlab raises plain TTFError/struct errors for unusable files
        raise FontNotFound(tried=[f"{path} ({exc})"]) from exc
    pdfmetrics.registerFont(face)
    return Font(name=name, path=path, cmap=frozenset(face.face.charToGlyph))


def find_font(
    configured: str | os.PathLike[str] | None = None, *, candidates: Sequence[str] = CANDIDATES
) -> Font:
    """Register and return the document font.

    Args:
        configured: a font file chosen by the administrator (setting ``documents.font_path``);
            tried first. A directory is searched for .ttf/.ttc files.
        candidates: the usual places, tried in order.

    Raises:
        FontNotFound: nothing usable anywhere; ``tried`` lists the paths.
    """
    tried: list[str] = []
    paths: list[str] = []
    if configured:
        p = Path(configured)
        if p.is_dir():
            paths += sorted(str(f) for f in p.iterdir() if _is_font_file(str(f)))
        else:
            paths.append(str(p))
    paths += list(candidates)
    for path in paths:
        if not _is_font_file(path):
            tried.append(path)
            continue
        try:
            return _load(path)
        except FontNotFound as exc:
            tried += exc.tried
    raise FontNotFound(tried=tried)


def font_set(
    configured: str | os.PathLike[str] | None = None,
    *,
    fallbacks: Sequence[str] = FALLBACKS,
    title: str | os.PathLike[str] | None = None,
    title_candidates: Sequence[str] = TITLE_CANDIDATES,
) -> FontSet:
    """The document font (see :func:`find_font`) with whichever fallback faces exist here, and the title face
    (``title`` first, then :data:`TITLE_CANDIDATES`; the body face when none is found)."""
    main = find_font(configured)
    try:
        title_font: Font | None = find_font(title, candidates=title_candidates)
    except FontNotFound:
        title_font = None
    extra = []
    for path in fallbacks:
        if _is_font_file(path) and path != main.path:
            try:
                extra.append(_load(path))
            except FontNotFound:
                continue
    return FontSet(main, tuple(extra), title_font)


def missing_glyphs(text: str, font: Font | FontSet | None = None) -> list[str]:
    """Characters of ``text`` that ``font`` (default: the document font set) cannot draw."""
    return (font or font_set()).missing(text)


def check_glyphs(values: Iterable[tuple[str, str]], font: Font | FontSet) -> None:
    """Raise :class:`MissingGlyphs` naming every character (and the field it is in) the font lacks.

    Args:
        values: (field key, text) pairs.
    """
    where: dict[str, list[str]] = {}
    for key, text in values:
        for ch in font.missing(text):
            where.setdefault(ch, [])
            if key not in where[ch]:
                where[ch].append(key)
    if where:
        raise MissingGlyphs(chars=list(where), font=Path(font.path).name, where=where)
