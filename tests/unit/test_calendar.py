"""Working days and the promised response date across New Year, Songkran and substitution holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import WALK_IN_SLA_DAYS, WorkingCalendar
from app.domain.clock import BANGKOK

CAL = WorkingCalendar()


def bkk(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=BANGKOK)


def test_sla_is_one_and_a_half_days() -> None:
    assert WALK_IN_SLA_DAYS == 1.5
    # Monday 10:00 + 12 office hours: 6.5 h on Monday, 5.5 h from Tuesday 08:30.
    assert CAL.promised_by(bkk(2026, 11, 23, 10)) == bkk(2026, 11, 24, 14)


def test_across_new_year() -> None:
    # 31 Dec 2026 (New Year's Eve) and 1 Jan 2027 are holidays, 2–3 Jan a weekend.
    assert CAL.holiday_name(date(2026, 12, 31)) == "วันสิ้นปี"
    assert CAL.holiday_name(date(2027, 1, 1)) == "วันขึ้นปีใหม่"
    assert CAL.next_working_day(date(2026, 12, 30)) == date(2027, 1, 4)
    # Wednesday 30 Dec 15:00: 1.5 h that day, 8 h on Monday 4 Jan, 2.5 h on Tuesday.
    assert CAL.promised_by(bkk(2026, 12, 30, 15)) == bkk(2027, 1, 5, 11)


def test_across_songkran() -> None:
    for d in (13, 14, 15):
        assert not CAL.is_working_day(date(2026, 4, d))
        assert CAL.holiday_name(date(2026, 4, d)) == "วันสงกรานต์"
    # Friday 10 April 10:00 → Thursday 16 April 14:00
    assert CAL.promised_by(bkk(2026, 4, 10, 10)) == bkk(2026, 4, 16, 14)


def test_substitution_holiday_is_skipped() -> None:
    # Father's Day 5 Dec 2026 is a Saturday; Monday 7 Dec is the substitution day (วันหยุดชดเชย).
    name = CAL.holiday_name(date(2026, 12, 7))
    assert name is not None and name.startswith("ชดเชย")
    assert not CAL.is_working_day(date(2026, 12, 7))
    assert CAL.promised_by(bkk(2026, 12, 4, 10)) == bkk(2026, 12, 8, 14)
    # Labour Day 1 May 2027 is a Saturday; Monday 3 May 2027 is off instead.
    assert not CAL.is_working_day(date(2027, 5, 3))
    # Registered at Friday's closing: Mon 3 (in lieu) and Tue 4 (Coronation Day) are off, so 8 h on
    # Wednesday 5 and 4 h on Thursday 6.
    assert CAL.promised_by(bkk(2027, 4, 30, 16, 30)) == bkk(2027, 5, 6, 12, 30)


def test_start_outside_office_hours_counts_from_the_next_opening() -> None:
    opening_monday = bkk(2026, 11, 23, 8, 30)
    expected = opening_monday + timedelta(hours=8) + timedelta(hours=4) + timedelta(hours=16)
    assert expected == bkk(2026, 11, 24, 12, 30)
    for start in (
        bkk(2026, 11, 21, 11),  # Saturday
        bkk(2026, 11, 20, 16, 30),  # Friday at closing time
        bkk(2026, 11, 20, 22),  # Friday evening
        bkk(2026, 11, 23, 6),  # Monday before opening
    ):
        assert CAL.promised_by(start) == expected


def test_extra_holidays_from_the_center() -> None:
    cal = WorkingCalendar({date(2026, 11, 24): "วันหยุดพิเศษ (ทดสอบ)"})
    assert cal.holiday_name(date(2026, 11, 24)) == "วันหยุดพิเศษ (ทดสอบ)"
    assert cal.promised_by(bkk(2026, 11, 23, 10)) == bkk(2026, 11, 25, 14)


def test_government_office_holidays_are_included() -> None:
    # The Royal Ploughing Ceremony closes government offices but is not a public holiday.
    assert CAL.holiday_name(date(2026, 5, 13)) == "วันพืชมงคล"


def test_aware_utc_in_bangkok_out() -> None:
    created = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok
    promised = CAL.promised_by(created)
    assert promised.utcoffset() == timedelta(hours=7)
    assert promised == bkk(2026, 11, 24, 14)


def test_naive_created_at_is_refused() -> None:
    with pytest.raises(ValueError):
        CAL.promised_by(datetime(2026, 11, 23, 10))


def test_naive_start_gives_naive_result_in_bangkok_wall_time() -> None:
    assert CAL.add_working_days(datetime(2026, 11, 23, 10), 0.5) == datetime(2026, 11, 23, 14)


def test_custom_office_hours() -> None:
    cal = WorkingCalendar(office_open=time(9), office_close=time(15))
    assert cal.add_working_days(bkk(2026, 11, 23, 9), 1.5) == bkk(2026, 11, 24, 12)
    with pytest.raises(ValueError):
        WorkingCalendar(office_open=time(15), office_close=time(9))


def test_working_days_between() -> None:
    # 10–17 April 2026: Mon 13–Wed 15 Songkran, 11–12 weekend → 16, 17 only
    assert CAL.working_days_between(date(2026, 4, 10), date(2026, 4, 17)) == 2


starts = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1), timezones=st.just(BANGKOK)
)


@given(starts, st.floats(min_value=0.1, max_value=10, allow_nan=False))
def test_result_is_inside_office_hours_of_a_working_day(start: datetime, days: float) -> None:
    end = CAL.add_working_days(start, days)
    assert end > start
    assert CAL.is_working_day(end.date())
    assert time(8, 30) < end.time() <= time(16, 30)


@given(starts, st.integers(min_value=0, max_value=6 * 60))
def test_later_start_never_promises_earlier(start: datetime, minutes: int) -> None:
    later = start + timedelta(minutes=minutes)
    assert CAL.promised_by(later) >= CAL.promised_by(start)
