"""The station's period report (week, month, Thai fiscal year) as an A4 PDF with charts, in shaped Thai.

The report is a list of ``ReportTable``s (title, headers, rows of text) and ``ReportChart``s built by
``app.services.reports`` from the same ``Figures`` the dashboard shows; the ``.xlsx`` export writes the
same tables, one sheet each. Bars are reportlab graphics; every label is a shaped Thai line
(``printing.pdf.draw_shaped_line``), since reportlab's graphics strings are not shaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from printing.pdf import (
    ThaiParagraph,
    ThaiStyle,
    build_pdf,
    draw_shaped_line,
    spacer,
    text_width,
    thai_table,
)
from printing.pdf_fonts import FONT

BAR = colors.Color(0.18, 0.43, 0.71)


@dataclass(frozen=True)
class ReportTable:
    """One table of the report (and one sheet of the workbook)."""

    title: str
    sheet: str  # workbook sheet name (≤ 31 characters)
    headers: tuple[str, ...]
    rows: tuple[tuple[str | int | float, ...], ...]


@dataclass(frozen=True)
class ReportChart:
    """A bar chart: labels and values in display order."""

    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]
    horizontal: bool = False


class BarChartFlowable(Flowable):  # type: ignore[misc]
    """Bars drawn with reportlab graphics, labels and numbers as shaped Thai lines."""

    def __init__(self, chart: ReportChart, width: float, height: float = 55 * mm) -> None:
        super().__init__()
        self.chart = chart
        self.width = width
        self.height = height if not chart.horizontal else max(height, (len(chart.labels) + 1) * 6.5 * mm)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Takes the width it was given and its own height."""
        return self.width, self.height

    def draw(self) -> None:
        """Draws the bars, then the labels and values over them."""
        canv = self.canv
        chart = self.chart
        top = max([*chart.values, 1])
        drawing = Drawing(self.width, self.height)
        labels: list[tuple[float, float, str, str]] = []  # x, y, text, align
        if chart.horizontal:
            label_w = 62 * mm
            room = self.width - label_w - 14 * mm
            step = self.height / max(len(chart.values), 1)
            for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
                y = self.height - (i + 1) * step + step * 0.2
                w = room * value / top
                drawing.add(Rect(label_w, y, max(w, 0.5), step * 0.6, fillColor=BAR, strokeColor=None))
                labels.append((label_w - 2 * mm, y + step * 0.15, label, "right"))
                labels.append((label_w + w + 1.5 * mm, y + step * 0.15, f"{value:,}", "left"))
        else:
            base = 8 * mm
            room = self.height - base - 6 * mm
            step = self.width / max(len(chart.values), 1)
            drawing.add(Line(0, base, self.width, base, strokeColor=colors.grey))
            for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
                x = i * step + step * 0.15
                h = room * value / top
                drawing.add(Rect(x, base, step * 0.7, max(h, 0.3), fillColor=BAR, strokeColor=None))
                labels.append((x + step * 0.35, 2 * mm, label, "center"))
                if value:
                    labels.append((x + step * 0.35, base + h + 1 * mm, f"{value:,}", "center"))
        renderPDF.draw(drawing, canv, 0, 0)
        for x, y, text, align in labels:
            width = text_width(text, FONT, 9)
            left = x - width if align == "right" else x - width / 2 if align == "center" else x
            draw_shaped_line(canv, left, y, text, font=FONT, size=9, actual=text)


def _cell(value: str | int | float) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return value


def period_report_pdf(
    *, title: str, subtitle: str, tables: Sequence[ReportTable], charts: Sequence[ReportChart], footer: str
) -> bytes:
    """The A4 report: title, the charts, then every table."""
    width = 170 * mm
    story: list[Flowable] = [
        ThaiParagraph(title, ThaiStyle(size=16, bold=True, align="center")),
        ThaiParagraph(subtitle, ThaiStyle(size=12, align="center", space_after=6)),
    ]
    for chart in charts:
        story.append(
            KeepTogether(
                [
                    ThaiParagraph(chart.title, ThaiStyle(size=13, bold=True, space_after=2)),
                    BarChartFlowable(chart, width),
                    spacer(4),
                ]
            )
        )
    for table in tables:
        cols = len(table.headers)
        first = width * (0.55 if cols == 2 else 0.4)
        rest = (width - first) / max(cols - 1, 1)
        rows = [list(table.headers), *[[_cell(v) for v in row] for row in table.rows]]
        story.append(ThaiParagraph(table.title, ThaiStyle(size=13, bold=True, space_after=2)))
        story.append(thai_table(rows, [first, *([rest] * (cols - 1))], size=11))
        story.append(spacer(4))
    return build_pdf(story, title=title, footer=footer)
