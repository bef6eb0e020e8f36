"""``psc-counter recover``: a damaged database back to work (registered in ``app.cli.COMMAND_MODULES``).

* ``recover`` — names the newest good backup, asks (``y`` on a terminal or the first line of stdin;
  ``--yes`` skips the question), keeps the damaged file, restores the backup and rebuilds from the center
  the records it acknowledged since (``app.services.recovery``). Exit 0 when everything is back (or the
  counter was never connected to a center), 1 when the backup is in place but the center could not be
  asked (run ``recover --rebuild-only`` once it answers), 2 for a known error (no good backup, no key).
* ``recover --rebuild-only`` — only the rebuild from the center, on a database that opens.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import EXIT_CHECK_FAILED, EXIT_OK, cli_user
from app.cli_auth import home_arg, open_services
from app.storage.errors import KnownError


def _say(text: str, *, err: bool = False, end: str = "\n") -> None:
    stream = sys.stderr if err else sys.stdout
    stream.write(text + end)
    stream.flush()


def _when(info: Any) -> str:
    from app.domain.thaidate import format_thai_datetime

    return format_thai_datetime(info.taken_at) if info.taken_at else info.path.name


def _confirm(question: str) -> bool:
    _say(question, end=" ")
    answer = sys.stdin.readline().strip().lower()
    return answer in {"y", "yes", "ใช่", "ตกลง"}


def _report_rebuild(rebuild: Any) -> int:
    _say(f"ดึงเรื่องที่ศูนย์รับแล้วกลับมา {rebuild.versions:,} รุ่น ({rebuild.records:,} เรื่องใหม่)")
    if rebuild.conflicts:
        _say(f"คำเตือน: ข้อมูลไม่ตรงกับศูนย์ {rebuild.conflicts:,} รายการ (ไม่ได้เขียนทับ)", err=True)
    if rebuild.missing_attachments:
        _say(f"คำเตือน: ไม่มีไฟล์แนบในเครื่อง {rebuild.missing_attachments:,} ไฟล์", err=True)
    if rebuild.error == "not_connected":  # nothing was ever sent anywhere: the backup is all there is
        _say("หมายเหตุ: ยังไม่ได้เชื่อมต่อระบบกลาง จึงไม่มีเรื่องให้ดึงจากศูนย์", err=True)
        return EXIT_OK
    if rebuild.error:
        _say(
            f"คำเตือน: ติดต่อระบบกลางไม่ได้ [{rebuild.error}] ใช้คำสั่ง recover --rebuild-only อีกครั้งภายหลัง",
            err=True,
        )
        return EXIT_CHECK_FAILED
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    """Restores the newest good backup over a damaged database and rebuilds from the center."""
    from app.services.recovery import RebuildService, recover_damaged, recovery_candidate

    if args.rebuild_only:
        services = open_services(args, core_only=True)
        try:
            user = cli_user(services)
            rebuild = RebuildService(services.ctx, services.audit_log).rebuild_from_center(
                actor=user.username if user else "cli"
            )
        finally:
            services.close()
        return _report_rebuild(rebuild)

    candidate = recovery_candidate(home_arg(args))
    _say(f"ไฟล์สำรองล่าสุดที่ใช้ได้: {candidate.path.name} (สำรองเมื่อ {_when(candidate)})")
    if not args.yes and not _confirm("กู้คืนฐานข้อมูลจากไฟล์นี้หรือไม่ [y/N]:"):
        raise KnownError("recovery_declined")
    outcome = recover_damaged(home_arg(args), candidate.path)
    _say(f"กู้คืนฐานข้อมูลจาก {outcome.restored.path.name} แล้ว")
    if outcome.damaged_copy is not None:
        _say(f"ไฟล์ที่เสียหายเก็บไว้ที่ {outcome.damaged_copy}")
    return _report_rebuild(outcome.rebuild)


def add_subcommands(sub: Any) -> None:
    """Adds ``recover`` to the ``psc-counter`` parser."""
    p = sub.add_parser("recover", help="damaged database: newest good backup, then rebuild from the center")
    p.add_argument("--yes", action="store_true", help="do not ask before restoring")
    p.add_argument("--rebuild-only", action="store_true", help="only rebuild from the center")
    p.set_defaults(handler=cmd_recover)
