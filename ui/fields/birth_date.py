"""A date-of-birth field the Thai way: typed and shown as day/month/Buddhist-era year (``15/01/2530``), or
the year alone when the registry knows only that; the payload keeps ISO ``1987-01-15`` (or ``1987``)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QWidget

from app.domain.be_dates import MIN_BE_YEAR, DateReading
from app.domain.thaidate import BE_OFFSET, to_ascii_digits
from ui.fields.be_date_edit import BeDateEdit

_FULL = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


def be_text_to_iso(text: str) -> str | None:
    """``15/01/2530`` → ``1987-01-15``; ``2530`` → ``1987``; empty → ``""``; anything else → None."""
    s = to_ascii_digits(text.strip())
    if not s:
        return ""
    if m := _YEAR.match(s):
        return f"{int(m.group(1)) - BE_OFFSET:04d}"
    if m := _FULL.match(s):
        try:
            return date(int(m.group(3)) - BE_OFFSET, int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    return None


def iso_to_be_text(iso: str) -> str:
    """``1987-01-15`` → ``15/01/2530``; ``1987`` → ``2530``; other text comes back as it is."""
    if re.fullmatch(r"\d{4}", iso):
        return str(int(iso) + BE_OFFSET)
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day:02d}/{d.month:02d}/{d.year + BE_OFFSET}"


class BirthDateEdit(BeDateEdit):
    """Date of birth, ``วว/ดด/ปปปป`` in the Buddhist era, or the year alone; with the พ.ศ. calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("birth_date")

    def reading(self) -> DateReading | None:
        """A BE year alone is a whole answer here (the registry may know only the year)."""
        if (m := _YEAR.match(to_ascii_digits(self.text().strip()))) and int(m.group(1)) >= MIN_BE_YEAR:
            return None
        return super().reading()

    def value(self) -> str:  # type: ignore[override]
        """The date as ISO (``""`` when empty; the text as typed when it is not a date, so the validator
        can say so rather than the date silently vanishing)."""
        day = super().value()
        if day is not None:
            return day.isoformat()
        iso = be_text_to_iso(self.text())
        return self.text().strip() if iso is None else iso

    def set_value(self, iso: str) -> None:  # type: ignore[override]
        """Shows an ISO date (or year) in the Thai form."""
        self.setText(iso_to_be_text(iso) if iso else "")
