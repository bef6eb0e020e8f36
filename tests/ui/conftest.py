"""GUI test fixtures: real services on a real encrypted database in ``tmp_path``, a real ``Ops``.

Every test gets a fresh counter home with a station, an administrator and a counter officer. The clock is a
``FixedClock`` (no test depends on the real time). Background work is waited for with ``qtbot.waitUntil``
and ``waitSignal``, never with sleeps.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.clock import BANGKOK, FixedClock
from app.domain.roles import Role
from app.logs import shutdown_logging
from app.services import Services, build_services, open_app
from app.services.types import CurrentUser
from ui.env import UiEnv
from ui.fonts import apply_app_font
from ui.i18n import Translations
from ui.ops import Ops

ADMIN = ("admin", "ผู้ดูแล ระบบ", "admin-pass-1")
OFFICER = ("somsri", "สมศรี ตั้งใจงาน", "officer-pass-1")
STATION = ("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """WORKAROUND: the offscreen platform warns "This plugin does not support propagateSizeHints()"
    (also raise(), grabbing the keyboard) whenever a window or popup is shown; harmless and not ours, so it
    must not fail the test."""
    for item in items:
        if "/tests/ui/" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(autouse=True)
def _thai_font(qapp: QApplication) -> None:
    """The bundled Sarabun is the application font, as in ``run_gui``."""
    apply_app_font(qapp)


@pytest.fixture
def clock() -> FixedClock:
    """Wednesday 25 November 2026 (2569 BE), 10:00 in Bangkok."""
    return FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=BANGKOK))


@pytest.fixture
def raw_services(counter_home: Path, clock: FixedClock) -> Iterator[Services]:
    """Services of a fresh, not yet initialised counter home."""
    services = build_services(open_app(counter_home, clock=clock))
    yield services
    services.close()


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A counter home set up once per session (station, administrator, officer), copied by each test:
    Argon2 hashing and migrations are the slow part of a set-up and need not run for every test."""
    home = tmp_path_factory.mktemp("template") / "home"
    home.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PSC_COUNTER_KEYRING", "off")
        services = build_services(
            open_app(home, clock=FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=BANGKOK)))
        )
        try:
            result = services.auth.initialize(STATION[0], STATION[1], ADMIN[0], ADMIN[1], ADMIN[2])
            services.auth.create_user(result.user, OFFICER[0], OFFICER[1], Role.COUNTER_OFFICER, OFFICER[2])
        finally:
            services.close()
    shutdown_logging()
    return home


@pytest.fixture
def services(template_home: Path, counter_home: Path, clock: FixedClock) -> Iterator[Services]:
    """Services of a counter set up with a station, an administrator and a counter officer."""
    shutil.copytree(template_home, counter_home, dirs_exist_ok=True)
    services = build_services(open_app(counter_home, clock=clock))
    yield services
    services.close()


@pytest.fixture
def officer(services: Services) -> CurrentUser:
    """The counter officer, signed in."""
    return services.auth.login(OFFICER[0], OFFICER[2])


@pytest.fixture
def admin(services: Services) -> CurrentUser:
    """The administrator, signed in."""
    return services.auth.login(ADMIN[0], ADMIN[2])


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The translator; back to Thai after the test."""
    tr = Translations()
    yield tr
    tr.set_language("th")


@pytest.fixture
def env(services: Services, ops: Ops, officer: CurrentUser, translations: Translations) -> UiEnv:
    """What the officer's screens get."""
    return UiEnv(services=services, ops=ops, user=officer, translations=translations)
