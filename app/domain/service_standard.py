"""The walk-in service standard as arithmetic on working time, so a million cases are judged in SQL ranges.

A walk-in complaint is promised an answer 1.5 working days after it is registered
(``WorkingCalendar.promised_by``). It **meets the standard** when the center's status moves beyond
``received`` *before* the promised instant; it is **overdue** while its status has not moved and the
promised instant has come. The promise always follows the *current* calendar: removing an extra station
holiday brings the promise of the cases around it forward (and may make them overdue), adding one pushes it
back.

``WorkTime`` numbers every instant by the office time (in microseconds) that has passed before it since a
reference day: ``W(t)``. Outside office hours and on holidays ``W`` stands still, so it is non-decreasing,
and the promise of a case created at ``c`` is the earliest instant ``p`` with ``W(p) = W(c) + 1.5 days``.
From that:

* met ⇔ ``W(moved) < W(created) + S`` (``S`` = the standard in office time);
* due by ``T`` (promised ≤ ``T``) ⇔ ``W(created) ≤ W(T) − S`` ⇔ ``created ≤ latest_at_most(W(T) − S)``.

Because ``W`` is monotonic, "promised before ``T``" is a *prefix* of the cases ordered by creation time:
the dashboard counts overdue and due cases with a ``created_at`` index range instead of computing a promise
per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from app.domain.calendar import WALK_IN_SLA_DAYS, WorkingCalendar
from app.domain.clock import BANGKOK

_US = 1_000_000  # microseconds a second: W is an integer, so no float rounding decides a boundary


class StandardState(StrEnum):
    """Where a walk-in case stands against the service standard at a given instant."""

    MET = "met"  # the center moved it beyond received before the promise
    LATE = "late"  # moved, but at or after the promise
    OPEN = "open"  # not moved yet, promise still ahead
    OVERDUE = "overdue"  # not moved, promise passed


class DueFilter(StrEnum):
    """Which records a list shows against the service standard (the records screen's filter)."""

    ALL = "all"
    DUE_TODAY = "due_today"  # open, promise later today (not yet overdue)
    OVERDUE = "overdue"  # open, promise passed


MOVED_STATUSES = frozenset({"forwarded", "in_progress", "resolved", "closed"})
"""Central statuses beyond ``received`` (``CentralStatus`` values); an empty status counts as received."""


def _us(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * _US + delta.microseconds


class WorkTime:
    """Office time of one working calendar, counted from ``origin`` (a Bangkok date), in microseconds.

    Day tables are built lazily in both directions, so any instant can be asked for. Thread-safe for
    reading once built; the dashboard builds a fresh one per refresh (the calendar may have changed).
    """

    def __init__(
        self, calendar: WorkingCalendar, origin: date, standard_days: float = WALK_IN_SLA_DAYS
    ) -> None:
        self.calendar = calendar
        self._open = calendar.office_open
        self._day_us = _us(calendar.office_day)
        self.standard_us = round(self._day_us * standard_days)
        self._origin = origin
        # base[i]: office time before the opening of origin + i days; working[i]: is that day a working day.
        self._base: list[int] = [0]
        self._working: list[bool] = [calendar.is_working_day(origin)]
        self._neg_base: list[int] = []  # days before the origin: origin - 1, origin - 2, …
        self._neg_working: list[bool] = []

    # ------------------------------------------------------------------ day table
    def _extend_to(self, index: int) -> None:
        while index >= len(self._base):
            i = len(self._base)
            prev = i - 1
            self._base.append(self._base[prev] + (self._day_us if self._working[prev] else 0))
            self._working.append(self.calendar.is_working_day(self._origin + timedelta(days=i)))
        while index < -len(self._neg_base):
            k = len(self._neg_base) + 1  # building origin - k
            working = self.calendar.is_working_day(self._origin - timedelta(days=k))
            after = self._base[0] if k == 1 else self._neg_base[k - 2]
            self._neg_working.append(working)
            self._neg_base.append(after - (self._day_us if working else 0))

    def _day(self, index: int) -> tuple[int, bool]:
        self._extend_to(index)
        if index >= 0:
            return self._base[index], self._working[index]
        return self._neg_base[-index - 1], self._neg_working[-index - 1]

    # ------------------------------------------------------------------ W and its inverse
    def at(self, when: datetime) -> int:
        """``W(when)``: office time before ``when`` (aware; read in Bangkok time)."""
        local = when.astimezone(BANGKOK)
        index = (local.date() - self._origin).days
        base, working = self._day(index)
        if not working:
            return base
        since_open = _us(local.replace(tzinfo=None) - datetime.combine(local.date(), self._open))
        return base + min(max(since_open, 0), self._day_us)

    def latest_at_most(self, w: int) -> datetime:
        """The latest instant whose ``W`` is at most ``w`` (aware UTC): every case created at or before it
        has ``W(created) ≤ w``, every one after it more."""
        index = 0
        base, working = self._day(index)
        while base > w:  # back in big steps until the day starts at or before w
            index -= 64
            base, working = self._day(index)
        # Forward to the working day whose office span [base, base + day) holds w; a w at a closing
        # belongs to the next working day's opening (the evening and holidays in between have the same W).
        while not (working and w < base + self._day_us):
            index += 1
            base, working = self._day(index)
        day = self._origin + timedelta(days=index)
        local = datetime.combine(day, self._open, tzinfo=BANGKOK) + timedelta(microseconds=w - base)
        return local.astimezone(UTC)

    # ------------------------------------------------------------------ the standard
    def promised(self, created: datetime) -> datetime:
        """The promised instant of a case created at ``created``: the earliest with ``W = W(created) + S``
        (a promise that ends a day stays at that day's closing, as ``WorkingCalendar.promised_by`` says)."""
        found = self.latest_at_most(self.at(created) + self.standard_us)
        local = found.astimezone(BANGKOK)
        if local.time() == self._open:
            return self._previous_closing(local.date())
        return found

    def _previous_closing(self, day: date) -> datetime:
        d = day - timedelta(days=1)
        while not self.calendar.is_working_day(d):
            d -= timedelta(days=1)
        return datetime.combine(d, self.calendar.office_close, tzinfo=BANGKOK).astimezone(UTC)

    def created_cutoff(self, deadline: datetime) -> datetime:
        """The latest creation instant whose promise falls at or before ``deadline``: a case is due by
        ``deadline`` exactly when ``created ≤ created_cutoff(deadline)``."""
        return self.latest_at_most(self.at(deadline) - self.standard_us)

    def met(self, created: datetime, moved: datetime) -> bool:
        """Whether a case moved beyond received at ``moved`` met the standard (moved before the promise)."""
        return self.at(moved) < self.at(created) + self.standard_us

    def state(self, created: datetime, moved: datetime | None, now: datetime) -> StandardState:
        """Where one case stands at ``now``."""
        if moved is not None and moved <= now:
            return StandardState.MET if self.met(created, moved) else StandardState.LATE
        return (
            StandardState.OVERDUE
            if self.at(now) >= self.at(created) + self.standard_us
            else StandardState.OPEN
        )

    def after_working_hours(self, start: datetime, hours: float) -> datetime:
        """The instant ``hours`` of office time after ``start`` (cases due in the next N working hours)."""
        return self.latest_at_most(self.at(start) + round(hours * 3600 * _US))


@dataclass(frozen=True)
class StandardWindow:
    """The creation-time bounds (UTC, inclusive upper) that split open cases at ``now``.

    * overdue: ``created ≤ overdue_upto``
    * due today (not yet overdue): ``overdue_upto < created ≤ today_upto``
    * due within the next ``soon_hours`` working hours: ``overdue_upto < created ≤ soon_upto``
    """

    now: datetime
    overdue_upto: datetime
    today_upto: datetime
    soon_upto: datetime
    soon_hours: float


def standard_window(work: WorkTime, now: datetime, soon_hours: float = 2.0) -> StandardWindow:
    """The creation-time bounds of overdue, due-today and due-soon cases at ``now``."""
    local_day = now.astimezone(BANGKOK).date()
    end_of_today = datetime.combine(local_day, time(23, 59, 59, 999_999), tzinfo=BANGKOK)
    soon = work.after_working_hours(now, soon_hours)
    return StandardWindow(
        now=now,
        overdue_upto=work.created_cutoff(now),
        today_upto=work.created_cutoff(end_of_today),
        soon_upto=work.created_cutoff(soon),
        soon_hours=soon_hours,
    )
