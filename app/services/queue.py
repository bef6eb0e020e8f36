"""The supervisor's sync queue: items by state, their detail, and the actions that settle them.

Every action is a supervisor's sync decision and writes an audit event in the same transaction. Nothing
is ever deleted: a withdrawn item stays in the outbox with its reason, and a settled conflict or rejection
keeps its old item (``withdrawn``, superseded) beside the new version's item.

| action | from | to | audit |
|---|---|---|---|
| retry now | pending, rejected | pending, due now | ``sync.retry`` |
| hold | pending | held | ``sync.hold`` |
| release | held | pending, due now | ``sync.release`` |
| send a corrected new version | conflict, rejected | withdrawn (+ a new pending version) | ``sync.settle`` |
| withdraw with a reason | conflict, rejected, held | withdrawn | ``sync.withdraw`` |

A conflict cannot simply be retried: the center would answer ``conflict`` again for the same id, version
and content; it is settled by a new version (the center keeps its copy of the old one, never overwritten).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.canonical import payload_sha256
from app.domain.national_id import mask_national_id
from app.domain.petition import petition_from_payload
from app.domain.records import QueueState, RecordKind, complaint_from_payload
from app.domain.roles import Permission
from app.services.access import require
from app.services.audit import AuditLog
from app.services.complaints import complaint_head
from app.services.context import AppContext
from app.services.petitions import petition_head
from app.services.recording import HeadFields, insert_new_version
from app.services.types import Changes, CurrentUser, KnownError
from app.storage.models import Attachment, AuditEvent, OutboxItem, Record, RecordVersion
from app.storage.sealing import open_payload_in
from sync.protocol import FieldError, RecordResult

REASON_MAX = 500
# Keys of a payload that hold personal data, and how each is shown to the supervisor.
_MASKED_TEXT = {"given_name", "family_name", "passport_no", "email", "line_id", "house_no", "phone"}


@dataclass(frozen=True)
class QueueItemRow:
    """One outbox item in the supervisor's list."""

    item_id: int
    record_id: str
    version: int
    kind: RecordKind
    tracking_code: str
    state: QueueState
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    updated_at: datetime
    subject: str


@dataclass(frozen=True)
class AttachmentInfo:
    """A file a record version names, as people tell files apart: by name and size (no hashes)."""

    name: str
    size: int
    media_type: str


@dataclass(frozen=True)
class QueueItemDetail:
    """Everything the supervisor sees about one item: the error, the center's answer, the masked payload."""

    row: QueueItemRow
    sha256: str
    center_sha256: str  # for a conflict: what the center holds under this id and version
    central_ref: str
    errors: list[FieldError]
    payload_masked: dict[str, Any]
    latest_version: int  # the record's newest version (a settled item points past itself)
    history: list[tuple[datetime, str, str]] = field(
        default_factory=list
    )  # (at, actor, action) of sync events
    attachments: list[AttachmentInfo] = field(default_factory=list)


def mask_value(key: str, value: Any) -> Any:
    """One payload value as the supervisor sees it: personal identifiers masked, the rest as is."""
    if not isinstance(value, str) or not value:
        return value
    if key == "national_id":
        return mask_national_id(value)
    if key in _MASKED_TEXT:
        # The first character and the length's worth of dots: enough to tell two people apart on the
        # phone with the officer, not enough to identify anyone.
        return value[0] + "•" * max(len(value) - 1, 2)
    return value


def mask_payload(payload: Any, key: str = "") -> Any:
    """A payload with every personal identifier masked (recursively)."""
    if isinstance(payload, dict):
        return {k: mask_payload(v, k) for k, v in payload.items()}
    if isinstance(payload, list):
        return [mask_payload(v, key) for v in payload]
    return mask_value(key, payload)


def _head_for(kind: RecordKind, payload: dict[str, Any]) -> HeadFields | None:
    if kind is RecordKind.COMPLAINT:
        return complaint_head(complaint_from_payload(payload))
    if kind is RecordKind.GROUP_PETITION:
        return petition_head(petition_from_payload(payload))
    return None


def _attachments(payload: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for entry in payload.get("attachments") or []:
        value = entry.get("sha256") if isinstance(entry, dict) else entry
        if isinstance(value, str) and value and value not in out:
            out.append(value)
    return out


def _attachment_infos(session: Session, payload: dict[str, Any]) -> list[AttachmentInfo]:
    """The payload's attachments by name and size: the stored file's, else what the payload says (a
    petition names its files; a complaint lists hashes only)."""
    hashes = _attachments(payload)
    if not hashes:
        return []
    stored = {a.sha256: a for a in session.scalars(select(Attachment).where(Attachment.sha256.in_(hashes)))}
    named = {
        e.get("sha256"): e
        for e in payload.get("attachments") or []
        if isinstance(e, dict) and e.get("sha256")
    }
    infos = []
    for digest in hashes:
        file, entry = stored.get(digest), named.get(digest) or {}
        name = str(entry.get("name") or (file.original_name if file else "") or "")
        size = int(file.size if file else entry.get("size") or 0)
        media = str((file.media_type if file else "") or entry.get("media_type") or "")
        infos.append(AttachmentInfo(name=name, size=size, media_type=media))
    return infos


class QueueService:
    """The supervisor's queue screen: read the outbox and settle what the center would not take."""

    def __init__(self, ctx: AppContext, audit: AuditLog, on_change: Callable[[], None] | None = None) -> None:
        self._ctx = ctx
        self._audit = audit
        self.on_change = on_change  # e.g. wake the pump after "retry now"

    def _require(self, user: CurrentUser) -> None:
        require(self._ctx, self._audit, user, Permission.MANAGE_QUEUE, action="queue")

    # ------------------------------------------------------------------ reading
    def counts(self, user: CurrentUser) -> dict[QueueState, int]:
        """Items per state (every state present, zero when empty)."""
        self._require(user)
        with self._ctx.db.read_session() as s:
            rows = s.execute(select(OutboxItem.state, func.count()).group_by(OutboxItem.state)).all()
        counts = dict.fromkeys(QueueState, 0)
        counts.update({QueueState(state): int(n) for state, n in rows})
        return counts

    def items(
        self,
        user: CurrentUser,
        states: Sequence[QueueState] = (),
        text: str = "",
        limit: int = 500,
        offset: int = 0,
    ) -> list[QueueItemRow]:
        """Items in the given states (all when empty), oldest first; ``text`` filters by tracking code."""
        self._require(user)
        query = (
            select(OutboxItem, Record.tracking_code, Record.subject)
            .join(Record, Record.id == OutboxItem.record_id)
            .order_by(OutboxItem.id)
            .limit(min(limit, 5000))
            .offset(offset)
        )
        if states:
            query = query.where(OutboxItem.state.in_([s.value for s in states]))
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            query = query.where(Record.tracking_code.contains(digits))
        with self._ctx.db.read_session() as s:
            return [_row(item, code, subject) for item, code, subject in s.execute(query)]

    def detail(self, user: CurrentUser, item_id: int) -> QueueItemDetail:
        """One item with its last error, the center's answer and the payload with personal data masked."""
        self._require(user)
        with self._ctx.db.read_session() as s:
            found = s.execute(
                select(
                    OutboxItem,
                    Record.tracking_code,
                    Record.subject,
                    Record.central_ref,
                    Record.current_version,
                )
                .join(Record, Record.id == OutboxItem.record_id)
                .where(OutboxItem.id == item_id)
            ).first()
            if found is None:
                raise KnownError("queue_item_not_found", str(item_id))
            item, code, subject, central_ref, latest = found
            version = s.get(RecordVersion, (item.record_id, item.version))
            payload = open_payload_in(s, item.record_id, version.payload_json) if version is not None else {}
            history = _sync_history(s, item.record_id)
            files = _attachment_infos(s, payload)
        result = _result(item.last_result_json)
        return QueueItemDetail(
            row=_row(item, code, subject),
            sha256=item.sha256,
            center_sha256=(result.sha256 or "") if result else "",
            central_ref=central_ref,
            errors=list(result.errors) if result else [],
            payload_masked=mask_payload(payload),
            latest_version=latest,
            history=history,
            attachments=files,
        )

    def payload(self, user: CurrentUser, item_id: int) -> dict[str, Any]:
        """The unmasked payload of an item, for correcting it (the correction form shows it to its owner)."""
        self._require(user)
        with self._ctx.db.read_session() as s:
            item = s.get(OutboxItem, item_id)
            if item is None:
                raise KnownError("queue_item_not_found", str(item_id))
            version = s.get(RecordVersion, (item.record_id, item.version))
            data: dict[str, Any] = (
                open_payload_in(s, item.record_id, version.payload_json) if version is not None else {}
            )
        return data

    # ------------------------------------------------------------------ actions
    def retry_now(self, user: CurrentUser, item_ids: Sequence[int]) -> Changes:
        """Pending (backing off) or rejected items go again at the next cycle."""
        return self._move(
            user, item_ids, {QueueState.PENDING, QueueState.REJECTED}, QueueState.PENDING, "sync.retry", ""
        )

    def hold(self, user: CurrentUser, item_ids: Sequence[int], reason: str) -> Changes:
        """Pauses pending items (they stay in the queue, not sent, until released)."""
        return self._move(user, item_ids, {QueueState.PENDING}, QueueState.HELD, "sync.hold", _reason(reason))

    def release(self, user: CurrentUser, item_ids: Sequence[int]) -> Changes:
        """Held items go back to the queue, due now."""
        return self._move(user, item_ids, {QueueState.HELD}, QueueState.PENDING, "sync.release", "")

    def withdraw(self, user: CurrentUser, item_id: int, reason: str) -> Changes:
        """Gives up sending a conflicting, rejected or held version, with a reason (kept and audited)."""
        allowed = {QueueState.CONFLICT, QueueState.REJECTED, QueueState.HELD}
        return self._move(user, [item_id], allowed, QueueState.WITHDRAWN, "sync.withdraw", _reason(reason))

    def settle_with_new_version(
        self, user: CurrentUser, item_id: int, reason: str, payload: dict[str, Any] | None = None
    ) -> Changes:
        """Settles a conflict or rejection by sending a corrected new version of the record.

        ``payload`` is the corrected content (``None``: the item's own content again, which settles a
        conflict — the center keeps its copy of the old version and receives ours as the next one). The
        old item becomes ``withdrawn``, superseded; the new version gets its own pending item.
        """
        self._require(user)
        reason = _reason(reason)
        now = self._ctx.clock()
        with self._ctx.db.session() as s:
            item = s.get(OutboxItem, item_id)
            if item is None:
                raise KnownError("queue_item_not_found", str(item_id))
            if item.state not in (QueueState.CONFLICT.value, QueueState.REJECTED.value):
                raise KnownError("queue_action_not_allowed", item.state)
            record = s.scalars(select(Record).where(Record.id == item.record_id)).one()
            if record.voided:
                raise KnownError("record_voided")
            old = s.get(RecordVersion, (item.record_id, item.version))
            assert old is not None
            data = payload if payload is not None else open_payload_in(s, item.record_id, old.payload_json)
            kind = RecordKind(record.kind)
            latest = s.get(RecordVersion, (record.id, record.current_version))
            changed = latest is not None and latest.sha256 != payload_sha256(data)
            # A real correction updates the list and search columns too; the same content keeps them.
            head = _head_for(kind, data) if changed else None
            new_version = insert_new_version(
                s, self._audit, user, record, data, head, reason, now, _attachments(data), same_content=True
            ).version
            item.state = QueueState.WITHDRAWN.value
            item.last_error = f"superseded_by_v{new_version}"
            item.next_attempt_at = None
            item.updated_at = now
            self._audit.append(
                s,
                user.username,
                "sync.settle",
                item.record_id,
                {"item": item_id, "version": item.version, "new_version": new_version, "reason": reason},
                now,
            )
        self._changed()
        return Changes(records=True, outbox=True, record_ids=(record.id,))

    # ------------------------------------------------------------------ internals
    def _move(  # noqa: PLR0917 - private; every caller names the transition in one line
        self,
        user: CurrentUser,
        item_ids: Sequence[int],
        allowed: set[QueueState],
        target: QueueState,
        action: str,
        reason: str,
    ) -> Changes:
        self._require(user)
        if not item_ids:
            return Changes()
        now = self._ctx.clock()
        record_ids: list[str] = []
        with self._ctx.db.session() as s:
            items = list(s.scalars(select(OutboxItem).where(OutboxItem.id.in_(list(item_ids)))))
            if len(items) != len(set(item_ids)):
                raise KnownError("queue_item_not_found")
            refused = [i for i in items if QueueState(i.state) not in allowed]
            if refused:
                raise KnownError("queue_action_not_allowed", refused[0].state)
            for item in items:
                detail: dict[str, Any] = {"item": item.id, "version": item.version, "from": item.state}
                if reason:
                    detail["reason"] = reason
                item.state = target.value
                item.updated_at = now
                if target is QueueState.PENDING:
                    item.next_attempt_at = None  # due at once
                if target is QueueState.WITHDRAWN:
                    item.last_error = "withdrawn"
                self._audit.append(s, user.username, action, item.record_id, detail, now)
                record_ids.append(item.record_id)
        self._changed()
        return Changes(outbox=True, record_ids=tuple(record_ids))

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise KnownError("reason_required")
    if len(reason) > REASON_MAX:
        raise KnownError("reason_too_long")
    return reason


def _row(item: OutboxItem, code: str, subject: str) -> QueueItemRow:
    return QueueItemRow(
        item_id=item.id,
        record_id=item.record_id,
        version=item.version,
        kind=RecordKind(item.kind),
        tracking_code=code,
        state=QueueState(item.state),
        attempts=item.attempts,
        next_attempt_at=item.next_attempt_at,
        last_error=item.last_error,
        updated_at=item.updated_at,
        subject=subject,
    )


def _result(text: str) -> RecordResult | None:
    if not text:
        return None
    try:
        return RecordResult.model_validate_json(text)
    except ValidationError:
        return None


def _sync_history(session: Session, record_id: str) -> list[tuple[datetime, str, str]]:
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.actor, AuditEvent.action)
        .where(AuditEvent.target == record_id, AuditEvent.action.like("sync.%"))
        .order_by(AuditEvent.seq)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]
