"""Writing records: the shared core of registering and amending any kind of record (DESIGN §2, §3).

A new record, or a new version of one, is written in the caller's transaction as: the record head
(``records``, which also feeds the FTS index through triggers), the version (canonical JSON + SHA-256),
one pending outbox item, the attachment links, and one audit event. Complaints use it; the petitions
service uses it too, so every kind of record syncs and is audited the same way.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
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
from app.storage.models import (
    Attachment,
    Record,
    RecordAttachment,
    RecordVersion,
    Station,
)
from app.storage.search import build_search_text

_LEADING_VOWELS = frozenset("เแโใไ")


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


def initial(name: str) -> str:
    """The first letter of a name as a reader sees it: a Thai leading vowel takes its consonant along,
    combining marks (tone marks, upper and lower vowels) stay with their letter."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        return ""
    take = 2 if name[0] in _LEADING_VOWELS and len(name) > 1 else 1
    out = name[:take]
    for ch in name[take:]:
        if unicodedata.category(ch) != "Mn":
            break
        out += ch
    return out


def mask_name(given: str, family: str, *, confidential: bool = False) -> str:
    """A name shown in lists: ``สมชาย ศ.``; only initials (``ส. ศ.``) for a confidential identity."""
    given, family = given.strip(), family.strip()
    first = (initial(given) + ".") if confidential and given else given
    last = (initial(family) + ".") if family else ""
    return " ".join(p for p in (first, last) if p)


_NEXT_SEQ = (
    "INSERT INTO daily_sequences (station_code, day, last_seq) VALUES (?, ?, 1) "
    "ON CONFLICT (station_code, day) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"
)
_INSERT_RECORD = (
    "INSERT INTO records (id, kind, tracking_code, access_token, station_code, officer, created_at, "
    "current_version, promised_by, receipt_printed_at, voided, linked_record_id, central_ref, "
    "central_status, central_agency, central_note, search_text, display_name_masked, anonymous, subject, "
    "national_id, phone) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, NULL, 0, ?, '', '', '', '', ?, ?, ?, ?, ?, ?)"
)
_INSERT_VERSION = (
    "INSERT INTO record_versions (record_id, version, payload_json, sha256, created_at, officer, reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
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
    """Writes version 1 of a new record with its tracking code, outbox item and audit event.

    ``payload`` is the JSON-ready dict, or the payload dataclass itself (canonical JSON serialises both
    the same way; passing the dataclass saves a deep copy)."""
    raw = driver_connection(session)
    station = raw.execute("SELECT code, epoch FROM stations LIMIT 1").fetchone()
    if station is None:
        raise KnownError("not_initialized")
    station_code, epoch = str(station[0]), int(station[1])
    day = bangkok_date(now)
    seq = next_daily_seq(session, station_code, day)
    tracking_code = make_tracking_code(station_code, day, seq, epoch)
    token = new_access_token()
    record_id = str(uuid6.uuid7())
    body = canonical_json(payload)
    sha = _sha256(body)
    if (
        head.linked_record_id
        and raw.execute("SELECT 1 FROM records WHERE id = ?", (head.linked_record_id,)).fetchone() is None
    ):
        raise KnownError("linked_record_missing")
    created = sql_datetime(now)
    # Prepared SQL on the session's own connection and transaction: registration is the hot path, and
    # SQLAlchemy's per-statement cost was most of a save once the fsync is fast (bench/bench_storage.py).
    raw.execute(
        _INSERT_RECORD,
        (
            record_id,
            kind.value,
            tracking_code,
            token,
            station_code,
            user.username,
            created,
            sql_datetime(promised_by),
            head.linked_record_id,
            build_search_text([tracking_code, *head.search_parts]),
            head.display_name_masked,
            int(head.anonymous),
            head.subject,
            head.national_id,
            head.phone,
        ),
    )
    raw.execute(_INSERT_VERSION, (record_id, 1, body.decode("utf-8"), sha, created, user.username, ""))
    _link_attachments(session, record_id, 1, attachments)
    _add_outbox(session, record_id, 1, sha, kind=kind, now=now)
    detail: dict[str, Any] = {"kind": kind.value, "tracking_code": tracking_code, "version": 1, "sha256": sha}
    if head.linked_record_id:
        detail["linked_record_id"] = head.linked_record_id
    audit.append(session, user.username, "record.register", record_id, detail, now)
    log.info("registered %s %s as %s", kind.value, record_id, tracking_code)
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
    if latest is not None and latest.sha256 == sha:
        raise KnownError("no_changes")
    if head.linked_record_id and head.linked_record_id != record.linked_record_id:
        if head.linked_record_id == record.id:
            raise KnownError("linked_record_self")
        if session.scalars(select(Record.rowid).where(Record.id == head.linked_record_id)).first() is None:
            raise KnownError("linked_record_missing")
    version = record.current_version + 1
    session.add(
        RecordVersion(
            record_id=record.id,
            version=version,
            payload_json=body.decode("utf-8"),
            sha256=sha,
            created_at=now,
            officer=user.username,
            reason=reason,
        )
    )
    session.flush()
    record.current_version = version
    record.search_text = build_search_text([record.tracking_code, *head.search_parts])
    record.display_name_masked = head.display_name_masked
    record.anonymous = head.anonymous
    record.subject = head.subject
    record.national_id = head.national_id
    record.phone = head.phone
    record.linked_record_id = head.linked_record_id
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


def _add_outbox(
    session: Session, record_id: str, version: int, sha: str, *, kind: RecordKind, now: datetime
) -> None:
    at = sql_datetime(now)
    driver_connection(session).execute(
        _INSERT_OUTBOX, (record_id, version, sha, kind.value, QueueState.PENDING.value, at, at)
    )


def _sha256(body: bytes) -> str:
    # Same as app.domain.canonical.payload_sha256(payload), without serialising the payload twice.
    return hashlib.sha256(body).hexdigest()
