"""The popup calendar of the Buddhist-era date fields: Thai month names and พ.ศ. years (English month names
and "BE" years in English), whole-keyboard navigation, always inside the screen.

WORKAROUND: Qt has no Buddhist calendar (QCalendar knows Gregorian, Julian, Milankovic, Jalali and Islamic
Civil), and QCalendarWidget's own navigation bar shows the Christian year in a spin box we cannot relabel.
So the grid of days is a QCalendarWidget with its navigation bar hidden (it shows only day numbers and
weekday names, which are the same in both eras), and the bar above it is ours: a month box and a พ.ศ. year
box. Keys: arrows move by day/week, Page Up/Down by month, Ctrl+Page Up/Down by year, Home/End to the
first/last day of the month, T to today, Enter picks, Escape closes without picking.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.be_dates import MAX_BE_YEAR, MIN_BE_YEAR
from app.domain.thaidate import BE_OFFSET, EN_MONTHS, THAI_MONTHS
from ui.formatting import english


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def place_inside(anchor: QRect, size: tuple[int, int], screen: QRect) -> QPoint:
    """Where a popup of ``size`` goes for a field at ``anchor`` (global coordinates): below the field, or
    above it when there is no room below, shifted left so that it never leaves ``screen``."""
    width, height = size
    x = min(max(anchor.left(), screen.left()), screen.right() + 1 - width)
    y = anchor.bottom() + 1
    if y + height > screen.bottom() + 1:
        y = max(screen.top(), anchor.top() - height)
    return QPoint(max(x, screen.left()), y)


class BeCalendarPopup(QFrame):
    """A month of days under a Thai month name and a พ.ศ. year; ``picked`` gives the chosen day."""

    picked = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("be_calendar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._english = english()
        months = EN_MONTHS if self._english else THAI_MONTHS

        self.prev_button = QToolButton(self)
        self.prev_button.setText("‹")
        self.prev_button.setToolTip(self.tr("เดือนก่อน (Page Up)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("เดือนถัดไป (Page Down)"))
        self.month_box = QComboBox(self)
        self.month_box.setObjectName("be_calendar_month")
        self.month_box.addItems(list(months))
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("be_calendar_year")
        self.year_box.setRange(MIN_BE_YEAR, MAX_BE_YEAR)
        # The era is part of the year as shown, so nobody reads 2569 as a Christian year.
        if self._english:
            self.year_box.setSuffix(" BE")
        else:
            self.year_box.setPrefix("พ.ศ. ")
        self.year_box.setToolTip(self.tr("ปี พ.ศ. (Ctrl+Page Up / Ctrl+Page Down)"))

        self.grid = QCalendarWidget(self)
        self.grid.setObjectName("be_calendar_grid")
        self.grid.setNavigationBarVisible(False)
        self.grid.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.grid.setGridVisible(True)
        self.grid.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)  # as Thai wall calendars
        self.grid.setMinimumDate(QDate(MIN_BE_YEAR - BE_OFFSET, 1, 1))
        self.grid.setMaximumDate(QDate(MAX_BE_YEAR - BE_OFFSET, 12, 31))
        self.today_button = QPushButton(self.tr("วันนี้ (T)"), self)
        self.today_button.setObjectName("be_calendar_today")
        self.today_button.setAutoDefault(False)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.month_box, 1)
        bar.addWidget(self.year_box)
        bar.addWidget(self.next_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.grid)
        lay.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignRight)

        self._today = date.today()
        self._syncing = False
        self.prev_button.clicked.connect(lambda: self._shift_months(-1))
        self.next_button.clicked.connect(lambda: self._shift_months(1))
        self.month_box.currentIndexChanged.connect(self._bar_changed)
        self.year_box.valueChanged.connect(self._bar_changed)
        self.grid.currentPageChanged.connect(self._page_changed)
        self.grid.activated.connect(self._activated)
        self.grid.clicked.connect(self._activated)
        self.today_button.clicked.connect(lambda: self._pick(self._today))
        self.grid.installEventFilter(self)
        for child in self.grid.findChildren(QWidget):
            child.installEventFilter(self)

    # ------------------------------------------------------------------ showing
    def open_at(self, anchor: QWidget, current: date | None, today: date) -> None:
        """Opens under ``anchor`` (above it when the screen ends), on ``current`` or else ``today``."""
        self._today = today
        self.set_current(current or today)
        self.adjustSize()
        screen = anchor.screen().availableGeometry()
        top_left = anchor.mapToGlobal(QPoint(0, 0))
        self.move(place_inside(QRect(top_left, anchor.size()), (self.width(), self.height()), screen))
        self.show()
        self.grid.setFocus()

    def set_current(self, value: date) -> None:
        """Shows ``value``'s month with ``value`` selected."""
        self.grid.setSelectedDate(_qdate(value))
        self.grid.setCurrentPage(value.year, value.month)
        self._page_changed(value.year, value.month)

    def selected(self) -> date:
        """The day the cursor is on."""
        return _pydate(self.grid.selectedDate())

    def title(self) -> str:
        """The month and year shown, as the bar reads: ``ธันวาคม พ.ศ. 2569``."""
        return f"{self.month_box.currentText()} {self.year_box.text()}"

    # ------------------------------------------------------------------ navigation
    def _page_changed(self, year: int, month: int) -> None:
        self._syncing = True
        try:
            self.month_box.setCurrentIndex(month - 1)
            self.year_box.setValue(year + BE_OFFSET)
        finally:
            self._syncing = False

    def _bar_changed(self, *_: object) -> None:
        if self._syncing:
            return
        self._go_to(self.year_box.value() - BE_OFFSET, self.month_box.currentIndex() + 1)

    def _shift_months(self, months: int) -> None:
        d = self.grid.selectedDate().addMonths(months)
        self.grid.setSelectedDate(d)
        self.grid.setCurrentPage(d.year(), d.month())

    def _go_to(self, year: int, month: int) -> None:
        # Keep the day of the month where it can be (31 → 30 in a shorter month).
        day = self.grid.selectedDate().day()
        target = QDate(year, month, 1)
        target = QDate(year, month, min(day, target.daysInMonth()))
        self.grid.setSelectedDate(target)
        self.grid.setCurrentPage(year, month)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Year steps, today and Escape on the grid (the grid itself moves by day, week and month)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if ctrl and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self._shift_months(-12 if key == Qt.Key.Key_PageUp else 12)
                return True
            if key == Qt.Key.Key_T and not ctrl:
                self.set_current(self._today)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick(self.selected())
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes without picking; Enter picks the day under the cursor."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pick(self.selected())
            return
        super().keyPressEvent(event)

    def _activated(self, value: QDate) -> None:
        self._pick(_pydate(value))

    def _pick(self, value: date) -> None:
        self.close()
        self.picked.emit(value)
