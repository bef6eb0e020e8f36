"""Dates the Thai way: Buddhist-era years, Thai month names, optional Thai digits.

Neither Babel nor Qt formats BE years, so this small formatter is ours. Every date shown to a person or
printed is a Bangkok calendar date: aware datetimes are converted to Asia/Bangkok first.

* long: ``25 พฤศจิกายน 2569``
* short: ``25 พ.ย. 2569``
* with time: ``25 พ.ย. 2569 14:05 น.``
* English: ``25 November 2026`` / ``25 Nov 2026`` (Common Era, as in English-language Thai government
  documents); ``be=True`` gives ``25 Nov 2569 BE``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from app.domain.clock import BANGKOK

BE_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")  # Monday first
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

Style = Literal["short", "long"]

_TO_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ASCII_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def to_thai_digits(text: str) -> str:
    """``text`` with ASCII digits 0–9 replaced by Thai digits ๐–๙; everything else unchanged."""
    return text.translate(_TO_THAI_DIGITS)


def to_ascii_digits(text: str) -> str:
    """``text`` with Thai digits ๐–๙ replaced by ASCII digits."""
    return text.translate(_TO_ASCII_DIGITS)


def bangkok_date(d: date | datetime) -> date:
    """The Bangkok calendar date of ``d``: an aware datetime is converted first; a naive datetime or a
    date is taken as it is."""
    if isinstance(d, datetime):
        if d.tzinfo is not None:
            d = d.astimezone(BANGKOK)
        return d.date()
    return d


def _bangkok_datetime(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("an aware datetime is needed to show a time (naive times are ambiguous)")
    return dt.astimezone(BANGKOK)


def be_year(d: date | datetime) -> int:
    """The Buddhist-era year of the (Bangkok) date: CE + 543."""
    return bangkok_date(d).year + BE_OFFSET


def format_thai_date(d: date | datetime, *, style: Style = "long", thai_digits: bool = False) -> str:
    """``25 พฤศจิกายน 2569`` (long) or ``25 พ.ย. 2569`` (short), optionally in Thai digits."""
    day = bangkok_date(d)
    months = THAI_MONTHS if style == "long" else THAI_MONTHS_SHORT
    text = f"{day.day} {months[day.month - 1]} {day.year + BE_OFFSET}"
    return to_thai_digits(text) if thai_digits else text


def format_thai_time(dt: datetime, *, thai_digits: bool = False, suffix: bool = True) -> str:
    """``14:05 น.`` (Bangkok time of an aware datetime); ``suffix=False`` leaves out ``น.``."""
    local = _bangkok_datetime(dt)
    text = f"{local.hour:02d}:{local.minute:02d}" + (" น." if suffix else "")
    return to_thai_digits(text) if thai_digits else text


def format_thai_datetime(dt: datetime, *, style: Style = "short", thai_digits: bool = False) -> str:
    """``25 พ.ย. 2569 14:05 น.``: an aware datetime shown in Bangkok time (``ValueError`` when naive)."""
    local = _bangkok_datetime(dt)
    text = f"{format_thai_date(local, style=style)} {format_thai_time(local)}"
    return to_thai_digits(text) if thai_digits else text


def format_thai_weekday_date(d: date | datetime, *, style: Style = "long", thai_digits: bool = False) -> str:
    """``วันพุธที่ 25 พฤศจิกายน 2569``, as letters and promised-response lines read."""
    day = bangkok_date(d)
    text = f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {format_thai_date(day, style=style)}"
    return to_thai_digits(text) if thai_digits else text


def format_date_en(d: date | datetime, *, style: Style = "long", be: bool = False) -> str:
    """``25 November 2026`` (long) or ``25 Nov 2026`` (short); ``be=True`` gives ``25 Nov 2569 BE``."""
    day = bangkok_date(d)
    month = EN_MONTHS[day.month - 1]
    if style == "short":
        month = month[:3]
    if be:
        return f"{day.day} {month} {day.year + BE_OFFSET} BE"
    return f"{day.day} {month} {day.year}"


def format_datetime_en(dt: datetime, *, style: Style = "short", be: bool = False) -> str:
    """``25 Nov 2026 14:05`` in Bangkok time (``ValueError`` when naive)."""
    local = _bangkok_datetime(dt)
    return f"{format_date_en(local, style=style, be=be)} {local.hour:02d}:{local.minute:02d}"
