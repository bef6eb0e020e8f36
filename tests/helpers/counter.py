"""Shared test helpers: open a real counter home, set up a station and users, make valid complaints.

Generic on purpose (any part's tests may use them): everything goes through the real services on a real
SQLCipher file; nothing is mocked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from app.domain.clock import Clock, FixedClock
from app.domain.fakes import fake_complaint
from app.domain.records import ComplaintPayload, IdentityMode
from app.domain.roles import Role
from app.services import Services, build_services
from app.services.context import open_app
from app.services.types import CurrentUser
from app.storage.db import DB_FILE, raw_connect
from app.storage.keys import load_key

STATION_CODE = "5"
STATION_DIGITS = "005"
ADMIN = "admin"
ADMIN_PASSWORD = "admin-pass-1"
OFFICER = "officer1"
OFFICER_PASSWORD = "officer-pass-1"
SUPERVISOR = "super1"
SUPERVISOR_PASSWORD = "super-pass-1"
# A Tuesday morning in Bangkok (09:00 +07:00): a working day, inside office hours.
T0 = datetime(2026, 3, 24, 2, 0, tzinfo=UTC)


def fixed_clock(start: datetime = T0) -> FixedClock:
    """A clock for tests, at a working-day morning unless told otherwise."""
    return FixedClock(start)


# Real Argon2, cheap parameters: the default profile costs ~0.3 s a hash, which set-up pays five times.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def open_services(home: Path, clock: Clock | None = None) -> Services:
    """Opens (or creates) a counter home and builds its services (with a cheap Argon2 profile)."""
    return build_services(open_app(home, clock or fixed_clock()), FAST_HASHER)


@dataclass(frozen=True)
class Staff:
    """The users a set-up station has."""

    admin: CurrentUser
    officer: CurrentUser
    supervisor: CurrentUser
    recovery_code: str


def set_up_station(services: Services) -> Staff:
    """Initialises the station with an administrator, a counter officer and a supervisor."""
    result = services.auth.initialize(
        STATION_CODE, "ศูนย์บริการประชาชน (ทดสอบ)", ADMIN, "ผู้ดูแลระบบ", ADMIN_PASSWORD
    )
    services.auth.create_user(result.user, OFFICER, "สมศรี ทดสอบ", Role.COUNTER_OFFICER, OFFICER_PASSWORD)
    services.auth.create_user(result.user, SUPERVISOR, "หัวหน้า ทดสอบ", Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    officer = services.auth.login(OFFICER, OFFICER_PASSWORD)
    supervisor = services.auth.login(SUPERVISOR, SUPERVISOR_PASSWORD)
    return Staff(result.user, officer, supervisor, result.recovery_code)


def complaint(seed: int = 1, **overrides: Any) -> ComplaintPayload:
    """A valid synthetic complaint (identified unless overridden); fields can be overridden by name."""
    rng = random.Random(seed)
    from app.domain.reference import ReferenceData

    ref = ReferenceData.load_bundled()
    while True:
        payload = fake_complaint(rng, ref)
        if payload.identity_mode is IdentityMode.IDENTIFIED and payload.complainant.national_id:
            break
    for key, value in overrides.items():
        if hasattr(payload.complainant, key) and not hasattr(payload, key):
            setattr(payload.complainant, key, value)
        else:
            setattr(payload, key, value)
    return payload


def raw_sql(home: Path) -> Any:
    """A plain sqlcipher3 connection to the home's database through its key (for checks and tampering);
    the caller closes it."""
    key = load_key(home)
    assert key is not None
    return raw_connect(home / DB_FILE, key, check_same_thread=True)


def table_counts(
    home: Path, tables: tuple[str, ...] = ("records", "record_versions", "outbox", "audit_events")
) -> dict[str, int]:
    """Row counts of some tables, read with plain SQL."""
    conn = raw_sql(home)
    try:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    finally:
        conn.close()
