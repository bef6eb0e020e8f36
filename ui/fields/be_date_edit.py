"""The one date field of the counter: a line edit typed in the Buddhist era with a popup calendar.

Typed as people type (``3/12/2569``, ``03-12-2569``, ``3 ธ.ค. 2569``, Thai digits; reading rules in
``app.domain.be_dates``), shown back as ``03/12/2569`` when the officer leaves the field, stored as the
Christian-era ``date``. A Christian year is refused with the Buddhist year it probably means, unless it is
marked ``ค.ศ.``, when it is converted and the field says so. The calendar opens with Alt+Down (as a combo box
does; not F4, which is the petitions page's key) or the button at the right edge.

English mode keeps the Buddhist era: a Thai government office files, stamps and counts days in พ.ศ., and
``ui.formatting.show_date`` already shows ``25 November 2569 BE`` in English; only the month names and the
era's name change (``December 2569 BE``). A line edit (not a QDateEdit) so that typing, ``text()`` and
keyboard tests behave as in every other field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from app.domain.be_dates import DateProblem, DateReading, format_be_date, read_be_date
from app.domain.clock import BANGKOK
from app.domain.thaidate import BE_OFFSET, bangkok_date
from ui.fields.be_calendar import BeCalendarPopup
from ui.messages import QT_TRANSLATE_NOOP

_CONTEXT = "BeDateEdit"
PROBLEM_TEXT: dict[DateProblem, str] = {
    DateProblem.NOT_A_DATE: QT_TRANSLATE_NOOP(
        "BeDateEdit", "อ่านวันที่ไม่ได้ — กรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 03/12/2569"
    ),
    DateProblem.NO_SUCH_DAY: QT_TRANSLATE_NOOP("BeDateEdit", "ไม่มีวันที่นี้ในปฏิทิน"),
    DateProblem.CE_YEAR: QT_TRANSLATE_NOOP(
        "BeDateEdit", "ปี %1 เป็นปี ค.ศ. — กรอกปี พ.ศ. (%2) หรือเติม ค.ศ. ท้ายวันที่"
    ),
    DateProblem.SHORT_YEAR: QT_TRANSLATE_NOOP("BeDateEdit", "กรอกปี พ.ศ. ให้ครบ 4 หลัก เช่น 2569"),
    DateProblem.YEAR_OUT_OF_RANGE: QT_TRANSLATE_NOOP("BeDateEdit", "ปี %1 อยู่นอกช่วง พ.ศ. 2400–2700"),
    DateProblem.BAD_TIME: QT_TRANSLATE_NOOP("BeDateEdit", "เวลาไม่ถูกต้อง — กรอกเป็น ชช:นน เช่น 09:30"),
}
_NOT_A_DATE_TIME = QT_TRANSLATE_NOOP(
    "BeDateEdit", "อ่านวันที่และเวลาไม่ได้ — กรอกเป็น วว/ดด/ปปปป ชช:นน (พ.ศ.) เช่น 03/12/2569 09:30"
)
_CONVERTED = QT_TRANSLATE_NOOP("BeDateEdit", "แปลง ค.ศ. %1 เป็น พ.ศ. %2 แล้ว")
_BAD_STYLE = 'QLineEdit[dateProblem="true"] { border: 2px solid #b3261e; }'


def problem_text(reading: DateReading, *, with_time: bool = False) -> str:
    """The sentence the field shows for a reading's problem (or a conversion), in the interface language."""
    tr = QCoreApplication.translate
    if reading.problem is None:
        if reading.from_ce and reading.year is not None:
            return (
                tr(_CONTEXT, _CONVERTED)
                .replace("%1", str(reading.year))
                .replace("%2", str(reading.year + BE_OFFSET))
            )
        return ""
    if reading.problem is DateProblem.NOT_A_DATE and with_time:
        return tr(_CONTEXT, _NOT_A_DATE_TIME)
    text = tr(_CONTEXT, PROBLEM_TEXT[reading.problem])
    return text.replace("%1", str(reading.year or "")).replace("%2", str(reading.suggested_be or ""))


def _calendar_icon() -> QIcon:
    # Drawn, not a file: one small glyph, crisp at any scale factor.
    pix = QPixmap(18, 18)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(QColor("#37474f"))
    p.drawRect(2, 3, 13, 12)
    p.fillRect(2, 3, 14, 4, QColor("#37474f"))
    for x in (5, 8, 11):
        for y in (9, 12):
            p.drawPoint(x, y)
    p.end()
    return QIcon(pix)


def _bangkok_today() -> date:
    return bangkok_date(datetime.now(UTC))


class BeDateEdit(QLineEdit):
    """A Buddhist-era date: ``value()`` is the Christian-era ``date`` (``None`` when empty or unreadable)."""

    dateChanged = Signal(object)  # date | None
    messageChanged = Signal(str)
    WITH_TIME = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], date] = _bangkok_today
        self.message = ""
        self._value: date | None = None
        self._popup: BeCalendarPopup | None = None
        self.setPlaceholderText(self._placeholder())
        self.setMaxLength(24)
        self.setStyleSheet(_BAD_STYLE)
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setObjectName("be_calendar_button")
        self.calendar_action.setToolTip(self.tr("เลือกจากปฏิทิน (Alt+ลูกศรลง)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self._finished)
        self._fit("00/00/0000")

    def _fit(self, sample: str) -> None:
        # Never narrower than a whole date (and the calendar button): a clipped year reads as another one.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 48)

    def _placeholder(self) -> str:
        return self.tr("วว/ดด/ปปปป (พ.ศ.)")

    # ------------------------------------------------------------------ values
    def reading(self) -> DateReading | None:
        """What the text says now (``None`` when empty)."""
        return read_be_date(self.text(), with_time=self.WITH_TIME)

    def value(self) -> date | None:
        """The date typed or picked (Christian era), ``None`` when empty or not a date."""
        return self._value

    def set_value(self, value: date | None) -> None:
        """Shows ``value`` (``None`` empties the field)."""
        self.setText(format_be_date(value) if value is not None else "")
        self._show_message("")

    def is_acceptable(self) -> bool:
        """True when the field is empty or holds a whole valid date."""
        reading = self.reading()
        return reading is None or reading.value is not None

    def _text_changed(self, _text: str) -> None:
        reading = self.reading()
        value = reading.value if reading is not None else None
        if reading is None or value is not None:
            self._show_message("")  # an error clears the moment it is fixed
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _finished(self) -> None:
        reading = self.reading()
        if reading is None:
            return
        if reading.value is not None:
            self.setText(self._canonical(reading))
        self._show_message(problem_text(reading, with_time=self.WITH_TIME), popup=True)

    def _canonical(self, reading: DateReading) -> str:
        assert reading.value is not None
        return format_be_date(reading.value)

    def _show_message(self, text: str, *, popup: bool = False) -> None:
        bad = bool(text) and not (self.reading() or DateReading()).value
        if self.property("dateProblem") != bad:
            self.setProperty("dateProblem", bad)
            self.style().unpolish(self)
            self.style().polish(self)
        self.setToolTip(text)
        if text and popup and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), text, self, QRect(), 6000)
        if text != self.message:
            self.message = text
            self.messageChanged.emit(text)

    # ------------------------------------------------------------------ calendar
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down opens the calendar; everything else is typing."""
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and event.key() == Qt.Key.Key_Down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> BeCalendarPopup:
        """Opens the popup calendar on the typed day (today when none) and returns it."""
        if self._popup is None:
            self._popup = BeCalendarPopup(self)
            self._popup.picked.connect(self._picked)
        self._popup.open_at(self, self._picked_base(), self.today())
        return self._popup

    def _picked_base(self) -> date | None:
        return self._value

    def _picked(self, day: date) -> None:
        self.setText(format_be_date(day))
        self._show_message("")
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()


class BeDateTimeEdit(BeDateEdit):
    """A Buddhist-era date and Bangkok clock time, ``03/12/2569 09:30``; ``value()`` is an aware UTC
    datetime. Unreadable text goes back to the last good value when the officer leaves the field (with the
    reason shown), so the value saved is always the one on screen."""

    dateTimeChanged = Signal(object)  # datetime (aware, UTC)
    WITH_TIME = True

    def __init__(self, parent: QWidget | None = None) -> None:
        self._moment: datetime | None = None
        super().__init__(parent)
        self.setMaxLength(32)
        self._fit("00/00/0000 00:00")
        self.set_value(datetime.now(UTC))

    def _placeholder(self) -> str:
        return self.tr("วว/ดด/ปปปป ชช:นน (พ.ศ.)")

    def value(self) -> datetime:
        """The time shown, as an aware UTC datetime (the field shows Bangkok time)."""
        reading = self.reading()
        if reading is not None and reading.value is not None and reading.time_of_day is not None:
            return self._aware(reading)
        assert self._moment is not None
        return self._moment

    def set_value(self, value: datetime | date | None) -> None:
        """Shows an aware datetime in Bangkok time."""
        if not isinstance(value, datetime):
            raise TypeError("BeDateTimeEdit shows an aware datetime")
        local = value.astimezone(BANGKOK)
        self.setText(f"{format_be_date(local.date())} {local.hour:02d}:{local.minute:02d}")
        self._show_message("")

    @staticmethod
    def _aware(reading: DateReading) -> datetime:
        assert reading.value is not None and reading.time_of_day is not None
        wall = datetime.combine(reading.value, reading.time_of_day, tzinfo=BANGKOK)
        return wall.astimezone(UTC)

    def _text_changed(self, text: str) -> None:
        super()._text_changed(text)
        reading = self.reading()
        if reading is not None and reading.value is not None and reading.time_of_day is not None:
            moment = self._aware(reading)
            if moment != self._moment:
                self._moment = moment
                self.dateTimeChanged.emit(moment)

    def _finished(self) -> None:
        reading = self.reading()
        if reading is not None and reading.value is not None and reading.time_of_day is not None:
            super()._finished()
            return
        message = problem_text(reading or DateReading(problem=DateProblem.NOT_A_DATE), with_time=True)
        if self._moment is not None:
            self.set_value(self._moment)  # back to what is kept, then say why
        self._show_message(message, popup=True)

    def _canonical(self, reading: DateReading) -> str:
        assert reading.value is not None and reading.time_of_day is not None
        t: time = reading.time_of_day
        return f"{format_be_date(reading.value)} {t.hour:02d}:{t.minute:02d}"

    def _picked_base(self) -> date | None:
        return self.value().astimezone(BANGKOK).date()

    def _picked(self, day: date) -> None:
        local = self.value().astimezone(BANGKOK)
        self.set_value(datetime.combine(day, local.timetz()))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()
