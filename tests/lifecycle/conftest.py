"""Fixtures of the PDPA lifecycle tests: a real counter (SQLCipher file, key vault, attachment store)
with one user of each role, and the reference center served over HTTP on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.roles import Role
from app.logs import shutdown_logging
from app.services import Services, build_services
from app.services.context import open_app
from app.services.lifecycle import LifecycleService
from app.services.petitions import PetitionService
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.counter import FAST_HASHER, T0

PASSWORD = "รหัสผ่านทดสอบ-1234"
REPO = Path(__file__).resolve().parents[2]


def run_cli(home: Path, *args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """``psc-counter ARGS`` in a child process on ``home``; of ``PSC_COUNTER_*`` only those given."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("PSC_COUNTER_")}
    full.update(PSC_COUNTER_HOME=str(home), PSC_COUNTER_KEYRING="off", **env)
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        cwd=REPO,
        timeout=240,
        check=False,
    )


@dataclass
class Counter:
    """A counter's services and its signed-in users."""

    services: Services
    clock: FixedClock
    admin: CurrentUser
    officer: CurrentUser
    staff: CurrentUser  # mass coordination
    supervisor: CurrentUser

    @property
    def lifecycle(self) -> LifecycleService:
        """The PDPA lifecycle service."""
        assert self.services.lifecycle is not None
        return self.services.lifecycle

    @property
    def petitions(self) -> PetitionService:
        """The petitions service (full services: it renders with QtGui)."""
        assert isinstance(self.services.petitions, PetitionService)
        return self.services.petitions

    @property
    def sync(self) -> SyncService:
        """The sync service (wired by ``build_services``, erasures included)."""
        assert self.services.sync is not None
        return self.services.sync  # type: ignore[no-any-return]


def open_counter(home: Path, clock: FixedClock) -> Counter:
    """Opens a counter home and sets up station 101 with an administrator and one user of each role."""
    services = build_services(open_app(home, clock=clock), FAST_HASHER)
    admin = services.auth.initialize("101", "ศูนย์บริการประชาชน (ทดสอบ)", "admin", "ผู้ดูแลระบบ", PASSWORD).user
    users = {}
    for name, display, role in (
        ("officer1", "นางสาวรับเรื่อง ทดสอบ", Role.COUNTER_OFFICER),
        ("staff1", "นายประสาน มวลชนดี", Role.MASS_COORDINATION),
        ("super1", "นายหัวหน้า ทดสอบ", Role.SUPERVISOR),
    ):
        services.auth.create_user(admin, name, display, role, PASSWORD)
        users[name] = services.auth.login(name, PASSWORD)
    return Counter(services, clock, admin, users["officer1"], users["staff1"], users["super1"])


@pytest.fixture
def clock() -> FixedClock:
    """A working-day morning that moves only when the test says so."""
    return FixedClock(T0)


@pytest.fixture
def counter(counter_home: Path, clock: FixedClock) -> Iterator[Counter]:
    """A fresh counter, station 101."""
    c = open_counter(counter_home, clock)
    yield c
    c.services.close()
    shutdown_logging()


@pytest.fixture
def center(tmp_path: Path, clock: FixedClock) -> Iterator[Central]:
    """The reference center (SQLite) with station 101."""
    c = Central.from_url(f"sqlite:///{tmp_path / 'center.sqlite3'}", clock)
    yield c
    c.engine.dispose()


@pytest.fixture
def connected(counter: Counter, center: Central) -> Iterator[Counter]:
    """``counter`` connected to ``center`` served over HTTP on 127.0.0.1."""
    token = center.add_station("101", "ศูนย์บริการประชาชน (ทดสอบ)")
    with ServerThread(create_app(center)) as server:
        assert counter.sync.connect(server.url, token) == "101"
        yield counter
        counter.sync.stop()
