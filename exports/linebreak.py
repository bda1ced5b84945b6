"""Chinese line-breaking rules (避头尾): no line starts with closing punctuation or ends with an opening one."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

# GB/T 15834 and common 排版 practice: these never begin a line …
NO_START = "，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}"
# … and these never end one.
NO_END = "（《「『【〔〈“‘([{"
_MAX_TRIES = 40


def _line_texts(blpara: Any) -> list[str]:
    """The text of each laid-out line of a paragraph (either of reportlab's two line forms)."""
    out = []
    for line in blpara.lines:
        if isinstance(line, (list, tuple)):  # kind 0: (extra space, [text…])
            words = line[1]
            out.append("".join(w if isinstance(w, str) else "" for w in words))
        else:  # kind 1: a line of fragments
            out.append("".join(getattr(w, "text", "") or "" for w in getattr(line, "words", [])))
    return out


def violations(lines: list[str]) -> list[int]:
    """Indexes k of the lines whose break before them is wrong (line k starts, or line k-1 ends, badly)."""
    bad = []
    for k in range(1, len(lines)):
        prev, cur = lines[k - 1].rstrip(), lines[k].lstrip()
        if (cur and cur[0] in NO_START) or (prev and prev[-1] in NO_END):
            bad.append(k)
    return bad


class CJKParagraph(Paragraph):
    """A paragraph whose Chinese lines obey :data:`NO_START` and :data:`NO_END`.

    reportlab breaks between any two CJK characters; where a break lands before a closing mark or after an
    opening one, the line before it is narrowed by one character and the paragraph broken again, so the
    character before the mark moves down with it (the line above stays justified).
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 - reportlab API
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        result = super().breakLinesCJK(widths)
        if getattr(self, "_splitpara", 0):
            return result  # a continuation keeps the lines its first half was given
        step = float(self.style.fontSize)
        for _ in range(_MAX_TRIES):
            bad = violations(_line_texts(result))
            if not bad:
                break
            k = bad[0]
            while len(widths) < k + 1:
                widths.append(widths[-1])
            if widths[k - 1] <= 2 * step:
                break
            widths[k - 1] -= step
            result = super().breakLinesCJK(widths)
        return result
