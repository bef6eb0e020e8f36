"""An injectable clock: services and the outbox take one, tests pass a fixed one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

BANGKOK = ZoneInfo("Asia/Bangkok")

Clock = Callable[[], datetime]
"""Returns the current time as an aware datetime (UTC)."""


def system_clock() -> datetime:
    """The real time, aware, in UTC."""
    return datetime.now(UTC)


class FixedClock:
    """A clock for tests: starts at a given instant and moves only when told."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def __call__(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        """Moves the clock forward."""
        self._now += delta

    def set(self, when: datetime) -> None:
        """Puts the clock at an instant."""
        self._now = when.astimezone(UTC)
