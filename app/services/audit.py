"""The audit trail: an HMAC hash chain over every change, print, sync decision and sign-in
(app/domain/roles.py).

Each event's ``hash = HMAC-SHA256(k, prev_hash || canonical_json(event))`` where ``prev_hash`` is the
previous event's hash as 64 lowercase hex characters (``GENESIS``, 64 zeros, before event 1), ``event``
holds its seq, time, actor, action, target and detail, and ``k`` is derived (HKDF) from the database key.
A row keeps only its own hash, as 32 bytes (``Digest``; migration ``0016_compact_storage``): the previous
one is the row at ``seq - 1``, so the definition, and every hash written before, is unchanged. ``verify``
finds an edited row, a row deleted or reordered in the middle, and (through the HMAC'd head kept in
``meta``) a cut-off tail. Limit: someone holding the database key *and* this code can recompute the chain;
the chain stops a SQL tool or a careless fix-up, and ships to the center with the records.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_json
from app.domain.roles import Permission
from app.logs import AUDIT as log
from app.services.types import AuditEntry, AuditVerification, CurrentUser
from app.storage.attachments import derive_subkey
from app.storage.base import digest_hex, driver_connection
from app.storage.db import Database
from app.storage.models import AuditEvent, Meta

GENESIS = "0" * 64
_SET_HEAD = (
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_LAST_EVENT = "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
_INSERT_EVENT = (
    "INSERT INTO audit_events (seq, at, actor, action, target, detail_json, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
HEAD_KEY = "audit_head"


def _event_doc(  # noqa: PLR0917 - the six fields of an event, in their documented order
    seq: int, at: datetime, actor: str, action: str, target: str, detail: Any
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": at.isoformat(),
        "actor": actor,
        "action": action,
        "target": target,
        "detail": detail,
    }


# Printable ASCII but the quote and the backslash: JSON writes such a string as is, and NFC leaves it alone.
_PLAIN = re.compile(r"[\x20\x21\x23-\x5b\x5d-\x7e]*")


def _json_str(value: str) -> str:
    if _PLAIN.fullmatch(value):
        return '"' + value + '"'  # what json.dumps gives, without its call (every event has four)
    return json.dumps(unicodedata.normalize("NFC", value), ensure_ascii=False)


def _sql_utc(at: datetime) -> str:
    # The text app.storage.base.sql_datetime writes for an aware UTC time, via isoformat (several times
    # faster than its strftime).
    return at.replace(tzinfo=None).isoformat(" ", "microseconds")


def event_document(  # noqa: PLR0917 - the six fields of an event, in their documented order
    seq: int, at: datetime, actor: str, action: str, target: str, detail_json: str
) -> bytes:
    """The canonical JSON of an event, built around its already-canonical ``detail_json``.

    Byte for byte what ``canonical_json(_event_doc(...))`` gives (keys sorted: action, actor, at,
    detail, seq, target), without parsing and re-serialising the detail: ``verify`` walks a million
    events, and a detail edited into any other spelling of the same JSON no longer verifies.
    """
    return (
        f'{{"action":{_json_str(action)},"actor":{_json_str(actor)},"at":{_json_str(at.isoformat())},'
        f'"detail":{detail_json},"seq":{seq},"target":{_json_str(target)}}}'
    ).encode()


class AuditLog:
    """Appends events to the chain inside the caller's transaction."""

    def __init__(self, db_key: bytes) -> None:
        self._key = derive_subkey(db_key, b"audit-hmac")

    def event_hash(self, prev_hash: str, doc: dict[str, Any]) -> str:
        """The HMAC of one event given the previous hash."""
        return self.raw_hash(prev_hash, canonical_json(doc))

    def raw_hash(self, prev_hash: str, canonical_doc: bytes) -> str:
        """The HMAC over ``prev_hash || canonical_doc`` (the document already in canonical JSON)."""
        return hmac.new(self._key, prev_hash.encode("ascii") + canonical_doc, hashlib.sha256).hexdigest()

    def head_mac(self, seq: int, hash_: str) -> bytes:
        """The MAC over the chain's head (last seq and hash), kept in ``meta`` to notice a cut-off tail."""
        return hmac.new(self._key, f"head:{seq}:{hash_}".encode("ascii"), hashlib.sha256).digest()

    def append(  # noqa: PLR0917 - public API: (session, actor, action, target, detail, at)
        self,
        session: Session,
        actor: str,
        action: str,
        target: str,
        detail: dict[str, Any] | None,
        at: datetime,
    ) -> int:
        """Adds one event after the last one; returns its seq. Must run inside a writing
        (``BEGIN IMMEDIATE``) session, which serialises appends."""
        return self.append_raw(driver_connection(session), actor, action, target, detail, at)

    def append_raw(  # noqa: PLR0917 - same order as append
        self,
        raw: Any,
        actor: str,
        action: str,
        target: str,
        detail: dict[str, Any] | None,
        at: datetime,
    ) -> int:
        """``append`` on the sqlcipher3 connection of the caller's writing session (``driver_connection``),
        for hot paths that already hold it."""
        detail = detail or {}
        at = at.astimezone(UTC)  # the hash covers the UTC ISO form read back from the database
        row = raw.execute(_LAST_EVENT).fetchone()
        prev_seq, prev_hash = (int(row[0]), str(digest_hex(row[1]))) if row else (0, GENESIS)
        seq = prev_seq + 1
        detail_text = canonical_json(detail).decode("utf-8")
        digest = self.raw_hash(prev_hash, event_document(seq, at, actor, action, target, detail_text))
        # Prepared SQL on the session's connection: every write of every service appends here.
        raw.execute(
            _INSERT_EVENT, (seq, _sql_utc(at), actor, action, target, detail_text, bytes.fromhex(digest))
        )
        raw.execute(_SET_HEAD, (HEAD_KEY, self.head_value(seq, digest)))
        log.debug("audit %d %s %s", seq, action, target)
        return seq

    def head_value(self, seq: int, digest: str) -> bytes:
        """The ``meta`` value recording the chain head: ``{"seq", "hash"}|mac``."""
        # json.dumps({"seq": seq, "hash": digest}), spelled out (seq is an int, the hash hex).
        body = f'{{"seq": {int(seq)}, "hash": "{digest}"}}'.encode("ascii")
        return body + b"|" + self.head_mac(seq, digest)

    def _set_head(self, session: Session, seq: int, digest: str) -> None:
        driver_connection(session).execute(_SET_HEAD, (HEAD_KEY, self.head_value(seq, digest)))

    def set_head(self, session: Session, seq: int, digest: str) -> None:
        """Records the chain head after a bulk insert."""
        self._set_head(session, seq, digest)


class AuditService:
    """Reads and checks the audit trail."""

    def __init__(self, db: Database, log_: AuditLog) -> None:
        self._db = db
        self._log = log_

    def verify(self, anchor: tuple[int, str] | None = None) -> AuditVerification:
        """Walks the whole chain; reports the first event whose hash or link does not hold.

        ``anchor`` is ``(seq, hash)`` of a chain head the center acknowledged: the event at that seq must
        still carry that hash, so history rewritten after a sync is found even by someone who holds the
        database key and recomputed the whole chain."""
        result = self._verify_chain(anchor[0] if anchor else 0)
        if anchor is None or not result[0].ok:
            return result[0]
        verification, anchored_hash = result
        seq, digest = anchor
        if anchored_hash is None:
            return AuditVerification(
                False, verification.checked, seq, "events the center anchored are missing"
            )
        if not hmac.compare_digest(anchored_hash, digest):
            return AuditVerification(
                False, verification.checked, seq, "differs from the anchor the center acknowledged"
            )
        return verification

    def _verify_chain(self, anchor_seq: int) -> tuple[AuditVerification, str | None]:
        """The chain's own check, and the hash of the event at ``anchor_seq`` (None when it is missing).

        Each row's hash is recomputed over the hash of the row before it: an edited or moved row, or one
        whose predecessor was edited, no longer matches."""
        anchored: str | None = None
        checked = 0
        prev_hash = GENESIS
        expected_seq = 1
        with self._db.read_session() as session:
            for seq, at, actor, action, target, detail_json, row_hash in _iter_events(session):
                if seq != expected_seq:
                    return AuditVerification(
                        False, checked, seq, f"sequence gap: expected {expected_seq}"
                    ), None
                doc = event_document(seq, at, actor, action, target, detail_json)
                if not hmac.compare_digest(self._log.raw_hash(prev_hash, doc), row_hash):
                    return AuditVerification(False, checked, seq, "hash does not match the event"), None
                if seq == anchor_seq:
                    anchored = row_hash
                prev_hash = row_hash
                expected_seq += 1
                checked += 1
            head = session.get(Meta, HEAD_KEY)
        last_seq = expected_seq - 1
        if head is None:
            if checked:
                return AuditVerification(False, checked, last_seq, "chain head missing"), None
            return AuditVerification(True, 0), anchored
        body, _, mac = head.value.partition(b"|")
        try:
            info = json.loads(body)
        except ValueError:
            return AuditVerification(False, checked, last_seq, "chain head unreadable"), None
        if not hmac.compare_digest(self._log.head_mac(int(info["seq"]), str(info["hash"])), mac):
            return AuditVerification(False, checked, last_seq, "chain head does not verify"), None
        if int(info["seq"]) != last_seq or info["hash"] != prev_hash:
            first_missing = min(int(info["seq"]), last_seq + 1)
            return (
                AuditVerification(False, checked, first_missing, "events missing at the end of the chain"),
                None,
            )
        return AuditVerification(True, checked), anchored

    def head(self) -> tuple[int, str] | None:
        """The newest event's ``(seq, hash)``: the chain head a batch carries to the center."""
        with self._db.read_session() as session:
            row = session.execute(
                select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
            ).first()
        return (int(row[0]), str(row[1])) if row is not None else None

    def recent(self, actor: CurrentUser, limit: int = 100) -> list[AuditEntry]:
        """The newest events: all of them for supervisors and administrators, else the actor's own."""
        sees_all = actor.can(Permission.MANAGE_USERS) or actor.can(Permission.MANAGE_QUEUE)
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
        if not sees_all:
            stmt = stmt.where(AuditEvent.actor == actor.username)
        with self._db.read_session() as session:
            return [
                AuditEntry(e.seq, e.at, e.actor, e.action, e.target, json.loads(e.detail_json))
                for e in session.scalars(stmt)
            ]


def _iter_events(session: Session) -> Iterator[tuple[int, datetime, str, str, str, str, str]]:
    """Every event in seq order, fetched in pages so a long chain does not sit in memory at once."""
    after = 0
    page = 5000
    while True:
        rows = session.execute(
            select(
                AuditEvent.seq,
                AuditEvent.at,
                AuditEvent.actor,
                AuditEvent.action,
                AuditEvent.target,
                AuditEvent.detail_json,
                AuditEvent.hash,
            )
            .where(AuditEvent.seq > after)
            .order_by(AuditEvent.seq)
            .limit(page)
        ).all()
        if not rows:
            return
        for r in rows:
            yield (int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6])
        after = int(rows[-1][0])
