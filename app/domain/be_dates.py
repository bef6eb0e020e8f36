"""Dates as people type them at a Thai counter, read as Christian-era values (no Qt: the date fields and
tests share it).

Every date an officer types or picks is in the Buddhist era (พ.ศ. = ค.ศ. + 543), ``dd/mm/yyyy``. People
type it many ways, all of which are read here:

* ``3/12/2569``, ``03-12-2569``, ``3.12.2569``, ``3 12 2569``, Thai digits ``๓/๑๒/๒๕๖๙``;
* a month name: ``3 ธ.ค. 2569``, ``3 ธันวาคม 2569``, ``3 Dec 2569``;
* an explicit era: ``3/12/พ.ศ. 2569`` is the same day; ``3/12/2026 ค.ศ.`` (or ``CE``/``AD``) is
  converted (+543) and the reading says so, so the field can tell the officer it did.

A bare year below 2400 is a Christian year typed by habit (2026 would be 1483 CE as a BE year): it is
refused with the BE year it probably means, never silently converted. Two-digit years (``3/12/69``) are
refused too: for a birth date ``69`` could be 2469 or 2569, and a wrong century is worse than one more
keystroke. A time may follow the date (``3/12/2569 9:30``, ``09.30``, ``9.30 น.``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from app.domain.thaidate import BE_OFFSET, EN_MONTHS, THAI_MONTHS, THAI_MONTHS_SHORT, to_ascii_digits

# A year typed below this is a CE year typed by habit, which would land five centuries back.
MIN_BE_YEAR = 2400
# Past this a BE year is a typing slip (2700 BE is 2157 CE).
MAX_BE_YEAR = 2700


class DateProblem(StrEnum):
    """Why a typed date was not read (the UI turns each into a sentence)."""

    NOT_A_DATE = "not_a_date"  # not day, month and year
    NO_SUCH_DAY = "no_such_day"  # 31/02/2569
    CE_YEAR = "ce_year"  # 2026 without ค.ศ.: probably means 2569
    SHORT_YEAR = "short_year"  # 69: which century?
    YEAR_OUT_OF_RANGE = "year_out_of_range"  # 2999
    BAD_TIME = "bad_time"  # 25:70


@dataclass(frozen=True)
class DateReading:
    """What a typed date means: a value (CE) or a problem; ``from_ce`` when a marked CE year was converted,
    ``year`` is the year as typed (for the message), ``suggested_be`` the BE year a CE year probably meant."""

    value: date | None = None
    problem: DateProblem | None = None
    from_ce: bool = False
    year: int | None = None
    suggested_be: int | None = None
    time_of_day: time | None = None


_MONTH_NAMES: dict[str, int] = {}
for _n, (_long, _short, _en) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT, EN_MONTHS, strict=True), 1):
    _MONTH_NAMES[_long] = _n
    _MONTH_NAMES[_short] = _n
    _MONTH_NAMES[_short.replace(".", "")] = _n
    _MONTH_NAMES[_en.lower()] = _n
    _MONTH_NAMES[_en[:3].lower()] = _n

_CE_MARK = re.compile(r"(ค\.?\s?ศ\.?|\bC\.?E\.?\b|\bA\.?D\.?\b)", re.IGNORECASE)
_BE_MARK = re.compile(r"(พ\.?\s?ศ\.?|\bB\.?E\.?\b)", re.IGNORECASE)
_TIME = re.compile(r"\s+(\d{1,2})[:.](\d{2})(?:\s*น\.?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d+)$")
_NAMED = re.compile(r"^(\d{1,2})\s*[\s\-/]\s*([^\d\s\-/]+)\s*[\s\-/]?\s*(\d+)$")


def _month_of(name: str) -> int | None:
    return _MONTH_NAMES.get(name.strip().lower()) or _MONTH_NAMES.get(name.strip().lower().rstrip("."))


def read_be_date(text: str, *, with_time: bool = False) -> DateReading | None:
    """Reads a typed date (and a time after it when ``with_time``); ``None`` when the text is empty."""
    s = to_ascii_digits(text).strip()
    if not s:
        return None
    clock: time | None = None
    if with_time:
        m = _TIME.search(s)
        if m is None:
            return DateReading(problem=DateProblem.NOT_A_DATE)
        hh, mi = int(m.group(1)), int(m.group(2))
        if hh > 23 or mi > 59:
            return DateReading(problem=DateProblem.BAD_TIME)
        clock = time(hh, mi)
        s = s[: m.start()].strip()
    from_ce = bool(_CE_MARK.search(s))
    s = _BE_MARK.sub(" ", _CE_MARK.sub(" ", s)).strip()
    s = re.sub(r"\s+", " ", s)
    if m := _NUMERIC.match(s):
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
    elif (m := _NAMED.match(s)) and (named := _month_of(m.group(2))) is not None:
        day, month, year_text = int(m.group(1)), named, m.group(3)
    else:
        return DateReading(problem=DateProblem.NOT_A_DATE)
    year = int(year_text)
    if len(year_text) <= 2:
        return DateReading(problem=DateProblem.SHORT_YEAR, year=year)
    if len(year_text) != 4:
        return DateReading(problem=DateProblem.NOT_A_DATE)
    if from_ce:
        be = year + BE_OFFSET
    elif year < MIN_BE_YEAR:
        return DateReading(problem=DateProblem.CE_YEAR, year=year, suggested_be=year + BE_OFFSET)
    else:
        be = year
    if not MIN_BE_YEAR <= be <= MAX_BE_YEAR:
        return DateReading(problem=DateProblem.YEAR_OUT_OF_RANGE, year=year)
    try:
        value = date(be - BE_OFFSET, month, day)
    except ValueError:
        return DateReading(problem=DateProblem.NO_SUCH_DAY, year=year)
    return DateReading(value=value, from_ce=from_ce, year=year, time_of_day=clock)


def format_be_date(value: date) -> str:
    """A date as the field shows it: ``03/12/2569``."""
    return f"{value.day:02d}/{value.month:02d}/{value.year + BE_OFFSET:04d}"


def format_be_date_time(value: datetime) -> str:
    """A wall-clock datetime as the field shows it: ``03/12/2569 09:30``."""
    return f"{format_be_date(value.date())} {value.hour:02d}:{value.minute:02d}"


def be_month_title(year: int, month: int, *, english: bool = False) -> str:
    """The calendar page title of a CE ``year``/``month``: ``ธันวาคม พ.ศ. 2569`` or ``December 2569 BE``."""
    if english:
        return f"{EN_MONTHS[month - 1]} {year + BE_OFFSET} BE"
    return f"{THAI_MONTHS[month - 1]} พ.ศ. {year + BE_OFFSET}"
