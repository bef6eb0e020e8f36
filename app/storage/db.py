"""The encrypted database: an SQLAlchemy 2 engine over SQLCipher with the pragmas docs/ARCHITECTURE.md,
Pitfalls asks for.

One ``Database`` per counter home. ``session()`` is one unit of work: it begins with ``BEGIN IMMEDIATE``
(so a transaction that reads then writes never fails half-way with "database is locked"), commits when the
block ends and rolls back on any exception. ``read_session()`` begins a deferred transaction for pure
reads, which in WAL mode never waits for a writer. ``write_connection()`` is the same unit of work as
``session()`` on a plain driver connection, for the registration hot path (prepared SQL, no ORM).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from app.logs import DB as log
from app.storage import paths
from app.storage.errors import KnownError, disk_error

DB_FILE = paths.DB_FILE  # most callers import it from here; start-up reads it without SQLAlchemy
BUSY_TIMEOUT_MS = 15_000  # a writer waits this long for another writer before "database_busy"
SQLITE_HEADER = b"SQLite format 3\x00"


def raw_connect(path: Path, key: bytes, *, check_same_thread: bool = False) -> Any:
    """A bare sqlcipher3 connection with the key applied (first statement) and the house pragmas.

    Used by the engine's pool, by backups and by tools/tests that need plain SQL through the same key.
    """
    conn = sqlcipher3.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    # SQLCipher writes its own errors (a wrong key's HMAC failure) to stderr; we report them as KnownError.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # The key must be the first statement on the connection. Raw hex: no PBKDF2 (~145 ms per connection).
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def apply_pragmas(conn: Any) -> None:
    """WAL, synchronous=FULL, foreign keys, busy timeout: set on every new connection."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _raise_known(exc: BaseException) -> None:
    """Raises the ``KnownError`` a failed unit of work deserves (a lock held too long, a full or failing
    disk); returns for anything else. Nothing of the unit was committed; what was committed before is
    intact."""
    if isinstance(exc, (OperationalError, sqlcipher3.OperationalError)) and _is_busy(exc):
        raise KnownError("database_busy", "another writer held the lock too long") from exc
    disk = disk_error(exc)
    if disk is not None:
        log.error("write refused by the disk: %s", disk.detail)
        raise disk from exc


def _is_busy(exc: BaseException) -> bool:
    return "database is locked" in str(exc) or "busy" in str(exc)


def is_not_a_database(exc: BaseException) -> bool:
    """Whether SQLite said SQLITE_NOTADB: a wrong key, a plain SQLite file or random bytes (DESIGN §10)."""
    return "not a database" in str(exc) or "file is encrypted" in str(exc)


class Database:
    """An encrypted SQLite database file and its connection pool.

    The file must exist unless ``create=True`` (first run is explicit: SQLite would silently create an
    empty file). ``check()`` proves the key is right and the file whole; ``open_app`` calls it.
    """

    def __init__(self, path: Path, key: bytes, *, create: bool = False, pool_size: int = 4) -> None:
        if len(key) != 32:
            raise ValueError("database key must be 32 bytes")
        self.path = Path(path)
        self._key = key
        self.first_run = not self.path.exists()
        if self.first_run and not create:
            raise KnownError("database_missing", self.path.name)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.first_run:
            # Create the file owner-only before SQLite does (SQLite gives its -wal/-shm the same mode).
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))

        def creator() -> Any:
            return raw_connect(self.path, self._key)

        # WORKAROUND: the sqlite+pysqlcipher dialect issues its own `PRAGMA key` from the URL password on
        # every connect (an empty passphrase here, after ours) and defaults to SingletonThreadPool, which
        # closes other threads' connections. The plain pysqlite dialect with sqlcipher3 as its DB-API module
        # keeps SQLAlchemy's error wrapping for sqlcipher3 exceptions and leaves the key to our creator.
        self.engine: Engine = create_engine(
            "sqlite://",
            module=sqlcipher3,
            creator=creator,
            poolclass=QueuePool,
            pool_size=pool_size,
            max_overflow=8,
            pool_pre_ping=False,
        )
        event.listen(self.engine, "connect", self._on_connect)
        event.listen(self.engine, "begin", self._on_begin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._reader = self.engine.execution_options(psc_read_only=True)
        self._read_sessions = sessionmaker(self._reader, expire_on_commit=False, autoflush=False)
        # write_connection's own connection, outside the pool (a checkout and check-in cost ~60 µs).
        self._writer: Any = None
        self._writer_lock = threading.RLock()

    @property
    def key(self) -> bytes:
        """The raw database key (for backups and derived keys: audit HMAC, attachments)."""
        return self._key

    @staticmethod
    def _on_connect(dbapi_connection: Any, connection_record: ConnectionPoolEntry) -> None:
        # WORKAROUND: the driver's own transaction handling emits a deferred BEGIN lazily; autocommit mode
        # (isolation_level None) hands BEGIN to us, see _on_begin.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection)

    @staticmethod
    def _on_begin(conn: Connection) -> None:
        # Straight to the driver: exec_driver_sql's statement machinery cost more than the BEGIN itself.
        begin = "BEGIN" if conn.get_execution_options().get("psc_read_only") else "BEGIN IMMEDIATE"
        raw = conn.connection.driver_connection
        assert raw is not None  # a connection that is beginning is checked out, so it has one
        raw.execute(begin)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: ``BEGIN IMMEDIATE`` … commit, or rollback on any exception."""
        with self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except (OperationalError, sqlcipher3.OperationalError) as exc:  # the driver's own from _on_begin
                _raise_known(exc)
                raise

    @contextmanager
    def write_connection(self) -> Iterator[Any]:
        """One unit of work on a plain sqlcipher3 connection, without the ORM: ``BEGIN IMMEDIATE`` …
        ``COMMIT``, or ``ROLLBACK`` on any exception; same pragmas, lock and busy handling as ``session()``.

        For the registration hot path only, whose statements are all prepared SQL: a ``Session`` (its
        creation, pool checkout, transaction bookkeeping, check-in) cost about as much as those statements
        (bench/bench_storage.py). One connection kept for it, used by one thread at a time.
        """
        with self._writer_lock:
            raw = self._writer
            if raw is None:
                raw = raw_connect(self.path, self._key)
                apply_pragmas(raw)
                self._writer = raw
            try:
                raw.execute("BEGIN IMMEDIATE")
                yield raw
                raw.execute("COMMIT")
            except BaseException as exc:
                if raw.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                    raw.execute("ROLLBACK")
                _raise_known(exc)
                raise

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only unit of work (deferred BEGIN; WAL readers never wait for writers)."""
        with self._read_sessions() as session, session.begin():
            yield session

    def check(self, *, full: bool = True) -> None:
        """Start-up checks: the key opens the file and (``full``) the file is whole.

        Raises ``KnownError("database_key_wrong")`` for a wrong key, a plain SQLite file or random bytes
        (all three say SQLITE_NOTADB at the first statement), ``KnownError("database_damaged")`` when
        SQLCipher's page HMACs or SQLite's quick check find damage. The full check reads and
        authenticates every page (~50 MB/s), so ``open_app`` runs it on small files at every start and
        on large ones once a day (``needs_full_check``).
        """
        if self.first_run:
            return
        conn = raw_connect(self.path, self._key, check_same_thread=True)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                if is_not_a_database(exc):
                    raise KnownError("database_key_wrong", "file is not a database under this key") from exc
                raise KnownError("database_damaged", type(exc).__name__) from exc
            if not full:
                return
            try:
                bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
                if bad:
                    log.error("cipher_integrity_check: %d damaged pages", len(bad))
                    raise KnownError("database_damaged", f"{len(bad)} pages fail their HMAC")
                result = conn.execute("PRAGMA quick_check").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise KnownError("database_damaged", type(exc).__name__) from exc
            if result is None or result[0] != "ok":
                raise KnownError("database_damaged", "quick_check failed")
        finally:
            conn.close()

    def size_bytes(self) -> int:
        """Size of the database file and its WAL."""
        wal = self.path.with_name(self.path.name + "-wal")
        return self.path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)

    def raw(self) -> Any:
        """A plain sqlcipher3 connection through the same key (backups, maintenance); caller closes it."""
        return raw_connect(self.path, self._key, check_same_thread=True)

    def execute_script(self, sql: str) -> None:
        """Runs SQL statements outside any session (maintenance only)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql(sql)
            conn.commit()  # the connection began a transaction (see _on_begin); closing would roll it back

    def pragma(self, name: str) -> Any:
        """The value of a PRAGMA on a pooled connection (tests check the pragmas are in force)."""
        with self._reader.connect() as conn:
            row = conn.exec_driver_sql(f"PRAGMA {name}").fetchone()
            conn.rollback()
        return None if row is None else row[0]

    def dispose(self) -> None:
        """Closes every connection (before a restore, at exit); they are opened again when needed."""
        with self._writer_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        self.engine.dispose()

    def close(self) -> None:
        """Closes every connection; SQLite checkpoints the WAL into the main file when the last one goes."""
        self.dispose()
