"""Sync sub-commands of ``psc-counter`` (registered in ``app.cli.COMMAND_MODULES``).

Counter side (a counter home):

* ``connect --server-url URL --token-file FILE [--ca-bundle PEM] [--client-cert PEM --client-key PEM]``
  — points the counter at a center once its ``/v1/health`` confirms the token names this station (nothing
  is saved otherwise). ``http://`` is refused for any host but this machine, before any look-up.
* ``sync --once`` — one push/pull cycle now, back-off timers ignored. Exit 0 only when the queue drained
  (every item acknowledged or withdrawn), 1 when items remain (offline, busy center, conflicts or
  rejections for the supervisor), 2 for a known error such as ``not_connected``.

Reference central service (no counter home; the database from ``--db`` or ``PSC_CENTRAL_DB``):

* ``central serve --db URL --host H --port P [--tls-cert PEM --tls-key PEM [--client-ca PEM]] [--docs]``
* ``central add-station CODE [--name NAME]`` — prints the new token (only the token, for scripts).
* ``central revoke-station CODE`` / ``central rotate-token CODE`` — effective at the next request.
* ``central set-quota CODE MEGABYTES`` — a station's attachment quota.
* ``central set-status REF --status S [--agency A] [--note N]`` — REF: case number or tracking code.

Station codes are canonical everywhere (``5``, ``05`` and ``005`` are station ``005``). Every central
command seals and unseals with the key from ``PSC_CENTRAL_KEY``, else the key file (``--key-file``,
``PSC_CENTRAL_KEY_FILE``, else ``central.key`` beside a SQLite database or in the working folder),
created owner-only on first use.
* ``central publish-reference agencies|categories|holidays FILE`` — a newer reference data set.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli import EXIT_CHECK_FAILED, EXIT_KNOWN_ERROR, EXIT_OK, MESSAGES_TH
from app.cli_auth import open_services, sign_in, takes_user
from app.domain.roles import Permission
from app.storage.errors import KnownError

DEFAULT_CENTRAL_DB = "sqlite:///central.sqlite3"
CENTRAL_DB_ENV = "PSC_CENTRAL_DB"

SYNC_MESSAGES_TH = {
    "not_connected": "ยังไม่ได้เชื่อมต่อระบบกลาง ใช้คำสั่ง connect ก่อน",
    "sync_running": "กำลังส่งข้อมูลอยู่แล้ว กรุณารอให้เสร็จก่อน",
    "server_url_invalid": "ที่อยู่ระบบกลางต้องขึ้นต้นด้วย https:// หรือ http://",
    "server_url_insecure": "ต้องใช้ https:// (http:// ใช้ได้เฉพาะกับเครื่องนี้เท่านั้น)",
    "unknown_station": "ไม่พบรหัสจุดบริการนี้ในระบบกลาง",
    "central_key_missing": "ไม่พบกุญแจเข้ารหัสของระบบกลาง (PSC_CENTRAL_KEY หรือไฟล์กุญแจ)",
    "central_key_invalid": "กุญแจเข้ารหัสของระบบกลางไม่ถูกต้อง",
    "central_key_file_open": "ไฟล์กุญแจของระบบกลางต้องอ่านได้เฉพาะเจ้าของ (chmod 600)",
    "quota_exceeded": "พื้นที่เก็บไฟล์แนบของจุดบริการนี้เต็ม",
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
    from app.services.sync_service import check_server_url, read_token_file

    token = read_token_file(args.token_file)  # the same reading as the Settings screen's connect

    check_server_url(args.server_url)  # before opening anything: an insecure URL is refused at once
    services = open_services(args, core_only=True)
    try:
        user = sign_in(services, args.user, "connect", Permission.MANAGE_STATION)
        station = _sync(services).connect(
            args.server_url,
            token,
            args.ca_bundle or "",
            actor=user.username,
            client_cert=args.client_cert or "",
            client_key=args.client_key or "",
        )
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
def _central_db(args: argparse.Namespace) -> str:
    return str(args.db or os.environ.get(CENTRAL_DB_ENV) or DEFAULT_CENTRAL_DB)


def central_key_file(args: argparse.Namespace) -> Path:
    """Where the center's key lives: ``--key-file``, ``PSC_CENTRAL_KEY_FILE``, else ``central.key`` beside
    a SQLite database (or in the working folder for PostgreSQL). Never inside the database."""
    if getattr(args, "key_file", None):
        return Path(args.key_file)
    if os.environ.get("PSC_CENTRAL_KEY_FILE", "").strip():
        return Path(os.environ["PSC_CENTRAL_KEY_FILE"])
    url = _central_db(args)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///").split("?", 1)[0]).parent / "central.key"
    return Path("central.key")


def _central(args: argparse.Namespace) -> Any:
    """The center for one command; its connections are closed when the process (or ``main``) ends."""
    central = _open_central(args)
    _OPENED.append(central)
    return central


# Centers opened by commands of this process, closed by ``close_centrals`` (tests call main() many times).
_OPENED: list[Any] = []


def close_centrals() -> None:
    """Closes the database connections of every center a command opened."""
    while _OPENED:
        _OPENED.pop().engine.dispose()


def _open_central(args: argparse.Namespace) -> Any:
    from sync.server.central import Central
    from sync.server.sealing import CentralKeyError, load_sealer

    try:
        sealer = load_sealer(central_key_file(args), create=True)
    except CentralKeyError as exc:
        raise KnownError(exc.code) from exc
    return Central.from_url(_central_db(args), sealer=sealer)


def _central_error(exc: Exception) -> int:
    code = getattr(exc, "code", "error")
    _say(f"ข้อผิดพลาด: {MESSAGES_TH.get(code, SYNC_MESSAGES_TH.get(code, 'เกิดข้อผิดพลาด'))} [{code}]", err=True)
    return EXIT_KNOWN_ERROR


def _central_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A central administration command whose ``CentralError`` is shown like every other error."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from sync.server.central import CentralError

        try:
            return handler(args)
        except CentralError as exc:
            return _central_error(exc)

    return run


def cmd_central_serve(args: argparse.Namespace) -> int:
    """Runs the reference central service until interrupted."""
    import ssl

    import uvicorn

    from sync.server.app import create_app

    if bool(args.tls_cert) != bool(args.tls_key) or (args.client_ca and not args.tls_cert):
        _say("ข้อผิดพลาด: --tls-cert กับ --tls-key ต้องใช้คู่กัน และ --client-ca ต้องใช้กับ TLS [usage]", err=True)
        return EXIT_KNOWN_ERROR
    central = _central(args)
    uvicorn.run(
        create_app(central, docs=args.docs),
        host=args.host,
        port=args.port,
        ssl_certfile=args.tls_cert,
        ssl_keyfile=args.tls_key,
        ssl_ca_certs=args.client_ca,
        ssl_cert_reqs=ssl.CERT_REQUIRED if args.client_ca else ssl.CERT_NONE,
        # Behind a reverse proxy: trust its X-Forwarded-For only from these addresses (rate limits).
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or None,
        # Access logs would record tracking-page addresses with their access tokens: off.
        access_log=False,
        log_level="info",
    )
    return EXIT_OK


@_central_errors
def cmd_central_add_station(args: argparse.Namespace) -> int:
    """Registers a station; prints its token (shown once: only a hash is kept)."""
    token = _central(args).add_station(args.code, args.name)
    _say(token)
    return EXIT_OK


@_central_errors
def cmd_central_revoke_station(args: argparse.Namespace) -> int:
    """Ends a station's token: its next request gets 401."""
    central = _central(args)
    code = central.station_code(args.code)
    central.revoke_station(code)
    _say(f"ยกเลิกโทเค็นของจุดบริการ {code} แล้ว")
    return EXIT_OK


@_central_errors
def cmd_central_rotate_token(args: argparse.Namespace) -> int:
    """Issues a new token for a station (the old one stops working); prints only the token."""
    token = _central(args).rotate_token(args.code)
    _say(token)
    return EXIT_OK


@_central_errors
def cmd_central_set_quota(args: argparse.Namespace) -> int:
    """Sets a station's attachment quota in megabytes."""
    _central(args).set_quota(args.code, args.megabytes * 1024 * 1024)
    _say(f"{args.code}: {args.megabytes:,} MB")
    return EXIT_OK


@_central_errors
def cmd_central_set_status(args: argparse.Namespace) -> int:
    """Moves a case; the change reaches its counter at the next sync."""
    from sync.protocol import CentralStatus

    update = _central(args).set_status(args.ref, CentralStatus(args.status), args.agency, args.note)
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


def _closing(handler: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args))
        finally:
            close_centrals()

    run.__doc__ = handler.__doc__
    return run


def add_subcommands(sub: Any) -> None:
    """Adds ``connect``, ``sync`` and ``central …`` to the ``psc-counter`` parser."""
    from sync.protocol import CentralStatus, ReferenceKind

    MESSAGES_TH.update(SYNC_MESSAGES_TH)

    p = sub.add_parser("connect", help="point the counter at a central service")
    p.add_argument("--server-url", required=True, help="base URL, e.g. https://intake.example.go.th")
    p.add_argument("--token-file", required=True, help="file holding the station token")
    p.add_argument("--ca-bundle", default="", help="PEM file of the CA that signed the center's certificate")
    p.add_argument("--client-cert", default="", help="PEM client certificate (center requires mutual TLS)")
    p.add_argument("--client-key", default="", help="PEM private key of the client certificate")
    p.set_defaults(handler=cmd_connect)

    p = sub.add_parser("sync", help="one push/pull cycle with the center, without the GUI")
    p.add_argument("--once", action="store_true", required=True, help="one cycle now (back-off ignored)")
    p.set_defaults(handler=cmd_sync)

    central = sub.add_parser("central", help="the reference central service")
    central_sub = central.add_subparsers(dest="central_command", metavar="COMMAND", required=True)
    db_help = f"database URL (default: ${CENTRAL_DB_ENV} or {DEFAULT_CENTRAL_DB})"
    key_help = "key file sealing stored personal data (default: $PSC_CENTRAL_KEY_FILE or central.key)"

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default="", help=db_help)
        p.add_argument("--key-file", default="", help=key_help)

    p = central_sub.add_parser("serve", help="run the service")
    common(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8111)
    p.add_argument("--tls-cert", default=None, help="PEM certificate (serve HTTPS)")
    p.add_argument("--tls-key", default=None, help="PEM private key")
    p.add_argument("--client-ca", default=None, help="PEM CA of station client certificates (mutual TLS)")
    p.add_argument("--docs", action="store_true", help="serve the interactive API pages (/docs, /redoc)")
    p.add_argument(
        "--forwarded-allow-ips", default="", help="reverse proxy addresses whose X-Forwarded-For is trusted"
    )
    p.set_defaults(handler=cmd_central_serve)

    p = central_sub.add_parser("add-station", help="register a station and print its token")
    p.add_argument("code")
    p.add_argument("--name", default="")
    common(p)
    p.set_defaults(handler=_closing(cmd_central_add_station))

    p = central_sub.add_parser("revoke-station", help="end a station's token now")
    p.add_argument("code")
    common(p)
    p.set_defaults(handler=_closing(cmd_central_revoke_station))

    p = central_sub.add_parser("rotate-token", help="issue a new token for a station and print it")
    p.add_argument("code")
    common(p)
    p.set_defaults(handler=_closing(cmd_central_rotate_token))

    p = central_sub.add_parser("set-quota", help="set a station's attachment quota")
    p.add_argument("code")
    p.add_argument("megabytes", type=int)
    common(p)
    p.set_defaults(handler=_closing(cmd_central_set_quota))

    p = central_sub.add_parser("set-status", help="move a case (flows back to its counter)")
    p.add_argument("ref", help="the central case number (PSC2569-00000042) or the tracking code")
    p.add_argument("--status", required=True, choices=[s.value for s in CentralStatus])
    p.add_argument("--agency", default=None)
    p.add_argument("--note", default=None)
    common(p)
    p.set_defaults(handler=_closing(cmd_central_set_status))

    p = central_sub.add_parser("publish-reference", help="publish a newer reference data set")
    p.add_argument("name", choices=[k.value for k in ReferenceKind])
    p.add_argument("file")
    common(p)
    p.set_defaults(handler=_closing(cmd_central_publish_reference))
