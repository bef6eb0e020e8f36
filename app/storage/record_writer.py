"""The one record writer: every version of a record is written here, by every path that writes one
(registration, amendment, petitions, the queue's resend, the rebuild from the center, the demo loader).

A version is written as: its row in ``record_versions`` (the payload sealed with the record's key, see
``app.storage.sealing``), its attachment links (each attachment must be held: ``attachment_missing``
otherwise), and its outbox item. The record head is written here too (a new record's row, a new version's
list and search columns, and the dashboard's fact columns, see ``app.storage.dashboard.record_facts``). The
audit event stays with the service that calls, in the same transaction.

Two ways in: ``write_first_version`` / ``write_version`` on the transaction's driver connection (prepared
SQL: registration is the hot path, bench/bench_storage.py), and ``write_next_version`` for a session
holding the record head as an ORM object. ``tests/storage/test_record_writer.py`` checks no other module
inserts into ``record_versions``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import uuid6
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_json
from app.domain.records import QueueState, RecordKind
from app.domain.thaidate import bangkok_date
from app.domain.tracking import make_tracking_code, new_access_token
from app.storage.base import driver_connection
from app.storage.dashboard import RecordFacts, record_facts
from app.storage.errors import KnownError
from app.storage.models import FTS_BATCH, FTS_INDEXED_UPTO, Record, RecordVersion
from app.storage.sealing import ERASED_PAYLOAD, PayloadSealer, key_id_of, seal_payload, sealer_for
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


@dataclass(frozen=True, slots=True)
class NewVersion:
    """One version to write: ``body`` is its canonical JSON, ``sha256`` that body's hash."""

    record_id: str
    version: int
    kind: str  # RecordKind value
    body: bytes
    sha256: str
    created_at: str  # sql_time text
    officer: str
    reason: str = ""
    key_id: int | None = None  # the record's key (None: a fresh one, for a new record)
    facts: RecordFacts | None = None  # record_facts(body), when the caller has it (the demo templates)


@dataclass(frozen=True, slots=True)
class FirstVersion:
    """What ``write_first_version`` made: the new record's id, tracking code and access token."""

    record_id: str
    tracking_code: str
    access_token: str
    sha256: str


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
_RECORD_EXISTS = "SELECT 1 FROM records WHERE id = ?"
INSERT_VERSION = (
    "INSERT INTO record_versions (record_id, version, payload_json, sha256, created_at, officer, reason) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
# The newest version's figures onto its head (what the records_facts_ai trigger did before 0016).
SET_FACTS = "UPDATE records SET category_code = ?, agency_code = ?, province = ?, headcount = ? WHERE id = ?"
INSERT_OUTBOX = (
    "INSERT INTO outbox (record_id, version, sha256, kind, state, attempts, next_attempt_at, last_error, "
    "last_result_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, NULL, '', ?, ?, ?)"
)
_ATTACHMENT_EXISTS = "SELECT 1 FROM attachments WHERE sha256 = ?"
_LINK_ATTACHMENT = "INSERT INTO record_attachments (record_id, version, sha256) VALUES (?, ?, ?)"
_ERASED_BODY = ERASED_PAYLOAD.encode("utf-8")


def sql_time(value: datetime) -> str:
    """The text ``UtcDateTime`` stores (naive UTC, microseconds), via isoformat: several times faster
    than ``sql_datetime``'s strftime, on the hot path twice per registration."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def body_and_sha(payload: Any) -> tuple[bytes, str]:
    """A payload's canonical JSON and its SHA-256 (``payload`` a JSON-ready dict or a payload
    dataclass: canonical JSON serialises both the same way), serialised once."""
    body = canonical_json(payload)
    return body, hashlib.sha256(body).hexdigest()


def version_row(sealer: PayloadSealer | None, v: NewVersion) -> tuple[Any, ...]:
    """The ``record_versions`` row of ``v`` (``INSERT_VERSION``'s parameters): the payload sealed with
    the record's key (a tombstone stays plain), its SHA-256 as 32 bytes (``Digest``)."""
    stored = (
        v.body.decode("utf-8")
        if v.body == _ERASED_BODY
        else seal_payload(sealer, v.record_id, v.body, v.key_id)
    )
    sha = bytes.fromhex(v.sha256)
    return (v.record_id, v.version, stored, sha, v.created_at, v.officer, v.reason)


def facts_row(v: NewVersion) -> tuple[Any, ...]:
    """``SET_FACTS``'s parameters for ``v``: its payload's figures, onto its record's head."""
    return (*(record_facts(v.body) if v.facts is None else v.facts), v.record_id)


def write_version(
    raw: Any,
    sealer: PayloadSealer | None,
    v: NewVersion,
    attachments: Sequence[str] = (),
    *,
    missing_ok: bool = False,
    outbox_state: QueueState = QueueState.PENDING,
    outbox_result: str = "",
    outbox_at: str | None = None,
) -> list[str]:
    """Writes a version, its attachment links and its outbox item on a driver connection inside the
    caller's writing transaction. Returns the attachments not held (``missing_ok``: the rebuild links
    what it has and counts the rest); otherwise a missing one raises ``attachment_missing``."""
    row = version_row(sealer, v)
    raw.execute(INSERT_VERSION, row)
    raw.execute(SET_FACTS, facts_row(v))
    missing: list[str] = []
    for sha in dict.fromkeys(attachments):
        if raw.execute(_ATTACHMENT_EXISTS, (sha,)).fetchone() is None:
            if not missing_ok:
                raise KnownError("attachment_missing", sha[:12])
            missing.append(sha)
            continue
        raw.execute(_LINK_ATTACHMENT, (v.record_id, v.version, sha))
    at = v.created_at if outbox_at is None else outbox_at
    raw.execute(
        INSERT_OUTBOX, (v.record_id, v.version, row[3], v.kind, outbox_state.value, outbox_result, at, at)
    )
    return missing


def write_versions_bulk(
    raw: Any, rows: Sequence[tuple[Any, ...]], facts: Sequence[tuple[Any, ...]], kind: RecordKind
) -> None:
    """Many versions of one kind (``version_row``s, sealed beforehand: the demo loader seals in a
    thread of its own, and their ``facts_row``s) with their pending outbox items, in one ``executemany``
    each; no attachments."""
    raw.executemany(INSERT_VERSION, rows)
    raw.executemany(SET_FACTS, facts)
    pending = QueueState.PENDING.value
    raw.executemany(INSERT_OUTBOX, [(r[0], r[1], r[3], kind.value, pending, "", r[4], r[4]) for r in rows])


def write_first_version(  # noqa: PLR0917 - the registration's facts, positional like its callers
    raw: Any,
    sealer: PayloadSealer | None,
    kind: RecordKind,
    payload: Any,
    head: HeadFields,
    officer: str,
    now: datetime,
    promised_by: datetime | None,
    attachments: Sequence[str] = (),
) -> FirstVersion:
    """Writes a new record: its head with the station's next tracking code, version 1, attachment links
    and outbox item, on the driver connection of the caller's writing transaction (``BEGIN IMMEDIATE``
    serialises writers, so two saves never get the same number). Every ``FTS_BATCH``-th registration
    indexes the ones before it (search reads the newest with ``instr`` until then)."""
    day = bangkok_date(now)
    station = raw.execute(_STATION_NEXT_SEQ, (day.isoformat(),)).fetchone()
    if station is None:
        raise KnownError("not_initialized")
    station_code, seq, indexed_upto = str(station[0]), int(station[1]), int(station[3] or 0)
    tracking_code = make_tracking_code(station_code, day, seq, int(station[2]))
    token = new_access_token()
    record_id = str(uuid6.uuid7())
    body, sha = body_and_sha(payload)
    if head.linked_record_id and raw.execute(_RECORD_EXISTS, (head.linked_record_id,)).fetchone() is None:
        raise KnownError("linked_record_missing")
    created = sql_time(now)
    rowid = raw.execute(
        _INSERT_RECORD,
        (
            record_id,
            kind.value,
            tracking_code,
            token,
            station_code,
            officer,
            created,
            None if promised_by is None else sql_time(promised_by),
            head.linked_record_id,
            build_search_text([tracking_code, *head.search_parts]),
            head.display_name_masked,
            int(head.anonymous),
            head.subject,
            head.national_id,
            head.phone,
        ),
    ).lastrowid
    write_version(raw, sealer, NewVersion(record_id, 1, kind.value, body, sha, created, officer), attachments)
    if rowid - indexed_upto >= FTS_BATCH:
        # Every FTS_BATCH-th registration indexes the tail (search reads it with instr until then).
        index_pending(raw)
    return FirstVersion(record_id, tracking_code, token, sha)


def write_next_version(  # noqa: PLR0917 - one amendment's facts, positional like its callers
    session: Session,
    record: Record,
    payload: Any,
    head: HeadFields | None,
    reason: str,
    officer: str,
    now: datetime,
    attachments: Sequence[str] = (),
    *,
    same_content: bool = False,
) -> tuple[int, str]:
    """Writes the next version of an existing record (history kept) with its attachment links and
    outbox item, and moves the head to it; returns the new version number and its hash.

    Refuses a voided or erased record and, unless ``same_content`` (the queue resending a conflict as a
    new version), content equal to the current version (``no_changes``). ``head`` ``None`` keeps the
    head's list and search columns (same content, or a kind without them)."""
    if record.voided:
        raise KnownError("record_voided")
    body, sha = body_and_sha(payload)
    latest = session.get(RecordVersion, (record.id, record.current_version))
    if latest is not None and latest.payload_json == ERASED_PAYLOAD:
        raise KnownError("record_erased", record.id)  # its personal data was destroyed: no new versions
    if latest is not None and latest.sha256 == sha and not same_content:
        raise KnownError("no_changes")
    if head is not None and head.linked_record_id and head.linked_record_id != record.linked_record_id:
        if head.linked_record_id == record.id:
            raise KnownError("linked_record_self")
        if session.scalars(select(Record.rowid).where(Record.id == head.linked_record_id)).first() is None:
            raise KnownError("linked_record_missing")
    version = record.current_version + 1
    # Every version of a record is sealed with the record's one key, so shredding it erases them all.
    key_id = key_id_of(latest.payload_json) if latest is not None else None
    new = NewVersion(record.id, version, record.kind, body, sha, sql_time(now), officer, reason, key_id)
    session.flush()  # the prepared SQL below must see rows this session has not written yet
    write_version(driver_connection(session), sealer_for(session), new, attachments)
    record.current_version = version
    if head is not None:
        set_head_fields(record, head)
    return version, sha


def record_key_id(session: Session, record_id: str) -> int | None:
    """The key a record's stored versions are sealed with (``None``: none stored, or plain)."""
    stored = session.scalars(
        select(RecordVersion.payload_json).where(RecordVersion.record_id == record_id)
    ).first()
    return None if stored is None else key_id_of(stored)


def set_head_fields(record: Record, head: HeadFields) -> None:
    """Writes a version's list/search summary onto its record head (an amendment, a rebuilt record)."""
    record.search_text = build_search_text([record.tracking_code, *head.search_parts])
    record.display_name_masked = head.display_name_masked
    record.anonymous = head.anonymous
    record.subject = head.subject
    record.national_id = head.national_id
    record.phone = head.phone
    record.linked_record_id = head.linked_record_id
