"""Online backups into ``home/backups/`` (and a second folder), checks of a backup, and restore
(docs/ARCHITECTURE.md, Storage and keys).

A backup is ``VACUUM INTO`` a new file: one consistent snapshot taken while the counter keeps working
(WAL readers do not block writers), compacted, and still encrypted under the same key, so the recovery
code opens backups too. Its name says when it was taken and why: ``counter-<UTC stamp>[-n][-reason].sqlite3``.

Two kinds of backup, rotated separately (``rotate_folder``):

* ordinary ones (the daily backup, ``psc-counter backup``): the newest ``keep`` stay;
* safety copies, taken just before a risky operation (``pre-restore``, ``pre-migrate``, ``pre-purge``,
  ``pre-erasure``, ``pre-demo``, ``damaged``): the newest ``keep`` stay, and the newest of each reason is
  never deleted — however many ordinary backups follow, the copy taken before the last restore is there.

Files another part writes beside a backup (``<backup name>.<ext>``, e.g. a key-vault snapshot) belong to
it: they are copied and rotated with it. Such parts hook in through ``HOOKS`` (see ``BackupHooks``), the
one place where a backup or a restore calls code outside this module.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.logs import DB as log
from app.storage.db import DB_FILE, Database, is_not_a_database, raw_connect
from app.storage.errors import KnownError

BACKUP_DIR = "backups"
BACKUP_PREFIX = "counter-"
BACKUP_SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_STAMP_LEN = len("20260324T020000000000Z")

# Reasons of ordinary backups; every other reason marks a safety copy (see the module docstring).
ORDINARY_REASONS = frozenset({"", "daily", "manual"})
PRE_RESTORE = "pre-restore"
PRE_MIGRATE = "pre-migrate"
DAMAGED = "damaged"  # the damaged database file itself, kept as it was before a recovery replaced it


@dataclass
class BackupHooks:
    """What other parts run around backups and restores (one clear place; each list in call order).

    * ``after_backup(home, backup_file)`` — after a snapshot is written and before it is copied to the
      second folder: write what the backup must include beside it as ``<backup_file name>.<ext>``.
    * ``after_restore(home, restored_from)`` — after the database file was replaced by a backup and
      before the app opens it: bring what lives outside the database in step with it.

    A part registers with one line at import, e.g. ``HOOKS.after_restore.append(vault.after_restore)``.
    """

    after_backup: list[Callable[[Path, Path], None]] = field(default_factory=list)
    after_restore: list[Callable[[Path, Path], None]] = field(default_factory=list)


HOOKS = BackupHooks()
"""The hooks every backup and restore runs (tests may pass a ``BackupHooks`` of their own)."""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file that passed ``verify_backup``: when it was taken, why, and its schema revision."""

    path: Path
    taken_at: datetime | None
    reason: str
    revision: str | None
    size: int


def backup_dir(home: Path) -> Path:
    """``home/backups``."""
    return home / BACKUP_DIR


def is_backup_file(path: Path) -> bool:
    """Whether a file name is one of ours (sidecars and ``.part`` files are not)."""
    return path.name.startswith(BACKUP_PREFIX) and path.name.endswith(BACKUP_SUFFIX)


def backup_order(path: Path) -> tuple[str, int]:
    """Sort key of backups, oldest first: the time in the name, then the ``-n`` of same-time backups."""
    stamp = path.name[len(BACKUP_PREFIX) : len(BACKUP_PREFIX) + _STAMP_LEN]
    head = path.name[len(BACKUP_PREFIX) + _STAMP_LEN : -len(BACKUP_SUFFIX)].lstrip("-").partition("-")[0]
    return stamp, int(head) if head.isdigit() else 0


def list_backup_files(folder: Path) -> list[Path]:
    """Backup files in a folder, oldest first; none when the folder is missing."""
    try:
        return sorted((p for p in folder.iterdir() if is_backup_file(p)), key=backup_order)
    except OSError:  # missing, or a USB stick pulled out while we looked
        return []


def list_backups(home: Path) -> list[Path]:
    """Backup files in ``home/backups``, oldest first."""
    return list_backup_files(backup_dir(home))


def backup_reason(path: Path) -> str:
    """The reason written in a backup's name (``""`` for an untagged one)."""
    rest = path.name[len(BACKUP_PREFIX) + _STAMP_LEN : -len(BACKUP_SUFFIX)].lstrip("-")
    head, _, tail = rest.partition("-")
    if head.isdigit():  # the "-n" of two backups in the same microsecond
        rest = tail
    return rest


def backup_time(path: Path) -> datetime | None:
    """When a backup was taken (from its name), or ``None`` for a name that does not say."""
    stamp = path.name[len(BACKUP_PREFIX) : len(BACKUP_PREFIX) + _STAMP_LEN]
    try:
        return datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def is_safety_copy(path: Path) -> bool:
    """Whether a backup was taken before a risky operation (rotated under the safety rule)."""
    return backup_reason(path) not in ORDINARY_REASONS


def sidecars(path: Path) -> list[Path]:
    """Files a hook wrote beside a backup (``<name>.<ext>``)."""
    try:
        return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + "."))
    except OSError:
        return []


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the directory is; not possible on every platform (Windows).
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _target_name(folder: Path, now: datetime, reason: str) -> Path:
    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    tag = f"-{reason}" if reason else ""
    target = folder / f"{BACKUP_PREFIX}{stamp}{tag}{BACKUP_SUFFIX}"
    n = 1
    while target.exists():  # two backups in the same microsecond (tests with a fixed clock)
        target = folder / f"{BACKUP_PREFIX}{stamp}-{n}{tag}{BACKUP_SUFFIX}"
        n += 1
    return target


def make_backup(
    db: Database,
    home: Path,
    *,
    now: datetime | None = None,
    reason: str = "",
    keep: int = 10,
    hooks: BackupHooks | None = None,
) -> Path:
    """Writes an encrypted snapshot of the database to ``home/backups``, runs the ``after_backup``
    hooks and rotates; returns the new file."""
    folder = backup_dir(home)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = _target_name(folder, now or datetime.now(UTC), reason)
    tmp = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    conn = db.raw()
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        os.chmod(tmp, 0o600)
        _fsync_file(tmp)
        os.replace(tmp, target)
    except (OSError, sqlcipher3.OperationalError) as exc:
        # A full disk or a pulled-out drive: no half-written backup is left to be mistaken for one.
        tmp.unlink(missing_ok=True)
        if getattr(exc, "errno", None) != errno.ENOSPC and "full" not in str(exc):
            raise
        raise KnownError("disk_full", "backup") from exc
    finally:
        conn.close()
    _fsync_dir(folder)
    for hook in (hooks or HOOKS).after_backup:
        hook(home, target)
    log.info("backup written: %s", target.name)
    rotate_folder(folder, keep)
    return target


def copy_backup(backup_file: Path, folder: Path, keep: int) -> Path:
    """Copies a backup (with its sidecars) into another folder — a USB stick, a network share — durably
    (temporary name, fsync, rename), owner-only, and rotates that folder by the same rule.

    Raises ``OSError`` when the folder is not there or not writable; the caller decides what that means.
    """
    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    copied = folder / backup_file.name
    for source in (*sidecars(backup_file), backup_file):  # the backup itself last: its name marks it done
        target = folder / source.name
        tmp = target.with_name(target.name + ".part")
        shutil.copyfile(source, tmp)
        os.chmod(tmp, 0o600)
        _fsync_file(tmp)
        os.replace(tmp, target)
    _fsync_dir(folder)
    rotate_folder(folder, keep)
    return copied


def rotate_folder(folder: Path, keep: int) -> list[Path]:
    """Deletes old backups of one folder (with their sidecars) under the rule of the module docstring;
    returns what was deleted."""
    keep = max(1, keep)
    files = list_backup_files(folder)
    ordinary = [p for p in files if not is_safety_copy(p)]
    safety = [p for p in files if is_safety_copy(p)]
    newest_of_reason = {backup_reason(p): p for p in safety}  # files are oldest first: the last one wins
    doomed = ordinary[: max(0, len(ordinary) - keep)]
    doomed += [p for p in safety[: max(0, len(safety) - keep)] if newest_of_reason[backup_reason(p)] != p]
    for path in doomed:
        for extra in sidecars(path):
            extra.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
    if doomed:
        log.info("backups rotated in %s: %d removed", folder.name, len(doomed))
    return doomed


def rotate_backups(home: Path, keep: int) -> list[Path]:
    """``rotate_folder`` on ``home/backups``."""
    return rotate_folder(backup_dir(home), keep)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from app.storage.migrate import alembic_config  # alembic is only needed when a backup is checked

    return {str(rev.revision) for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def verify_backup(path: Path, key: bytes) -> BackupInfo:
    """Proves a backup can replace the database: it opens under the key (``backup_unreadable``), every
    page passes SQLCipher's HMAC check and SQLite's full integrity check (``backup_damaged``), and its
    schema is one this build knows or can migrate (``backup_too_new`` / ``backup_not_counter``)."""
    if not path.is_file():
        raise KnownError("backup_missing", path.name)
    conn = raw_connect(path, key, check_same_thread=True)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:
            # Page 1 failing under our key says "not a database": another key, or not a backup at all.
            code = "backup_unreadable" if is_not_a_database(exc) else "backup_damaged"
            raise KnownError(code, type(exc).__name__) from exc
        try:
            bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except Exception as exc:
            raise KnownError("backup_damaged", type(exc).__name__) from exc
        if bad_pages or result != ["ok"]:
            raise KnownError("backup_damaged", path.name)
        try:
            row: Any = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception as exc:
            raise KnownError("backup_not_counter", path.name) from exc
    finally:
        conn.close()
    revision = None if row is None else str(row[0])
    if revision is None:
        raise KnownError("backup_not_counter", path.name)
    if revision not in _known_revisions():
        raise KnownError("backup_too_new", revision)
    return BackupInfo(path, backup_time(path), backup_reason(path), revision, path.stat().st_size)


def newest_good_backup(home: Path, key: bytes, extra_folders: tuple[Path, ...] = ()) -> BackupInfo | None:
    """The newest backup that passes ``verify_backup``, from ``home/backups`` and the extra folders
    (the second backup folder), or ``None``. Damaged copies of the database itself are never offered."""
    candidates = [p for folder in (backup_dir(home), *extra_folders) for p in list_backup_files(folder)]
    candidates = [p for p in candidates if backup_reason(p) != DAMAGED]
    # Newest first by the time in the name; the same backup in two folders is tried once per folder.
    candidates.sort(key=backup_order, reverse=True)
    for path in candidates:
        try:
            return verify_backup(path, key)
        except KnownError as exc:
            log.warning("backup %s not usable: %s", path.name, exc.code)
    return None


def keep_damaged_copy(home: Path, now: datetime) -> Path | None:
    """Copies a damaged database file as it is into ``home/backups`` (``-damaged``), for whoever
    investigates later; ``VACUUM INTO`` cannot read it, so this is a plain file copy."""
    live = home / DB_FILE
    if not live.exists():
        return None
    folder = backup_dir(home)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = _target_name(folder, now, DAMAGED)
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(live, tmp)
    wal = home / (DB_FILE + "-wal")
    if wal.exists():  # what the WAL held belongs to the damaged file: keep it beside the copy
        shutil.copyfile(wal, target.with_name(target.name + ".wal"))
        os.chmod(target.with_name(target.name + ".wal"), 0o600)
    os.chmod(tmp, 0o600)
    _fsync_file(tmp)
    os.replace(tmp, target)
    return target


def replace_database(home: Path, backup_file: Path, hooks: BackupHooks | None = None) -> None:
    """Puts a (verified) backup in place of ``home/counter.sqlite3`` durably, drops the old WAL, and runs
    the ``after_restore`` hooks. Every connection to the old file must be closed before."""
    live = home / DB_FILE
    tmp = home / (DB_FILE + ".restore")
    shutil.copyfile(backup_file, tmp)
    os.chmod(tmp, 0o600)
    _fsync_file(tmp)
    # The old WAL belongs to the old file: left in place it would be replayed onto the restored one.
    for suffix in ("-wal", "-shm"):
        (home / (DB_FILE + suffix)).unlink(missing_ok=True)
    os.replace(tmp, live)
    _fsync_dir(home)
    for hook in (hooks or HOOKS).after_restore:
        hook(home, backup_file)
    log.warning("database restored from %s", backup_file.name)


def restore(
    db: Database,
    home: Path,
    backup_file: Path,
    *,
    now: datetime | None = None,
    keep: int = 10,
    hooks: BackupHooks | None = None,
) -> Path:
    """Replaces the database with a backup, after ``verify_backup`` passed; the current database is first
    saved as a ``pre-restore`` safety copy (never rotated away while it is the newest of its kind).

    The ``Database`` pool is disposed; callers reopen the app afterwards (``open_app``). Returns the
    path of the safety copy.
    """
    backup_file = Path(backup_file)
    verify_backup(backup_file, db.key)
    saved = make_backup(db, home, now=now, reason=PRE_RESTORE, keep=keep, hooks=hooks)
    db.dispose()
    replace_database(home, backup_file, hooks)
    return saved
