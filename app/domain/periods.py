"""Report periods of the station: a day, a week (Monday–Sunday), a month and the Thai fiscal year.

The Thai government fiscal year (ปีงบประมาณ) runs from 1 October to 30 September and is named by the
Buddhist-era year in which it *ends*: ปีงบประมาณ 2569 is 1 October 2025 – 30 September 2026. Periods are
Bangkok calendar days; ``utc_bounds`` gives the half-open UTC interval SQL compares ``created_at`` with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from app.domain.clock import BANGKOK
from app.domain.thaidate import BE_OFFSET, THAI_MONTHS, format_thai_date

FISCAL_YEAR_START_MONTH = 10


class PeriodKind(StrEnum):
    """How long a report period is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    FISCAL_YEAR = "fiscal_year"


@dataclass(frozen=True)
class Period:
    """Bangkok days ``first`` … ``last`` (inclusive)."""

    kind: PeriodKind
    first: date
    last: date

    @property
    def days(self) -> int:
        """How many calendar days the period holds."""
        return (self.last - self.first).days + 1

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """``[start, end)`` in UTC: Bangkok midnight of ``first`` to Bangkok midnight after ``last``."""
        start = datetime.combine(self.first, time(0), tzinfo=BANGKOK).astimezone(UTC)
        end = datetime.combine(self.last + timedelta(days=1), time(0), tzinfo=BANGKOK).astimezone(UTC)
        return start, end

    def label_th(self) -> str:
        """The Thai title of the period: ``ปีงบประมาณ 2569``, ``เดือนมีนาคม 2569``, a date range."""
        if self.kind is PeriodKind.FISCAL_YEAR:
            return f"ปีงบประมาณ {fiscal_year_of(self.first)}"
        if self.kind is PeriodKind.MONTH:
            return f"เดือน{THAI_MONTHS[self.first.month - 1]} {self.first.year + BE_OFFSET}"
        if self.kind is PeriodKind.DAY:
            return f"วันที่ {format_thai_date(self.first)}"
        return f"{format_thai_date(self.first)} – {format_thai_date(self.last)}"

    def label_en(self) -> str:
        """The English title (Buddhist-era years kept, as the center's reports do)."""
        if self.kind is PeriodKind.FISCAL_YEAR:
            return f"Fiscal year {fiscal_year_of(self.first)} (B.E.)"
        if self.kind is PeriodKind.MONTH:
            return f"{self.first:%B} {self.first.year + BE_OFFSET}"
        return f"{self.first.isoformat()} – {self.last.isoformat()}"


def day_period(day: date) -> Period:
    """One Bangkok day."""
    return Period(PeriodKind.DAY, day, day)


def week_of(day: date) -> Period:
    """The Monday–Sunday week holding ``day``."""
    first = day - timedelta(days=day.weekday())
    return Period(PeriodKind.WEEK, first, first + timedelta(days=6))


def month_of(day: date) -> Period:
    """The calendar month holding ``day``."""
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return Period(PeriodKind.MONTH, first, nxt - timedelta(days=1))


def fiscal_year_of(day: date) -> int:
    """The Buddhist-era number of the fiscal year holding ``day`` (October starts the next one)."""
    ce = day.year + (1 if day.month >= FISCAL_YEAR_START_MONTH else 0)
    return ce + BE_OFFSET


def fiscal_year(be_year: int) -> Period:
    """Fiscal year ``be_year`` (B.E.): 1 October of the CE year before to 30 September."""
    end_ce = be_year - BE_OFFSET
    return Period(
        PeriodKind.FISCAL_YEAR,
        date(end_ce - 1, FISCAL_YEAR_START_MONTH, 1),
        date(end_ce, FISCAL_YEAR_START_MONTH - 1, 30),
    )


def period_of(kind: PeriodKind, day: date) -> Period:
    """The period of ``kind`` that holds ``day``."""
    if kind is PeriodKind.DAY:
        return day_period(day)
    if kind is PeriodKind.WEEK:
        return week_of(day)
    if kind is PeriodKind.MONTH:
        return month_of(day)
    return fiscal_year(fiscal_year_of(day))
