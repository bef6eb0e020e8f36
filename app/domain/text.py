"""Text hygiene and Thai line breaking.

Thai is written without spaces between words, so a renderer that breaks lines only at spaces either
overflows or cuts a word in half. ICU's dictionary-based line breaker (through ``icu4py``, which ships
wheels with ICU for Linux and Windows) finds the places where a line may break; Qt without libthai
(Windows) wraps at U+200B ZERO WIDTH SPACE, so ``insert_zwsp`` puts one at each of those places, and the
PDF builder lays out lines from ``split_thai_words`` itself.

``strip_control_chars`` keeps typed text from reaching a printer as commands (docs/ARCHITECTURE.md, Printing).
"""

from __future__ import annotations

import re

from icu4py.breakers import CharacterBreaker, LineBreaker

ZWSP = "\u200b"
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_CONTROLS_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def strip_control_chars(text: str, keep_newlines: bool = False) -> str:
    """``text`` without the C0 control characters (U+0000–U+001F) and DEL (U+007F).

    A tab becomes a space first (so pasted columns keep their words apart) and ``\\r\\n`` / ``\\r``
    count as a newline; with ``keep_newlines=True`` newlines stay (``\\n``) for multi-line fields,
    otherwise they are removed like the rest. Nothing else is touched.
    """
    text = text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    pattern = _CONTROLS_BUT_NEWLINE if keep_newlines else _CONTROLS
    return pattern.sub("", text)


def split_thai_words(text: str, locale: str = "th") -> list[str]:
    """``text`` cut into the pieces between line-break opportunities (ICU line breaker, Thai
    dictionary): ``คำร้องเรื่องน้ำประปา`` → ``["คำร้อง", "เรื่อง", "น้ำ", "ประปา"]``.

    Spaces stay attached to the end of the piece before them, so ``"".join(pieces) == text`` always
    holds; a renderer may drop the trailing space of the last piece on a line.
    """
    if not text:
        return []
    return list(LineBreaker(text, locale))


def thai_break_points(text: str, locale: str = "th") -> list[int]:
    """Indices into ``text`` (code points) where a line may break, strictly between 0 and ``len(text)``,
    in increasing order."""
    points: list[int] = []
    pos = 0
    for piece in split_thai_words(text, locale):
        pos += len(piece)
        points.append(pos)
    if points and points[-1] == len(text):
        points.pop()
    return points


def insert_zwsp(text: str, locale: str = "th") -> str:
    """``text`` with U+200B at each break point that is not already after white space or a ZWSP, so Qt
    can wrap Thai at word boundaries without libthai. Remove with ``remove_zwsp`` before storing."""
    out: list[str] = []
    pieces = split_thai_words(text, locale)
    for i, piece in enumerate(pieces):
        out.append(piece)
        if i < len(pieces) - 1 and not piece[-1].isspace() and piece[-1] != ZWSP:
            out.append(ZWSP)
    return "".join(out)


def remove_zwsp(text: str) -> str:
    """``text`` without U+200B (undoes ``insert_zwsp``)."""
    return text.replace(ZWSP, "")


def shorten(text: str, max_chars: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``max_chars`` code points at a line-break opportunity, with ``ellipsis``
    when something was cut (a subject on a receipt). Never splits a Thai word or a base character from
    its marks; a first word longer than the limit is cut at a character boundary."""
    if len(text) <= max_chars:
        return text
    budget = max_chars - len(ellipsis)
    if budget <= 0:
        return ellipsis[:max_chars]
    kept = ""
    for piece in split_thai_words(text):
        if len(kept) + len(piece.rstrip()) > budget:
            break
        kept += piece
    if not kept:
        kept = _cut_at_cluster(text, budget)
    return kept.rstrip() + ellipsis


def _cut_at_cluster(text: str, limit: int) -> str:
    # Cut between grapheme clusters (ICU), so a tone mark, an upper/lower vowel or sara am (a spacing
    # mark) never loses its consonant.
    kept = ""
    for cluster in CharacterBreaker(text, "th"):
        if len(kept) + len(cluster) > limit:
            break
        kept += cluster
    return kept
