"""The fixtures of the storage and service tests (a real counter home on a fixed clock), in one place:
``tests/storage/conftest.py`` and ``tests/services/conftest.py`` import them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.logs import shutdown_logging
from app.services import Services
from tests.helpers.counter import Staff, fixed_clock, open_services, set_up_station


@pytest.fixture
def clock() -> FixedClock:
    """A clock at a working-day morning that moves only when a test says so."""
    return fixed_clock()


@pytest.fixture
def services(counter_home: Path, clock: FixedClock) -> Iterator[Services]:
    """The services of a fresh counter home (not yet set up)."""
    svc = open_services(counter_home, clock)
    yield svc
    svc.close()
    shutdown_logging()


@pytest.fixture
def staff(services: Services) -> Staff:
    """The station set up, with an administrator, an officer and a supervisor signed in."""
    return set_up_station(services)
