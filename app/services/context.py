"""Opening a counter home: folders, key, database (checked, migrated after a backup), settings.

``open_app`` is the one entry point the GUI, the command line, tests and benchmarks use. It raises
``KnownError`` for what the user can act on: ``database_key_missing`` (offer the recovery code),
``database_key_wrong``, ``database_damaged`` (offer a restore), ``migration_failed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from app.config import Settings, load_settings, resolve_home, save_settings
from app.domain.calendar import WorkingCalendar
from app.domain.clock import Clock, system_clock
from app.domain.reference import ReferenceData
from app.logs import DB as log
from app.logs import setup_logging
from app.storage import keys
from app.storage.attachments import AttachmentStore
from app.storage.backup import make_backup
from app.storage.db import DB_FILE, Database
from app.storage.errors import KnownError
from app.storage.migrate import needs_upgrade, refuse_newer, upgrade_to_head
from app.storage.models import ExtraHoliday, Station
from app.storage.sealing import PayloadSealer, attach_sealer
from app.storage.search import repair_fts
from app.storage.shredding import applied_seq, scrub
from app.storage.vault import VAULT_FILE, KeyVault


@dataclass
class AppContext:
    """Everything a service needs about one open counter home."""

    home: Path
    db: Database
    clock: Clock
    settings: Settings
    reference: ReferenceData
    calendar: WorkingCalendar
    attachments: AttachmentStore
    first_run: bool = False
    vault: KeyVault | None = None  # per-record data keys (crypto-shredding); None only in bare tests
    closed: bool = field(default=False, repr=False)

    def save_settings(self) -> None:
        """Writes the current settings to ``settings.toml``."""
        save_settings(self.home, self.settings)

    def reload_calendar(self) -> None:
        """Rebuilds the working calendar from the extra holidays in the database."""
        self.calendar = WorkingCalendar(load_extra_holidays(self.db))

    def close(self) -> None:
        """Closes the database pool (the WAL is checkpointed when the last connection goes)."""
        if not self.closed:
            self.db.close()
            if self.vault is not None:
                self.vault.close()
            self.closed = True


def load_extra_holidays(db: Database) -> dict[date, str]:
    """Extra holidays the administrator added, for the working calendar."""
    with db.read_session() as session:
        return {h.day: h.name for h in session.scalars(select(ExtraHoliday))}


def _ensure_folders(home: Path) -> None:
    for sub in ("", "backups", "attachments", "logs"):
        folder = home / sub
        if not folder.exists():
            # Owner-only: the folders hold the key file, encrypted data and logs of a public office PC.
            folder.mkdir(parents=True, mode=0o700)


def open_app(home: Path | None = None, clock: Clock = system_clock) -> AppContext:
    """Opens (or creates, on first run) the counter home and returns its context.

    First run is explicit: no database file means a new key and a new, migrated database; the station
    is set up afterwards by ``AuthService.initialize`` (which also writes the recovery file).
    """
    home = resolve_home(home)
    _ensure_folders(home)
    settings = load_settings(home)
    setup_logging(home, keep_days=settings.log_days)
    if not (home / "settings.toml").exists():
        save_settings(home, settings)

    db_path = home / DB_FILE
    first_run = not db_path.exists()
    key = keys.load_key(home)
    if first_run:
        if key is None:
            key = keys.new_key()
            keys.store_key(home, key)
        log.info("first run: creating a new database")
    elif key is None:
        raise KnownError("database_key_missing", "no keyring entry and no key file")

    db = Database(db_path, key, create=first_run)
    try:
        full = _full_check_due(db, home, clock)
        db.check(full=full)
        if full and not first_run:
            _check_stamp(home).write_text(clock().isoformat(), encoding="ascii")
        refuse_newer(db)  # before the backup, the migration or any other write
        if needs_upgrade(db):
            if not first_run:
                make_backup(db, home, now=clock(), reason="pre-migrate", keep=settings.backups_keep)
            upgrade_to_head(db)
        _repair_after_bulk(db)
        station_code = _station_code(db)
        vault = _open_vault(db, home, key)
    except BaseException:
        db.dispose()
        raise
    if station_code and settings.station_code != station_code:
        settings.station_code = station_code
        save_settings(home, settings)

    return AppContext(
        home=home,
        db=db,
        clock=clock,
        settings=settings,
        reference=ReferenceData.load_bundled(),
        calendar=WorkingCalendar(load_extra_holidays(db)),
        attachments=AttachmentStore(home / "attachments", key),
        first_run=first_run,
        vault=vault,
    )


_VAULT_ID = "key_vault_id"  # meta key: the vault this database's sealed payloads need


def _open_vault(db: Database, home: Path, key: bytes) -> KeyVault:
    """Opens the record key vault, attaches it as the database's payload sealer, and scrubs records
    shredded since the database's mark (a restored older backup). A database that has used a vault
    refuses to start with another or none: every payload would read as erased."""
    raw = db.raw()  # one connection for both facts: this runs in every process start (CLI, crash savers)
    try:
        row = raw.execute("SELECT value FROM meta WHERE key = ?", (_VAULT_ID,)).fetchone()
        applied = applied_seq(raw)
    finally:
        raw.close()
    expected = bytes(row[0]).decode("ascii") if row else ""
    path = home / VAULT_FILE
    if expected and not path.exists():
        raise KnownError("key_vault_missing", path.name)
    vault = KeyVault(path, key)
    try:
        if expected and expected != vault.vault_id:
            raise KnownError("key_vault_wrong", path.name)
        if not expected:
            with db.session() as s:
                s.execute(
                    text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                    {"k": _VAULT_ID, "v": vault.vault_id.encode("ascii")},
                )
        attach_sealer(db, PayloadSealer(vault))
        scrubbed = 0
        if vault.last_shred_seq() > applied:  # a restored older backup: scrub it before anyone reads it
            scrubbed = scrub(db, vault.shredded_after(applied), AttachmentStore(home / "attachments", key))
        if scrubbed:
            log.warning("%d records shredded earlier were scrubbed from this database (restored?)", scrubbed)
    except BaseException:
        vault.close()
        raise
    return vault


# A full integrity check reads every page: always on small files, once a day on big ones.
FULL_CHECK_ALWAYS_BYTES = 64 * 1024 * 1024
FULL_CHECK_EVERY = timedelta(days=1)


def _check_stamp(home: Path) -> Path:
    return home / "integrity-checked-at"


def _full_check_due(db: Database, home: Path, clock: Clock) -> bool:
    if db.first_run or db.size_bytes() <= FULL_CHECK_ALWAYS_BYTES:
        return True
    try:
        last = datetime.fromisoformat(_check_stamp(home).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return True
    return clock() - last >= FULL_CHECK_EVERY


def _repair_after_bulk(db: Database) -> None:
    # A demo/bench bulk load that died half-way leaves the FTS insert trigger dropped: put it back.
    raw = db.raw()
    try:
        if repair_fts(raw):
            log.warning("search index rebuilt after an interrupted bulk load")
    finally:
        raw.close()


def _station_code(db: Database) -> str:
    with db.read_session() as session:
        station = session.scalars(select(Station)).first()
        return station.code if station else ""


def recover_key(home: Path | None, recovery_code: str) -> None:
    """Restores the database key from the recovery code (after ``database_key_missing``)."""
    keys.unlock_with_recovery_code(resolve_home(home), recovery_code)
