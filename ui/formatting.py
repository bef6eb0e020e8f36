"""Dates and codes as the officer reads them, in the interface language (Buddhist-era years in Thai)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from app.domain.thaidate import (
    Style,
    format_date_en,
    format_datetime_en,
    format_thai_date,
    format_thai_datetime,
    format_thai_time,
)


def english() -> bool:
    """True when the interface speaks English (``ui.i18n.Translations`` sets the default locale with the
    language, so no global state is needed)."""
    return QLocale().language() == QLocale.Language.English


def show_datetime(when: datetime | None) -> str:
    """``25 พ.ย. 2569 14:05 น.`` (Thai) or ``25 Nov 2569 BE 14:05`` (English); "" for None."""
    if when is None:
        return ""
    if english():
        return format_datetime_en(when, be=True)
    return format_thai_datetime(when)


def show_date(when: date | datetime | None, *, style: Style = "long") -> str:
    """``25 พฤศจิกายน 2569`` (Thai) or ``25 November 2569 BE`` (English); ``style="short"`` gives
    ``25 พ.ย. 2569`` / ``25 Nov 2569 BE``; "" for None."""
    if when is None:
        return ""
    if english():
        return format_date_en(when, style=style, be=True)
    return format_thai_date(when, style=style)


def show_time(when: datetime | None) -> str:
    """``14:05 น.`` (Thai) or ``14:05`` (English), Bangkok time; "" for None."""
    if when is None:
        return ""
    return format_thai_time(when, suffix=not english())
