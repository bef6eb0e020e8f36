"""Tables of the counter database (migration ``0001_initial``), as SQLAlchemy 2 typed models.

Times are aware UTC (``UtcDateTime``). Statuses are stored as the values of the domain enums. The
``records`` row is the head of a record (what lists and search read); its versions are append-only in
``record_versions``; ``records_fts`` (FTS5, trigram) indexes ``records.search_text`` in batches: a
registration writes no FTS row, every ``FTS_BATCH``-th one indexes the records above the ``meta`` mark
``fts_indexed_upto`` in its transaction (``app.storage.search.index_pending``; a bulk load rebuilds the
index once), and search reads that tail with ``instr`` (see ``FTS_DDL``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base, Digest, UtcDateTime


class Station(Base):
    """This counter: the code the center assigned, its name and install epoch (tracking code digit)."""

    __tablename__ = "stations"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    epoch: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class User(Base):
    """A person who signs in at the counter."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))  # app.domain.roles.Role value
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # A password the administrator chose (a new account, a reset) must be replaced at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Record(Base):
    """The head of a record: envelope, latest-version summary and central status.

    ``rowid`` orders records by arrival (paging is newest first, keyset on rowid); ``id`` is the
    client-made UUIDv7 that travels to the center. Records are never deleted (voiding keeps the row), so
    a plain ``INTEGER PRIMARY KEY`` never hands out a number twice; AUTOINCREMENT would only add a write
    of ``sqlite_sequence`` to every registration.
    """

    __tablename__ = "records"
    __table_args__ = (
        # Only linked records are indexed: most records link to none, and an entry for every '' would be
        # one more page written per registration for a lookup that never asks for ''.
        Index("ix_records_linked_record_id", "linked_record_id", sqlite_where=text("linked_record_id != ''")),
    )

    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # RecordKind value
    tracking_code: Mapped[str] = mapped_column(String(24), unique=True)
    access_token: Mapped[str] = mapped_column(String(64), index=True)  # the receipt's code finds it
    station_code: Mapped[str] = mapped_column(String(16))
    officer: Mapped[str] = mapped_column(String(64))
    # Day ranges (reports, retention, the day list) read ix_records_figures, which leads with created_at: a
    # created_at index of its own (dropped by 0016_compact_storage) was ~45 B a record for no other plan.
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    promised_by: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    receipt_printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    linked_record_id: Mapped[str] = mapped_column(String(36), default="")
    central_ref: Mapped[str] = mapped_column(String(64), default="")
    central_status: Mapped[str] = mapped_column(String(64), default="")
    central_agency: Mapped[str] = mapped_column(String(200), default="")
    central_note: Mapped[str] = mapped_column(Text, default="")
    central_updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Denormalised, lowercase: tracking code, national ID, phone, names, subject, description.
    search_text: Mapped[str] = mapped_column(Text, default="")
    display_name_masked: Mapped[str] = mapped_column(String(200), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    subject: Mapped[str] = mapped_column(String(500), default="")
    # Exact-match keys for repeat visits (digits only); empty when not given.
    national_id: Mapped[str] = mapped_column(String(20), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    # Figures of the dashboard and period reports (migration 0011_dashboard): the newest version's
    # (app.storage.dashboard.record_facts, set by app.storage.record_writer), and the first time the center
    # moved the case beyond ``received`` (the ``records_moved_au`` trigger).
    category_code: Mapped[str] = mapped_column(String(64), default="", server_default="")
    agency_code: Mapped[str] = mapped_column(String(64), default="", server_default="")
    province: Mapped[str] = mapped_column(String(100), default="", server_default="")
    headcount: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    central_moved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class RecordVersion(Base):
    """One version of a record's payload: append-only, the payload as stored (sealed: a BLOB, see
    ``app.storage.sealing``) and the SHA-256 of its canonical JSON (32 bytes stored, hex to Python)."""

    __tablename__ = "record_versions"

    record_id: Mapped[str] = mapped_column(String(36), ForeignKey("records.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    payload_json: Mapped[str | bytes] = mapped_column(Text)  # app.storage.sealing.StoredPayload
    sha256: Mapped[str] = mapped_column(Digest)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    officer: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")


class DailySequence(Base):
    """The last tracking-code sequence number used by a station on a Bangkok day."""

    __tablename__ = "daily_sequences"

    station_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class OutboxItem(Base):
    """One record version waiting for (or done with) the center (docs/ARCHITECTURE.md, Sync)."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("record_id", "version"),
        ForeignKeyConstraint(
            ["record_id", "version"], ["record_versions.record_id", "record_versions.version"]
        ),
        Index("ix_outbox_state_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(Digest)
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))  # QueueState value
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_result_json: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    """One entry of the audit hash chain (see app.services.audit): its HMAC kept as 32 bytes; the previous
    event's, which the HMAC covers, is the ``hash`` of ``seq - 1`` (not stored twice since 0016)."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(64), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    hash: Mapped[str] = mapped_column(Digest)


class Attachment(Base):
    """A stored file (scanned document, photo), named by the SHA-256 of its plain content."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    original_name: Mapped[str] = mapped_column(String(255), default="")
    stored_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RecordAttachment(Base):
    """Which attachments a record version names."""

    __tablename__ = "record_attachments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["record_id", "version"], ["record_versions.record_id", "record_versions.version"]
        ),
    )

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("attachments.sha256"), primary_key=True)


class Draft(Base):
    """An unsaved form, autosaved so a crash or power cut loses nothing typed (encrypted with the DB)."""

    __tablename__ = "drafts"

    user_id: Mapped[int] = mapped_column(Integer, ForeignKey("users.id"), primary_key=True)
    form: Mapped[str] = mapped_column(String(64), primary_key=True)
    data_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ExtraHoliday(Base):
    """A day off the bundled calendar does not know (special holidays announced by the cabinet)."""

    __tablename__ = "extra_holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    added_by: Mapped[str] = mapped_column(String(64))


class Meta(Base):
    """Small key/value facts about this database (e.g. when the last backup ran)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


# Typed Table handles for Core statements on hot paths (``Model.__table__`` is typed as a FromClause).
RECORDS: Table = Base.metadata.tables["records"]
RECORD_VERSIONS: Table = Base.metadata.tables["record_versions"]
OUTBOX: Table = Base.metadata.tables["outbox"]
AUDIT_EVENTS: Table = Base.metadata.tables["audit_events"]
META: Table = Base.metadata.tables["meta"]

# FTS5 over records.search_text, external content, trigram tokenizer: substring search for >= 3 code points
# (``search_text LIKE '%term%'`` on the FTS table: the index gives the records holding every trigram of the
# term, SQLite checks the term against their text). ``detail=none`` (migration 0013) keeps only which record
# holds a trigram, not where: a third of the index of ``detail=full`` (670 → 200 B a record at 100 k), whose
# positions only multi-trigram MATCH phrases read.
# Indexing one record costs about as much CPU and as many written pages as the rest of its registration
# (bench/bench_storage.py), so records are indexed FTS_BATCH at a time; records above the mark (always the
# newest, rowids only grow) are searched with instr. Update and delete triggers keep indexed rows in step
# inside the writing transaction; rows of the tail are indexed with whatever text they have then.
FTS_TABLE = "records_fts"
FTS_INDEXED_UPTO = "fts_indexed_upto"  # meta key: the highest records.rowid in the FTS index (ASCII digits)
FTS_BATCH = 32
FTS_DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE records_fts USING fts5("
    "search_text, content='records', content_rowid='rowid', tokenize='trigram', columnsize=0, detail=none)",
    # FTS5 leaves that fit a SQLCipher page: 4,096 bytes less 80 of IV and HMAC leave 3,981 for a cell,
    # and FTS5's default 4,050 put 3.5 KB of every full leaf on an overflow page (two reads per leaf).
    "INSERT INTO records_fts(records_fts, rank) VALUES ('pgsz', 3950)",
    # Records are indexed in batches (app.storage.search.index_pending); these keep indexed rows in step.
    # A new record's rowid is max(rowid) + 1, so after a delete the mark must not stay above the highest
    # record left, or a new record could get a number the mark claims is indexed.
    "CREATE TRIGGER records_fts_ad AFTER DELETE ON records "
    "WHEN old.rowid <= CAST((SELECT value FROM meta WHERE key = 'fts_indexed_upto') AS INTEGER) BEGIN "
    "INSERT INTO records_fts(records_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "UPDATE meta SET value = CAST(CAST(coalesce((SELECT max(rowid) FROM records), 0) AS TEXT) AS BLOB) "
    "WHERE key = 'fts_indexed_upto' "
    "AND CAST(value AS INTEGER) > coalesce((SELECT max(rowid) FROM records), 0); "
    "END",
    "CREATE TRIGGER records_fts_au AFTER UPDATE OF search_text ON records "
    "WHEN old.rowid <= CAST((SELECT value FROM meta WHERE key = 'fts_indexed_upto') AS INTEGER) BEGIN "
    "INSERT INTO records_fts(records_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); "
    "INSERT INTO records_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
)
FTS_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS records_fts_au",
    "DROP TRIGGER IF EXISTS records_fts_ad",
    "DROP TABLE IF EXISTS records_fts",
)
