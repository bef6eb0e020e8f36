"""User administration through the service (issue 13): edit, suspend, temporary password with a forced
change at the next sign-in, and whether a station has anyone who may register complaints.

Read back as an auditor would: from the audit chain and from what sign-in and the use cases allow.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.roles import Role
from app.services import Services
from app.services.access import SessionEnded
from app.services.auth import TEMPORARY_ALPHABET
from app.services.types import KnownError, PermissionDenied
from tests.helpers.counter import ADMIN, OFFICER, OFFICER_PASSWORD, SUPERVISOR, Staff, complaint
from tests.services.test_access import audit_events, last_seq


def test_a_reset_password_is_temporary_ends_the_session_and_must_be_replaced(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    services.complaints.register(staff.officer, complaint(1))
    before = last_seq(counter_home)
    with pytest.raises(PermissionDenied):
        services.auth.reset_password(staff.officer, SUPERVISOR)
    with pytest.raises(KnownError) as own:
        services.auth.reset_password(staff.admin, ADMIN)
    assert own.value.code == "cannot_reset_own_password"

    temporary = services.auth.reset_password(staff.admin, OFFICER)
    assert len(temporary) == 11 and temporary[5] == "-"
    assert set(temporary.replace("-", "")) <= set(TEMPORARY_ALPHABET)
    # The officer's open session ends at its next action; the old password is gone.
    with pytest.raises(SessionEnded) as ended:
        services.complaints.register(staff.officer, complaint(2))
    assert ended.value.detail == "password_change_required"
    with pytest.raises(KnownError, match="bad_credentials"):
        services.auth.login(OFFICER, OFFICER_PASSWORD)

    # The temporary password opens the counter only to replace it.
    waiting = services.auth.login_at_counter(OFFICER, temporary)
    assert waiting.must_change_password
    with pytest.raises(SessionEnded):
        services.records.search(waiting, "", None, 10)
    with pytest.raises(KnownError) as same:
        services.auth.change_own_password(waiting, temporary, temporary)
    assert same.value.code == "password_unchanged"
    fresh = services.auth.change_own_password(waiting, temporary, "my-own-pass-9")
    assert not fresh.must_change_password
    services.complaints.register(fresh, complaint(3))
    assert not services.auth.login(OFFICER, "my-own-pass-9").must_change_password

    events = audit_events(counter_home, before)
    assert (ADMIN, "user.password_reset", OFFICER, {}) in events
    assert (OFFICER, "session.ended", "register", {"why": "password_change_required"}) in events
    assert (OFFICER, "user.password", OFFICER, {"forced": True}) in events
    assert temporary not in str(events)  # a password never reaches the chain


def test_edit_changes_name_and_role_and_a_changed_role_ends_the_session(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    before = last_seq(counter_home)
    with pytest.raises(PermissionDenied):
        services.auth.edit_user(staff.supervisor, OFFICER, "ชื่อใหม่", Role.SUPERVISOR)
    with pytest.raises(KnownError, match="display_name_required"):
        services.auth.edit_user(staff.admin, OFFICER, "  ", Role.COUNTER_OFFICER)
    with pytest.raises(KnownError, match="cannot_change_own_role"):
        services.auth.edit_user(staff.admin, ADMIN, "ผู้ดูแล", Role.COUNTER_OFFICER)
    services.auth.edit_user(staff.admin, ADMIN, "ผู้ดูแล คนใหม่", Role.ADMINISTRATOR)  # one's own name: fine

    services.auth.edit_user(staff.admin, OFFICER, "สมศรี ใจดี", Role.COUNTER_OFFICER)
    services.complaints.register(staff.officer, complaint(4))  # a new name alone keeps the session
    services.auth.edit_user(staff.admin, OFFICER, "สมศรี ใจดี", Role.MASS_COORDINATION)
    with pytest.raises(SessionEnded):
        services.complaints.register(staff.officer, complaint(5))
    listed = {u.username: u for u in services.auth.list_users(staff.admin)}
    assert (listed[OFFICER].display_name, listed[OFFICER].role) == ("สมศรี ใจดี", Role.MASS_COORDINATION)
    events = audit_events(counter_home, before)
    assert (ADMIN, "user.edit", OFFICER, {"display_name": True}) in events
    assert (ADMIN, "user.edit", OFFICER, {"from": "counter_officer", "to": "mass_coordination"}) in events
    assert "สมศรี" not in str(events)  # names stay out of the chain's details


def test_a_station_needs_an_active_account_that_registers_complaints(
    services: Services, staff: Staff
) -> None:
    assert services.auth.has_counter_staff(staff.admin)  # the officer and the supervisor
    with pytest.raises(PermissionDenied):
        services.auth.has_counter_staff(staff.officer)
    services.auth.set_active(staff.admin, OFFICER, False)
    assert services.auth.has_counter_staff(staff.admin)  # the supervisor still registers
    services.auth.edit_user(staff.admin, SUPERVISOR, "หัวหน้า", Role.MASS_COORDINATION)
    assert not services.auth.has_counter_staff(staff.admin)
    services.auth.set_active(staff.admin, OFFICER, True)
    assert services.auth.has_counter_staff(staff.admin)


def test_a_new_account_with_a_temporary_password_must_change_it(services: Services, staff: Staff) -> None:
    services.auth.create_user(
        staff.admin, "wanna", "วรรณา ใจเย็น", Role.COUNTER_OFFICER, "start-pass-1", temporary=True
    )
    listed = {u.username: u for u in services.auth.list_users(staff.admin)}
    assert listed["wanna"].must_change_password
    user = services.auth.login_at_counter("wanna", "start-pass-1")
    assert user.must_change_password
    with pytest.raises(KnownError, match="bad_credentials"):
        services.auth.change_own_password(user, "not-it-at-all", "wanna-own-pass-1")
    assert not services.auth.change_own_password(
        user, "start-pass-1", "wanna-own-pass-1"
    ).must_change_password
