"""The petition form's typed text read as values (app.domain.petition_text)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from app.domain.petition_text import (
    digits_only,
    format_be_datetime,
    meeting_time,
    parse_be_datetime,
    parse_clock,
    parse_headcount,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("150", 150), ("๑๕๐", 150), ("1,200", 1200), (" 2 000 ", 2000), ("", 0), ("ประมาณร้อย", 0), ("-5", -5)],
)
def test_headcount_reads_thai_digits_and_separators(text: str, expected: int) -> None:
    assert parse_headcount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("13:30", time(13, 30)), ("13.30", time(13, 30)), ("๑๓:๓๐", time(13, 30)), ("9:05", time(9, 5))],
)
def test_clock_reads_colon_dot_and_thai_digits(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["", "บ่าย", "25:00", "13:61", "1330", "13:30:00"])
def test_clock_refuses_what_is_not_a_time(text: str) -> None:
    assert parse_clock(text) is None


def test_be_datetime_round_trips_and_refuses_ce_years_and_bad_dates() -> None:
    assert parse_be_datetime("05/03/2569 09:30") == datetime(2026, 3, 5, 9, 30)
    assert parse_be_datetime("๐๕/๐๓/๒๕๖๙ ๐๙:๓๐") == datetime(2026, 3, 5, 9, 30)
    assert format_be_datetime(datetime(2026, 3, 5, 9, 30)) == "05/03/2569 09:30"
    assert parse_be_datetime(format_be_datetime(datetime(2027, 12, 31, 23, 59))) == datetime(
        2027, 12, 31, 23, 59
    )
    assert parse_be_datetime("05/03/2026 09:30") is None  # a CE year typed by habit
    assert parse_be_datetime("31/02/2569 09:30") is None
    assert parse_be_datetime("05/03/2569 24:00") is None
    assert parse_be_datetime("05/03/2569") is None


def test_meeting_time_is_bangkok_clock_on_the_visit_day() -> None:
    assert meeting_time(date(2026, 3, 5), "13:30") == datetime(2026, 3, 5, 6, 30, tzinfo=UTC)
    assert meeting_time(date(2026, 3, 5), "บ่ายโมง") is None


def test_digits_only_strips_dashes_spaces_and_thai_digits() -> None:
    assert digits_only("1-1037-๐๐๒๓๔-๕๖-7") == "1103700234567"
