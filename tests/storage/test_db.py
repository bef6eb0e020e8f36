"""The encrypted database file: pragmas in force, unreadable without the key, start-up checks, threads."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
import sqlcipher3

from app.services import Services
from app.services.context import open_app
from app.services.types import KnownError
from app.storage.db import DB_FILE, SQLITE_HEADER, Database
from app.storage.keys import new_key
from tests.helpers.counter import Staff, complaint, open_services


def test_pragmas_are_in_force_on_pooled_connections(services: Services) -> None:
    db = services.ctx.db
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("synchronous") == 2  # FULL
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("busy_timeout") >= 1000


def test_file_is_encrypted_and_needs_the_right_key(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    services.complaints.register(staff.officer, complaint(seed=1, subject="ความลับของผู้ร้อง"))
    services.close()
    path = counter_home / DB_FILE
    data = path.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert "ความลับของผู้ร้อง".encode() not in data

    plain = sqlite3.connect(path)  # no key at all
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    with pytest.raises(KnownError) as wrong:
        Database(path, new_key()).check()
    assert wrong.value.code == "database_key_wrong"


def test_missing_file_is_first_run_only_when_asked(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as missing:
        Database(tmp_path / DB_FILE, new_key())
    assert missing.value.code == "database_missing"
    assert not (tmp_path / DB_FILE).exists()  # SQLite did not quietly create it
    created = Database(tmp_path / DB_FILE, new_key(), create=True)
    assert created.first_run
    created.close()
    assert (tmp_path / DB_FILE).stat().st_mode & 0o077 == 0


def test_plain_sqlite_or_random_bytes_are_refused(counter_home: Path) -> None:
    ctx = open_app(counter_home)
    ctx.close()
    path = counter_home / DB_FILE
    path.unlink()
    for name in (DB_FILE + "-wal", DB_FILE + "-shm"):
        (counter_home / name).unlink(missing_ok=True)
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(KnownError) as plain_err:
        open_app(counter_home)
    assert plain_err.value.code == "database_key_wrong"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(KnownError) as noise:
        open_app(counter_home)
    assert noise.value.code == "database_key_wrong"


@pytest.mark.expected_errors("psc.db")  # the damaged page is logged, as it should be
def test_damage_beyond_the_first_page_is_found(services: Services, staff: Staff, counter_home: Path) -> None:
    for i in range(30):
        services.complaints.register(staff.officer, complaint(seed=i))
    services.close()
    path = counter_home / DB_FILE
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[5 * 4096 + 100 : 5 * 4096 + 140] = b"\x00" * 40  # a few bytes inside page 6
    path.write_bytes(bytes(data))
    with pytest.raises(KnownError) as damaged:
        open_app(counter_home)
    assert damaged.value.code == "database_damaged"


def test_threaded_sessions_do_not_crash_or_lose_writes(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    errors: list[BaseException] = []
    per_thread = 8

    def work(offset: int) -> None:
        try:
            for i in range(per_thread):
                services.complaints.register(staff.officer, complaint(seed=offset * 100 + i))
                services.records.rows(services.records.ids_page("", None, 20))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert services.records.count() == 4 * per_thread
    codes = {r.tracking_code for r in services.records.rows(services.records.ids_page("", None, 100))}
    assert len(codes) == 4 * per_thread
    assert services.audit.verify().ok


def test_raw_connection_goes_through_the_same_key(services: Services) -> None:
    conn = services.ctx.db.raw()
    try:
        assert conn.execute("PRAGMA cipher_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {"records", "record_versions", "outbox", "audit_events", "records_fts"} <= tables
    assert isinstance(sqlcipher3.sqlite_version, str)


def test_reopen_keeps_records(services: Services, staff: Staff, counter_home: Path) -> None:
    saved = services.complaints.register(staff.officer, complaint(seed=2))
    services.close()
    again = open_services(counter_home)
    try:
        assert not again.ctx.first_run
        assert again.records.detail(saved.record_id).tracking_code == saved.tracking_code
    finally:
        again.close()
