"""Writing records: the shared core of registering and amending any kind of record (docs/ARCHITECTURE.md,
Layers).

A new record, or a new version of one, is written in the caller's transaction by the one record writer
(``app.storage.record_writer``: record head, sealed version, attachment links, one pending outbox item),
and this module adds the one audit event. Complaints use it; the petitions service and the queue's
resend use it too, so every kind of record syncs and is audited the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.domain.records import RecordKind
from app.logs import DB as log
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.types import Changes, CurrentUser, SaveResult
from app.storage.base import driver_connection
from app.storage.db import Database
from app.storage.models import Attachment, Record
from app.storage.record_writer import HeadFields, set_head_fields, write_first_version, write_next_version
from app.storage.sealing import PayloadSealer, sealer_for, sealer_of

__all__ = ["HeadFields", "insert_new_record", "insert_new_version", "set_head_fields", "store_attachment"]


def insert_new_record(  # noqa: PLR0917 - shared by complaints, petitions and ratings, called positionally
    where: Database | Session,
    audit: AuditLog,
    user: CurrentUser,
    kind: RecordKind,
    payload: Any,
    head: HeadFields,
    now: datetime,
    promised_by: datetime | None,
    attachments: Sequence[str] = (),
) -> SaveResult:
    """Writes version 1 of a new record with its tracking code, outbox item and audit event: in the
    caller's writing ``Session``, or given the ``Database``, in a transaction of its own
    (``Database.write_connection``: the same rows and checks without a session, whose bookkeeping cost a
    registration about as much as its statements; for use cases that write nothing else).

    ``payload`` is the JSON-ready dict, or the payload dataclass itself (canonical JSON serialises both
    the same way; passing the dataclass saves a deep copy)."""
    with _writing(where, flush=bool(attachments)) as (raw, sealer):
        # Prepared SQL on the transaction's own driver connection: registration is the hot path, and
        # SQLAlchemy's per-statement cost was most of a save once the fsync is fast (bench/bench_storage.py).
        made = write_first_version(
            raw, sealer, kind, payload, head, user.username, now, promised_by, attachments
        )
        detail: dict[str, Any] = {
            "kind": kind.value,
            "tracking_code": made.tracking_code,
            "version": 1,
            "sha256": made.sha256,
        }
        if head.linked_record_id:
            detail["linked_record_id"] = head.linked_record_id
        audit.append_raw(raw, user.username, "record.register", made.record_id, detail, now)
    # Debug only: the audit event above is the record of it, and a log line cost ~0.1 ms of a ~2 ms save.
    log.debug("registered %s %s as %s", kind.value, made.record_id, made.tracking_code)
    return SaveResult(
        record_id=made.record_id,
        version=1,
        tracking_code=made.tracking_code,
        access_token=made.access_token,
        created_at=now,
        promised_by=promised_by,
        changes=Changes(records=True, outbox=True, record_ids=(made.record_id,)),
    )


@contextmanager
def _writing(where: Database | Session, *, flush: bool) -> Iterator[tuple[Any, PayloadSealer | None]]:
    if isinstance(where, Database):
        sealer = sealer_of(where)
        with where.write_connection() as raw:
            yield raw, sealer
        return
    if flush:
        where.flush()  # the prepared SQL must see attachment rows this session has not written
    yield driver_connection(where), sealer_for(where)


def insert_new_version(  # noqa: PLR0917 - shared with the petitions service, called positionally
    session: Session,
    audit: AuditLog,
    user: CurrentUser,
    record: Record,
    payload: dict[str, Any],
    head: HeadFields | None,
    reason: str,
    now: datetime,
    attachments: Sequence[str] = (),
    *,
    same_content: bool = False,
) -> SaveResult:
    """Writes the next version of an existing record (history kept), its outbox item and audit event.

    ``same_content``: the queue resending a conflict as a new version, whose content may equal the
    current one (otherwise refused as ``no_changes``); ``head`` ``None`` keeps the list columns."""
    version, sha = write_next_version(
        session, record, payload, head, reason, user.username, now, attachments, same_content=same_content
    )
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


def store_attachment(  # noqa: PLR0917 - one file's facts, positional like its callers
    ctx: AppContext, audit: AuditLog, user: CurrentUser, data: bytes, media_type: str, name: str
) -> str:
    """Stores a file (encrypted, content-addressed) and its ``attachments`` row with one audit event the
    first time these bytes arrive; returns their SHA-256, what a payload names them by."""
    sha = ctx.attachments.put(data)
    now = ctx.clock()
    with ctx.db.session() as session:
        if session.get(Attachment, sha) is None:
            session.add(
                Attachment(
                    sha256=sha, size=len(data), media_type=media_type, original_name=name, stored_at=now
                )
            )
            audit.append(session, user.username, "attachment.store", sha, {"size": len(data)}, now)
    return sha
