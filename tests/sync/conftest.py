"""Fixtures of the sync tests: the reference center on SQLite and on PostgreSQL, served on 127.0.0.1."""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.clock import FixedClock
from app.domain.roles import Role
from app.logs import shutdown_logging
from app.services import Services, build_services, open_app
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from sync.server.app import ServerHooks, create_app
from sync.server.central import Central, create_central_engine
from sync.server.runner import ServerThread
from tests.sync.helpers import T0

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.ops import Ops

# packaging/postgres.sh (run by .ci/run) starts this cluster; a developer may point elsewhere.
POSTGRES_URL = os.environ.get(
    "PSC_TEST_POSTGRES_URL", "postgresql+psycopg://psc:psc-test@127.0.0.1:5433/psc_central_test"
)


def _postgres_answers() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a central dependency
        return f"psycopg missing: {exc}"
    dsn = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        psycopg.connect(dsn, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        return f"PostgreSQL does not answer at {dsn.split('@')[-1]}: {exc}".splitlines()[0]
    return None


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The central database URL: a fresh SQLite file, or the CI PostgreSQL database emptied first."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite3'}"
    why = _postgres_answers()
    if why is not None:
        # make test starts PostgreSQL as root (packaging/services.sh) and then requires it: a skip there
        # would hide a broken set-up. Elsewhere skip, saying why.
        if os.environ.get("PSC_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"make test started PostgreSQL but it does not answer: {why}")
        pytest.skip(why)
    empty_postgres(POSTGRES_URL)
    return POSTGRES_URL


def empty_postgres(url: str) -> None:
    """Empties a test database: its whole schema, so tables another build of the center left behind (the
    cluster outlives a run) cannot block the next one."""
    engine = create_central_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    """The center's clock, fixed at a working-day morning."""
    return FixedClock(T0)


@pytest.fixture
def central(central_url: str, clock: FixedClock) -> Iterator[Central]:
    """A central service over an empty database."""
    c = Central.from_url(central_url, clock)
    yield c
    c.engine.dispose()


@pytest.fixture
def station_token(central: Central) -> str:
    """The bearer token of station 101."""
    return central.add_station("101", "จุดบริการ ศูนย์ราชการ")


@pytest.fixture
def hooks() -> ServerHooks:
    """The server's fault hooks (none by default; tests replace it)."""
    return ServerHooks()


@pytest.fixture
def server(central: Central, hooks: ServerHooks) -> Iterator[ServerThread]:
    """The reference service over ``central``, listening on 127.0.0.1 on a free port."""
    with ServerThread(create_app(central, hooks)) as srv:
        yield srv


# ---------------------------------------------------------------- a real counter (SQLCipher) for sync

COUNTER_STATION = "101"


@dataclass(frozen=True)
class CounterTemplate:
    """A counter home set up once per session (Argon2 is slow), copied for each test."""

    home: Path
    officer: CurrentUser
    supervisor: CurrentUser


@pytest.fixture(scope="session")
def counter_template(tmp_path_factory: pytest.TempPathFactory) -> CounterTemplate:
    """Station 101 with an administrator, a counter officer and a supervisor."""
    home = tmp_path_factory.mktemp("sync-template") / "home"
    home.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PSC_COUNTER_HOME", str(home))
        mp.setenv("PSC_COUNTER_KEYRING", "off")
        svc = build_services(open_app(home, clock=FixedClock(T0)))
        try:
            admin = svc.auth.initialize(
                "101", "ศูนย์บริการประชาชน (ทดสอบ)", "admin", "ผู้ดูแล ระบบ", "admin-pass-1"
            ).user
            svc.auth.create_user(admin, "somsri", "สมศรี ตั้งใจงาน", Role.COUNTER_OFFICER, "officer-pass-1")
            svc.auth.create_user(admin, "boss", "หัวหน้า ศูนย์", Role.SUPERVISOR, "boss-pass-1")
            officer = svc.auth.login("somsri", "officer-pass-1")
            supervisor = svc.auth.login("boss", "boss-pass-1")
        finally:
            svc.close()
            shutdown_logging()
    return CounterTemplate(home, officer, supervisor)


@pytest.fixture
def counter(counter_home: Path, counter_template: CounterTemplate, clock: FixedClock) -> Iterator[Services]:
    """Services of a fresh copy of the station-101 counter, on the shared fixed clock."""
    shutil.copytree(counter_template.home, counter_home, dirs_exist_ok=True)
    svc = build_services(open_app(counter_home, clock=clock))
    yield svc
    if svc.sync is not None:
        svc.sync.stop()
    svc.close()
    shutdown_logging()


@pytest.fixture
def officer(counter_template: CounterTemplate) -> CurrentUser:
    """The counter officer, signed in."""
    return counter_template.officer


@pytest.fixture
def supervisor(counter_template: CounterTemplate) -> CurrentUser:
    """The supervisor, signed in."""
    return counter_template.supervisor


@pytest.fixture
def center(tmp_path: Path, clock: FixedClock) -> Iterator[Central]:
    """The reference center on SQLite, for the counter-side tests (the service itself is tested on both)."""
    c = Central.from_url(f"sqlite:///{tmp_path / 'center.sqlite3'}", clock)
    yield c
    c.engine.dispose()


@pytest.fixture
def center_server(center: Central, hooks: ServerHooks) -> Iterator[ServerThread]:
    """``center`` served on 127.0.0.1."""
    with ServerThread(create_app(center, hooks)) as srv:
        yield srv


@pytest.fixture
def center_token(center: Central) -> str:
    """Station 101's token at ``center``."""
    return center.add_station(COUNTER_STATION, "ศูนย์บริการประชาชน (ทดสอบ)")


@pytest.fixture
def sync_service(counter: Services, center_server: ServerThread, center_token: str) -> SyncService:
    """The counter's sync service, connected to the reference center as station 101."""
    service = SyncService(counter.ctx, counter.audit_log, rng=random.Random(0), timeout=10)
    counter.sync = service
    assert service.connect(center_server.url, center_token) == COUNTER_STATION
    return service


@pytest.fixture
def ops(qapp: QApplication, qtbot: QtBot, counter: Services) -> Iterator[Ops]:
    """A real ``Ops`` for a counter's screens (bundled Thai font applied); emptied, and the sync pump a
    screen started stopped, before the counter's services close."""
    from ui.fonts import apply_app_font
    from ui.ops import Ops

    apply_app_font(qapp)
    runner = Ops()
    yield runner
    try:
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=15_000)
    finally:
        if counter.sync is not None:
            counter.sync.stop()
        runner.shutdown()
