"""The ``psc-counter`` command (README.md): the GUI when run bare, and sub-commands for people and scripts.

Exit codes: 0 success, 1 a check failed (``verify-audit``), 2 a known error (message in Thai on stderr,
with its stable code in brackets for scripts), 3 bad usage.

Other parts add sub-commands with one line each in ``COMMAND_MODULES``: a module named there exposes
``add_subcommands(subparsers)`` and gives each parser a ``handler(args) -> int`` through
``set_defaults(handler=...)``. The helpers ``open_services(args)`` and ``known_error(exc)`` are for them.

``records --json`` writes JSON Lines: one object per record and line, newest first, with the keys
``id``, ``version``, ``kind``, ``tracking_code``, ``created_at`` (RFC 3339, UTC) and ``queue_state`` — no
personal data — so a script can stream a million records without loading an array.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.cli_auth import AUTH_MESSAGES_TH, add_user_options, home_arg, open_services, signed_in
from app.domain.roles import Permission
from app.storage.errors import KnownError, disk_error

if TYPE_CHECKING:
    from app.services import Services
    from app.services.types import CurrentUser

# Modules adding sub-commands (``add_subcommands(subparsers)``), one line per part.
COMMAND_MODULES: list[str] = [
    "app.cli_printing",
    "app.cli_recover",
    "app.cli_sync",
    "app.cli_support",
    "app.cli_lifecycle",
]

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_KNOWN_ERROR = 2
EXIT_USAGE = 3

# Thai text for the error codes a command-line user may meet; scripts read the code in brackets.
MESSAGES_TH: dict[str, str] = {
    "database_key_missing": "ไม่พบกุญแจฐานข้อมูล ใช้คำสั่ง recover-key พร้อมรหัสกู้คืน",
    "database_key_wrong": "กุญแจไม่ตรงกับฐานข้อมูล หรือไฟล์ไม่ใช่ฐานข้อมูลของโปรแกรม",
    "database_damaged": "ฐานข้อมูลเสียหาย ใช้คำสั่ง recover เพื่อกู้คืนจากไฟล์สำรองล่าสุดที่ใช้ได้",
    "database_busy": "ฐานข้อมูลกำลังถูกใช้งาน กรุณาลองใหม่อีกครั้ง",
    "database_missing": "ไม่พบไฟล์ฐานข้อมูล",
    "migration_failed": "ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ในไฟล์สำรอง",
    "database_newer": "ฐานข้อมูลนี้สร้างโดยโปรแกรมรุ่นที่ใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นล่าสุด (ไม่ได้แก้ไขไฟล์ใด ๆ)",
    "not_initialized": "ยังไม่ได้ตั้งค่าจุดบริการ ใช้คำสั่ง init ก่อน",
    "already_initialized": "จุดบริการนี้ตั้งค่าไว้แล้ว",
    "station_code_invalid": "รหัสจุดบริการต้องเป็นตัวเลข 1–999",
    "station_name_required": "กรุณาระบุชื่อจุดบริการ",
    "display_name_required": "กรุณาระบุชื่อที่แสดง",
    "username_invalid": "ชื่อผู้ใช้ไม่ถูกต้อง",
    "username_taken": "ชื่อผู้ใช้นี้มีอยู่แล้ว",
    "password_too_short": "รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร",
    "password_mismatch": "รหัสผ่านทั้งสองครั้งไม่ตรงกัน",
    "bad_credentials": "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง",
    "account_locked": "บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง",
    "recovery_code_wrong": "รหัสกู้คืนไม่ถูกต้อง",
    "recovery_file_missing": "ไม่พบไฟล์กู้คืนกุญแจ (recovery.json)",
    "backup_missing": "ไม่พบไฟล์สำรอง",
    "backup_unreadable": "เปิดไฟล์สำรองด้วยกุญแจของจุดบริการนี้ไม่ได้",
    "backup_damaged": "ไฟล์สำรองเสียหาย",
    "backup_too_new": "ไฟล์สำรองมาจากโปรแกรมรุ่นใหม่กว่านี้ กรุณาปรับรุ่นโปรแกรมก่อน",
    "backup_not_counter": "ไฟล์นี้ไม่ใช่ไฟล์สำรองของโปรแกรมจุดบริการ",
    "no_good_backup": "ไม่พบไฟล์สำรองที่ใช้ได้",
    "second_folder_unavailable": "เขียนสำเนาไปยังโฟลเดอร์สำรองที่สองไม่ได้ (ไม่ได้เสียบหรือเข้าถึงไม่ได้)",
    "database_not_damaged": "ฐานข้อมูลไม่ได้เสียหาย หากต้องการย้อนกลับให้ใช้คำสั่ง restore FILE",
    "recovery_declined": "ยกเลิกการกู้คืน ฐานข้อมูลยังไม่ถูกเปลี่ยน",
    "validation_failed": "ข้อมูลไม่ครบหรือไม่ถูกต้อง",
    "petitions_unavailable": "ยังไม่มีบริการบันทึกการประสานมวลชนในรุ่นนี้",
    "permission_denied": "ไม่มีสิทธิ์ทำรายการนี้",
    "disk_full": "พื้นที่ดิสก์เต็ม ยังไม่ได้บันทึกรายการล่าสุด ข้อมูลที่บันทึกแล้วยังอยู่ครบ กรุณาเพิ่มพื้นที่แล้วลองอีกครั้ง",
    "disk_failed": "อ่านหรือเขียนดิสก์ไม่สำเร็จ ข้อมูลที่บันทึกแล้วยังอยู่ กรุณาตรวจสอบดิสก์แล้วลองอีกครั้ง",
    "demo_refused_connected": "จุดบริการนี้เชื่อมต่อระบบกลางแล้ว ห้ามสร้างข้อมูลตัวอย่าง (ข้อมูลจะถูกส่งไปศูนย์)",
    "setting_unknown": "ไม่รู้จักการตั้งค่านี้",
    "setting_invalid": "ค่าที่ตั้งไม่ถูกต้อง",
    **AUTH_MESSAGES_TH,
}


def known_error(exc: KnownError, stream: TextIO | None = None) -> int:
    """Prints a known error in Thai (and its code) on stderr; returns the exit code."""
    text = MESSAGES_TH.get(exc.code, "เกิดข้อผิดพลาด")
    print(f"ข้อผิดพลาด: {text} [{exc.code}]", file=stream or sys.stderr)
    return EXIT_KNOWN_ERROR


def _read_secret(prompt: str, confirm: bool) -> str:
    """A secret from a terminal (asked twice when ``confirm``) or the first line of piped stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("ยืนยันอีกครั้ง: ") != first:
            raise KnownError("password_mismatch")
        return first
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


# ---------------------------------------------------------------------------------------- commands
def cmd_init(args: argparse.Namespace) -> int:
    """First-run set-up without the wizard; the admin password comes from stdin."""
    services = open_services(args, core_only=True)
    try:
        if services.auth.is_initialized():
            raise KnownError("already_initialized")
        password = _read_secret("รหัสผ่านผู้ดูแลระบบ: ", confirm=True)
        result = services.auth.initialize(
            station_code=args.station,
            station_name=args.station_name or f"จุดบริการ {args.station}",
            admin_username=args.admin_user,
            admin_display_name=args.admin_name or args.admin_user,
            admin_password=password,
            epoch=args.epoch,
        )
        station = services.auth.station()
    finally:
        services.close()
    print(f"ตั้งค่าจุดบริการ {station.code} ({station.name}) เรียบร้อย ผู้ดูแลระบบ: {result.user.username}")
    print("รหัสกู้คืนกุญแจฐานข้อมูล (แสดงครั้งเดียว พิมพ์เก็บไว้ในตู้นิรภัย):")
    print(result.recovery_code)
    return EXIT_OK


@signed_in(Permission.MANAGE_STATION)
def cmd_demo_data(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Synthetic records through the real register path (or the bulk bench path); never on a counter
    connected to a center, whose queue would send them as real cases."""
    from app.services.demo import generate_demo_data

    if services.ctx.settings.server_url.strip():
        services.auth.record_refusal(user.username, "cli.demo-data", "connected_to_center")
        raise KnownError("demo_refused_connected")
    made = 0

    def progress(done: int, _total: int) -> None:
        nonlocal made
        made = done

    try:
        made = generate_demo_data(
            services, args.count, kind=args.kind, seed=args.seed, bulk=args.bulk, progress=progress
        )
    except KnownError as exc:
        if exc.code in {"disk_full", "disk_failed"} and made:
            print(f"สร้างข้อมูลตัวอย่างได้ {made:,} รายการก่อนหยุด", file=sys.stderr)
        raise
    print(f"สร้างข้อมูลตัวอย่าง {made:,} รายการ")
    return EXIT_OK


def _record_line(row: Any) -> dict[str, Any]:
    return {
        "id": row.record_id,
        "version": row.version,
        "kind": row.kind.value,
        "tracking_code": row.tracking_code,
        "created_at": row.created_at.isoformat(),
        "queue_state": row.queue_state.value,
    }


@signed_in(Permission.READ_RECORDS, core_only=True)
def cmd_records(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Lists records newest first: id, version, kind, tracking code, created, queue state (the search is
    an audit event naming the user)."""
    out = sys.stdout
    after: int | None = None
    left = args.limit if args.limit and args.limit > 0 else None
    while True:
        page = 500 if left is None else min(500, left)
        ids = services.records.search(user, args.search or "", after, page)
        if not ids:
            break
        for row in services.records.rows(ids):
            line = _record_line(row)
            if args.json:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                out.write(
                    f"{line['id']}  v{line['version']}  {line['kind']:<15} {line['tracking_code']:<16} "
                    f"{line['created_at']}  {line['queue_state']}\n"
                )
        after = ids[-1]
        if left is not None:
            left -= len(ids)
            if left <= 0:
                break
    return EXIT_OK


def cmd_verify_audit(args: argparse.Namespace) -> int:
    """Checks the audit hash chain; non-zero exit naming the first bad entry."""
    services = open_services(args, core_only=True)
    try:
        anchor, source = _audit_anchor(services)
        result = services.audit.verify((anchor.seq, anchor.hash) if anchor is not None else None)
    finally:
        services.close()
    if result.ok:
        print(f"บันทึกการตรวจสอบถูกต้องครบถ้วน ({result.checked:,} รายการ)")
        if anchor is not None:
            print(f"ตรงกับจุดยึดที่ระบบกลางรับรองไว้ (ลำดับ {anchor.seq:,}, {ANCHOR_SOURCES_TH[source]})")
        return EXIT_OK
    print(
        f"บันทึกการตรวจสอบไม่ถูกต้อง ที่รายการลำดับ {result.first_bad_seq}: {result.reason} "
        f"(ตรวจแล้ว {result.checked:,} รายการ)",
        file=sys.stderr,
    )
    return EXIT_CHECK_FAILED


def cli_user(services: Services) -> CurrentUser | None:
    """The user a command runs as (``None``: not signed in — only ``recover`` on a damaged database, whose
    users table is inside the damaged file; it is audited as the app itself)."""
    user: CurrentUser | None = getattr(services, "cli_user", None)
    return user


ANCHOR_SOURCES_TH = {"center": "จากระบบกลาง", "local": "สำเนาในเครื่อง", "none": ""}


def _audit_anchor(services: Services) -> tuple[Any, str]:
    """The audit anchor the center acknowledged (its own copy when it answers, else ours), if any."""
    from app.services.sync_service import SyncService

    sync = services.sync if services.sync is not None else SyncService(services.ctx, services.audit_log)
    return sync.audit_anchor()


@signed_in(Permission.BACKUP, core_only=True)
def cmd_backup(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Writes an encrypted online backup into ``home/backups`` (and the second backup folder, if set)."""
    assert services.backups is not None  # build_services always wires it
    outcome = services.backups.backup(user)
    print(f"สำรองข้อมูลแล้ว: {outcome.path}")
    if outcome.second_path is not None:
        print(f"สำเนาที่โฟลเดอร์ที่สอง: {outcome.second_path}")
    elif outcome.second_error:
        print(f"คำเตือน: {MESSAGES_TH[outcome.second_error]} [{outcome.second_error}]", file=sys.stderr)
    return EXIT_OK


@signed_in(Permission.RESTORE, core_only=True)
def cmd_restore(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Checks a backup, then replaces the database with it (the current one is kept as a safety copy)."""
    assert services.backups is not None
    outcome = services.backups.restore(user, Path(args.file))
    check = open_services(args, core_only=True)  # proves the restored file opens
    check.close()
    print(f"กู้คืนข้อมูลจาก {args.file} แล้ว (ฐานข้อมูลเดิมเก็บไว้ที่ {outcome.safety_copy})")
    return EXIT_OK


@signed_in(Permission.CHANGE_OWN_SETTINGS, core_only=True)
def cmd_settings(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Shows the settings (``NAME = VALUE``), or changes them with ``--set NAME=VALUE`` through the
    settings service (its permission check and audit event)."""
    if args.set:
        changes: dict[str, str] = {}
        for item in args.set:
            name, sep, value = item.partition("=")
            if not sep:
                raise KnownError("setting_invalid", "NAME=VALUE")
            changes[name.strip()] = value
        services.settings.update(user, **changes)
        print("บันทึกการตั้งค่าแล้ว")
        return EXIT_OK
    current = services.settings.current()
    for name, _default, _description in current.describe():
        print(f"{name} = {getattr(current, name)!r}")
    return EXIT_OK


def cmd_recover_key(args: argparse.Namespace) -> int:
    """Restores the database key from the recovery code (read from stdin)."""
    from app.services.context import recover_key

    code = _read_secret("รหัสกู้คืน: ", confirm=False)
    recover_key(home_arg(args), code)
    open_services(args, core_only=True).close()
    print("กู้คืนกุญแจฐานข้อมูลเรียบร้อย")
    return EXIT_OK


def _run_gui(home: Path | None) -> int:
    from app.config import resolve_home

    # The UI is imported lazily: the command line must not pay for (or need) Qt.
    ui_app: Any = importlib.import_module("ui.app")
    runner: Callable[[Path], int] = getattr(ui_app, "run_gui", None) or ui_app.main
    return int(runner(resolve_home(home)))


# ---------------------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command (core and those of ``COMMAND_MODULES``)."""
    from app.version import build_info  # not on the GUI's way to the sign-in window (subprocess, json…)

    parser = argparse.ArgumentParser(prog="psc-counter", description="PSC Counter — จุดบริการรับเรื่องร้องทุกข์ 1111")
    parser.add_argument("--version", action="version", version=f"psc-counter {build_info().text()}")
    parser.add_argument(
        "--home", type=Path, default=None, help="counter home folder (default: PSC_COUNTER_HOME)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="first-run set-up; admin password from stdin")
    p.add_argument("--station", required=True, help="station code assigned by the center (1-999)")
    p.add_argument("--admin-user", required=True, help="administrator username")
    p.add_argument("--station-name", default="", help="station name")
    p.add_argument("--admin-name", default="", help="administrator display name")
    p.add_argument("--epoch", type=int, default=0, help="install epoch digit 0-9 (bump on re-install)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo-data", help="synthetic records for demos and benchmarks")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--kind", choices=["complaint", "group_petition", "all"], default="complaint")
    p.add_argument("--seed", type=int, default=1111)
    p.add_argument("--bulk", action="store_true", help="fast batched path (benchmarks only)")
    p.set_defaults(handler=cmd_demo_data)

    p = sub.add_parser("records", help="list records (personal data masked)")
    p.add_argument("--search", default="", help="tracking code, national ID, phone, name or any text")
    p.add_argument("--json", action="store_true", help="JSON Lines, one record per line")
    p.add_argument("--limit", type=int, default=0, help="at most this many (0 = all)")
    p.set_defaults(handler=cmd_records)

    p = sub.add_parser("verify-audit", help="check the audit hash chain")
    p.set_defaults(handler=cmd_verify_audit)

    p = sub.add_parser("backup", help="online encrypted backup into home/backups")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="restore the database from a backup file")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("settings", help="show the settings, or change them with --set NAME=VALUE (audited)")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a setting to change")
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("recover-key", help="restore the database key from the recovery code (stdin)")
    p.set_defaults(handler=cmd_recover_key)

    for name in COMMAND_MODULES:
        importlib.import_module(name).add_subcommands(sub)
    add_user_options(sub)
    return parser


def _gui_only(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when the command line asks for the GUI alone (nothing or ``--home DIR``), else None.

    The full parser imports every command module (the sync protocol, printing…); starting the GUI must not
    wait for them (docs/ARCHITECTURE.md, Start-up).
    """
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--home", type=Path, default=None)
    try:
        args, rest = quick.parse_known_args(sys.argv[1:] if argv is None else list(argv))
    except argparse.ArgumentError:  # e.g. --home without a folder: the full parser says so
        return None
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``psc-counter``."""
    args = _gui_only(argv) or build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_gui(args.home)
        return int(handler(args))
    except KnownError as exc:
        return known_error(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `psc-counter records | head`: the reader left. Point stdout at devnull so the interpreter's
        # final flush does not raise again, and end quietly like other Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:  # after BrokenPipeError, which is one
        disk = disk_error(exc)
        if disk is None:
            raise
        return known_error(disk)


if __name__ == "__main__":
    sys.exit(main())
