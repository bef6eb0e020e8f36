"""Sync sub-commands of ``psc-counter`` (registered in ``app.cli.COMMAND_MODULES``).

Counter side (a counter home):

* ``connect --server-url URL --token-file FILE [--ca-bundle PEM]`` — points the counter at a center and
  checks the token (exit 0; a center that does not answer is saved anyway, with a warning: the counter
  works offline).
* ``sync --once`` — one push/pull cycle now, back-off timers ignored. Exit 0 only when the queue drained
  (every item acknowledged or withdrawn), 1 when items remain (offline, busy center, conflicts or
  rejections for the supervisor), 2 for a known error such as ``not_connected``.

Reference central service (no counter home; the database from ``--db`` or ``PSC_CENTRAL_DB``):

* ``central serve --db URL --host H --port P [--tls-cert PEM --tls-key PEM]``
* ``central add-station CODE [--name NAME]`` — prints the new token (only the token, for scripts).
* ``central set-status REF --status S [--agency A] [--note N]``
* ``central publish-reference agencies|categories|holidays FILE`` — a newer reference data set.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import EXIT_CHECK_FAILED, EXIT_KNOWN_ERROR, EXIT_OK, MESSAGES_TH, open_services
from app.cli_auth import sign_in, takes_user
from app.domain.roles import Permission
from app.storage.errors import KnownError

DEFAULT_CENTRAL_DB = "sqlite:///central.sqlite3"
CENTRAL_DB_ENV = "PSC_CENTRAL_DB"

SYNC_MESSAGES_TH = {
    "not_connected": "ยังไม่ได้เชื่อมต่อระบบกลาง ใช้คำสั่ง connect ก่อน",
    "sync_running": "กำลังส่งข้อมูลอยู่แล้ว กรุณารอให้เสร็จก่อน",
    "server_url_invalid": "ที่อยู่ระบบกลางต้องขึ้นต้นด้วย https:// หรือ http://",
    "token_empty": "ไฟล์โทเค็นว่างเปล่า",
    "token_file_missing": "ไม่พบไฟล์โทเค็น",
    "token_refused": "ระบบกลางไม่รับโทเค็นนี้ หรือเป็นโทเค็นของจุดบริการอื่น",
    "ca_bundle_missing": "ไม่พบไฟล์ใบรับรอง CA",
    "server_unreachable": "ติดต่อระบบกลางไม่ได้ในขณะนี้",
    "station_exists": "รหัสจุดบริการนี้ลงทะเบียนไว้แล้ว",
    "station_code_required": "กรุณาระบุรหัสจุดบริการ",
    "unknown_case": "ไม่พบเลขเรื่องนี้ในระบบกลาง",
    "reference_file_unreadable": "อ่านไฟล์ข้อมูลอ้างอิงไม่ได้ (ต้องเป็น JSON)",
}

RESULT_LABELS_TH = {
    "sent": "ส่ง",
    "acked": "ศูนย์รับแล้ว",
    "conflicts": "ข้อมูลขัดแย้ง",
    "rejected": "ถูกปฏิเสธ",
    "updates": "สถานะใหม่จากศูนย์",
    "reference_sets": "ข้อมูลอ้างอิงใหม่",
}


def _say(text: str, err: bool = False) -> None:
    (sys.stderr if err else sys.stdout).write(text + "\n")


def _sync(services: Any) -> Any:
    from app.services.sync_service import SyncService, build_sync

    service: SyncService = services.sync if services.sync is not None else build_sync(services)
    return service


# ---------------------------------------------------------------------------------------- counter side
@takes_user
def cmd_connect(args: argparse.Namespace) -> int:
    """Points the counter at a center; the token is read from a file (never from the command line)."""
    path = Path(args.token_file)
    if not path.is_file():
        raise KnownError("token_file_missing", str(path))
    token = path.read_text(encoding="utf-8").strip()
    services = open_services(args, core_only=True)
    try:
        user = sign_in(services, args.user, "connect", Permission.MANAGE_STATION)
        try:
            station = _sync(services).connect(
                args.server_url, token, args.ca_bundle or "", actor=user.username
            )
        except KnownError as exc:
            if exc.code != "server_unreachable":
                raise
            _say(
                f"คำเตือน: {SYNC_MESSAGES_TH['server_unreachable']} — บันทึกการตั้งค่าไว้แล้ว [{exc.code}]", err=True
            )
            return EXIT_OK
        _say(f"เชื่อมต่อระบบกลางแล้ว: จุดบริการ {station}")
        return EXIT_OK
    finally:
        services.close()


@takes_user
def cmd_sync(args: argparse.Namespace) -> int:
    """One push/pull cycle now (``--once``); exit 0 only when the queue drained. A supervisor, an
    administrator or the station's ``sync_agent`` service account (a scheduled task) may run it."""
    services = open_services(args, core_only=True)
    try:
        sign_in(services, args.user, "sync", Permission.SYNC)
        service = _sync(services)
        report = service.run_once()
        parts = [f"{label} {getattr(report, key):,}" for key, label in RESULT_LABELS_TH.items()]
        _say(" · ".join(parts))
        if report.error:
            _say(f"หยุดก่อนครบรอบ: {report.error}", err=True)
        status = service.status()
        if not service.drained():
            _say(
                f"ยังค้างในคิว: รอส่ง {status.waiting:,} · รอหัวหน้าตัดสิน {status.attention:,} · "
                f"พักไว้ {status.held:,}",
                err=True,
            )
            return EXIT_CHECK_FAILED
        return EXIT_OK
    finally:
        services.close()


# ---------------------------------------------------------------------------------------- central side
def _central(args: argparse.Namespace) -> Any:
    from sync.server.central import Central

    return Central.from_url(args.db or os.environ.get(CENTRAL_DB_ENV) or DEFAULT_CENTRAL_DB)


def _central_error(exc: Exception) -> int:
    code = getattr(exc, "code", "error")
    _say(f"ข้อผิดพลาด: {SYNC_MESSAGES_TH.get(code, 'เกิดข้อผิดพลาด')} [{code}]", err=True)
    return EXIT_KNOWN_ERROR


def cmd_central_serve(args: argparse.Namespace) -> int:
    """Runs the reference central service until interrupted."""
    import uvicorn

    from sync.server.app import create_app

    central = _central(args)
    uvicorn.run(
        create_app(central),
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        log_level="info",
    )
    return EXIT_OK


def cmd_central_add_station(args: argparse.Namespace) -> int:
    """Registers a station; prints its token (shown once: only a hash is kept)."""
    from sync.server.central import CentralError

    try:
        token = _central(args).add_station(args.code, args.name)
    except CentralError as exc:
        return _central_error(exc)
    _say(token)
    return EXIT_OK


def cmd_central_set_status(args: argparse.Namespace) -> int:
    """Moves a case; the change reaches its counter at the next sync."""
    from sync.protocol import CentralStatus
    from sync.server.central import CentralError

    try:
        update = _central(args).set_status(args.ref, CentralStatus(args.status), args.agency, args.note)
    except CentralError as exc:
        return _central_error(exc)
    _say(f"{update.central_ref}: {update.status.value} (cursor {update.cursor})")
    return EXIT_OK


def cmd_central_publish_reference(args: argparse.Namespace) -> int:
    """Publishes a newer reference data set from a JSON file (same shape as the bundled file)."""
    from sync.protocol import ReferenceKind

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return _central_error(KnownError("reference_file_unreadable"))
    version = _central(args).publish_reference(ReferenceKind(args.name), data)
    _say(f"{args.name}: version {version}")
    return EXIT_OK


def add_subcommands(sub: Any) -> None:
    """Adds ``connect``, ``sync`` and ``central …`` to the ``psc-counter`` parser."""
    from sync.protocol import CentralStatus, ReferenceKind

    MESSAGES_TH.update(SYNC_MESSAGES_TH)

    p = sub.add_parser("connect", help="point the counter at a central service")
    p.add_argument("--server-url", required=True, help="base URL, e.g. https://intake.example.go.th")
    p.add_argument("--token-file", required=True, help="file holding the station token")
    p.add_argument("--ca-bundle", default="", help="PEM file of the CA that signed the center's certificate")
    p.set_defaults(handler=cmd_connect)

    p = sub.add_parser("sync", help="one push/pull cycle with the center, without the GUI")
    p.add_argument("--once", action="store_true", required=True, help="one cycle now (back-off ignored)")
    p.set_defaults(handler=cmd_sync)

    central = sub.add_parser("central", help="the reference central service")
    central_sub = central.add_subparsers(dest="central_command", metavar="COMMAND", required=True)
    db_help = f"database URL (default: ${CENTRAL_DB_ENV} or {DEFAULT_CENTRAL_DB})"

    p = central_sub.add_parser("serve", help="run the service")
    p.add_argument("--db", default="", help=db_help)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8111)
    p.add_argument("--tls-cert", default=None, help="PEM certificate (serve HTTPS)")
    p.add_argument("--tls-key", default=None, help="PEM private key")
    p.set_defaults(handler=cmd_central_serve)

    p = central_sub.add_parser("add-station", help="register a station and print its token")
    p.add_argument("code")
    p.add_argument("--name", default="")
    p.add_argument("--db", default="", help=db_help)
    p.set_defaults(handler=cmd_central_add_station)

    p = central_sub.add_parser("set-status", help="move a case (flows back to its counter)")
    p.add_argument("ref", help="the central case number, e.g. PSC2569-00000042")
    p.add_argument("--status", required=True, choices=[s.value for s in CentralStatus])
    p.add_argument("--agency", default=None)
    p.add_argument("--note", default=None)
    p.add_argument("--db", default="", help=db_help)
    p.set_defaults(handler=cmd_central_set_status)

    p = central_sub.add_parser("publish-reference", help="publish a newer reference data set")
    p.add_argument("name", choices=[k.value for k in ReferenceKind])
    p.add_argument("file")
    p.add_argument("--db", default="", help=db_help)
    p.set_defaults(handler=cmd_central_publish_reference)
