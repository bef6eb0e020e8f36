"""Working days and the promised response time (SLA) of a walk-in complaint.

Office hours of the service point: Monday to Friday, 08:30–16:30 Asia/Bangkok (an office day of eight
hours; the counter stays open over lunch). A working day is a weekday that is not a holiday. Holidays are
Thailand's public and government-office holidays from the ``holidays`` package — observed and
substitution days (วันหยุดชดเชย) included — plus an extra table for days the Cabinet declares at short
notice (bridge holidays, mourning days), which the center sends and a supervisor may add.

The walk-in standard answers within 1.5 working days: ``promised_by`` counts 1.5 × 8 = 12 office hours
from the moment the complaint is registered, inside office hours of working days only. A complaint
registered outside office hours (evening, weekend, holiday) starts counting at the next opening.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from types import MappingProxyType

import holidays

from app.domain.clock import BANGKOK

WALK_IN_SLA_DAYS = 1.5
OFFICE_OPEN = time(8, 30)
OFFICE_CLOSE = time(16, 30)
_HOLIDAY_CATEGORIES = ("public", "government")  # government adds e.g. the Royal Ploughing Ceremony
_EMPTY: Mapping[date, str] = MappingProxyType({})


class WorkingCalendar:
    """Thai working days and office hours, with extra holidays on top of the built-in table."""

    def __init__(
        self,
        extra_holidays: Mapping[date, str] = _EMPTY,
        office_open: time = OFFICE_OPEN,
        office_close: time = OFFICE_CLOSE,
    ) -> None:
        if office_close <= office_open:
            raise ValueError("office_close must be after office_open")
        self._extra = dict(extra_holidays)
        self.office_open = office_open
        self.office_close = office_close
        self._years: dict[int, dict[date, str]] = {}
        # The calendar is shared by the GUI thread and workers; building a year's table is not atomic.
        self._lock = threading.Lock()

    @property
    def office_day(self) -> timedelta:
        """The length of one office day (8 hours by default)."""
        return datetime.combine(date.min, self.office_close) - datetime.combine(date.min, self.office_open)

    def _year(self, year: int) -> dict[date, str]:
        with self._lock:
            table = self._years.get(year)
            if table is None:
                built = holidays.country_holidays(
                    "TH", years=year, categories=_HOLIDAY_CATEGORIES, language="th"
                )
                table = {d: str(name) for d, name in built.items()}
                self._years[year] = table
            return table

    def holiday_name(self, d: date) -> str | None:
        """The Thai name of the holiday on ``d`` (the extra table first), or ``None`` on other days."""
        if d in self._extra:
            return self._extra[d]
        return self._year(d.year).get(d)

    def is_working_day(self, d: date) -> bool:
        """Monday to Friday and not a holiday."""
        return d.weekday() < 5 and self.holiday_name(d) is None

    def next_working_day(self, d: date) -> date:
        """The first working day after ``d``."""
        d += timedelta(days=1)
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def _opening(self, d: date, tz: tzinfo | None) -> datetime:
        return datetime.combine(d, self.office_open, tzinfo=tz)

    def add_working_days(self, start: datetime, days: float) -> datetime:
        """The instant ``days`` office days of working time after ``start``.

        Time counts only inside office hours of working days; a start outside them counts from the next
        opening. ``days × office-day length`` is spent, so 1.5 days from Monday 10:00 is Tuesday 14:00.
        An end that falls exactly at closing time stays at closing time. An aware ``start`` is read in
        Bangkok time and the result is aware in Asia/Bangkok; a naive ``start`` is taken as Bangkok wall
        time and the result is naive too.
        """
        if days < 0:
            raise ValueError("days must not be negative")
        tz: tzinfo | None = BANGKOK if start.tzinfo is not None else None
        cursor = start.astimezone(BANGKOK) if tz is not None else start
        remaining = self.office_day * days
        d = cursor.date()
        if not self.is_working_day(d) or cursor.time() >= self.office_close:
            cursor = self._opening(self.next_working_day(d), tz)
        elif cursor.time() < self.office_open:
            cursor = self._opening(d, tz)
        while True:
            closing = datetime.combine(cursor.date(), self.office_close, tzinfo=tz)
            available = closing - cursor
            if remaining <= available:
                return cursor + remaining
            remaining -= available
            cursor = self._opening(self.next_working_day(cursor.date()), tz)

    def promised_by(self, created_at: datetime, working_days: float = WALK_IN_SLA_DAYS) -> datetime:
        """When an answer is promised for a complaint registered at ``created_at`` (aware; ``ValueError``
        when naive): ``working_days`` of office time later, aware in Asia/Bangkok."""
        if created_at.tzinfo is None:
            raise ValueError("promised_by needs an aware datetime")
        return self.add_working_days(created_at, working_days)

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in ``start < day <= end`` (0 when ``end <= start``), for reports."""
        count = 0
        d = start + timedelta(days=1)
        while d <= end:
            count += self.is_working_day(d)
            d += timedelta(days=1)
        return count
