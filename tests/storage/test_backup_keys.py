"""Backups stay encrypted and restore; the recovery code reopens the database when the key is gone."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.services import Services
from app.services.context import open_app, recover_key
from app.services.types import KnownError
from app.storage import keys
from app.storage.backup import list_backups, make_backup, restore, rotate_backups, verify_backup
from app.storage.db import DB_FILE, SQLITE_HEADER
from tests.helpers.counter import Staff, complaint, open_services


def test_backup_then_restore_round_trip(services: Services, staff: Staff, counter_home: Path) -> None:
    kept = services.complaints.register(staff.officer, complaint(seed=1))
    ctx = services.ctx
    backup = make_backup(ctx.db, ctx.home, now=ctx.clock())
    assert backup.parent == counter_home / "backups"
    assert not backup.read_bytes().startswith(SQLITE_HEADER)
    assert backup.stat().st_mode & 0o077 == 0
    verify_backup(backup, ctx.db.key)

    lost = services.complaints.register(staff.officer, complaint(seed=2))
    assert services.records.count() == 2
    saved = restore(ctx.db, ctx.home, backup)
    services.close()

    after = open_services(counter_home)
    try:
        assert after.records.count() == 1
        assert after.records.detail(kept.record_id).tracking_code == kept.tracking_code
        assert after.records.by_tracking_code(lost.tracking_code) is None
        assert after.audit.verify().ok
    finally:
        after.close()
    # The database as it was before the restore is kept, and still has the later record.
    assert "pre-restore" in saved.name
    verify_backup(saved, ctx.db.key)


def test_backups_rotate_and_a_wrong_file_is_refused(
    services: Services, counter_home: Path, clock: FixedClock
) -> None:
    ctx = services.ctx
    for _ in range(5):
        make_backup(ctx.db, ctx.home, now=clock(), keep=3)
        clock.advance(timedelta(minutes=1))
    assert len(list_backups(counter_home)) == 3
    assert len(rotate_backups(counter_home, 1)) == 2
    stranger = counter_home / "stranger.sqlite3"
    stranger.write_bytes(os.urandom(8192))
    with pytest.raises(KnownError) as refused:
        restore(ctx.db, ctx.home, stranger)
    assert refused.value.code == "backup_unreadable"


def test_key_file_is_owner_only_and_keyring_is_off_in_tests(services: Services, counter_home: Path) -> None:
    key_file = counter_home / keys.KEY_FILE
    assert key_file.exists()
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert not keys.keyring_usable()
    assert keys.load_key(counter_home) == services.ctx.db.key


def test_recovery_code_reopens_database_and_backups_after_key_loss(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    saved = services.complaints.register(staff.officer, complaint(seed=3))
    backup = make_backup(services.ctx.db, counter_home)
    services.close()
    keys.forget_key(counter_home)

    with pytest.raises(KnownError) as no_key:
        open_app(counter_home)
    assert no_key.value.code == "database_key_missing"
    with pytest.raises(KnownError) as wrong:
        recover_key(counter_home, keys.new_recovery_code())
    assert wrong.value.code == "recovery_code_wrong"
    assert not (counter_home / keys.KEY_FILE).exists()

    # Typed in lower case with spaces, as people do; O/0 and I/1 confusions are forgiven.
    typed = staff.recovery_code.lower().replace("-", " ")
    recover_key(counter_home, typed)
    again = open_services(counter_home)
    try:
        assert again.records.detail(saved.record_id).tracking_code == saved.tracking_code
        verify_backup(backup, again.ctx.db.key)
    finally:
        again.close()


def test_new_recovery_code_replaces_the_old_one(services: Services, staff: Staff, counter_home: Path) -> None:
    fresh = services.auth.new_recovery_code(staff.admin)
    assert fresh != staff.recovery_code
    with pytest.raises(KnownError):
        keys.key_from_recovery_code(counter_home, staff.recovery_code)
    assert keys.key_from_recovery_code(counter_home, fresh) == services.ctx.db.key


def test_first_run_creates_owner_only_folders(counter_home: Path) -> None:
    home = counter_home / "nested" / "home"
    ctx = open_app(home)
    try:
        assert ctx.first_run
        assert (home / DB_FILE).exists()
        for sub in ("", "backups", "attachments", "logs"):
            assert (home / sub).stat().st_mode & 0o077 == 0, sub
    finally:
        ctx.close()
