"""The service-standard arithmetic agrees with the working calendar's promise, on every kind of day."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from app.domain.calendar import WorkingCalendar
from app.domain.clock import BANGKOK
from app.domain.periods import PeriodKind, fiscal_year, fiscal_year_of, month_of, period_of, week_of
from app.domain.service_standard import StandardState, WorkTime, standard_window


def _bkk(*args: int) -> datetime:
    return datetime(*args, tzinfo=BANGKOK)  # type: ignore[misc]


def test_promise_across_a_weekend_and_songkran() -> None:
    work = WorkTime(WorkingCalendar(), date(2026, 1, 1))
    created = _bkk(2026, 4, 10, 14, 0)  # Friday afternoon; Songkran is Monday 13 – Wednesday 15 April
    assert work.promised(created) == _bkk(2026, 4, 17, 10, 0)
    assert work.promised(created) == WorkingCalendar().promised_by(created)


def test_promise_agrees_with_the_calendar_everywhere() -> None:
    calendar = WorkingCalendar({date(2026, 5, 6): "วันหยุดพิเศษของจุดบริการ"})
    work = WorkTime(calendar, date(2026, 3, 1))
    rng = random.Random(11)
    start = _bkk(2025, 12, 20, 0, 0)
    for _ in range(600):
        created = start + timedelta(
            minutes=rng.randrange(0, 200 * 24 * 60), microseconds=rng.randrange(10**6)
        )
        promised = calendar.promised_by(created)
        assert work.promised(created) == promised, created
        # Monotonic prefix: "promised by T" is exactly "created at or before the cutoff of T".
        deadline = created + timedelta(minutes=rng.randrange(-3000, 6000))
        assert (promised <= deadline) == (created <= work.created_cutoff(deadline)), (created, deadline)
        moved = created + timedelta(minutes=rng.randrange(0, 5000))
        assert work.met(created, moved) == (moved < promised)


def test_boundaries_at_closing_time() -> None:
    work = WorkTime(WorkingCalendar(), date(2026, 3, 1))
    created = _bkk(2026, 3, 24, 12, 30)  # Tuesday: 4 h today + 8 h Wednesday = Wednesday 16:30
    promised = work.promised(created)
    assert promised == _bkk(2026, 3, 25, 16, 30)
    assert not work.met(created, promised)  # at the promise is not before it
    assert work.met(created, promised - timedelta(microseconds=1))
    assert not work.met(created, _bkk(2026, 3, 25, 18, 0))  # the evening after the promise is late
    assert work.state(created, None, promised - timedelta(seconds=1)) is StandardState.OPEN
    assert work.state(created, None, promised) is StandardState.OVERDUE
    window = standard_window(work, _bkk(2026, 3, 25, 9, 0), soon_hours=2)
    assert window.overdue_upto < created <= window.today_upto
    assert not created <= window.soon_upto  # due at 16:30, not within two working hours of 09:00


def test_removing_an_extra_holiday_brings_the_promise_forward() -> None:
    created = _bkk(2026, 3, 26, 15, 0)  # Thursday; Friday is a station holiday
    with_holiday = WorkTime(WorkingCalendar({date(2026, 3, 27): "หยุดพิเศษ"}), date(2026, 3, 1))
    without = WorkTime(WorkingCalendar(), date(2026, 3, 1))
    assert with_holiday.promised(created) == _bkk(2026, 3, 31, 11, 0)
    assert without.promised(created) == _bkk(2026, 3, 30, 11, 0)
    now = _bkk(2026, 3, 30, 11, 30)
    assert with_holiday.state(created, None, now) is StandardState.OPEN
    assert without.state(created, None, now) is StandardState.OVERDUE


def test_thai_fiscal_year_and_periods() -> None:
    assert fiscal_year_of(date(2025, 9, 30)) == 2568
    assert fiscal_year_of(date(2025, 10, 1)) == 2569
    fy = fiscal_year(2569)
    assert (fy.first, fy.last, fy.days) == (date(2025, 10, 1), date(2026, 9, 30), 365)
    assert fy.label_th() == "ปีงบประมาณ 2569"
    assert period_of(PeriodKind.FISCAL_YEAR, date(2026, 3, 24)) == fy
    month = month_of(date(2026, 2, 14))
    assert (month.first, month.last) == (date(2026, 2, 1), date(2026, 2, 28))
    assert month.label_th() == "เดือนกุมภาพันธ์ 2569"
    week = week_of(date(2026, 3, 26))
    assert (week.first.weekday(), week.days) == (0, 7)
    start, end = month.utc_bounds()
    assert start == datetime(2026, 1, 31, 17, 0, tzinfo=UTC) and end == datetime(
        2026, 2, 28, 17, 0, tzinfo=UTC
    )
