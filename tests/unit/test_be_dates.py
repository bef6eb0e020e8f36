"""Typed Buddhist-era dates: every way people type them reads to the right Christian-era date."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.be_dates import (
    DateProblem,
    be_month_title,
    format_be_date,
    format_be_date_time,
    read_be_date,
)
from app.domain.thaidate import THAI_MONTHS_SHORT, to_thai_digits

DAYS = st.dates(min_value=date(1857, 1, 1), max_value=date(2157, 12, 31))


@given(DAYS)
def test_the_shown_text_reads_back_to_the_same_day(day: date) -> None:
    reading = read_be_date(format_be_date(day))
    assert reading is not None and reading.value == day and not reading.from_ce


@given(DAYS, st.sampled_from(["/", "-", ".", " "]), st.booleans(), st.booleans())
def test_people_typing_it_their_way_get_the_same_day(day: date, sep: str, pad: bool, thai: bool) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    text = sep.join([d, m, str(day.year + 543)])
    reading = read_be_date(to_thai_digits(text) if thai else text)
    assert reading is not None and reading.value == day


@given(DAYS)
def test_a_month_name_is_read(day: date) -> None:
    reading = read_be_date(f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {day.year + 543}")
    assert reading is not None and reading.value == day


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2156, 12, 31)))
def test_a_marked_christian_year_is_converted_and_said(day: date) -> None:
    reading = read_be_date(f"{day.day}/{day.month}/{day.year} ค.ศ.")
    assert reading is not None and reading.value == day and reading.from_ce


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2399, 12, 31)))
def test_a_bare_christian_year_is_refused_with_the_buddhist_year_meant(day: date) -> None:
    reading = read_be_date(f"{day.day}/{day.month}/{day.year}")
    assert reading is not None and reading.value is None
    assert reading.problem is DateProblem.CE_YEAR and reading.suggested_be == day.year + 543


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/12/2569", date(2026, 12, 3)),
        ("03-12-2569", date(2026, 12, 3)),
        ("๓/๑๒/๒๕๖๙", date(2026, 12, 3)),
        ("3 ธันวาคม 2569", date(2026, 12, 3)),
        ("3 ธ.ค. พ.ศ. 2569", date(2026, 12, 3)),
        ("3 Dec 2569", date(2026, 12, 3)),
        ("3/12/2026 CE", date(2026, 12, 3)),
        ("ค.ศ. 2026-12-3", None),  # year first is not a Thai way of writing a date
    ],
)
def test_the_forms_named_in_the_issue(text: str, expected: date | None) -> None:
    reading = read_be_date(text)
    assert reading is not None and reading.value == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/02/2569", DateProblem.NO_SUCH_DAY),
        ("3/12/69", DateProblem.SHORT_YEAR),
        ("3/12/2999", DateProblem.YEAR_OUT_OF_RANGE),
        ("3/12/2026", DateProblem.CE_YEAR),
        ("พรุ่งนี้", DateProblem.NOT_A_DATE),
    ],
)
def test_what_is_not_a_date_says_why(text: str, problem: DateProblem) -> None:
    reading = read_be_date(text)
    assert reading is not None and reading.value is None and reading.problem is problem


def test_empty_is_no_reading() -> None:
    assert read_be_date("  ") is None


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2150, 1, 1)))
def test_date_and_time_read_back(value: datetime) -> None:
    value = value.replace(second=0, microsecond=0)
    reading = read_be_date(format_be_date_time(value), with_time=True)
    assert reading is not None and reading.value == value.date()
    assert reading.time_of_day == time(value.hour, value.minute)


def test_time_forms_and_bad_times() -> None:
    reading = read_be_date("3/12/2569 9.30 น.", with_time=True)
    assert reading is not None and reading.time_of_day == time(9, 30)
    bad = read_be_date("3/12/2569 25:70", with_time=True)
    assert bad is not None and bad.problem is DateProblem.BAD_TIME
    no_time = read_be_date("3/12/2569", with_time=True)
    assert no_time is not None and no_time.problem is DateProblem.NOT_A_DATE


def test_month_titles() -> None:
    assert be_month_title(2026, 12) == "ธันวาคม พ.ศ. 2569"
    assert be_month_title(2026, 12, english=True) == "December 2569 BE"
