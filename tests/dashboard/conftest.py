"""A station with a known day: complaints around a weekend, Songkran and an extra holiday, a petition,
central status changes and ratings from both sources, all at fixed clock times (Bangkok)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.clock import BANGKOK, FixedClock
from app.services import Services
from sync.protocol import CentralStatus, StatusUpdate
from tests.helpers.counter import Staff, complaint, open_services, set_up_station
from tests.petitions.builders import petition

EXTRA_HOLIDAY = date(2026, 4, 9)  # a Thursday the station closes
NOW = datetime(2026, 4, 10, 15, 0, tzinfo=BANGKOK)  # Friday afternoon, before Songkran (13–15 April)


def bkk(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Bangkok time in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=BANGKOK)


@dataclass
class KnownDay:
    """The services, the clock, the staff and the record ids by name."""

    home: Path
    services: Services
    clock: FixedClock
    staff: Staff
    ids: dict[str, str] = field(default_factory=dict)


def _register(day: KnownDay, name: str, when: datetime, seed: int, officer: bool = True, **over: str) -> None:
    day.clock.set(when)
    user = day.staff.officer if officer else day.staff.supervisor
    day.ids[name] = day.services.complaints.register(user, complaint(seed, **over)).record_id


def build_known_day(home: Path) -> KnownDay:
    """Registers the known records and central answers; the clock ends at ``NOW``."""
    clock = FixedClock(bkk(4, 1, 9))
    services = open_services(home, clock)
    staff = set_up_station(services)
    services.holidays.add(staff.admin, EXTRA_HOLIDAY, "วันหยุดพิเศษของจุดบริการ")
    day = KnownDay(home, services, clock, staff)
    _register(day, "met", bkk(4, 2, 10), 1, category_code="utilities")  # promised Fri 3 Apr 14:00
    _register(day, "late", bkk(4, 2, 11), 2, category_code="land")  # promised Fri 3 Apr 15:00
    _register(day, "overdue", bkk(4, 3, 9), 3, officer=False, category_code="land")  # promised Mon 7 Apr
    # Wednesday 15:00: Thursday is the station's holiday, so the promise is Friday 16:30 + 1.5 h → the
    # Thursday after Songkran; without that holiday it would be Friday 11:00 (overdue at NOW).
    _register(day, "holiday", bkk(4, 8, 15), 4, category_code="utilities")
    _register(day, "today", bkk(4, 10, 9), 5, category_code="utilities")  # due Monday… after Songkran
    # Friday 14:00 before a weekend and Songkran: promised Friday 17 April 10:00.
    _register(day, "songkran", bkk(4, 10, 14), 6, category_code="corruption")
    _register(day, "repeat", bkk(4, 10, 14, 30), 7, linked_record_id=day.ids["met"])
    clock.set(bkk(4, 10, 10))
    payload = petition(3)
    payload.arrived_at = bkk(4, 10, 9, 30)
    assert services.petitions is not None and services.sync is not None
    day.ids["petition"] = services.petitions.register(staff.supervisor, payload).record_id
    store = services.sync.store
    # The same store the pump uses: the updates arrive as a sync would bring them.
    updates = [
        StatusUpdate(
            cursor=1,
            record_id=day.ids["met"],
            central_ref="PSC2569-00000001",
            status=CentralStatus.RECEIVED,
            changed_at=bkk(4, 2, 10, 5),
        ),
        StatusUpdate(
            cursor=2,
            record_id=day.ids["met"],
            central_ref="PSC2569-00000001",
            status=CentralStatus.FORWARDED,
            agency="MWA",
            changed_at=bkk(4, 3, 13),
        ),
        StatusUpdate(
            cursor=3,
            record_id=day.ids["met"],
            central_ref="PSC2569-00000001",
            status=CentralStatus.RESOLVED,
            changed_at=bkk(4, 8, 9),
        ),
        StatusUpdate(
            cursor=4,
            record_id=day.ids["late"],
            central_ref="PSC2569-00000002",
            status=CentralStatus.IN_PROGRESS,
            changed_at=bkk(4, 3, 15, 30),
        ),
    ]
    store.apply_updates(updates, 0)  # cursor 0: the real center's feed starts after these
    clock.set(bkk(4, 10, 14, 40))
    services.ratings.record(staff.officer, day.ids["songkran"], 5, "บริการรวดเร็ว ขอบคุณค่ะ")
    services.ratings.store_from_center("", day.ids["met"], 3, "รอนานไปหน่อย", bkk(4, 9, 20))
    clock.set(NOW)
    return day


@pytest.fixture
def known_day(counter_home: Path) -> Iterator[KnownDay]:
    """The known day, closed at the end."""
    day = build_known_day(counter_home)
    try:
        yield day
    finally:
        day.services.close()
