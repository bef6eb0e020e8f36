"""The Argon2 profile: OWASP's minimum for new hashes; a hash of the earlier RFC 9106 default still signs
in and is replaced by one of the new profile at that sign-in (app/services/auth.py, ``password_hasher``)."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select

from app.services import Services
from app.services.auth import ARGON2_MEMORY_KIB, ARGON2_PARALLELISM, ARGON2_TIME_COST, AuthService
from app.services.types import KnownError
from app.storage.models import User
from tests.helpers.counter import OFFICER, OFFICER_PASSWORD, Staff


def _stored_hash(services: Services, username: str) -> str:
    with services.ctx.db.read_session() as session:
        row = session.scalars(select(User).where(User.username == username)).one()
        return row.password_hash


def _set_hash(services: Services, username: str, password_hash: str) -> None:
    with services.ctx.db.session() as session:
        row = session.scalars(select(User).where(User.username == username)).one()
        row.password_hash = password_hash


def test_an_rfc_9106_hash_signs_in_and_is_rehashed_with_the_owasp_profile(
    services: Services, staff: Staff
) -> None:
    del staff  # the station and its officer
    old = PasswordHasher()  # argon2-cffi's default, the profile of hashes made before
    _set_hash(services, OFFICER, old.hash(OFFICER_PASSWORD))
    auth = AuthService(services.ctx, services.audit_log)  # the production hasher

    # A wrong password changes nothing: the old hash stays until the right one is typed.
    with pytest.raises(KnownError) as wrong:
        auth.login(OFFICER, "not-the-password")
    assert wrong.value.code == "bad_credentials"
    assert extract_parameters(_stored_hash(services, OFFICER)).memory_cost == old.memory_cost

    user = auth.login(OFFICER, OFFICER_PASSWORD)
    assert user.username == OFFICER
    params = extract_parameters(_stored_hash(services, OFFICER))
    assert (params.time_cost, params.memory_cost, params.parallelism) == (
        ARGON2_TIME_COST,
        ARGON2_MEMORY_KIB,
        ARGON2_PARALLELISM,
    )
    assert (params.time_cost, params.memory_cost, params.parallelism) == (2, 19 * 1024, 1)
    # The new hash is the same password: the officer signs in again, and a wrong one is still refused.
    assert auth.login(OFFICER, OFFICER_PASSWORD).username == OFFICER
    with pytest.raises(KnownError):
        auth.login(OFFICER, "not-the-password")


def test_new_passwords_get_the_owasp_profile(services: Services, staff: Staff) -> None:
    auth = AuthService(services.ctx, services.audit_log)
    auth.set_password(staff.admin, OFFICER, "a-new-password-1")
    params = extract_parameters(_stored_hash(services, OFFICER))
    assert (params.type.name, params.time_cost, params.memory_cost, params.parallelism) == ("ID", 2, 19456, 1)
