"""Backups a counter can live on: on demand, daily, before risky operations, to a second folder; restore.

``BackupService`` is what the command line, the GUI (status line and daily timer, off the GUI thread) and
other services call:

* ``backup(user)`` — ``psc-counter backup``; a supervisor or an administrator.
* ``safety_copy(reason, actor)`` — a copy just before a risky operation (a purge, an erasure, bulk demo
  data); the calling service has already checked its own permission. Safety copies are rotated by their
  own rule (``app.storage.backup``): the newest of each reason is never deleted.
* ``run_due()`` — the daily backup of the running app when the newest backup is older than
  ``backup_every_hours``, and a catch-up copy to the second folder when it was unreachable last time.
* ``status()`` — the age of the newest backup and the state of the second folder, for the status line.
* ``restore(user, file)`` — an administrator; the backup is checked before anything is replaced, the
  database it replaces is kept as a ``pre-restore`` safety copy, and an audit event in the restored
  database names both.

Every backup is copied to ``settings.backup_second_folder`` when one is set (a USB stick, a network share);
a folder that is not there does not fail the backup — the status line says so instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.domain.roles import Permission
from app.logs import DB as log
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.types import CurrentUser, PermissionDenied
from app.storage import backup as store
from app.storage.backup import BackupHooks, BackupInfo
from app.storage.migrate import needs_upgrade, upgrade_to_head

__all__ = ["BackupInfo", "BackupOutcome", "BackupService", "BackupStatus", "RestoreOutcome", "second_folder"]

SYSTEM_ACTOR = "system"  # the audit actor of backups the app takes on its own
STALE_FACTOR = 2  # the status line warns when the newest backup is older than this many periods


@dataclass(frozen=True)
class BackupOutcome:
    """A backup written: its file, its copy in the second folder (or why there is none)."""

    path: Path
    second_path: Path | None = None
    second_error: str = ""  # "" when copied or when no second folder is set


@dataclass(frozen=True)
class RestoreOutcome:
    """A restore done: the backup put in place and the safety copy of the database it replaced."""

    restored: BackupInfo
    safety_copy: Path


@dataclass(frozen=True)
class BackupStatus:
    """What the status line shows."""

    newest_at: datetime | None  # the newest backup in the home folder, any kind
    age: timedelta | None
    stale: bool  # no backup, or older than STALE_FACTOR periods
    second_folder: str  # "" when none is set
    second_ok: bool  # the second folder is there and holds the newest backup
    count: int


def second_folder(ctx: AppContext) -> Path | None:
    """The second backup folder from the settings, or ``None`` when none is set."""
    text = ctx.settings.backup_second_folder.strip()
    return Path(text).expanduser() if text else None


class BackupService:
    """Backups and restore of one counter home."""

    def __init__(self, ctx: AppContext, audit: AuditLog, hooks: BackupHooks | None = None) -> None:
        self._ctx = ctx
        self._audit = audit
        self._hooks = hooks or store.HOOKS

    # ------------------------------------------------------------------ writing backups
    def backup(self, user: CurrentUser | None, reason: str = "manual") -> BackupOutcome:
        """A backup on demand (``None``: the app itself, e.g. a scheduled task)."""
        if user is not None and not (
            user.can(Permission.MANAGE_STATION) or user.can(Permission.MANAGE_QUEUE)
        ):
            raise PermissionDenied("permission_denied", Permission.MANAGE_STATION.value)
        return self._write(reason, user.username if user else SYSTEM_ACTOR)

    def safety_copy(self, reason: str, actor: str = SYSTEM_ACTOR) -> BackupOutcome:
        """A safety copy before a risky operation (``reason`` like ``pre-purge``; never an ordinary one)."""
        if reason in store.ORDINARY_REASONS:
            raise ValueError(f"not a safety-copy reason: {reason!r}")
        return self._write(reason, actor)

    def _write(self, reason: str, actor: str) -> BackupOutcome:
        ctx = self._ctx
        now = ctx.clock()
        path = store.make_backup(
            ctx.db, ctx.home, now=now, reason=reason, keep=ctx.settings.backups_keep, hooks=self._hooks
        )
        outcome = self._copy_second(path)
        detail: dict[str, object] = {"file": path.name, "reason": reason}
        if second_folder(ctx) is not None:
            detail["second_folder"] = "ok" if outcome.second_path else outcome.second_error
        with ctx.db.session() as s:
            self._audit.append(s, actor, "backup.create", "", detail, now)
        return outcome

    def _copy_second(self, path: Path) -> BackupOutcome:
        folder = second_folder(self._ctx)
        if folder is None:
            return BackupOutcome(path)
        try:
            copied = store.copy_backup(path, folder, self._ctx.settings.backups_keep)
        except OSError as exc:
            # A USB stick not plugged in, a share that is down: the backup at home stands; the status
            # line shows the second folder as not up to date until a copy succeeds.
            log.warning("second backup folder unavailable: %s", type(exc).__name__)
            return BackupOutcome(path, None, "second_folder_unavailable")
        return BackupOutcome(path, copied)

    # ------------------------------------------------------------------ the daily backup
    def due(self) -> bool:
        """Whether the newest backup is older than ``backup_every_hours`` (or there is none)."""
        newest = self._newest_at(self._ctx.home / store.BACKUP_DIR)
        period = timedelta(hours=max(1, self._ctx.settings.backup_every_hours))
        return newest is None or self._ctx.clock() - newest >= period

    def run_due(self) -> BackupOutcome | None:
        """The daily backup when one is due; else a catch-up copy of the newest backup to the second
        folder when that folder is back (``None`` when nothing was done). Runs on a worker thread."""
        if self.due():
            return self._write("daily", SYSTEM_ACTOR)
        folder = second_folder(self._ctx)
        newest = store.list_backups(self._ctx.home)
        if folder is None or not newest or not folder.is_dir() or (folder / newest[-1].name).exists():
            return None
        return self._copy_second(newest[-1])

    # ------------------------------------------------------------------ status
    @staticmethod
    def _newest_at(folder: Path) -> datetime | None:
        times = [t for t in (store.backup_time(p) for p in store.list_backup_files(folder)) if t]
        return max(times) if times else None

    def status(self) -> BackupStatus:
        """The age of the newest backup and whether the second folder holds it (reads the folders only)."""
        ctx = self._ctx
        files = store.list_backups(ctx.home)
        newest = self._newest_at(ctx.home / store.BACKUP_DIR)
        age = None if newest is None else max(timedelta(0), ctx.clock() - newest)
        period = timedelta(hours=max(1, ctx.settings.backup_every_hours))
        folder = second_folder(ctx)
        second_ok = bool(folder is not None and files and (folder / files[-1].name).is_file())
        return BackupStatus(
            newest_at=newest,
            age=age,
            stale=age is None or age > STALE_FACTOR * period,
            second_folder=str(folder) if folder is not None else "",
            second_ok=second_ok,
            count=len(files),
        )

    # ------------------------------------------------------------------ restore
    def restore(self, user: CurrentUser | None, backup_file: Path) -> RestoreOutcome:
        """Checks a backup, keeps the current database as a ``pre-restore`` safety copy, puts the backup in
        place (migrated when it is older) and records what it replaced in the restored audit trail.

        Other services of this bundle hold state of the replaced database: close the bundle and open the
        home again afterwards (the command line does; the GUI restarts its session)."""
        if user is not None and not user.can(Permission.MANAGE_STATION):
            raise PermissionDenied("permission_denied", Permission.MANAGE_STATION.value)
        ctx = self._ctx
        info = store.verify_backup(Path(backup_file), ctx.db.key)
        now = ctx.clock()
        saved = store.restore(
            ctx.db, ctx.home, info.path, now=now, keep=ctx.settings.backups_keep, hooks=self._hooks
        )
        self._copy_second(saved)
        if needs_upgrade(ctx.db):
            upgrade_to_head(ctx.db)
        detail = {
            "from": info.path.name,
            "from_taken_at": info.taken_at.isoformat() if info.taken_at else "",
            "revision": info.revision or "",
            "safety_copy": saved.name,
        }
        with ctx.db.session() as s:
            self._audit.append(
                s, user.username if user else SYSTEM_ACTOR, "database.restore", "", detail, now
            )
        return RestoreOutcome(info, saved)
