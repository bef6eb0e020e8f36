"""Sign-in for ``psc-counter`` sub-commands: every command that reads or changes personal data or the
station runs as a user with the role's permission, and is audited (DESIGN §9, issue #9).

A command gets it with one line, the decorator on its handler::

    @signed_in(Permission.READ_RECORDS)
    def cmd_records(args, services, user) -> int: ...

``build_parser`` gives every such command a ``--user NAME`` option (default: ``PSC_COUNTER_USER``). The
password comes from the owner-only file named by ``PSC_COUNTER_PASSWORD_FILE``, else from the first line of
standard input when it is not a terminal, else from a prompt on the terminal — never from an argument (it
would show in the process list and the shell history). A refusal — no user, no password, a password file
others may read, a wrong password, a role without the permission, a disabled account — exits 2 with a Thai
message and leaves an audit event; a command that ran leaves a ``cli.<command>`` event naming the user.

The station's service account (role ``sync_agent``) signs in the same way, and may only ``sync``.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.roles import Permission
from app.storage.errors import KnownError
from app.storage.files import write_private

__all__ = ["read_password", "sign_in", "signed_in", "takes_user", "write_private"]

if TYPE_CHECKING:
    from app.services import Services
    from app.services.types import CurrentUser

USER_ENV = "PSC_COUNTER_USER"
PASSWORD_FILE_ENV = "PSC_COUNTER_PASSWORD_FILE"

AUTH_MESSAGES_TH = {
    "user_required": f"ต้องระบุผู้ใช้ด้วย --user หรือตัวแปร {USER_ENV}",
    "password_required": (
        f"ต้องระบุรหัสผ่าน: ไฟล์ที่ตัวแปร {PASSWORD_FILE_ENV} ชี้ไป (อ่านได้เฉพาะเจ้าของ) หรือส่งทางอินพุตมาตรฐาน"
    ),
    "password_file_missing": f"ไม่พบไฟล์รหัสผ่านที่ {PASSWORD_FILE_ENV} ชี้ไป",
    "password_file_insecure": "ไฟล์รหัสผ่านต้องอ่านได้เฉพาะเจ้าของ (chmod 600) ไม่ยอมใช้ไฟล์ที่ผู้อื่นอ่านได้",
    "session_ended": (
        "บัญชีนี้ถูกระงับหรือเปลี่ยนบทบาทแล้ว กรุณาเข้าสู่ระบบใหม่ (บัญชีที่ได้รับรหัสผ่านชั่วคราวต้องตั้งรหัสผ่านใหม่ที่หน้าจอโปรแกรมก่อน)"
    ),
}

Handler = Callable[[argparse.Namespace, "Services", "CurrentUser"], int]


def home_arg(args: argparse.Namespace) -> Path | None:
    """The ``--home`` folder given on the command line, if any."""
    home: Path | None = getattr(args, "home", None)
    return home


def open_services(args: argparse.Namespace, *, core_only: bool = False) -> Services:
    """Opens the counter home named by ``--home`` / ``PSC_COUNTER_HOME`` and builds its services.

    Imported lazily so ``--version`` and ``--help`` answer at once."""
    from app.services import build_services
    from app.services.context import open_app

    return build_services(open_app(home_arg(args)), core_only=core_only)


def read_password(prompt: str) -> str:
    """The password: ``PSC_COUNTER_PASSWORD_FILE`` (owner-only), else piped stdin, else a terminal prompt.

    ``KnownError``: ``password_file_missing``, ``password_file_insecure`` (group or others may read it, or
    another user owns it), ``password_required`` (nothing given)."""
    name = os.environ.get(PASSWORD_FILE_ENV, "").strip()
    if name:
        path = Path(name)
        try:
            info = path.stat()
        except OSError as exc:
            raise KnownError("password_file_missing", type(exc).__name__) from exc
        # POSIX only: Windows has no mode bits (its ACLs are the deployment's to set).
        if os.name == "posix" and (
            stat.S_IMODE(info.st_mode) & 0o077 or info.st_uid != os.getuid()  # type: ignore[attr-defined,unused-ignore]
        ):
            raise KnownError("password_file_insecure", oct(stat.S_IMODE(info.st_mode)))
        lines = path.read_text(encoding="utf-8").splitlines()
        password = lines[0] if lines else ""
    elif sys.stdin is not None and not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin is not None:
        password = getpass.getpass(prompt)
    else:
        password = ""
    if not password:
        raise KnownError("password_required")
    return password


def sign_in(services: Services, username: str | None, command: str, permission: Permission) -> CurrentUser:
    """Signs ``username`` in for ``command`` and checks ``permission``; every refusal is audited.

    Shared by every command (and by tests); a new command uses ``signed_in`` instead."""
    from app.services.access import require

    name = (username or os.environ.get(USER_ENV, "")).strip()
    if not name:
        services.auth.record_refusal("?", f"cli.{command}", "user_required")
        raise KnownError("user_required")
    try:
        password = read_password(f"รหัสผ่านของ {name}: ")
    except KnownError as exc:
        services.auth.record_refusal(name, f"cli.{command}", exc.code)
        raise
    user = services.auth.login(name, password)  # a wrong password is audited there (login.failed)
    require(services.ctx, services.audit_log, user, permission, action=f"cli.{command}")
    services.auth.record_use(user, f"cli.{command}", "", {"permission": permission.value})
    return user


def takes_user(handler: Callable[..., int]) -> Callable[..., int]:
    """Marks a handler that calls ``sign_in`` itself, so ``add_user_options`` gives it ``--user``."""
    handler.needs_user = True  # type: ignore[attr-defined]
    return handler


def signed_in(permission: Permission, *, core_only: bool = False) -> Callable[[Handler], Callable[..., int]]:
    """Decorates a command handler ``(args, services, user) -> int`` into ``(args) -> int`` that opens the
    counter home, signs the user in with ``permission``, audits the command and closes the home.

    ``core_only`` builds the services without receipts, print jobs and petitions (no Qt import)."""

    def wrap(handler: Handler) -> Callable[..., int]:
        @functools.wraps(handler)
        def run(args: argparse.Namespace) -> int:
            command = str(getattr(args, "command", "") or handler.__name__.removeprefix("cmd_"))
            services = open_services(args, core_only=core_only)
            try:
                user = sign_in(services, getattr(args, "user", None), command, permission)
                return int(handler(args, services, user))
            finally:
                services.close()

        return takes_user(run)

    return wrap


def add_user_options(sub: Any) -> None:
    """Gives every sub-command whose handler is ``signed_in`` a ``--user`` option (one pass over the
    parser, so a new command needs nothing but the decorator)."""
    for parser in sub.choices.values():
        handler = parser.get_default("handler")
        if not getattr(handler, "needs_user", False):
            continue
        if any("--user" in action.option_strings for action in parser._actions):
            continue
        parser.add_argument("--user", default=None, help=f"who runs the command (default: ${USER_ENV})")
