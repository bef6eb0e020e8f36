"""A date-time box that shows and reads the Buddhist-era year (petition arrival, departure, timeline)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from app.domain.clock import BANGKOK
from app.domain.petition_text import parse_be_datetime as parse_be_wall_clock
from app.domain.thaidate import BE_OFFSET


def qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a Bangkok wall-clock QDateTime (minutes)."""
    local = value.astimezone(BANGKOK)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def pydatetime(value: QDateTime) -> datetime:
    """A Bangkok wall-clock QDateTime as an aware UTC datetime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BANGKOK).astimezone(UTC)


def parse_be_datetime(text: str) -> QDateTime | None:
    """``05/03/2569 09:30`` (BE year) as a QDateTime, or ``None`` when it is not a whole valid one."""
    wall = parse_be_wall_clock(text)
    if wall is None:
        return None
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))


class ThaiDateTimeEdit(QDateTimeEdit):
    """A date-time box that shows and reads the Buddhist-era year: ``05/03/2569 09:30``.

    WORKAROUND: Qt has no Buddhist calendar (QCalendar knows Gregorian, Julian, Milankovic, Jalali and
    Islamic Civil), so a plain QDateTimeEdit would show 2026 where every Thai form says 2569. Overriding
    the text conversion both ways (and ``validate``) keeps Qt's section editing, arrows included, while
    the officer reads and types BE years.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The display format only tells Qt where the sections are; the text itself comes from us.
        self.setDisplayFormat("dd/MM/yyyy HH:mm")

    def textFromDateTime(self, dt: QDateTime) -> str:
        """The BE text of a date-time."""
        d, t = dt.date(), dt.time()
        # Not format_be_datetime: Qt also asks for the text of an invalid (all-zero) date-time.
        return f"{d.day():02d}/{d.month():02d}/{d.year() + BE_OFFSET:04d} {t.hour():02d}:{t.minute():02d}"

    def dateTimeFromText(self, text: str) -> QDateTime:
        """Reads ``dd/MM/yyyy HH:mm`` with a BE year (Thai digits accepted)."""
        parsed = parse_be_datetime(text)
        return parsed if parsed is not None else QDateTime()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Acceptable when the text is a whole BE date-time, intermediate while typing."""
        state = (
            QValidator.State.Acceptable
            if parse_be_datetime(text) is not None
            else QValidator.State.Intermediate
        )
        return (state, text, pos)

    def value(self) -> datetime:
        """The shown time as an aware UTC datetime (the box shows Bangkok time)."""
        return pydatetime(self.dateTime())

    def set_value(self, value: datetime) -> None:
        """Shows an aware datetime in Bangkok time."""
        self.setDateTime(qdatetime(value))
