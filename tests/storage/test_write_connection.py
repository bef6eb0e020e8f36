"""Registrations run on ``Database.write_connection``: one transaction, house pragmas, none half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.tracking import parse_tracking_code
from app.services import Services
from app.services.types import KnownError
from app.storage import db as db_module
from tests.helpers.counter import Staff, complaint, raw_sql, table_counts

TABLES = ("records", "record_versions", "outbox", "audit_events", "record_attachments")


def test_write_connection_has_the_house_pragmas(services: Services, staff: Staff) -> None:
    with services.ctx.db.write_connection() as raw:
        pragmas = {p: raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("journal_mode", "synchronous")}
        pragmas["foreign_keys"] = raw.execute("PRAGMA foreign_keys").fetchone()[0]
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}  # WAL, FULL


def test_a_registration_failing_half_way_writes_nothing(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    first = services.complaints.register(staff.officer, complaint(seed=1))
    before = table_counts(counter_home, TABLES)
    # The attachment check comes after the record and its version are written: all of it must go.
    with pytest.raises(KnownError) as missing:
        services.complaints.register(staff.officer, complaint(seed=2, attachments=["b" * 64]))
    assert missing.value.code == "attachment_missing"
    assert table_counts(counter_home, TABLES) == before
    after = services.complaints.register(staff.officer, complaint(seed=3))
    # The failed save's sequence number was rolled back with it: no gap in the day's numbers.
    first_parts = parse_tracking_code(first.tracking_code)
    after_parts = parse_tracking_code(after.tracking_code)
    assert first_parts is not None and after_parts is not None
    assert after_parts.seq == first_parts.seq + 1
    assert services.audit.verify().ok


def test_another_writer_holding_the_lock_gives_database_busy(
    services: Services, staff: Staff, counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.ctx.db.dispose()  # the write connection is opened again, with the short timeout below
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    other = raw_sql(counter_home)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(KnownError) as busy:
            services.complaints.register(staff.officer, complaint(seed=4))
        assert busy.value.code == "database_busy"
        other.execute("ROLLBACK")
    finally:
        other.close()
    saved = services.complaints.register(staff.officer, complaint(seed=5))  # the lock is free again
    assert services.records.detail(saved.record_id).tracking_code == saved.tracking_code
