"""The support bundle: one owner-only zip an officer can send to the help desk (issue 10).

It holds what a help desk asks first — versions and build, the platform, the settings, the recent logs and
how many records, queue items and print jobs are in which state — and nothing personal: every text file
passes the same scrubber the log uses (national IDs and phone numbers masked), and the database content
itself (names, addresses, descriptions) never goes in, only counts.

It works on a home whose database cannot be opened (a lost key, a newer database): that is when the help desk
needs it most. The error code then goes in instead of the counts.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from app.config import SETTINGS_FILE, resolve_home
from app.logs import scrub
from app.storage.errors import KnownError
from app.version import build_info

if TYPE_CHECKING:
    from app.services.context import AppContext

LOG_TAIL_BYTES = 2 * 1024 * 1024
"""At most this much of the newest log files: enough for the last days, small enough to e-mail."""

_LIBRARIES = ("PySide6", "sqlalchemy", "sqlcipher3", "alembic", "escpos", "httpx", "icu4py", "holidays")


def _library_versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for name in _LIBRARIES:
        try:
            module = __import__(name)
        except Exception as exc:  # a missing optional part is itself worth reporting
            found[name] = f"not importable ({type(exc).__name__})"
            continue
        found[name] = str(getattr(module, "__version__", "?"))
    return found


def _counts_of(ctx: AppContext) -> dict[str, Any]:
    from app.storage.migrate import current_revision

    with ctx.db.read_session() as session:

        def grouped(sql: str) -> dict[str, int]:
            return {str(k): int(v) for k, v in session.execute(text(sql)).all()}

        counts: dict[str, Any] = {
            "records_by_kind": grouped("SELECT kind, count(*) FROM records GROUP BY kind"),
            "outbox_by_state": grouped("SELECT state, count(*) FROM outbox GROUP BY state"),
            "print_jobs_by_state": grouped("SELECT state, count(*) FROM print_jobs GROUP BY state"),
            "audit_events": int(session.execute(text("SELECT count(*) FROM audit_events")).scalar_one()),
        }
    counts["schema_revision"] = current_revision(ctx.db)
    counts["database_bytes"] = ctx.db.size_bytes()
    return counts


def _counts(home: Path, ctx: AppContext | None) -> dict[str, Any]:
    """Rows per state, never their content. Opening may refuse (key, damage, newer database): say why."""
    from app.services.context import open_app

    if ctx is not None:
        return _counts_of(ctx)
    try:
        opened = open_app(home)
    except KnownError as exc:
        return {"error": exc.code}
    try:
        return _counts_of(opened)
    finally:
        opened.close()


def _log_files(home: Path) -> list[Path]:
    """Newest first, until ``LOG_TAIL_BYTES`` is used up."""
    folder = home / "logs"
    if not folder.is_dir():
        return []
    files = sorted(
        (p for p in folder.iterdir() if p.is_file()), key=lambda p: p.stat().st_mtime, reverse=True
    )
    chosen, used = [], 0
    for path in files:
        used += path.stat().st_size
        chosen.append(path)
        if used >= LOG_TAIL_BYTES:
            break
    return chosen


def _scrubbed(path: Path) -> str:
    raw = path.read_bytes()[-LOG_TAIL_BYTES:]
    return "\n".join(scrub(line) for line in raw.decode("utf-8", errors="replace").splitlines()) + "\n"


def make_support_bundle(
    home: Path | None,
    output: Path | None = None,
    *,
    ctx: AppContext | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> Path:
    """Writes the support zip (mode 0600) and returns its path; default ``home/support/psc-support-*.zip``.

    ``ctx``: the already open home (the GUI passes its own); without it the home is opened, or the reason
    it cannot be goes into ``counts.json``."""
    home = ctx.home if ctx is not None else resolve_home(home)
    stamp = now().strftime("%Y%m%d-%H%M%S")
    if output is None:
        folder = home / "support"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        output = folder / f"psc-support-{stamp}.zip"
    info = build_info()
    about: dict[str, Any] = {
        "program": "psc-counter",
        "version": info.version,
        "build": info.build,
        "built_at": info.built_at,
        "frozen_bundle": info.frozen,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "libraries": _library_versions(),
        "made_at": now().isoformat(),
    }
    counts = _counts(home, ctx)  # opens the home: its own log lines land in the log before we read it
    # Owner-only from the first byte: create the file 0600 before the zip writer opens it.
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(output, 0o600)  # an older file of the same name keeps its mode through O_TRUNC
    with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("about.json", json.dumps(about, ensure_ascii=False, indent=2))
        zf.writestr("counts.json", json.dumps(counts, ensure_ascii=False, indent=2))
        settings = home / SETTINGS_FILE
        if settings.is_file():
            zf.writestr("settings.toml", _scrubbed(settings))
        for path in _log_files(home):
            zf.writestr(f"logs/{path.name}", _scrubbed(path))
    return output
