"""Extra holidays (special days off announced by the cabinet) on top of the built-in calendar.

Only an administrator (station management) changes them; each change is audited and rebuilds the
working calendar that computes promised response dates.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.roles import Permission
from app.services.access import require
from app.services.base import ServiceBase
from app.services.types import Changes, CurrentUser, KnownError
from app.storage.models import ExtraHoliday


class HolidayService(ServiceBase):
    """List, add and remove extra holidays."""

    def list(self) -> list[tuple[date, str]]:
        """Extra holidays, by date."""
        with self._ctx.db.read_session() as session:
            return [(h.day, h.name) for h in session.scalars(select(ExtraHoliday).order_by(ExtraHoliday.day))]

    def _require(self, actor: CurrentUser) -> None:
        require(self._ctx, self._audit, actor, Permission.MANAGE_STATION, action="holidays")

    def add(self, actor: CurrentUser, day: date, name: str) -> Changes:
        """Adds (or renames) an extra holiday."""
        self._require(actor)
        name = name.strip()
        if not name:
            raise KnownError("holiday_name_required")
        with self._ctx.db.session() as session:
            session.merge(ExtraHoliday(day=day, name=name, added_by=actor.username))
            self._audit.append(
                session, actor.username, "holiday.add", day.isoformat(), {"name": name}, self._ctx.clock()
            )
        self._ctx.reload_calendar()
        return Changes()

    def remove(self, actor: CurrentUser, day: date) -> Changes:
        """Removes an extra holiday (no-op when absent)."""
        self._require(actor)
        with self._ctx.db.session() as session:
            row = session.get(ExtraHoliday, day)
            if row is None:
                return Changes()
            session.delete(row)
            self._audit.append(
                session, actor.username, "holiday.remove", day.isoformat(), {}, self._ctx.clock()
            )
        self._ctx.reload_calendar()
        return Changes()
