"""Commands of the PDPA lifecycle: ``purge``, ``erase-person``, ``export-person``.

Each signs in through the one command-line sign-in (``app.cli_auth.sign_in``: ``--user`` or
``PSC_COUNTER_USER``, the password from the owner-only ``PSC_COUNTER_PASSWORD_FILE``, standard input or a
prompt, never an argument) with the role's permission; ``app.services.lifecycle`` checks and audits again.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app.cli import EXIT_OK, MESSAGES_TH
from app.cli_auth import open_services, sign_in
from app.domain.roles import Permission

if TYPE_CHECKING:
    from app.services.lifecycle import LifecycleService
    from app.services.types import CurrentUser

MESSAGES_TH.update(
    {
        "person_key_required": "กรุณาระบุเลขประจำตัวประชาชนหรือหมายเลขโทรศัพท์ของบุคคล",
        "key_vault_missing": "ไม่พบคลังกุญแจข้อมูลส่วนบุคคล (keyvault.sqlite3) ข้อมูลเปิดอ่านไม่ได้",
        "key_vault_wrong": "คลังกุญแจข้อมูลส่วนบุคคลไม่ตรงกับฐานข้อมูลนี้",
        "record_erased": "ข้อมูลส่วนบุคคลของเรื่องนี้ถูกลบแล้ว",
        "payload_damaged": "ข้อมูลของเรื่องนี้เสียหาย เปิดอ่านไม่ได้",
    }
)


T = TypeVar("T")


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _signed_in(
    args: argparse.Namespace,
    action: str,
    permission: Permission,
    work: Callable[[LifecycleService, CurrentUser], T],
) -> T:
    """Opens the services, signs ``--user`` in for ``action`` and runs ``work`` with the lifecycle service."""
    services = open_services(args, core_only=True)
    try:
        user = sign_in(services, args.user, action, permission)
        assert services.lifecycle is not None  # build_services always wires it
        return work(services.lifecycle, user)
    finally:
        services.close()


def cmd_purge(args: argparse.Namespace) -> int:
    """Shreds the personal data of records past retention that the center acknowledged."""
    report = _signed_in(
        args, "purge", Permission.PURGE_RECORDS, lambda lc, user: lc.purge(user, dry_run=args.dry_run)
    )
    if args.dry_run:
        _say(f"ครบระยะเวลาเก็บ {len(report.due):,} เรื่อง (ยังไม่ลบ: --dry-run)")
        for c in report.due:
            _say(f"  {c.tracking_code}  {c.kind.value}")
    else:
        _say(f"ลบข้อมูลส่วนบุคคลแล้ว {report.shredded:,} เรื่อง เหลือเลขรับเรื่อง วันที่ และสถานะ")
    if report.waiting_for_center:
        _say(f"ครบระยะเวลาแต่ศูนย์ยังไม่ยืนยันการรับ {report.waiting_for_center:,} เรื่อง (เก็บไว้ก่อน)")
    return EXIT_OK


def cmd_erase_person(args: argparse.Namespace) -> int:
    """Erases at once every record naming one person; the center is told at the next sync."""
    report = _signed_in(
        args,
        "erase-person",
        Permission.ERASE_PERSONAL_DATA,
        lambda lc, user: lc.erase_person(
            user, national_id=args.national_id or "", phone=args.phone or "", reason=args.reason or ""
        ),
    )
    _say(f"ลบข้อมูลของบุคคลนี้แล้ว {len(report.record_ids):,} เรื่อง (แจ้งศูนย์เมื่อซิงก์ครั้งถัดไป)")
    for code in report.tracking_codes:
        _say(f"  {code}")
    return EXIT_OK


def cmd_export_person(args: argparse.Namespace) -> int:
    """Writes everything held about one person as JSON and PDF (owner-only files)."""
    result = _signed_in(
        args,
        "export-person",
        Permission.EXPORT_PERSONAL_DATA,
        lambda lc, user: lc.export_person(
            user,
            Path(args.out),
            national_id=args.national_id or "",
            phone=args.phone or "",
            pdf=not args.no_pdf,
        ),
    )
    _say(f"ส่งออกข้อมูลแล้ว {result.records:,} เรื่อง {result.versions:,} ฉบับ ไฟล์แนบ {result.attachments:,} รายการ")
    _say(str(result.json_path))
    if result.pdf_path is not None:
        _say(str(result.pdf_path))
    return EXIT_OK


def _person_args(p: argparse.ArgumentParser) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--national-id", help="เลขประจำตัวประชาชนของบุคคล")
    who.add_argument("--phone", help="หมายเลขโทรศัพท์ของบุคคล")
    p.add_argument("--user", help="ผู้ใช้ที่ทำรายการ (หรือ PSC_COUNTER_USER)")


def add_subcommands(sub: Any) -> None:
    """Registers ``purge``, ``erase-person`` and ``export-person``."""
    p = sub.add_parser("purge", help="ลบข้อมูลส่วนบุคคลของเรื่องที่ครบระยะเวลาเก็บ (crypto-shredding)")
    p.add_argument("--dry-run", action="store_true", help="แสดงรายการที่ครบกำหนด โดยยังไม่ลบ")
    p.add_argument("--user", help="ผู้ใช้ที่ทำรายการ (หรือ PSC_COUNTER_USER)")
    p.set_defaults(handler=cmd_purge)

    p = sub.add_parser("erase-person", help="ลบข้อมูลทุกเรื่องของบุคคลหนึ่งตามคำขอ (และแจ้งศูนย์)")
    _person_args(p)
    p.add_argument("--reason", help="เหตุผล / เลขที่คำขอ")
    p.set_defaults(handler=cmd_erase_person)

    p = sub.add_parser("export-person", help="ส่งออกข้อมูลทั้งหมดของบุคคลหนึ่ง (JSON และ PDF)")
    _person_args(p)
    p.add_argument("--out", default=".", help="โฟลเดอร์ที่จะบันทึกไฟล์")
    p.add_argument("--no-pdf", action="store_true", help="เฉพาะ JSON")
    p.set_defaults(handler=cmd_export_person)
