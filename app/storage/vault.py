"""The record key vault: one random data key per record, kept outside the database (crypto-shredding).

Every record's personal data (its versions' payloads) is sealed with a key of its own (AES-256-GCM, see
``app.storage.sealing``). The keys live here, in ``home/keyvault.sqlite3``, not in the counter database,
so a database backup holds ciphertext only. Destroying a record's key (``shred``) makes every copy of its
payloads unreadable — the live database, every backup, every USB copy — without having to find them.

The file is a plain SQLite database whose key column is wrapped (AES-256-GCM) under a subkey of the
database key, so whoever copies it alone learns nothing. ``secure_delete`` is on, and every shred ends
with a TRUNCATE checkpoint of the WAL, so a shredded key is overwritten in the file, not only unlinked
from a page list, and no old WAL frame keeps it.

Registrations are the hot path: a new key is taken from an in-memory pool that is refilled ``BLOCK`` keys
at a time in one vault transaction (one fsync per ``BLOCK`` records instead of one per record). Each
process creates its own keys, so two processes never hand out the same key; a key taken but never used
(the saving transaction failed, the process ended) is an orphan and costs 60 bytes.

The vault also keeps what must outlive a database restore: the **shred log** (record ids whose keys are
gone, in order — a restored older database is scrubbed of them at the next start, see
``app.services.lifecycle.apply_shreds``) and the **erasure outbox** (record ids the center must erase).

Backups (``app/storage/backup.py``): a database restore never restores this file. A copy of it made with
``copy_to`` (for the day the disk dies) is named ``*.keyvault``; the purge rewrites every such copy it can
reach (``shred_copies``), so no copy brings back a shredded key.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.storage.attachments import derive_subkey
from app.storage.errors import KnownError

VAULT_FILE = "keyvault.sqlite3"
COPY_SUFFIX = ".keyvault"
BLOCK = 64  # keys created per vault transaction: one fsync per 64 registrations
_CACHE_MAX = 20_000  # unwrapped keys kept in memory (sync and lists read the same records repeatedly)
_NONCE = 12

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS keys (id INTEGER PRIMARY KEY AUTOINCREMENT, wrapped BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS shred_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "record_id TEXT NOT NULL UNIQUE, reason TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS erasures (record_id TEXT PRIMARY KEY, requested_at TEXT NOT NULL, "
    "sent_at TEXT)",
    "CREATE TABLE IF NOT EXISTS vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


@dataclass(frozen=True)
class ShredEntry:
    """One record whose keys were destroyed: ``seq`` orders the log, ``reason`` is ``retention`` or
    ``erasure``."""

    seq: int
    record_id: str
    reason: str
    at: datetime


def _now_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=15, isolation_level=None, check_same_thread=False)
    # A deleted key must not survive in a free page or a WAL frame of this file.
    conn.execute("PRAGMA secure_delete = ON")
    # WAL: one fsync a commit (a rollback journal takes two or three), and new keys are on the hot path
    # of a process's first registration. A WAL keeps old page images, so every shred ends with a
    # TRUNCATE checkpoint (``_forget_old_pages``).
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _forget_old_pages(conn: sqlite3.Connection) -> None:
    """Copies the WAL into the file (where ``secure_delete`` zeroed the deleted keys) and empties it, so
    no frame holding a destroyed key stays in the WAL file."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class KeyVault:
    """Per-record data keys (see the module docstring). Thread-safe; one per process and home."""

    def __init__(self, path: Path, db_key: bytes) -> None:
        self.path = Path(path)
        self._wrap = AESGCM(derive_subkey(db_key, b"record-key-vault"))
        self._lock = threading.Lock()
        self._pool: list[tuple[int, bytes]] = []
        self._cache: dict[int, bytes] = {}
        if not self.path.exists():
            # Owner-only from the first byte: it decides whether personal data can ever be read again.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        self._conn = _connect(self.path)
        with self._lock:
            for ddl in _SCHEMA:
                self._conn.execute(ddl)
            row = self._conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
            if row is None:
                self._conn.execute(
                    "INSERT OR IGNORE INTO vault_meta (key, value) VALUES ('vault_id', ?)",
                    (secrets.token_hex(8),),
                )
                row = self._conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        self.vault_id = str(row[0])

    def close(self) -> None:
        """Closes the vault file."""
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------ keys
    def _wrap_key(self, key_id: int, key: bytes) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._wrap.encrypt(nonce, key, str(key_id).encode("ascii"))

    def _unwrap(self, key_id: int, blob: bytes) -> bytes:
        try:
            return self._wrap.decrypt(blob[:_NONCE], blob[_NONCE:], str(key_id).encode("ascii"))
        except InvalidTag as exc:
            raise KnownError("key_vault_wrong", "a record key does not open under this database key") from exc

    def take_key(self) -> tuple[int, bytes]:
        """A fresh data key for a new record: ``(key id, 32 bytes)``, durable in the vault already."""
        with self._lock:
            if not self._pool:
                self._refill()
            key_id, key = self._pool.pop(0)
            self._cache[key_id] = key
            return key_id, key

    def reserve(self, count: int) -> None:
        """Makes sure the pool holds ``count`` keys (a bulk load takes them in one vault transaction)."""
        with self._lock:
            if len(self._pool) < count:
                self._refill(count - len(self._pool))

    def _refill(self, count: int = BLOCK) -> None:
        fresh = [secrets.token_bytes(32) for _ in range(count)]
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for key in fresh:
                cur = self._conn.execute("INSERT INTO keys (wrapped) VALUES (x'')")
                key_id = int(cur.lastrowid or 0)
                self._conn.execute(
                    "UPDATE keys SET wrapped = ? WHERE id = ?", (self._wrap_key(key_id, key), key_id)
                )
                self._pool.append((key_id, key))
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            self._pool.clear()
            raise

    def key(self, key_id: int) -> bytes | None:
        """The data key with this id, or ``None`` when it was shredded (or never existed)."""
        with self._lock:
            cached = self._cache.get(key_id)
            if cached is not None:
                return cached
            row = self._conn.execute("SELECT wrapped FROM keys WHERE id = ?", (key_id,)).fetchone()
            if row is None:
                return None
            key = self._unwrap(key_id, bytes(row[0]))
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            self._cache[key_id] = key
            return key

    def shred(self, record_keys: Mapping[str, Sequence[int]], reason: str, at: datetime) -> None:
        """Destroys the keys of these records and logs them (one vault transaction)."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for record_id, key_ids in record_keys.items():
                    for key_id in key_ids:
                        self._conn.execute("DELETE FROM keys WHERE id = ?", (int(key_id),))
                        self._cache.pop(int(key_id), None)
                    self._conn.execute(
                        "INSERT OR IGNORE INTO shred_log (record_id, reason, at) VALUES (?, ?, ?)",
                        (record_id, reason, _now_text(at)),
                    )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            _forget_old_pages(self._conn)

    # ------------------------------------------------------------------ shred log
    def shredded_after(self, seq: int) -> list[ShredEntry]:
        """Shred-log entries after ``seq``, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, record_id, reason, at FROM shred_log WHERE seq > ? ORDER BY seq", (seq,)
            ).fetchall()
        return [ShredEntry(int(r[0]), str(r[1]), str(r[2]), datetime.fromisoformat(r[3])) for r in rows]

    def is_shredded(self, record_id: str) -> bool:
        """Whether this record's keys were destroyed."""
        with self._lock:
            row = self._conn.execute("SELECT 1 FROM shred_log WHERE record_id = ?", (record_id,)).fetchone()
        return row is not None

    def last_shred_seq(self) -> int:
        """The newest shred-log position (0: nothing shredded yet)."""
        with self._lock:
            row = self._conn.execute("SELECT coalesce(max(seq), 0) FROM shred_log").fetchone()
        return int(row[0])

    # ------------------------------------------------------------------ small facts
    def get_meta(self, key: str) -> str:
        """A fact kept with the vault (``""`` when unset), e.g. when the daily purge last ran."""
        with self._lock:
            row = self._conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    def set_meta(self, key: str, value: str) -> None:
        """Keeps a fact with the vault."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # ------------------------------------------------------------------ erasure outbox
    def add_erasures(self, record_ids: Iterable[str], at: datetime) -> None:
        """Queues records for erasure at the center (sent with the next sync)."""
        with self._lock:
            self._conn.executemany(
                "INSERT OR IGNORE INTO erasures (record_id, requested_at) VALUES (?, ?)",
                [(r, _now_text(at)) for r in record_ids],
            )

    def pending_erasures(self) -> list[str]:
        """Record ids the center has not confirmed erasing yet, oldest request first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT record_id FROM erasures WHERE sent_at IS NULL ORDER BY requested_at, record_id"
            ).fetchall()
        return [str(r[0]) for r in rows]

    def mark_erasures_sent(self, record_ids: Iterable[str], at: datetime) -> None:
        """Records that the center confirmed these erasures."""
        with self._lock:
            self._conn.executemany(
                "UPDATE erasures SET sent_at = ? WHERE record_id = ?",
                [(_now_text(at), r) for r in record_ids],
            )

    # ------------------------------------------------------------------ copies (backups)
    def paths_to_back_up(self) -> list[Path]:
        """Files a disaster-recovery backup should copy (with ``copy_to``, never a plain file copy of a
        vault in use). A database restore must NOT put a vault copy back: see the module docstring."""
        return [self.path]

    def copy_to(self, dest: Path) -> Path:
        """A consistent owner-only copy of the vault at ``dest`` (name it ``*.keyvault`` so the purge
        finds and rewrites it)."""
        dest = Path(dest)
        if dest.exists():
            dest.unlink()
        os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        target = sqlite3.connect(dest)
        try:
            with self._lock:
                self._conn.backup(target)
        finally:
            target.close()
        return dest

    def shred_copies(self, copies: Iterable[Path]) -> list[Path]:
        """Deletes from every reachable vault copy the keys this vault no longer has; returns the copies
        rewritten. A copy made before a shred would otherwise bring the key back."""
        with self._lock:
            live = {int(r[0]) for r in self._conn.execute("SELECT id FROM keys")}
        done: list[Path] = []
        for copy in copies:
            try:
                conn = _connect(Path(copy))
            except sqlite3.Error:
                continue
            try:
                ids = [int(r[0]) for r in conn.execute("SELECT id FROM keys")]
                gone = [i for i in ids if i not in live]
                # Keys created after the copy cannot be in it; only ids the live vault lost are removed.
                if gone:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.executemany("DELETE FROM keys WHERE id = ?", [(i,) for i in gone])
                    conn.execute("COMMIT")
                    conn.execute("VACUUM")
                    _forget_old_pages(conn)
                done.append(Path(copy))
            except sqlite3.Error:
                continue
            finally:
                conn.close()
        return done
