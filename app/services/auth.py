"""Station set-up, users, sign-in with lockout (app/domain/roles.py).

Passwords are Argon2id hashes with OWASP's minimum profile (``password_hasher``: m = 19 MiB, t = 2, p = 1);
a hash of another profile (argon2-cffi's RFC 9106 defaults, used before) still verifies and is rehashed at
the next successful sign-in. ``max_failed_logins`` failures in a row lock the account for
``lockout_minutes`` (settings), measured with the injected clock. Every sign-in, failed or not,
every sign-out and every user change is an audit event; passwords never appear in an event or a log.
"""

from __future__ import annotations

import contextlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.roles import Permission, Role, can
from app.domain.tracking import station_digits
from app.logs import AUDIT as audit_log
from app.services.access import (
    SYSTEM_PASSWORD_MARK,
    SessionEnded,
    check_session,
    record_refusal,
    require,
)
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.types import (
    Changes,
    CurrentUser,
    InitResult,
    KnownError,
    StationInfo,
    UserInfo,
)
from app.storage import keys
from app.storage.models import Station, User

MIN_PASSWORD_LEN = 8
MAX_USERNAME_LEN = 64
SYSTEM_ACTOR = "system"

TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""Letters and digits of a temporary password: read aloud or copied by hand, so no 0/O or 1/I/L."""
TEMPORARY_GROUP = 5
"""A temporary password is two groups of five (``K7QMX-29XDR``): 50 random bits, used once."""

ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_PARALLELISM = 1
"""OWASP Password Storage Cheat Sheet, Argon2id minimum (m = 19 MiB, t = 2, p = 1): ~0.05 s a verify on
the 2-core counter PC against ~0.45 s for argon2-cffi's default RFC 9106 low-memory profile (t = 3,
m = 64 MiB, p = 4), which made up a quarter to a half of the wait between the sign-in click and the main
window (docs/ARCHITECTURE.md, Start-up). The hashes live in the SQLCipher database (an offline guess first
needs its key) and online guessing is stopped by the lockout, so the published minimum is enough here."""

COUNTER_ROLES = frozenset(r for r in Role if can(r, Permission.REGISTER_COMPLAINT))
"""Roles that register walk-in complaints: a counter needs an active account of one of them."""


def password_hasher() -> PasswordHasher:
    """The production Argon2id hasher (``ARGON2_*``: OWASP's minimum profile)."""
    return PasswordHasher(
        time_cost=ARGON2_TIME_COST, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM
    )


def normalize_username(username: str) -> str:
    """Usernames are compared case-insensitively, without surrounding spaces."""
    return username.strip().lower()


def _check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LEN:
        raise KnownError("password_too_short", f"minimum {MIN_PASSWORD_LEN}")


def _check_username(username: str) -> str:
    name = normalize_username(username)
    if not name or len(name) > MAX_USERNAME_LEN or any(ch.isspace() for ch in name):
        raise KnownError("username_invalid")
    return name


def _current(user: User) -> CurrentUser:
    return CurrentUser(
        user.id, user.username, user.display_name, Role(user.role), bool(user.must_change_password)
    )


def temporary_password() -> str:
    """A random one-time password for a new or reset account (``K7QMX-29XDR``)."""
    chars = "".join(secrets.choice(TEMPORARY_ALPHABET) for _ in range(2 * TEMPORARY_GROUP))
    return f"{chars[:TEMPORARY_GROUP]}-{chars[TEMPORARY_GROUP:]}"


def add_user(  # noqa: PLR0917 - one account's facts, positional like its callers
    session: Session,
    audit: AuditLog,
    actor: str,
    username: str,
    display_name: str,
    role: Role,
    password_hash: str,
    now: datetime,
    *,
    active: bool = True,
    demo: bool = False,
    temporary: bool = False,
) -> User:
    """Adds an account (``active=False``: it can never sign in; ``temporary``: its password must be changed
    at the first sign-in) and its ``user.create`` audit event."""
    user = User(
        username=username,
        display_name=display_name.strip(),
        role=role.value,
        password_hash=password_hash,
        failed_attempts=0,
        locked_until=None,
        active=active,
        created_at=now,
        must_change_password=temporary,
    )
    session.add(user)
    session.flush()
    detail: dict[str, object] = (
        {"role": role.value, "demo": True} if demo else {"role": role.value, "temporary_password": temporary}
    )
    audit.append(session, actor, "user.create", username, detail, now)
    return user


class AuthService:
    """Set-up, sign-in, screen unlock and user administration."""

    def __init__(self, ctx: AppContext, audit: AuditLog, hasher: PasswordHasher | None = None) -> None:
        self._ctx = ctx
        self._audit = audit
        self._hasher = hasher or password_hasher()
        self._dummy_hash: str | None = None

    # ------------------------------------------------------------------ station
    def is_initialized(self) -> bool:
        """Whether the station and its first administrator exist."""
        with self._ctx.db.read_session() as session:
            has_station = session.scalar(select(func.count()).select_from(Station)) or 0
            has_user = session.scalar(select(func.count()).select_from(User)) or 0
        return bool(has_station and has_user)

    def initialize(  # noqa: PLR0917 - public API named in the module map
        self,
        station_code: str,
        station_name: str,
        admin_username: str,
        admin_display_name: str,
        admin_password: str,
        epoch: int = 0,
    ) -> InitResult:
        """First-run set-up: the station, its administrator, and a new recovery code (shown once).

        ``epoch`` is the install epoch digit (0–9) of the tracking codes: bump it when re-installing a
        station so codes of the same day are not reused (see app.domain.tracking).
        """
        try:
            code = station_digits(station_code)
        except ValueError as exc:
            raise KnownError("station_code_invalid", "1-999") from exc
        if not station_name.strip():
            raise KnownError("station_name_required")
        if not 0 <= epoch <= 9:
            raise KnownError("epoch_invalid", "0-9")
        username = _check_username(admin_username)
        if not admin_display_name.strip():
            raise KnownError("display_name_required")
        _check_password_rules(admin_password)
        pw_hash = self._hasher.hash(admin_password)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            if session.scalar(select(func.count()).select_from(Station)):
                raise KnownError("already_initialized")
            session.add(Station(code=code, name=station_name.strip(), epoch=epoch, created_at=now))
            self._audit.append(session, SYSTEM_ACTOR, "station.initialize", code, {"epoch": epoch}, now)
            user = add_user(
                session,
                self._audit,
                SYSTEM_ACTOR,
                username,
                admin_display_name,
                Role.ADMINISTRATOR,
                pw_hash,
                now,
            )
            current = _current(user)
            # The recovery file wraps the key this database already uses; written inside the transaction
            # so a failure here leaves the station un-initialised rather than without a recovery code.
            recovery_code = keys.new_recovery_code()
            keys.write_recovery(self._ctx.home, self._ctx.db.key, recovery_code)
        self._ctx.settings.station_code = code
        self._ctx.save_settings()
        audit_log.info("station %s initialised", code)
        return InitResult(current, recovery_code)

    def station(self) -> StationInfo:
        """This counter's station (``KnownError("not_initialized")`` before set-up)."""
        with self._ctx.db.read_session() as session:
            st = session.scalars(select(Station)).first()
            if st is None:
                raise KnownError("not_initialized")
            return StationInfo(st.code, st.name, st.epoch)

    def new_recovery_code(self, actor: CurrentUser) -> str:
        """Replaces the recovery code (administrator); the old one stops working."""
        self._require(actor, Permission.MANAGE_STATION)
        code = keys.new_recovery_code()
        with self._ctx.db.session() as session:
            keys.write_recovery(self._ctx.home, self._ctx.db.key, code)
            self._audit.append(session, actor.username, "station.recovery_code", "", {}, self._ctx.clock())
        return code

    # ------------------------------------------------------------------ sign-in
    def login(self, username: str, password: str) -> CurrentUser:
        """Signs a user in; ``bad_credentials`` or ``account_locked`` otherwise (both audited)."""
        name = normalize_username(username)
        with self._ctx.db.session() as session:
            user = session.scalars(select(User).where(User.username == name)).first()
            now = self._ctx.clock()
            outcome = self._check(session, user, name, password, now=now, what="login")
            if isinstance(outcome, KnownError):
                error = outcome
            else:
                return outcome
        raise error

    def login_at_counter(self, username: str, password: str) -> CurrentUser:
        """``login`` for the desktop application: a service account (``sync_agent``) may not open it
        (``PermissionDenied``, audited). A user whose ``must_change_password`` is set is signed in only to
        replace the password (``change_own_password``); every other use case refuses that session."""
        user = self.login(username, password)
        require(
            self._ctx,
            self._audit,
            user,
            Permission.USE_COUNTER,
            action="login.counter",
            changing_password=True,
        )
        return user

    def verify_password(self, user: CurrentUser, password: str) -> bool:
        """Screen unlock: whether the password is right. Failures count towards the lockout;
        ``KnownError("account_locked")`` when the account is (or becomes) locked."""
        with self._ctx.db.session() as session:
            row = session.get(User, user.user_id)
            now = self._ctx.clock()
            outcome = self._check(session, row, user.username, password, now=now, what="unlock")
        if isinstance(outcome, KnownError):
            if outcome.code == "account_locked":
                raise outcome
            return False
        return True

    def _check(
        self, session: Session, user: User | None, name: str, password: str, *, now: datetime, what: str
    ) -> CurrentUser | KnownError:
        """Checks a password and records the outcome in the same transaction (commit even on failure)."""
        if user is None or not user.active or user.password_hash.startswith(SYSTEM_PASSWORD_MARK):
            # Verify against a dummy hash of the same parameters anyway, so an unknown or disabled user
            # takes as long to refuse as a wrong password: the answer's timing must not tell which
            # usernames exist (bench/bench_signin.py measures both).
            self._burn_time(password)
            why = "unknown_user" if user is None else "account_disabled"
            self._audit.append(session, name or "?", f"{what}.failed", name, {"why": why}, now)
            return KnownError("bad_credentials")
        if user.locked_until is not None and user.locked_until > now:
            self._burn_time(password)  # a locked account answers no faster than a wrong password
            self._audit.append(
                session, user.username, f"{what}.refused", user.username, {"why": "locked"}, now
            )
            return KnownError("account_locked", user.locked_until.isoformat())
        try:
            self._hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            user.failed_attempts += 1
            limit = max(1, self._ctx.settings.max_failed_logins)
            detail: dict[str, object] = {"why": "wrong_password", "failures": user.failed_attempts}
            if user.failed_attempts >= limit:
                user.locked_until = now + timedelta(minutes=self._ctx.settings.lockout_minutes)
                user.failed_attempts = 0
                detail["locked"] = True
                self._audit.append(session, user.username, f"{what}.failed", user.username, detail, now)
                audit_log.warning("account %s locked after %d failures", user.id, limit)
                return KnownError("account_locked", user.locked_until.isoformat())
            self._audit.append(session, user.username, f"{what}.failed", user.username, detail, now)
            return KnownError("bad_credentials")
        user.failed_attempts = 0
        user.locked_until = None
        if self._hasher.check_needs_rehash(user.password_hash):
            # Another profile (the RFC 9106 default of earlier versions, or a test's): this hasher's now,
            # in the same transaction as the sign-in's audit event.
            user.password_hash = self._hasher.hash(password)
        self._audit.append(session, user.username, what, user.username, {}, now)
        return _current(user)

    def _burn_time(self, password: str) -> None:
        """One Argon2 verification that cannot succeed, with this hasher's parameters."""
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))
        with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
            self._hasher.verify(self._dummy_hash, password)

    def check_session(self, user: CurrentUser) -> None:
        """``SessionEnded`` when the account was disabled or its role changed since sign-in (the GUI asks
        before each screen change; every use case checks again through ``app.services.access``)."""
        try:
            check_session(self._ctx.db, user)
        except SessionEnded as exc:
            record_refusal(self._ctx, self._audit, user.username, "session.ended", "check", exc.detail)
            raise

    def record_refusal(self, actor: str, action: str, why: str) -> None:
        """Audits a refusal that happened before any use case ran (a command without credentials)."""
        record_refusal(self._ctx, self._audit, actor, "access.refused", action, why)

    def record_event(
        self, actor: str, action: str, target: str = "", detail: dict[str, object] | None = None
    ) -> None:
        """Audits an event of the station itself, named by who caused it (``backup.restored`` written into
        the database a restore brought back, where the signed-in account may not exist)."""
        with self._ctx.db.session() as session:
            self._audit.append(session, actor, action, target, detail or {}, self._ctx.clock())

    def record_use(
        self, user: CurrentUser, action: str, target: str = "", detail: dict[str, object] | None = None
    ) -> None:
        """Audits a use of the counter by a signed-in user that no other service records (a command
        that reads, such as ``records --search``), after checking the session is still valid."""
        check_session(self._ctx.db, user)
        with self._ctx.db.session() as session:
            self._audit.append(session, user.username, action, target, detail or {}, self._ctx.clock())

    def logout(self, user: CurrentUser) -> None:
        """Signs out (audited)."""
        with self._ctx.db.session() as session:
            self._audit.append(session, user.username, "logout", user.username, {}, self._ctx.clock())

    # ------------------------------------------------------------------ users
    def _require(self, actor: CurrentUser, permission: Permission) -> None:
        require(self._ctx, self._audit, actor, permission, action=f"users.{permission.value}")

    def create_user(
        self,
        actor: CurrentUser,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        *,
        temporary: bool = False,
    ) -> Changes:
        """Adds a user (administrator only). ``temporary``: the user must choose a new password at the
        first sign-in (the administrator knows this one)."""
        self._require(actor, Permission.MANAGE_USERS)
        name = _check_username(username)
        if not display_name.strip():
            raise KnownError("display_name_required")
        _check_password_rules(password)
        role = Role(role)
        pw_hash = self._hasher.hash(password)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            if session.scalars(select(User).where(User.username == name)).first() is not None:
                raise KnownError("username_taken")
            add_user(
                session,
                self._audit,
                actor.username,
                name,
                display_name,
                role,
                pw_hash,
                now,
                temporary=temporary,
            )
        return Changes(users=True)

    def set_password(self, actor: CurrentUser, username: str, new_password: str) -> Changes:
        """Sets a user's password (administrator) and clears a lockout."""
        self._require(actor, Permission.MANAGE_USERS)
        _check_password_rules(new_password)
        pw_hash = self._hasher.hash(new_password)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            user = self._user(session, username)
            user.password_hash = pw_hash
            user.failed_attempts = 0
            user.locked_until = None
            self._audit.append(session, actor.username, "user.password", user.username, {}, now)
        return Changes(users=True)

    def reset_password(self, actor: CurrentUser, username: str) -> str:
        """Gives a user a new random temporary password (administrator), returned once to be handed over;
        clears a lockout. The user must choose their own at the next sign-in, and a session they have open
        ends at its next action (``SessionEnded``: ``password_change_required``)."""
        self._require(actor, Permission.MANAGE_USERS)
        if normalize_username(username) == actor.username:
            raise KnownError("cannot_reset_own_password")
        password = temporary_password()
        pw_hash = self._hasher.hash(password)
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            user = self._user(session, username)
            if user.password_hash.startswith(SYSTEM_PASSWORD_MARK):
                raise KnownError("user_not_found")  # a system account has no password to reset
            user.password_hash = pw_hash
            user.failed_attempts = 0
            user.locked_until = None
            user.must_change_password = True
            self._audit.append(session, actor.username, "user.password_reset", user.username, {}, now)
        return password

    def change_own_password(self, user: CurrentUser, old_password: str, new_password: str) -> CurrentUser:
        """A user changes their own password (the old one must be right, the new one different); this also
        ends a forced change. Returns the session with ``must_change_password`` cleared."""
        if not self.verify_password(user, old_password):
            raise KnownError("bad_credentials")
        _check_password_rules(new_password)
        if new_password == old_password:
            raise KnownError("password_unchanged")
        pw_hash = self._hasher.hash(new_password)
        with self._ctx.db.session() as session:
            row = self._user(session, user.username)
            row.password_hash = pw_hash
            forced = bool(row.must_change_password)
            row.must_change_password = False
            self._audit.append(
                session, user.username, "user.password", user.username, {"forced": forced}, self._ctx.clock()
            )
            return _current(row)

    def set_active(self, actor: CurrentUser, username: str, active: bool) -> Changes:
        """Enables or disables an account (administrator); one cannot disable oneself."""
        self._require(actor, Permission.MANAGE_USERS)
        if normalize_username(username) == actor.username and not active:
            raise KnownError("cannot_disable_self")
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            user = self._user(session, username)
            user.active = active
            self._audit.append(
                session, actor.username, "user.enable" if active else "user.disable", user.username, {}, now
            )
        return Changes(users=True)

    def edit_user(self, actor: CurrentUser, username: str, display_name: str, role: Role) -> Changes:
        """Changes a user's name and role in one step (administrator); a changed role ends the user's open
        session at its next action. One's own role stays (``cannot_change_own_role``)."""
        self._require(actor, Permission.MANAGE_USERS)
        role = Role(role)
        if not display_name.strip():
            raise KnownError("display_name_required")
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            user = self._user(session, username)
            if user.role != role.value and user.username == actor.username:
                raise KnownError("cannot_change_own_role")
            detail: dict[str, object] = {}
            if user.display_name != display_name.strip():
                user.display_name = display_name.strip()
                detail["display_name"] = True  # that it changed; names stay out of the chain's details
            if user.role != role.value:
                detail.update({"from": user.role, "to": role.value})
                user.role = role.value
            if detail:
                self._audit.append(session, actor.username, "user.edit", user.username, detail, now)
        return Changes(users=True)

    def has_counter_staff(self, actor: CurrentUser) -> bool:
        """Whether an active account may register walk-in complaints (administrator): a fresh station has
        only its administrator, who may not, so the first run leads to creating one."""
        self._require(actor, Permission.MANAGE_USERS)
        roles = [r.value for r in COUNTER_ROLES]
        with self._ctx.db.read_session() as session:
            count = session.scalar(
                select(func.count()).select_from(User).where(User.active.is_(True), User.role.in_(roles))
            )
        return bool(count)

    def set_role(self, actor: CurrentUser, username: str, role: Role) -> Changes:
        """Changes a user's role (administrator); their open session ends at its next action."""
        self._require(actor, Permission.MANAGE_USERS)
        role = Role(role)
        if normalize_username(username) == actor.username:
            raise KnownError("cannot_change_own_role")
        now = self._ctx.clock()
        with self._ctx.db.session() as session:
            user = self._user(session, username)
            old = user.role
            user.role = role.value
            self._audit.append(
                session, actor.username, "user.role", user.username, {"from": old, "to": role.value}, now
            )
        return Changes(users=True)

    def _user(self, session: Session, username: str) -> User:
        user = session.scalars(select(User).where(User.username == normalize_username(username))).first()
        if user is None:
            raise KnownError("user_not_found")
        return user

    def list_users(self, actor: CurrentUser) -> list[UserInfo]:
        """All accounts (administrator only), by username."""
        self._require(actor, Permission.MANAGE_USERS)
        with self._ctx.db.read_session() as session:
            return [
                UserInfo(
                    u.id,
                    u.username,
                    u.display_name,
                    Role(u.role),
                    u.active,
                    u.locked_until,
                    u.created_at,
                    bool(u.must_change_password),
                )
                for u in session.scalars(select(User).order_by(User.username))
            ]
