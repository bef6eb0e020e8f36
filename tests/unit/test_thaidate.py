"""Buddhist-era dates, Thai month names and Thai digits, as printed on receipts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.clock import BANGKOK
from app.domain.thaidate import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    be_year,
    format_date_en,
    format_datetime_en,
    format_thai_date,
    format_thai_datetime,
    format_thai_time,
    format_thai_weekday_date,
    to_ascii_digits,
    to_thai_digits,
)


def test_long_and_short() -> None:
    d = date(2026, 11, 25)
    assert format_thai_date(d) == "25 พฤศจิกายน 2569"
    assert format_thai_date(d, style="short") == "25 พ.ย. 2569"
    assert format_thai_date(d, thai_digits=True) == "๒๕ พฤศจิกายน ๒๕๖๙"


def test_datetime_is_shown_in_bangkok_time() -> None:
    # 07:05 UTC is 14:05 in Bangkok
    dt = datetime(2026, 11, 25, 7, 5, tzinfo=UTC)
    assert format_thai_datetime(dt) == "25 พ.ย. 2569 14:05 น."
    assert format_thai_datetime(dt, style="long", thai_digits=True) == "๒๕ พฤศจิกายน ๒๕๖๙ ๑๔:๐๕ น."
    assert format_thai_time(dt) == "14:05 น."


def test_date_changes_at_bangkok_midnight_not_utc() -> None:
    late_utc = datetime(2026, 12, 31, 18, 30, tzinfo=UTC)  # 01:30 on 1 Jan 2027 in Bangkok
    assert format_thai_date(late_utc) == "1 มกราคม 2570"
    assert be_year(late_utc) == 2570
    assert format_thai_datetime(datetime(2026, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=9)))) == (
        "31 ธ.ค. 2568 22:30 น."
    )


def test_naive_datetime_cannot_be_shown_with_a_time() -> None:
    with pytest.raises(ValueError):
        format_thai_datetime(datetime(2026, 11, 25, 14, 5))


def test_weekday_and_english() -> None:
    assert format_thai_weekday_date(date(2026, 11, 25)) == "วันพุธที่ 25 พฤศจิกายน 2569"
    assert format_date_en(date(2026, 11, 25)) == "25 November 2026"
    assert format_date_en(date(2026, 11, 25), style="short", be=True) == "25 Nov 2569 BE"
    assert format_datetime_en(datetime(2026, 11, 25, 7, 5, tzinfo=UTC)) == "25 Nov 2026 14:05"


def test_all_month_names() -> None:
    assert THAI_MONTHS[1] == "กุมภาพันธ์" and THAI_MONTHS_SHORT[1] == "ก.พ."
    for m in range(1, 13):
        assert format_thai_date(date(2026, m, 1), style="long").split(" ")[1] == THAI_MONTHS[m - 1]
        assert format_thai_date(date(2026, m, 1), style="short").split(" ")[1] == THAI_MONTHS_SHORT[m - 1]


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_be_year_is_ce_plus_543(d: date) -> None:
    assert be_year(d) == d.year + 543
    assert format_thai_date(d).endswith(str(d.year + 543))
    assert to_ascii_digits(format_thai_date(d, thai_digits=True)) == format_thai_date(d)


@given(st.datetimes(timezones=st.just(UTC), min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)))
def test_datetime_agrees_with_bangkok_wall_clock(dt: datetime) -> None:
    local = dt.astimezone(BANGKOK)
    text = format_thai_datetime(dt)
    assert text.endswith(f"{local.hour:02d}:{local.minute:02d} น.")
    assert text.startswith(f"{local.day} {THAI_MONTHS_SHORT[local.month - 1]} {local.year + 543}")


def test_thai_digits() -> None:
    assert to_thai_digits("โทร 1111 ต่อ 0") == "โทร ๑๑๑๑ ต่อ ๐"
    assert to_ascii_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
