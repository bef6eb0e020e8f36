"""Sync with the central system: the outbox store over the counter database, and the sync use cases.

``SqlOutboxStore`` implements ``sync.pump.OutboxStore`` over the core's ``outbox``, ``records`` and
``record_versions`` tables and this part's ``sync_meta`` / ``reference_sets``. Every method is one
transaction; the center's answers for one batch are committed together (``apply_results``).

``SyncService`` is what the GUI and the command line call: ``connect`` (point the counter at a center),
``run_once`` (one headless cycle, ``psc-counter sync --once``), ``start``/``stop``/``sync_now`` (the
background pump thread), ``status`` (the status bar). Audit events: a batch's acknowledgements
(``sync.acked``, one event per batch), each conflict and rejection (``sync.conflict`` / ``sync.rejected``),
status updates from the center (``sync.updates``), new reference data (``sync.reference``) and ``connect``.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from sqlalchemy import Table, bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from app.config import DEFAULT_TRACKING_BASE_URL
from app.domain.records import QueueState
from app.domain.reference import ReferenceData, ReferenceDataError
from app.domain.roles import Permission
from app.domain.thaidate import bangkok_date
from app.domain.tracking import access_token_digest, canonical_station_code
from app.services.access import require
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.types import Changes, CurrentUser, KnownError
from app.storage.base import driver_connection, sql_datetime
from app.storage.models import AuditEvent, ExtraHoliday, OutboxItem, Record, RecordVersion
from app.storage.sealing import open_payload_text, sealer_of
from app.storage.sync_state import CitizenSurvey, ReferenceSet, SyncMeta
from sync.client import AuthError, CentralClient, SyncError
from sync.protocol import (
    AuditAnchor,
    CentralStatus,
    RecordKey,
    RecordResult,
    ReferenceDataset,
    ReferenceKind,
    ResultStatus,
    StatusUpdate,
    SurveyResult,
    WireRecord,
    result_json,
    wire_json,
)
from sync.pump import CycleReport, OutgoingItem, Pump, PumpThread, SyncStatus

log = logging.getLogger("psc.sync")

SYSTEM_ACTOR = "sync"  # the audit actor of what the pump does on its own
CENTER_HOLIDAY = "center"  # ExtraHoliday.added_by of holidays the center published


class MetaKey(StrEnum):
    """Keys of ``sync_meta``."""

    UPDATES_CURSOR = "updates_cursor"
    REFERENCE_VERSION = "reference_version"
    LAST_SUCCESS = "last_success_at"
    LAST_ATTEMPT = "last_attempt_at"
    LAST_ERROR = "last_error"
    TOKEN = "server_token"  # the station's bearer token (the database is encrypted; settings.toml is not)
    STATION = "server_station"  # the station the center said the token names
    AUDIT_ANCHOR = "audit_anchor"  # {"seq", "hash"}: the newest audit chain head the center acknowledged


def _table(model: type[Any]) -> Table:
    """The Core table of a model (typed: ``__table__`` is a ``FromClause`` to mypy)."""
    return cast(Table, model.__table__)


def _get_meta(session: Session, key: MetaKey) -> str:
    row = session.get(SyncMeta, str(key))
    return row.value if row is not None else ""


def _set_meta(session: Session, key: MetaKey, value: str) -> None:
    session.merge(SyncMeta(key=str(key), value=value))


def _parse_time(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# Read once: an enum member's attribute look-up is slow in 3.11, and apply_results tests each answer.
_ACCEPTED = ResultStatus.ACCEPTED
_DUPLICATE = ResultStatus.DUPLICATE
_CONFLICT = ResultStatus.CONFLICT
_ACKED = QueueState.ACKED.value
_CONFLICT_STATE = QueueState.CONFLICT.value
_REJECTED_STATE = QueueState.REJECTED.value
# A batch's answers (apply_results): only items still in flight take one.
_APPLY_RESULT = (
    "UPDATE outbox SET state = ?, last_error = ?, last_result_json = ?, next_attempt_at = NULL, "
    f"updated_at = ? WHERE id = ? AND state = '{QueueState.IN_FLIGHT.value}'"
)
_SET_CENTRAL_REF = (
    f"UPDATE records SET central_ref = ?, central_status = '{CentralStatus.RECEIVED.value}' "
    "WHERE id = ? AND central_ref = ''"
)


@dataclass(frozen=True)
class _Envelope:
    """A record version's fields apart from its payload (what ``wire_json`` reads)."""

    id: str
    version: int
    kind: str
    tracking_code: str
    created_at: str
    sha256: str
    access_token_sha256: str | None
    promised_by: str | None


def _wire_record(envelope: _Envelope, payload_text: str) -> WireRecord:
    # model_construct: our own rows, already checked when they were written.
    return WireRecord.model_construct(
        id=envelope.id,
        version=envelope.version,
        kind=envelope.kind,
        tracking_code=envelope.tracking_code,
        created_at=envelope.created_at,
        payload=json.loads(payload_text),
        sha256=envelope.sha256,
        access_token_sha256=envelope.access_token_sha256,
        promised_by=envelope.promised_by,
    )


# A key named "attachments" in compact JSON text (the quote before the colon cannot be inside a string: an
# unescaped quote ends one), and the same with an empty list.
_ATTACHMENTS_KEY = '"attachments":'
_NO_ATTACHMENTS = '"attachments":[]'


def _no_attachments(payload_text: str) -> list[str] | None:
    """``[]`` when the payload text shows it names no attachment (no key "attachments" anywhere, or each
    one an empty list), else ``None``: then the pump takes them from the parsed payload."""
    named = payload_text.count(_ATTACHMENTS_KEY)
    return [] if named == payload_text.count(_NO_ATTACHMENTS) else None


class SqlOutboxStore:
    """``sync.pump.OutboxStore`` over the counter database."""

    def __init__(self, ctx: AppContext, audit: AuditLog) -> None:
        self._ctx = ctx
        self._audit = audit
        self.on_reference: Callable[[], None] | None = None  # called after new reference data is stored

    # ------------------------------------------------------------------ outbox
    def recover_in_flight(self) -> int:
        """``in_flight`` back to ``pending`` (start-up)."""
        with self._ctx.db.session() as s:
            result = s.execute(
                update(OutboxItem)
                .where(OutboxItem.state == QueueState.IN_FLIGHT.value)
                .values(state=QueueState.PENDING.value, next_attempt_at=None, updated_at=self._ctx.clock())
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    def due_items(self, now: datetime | None, after_item_id: int, limit: int) -> list[OutgoingItem]:
        """Pending items after ``after_item_id``, oldest first, as wire records."""
        query = (
            select(
                OutboxItem.id,
                OutboxItem.attempts,
                OutboxItem.record_id,
                OutboxItem.version,
                OutboxItem.kind,
                OutboxItem.sha256,
                Record.tracking_code,
                Record.access_token,
                Record.promised_by,
                RecordVersion.created_at,
                RecordVersion.payload_json,
            )
            .join(
                RecordVersion,
                (RecordVersion.record_id == OutboxItem.record_id)
                & (RecordVersion.version == OutboxItem.version),
            )
            .join(Record, Record.id == OutboxItem.record_id)
            .where(OutboxItem.state == QueueState.PENDING.value, OutboxItem.id > after_item_id)
            .order_by(OutboxItem.id)
            .limit(limit)
        )
        if now is not None:
            query = query.where((OutboxItem.next_attempt_at.is_(None)) | (OutboxItem.next_attempt_at <= now))
        with self._ctx.db.read_session() as s:
            rows = s.connection().execute(query).tuples().all()  # Core: no ORM row loading
        sealer = sealer_of(self._ctx.db)
        items: list[OutgoingItem] = []
        # Plain tuples, unpacked: a row's attribute look-ups were a tenth of reading a batch.
        for item_id, attempts, rid, version, kind, sha, code, token, promised, created, stored in rows:
            text = open_payload_text(sealer, rid, stored)
            envelope = _Envelope(
                id=rid,
                version=version,
                kind=kind,
                tracking_code=code,
                created_at=created.astimezone(UTC).isoformat(),
                sha256=sha,
                # The tracking page's needs: the token's hash (never the token) and the promised date.
                access_token_sha256=access_token_digest(token) if token else None,
                promised_by=bangkok_date(promised).isoformat() if promised else None,
            )
            # The body carries the stored JSON text as it is (no second encoding of every payload), and
            # the payload is parsed only if something asks for the record (``OutgoingItem``).
            items.append(
                OutgoingItem(
                    item_id,
                    None,
                    attempts,
                    wire_json(envelope, text),
                    key=RecordKey(rid, version, sha),
                    make_record=partial(_wire_record, envelope, text),
                    attachments=_no_attachments(text),
                )
            )
        return items

    def next_due(self) -> datetime | None:
        """The earliest time a pending item may go (the distant past when one may go now)."""
        with self._ctx.db.read_session() as s:
            pending = OutboxItem.state == QueueState.PENDING.value
            if s.scalar(select(OutboxItem.id).where(pending, OutboxItem.next_attempt_at.is_(None)).limit(1)):
                return datetime.min.replace(tzinfo=UTC)
            # ORDER BY … LIMIT 1 rather than MIN(): the column's type then turns the value back into an
            # aware datetime (an aggregate's result skips that processing).
            return s.scalar(
                select(OutboxItem.next_attempt_at)
                .where(pending, OutboxItem.next_attempt_at.is_not(None))
                .order_by(OutboxItem.next_attempt_at)
                .limit(1)
            )

    def mark_in_flight(self, item_ids: Sequence[int]) -> None:
        """Marks items as sent (committed before the request goes out)."""
        with self._ctx.db.session() as s:
            s.execute(
                update(OutboxItem)
                .where(OutboxItem.id.in_(list(item_ids)), OutboxItem.state == QueueState.PENDING.value)
                .values(state=QueueState.IN_FLIGHT.value, updated_at=self._ctx.clock())
            )

    def release(self, retry_at: Mapping[int, datetime], error: str) -> None:
        """Back to ``pending`` with the next attempt time, one more attempt and the error code."""
        if not retry_at:
            return
        now = self._ctx.clock()
        table = _table(OutboxItem)
        # Items that never left (an attachment missing locally) are still pending: they count too.
        movable = (QueueState.IN_FLIGHT.value, QueueState.PENDING.value)
        with self._ctx.db.session() as s:
            s.connection().execute(
                table.update()
                # (IN (…) cannot take part in an executemany: spelled out as OR.)
                .where(
                    table.c.id == bindparam("item_id"),
                    or_(table.c.state == movable[0], table.c.state == movable[1]),
                )
                .values(
                    state=QueueState.PENDING.value,
                    attempts=table.c.attempts + 1,
                    next_attempt_at=bindparam("when"),
                    last_error=error,
                    updated_at=now,
                ),
                [{"item_id": i, "when": w} for i, w in retry_at.items()],
            )

    def apply_results(
        self, answers: Sequence[tuple[OutgoingItem, RecordResult]], anchor: AuditAnchor | None = None
    ) -> None:
        """The center's answers for one batch, in one transaction (only for items still in flight), with
        the anchor the center acknowledged (``note_anchor`` in the same commit: one fsync, not two).

        Written through the driver connection with prepared SQL (``app.storage.base.driver_connection``):
        SQLAlchemy's per-row parameter processing of an executemany was half of committing a batch of
        500 answers, most of a counter's share of a drain after reading the batch."""
        now = self._ctx.clock()
        at = sql_datetime(now)
        rows: list[tuple[str, str, str, str | None, int]] = []
        refs: list[tuple[str, str]] = []
        acked_ids: list[int] = []
        problems: list[tuple[str, OutgoingItem, RecordResult]] = []
        for item, result in answers:
            status = result.status
            if status is _ACCEPTED or status is _DUPLICATE:
                state, error = _ACKED, ""
                acked_ids.append(item.item_id)
                if result.central_ref:
                    refs.append((result.central_ref, item.key.id))
            elif status is _CONFLICT:
                state, error = _CONFLICT_STATE, "conflict"
                problems.append(("sync.conflict", item, result))
            else:
                state, error = _REJECTED_STATE, "rejected"
                problems.append(("sync.rejected", item, result))
            rows.append((state, error, result_json(result), at, item.item_id))
        with self._ctx.db.session() as s:
            raw = driver_connection(s)
            raw.executemany(_APPLY_RESULT, rows)
            if refs:
                # The case number: set once; the first status is "received" until the center moves it.
                raw.executemany(_SET_CENTRAL_REF, refs)
            if acked_ids:
                self._audit.append(
                    s,
                    SYSTEM_ACTOR,
                    "sync.acked",
                    "",
                    {"count": len(acked_ids), "first_item": acked_ids[0], "last_item": acked_ids[-1]},
                    now,
                )
            for action, item, result in problems:
                detail: dict[str, Any] = {"version": item.record.version, "sha256": item.record.sha256}
                if result.sha256:
                    detail["center_sha256"] = result.sha256
                if result.errors:
                    detail["errors"] = [f"{e.field}:{e.code}" for e in result.errors]
                self._audit.append(s, SYSTEM_ACTOR, action, item.record.id, detail, now)
            if anchor is not None:
                _set_meta(s, MetaKey.AUDIT_ANCHOR, anchor.model_dump_json())
        for action, item, _ in problems:
            log.warning("%s for record %s version %d", action, item.record.id, item.record.version)

    def audit_head(self) -> AuditAnchor | None:
        """This counter's audit chain head, sent with each batch as an anchor."""
        with self._ctx.db.read_session() as s:
            row = s.execute(
                select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
            ).first()
        return AuditAnchor(seq=int(row[0]), hash=str(row[1])) if row is not None else None

    def note_anchor(self, anchor: AuditAnchor) -> None:
        """Keeps the anchor the center acknowledged (verify-audit checks the chain against it)."""
        with self._ctx.db.session() as s:
            _set_meta(s, MetaKey.AUDIT_ANCHOR, anchor.model_dump_json())

    def local_anchor(self) -> AuditAnchor | None:
        """The newest anchor the center acknowledged, as kept here."""
        with self._ctx.db.read_session() as s:
            text = _get_meta(s, MetaKey.AUDIT_ANCHOR)
        return AuditAnchor.model_validate_json(text) if text else None

    def attachment(self, sha256: str) -> bytes | None:
        """The plain bytes of a stored attachment, or ``None`` when this counter does not have it."""
        try:
            return self._ctx.attachments.get(sha256)
        except KnownError:
            return None

    # ------------------------------------------------------------------ updates and reference data
    def updates_cursor(self) -> int:
        """The last updates-feed cursor applied."""
        with self._ctx.db.read_session() as s:
            return int(_get_meta(s, MetaKey.UPDATES_CURSOR) or 0)

    def apply_updates(self, updates: Sequence[StatusUpdate], cursor: int) -> None:
        """Writes the center's case number, status, agency and note onto the local records."""
        now = self._ctx.clock()
        records = _table(Record)
        with self._ctx.db.session() as s:
            if updates:
                s.connection().execute(
                    records.update()
                    .where(records.c.id == bindparam("rid"))
                    .values(
                        central_ref=bindparam("ref"),
                        central_status=bindparam("status"),
                        central_agency=bindparam("agency"),
                        central_note=bindparam("note"),
                        central_updated_at=bindparam("at"),
                    ),
                    [
                        {
                            "rid": u.record_id,
                            "ref": u.central_ref,
                            "status": u.status.value,
                            "agency": u.agency,
                            "note": u.note,
                            "at": u.changed_at,
                        }
                        for u in updates
                    ],
                )
                self._audit.append(
                    s, SYSTEM_ACTOR, "sync.updates", "", {"count": len(updates), "cursor": cursor}, now
                )
                for u in updates:
                    if u.survey is not None:
                        self._store_survey(s, u.record_id, u.survey, now)
            _set_meta(s, MetaKey.UPDATES_CURSOR, str(cursor))

    def _store_survey(self, s: Session, record_id: str, survey: SurveyResult, now: datetime) -> None:
        """A citizen's rating from the tracking page, kept with the case and the officer who served it."""
        officer = s.scalar(select(Record.officer).where(Record.id == record_id))
        if officer is None or s.get(CitizenSurvey, record_id) is not None:
            return  # not a record of ours, or already kept (a replayed page of the feed)
        s.add(
            CitizenSurvey(
                record_id=record_id,
                officer=officer,
                rating=survey.rating,
                comment=survey.comment,
                submitted_at=survey.submitted_at,
                received_at=now,
            )
        )
        self._audit.append(s, SYSTEM_ACTOR, "sync.survey", record_id, {"rating": survey.rating}, now)

    def surveys(self) -> list[CitizenSurvey]:
        """Every citizen rating received, newest first (reports and the record detail)."""
        with self._ctx.db.read_session() as s:
            return list(s.scalars(select(CitizenSurvey).order_by(CitizenSurvey.submitted_at.desc())))

    def reference_version(self) -> int:
        """The newest reference data version received (0: only the bundled files)."""
        with self._ctx.db.read_session() as s:
            return int(_get_meta(s, MetaKey.REFERENCE_VERSION) or 0)

    def apply_reference(self, datasets: Sequence[ReferenceDataset], version: int) -> None:
        """Stores newer reference data sets; center holidays replace the previous center holidays."""
        now = self._ctx.clock()
        with self._ctx.db.session() as s:
            for ds in datasets:
                s.merge(
                    ReferenceSet(
                        name=ds.name.value,
                        version=ds.version,
                        data_json=json.dumps(ds.data, ensure_ascii=False),
                        received_at=now,
                    )
                )
                if ds.name is ReferenceKind.HOLIDAYS:
                    _replace_center_holidays(s, ds.data)
            _set_meta(s, MetaKey.REFERENCE_VERSION, str(version))
            self._audit.append(
                s,
                SYSTEM_ACTOR,
                "sync.reference",
                "",
                {"version": version, "sets": {d.name.value: d.version for d in datasets}},
                now,
            )
        if self.on_reference is not None:
            self.on_reference()

    # ------------------------------------------------------------------ status
    def queue_counts(self) -> Mapping[QueueState, int]:
        """Outbox items per state."""
        with self._ctx.db.read_session() as s:
            rows = s.execute(select(OutboxItem.state, func.count()).group_by(OutboxItem.state)).all()
        return {QueueState(state): int(n) for state, n in rows}

    def note_sync(self, at: datetime, ok: bool, error: str) -> None:
        """Records a cycle's outcome."""
        with self._ctx.db.session() as s:
            _set_meta(s, MetaKey.LAST_ATTEMPT, at.isoformat())
            _set_meta(s, MetaKey.LAST_ERROR, error)
            if ok:
                _set_meta(s, MetaKey.LAST_SUCCESS, at.isoformat())

    def last_success(self) -> datetime | None:
        """When a cycle last completed without error."""
        with self._ctx.db.read_session() as s:
            return _parse_time(_get_meta(s, MetaKey.LAST_SUCCESS))


def _replace_center_holidays(session: Session, data: Any) -> None:
    """``{"holidays": [{"date": "YYYY-MM-DD", "name": …}]}`` becomes the center's extra holidays."""
    try:
        entries = [(datetime.fromisoformat(h["date"]).date(), str(h["name"])) for h in data["holidays"]]
    except (KeyError, TypeError, ValueError):
        log.error("center holidays data set is malformed; ignored")
        return
    session.execute(delete(ExtraHoliday).where(ExtraHoliday.added_by == CENTER_HOLIDAY))
    for day, name in entries:
        if session.get(ExtraHoliday, day) is None:  # an administrator's own entry wins
            session.add(ExtraHoliday(day=day, name=name, added_by=CENTER_HOLIDAY))


LOOPBACK_HOSTS = ("localhost", "localhost.")


def check_server_url(server_url: str) -> str:
    """The center's base URL, checked without any name look-up or connection: ``https://``, or ``http://``
    only to this machine (a test or a reverse proxy on the same host). ``KnownError`` otherwise."""
    url = server_url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise KnownError("server_url_invalid", "unparseable") from exc
    if parts.scheme not in ("https", "http") or not host or parts.query or parts.fragment:
        raise KnownError("server_url_invalid", parts.scheme or "no scheme")
    if parts.scheme == "http":
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host.lower() in LOOPBACK_HOSTS
        if not loopback:
            raise KnownError("server_url_insecure", host)
    return url


def read_token_file(token_file: str | Path) -> str:
    """The station token from the file the center issued (``token_file_missing`` when there is none). The
    token is never typed or shown: the command and the Settings screen both take the file."""
    path = Path(token_file)
    if not str(token_file).strip() or not path.is_file():
        raise KnownError("token_file_missing", str(path))
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError("token_file_missing", type(exc).__name__) from exc


@dataclass(frozen=True)
class Connection:
    """How this counter reaches its center."""

    server_url: str
    token: str
    ca_bundle: str
    client_cert: str = ""
    client_key: str = ""


class SyncService:
    """Sync use cases for the GUI and the command line."""

    def __init__(
        self,
        ctx: AppContext,
        audit: AuditLog,
        *,
        rng: random.Random | None = None,
        timeout: float | None = None,
        on_reference: Callable[[ReferenceData], None] | None = None,
    ) -> None:
        self._ctx = ctx
        self._audit = audit
        self._rng = rng or random.Random()
        self._timeout = timeout
        self.store = SqlOutboxStore(ctx, audit)
        self.store.on_reference = self.load_reference
        self._on_reference = on_reference
        self._thread: PumpThread | None = None
        self._pump: Pump | None = None
        self._queue: Any = None
        self._reconciliation: Any = None
        self._status_listeners: list[Callable[[SyncStatus], None]] = []
        self._cycle_listeners: list[Callable[[CycleReport], None]] = []
        # Sends queued erasure requests to the center after each cycle (LifecycleService.send_erasures).
        self.send_erasures: Callable[[CentralClient], int] | None = None
        self.load_reference()

    # ------------------------------------------------------------------ connection
    def connection(self) -> Connection | None:
        """The configured center, or ``None`` when the counter is not connected."""
        url = self._ctx.settings.server_url.strip()
        if not url:
            return None
        with self._ctx.db.read_session() as s:
            token = _get_meta(s, MetaKey.TOKEN)
        if not token and self._ctx.settings.server_token_file:
            path = Path(self._ctx.settings.server_token_file)
            token = path.read_text(encoding="utf-8").strip() if path.exists() else ""
        if not token:
            return None
        settings = self._ctx.settings
        return Connection(
            url, token, settings.ca_bundle.strip(), settings.client_cert.strip(), settings.client_key.strip()
        )

    def connect(
        self,
        server_url: str,
        token: str,
        ca_bundle: str = "",
        actor: str = "cli",
        *,
        client_cert: str = "",
        client_key: str = "",
    ) -> str:
        """Points the counter at a center once ``/v1/health`` confirms the token names this station;
        returns the station. Nothing is saved unless the center confirmed it.

        ``KnownError``: ``server_url_invalid``, ``server_url_insecure`` (``http://`` to a host other than
        this machine: refused before any name look-up or connection), ``token_empty``, ``token_refused``
        (the center answered 401 or names another station), ``server_unreachable``.
        ``client_cert``/``client_key`` are PEM files for a center that requires mutual TLS.
        """
        url = check_server_url(server_url)
        token = token.strip()
        if not token:
            raise KnownError("token_empty")
        for path in (ca_bundle, client_cert, client_key):
            if path and not Path(path).is_file():
                raise KnownError("ca_bundle_missing", path)
        client = CentralClient(
            url,
            token,
            ca_bundle=ca_bundle or None,
            client_cert=(client_cert, client_key or None) if client_cert else None,
            timeout=15,
            clock=self._ctx.clock,
        )
        try:
            station = client.health().station or ""
        except AuthError as exc:
            raise KnownError("token_refused", "401") from exc
        except SyncError as exc:
            raise KnownError("server_unreachable", exc.detail) from exc
        finally:
            client.close()
        own = self._ctx.settings.station_code
        if not station:
            raise KnownError("token_refused", "the center does not know this token")
        if own and canonical_station_code(station) != canonical_station_code(own):
            raise KnownError("token_refused", f"token of station {station}, this counter is {own}")
        settings = self._ctx.settings
        # A connected counter's receipts lead to its center's tracking page, unless a deployment set its own
        # address (anything but the default or the previous center's page stays as it is).
        previous = f"{settings.server_url.rstrip('/')}/track/" if settings.server_url else None
        if settings.tracking_base_url in (DEFAULT_TRACKING_BASE_URL, "", previous):
            settings.tracking_base_url = f"{url}/track/"
        settings.server_url = url
        settings.ca_bundle = ca_bundle
        settings.client_cert = client_cert
        settings.client_key = client_key
        self._ctx.save_settings()
        with self._ctx.db.session() as s:
            _set_meta(s, MetaKey.TOKEN, token)
            _set_meta(s, MetaKey.STATION, station)
            self._audit.append(
                s,
                actor,
                "sync.connect",
                "",
                {"server_url": url, "station": station, "ca_bundle": bool(ca_bundle)},
                self._ctx.clock(),
            )
        self._pump = None  # the next cycle uses the new connection
        return station

    def connect_as(
        self,
        user: CurrentUser,
        server_url: str,
        token_file: str,
        ca_bundle: str = "",
        *,
        client_cert: str = "",
        client_key: str = "",
    ) -> str:
        """``connect`` for a signed-in administrator (the Settings screen): the permission, then exactly the
        checks of ``psc-counter connect`` (the URL before any look-up, the token file, ``/v1/health``
        naming this station; nothing saved otherwise). The background pump restarts on the connection now
        configured (the new one, or the old one after a refusal). Returns the station."""
        self.require(user, Permission.MANAGE_STATION)
        check_server_url(server_url)
        token = read_token_file(token_file)
        if self.running:
            self.stop()  # the old connection's thread must not keep sending on the old token
        try:
            return self.connect(
                server_url,
                token,
                ca_bundle,
                actor=user.username,
                client_cert=client_cert,
                client_key=client_key,
            )
        finally:
            self.start()

    # ------------------------------------------------------------------ audit anchor
    def audit_anchor(self) -> tuple[AuditAnchor | None, str]:
        """The anchor ``verify-audit`` checks the chain against, and where it came from.

        The center's copy when it answers (someone holding the database key can rewrite the local copy
        too), else the one kept here when the center acknowledged it: ``("center" | "local" | "none")``."""
        local = self.store.local_anchor()
        conn = self.connection()
        if conn is not None:
            client = CentralClient(
                conn.server_url,
                conn.token,
                ca_bundle=conn.ca_bundle or None,
                client_cert=(conn.client_cert, conn.client_key or None) if conn.client_cert else None,
                timeout=15,
                clock=self._ctx.clock,
            )
            try:
                remote = client.audit_anchor()
            except SyncError:
                remote = None
                log.warning("the center's audit anchor could not be fetched; checking the local copy")
            else:
                if remote is not None and (local is None or remote.seq >= local.seq):
                    return remote, "center"
            finally:
                client.close()
        return (local, "local") if local is not None else (None, "none")

    # ------------------------------------------------------------------ the pump
    def add_listener(
        self,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_cycle: Callable[[CycleReport], None] | None = None,
    ) -> None:
        """Registers callbacks for status changes and finished cycles (called on the pump's thread)."""
        if on_status is not None:
            self._status_listeners.append(on_status)
        if on_cycle is not None:
            self._cycle_listeners.append(on_cycle)

    def remove_listener(self, callback: Callable[[Any], None]) -> None:
        """Unregisters a callback given to ``add_listener``."""
        for listeners in (self._status_listeners, self._cycle_listeners):
            while callback in listeners:
                listeners.remove(callback)

    def _fan_status(self, status: SyncStatus) -> None:
        for listener in list(self._status_listeners):
            listener(status)

    def _fan_cycle(self, report: CycleReport) -> None:
        for listener in list(self._cycle_listeners):
            listener(report)

    def _make_pump(self, on_status: Callable[[SyncStatus], None] | None = None) -> Pump:
        conn = self.connection()
        if conn is None:
            raise KnownError("not_connected")
        client = CentralClient(
            conn.server_url,
            conn.token,
            ca_bundle=conn.ca_bundle or None,
            client_cert=(conn.client_cert, conn.client_key or None) if conn.client_cert else None,
            clock=self._ctx.clock,
            **({"timeout": self._timeout} if self._timeout else {}),
        )
        return Pump(
            self.store,
            client,
            self._ctx.clock,
            self._rng,
            on_status=on_status or self._fan_status,
            on_cycle=lambda report: self._after_cycle(client, report),
        )

    def _after_cycle(self, client: CentralClient, report: CycleReport) -> None:
        # Erasure requests go with the sync (PDPA: app.services.lifecycle); after a cycle that reached
        # the center, so a refused or unreachable center leaves them queued for the next one.
        if self.send_erasures is not None and not report.error:
            try:
                self.send_erasures(client)
            except SyncError as exc:
                log.warning("erasures not sent this cycle: %s", type(exc).__name__)
        self._fan_cycle(report)

    def run_once(self) -> CycleReport:
        """One push/pull cycle now, back-off timers ignored (``psc-counter sync --once``).

        Not while the background thread runs (two pumps would send the same items): use ``sync_now``."""
        if self.running:
            raise KnownError("sync_running")
        pump = self._make_pump()
        try:
            pump.recover()
            return pump.cycle(force=True)
        finally:
            pump.client.close()

    def drained(self) -> bool:
        """True when nothing is left to send or settle (every item acked or withdrawn)."""
        counts = self.store.queue_counts()
        return all(state in (QueueState.ACKED, QueueState.WITHDRAWN) for state, n in counts.items() if n)

    def start(self, poll_s: float = 60.0) -> bool:
        """Starts the background pump thread (never the GUI thread); False when not connected.

        Status and cycle reports go to the callbacks given to ``add_listener``."""
        if self._thread is not None and self._thread.alive:
            return True
        try:
            self._pump = self._make_pump()
        except KnownError:
            return False
        self._thread = PumpThread(self._pump, poll_s=poll_s)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stops the background thread (waits for a request in progress)."""
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
        if self._pump is not None:
            self._pump.client.close()
            self._pump = None

    def sync_now(self) -> None:
        """Asks the background thread to cycle now, ignoring back-off (the status bar's button)."""
        if self._thread is not None:
            self._thread.wake(force=True)

    def notify_queued(self) -> None:
        """A record was just saved: let the background thread send it without waiting for the poll."""
        if self._thread is not None:
            self._thread.wake()

    @property
    def running(self) -> bool:
        """Whether the background thread runs."""
        return self._thread is not None and self._thread.alive

    def status(self) -> SyncStatus:
        """What the status bar shows (also when the thread is not running)."""
        if self._pump is not None:
            return self._pump.status()
        counts = self.store.queue_counts()
        with self._ctx.db.read_session() as s:
            error = _get_meta(s, MetaKey.LAST_ERROR)
        return SyncStatus(
            online=None,
            waiting=counts.get(QueueState.PENDING, 0) + counts.get(QueueState.IN_FLIGHT, 0),
            attention=counts.get(QueueState.CONFLICT, 0) + counts.get(QueueState.REJECTED, 0),
            held=counts.get(QueueState.HELD, 0),
            last_success=self.store.last_success(),
            last_error=error or ("not_connected" if self.connection() is None else ""),
        )

    # ------------------------------------------------------------------ reference data
    def load_reference(self) -> None:
        """Puts the newest received agencies/categories in place of the bundled ones (and the calendar)."""
        with self._ctx.db.read_session() as s:
            sets = {r.name: json.loads(r.data_json) for r in s.scalars(select(ReferenceSet))}
        if ReferenceKind.HOLIDAYS.value in sets:
            self._ctx.reload_calendar()
        if not ({ReferenceKind.CATEGORIES.value, ReferenceKind.AGENCIES.value} & sets.keys()):
            return
        categories, agencies = ReferenceData.load_bundled().to_dicts()
        try:
            data = ReferenceData.from_dict(
                sets.get(ReferenceKind.CATEGORIES.value, categories),
                sets.get(ReferenceKind.AGENCIES.value, agencies),
            )
        except ReferenceDataError:
            log.error("reference data from the center is malformed; keeping the current set")
            return
        self._ctx.reference = data
        if self._on_reference is not None:
            self._on_reference(data)

    @property
    def queue(self) -> Any:
        """The supervisor's queue service (``app.services.queue.QueueService``), made on first use."""
        if self._queue is None:
            from app.services.queue import QueueService

            self._queue = QueueService(self._ctx, self._audit, on_change=self.notify_queued)
        return self._queue

    @property
    def reconciliation(self) -> Any:
        """The reconciliation service (``app.services.reconciliation.ReconciliationService``)."""
        if self._reconciliation is None:
            from app.services.reconciliation import ReconciliationService

            self._reconciliation = ReconciliationService(self._ctx, self._audit, self)
        return self._reconciliation

    def require(self, user: CurrentUser, permission: Permission) -> None:
        """Raises ``PermissionDenied`` unless the user may do this (``SessionEnded`` for a stale session)."""
        require(self._ctx, self._audit, user, permission, action=f"sync.{permission.value}")


def changes_of(report: CycleReport) -> Changes:
    """What a cycle changed, for screens to refresh."""
    touched = bool(report.sent or report.updates)
    return Changes(records=bool(report.acked or report.updates), outbox=touched)


def build_sync(services: Any) -> SyncService:
    """Wires the sync service (with the queue and reconciliation services) into a ``Services`` bundle."""
    sync_service = SyncService(services.ctx, services.audit_log, on_reference=services.reference.replace)
    services.sync = sync_service
    if getattr(services, "lifecycle", None) is not None:
        sync_service.send_erasures = services.lifecycle.send_erasures
    return sync_service
