"""Chart widgets of the dashboard (QtCharts): registrations by hour, a ranked bar chart, rating shares.

The charts show the same ``Figures`` values the PDF report draws with reportlab graphics
(``printing.pdf_report``); ``set_*`` replaces the series in place, so a refresh does not rebuild views.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOR = QColor("#2f6db5")
MAX_BARS = 8  # ranked charts show the largest few; the report's tables hold the rest
CHART_MIN_HEIGHT = 170


class BarChart(QChartView):
    """A vertical (by hour, by rating) or horizontal (ranked) bar chart with one series."""

    def __init__(self, title: str, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(chart.margins() * 0)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_data(self, labels: Sequence[str], values: Sequence[int]) -> None:
        """Replaces the bars (labels and values in display order)."""
        self.labels, self.values = list(labels), list(values)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet("")
        bars.setColor(BAR_COLOR)
        bars.append([float(v) for v in values])
        series: QBarSeries | QHorizontalBarSeries = (
            QHorizontalBarSeries() if self._horizontal else QBarSeries()
        )
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(labels) or [""])
        numbers = QValueAxis()
        numbers.setLabelFormat("%d")
        top = max([*values, 1])
        numbers.setRange(0, top)
        numbers.setTickCount(min(top, 4) + 1)  # whole numbers on the axis for small counts
        if self._horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(numbers)


def ranked(
    items: Sequence[tuple[str, int]], label: dict[str, str], limit: int = MAX_BARS
) -> tuple[list[str], list[int]]:
    """The largest ``limit`` items as (labels, values), smallest at the bottom of a horizontal chart."""
    top = list(items[:limit])[::-1]
    return [label.get(k, k) or "—" for k, _ in top], [n for _, n in top]
