"""Printing sub-commands of ``psc-counter`` (registered in ``app.cli.COMMAND_MODULES``).

* ``print-sample --printer URI --width 58|80 [--profile P] [--test-page] [--png FILE]`` — a sample receipt
  (or the printer test page) with a real tracking-code layout; needs no counter home.
* ``reprint TRACKING_CODE [--copy citizen|office]`` — queues an audited reprint of a record's receipt and
  runs it on the configured printer now.
* ``letter TRACKING_CODE --out FILE [--open | --print]`` — the acknowledgement letter (A4 PDF, 0600).
* ``day-register [--date YYYY-MM-DD] --out FILE [--open | --print]`` — the day's register (supervisor).

All but ``print-sample`` run as a signed-in user (``--user`` / ``PSC_COUNTER_USER``; see ``app.cli_auth``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import EXIT_OK, MESSAGES_TH
from app.cli_auth import signed_in, write_private
from app.domain.clock import BANGKOK
from app.domain.roles import Permission
from app.storage.errors import KnownError
from printing.receipt import ReceiptCopy

if TYPE_CHECKING:
    # Only for types: the services import SQLAlchemy and QtGui, which ``--version`` must not pay for.
    from app.services import Services
    from app.services.print_jobs import PrintJobService
    from app.services.receipts import ReceiptService
    from app.services.types import CurrentUser

EXIT_WAITING = 4
"""``reprint``: the job is stored and waits for the printer (it prints when the GUI's worker runs)."""

PRINTER_MESSAGES_TH = {
    "printer_bad_uri": "ที่อยู่เครื่องพิมพ์ไม่ถูกต้อง (เช่น tcp://192.168.1.50:9100)",
    "printer_profile_unknown": "ไม่รู้จักรุ่นเครื่องพิมพ์ (profile) นี้",
    "printer_profile_too_narrow": "ความกว้างกระดาษของรุ่นเครื่องพิมพ์นี้แคบกว่าที่ตั้งไว้",
    "printer_not_available": "เครื่องนี้ไม่มีโปรแกรมสำหรับเชื่อมต่อเครื่องพิมพ์แบบนี้",
    "printer_unreachable": "ติดต่อเครื่องพิมพ์ไม่ได้ ตรวจสอบว่าเปิดเครื่องและต่อสายแล้ว",
    "printer_paper_out": "กระดาษหมด กรุณาเปลี่ยนม้วนกระดาษ",
    "printer_cover_open": "ฝาเครื่องพิมพ์เปิดอยู่",
    "printer_offline": "เครื่องพิมพ์ไม่พร้อมใช้งาน",
    "printer_spooler_paused": "คิวพิมพ์ของระบบหยุดไว้หรือไม่รับงาน งานพิมพ์รออยู่ในคิวของโปรแกรม",
    "printer_write_failed": "ส่งข้อมูลไปเครื่องพิมพ์ไม่สำเร็จ",
    "printer_internal_error": "พิมพ์ไม่สำเร็จเพราะข้อผิดพลาดของโปรแกรม (ดูบันทึก)",
    "record_not_found": "ไม่พบเรื่องที่มีเลขรับเรื่องนี้",
    "wrong_record_kind": "เอกสารนี้ใช้ได้กับเรื่องร้องทุกข์เท่านั้น",
    "os_print_failed": "ส่งเอกสารไปยังเครื่องพิมพ์ของระบบไม่สำเร็จ",
}


def _say(text: str, err: bool = False) -> None:
    (sys.stderr if err else sys.stdout).write(text + "\n")


def _receipts(services: Services) -> ReceiptService:
    if services.receipts is None:  # pragma: no cover - build_services always wires it
        raise RuntimeError("receipt service not wired")
    receipts: ReceiptService = services.receipts
    return receipts


def _jobs(services: Services) -> PrintJobService:
    if services.print_jobs is None:  # pragma: no cover - build_services always wires it
        raise RuntimeError("print job service not wired")
    jobs: PrintJobService = services.print_jobs
    return jobs


def _printer_error(exc: Exception) -> KnownError:
    from printing.printer_errors import PrinterError

    if isinstance(exc, PrinterError):
        return KnownError(f"printer_{exc.code.value}", exc.detail)
    raise exc


def cmd_print_sample(args: argparse.Namespace) -> int:
    """Prints the sample receipt (or test page) to ``--printer``; ``preview:`` saves a PNG instead."""
    from printing.escpos_out import PrinterConfig, encode_document, send
    from printing.fonts import ensure_gui_app
    from printing.printer_errors import PrinterError
    from printing.raster import WIDTH_58MM, WIDTH_80MM, render_receipt
    from printing.receipt import build_receipt_document
    from printing.samples import printer_test_page, sample_receipt_data

    ensure_gui_app()
    width = WIDTH_58MM if args.width == 58 else WIDTH_80MM
    config = PrinterConfig(uri=args.printer, width_dots=width, profile=args.profile, native_qr=args.native_qr)
    try:
        kind = config.target.kind.value
        doc = (
            printer_test_page(width, args.printer, config.profile_name)
            if args.test_page
            else build_receipt_document(sample_receipt_data())
        )
        if kind == "preview":
            out = args.png or Path("receipt-sample.png")
            render_receipt(doc, width).save(str(out))
            _say(f"บันทึกตัวอย่างใบรับเรื่องเป็นภาพ {out}")
            return EXIT_OK
        payload = encode_document(doc, config)
        status = send(config, payload)
    except PrinterError as exc:
        raise _printer_error(exc) from exc
    _say(f"พิมพ์ตัวอย่างแล้ว ({len(payload):,} ไบต์, {width} จุด, สถานะเครื่องพิมพ์: {status.value})")
    return EXIT_OK


def _record_id(services: Services, user: CurrentUser, code: str, purpose: str) -> str:
    return str(services.records.read_by_tracking_code(user, code, purpose).record_id)


@signed_in(Permission.PRINT_RECEIPT)
def cmd_reprint(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Queues an audited reprint and runs it now on the configured printer."""
    from app.services.print_jobs import PrintJobState

    record_id = _record_id(services, user, args.tracking_code, "reprint")
    _jobs(services).enqueue(user, record_id, ReceiptCopy(args.copy), reprint=True)
    events = _jobs(services).run_due()
    last = next((e for e in reversed(events) if e.record_id == record_id), None)
    if last is not None and last.state is PrintJobState.PRINTED:
        _say("พิมพ์ซ้ำใบรับเรื่องแล้ว (บันทึกในประวัติการใช้งาน)")
        return EXIT_OK
    if last is not None and last.state is PrintJobState.PREVIEW:
        _say("ยังไม่ได้ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง: บันทึกการพิมพ์ซ้ำแล้ว ดูตัวอย่างได้ในโปรแกรม")
        return EXIT_OK
    code = f"printer_{last.error}" if last is not None and last.error else "printer_unreachable"
    _say(f"งานพิมพ์รออยู่ในคิว: {PRINTER_MESSAGES_TH.get(code, code)} [{code}]", err=True)
    return EXIT_WAITING


def _deliver(pdf: bytes, out: Path, args: argparse.Namespace) -> int:
    from printing.os_print import OsPrintError, open_with_viewer, print_with_os

    write_private(out, pdf)  # a name, an address and the access token: owner-only (0600)
    _say(f"บันทึกเอกสาร {out}")
    try:
        if args.open:
            open_with_viewer(out)
        if args.print:
            print_with_os(out, args.queue)
            _say("ส่งเอกสารไปยังเครื่องพิมพ์แล้ว")
    except OsPrintError as exc:
        raise KnownError("os_print_failed", str(exc)) from exc
    return EXIT_OK


@signed_in(Permission.PRINT_RECEIPT)
def cmd_letter(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Writes the acknowledgement letter of a complaint (audited as ``record.letter``)."""
    pdf = _receipts(services).acknowledgement_pdf(_record_id(services, user, args.tracking_code, "letter"))
    return _deliver(pdf, args.out, args)


@signed_in(Permission.REPORTS)
def cmd_day_register(args: argparse.Namespace, services: Services, user: CurrentUser) -> int:
    """Writes the day's register (supervisor)."""
    day = date.fromisoformat(args.date) if args.date else services.ctx.clock().astimezone(BANGKOK).date()
    pdf = _receipts(services).register_pdf(user, day)
    services.auth.record_use(user, "report.day_register", day.isoformat())
    return _deliver(pdf, args.out, args)


def _pdf_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, help="PDF file to write")
    p.add_argument("--open", action="store_true", help="open it in the system PDF viewer")
    p.add_argument("--print", action="store_true", help="print it through the OS (lp / Windows shell)")
    p.add_argument("--queue", default="", help="OS printer queue (default printer when empty)")


def add_subcommands(sub: Any) -> None:
    """Adds print-sample, reprint, letter and day-register to ``psc-counter``."""
    MESSAGES_TH.update(PRINTER_MESSAGES_TH)

    p = sub.add_parser("print-sample", help="print a sample receipt (no counter home needed)")
    p.add_argument("--printer", required=True, help="usb://VID:PID, serial:///dev/..., tcp://HOST:9100, ...")
    p.add_argument("--width", type=int, choices=[58, 80], default=80, help="paper width in mm")
    p.add_argument("--profile", default="", help="python-escpos printer profile (default: by width)")
    p.add_argument("--native-qr", action="store_true", help="let the printer draw the QR code")
    p.add_argument("--test-page", action="store_true", help="the test page (Thai line, ruler, QR) instead")
    p.add_argument("--png", type=Path, default=None, help="with --printer preview: the PNG to write")
    p.set_defaults(handler=cmd_print_sample)

    p = sub.add_parser("reprint", help="reprint a record's receipt (audited; signed-in user)")
    p.add_argument("tracking_code")
    p.add_argument("--copy", choices=[c.value for c in ReceiptCopy], default=ReceiptCopy.CITIZEN.value)
    p.set_defaults(handler=cmd_reprint)

    p = sub.add_parser("letter", help="acknowledgement letter of a complaint (A4 PDF)")
    p.add_argument("tracking_code")
    _pdf_options(p)
    p.set_defaults(handler=cmd_letter)

    p = sub.add_parser("day-register", help="register of the day's records (A4 PDF, supervisor)")
    p.add_argument("--date", default="", help="Bangkok day YYYY-MM-DD (default: today)")
    _pdf_options(p)
    p.set_defaults(handler=cmd_day_register)
