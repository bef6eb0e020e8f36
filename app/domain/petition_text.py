"""What an officer types into the petition form, read as values (no Qt: the form and tests share it).

The form keeps the text as typed (a failed save never changes it); these functions say what that text
means. Thai digits (๐–๙) are accepted everywhere, as on a Thai keyboard.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from app.domain.clock import BANGKOK
from app.domain.thaidate import BE_OFFSET, to_ascii_digits

# A year typed below this is a CE year typed by habit, which would land five centuries back.
_MIN_BE_YEAR = 2400


def parse_headcount(text: str) -> int:
    """The headcount typed, as a number (Thai digits and thousands separators accepted); 0 when it is not a
    number, so validation says it is out of range and the text stays as typed."""
    cleaned = to_ascii_digits(text).replace(",", "").replace(" ", "").strip()
    try:
        return int(cleaned)
    except ValueError:
        return 0


def parse_clock(text: str) -> time | None:
    """``13:30`` or ``13.30`` (Thai digits accepted) as a time, ``None`` otherwise."""
    cleaned = to_ascii_digits(text).strip().replace(".", ":").replace("น", "").strip()
    try:
        hh, mi = (int(x) for x in cleaned.split(":"))
        return time(hh, mi)
    except ValueError:
        return None


def parse_be_datetime(text: str) -> datetime | None:
    """``05/03/2569 09:30`` (Buddhist-era year) as a naive Bangkok wall-clock datetime (CE), or ``None``
    when the text is not a whole valid date and time."""
    try:
        day_part, time_part = to_ascii_digits(text).split()
        dd, mm, yy = (int(x) for x in day_part.split("/"))
        hh, mi = (int(x) for x in time_part.split(":"))
    except ValueError:
        return None
    if yy < _MIN_BE_YEAR:
        return None
    try:
        return datetime(yy - BE_OFFSET, mm, dd, hh, mi)
    except ValueError:
        return None


def format_be_datetime(value: datetime) -> str:
    """A wall-clock datetime as the form shows it: ``05/03/2569 09:30`` (BE year)."""
    return (
        f"{value.day:02d}/{value.month:02d}/{value.year + BE_OFFSET:04d} {value.hour:02d}:{value.minute:02d}"
    )


def meeting_time(day: date, text: str) -> datetime | None:
    """A meeting's clock time typed on the day of the visit, as an aware UTC datetime (``None`` when the
    text is not a time)."""
    clock = parse_clock(text)
    if clock is None:
        return None
    return datetime.combine(day, clock, tzinfo=BANGKOK).astimezone(UTC)


def digits_only(text: str) -> str:
    """The ASCII digits of what was typed (a national ID typed with dashes, spaces or Thai digits)."""
    return "".join(ch for ch in to_ascii_digits(text) if ch.isdigit())
