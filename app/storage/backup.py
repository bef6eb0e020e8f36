"""Online backups into ``home/backups/`` and restore (docs/ARCHITECTURE.md, Storage and keys).

A backup is ``VACUUM INTO`` a new file: one consistent snapshot taken while the counter keeps working
(WAL readers do not block writers), compacted, and still encrypted under the same key, so the recovery
code opens backups too. Backups are rotated: the newest ``keep`` stay.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.logs import DB as log
from app.storage.db import DB_FILE, Database, raw_connect
from app.storage.errors import KnownError

BACKUP_DIR = "backups"
BACKUP_PREFIX = "counter-"
BACKUP_SUFFIX = ".sqlite3"


def backup_dir(home: Path) -> Path:
    """``home/backups``."""
    return home / BACKUP_DIR


def list_backups(home: Path) -> list[Path]:
    """Backup files, oldest first (names sort by time)."""
    folder = backup_dir(home)
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(BACKUP_PREFIX) and p.suffix == ".sqlite3")


def make_backup(
    db: Database, home: Path, *, now: datetime | None = None, reason: str = "", keep: int = 10
) -> Path:
    """Writes an encrypted snapshot of the database to ``home/backups`` and rotates old ones."""
    folder = backup_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    tag = f"-{reason}" if reason else ""
    target = folder / f"{BACKUP_PREFIX}{stamp}{tag}{BACKUP_SUFFIX}"
    n = 1
    while target.exists():  # two backups in the same microsecond (tests with a fixed clock)
        target = folder / f"{BACKUP_PREFIX}{stamp}-{n}{tag}{BACKUP_SUFFIX}"
        n += 1
    tmp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    conn = db.raw()
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
    finally:
        conn.close()
    os.chmod(tmp, 0o600)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    log.info("backup written: %s", target.name)
    rotate_backups(home, keep)
    return target


def rotate_backups(home: Path, keep: int) -> list[Path]:
    """Deletes all but the newest ``keep`` backups; returns what was deleted."""
    files = list_backups(home)
    doomed = files[: max(0, len(files) - max(1, keep))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def verify_backup(path: Path, key: bytes) -> None:
    """Proves a backup opens under the key and passes SQLite's quick check (``KnownError`` if not)."""
    conn = raw_connect(path, key, check_same_thread=True)
    try:
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
        except Exception as exc:
            raise KnownError("backup_unreadable", type(exc).__name__) from exc
        if row is None or row[0] != "ok":
            raise KnownError("backup_damaged", path.name)
    finally:
        conn.close()


def restore(db: Database, home: Path, backup_file: Path) -> Path:
    """Replaces the database with a backup; the current file is first kept as a ``pre-restore`` backup.

    The ``Database`` pool is disposed; callers reopen the app afterwards (``open_app``). Returns the
    path of the saved pre-restore copy.
    """
    backup_file = Path(backup_file)
    if not backup_file.exists():
        raise KnownError("backup_missing", backup_file.name)
    verify_backup(backup_file, db.key)
    saved = make_backup(db, home, reason="pre-restore", keep=10_000)  # never rotate away the safety copy
    db.dispose()
    live = home / DB_FILE
    tmp = home / (DB_FILE + ".restore")
    shutil.copyfile(backup_file, tmp)
    os.chmod(tmp, 0o600)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    # The old WAL belongs to the old file: left in place it would be replayed onto the restored one.
    for suffix in ("-wal", "-shm"):
        (home / (DB_FILE + suffix)).unlink(missing_ok=True)
    os.replace(tmp, live)
    log.warning("database restored from %s", backup_file.name)
    return saved
