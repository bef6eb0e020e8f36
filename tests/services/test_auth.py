"""Set-up, sign-in, lockout with an injected clock, users, and what the audit trail records of them."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.roles import Role
from app.services import Services
from app.services.types import KnownError, PermissionDenied
from tests.helpers.counter import (
    ADMIN,
    ADMIN_PASSWORD,
    OFFICER,
    OFFICER_PASSWORD,
    STATION_DIGITS,
    Staff,
    raw_sql,
)


def _audit_rows(home: Path) -> list[tuple[str, str, str]]:
    conn = raw_sql(home)
    try:
        return [
            (a, t, d)
            for a, t, d in conn.execute("SELECT action, target, detail_json FROM audit_events ORDER BY seq")
        ]
    finally:
        conn.close()


def test_first_run_then_initialized(services: Services, counter_home: Path) -> None:
    assert services.ctx.first_run
    assert not services.auth.is_initialized()
    with pytest.raises(KnownError) as not_yet:
        services.auth.station()
    assert not_yet.value.code == "not_initialized"

    result = services.auth.initialize("05", "ศูนย์บริการประชาชน", ADMIN, "ผู้ดูแล", ADMIN_PASSWORD, epoch=2)
    assert services.auth.is_initialized()
    assert result.user.role is Role.ADMINISTRATOR
    assert len(result.recovery_code.replace("-", "")) == 32
    station = services.auth.station()
    assert (station.code, station.epoch) == (STATION_DIGITS, 2)
    assert services.ctx.settings.station_code == STATION_DIGITS
    assert (counter_home / "recovery.json").exists()
    with pytest.raises(KnownError) as again:
        services.auth.initialize("6", "อีกแห่ง", "other", "อื่น", ADMIN_PASSWORD)
    assert again.value.code == "already_initialized"


@pytest.mark.parametrize(
    ("station", "password", "code"),
    [
        ("0", ADMIN_PASSWORD, "station_code_invalid"),
        ("12a", ADMIN_PASSWORD, "station_code_invalid"),
        ("5", "short", "password_too_short"),
    ],
)
def test_initialize_refuses_bad_input(services: Services, station: str, password: str, code: str) -> None:
    with pytest.raises(KnownError) as caught:
        services.auth.initialize(station, "จุดบริการ", ADMIN, "ผู้ดูแล", password)
    assert caught.value.code == code
    assert not services.auth.is_initialized()


def test_login_is_case_insensitive_and_audited_without_password(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    user = services.auth.login("  Officer1 ", OFFICER_PASSWORD)
    assert user.username == OFFICER and user.role is Role.COUNTER_OFFICER
    with pytest.raises(KnownError) as bad:
        services.auth.login(OFFICER, "wrong-password")
    assert bad.value.code == "bad_credentials"
    with pytest.raises(KnownError) as nobody:
        services.auth.login("nobody", OFFICER_PASSWORD)
    assert nobody.value.code == "bad_credentials"
    services.auth.logout(user)

    rows = _audit_rows(counter_home)
    actions = [a for a, _, _ in rows[-4:]]
    assert actions == ["login", "login.failed", "login.failed", "logout"]
    everything = json.dumps(rows, ensure_ascii=False)
    assert "wrong-password" not in everything and OFFICER_PASSWORD not in everything


def test_lockout_after_max_failures_and_unlock_after_lockout_time(
    services: Services, staff: Staff, clock: FixedClock
) -> None:
    limit = services.ctx.settings.max_failed_logins
    for _ in range(limit - 1):
        with pytest.raises(KnownError) as failed:
            services.auth.login(OFFICER, "wrong-password")
        assert failed.value.code == "bad_credentials"
    with pytest.raises(KnownError) as locking:
        services.auth.login(OFFICER, "wrong-password")
    assert locking.value.code == "account_locked"

    # Even the right password is refused while locked.
    clock.advance(timedelta(minutes=services.ctx.settings.lockout_minutes - 1))
    with pytest.raises(KnownError) as still:
        services.auth.login(OFFICER, OFFICER_PASSWORD)
    assert still.value.code == "account_locked"

    clock.advance(timedelta(minutes=1, seconds=1))
    assert services.auth.login(OFFICER, OFFICER_PASSWORD).username == OFFICER
    # The counter starts again from zero after a good sign-in.
    with pytest.raises(KnownError) as fresh:
        services.auth.login(OFFICER, "wrong-password")
    assert fresh.value.code == "bad_credentials"


def test_screen_unlock_counts_failures_towards_lockout(services: Services, staff: Staff) -> None:
    assert services.auth.verify_password(staff.officer, OFFICER_PASSWORD)
    limit = services.ctx.settings.max_failed_logins
    for _ in range(limit - 1):
        assert not services.auth.verify_password(staff.officer, "nope-nope")
    with pytest.raises(KnownError) as locked:
        services.auth.verify_password(staff.officer, "nope-nope")
    assert locked.value.code == "account_locked"
    with pytest.raises(KnownError):
        services.auth.login(OFFICER, OFFICER_PASSWORD)


def test_users_are_managed_by_the_administrator_only(services: Services, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        services.auth.create_user(staff.officer, "x1", "เอ็กซ์", Role.COUNTER_OFFICER, "password-x1")
    with pytest.raises(PermissionDenied):
        services.auth.list_users(staff.supervisor)
    changes = services.auth.create_user(
        staff.admin, "Mass1", "มวลชน หนึ่ง", Role.MASS_COORDINATION, "password-m1"
    )
    assert changes.users
    with pytest.raises(KnownError) as taken:
        services.auth.create_user(staff.admin, "mass1", "ซ้ำ", Role.COUNTER_OFFICER, "password-m2")
    assert taken.value.code == "username_taken"
    names = [u.username for u in services.auth.list_users(staff.admin)]
    assert names == sorted(names) and "mass1" in names

    services.auth.set_active(staff.admin, "mass1", False)
    with pytest.raises(KnownError) as disabled:
        services.auth.login("mass1", "password-m1")
    assert disabled.value.code == "bad_credentials"
    services.auth.set_active(staff.admin, "mass1", True)
    services.auth.set_password(staff.admin, "mass1", "password-m9")
    assert services.auth.login("mass1", "password-m9").role is Role.MASS_COORDINATION
    with pytest.raises(KnownError) as self_disable:
        services.auth.set_active(staff.admin, ADMIN, False)
    assert self_disable.value.code == "cannot_disable_self"
