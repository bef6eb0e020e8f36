"""Writing records: the shared core of registering and amending any kind of record (docs/ARCHITECTURE.md,
Layers).

A new record, or a new version of one, is written in the caller's transaction as: the record head
(``records``), the version (canonical JSON + SHA-256), one pending outbox item, the attachment links, and
one audit event. Complaints use it; the petitions service uses it too, so every kind of record syncs and
is audited the same way. The FTS index takes new records in batches (every ``FTS_BATCH``-th registration
indexes the ones before it; search reads the newest with ``instr`` until then, see app.storage.search).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import uuid6
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_json
from app.domain.records import QueueState, RecordKind
from app.domain.thaidate import bangkok_date
from app.domain.tracking import make_tracking_code, new_access_token
from app.logs import DB as log
from app.services.audit import AuditLog
from app.services.types import Changes, CurrentUser, KnownError, SaveResult
from app.storage.base import driver_connection, sql_datetime
from app.storage.dashboard import payload_facts
from app.storage.db import Database
from app.storage.models import (
    FTS_BATCH,
    FTS_INDEXED_UPTO,
    Attachment,
    Record,
    RecordAttachment,
    RecordVersion,
    Station,
)
from app.storage.sealing import ERASED_PAYLOAD, PayloadSealer, key_id_of, seal_payload, sealer_for, sealer_of
from app.storage.search import build_search_text, index_pending


@dataclass(frozen=True)
class HeadFields:
    """What the records list and search need from a payload, computed by the kind's service."""

    search_parts: Sequence[str]
    display_name_masked: str
    anonymous: bool
    subject: str
    national_id: str = ""
    phone: str = ""
    linked_record_id: str = ""


_NEXT_SEQ = (
    "INSERT INTO daily_sequences (station_code, day, last_seq) VALUES (?, ?, 1) "
    "ON CONFLICT (station_code, day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"
)
# The station, its next sequence number and the search index mark in one statement (round trips are a
# fair part of a registration); no row when the counter is not set up yet.
_STATION_NEXT_SEQ = (
    "INSERT INTO daily_sequences (station_code, day, last_seq) "
    "SELECT code, ?, 1 FROM stations WHERE true LIMIT 1 "
    "ON CONFLICT (station_code, day) DO UPDATE SET last_seq = last_seq + 1 "
    "RETURNING station_code, last_seq, (SELECT epoch FROM stations WHERE code = station_code), "
    f"(SELECT CAST(value AS INTEGER) FROM meta WHERE key = '{FTS_INDEXED_UPTO}')"
)
_INSERT_RECORD = (
    "INSERT INTO records (id, kind, tracking_code, access_token, station_code, officer, created_at, "
    "current_version, promised_by, receipt_printed_at, voided, linked_record_id, central_ref, "
    "central_status, central_agency, central_note, search_text, display_name_masked, anonymous, subject, "
    "national_id, phone) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, NULL, 0, ?, '', '', '', '', ?, ?, ?, ?, ?, ?)"
)
_LINKED_EXISTS = "SELECT 1 FROM records WHERE id = ?"
_INSERT_VERSION = (
    "INSERT INTO record_versions (record_id, version, payload_json, sha256, created_at, officer, reason, "
    "facts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_OUTBOX = (
    "INSERT INTO outbox (record_id, version, sha256, kind, state, attempts, next_attempt_at, last_error, "
    "last_result_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, NULL, '', '', ?, ?)"
)


def next_daily_seq(session: Session, station_code: str, day: date) -> int:
    """Takes the next tracking sequence number of a station's day. Runs inside the saving transaction,
    whose ``BEGIN IMMEDIATE`` serialises writers, so two saves can never get the same number."""
    # Days are stored as SQLAlchemy's SQLite Date does it: ISO text.
    row = driver_connection(session).execute(_NEXT_SEQ, (station_code, day.isoformat())).fetchone()
    return int(row[0])


def station_row(session: Session) -> Station:
    """The station (``KnownError("not_initialized")`` before set-up)."""
    station = session.scalars(select(Station)).first()
    if station is None:
        raise KnownError("not_initialized")
    return station


def _link_attachments(session: Session, record_id: str, version: int, hashes: Sequence[str]) -> None:
    for sha in dict.fromkeys(hashes):
        if session.get(Attachment, sha) is None:
            raise KnownError("attachment_missing", sha[:12])
        session.add(RecordAttachment(record_id=record_id, version=version, sha256=sha))


_ATTACHMENT_EXISTS = "SELECT 1 FROM attachments WHERE sha256 = ?"
_LINK_ATTACHMENT = "INSERT INTO record_attachments (record_id, version, sha256) VALUES (?, ?, ?)"


def _link_attachments_raw(raw: Any, record_id: str, version: int, hashes: Sequence[str]) -> None:
    for sha in dict.fromkeys(hashes):
        if raw.execute(_ATTACHMENT_EXISTS, (sha,)).fetchone() is None:
            raise KnownError("attachment_missing", sha[:12])
        raw.execute(_LINK_ATTACHMENT, (record_id, version, sha))


def register_record(  # noqa: PLR0917 - same order as insert_new_record
    db: Database,
    audit: AuditLog,
    user: CurrentUser,
    kind: RecordKind,
    payload: Any,
    head: HeadFields,
    now: datetime,
    promised_by: datetime | None,
    attachments: Sequence[str] = (),
) -> SaveResult:
    """``insert_new_record`` in a transaction of its own (``Database.write_connection``): the same rows
    and checks, without a ``Session``, whose bookkeeping cost a registration about as much as its
    statements. For use cases that write nothing else in that transaction."""
    sealer = sealer_of(db)
    with db.write_connection() as raw:
        return _insert_first_version(
            raw, audit, user, kind, payload, head, now, promised_by, attachments, sealer
        )


def insert_new_record(  # noqa: PLR0917 - shared with the petitions service, called positionally
    session: Session,
    audit: AuditLog,
    user: CurrentUser,
    kind: RecordKind,
    payload: Any,
    head: HeadFields,
    now: datetime,
    promised_by: datetime | None,
    attachments: Sequence[str] = (),
) -> SaveResult:
    """Writes version 1 of a new record with its tracking code, outbox item and audit event, in the
    caller's writing session.

    ``payload`` is the JSON-ready dict, or the payload dataclass itself (canonical JSON serialises both
    the same way; passing the dataclass saves a deep copy)."""
    if attachments:
        session.flush()  # the prepared SQL below must see attachment rows this session has not written
    raw = driver_connection(session)
    sealer = sealer_for(session)
    return _insert_first_version(raw, audit, user, kind, payload, head, now, promised_by, attachments, sealer)


def _insert_first_version(  # noqa: PLR0917 - internal, positional like its callers
    raw: Any,
    audit: AuditLog,
    user: CurrentUser,
    kind: RecordKind,
    payload: Any,
    head: HeadFields,
    now: datetime,
    promised_by: datetime | None,
    attachments: Sequence[str],
    sealer: PayloadSealer | None = None,
) -> SaveResult:
    # Prepared SQL on the transaction's own driver connection: registration is the hot path, and
    # SQLAlchemy's per-statement cost was most of a save once the fsync is fast (bench/bench_storage.py).
    day = bangkok_date(now)
    station = raw.execute(_STATION_NEXT_SEQ, (day.isoformat(),)).fetchone()
    if station is None:
        raise KnownError("not_initialized")
    station_code, seq, indexed_upto = str(station[0]), int(station[1]), int(station[3] or 0)
    tracking_code = make_tracking_code(station_code, day, seq, int(station[2]))
    token = new_access_token()
    record_id = str(uuid6.uuid7())
    body = canonical_json(payload)
    sha = _sha256(body)
    if head.linked_record_id and raw.execute(_LINKED_EXISTS, (head.linked_record_id,)).fetchone() is None:
        raise KnownError("linked_record_missing")
    created = _sql_time(now)
    rowid = raw.execute(
        _INSERT_RECORD,
        (
            record_id,
            kind.value,
            tracking_code,
            token,
            station_code,
            user.username,
            created,
            None if promised_by is None else _sql_time(promised_by),
            head.linked_record_id,
            build_search_text([tracking_code, *head.search_parts]),
            head.display_name_masked,
            int(head.anonymous),
            head.subject,
            head.national_id,
            head.phone,
        ),
    ).lastrowid
    # The payload is sealed with the record's own key (crypto-shredding: app.storage.sealing).
    stored = seal_payload(sealer, record_id, body)
    raw.execute(_INSERT_VERSION, (record_id, 1, stored, sha, created, user.username, "", payload_facts(body)))
    if attachments:
        _link_attachments_raw(raw, record_id, 1, attachments)
    if rowid - indexed_upto >= FTS_BATCH:
        # Every FTS_BATCH-th registration indexes the tail (search reads it with instr until then).
        index_pending(raw)
    raw.execute(_INSERT_OUTBOX, (record_id, 1, sha, kind.value, QueueState.PENDING.value, created, created))
    detail: dict[str, Any] = {"kind": kind.value, "tracking_code": tracking_code, "version": 1, "sha256": sha}
    if head.linked_record_id:
        detail["linked_record_id"] = head.linked_record_id
    audit.append_raw(raw, user.username, "record.register", record_id, detail, now)
    # Debug only: the audit event above is the record of it, and a log line cost ~0.1 ms of a ~2 ms save.
    log.debug("registered %s %s as %s", kind.value, record_id, tracking_code)
    return SaveResult(
        record_id=record_id,
        version=1,
        tracking_code=tracking_code,
        access_token=token,
        created_at=now,
        promised_by=promised_by,
        changes=Changes(records=True, outbox=True, record_ids=(record_id,)),
    )


def insert_new_version(  # noqa: PLR0917 - shared with the petitions service, called positionally
    session: Session,
    audit: AuditLog,
    user: CurrentUser,
    record: Record,
    payload: dict[str, Any],
    head: HeadFields,
    reason: str,
    now: datetime,
    attachments: Sequence[str] = (),
) -> SaveResult:
    """Writes the next version of an existing record (history kept), its outbox item and audit event."""
    if record.voided:
        raise KnownError("record_voided")
    body = canonical_json(payload)
    sha = _sha256(body)
    latest = session.get(RecordVersion, (record.id, record.current_version))
    if latest is not None and latest.payload_json == ERASED_PAYLOAD:
        raise KnownError("record_erased", record.id)  # its personal data was destroyed: no new versions
    if latest is not None and latest.sha256 == sha:
        raise KnownError("no_changes")
    if head.linked_record_id and head.linked_record_id != record.linked_record_id:
        if head.linked_record_id == record.id:
            raise KnownError("linked_record_self")
        if session.scalars(select(Record.rowid).where(Record.id == head.linked_record_id)).first() is None:
            raise KnownError("linked_record_missing")
    version = record.current_version + 1
    # Every version of a record is sealed with the record's one key, so shredding it erases them all.
    key_id = key_id_of(latest.payload_json) if latest is not None else None
    session.add(
        RecordVersion(
            record_id=record.id,
            version=version,
            payload_json=seal_payload(sealer_for(session), record.id, body, key_id),
            sha256=sha,
            created_at=now,
            officer=user.username,
            reason=reason,
            facts_json=payload_facts(body),
        )
    )
    session.flush()
    record.current_version = version
    set_head_fields(record, head)
    _link_attachments(session, record.id, version, attachments)
    _add_outbox(session, record.id, version, sha, kind=RecordKind(record.kind), now=now)
    audit.append(
        session,
        user.username,
        "record.amend",
        record.id,
        {"version": version, "reason": reason, "sha256": sha, "tracking_code": record.tracking_code},
        now,
    )
    log.info("amended %s to version %d", record.id, version)
    return SaveResult(
        record_id=record.id,
        version=version,
        tracking_code=record.tracking_code,
        access_token=record.access_token,
        created_at=record.created_at,
        promised_by=record.promised_by,
        changes=Changes(records=True, outbox=True, record_ids=(record.id,)),
    )


def set_head_fields(record: Record, head: HeadFields) -> None:
    """Writes a version's list/search summary onto its record head (an amendment, a rebuilt record)."""
    record.search_text = build_search_text([record.tracking_code, *head.search_parts])
    record.display_name_masked = head.display_name_masked
    record.anonymous = head.anonymous
    record.subject = head.subject
    record.national_id = head.national_id
    record.phone = head.phone
    record.linked_record_id = head.linked_record_id


def _add_outbox(
    session: Session, record_id: str, version: int, sha: str, *, kind: RecordKind, now: datetime
) -> None:
    at = sql_datetime(now)
    driver_connection(session).execute(
        _INSERT_OUTBOX, (record_id, version, sha, kind.value, QueueState.PENDING.value, at, at)
    )


def _sql_time(value: datetime) -> str:
    # The text sql_datetime writes (naive UTC, microseconds), via isoformat: several times faster than
    # its strftime, on the hot path twice per registration.
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sha256(body: bytes) -> str:
    # Same as app.domain.canonical.payload_sha256(payload), without serialising the payload twice.
    return hashlib.sha256(body).hexdigest()
