"""Backups a counter can live on: rotation keeps the newest safety copy, a second folder, the daily backup,
and a restore that checks the backup before it replaces anything."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.services import Services
from app.services.types import KnownError, PermissionDenied
from app.storage.backup import (
    BackupHooks,
    backup_reason,
    list_backup_files,
    list_backups,
    make_backup,
    verify_backup,
)
from app.storage.db import raw_connect
from app.storage.models import AuditEvent
from tests.helpers.counter import Staff, complaint, open_services


def _audit(services: Services, action: str) -> list[dict[str, object]]:
    with services.ctx.db.read_session() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq))
        return [{"actor": e.actor, **json.loads(e.detail_json)} for e in rows]


def test_the_pre_restore_copy_outlives_many_ordinary_backups(
    services: Services, staff: Staff, counter_home: Path, clock: FixedClock
) -> None:
    backups = services.backups
    assert backups is not None
    kept = services.complaints.register(staff.officer, complaint(seed=1))
    first = backups.backup(staff.supervisor).path
    services.complaints.register(staff.officer, complaint(seed=2))
    clock.advance(timedelta(minutes=5))

    outcome = backups.restore(staff.admin, first)
    safety = outcome.safety_copy
    assert backup_reason(safety) == "pre-restore"
    services.close()
    services = open_services(counter_home, clock)
    try:
        assert services.records.count() == 1
        assert services.records.detail(kept.record_id).tracking_code == kept.tracking_code
        # What the restore replaced is written in the restored audit trail, by the user who did it.
        (event,) = _audit(services, "database.restore")
        assert event["actor"] == staff.admin.username
        assert event["from"] == first.name and event["safety_copy"] == safety.name
        assert services.audit.verify().ok

        assert services.ctx.settings.backups_keep == 10
        backups = services.backups
        assert backups is not None
        for _ in range(12):  # more ordinary backups than are kept
            clock.advance(timedelta(hours=1))
            backups.backup(staff.supervisor)
        names = [p.name for p in list_backups(counter_home)]
        assert safety.name in names, "the newest safety copy was rotated away"
        assert sum(1 for p in list_backups(counter_home) if backup_reason(p) == "manual") == 10
        # It still opens and holds the record registered after the first backup.
        assert verify_backup(safety, services.ctx.db.key).revision is not None

        # Older safety copies of one reason go once more than `keep` safety copies pile up; the newest stays.
        services.ctx.settings.backups_keep = 2
        purge_copies = [backups.safety_copy("pre-purge").path for _ in range(3)]
        left = {p.name for p in list_backups(counter_home)}
        assert purge_copies[-1].name in left and safety.name in left
        assert purge_copies[0].name not in left
    finally:
        services.close()


def test_second_folder_gets_every_backup_and_catches_up(
    services: Services, staff: Staff, counter_home: Path, tmp_path: Path, clock: FixedClock
) -> None:
    backups = services.backups
    assert backups is not None
    usb = tmp_path / "usb-stick" / "psc-backups"
    services.ctx.settings.backup_second_folder = str(usb)
    services.complaints.register(staff.officer, complaint(seed=3))

    # The stick is not plugged in: the backup at home is made, the status line says the copy is missing.
    outcome = backups.backup(staff.supervisor)
    assert outcome.path.exists() and outcome.second_path is None
    assert outcome.second_error == "second_folder_unavailable"
    status = backups.status()
    assert status.age == timedelta(0) and not status.stale
    assert status.second_folder == str(usb) and not status.second_ok
    assert _audit(services, "backup.create")[-1]["second_folder"] == "second_folder_unavailable"

    # Plugged in: the next check copies the newest backup there without waiting a day.
    usb.mkdir(parents=True)
    assert not backups.due()
    caught_up = backups.run_due()
    assert caught_up is not None and caught_up.second_path == usb / outcome.path.name
    assert backups.status().second_ok
    copied = usb / outcome.path.name
    assert copied.stat().st_mode & 0o077 == 0
    assert verify_backup(copied, services.ctx.db.key).size == outcome.path.stat().st_size

    # Every later backup goes to both, and the second folder is rotated by the same rule.
    services.ctx.settings.backups_keep = 3
    for _ in range(5):
        clock.advance(timedelta(hours=1))
        assert backups.backup(staff.supervisor).second_path is not None
    assert len(list_backup_files(usb)) == 3
    assert [p.name for p in list_backup_files(usb)] == [p.name for p in list_backups(counter_home)]


def test_daily_backup_and_status_age(services: Services, staff: Staff, clock: FixedClock) -> None:
    backups = services.backups
    assert backups is not None
    assert backups.due() and backups.status().stale and backups.status().newest_at is None
    daily = backups.run_due()
    assert daily is not None and backup_reason(daily.path) == "daily"
    assert backups.run_due() is None  # nothing due an hour later
    clock.advance(timedelta(hours=30))
    assert backups.status().age == timedelta(hours=30) and not backups.status().stale
    again = backups.run_due()
    assert again is not None and again.path != daily.path
    assert [e["reason"] for e in _audit(services, "backup.create")] == ["daily", "daily"]


def test_restore_checks_the_backup_before_replacing_anything(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    backups = services.backups
    assert backups is not None
    services.complaints.register(staff.officer, complaint(seed=4))
    good = backups.backup(staff.supervisor).path
    key = services.ctx.db.key

    damaged = counter_home / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 100
    data[middle : middle + 64] = bytes(64)
    damaged.write_bytes(bytes(data))

    too_new = counter_home / "counter-20990101T000000000000Z-manual.sqlite3"
    too_new.write_bytes(good.read_bytes())
    conn = raw_connect(too_new, key, check_same_thread=True)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_build'")
    finally:
        conn.close()

    before = list_backups(counter_home)
    for path, code in ((damaged, "backup_damaged"), (too_new, "backup_too_new")):
        with pytest.raises(KnownError) as refused:
            backups.restore(staff.admin, path)
        assert refused.value.code == code
    with pytest.raises(PermissionDenied):
        backups.restore(staff.officer, good)
    # Nothing was replaced and no safety copy was needed.
    assert list_backups(counter_home) == before
    assert services.records.count() == 1
    assert _audit(services, "database.restore") == []


def test_hooks_write_beside_a_backup_and_run_after_a_restore(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    seen: list[str] = []

    def after_backup(home: Path, backup: Path) -> None:
        backup.with_name(backup.name + ".vault").write_bytes(b"vault snapshot")

    def after_restore(home: Path, restored_from: Path) -> None:
        seen.append(restored_from.name)

    hooks = BackupHooks(after_backup=[after_backup], after_restore=[after_restore])
    ctx = services.ctx
    first = make_backup(ctx.db, ctx.home, now=ctx.clock(), keep=1, hooks=hooks)
    assert first.with_name(first.name + ".vault").read_bytes() == b"vault snapshot"
    second = make_backup(ctx.db, ctx.home, now=ctx.clock(), keep=1, hooks=hooks)
    # Rotation takes a backup's sidecars with it.
    assert not first.exists() and not first.with_name(first.name + ".vault").exists()
    from app.storage.backup import restore

    restore(ctx.db, ctx.home, second, now=ctx.clock(), hooks=hooks)
    assert seen == [second.name]


def test_a_full_disk_fails_the_backup_cleanly(services: Services, staff: Staff, counter_home: Path) -> None:
    """A backups folder on a 16 kB tmpfs (root only; skipped otherwise): a Thai-mappable error code, no
    half-written file left, and the counter keeps working."""
    import os
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    services.complaints.register(staff.officer, complaint(seed=5))
    folder = counter_home / "backups"
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)], check=False)
    if mounted.returncode != 0:
        pytest.skip("tmpfs mount refused here")
    try:
        backups = services.backups
        assert backups is not None
        with pytest.raises(KnownError) as full:
            backups.backup(staff.supervisor)
        assert full.value.code == "disk_full"
        assert list(folder.iterdir()) == []
        services.complaints.register(staff.officer, complaint(seed=6))
        assert services.records.count() == 2
    finally:
        subprocess.run(["umount", str(folder)], check=True)
