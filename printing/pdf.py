"""A4 documents with reportlab: shaped Thai (HarfBuzz), Thai line breaking, bundled Sarabun embedded.

Three pitfalls of reportlab with Thai, and what this module does about each (docs/ARCHITECTURE.md, Pitfalls):

* ``canvas.drawString(..., shaping=True)`` is silently unshaped, so tone marks collide with upper vowels.
  We shape every line with ``shapeStr`` (uharfbuzz) and draw it with ``textOut``.
* reportlab breaks lines only at spaces and then cuts long Thai runs anywhere. We lay out lines ourselves from
  the ICU break points (``app.domain.text.split_thai_words``), measuring shaped widths.
* Shaping replaces characters by glyph variants that have no Unicode value (a tone mark lowered under an upper
  vowel, SARA AM split in two), so copy-paste and ``pdftotext`` would give private-use characters back. Each
  drawn line is wrapped in a ``/Span << /ActualText (…) >>`` marked-content sequence holding the original
  text, which PDF readers and poppler return instead of the glyphs.

``ThaiParagraph`` is a platypus ``Flowable``, so documents keep platypus's pages, frames and tables.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from app.domain.text import split_thai_words, strip_control_chars
from printing.pdf_fonts import FONT, FONT_BOLD, register_fonts


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` as shaped and drawn."""
    if not text:
        return 0.0
    shaped = shapeStr(text, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data is None:
        return float(pdfmetrics.stringWidth(text, font, size))
    return float(sum(d.x_advance for d in data) * size / 1000)


def _clusters(text: str) -> list[str]:
    from icu4py.breakers import CharacterBreaker

    return list(CharacterBreaker(text, "th")) if text else []


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` in lines no wider than ``width``, broken between Thai words (ICU) or at spaces.

    Each line keeps the white space it was broken at, so ``"".join(lines)`` is the paragraph again; a word
    longer than a whole line is broken between characters (never between a letter and its marks). Newlines
    in ``text`` start new lines.
    """
    lines: list[str] = []
    paragraphs = text.split("\n")
    for index, paragraph in enumerate(paragraphs):
        current = ""
        for piece in split_thai_words(paragraph):
            candidate = current + piece
            if text_width(candidate.rstrip(), font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
                current = ""
            if text_width(piece.rstrip(), font, size) <= width:
                current = piece
                continue
            for cluster in _clusters(piece):  # one word wider than the column: break between letters
                if current and text_width((current + cluster).rstrip(), font, size) > width:
                    lines.append(current)
                    current = ""
                current += cluster
        lines.append(current + ("\n" if index < len(paragraphs) - 1 else ""))
    return lines


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def draw_shaped_line(
    canv: Canvas, x: float, y: float, text: str, *, font: str, size: float, actual: str
) -> None:
    """Draws one shaped line at baseline ``(x, y)``; text extraction gives ``actual`` back."""
    canv.addLiteral(f"/Span <</ActualText {_actual_text(actual)}>> BDC")
    obj = canv.beginText(x, y)
    obj.setFont(font, size)
    obj.textOut(shapeStr(text, font, size))
    canv.drawText(obj)
    canv.addLiteral("EMC")


@dataclass(frozen=True)
class ThaiStyle:
    """How a Thai paragraph looks."""

    size: float = 14.0
    bold: bool = False
    align: str = "left"  # left | center | right
    leading_factor: float = 1.45  # Sarabun stacks marks high and low: less than ~1.4 makes lines touch
    color: Any = colors.black
    space_after: float = 0.0

    @property
    def font(self) -> str:
        """The registered reportlab font name."""
        return FONT_BOLD if self.bold else FONT

    @property
    def leading(self) -> float:
        """Distance between baselines."""
        return self.size * self.leading_factor


class ThaiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of shaped Thai, wrapped at word boundaries; splits across frames and pages."""

    def __init__(self, text: str, style: ThaiStyle | None = None, *, lines: list[str] | None = None) -> None:
        super().__init__()
        register_fonts()
        self.text = strip_control_chars(text, keep_newlines=True)  # a control character has no glyph
        self.style = style or ThaiStyle()
        self._lines = lines
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Lays the text out for ``avail_width``; returns the size it needs."""
        if self._lines is None or self._width != avail_width:
            self._lines = wrap_text(self.text, self.style.font, self.style.size, avail_width)
            self._width = avail_width
        return avail_width, len(self._lines) * self.style.leading + self.style.space_after

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Splits between lines when the paragraph does not fit the rest of the frame."""
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return []
        head, tail = self._lines[:fit], self._lines[fit:]
        return [
            ThaiParagraph("".join(head), replace(self.style, space_after=0), lines=head),
            ThaiParagraph("".join(tail), self.style, lines=tail),
        ]

    def draw(self) -> None:
        """Draws the lines top to bottom."""
        assert self._lines is not None
        style = self.style
        canv: Canvas = self.canv
        canv.setFillColor(style.color)
        height = len(self._lines) * style.leading
        for i, line in enumerate(self._lines):
            shown = line.rstrip()
            if not shown:
                continue
            # Baseline: Sarabun's ascent is ~1.07 em; centre the 1.3 em glyph box in the leading.
            baseline = height - i * style.leading - (style.leading - 1.3 * style.size) / 2 - 1.07 * style.size
            width = text_width(shown, style.font, style.size)
            x = {"left": 0.0, "center": (self._width - width) / 2, "right": self._width - width}[style.align]
            draw_shaped_line(canv, x, baseline, shown, font=style.font, size=style.size, actual=line)


def thai_table(
    rows: Sequence[Sequence[str | Flowable]],
    col_widths: Sequence[float],
    *,
    size: float = 11.0,
    header_rows: int = 1,
    bold_first_col: bool = False,
    grid: bool = True,
) -> Table:
    """A table whose string cells become ``ThaiParagraph``s; header rows are bold and repeat on new pages."""
    body: list[list[Flowable]] = []
    for r, row in enumerate(rows):
        cells: list[Flowable] = []
        for c, cell in enumerate(row):
            if isinstance(cell, str):
                bold = r < header_rows or (bold_first_col and c == 0)
                cells.append(ThaiParagraph(cell, ThaiStyle(size=size, bold=bold, leading_factor=1.4)))
            else:
                cells.append(cell)
        body.append(cells)
    table = Table(body, colWidths=list(col_widths), repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table selects (unembedded) Helvetica per cell
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)))
    table.setStyle(TableStyle(commands))
    return table


def layout_row(cells: Sequence[Flowable | Sequence[Flowable]], col_widths: Sequence[float]) -> Table:
    """Flowables side by side, top-aligned, without grid or outer padding (a heading beside its QR
    code, two signature blocks): a layout, not a table of data (``thai_table``)."""
    table = Table([list(cells)], colWidths=list(col_widths))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (whole modules, so it scans from print or screen)."""

    def __init__(self, data: str, size: float = 30 * mm, align: str = "right") -> None:
        super().__init__()
        from printing.raster import qr_matrix

        self.matrix = qr_matrix(data)
        self.size = size
        self.hAlign = align.upper()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """A square of ``size`` points."""
        return self.size, self.size

    def draw(self) -> None:
        """Draws the dark modules; the quiet zone is the page around it."""
        n = len(self.matrix)
        module = self.size / (n + 8)
        canv: Canvas = self.canv
        canv.setFillColor(colors.black)
        for r, row in enumerate(self.matrix):
            for c, dark in enumerate(row):
                if dark:
                    canv.rect(
                        (c + 4) * module, self.size - (r + 5) * module, module, module, stroke=0, fill=1
                    )


PageDecorator = Callable[[Canvas, Any], None]


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    landscape: bool = False,
    footer: str = "",
    margins_mm: float | tuple[float, float, float, float] = 20.0,
) -> bytes:
    """Renders ``story`` to PDF bytes on A4 with Sarabun embedded and a page-numbered footer.

    ``margins_mm``: one for all sides, or (left, right, top, bottom); the footer sits in the middle of
    the bottom margin, ending at the right one."""
    register_fonts()
    buffer = io.BytesIO()
    pagesize = (A4[1], A4[0]) if landscape else A4
    left, right, top, bottom = (margins_mm,) * 4 if isinstance(margins_mm, (int, float)) else margins_mm
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left * mm,
        rightMargin=right * mm,
        topMargin=top * mm,
        bottomMargin=bottom * mm,
        title=title,
        # Without this reportlab puts a (never used, never embedded) Helvetica in every page's resources.
        initialFontName=FONT,
        initialFontSize=11,
        author="PSC Counter",
        creator="PSC Counter",
    )

    def decorate(canv: Canvas, document: Any) -> None:
        text = f"{footer}    หน้า {document.page}" if footer else f"หน้า {document.page}"
        canv.saveState()
        canv.setFillColor(colors.grey)
        width = text_width(text, FONT, 9)
        x = pagesize[0] - right * mm - width
        draw_shaped_line(canv, x, bottom * mm / 2, text, font=FONT, size=9, actual=text)
        canv.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def spacer(height_mm: float) -> Spacer:
    """Vertical space."""
    return Spacer(1, height_mm * mm)
