"""Printing fixtures: a real counter home with a station and an officer, a complaint saved through the
services, and a real network printer on 127.0.0.1 that records bytes (``FakeTcpPrinter``)."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app.domain.clock import BANGKOK, FixedClock
from app.domain.fakes import fake_complaint
from app.domain.records import ComplaintPayload, IdentityMode
from app.domain.roles import Role
from app.services import Services, build_services, open_app
from app.services.types import CurrentUser, SaveResult
from printing.fonts import ensure_fonts
from tests.printing.fake_printer import FakeTcpPrinter

OFFICER = ("somsri", "สมศรี ตั้งใจงาน", "officer-pass-1")
SUBJECT = "น้ำประปาไม่ไหล ที่นี่ น้ำ ปั๊ม กรุงเทพฯ ศูนย์บริการประชาชน ๑๑๑๑"
NAME = ("นางสาว", "พิมพ์ชนก", "ศรีสุวรรณรัตน์")


@pytest.fixture
def gui_app(qapp: QApplication) -> QGuiApplication:
    """The test session's Qt application (pytest-qt's, a QApplication, so widget tests that run later
    in the same process still get one) with Sarabun registered."""
    ensure_fonts()
    return qapp


@pytest.fixture
def clock() -> FixedClock:
    """Wednesday 25 November 2026 (2569 BE), 10:00 in Bangkok."""
    return FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=BANGKOK))


@dataclass(frozen=True)
class Template:
    """A counter home set up once per test session (Argon2 hashing is slow), copied for each test."""

    home: Path
    officer: CurrentUser
    supervisor: CurrentUser


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """Station 101 with an administrator, a counter officer and a supervisor."""
    home = tmp_path_factory.mktemp("template") / "home"
    home.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PSC_COUNTER_HOME", str(home))
        mp.setenv("PSC_COUNTER_KEYRING", "off")
        svc = build_services(open_app(home, clock=FixedClock(datetime(2026, 11, 1, 9, 0, tzinfo=BANGKOK))))
        try:
            admin = svc.auth.initialize(
                "101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแล ระบบ", "admin-pass-1"
            ).user
            svc.auth.create_user(admin, OFFICER[0], OFFICER[1], Role.COUNTER_OFFICER, OFFICER[2])
            svc.auth.create_user(admin, "boss", "หัวหน้า ศูนย์", Role.SUPERVISOR, "boss-pass-1")
            officer = svc.auth.login(OFFICER[0], OFFICER[2])
            supervisor = svc.auth.login("boss", "boss-pass-1")
        finally:
            svc.close()
    return Template(home, officer, supervisor)


@pytest.fixture
def services(
    counter_home: Path, template: Template, clock: FixedClock, gui_app: QGuiApplication
) -> Iterator[Services]:
    """Services of a counter with station 101, a counter officer and a supervisor (a fresh copy)."""
    shutil.copytree(template.home, counter_home, dirs_exist_ok=True)
    svc = build_services(open_app(counter_home, clock=clock))
    yield svc
    svc.close()


@pytest.fixture
def officer(template: Template) -> CurrentUser:
    """The counter officer, signed in."""
    return template.officer


@pytest.fixture
def supervisor(template: Template) -> CurrentUser:
    """The supervisor, signed in."""
    return template.supervisor


def complaint_payload(services: Services, seed: int = 7) -> ComplaintPayload:
    """A valid synthetic complaint with a known Thai name and subject (the torture words)."""
    payload = fake_complaint(random.Random(seed), services.ctx.reference)
    payload.identity_mode = IdentityMode.IDENTIFIED
    payload.complainant = replace(payload.complainant, title=NAME[0], given_name=NAME[1], family_name=NAME[2])
    payload.complainant.phone = payload.complainant.phone or "0812345678"
    payload.pdpa_acknowledged = True
    payload.subject = SUBJECT
    return payload


@pytest.fixture
def saved(services: Services, officer: CurrentUser) -> SaveResult:
    """A complaint registered through the services."""
    return services.complaints.register(officer, complaint_payload(services))


@pytest.fixture
def printer() -> Iterator[FakeTcpPrinter]:
    """A switched-on network printer on 127.0.0.1 with paper."""
    fake = FakeTcpPrinter()
    fake.start()
    yield fake
    fake.stop()
