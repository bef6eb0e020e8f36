"""Fixtures of the petition tests: a real counter home (SQLCipher file, attachment store) with users."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher

from app.domain.clock import FixedClock
from app.domain.roles import Role
from app.services.audit import AuditLog
from app.services.auth import AuthService
from app.services.context import AppContext, open_app
from app.services.petitions import PetitionService
from app.services.types import CurrentUser
from tests.petitions.builders import later

PASSWORD = "รหัสผ่านทดสอบ-1234"
# Argon2 at its cheapest: the tests exercise sign-in, not the cost of hashing.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@dataclass
class Desk:
    """One counter's mass-coordination desk: its context, services and signed-in users."""

    ctx: AppContext
    clock: FixedClock
    audit: AuditLog
    auth: AuthService
    petitions: PetitionService
    admin: CurrentUser
    staff: CurrentUser  # mass-coordination staff
    officer: CurrentUser  # counter officer
    supervisor: CurrentUser


def open_desk(home: Path, clock: FixedClock) -> Desk:
    """Opens (first run: creates) a counter home with station 101 and one user of each role."""
    ctx = open_app(home, clock=clock)
    audit = AuditLog(ctx.db.key)
    auth = AuthService(ctx, audit, hasher=FAST_HASHER)
    admin = auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", PASSWORD).user
    users = {}
    for name, display, role in (
        ("staff1", "นายประสาน มวลชนดี", Role.MASS_COORDINATION),
        ("officer1", "นางสาวรับเรื่อง ทดสอบ", Role.COUNTER_OFFICER),
        ("super1", "นายหัวหน้า ทดสอบ", Role.SUPERVISOR),
    ):
        auth.create_user(admin, name, display, role, PASSWORD)
        users[name] = auth.login(name, PASSWORD)
    return Desk(
        ctx=ctx,
        clock=clock,
        audit=audit,
        auth=auth,
        petitions=PetitionService(ctx, audit),
        admin=admin,
        staff=users["staff1"],
        officer=users["officer1"],
        supervisor=users["super1"],
    )


@pytest.fixture
def desk(counter_home: Path) -> Iterator[Desk]:
    """A fresh desk whose clock stands 20 minutes after the test group arrived."""
    d = open_desk(counter_home, FixedClock(later(20)))
    yield d
    d.ctx.close()


# ---------------------------------------------------------------- GUI: the real page over real services


@dataclass
class GuiDesk:
    """Services, background runner and the signed-in users of a GUI test."""

    services: Any
    clock: FixedClock
    ops: Any
    staff: CurrentUser
    officer: CurrentUser
    supervisor: CurrentUser

    def env(self, user: CurrentUser) -> Any:
        """What the petitions page of ``user``'s session gets."""
        from ui.env import UiEnv

        return UiEnv(services=self.services, ops=self.ops, user=user)


@pytest.fixture
def gui_desk(counter_home: Path, qtbot: Any) -> Iterator[GuiDesk]:
    """A counter with station 101 and one user of each role, the bundled font, and an ``Ops``."""
    from PySide6.QtWidgets import QApplication

    from app.domain.clock import BANGKOK
    from app.services import build_services
    from ui.fonts import apply_app_font
    from ui.ops import Ops

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_app_font(app)
    clock = FixedClock(datetime(2026, 3, 5, 9, 30, tzinfo=BANGKOK))
    services = build_services(open_app(counter_home, clock=clock))
    auth = AuthService(services.ctx, services.audit_log, hasher=FAST_HASHER)
    admin = auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", PASSWORD).user
    users = {}
    for name, display, role in (
        ("staff1", "นายประสาน มวลชนดี", Role.MASS_COORDINATION),
        ("officer1", "นางสาวรับเรื่อง ทดสอบ", Role.COUNTER_OFFICER),
        ("super1", "นายหัวหน้า ทดสอบ", Role.SUPERVISOR),
    ):
        auth.create_user(admin, name, display, role, PASSWORD)
        users[name] = auth.login(name, PASSWORD)
    ops = Ops()
    yield GuiDesk(services, clock, ops, users["staff1"], users["officer1"], users["super1"])
    try:
        qtbot.waitUntil(lambda: ops.pending == 0, timeout=10_000)
    finally:
        ops.shutdown()  # the worker threads go even when a result never came
        services.close()
