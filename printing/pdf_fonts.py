"""The one registration of the Thai PDF font: Sarabun (regular and bold) in reportlab's process-wide registry.

Every PDF (complaint acknowledgement, daily register, reconciliation report, petition record, situation
summary) registers through :func:`register_fonts`, so whichever document a process makes first, the same
font class with the same ToUnicode fix is embedded (before, two modules registered "Sarabun" with different
classes and the first one made won).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from printing.fonts import font_file

FONT = "Sarabun"
FONT_BOLD = "Sarabun-Bold"

# (font face name, private-use code point) -> the characters the shaped glyph stands for.
_PRIVATE_TEXT: dict[tuple[str, int], str] = {}
_THAI_NIKHAHIT = "\u0e4d"
_THAI_TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"


def glyph_text(name: str, base_char: Any = None) -> str:
    """The characters a Thai glyph variant stands for, from its name: ``uni0E48.small`` is U+0E48,
    ``uni0E4D0E49`` is U+0E49 U+0E4D (the nikhahit of sara am after its tone mark, as typed), a named
    glyph (``yoYingthai.less``) is whatever the font maps its base name to (``base_char(name)``)."""
    base = name.split(".", 1)[0]
    if base.startswith("uni") and len(base) >= 7 and (len(base) - 3) % 4 == 0:
        try:
            chars = "".join(chr(int(base[i : i + 4], 16)) for i in range(3, len(base), 4))
        except ValueError:
            chars = ""
        if len(chars) == 2 and chars[0] == _THAI_NIKHAHIT and chars[1] in _THAI_TONE_MARKS:
            chars = chars[1] + chars[0]  # typed order: tone mark, then sara am (whose first half it is)
        if chars:
            return chars
    named = _thai_glyph_names().get(base.lower())
    if named:
        return named
    if base_char is not None:
        found = base_char(base)
        if found:
            return str(found)
    return ""


@cache
def _thai_glyph_names() -> dict[str, str]:
    """Adobe Glyph List style names of the Thai letters (``yoyingthai`` → ญ), lower-cased: built from the
    Unicode names (THAI CHARACTER YO YING) the way the AGL names them."""
    import unicodedata

    names: dict[str, str] = {}
    for code in range(0x0E01, 0x0E5C):
        ch = chr(code)
        uname = unicodedata.name(ch, "")
        if uname.startswith("THAI CHARACTER "):
            words = uname.removeprefix("THAI CHARACTER ").replace("-", " ").lower().split()
            names["".join(words) + "thai"] = ch
    return names


class _ShapingTTFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """WORKAROUND: HarfBuzz replaces many Thai marks with positioned variants (``uni0E48.small`` …) that
    have no character in the font's cmap; reportlab gives each a private-use code point, and its
    ToUnicode map then says U+E000…, so ``pdftotext``, search and copy-paste lose the tone marks
    (ที่ comes out as ที). This font remembers what each variant stands for, and
    :func:`_to_unicode_cmap` writes that into the ToUnicode map instead."""

    def hbFont(self, fontSize: float = 10) -> Any:
        font = super().hbFont(fontSize)
        add_private = self.hbAddPrivate
        face_name = (
            self.face.name.decode("latin-1") if isinstance(self.face.name, bytes) else str(self.face.name)
        )

        def base_char(glyph_name: str) -> str:
            gid = font.get_glyph_from_name(glyph_name)
            chars = self.face.glyphToChar.get(gid) if gid is not None else None
            return chr(chars[0]) if chars else ""

        def add(name: str, gid: int, advance: float) -> int:
            code: int = add_private(name, gid, advance)
            _PRIVATE_TEXT.setdefault((face_name, code), glyph_text(name, base_char))
            return code

        setattr(self, "hbAddPrivate", add)  # noqa: B010 - reportlab looks it up by this name
        return font


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with shaped private-use glyphs mapped back to their characters."""
    face = fontname.split("+", 1)[-1]
    faces = {name for name, _code in _PRIVATE_TEXT if face.startswith(name)}
    own = max(faces, key=len) if faces else ""
    entries = []
    for i, code in enumerate(subset):
        text = _PRIVATE_TEXT.get((own, code), "") if own else ""
        target = text.encode("utf-16-be").hex().upper() if text else f"{code:04X}"
        entries.append(f"<{i:02X}> <{target}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache  # reportlab's font registry is process-wide: once per process
def register_fonts() -> tuple[str, str]:
    """Registers Sarabun (regular and bold, shapable, embedded as subsets) with reportlab once, as a
    family so ``<b>`` works, and installs the ToUnicode fix (see :class:`_ShapingTTFont`). Returns the
    regular and bold font names."""
    from reportlab.pdfbase import ttfonts

    # Only private-use codes our fonts recorded are changed; every other font maps as before.
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(_ShapingTTFont(FONT, str(font_file("Regular")), shapable=True))
    pdfmetrics.registerFont(_ShapingTTFont(FONT_BOLD, str(font_file("Bold")), shapable=True))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD
