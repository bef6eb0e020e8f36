"""The reference central service's behaviour, apart from HTTP: stations, intake, updates, reconciliation.

``Central`` is what the FastAPI app and the ``psc-counter central`` commands call. Every method is one
transaction. Intake follows docs/ARCHITECTURE.md, Sync to the letter: a record version is stored once and
never changed; a
replay is ``duplicate`` with the same case number; the same id and version with other content is
``conflict`` and overwrites nothing; a record that fails validation is ``rejected`` with field errors.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, Select, Table, create_engine, event, func, insert, select
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from app.domain.clock import BANGKOK, Clock, system_clock
from app.domain.records import RecordKind
from app.domain.tracking import StationCodeError, canonical_station_code, normalize_tracking_code
from sync.protocol import (
    AuditAnchor,
    CentralStatus,
    ErrorCode,
    FieldError,
    HeldRecord,
    Reconciliation,
    RecordResult,
    ReferenceDataset,
    ReferenceKind,
    ReferenceUpdates,
    ResultStatus,
    StatusUpdate,
    SurveyResult,
    UpdatesPage,
    WireRecord,
    payload_attachments,
)
from sync.server.models import (
    Attachment,
    Case,
    CentralBase,
    CentralRecord,
    ReferenceVersion,
    Station,
    StatusChange,
    Survey,
    Utc,
)
from sync.server.models import AuditAnchor as AnchorRow
from sync.server.sealing import Sealer, ephemeral_sealer
from sync.server.validation import canonical_payload, parse_rfc3339, validate_record

log = logging.getLogger("psc.central")

# Database parameters per IN (…) query: far under SQLite's and PostgreSQL's limits, and a batch is ≤ 500.
_IN_CHUNK = 500
# A concurrent writer (another process on PostgreSQL) may insert the same version between our read and
# write; the unique constraint catches it and the batch is evaluated again, at most this many times.
_INTEGRITY_RETRIES = 3
# Attachment bytes one station may keep unless the operator sets another quota (``central set-quota``):
# a year of scans at a busy counter, and a bound on what a stolen station token can fill the disk with.
DEFAULT_QUOTA_BYTES = 2 * 1024**3
# Enum values read once per record of every batch (an enum's ``.value`` is a slow attribute in 3.11).
_SURVEY = RecordKind.SURVEY_RESPONSE.value
_RECEIVED = CentralStatus.RECEIVED.value
_CASE_REF_RE = re.compile(r"^PSC\d{4}-\d{8}$")


# One record's answer: (status, central_ref, the center's sha256 for duplicate/conflict, field errors).
Outcome = tuple[ResultStatus, str | None, str | None, list[FieldError]]


class CentralError(Exception):
    """A refused central command (unknown case, station already registered…); ``code`` is stable."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class StationInfo:
    """An authenticated station."""

    id: int
    code: str


def _sqlite_on_connect(dbapi_conn: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WORKAROUND (pysqlite): let SQLAlchemy's ``begin`` listener issue BEGIN itself; the driver's own
    # implicit transactions would start a deferred BEGIN that fails with "database is locked" on write.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _owner_only_sqlite(url: str) -> None:
    """Creates a SQLite file owner-only before SQLite does: its WAL and shared-memory files copy its mode."""
    path_text = url.split(":///", 1)[1] if ":///" in url else ""
    if not path_text or path_text == ":memory:":
        return
    path = Path(path_text.split("?", 1)[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if os.name == "posix":
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if name.exists():
                name.chmod(0o600)


def create_central_engine(url: str) -> Engine:
    """An engine for the central database: ``sqlite:///path`` (default) or ``postgresql://…`` (psycopg 3).

    A SQLite file is created owner-only (0600), and so are its WAL and shared-memory files."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        if not memory:
            _owner_only_sqlite(url)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False},
            poolclass=StaticPool if memory else None,
        )
        event.listen(engine, "connect", _sqlite_on_connect)

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn: object) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

        return engine
    # Each request holds a connection while it runs, and FastAPI runs up to 40 requests at once (anyio's
    # thread limit): with the default pool of 5 + 10 many counters syncing together wait for a connection
    # and time out after 30 s (issue 15's load benchmark).
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=30)


def token_digest(token: str) -> str:
    """How a bearer token is kept: its SHA-256 (a stolen database does not hand out tokens)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """``conn.execute(insert(table), rows)`` (all rows with the same keys) as one executemany of the
    driver, with each value converted by its column's type as SQLAlchemy would, but each distinct time
    once: SQLAlchemy's per-row parameter processing was a quarter of storing a batch, most of it the same
    ``now`` converted for every row (a batch's times are ``now`` and each record's ``created_at``)."""
    if not rows:
        return
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    converters: dict[str, Callable[[Any], Any]] = {}
    for key in keys:
        column_type = table.c[key].type
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            continue
        if isinstance(column_type, Utc):
            memo: dict[Any, Any] = {}

            def converted(
                value: Any, process: Callable[[Any], Any] = process, memo: dict[Any, Any] = memo
            ) -> Any:
                found = memo.get(value, memo)
                if found is memo:
                    found = memo[value] = process(value)
                return found

            converters[key] = converted
        else:
            converters[key] = process
    params: list[Any]
    if compiled.positional:
        order = [compiled.binds[name].key for name in compiled.positiontup or ()]
        steps = [(k, converters.get(k)) for k in order]
        params = [tuple([row[k] if c is None else c(row[k]) for k, c in steps]) for row in rows]
    else:
        params = [{k: converters[k](v) if k in converters else v for k, v in row.items()} for row in rows]
    conn.exec_driver_sql(str(compiled), params)


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


class Central:
    """The central service over one database.

    ``sealer`` seals what is stored (payloads, attachments, survey comments) with a key kept outside the
    database (``sync.server.sealing``); without one, a random key that lives only in this process is used
    (tests), so every command of a real deployment passes the key it loaded.
    """

    def __init__(
        self,
        engine: Engine,
        clock: Clock = system_clock,
        sealer: Sealer | None = None,
        quota_bytes: int = DEFAULT_QUOTA_BYTES,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.sealer: Sealer = sealer or ephemeral_sealer()
        self.quota_bytes = quota_bytes
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer at a time inside this process: SQLite takes one anyway, and on PostgreSQL it keeps
        # two replays of the same batch from racing to the unique constraint.
        self._write_lock = threading.Lock()
        CentralBase.metadata.create_all(engine)

    @classmethod
    def from_url(cls, url: str, clock: Clock = system_clock, sealer: Sealer | None = None) -> Central:
        """Opens (and creates when missing) the central database at ``url``."""
        return cls(create_central_engine(url), clock, sealer)

    def session(self) -> Session:
        """A new session (callers use ``with central.session() as s, s.begin():``)."""
        return self._sessions()

    # ------------------------------------------------------------------ sealing (one pair for all callers)
    def seal_payload(self, record_id: str, version: int, canonical: bytes) -> bytes:
        """The stored form of one record version's canonical JSON (bound to that id and version)."""
        return self.sealer.seal(canonical, f"record:{record_id}:{version}".encode())

    def unseal_payload(self, record_id: str, version: int, sealed: bytes) -> bytes:
        """The canonical JSON of a stored record version (``SealError`` when it does not open)."""
        return self.sealer.unseal(sealed, f"record:{record_id}:{version}".encode())

    # ------------------------------------------------------------------ stations
    @staticmethod
    def station_code(code: str) -> str:
        """The canonical three-digit code (``CentralError("station_code_invalid")`` otherwise)."""
        try:
            return canonical_station_code(code)
        except StationCodeError as exc:
            raise CentralError("station_code_invalid", str(exc)) from exc

    def add_station(self, code: str, name: str = "") -> str:
        """Registers a station and returns its new bearer token (shown once; only its hash is kept)."""
        code = self.station_code(code)
        token = secrets.token_urlsafe(32)
        with self._write_lock, self._sessions.begin() as s:
            if s.scalar(select(Station.id).where(Station.code == code)) is not None:
                raise CentralError("station_exists", code)
            s.add(Station(code=code, name=name, token_sha256=token_digest(token), created_at=self.clock()))
        log.info("station %s registered", code)
        return token

    def revoke_station(self, code: str) -> None:
        """Ends a station's token at once: its next request gets 401 (nothing is cached)."""
        with self._changing_station(code) as station:
            station.active = False
            # The hash goes too, so re-activating needs a new token (rotate-token).
            station.token_sha256 = f"revoked:{secrets.token_hex(24)}"
        log.warning("station %s revoked", self.station_code(code))

    def rotate_token(self, code: str) -> str:
        """A new token for a station (re-activating a revoked one); the old token stops working at once."""
        token = secrets.token_urlsafe(32)
        with self._changing_station(code) as station:
            station.token_sha256 = token_digest(token)
            station.active = True
        log.warning("station %s token rotated", self.station_code(code))
        return token

    def set_quota(self, code: str, quota_bytes: int | None) -> None:
        """Sets a station's attachment quota in bytes (``None``: the service default)."""
        with self._changing_station(code) as station:
            station.quota_bytes = quota_bytes

    @contextmanager
    def _changing_station(self, code: str) -> Iterator[Station]:
        """A station's row to change, in a write transaction (``unknown_station`` when there is none)."""
        code = self.station_code(code)
        with self._write_lock, self._sessions.begin() as s:
            station = s.scalar(select(Station).where(Station.code == code))
            if station is None:
                raise CentralError("unknown_station", code)
            yield station

    def authenticate(self, token: str) -> StationInfo | None:
        """The active station a bearer token names, or ``None``.

        Read from the database on every request (one indexed look-up): a revoked or rotated token stops
        working at the next request, in every process serving this database."""
        digest = token_digest(token)
        with self._sessions() as s:
            row = s.execute(
                select(Station.id, Station.code).where(Station.token_sha256 == digest, Station.active)
            ).first()
        if row is None:
            return None
        return StationInfo(id=row.id, code=row.code)

    # ------------------------------------------------------------------ intake
    def ingest(
        self,
        station: StationInfo,
        records: Sequence[WireRecord],
        before_commit: Callable[[], None] | None = None,
    ) -> list[RecordResult]:
        """Stores a batch in one transaction and answers one result per record, in order.

        ``before_commit`` runs inside the transaction after every row is written (a test hook: raising
        there rolls the whole batch back).
        """
        # model_construct: these values are ours and already of the right types (10 k results: 0.2 s less).
        return [
            RecordResult.model_construct(
                id=rec.id, version=rec.version, status=status, central_ref=ref, sha256=sha, errors=errors
            )
            for rec, (status, ref, sha, errors) in zip(
                records, self.ingest_outcomes(station, records, before_commit), strict=True
            )
        ]

    def ingest_outcomes(
        self,
        station: StationInfo,
        records: Sequence[WireRecord],
        before_commit: Callable[[], None] | None = None,
        anchor: AuditAnchor | None = None,
    ) -> list[Outcome]:
        """``ingest`` as plain (status, central_ref, sha256, errors) tuples, in request order: what the
        HTTP endpoint encodes straight to JSON (a result model per record cost a tenth of a batch).

        ``anchor`` (the counter's audit chain head sent with the batch) is kept in the batch's own
        transaction: it is stored exactly when the batch is, with one commit (one fsync) instead of two."""
        with self._write_lock:
            for attempt in range(_INTEGRITY_RETRIES):
                try:
                    return self._ingest_once(station, records, before_commit, anchor)
                except IntegrityError:
                    if attempt == _INTEGRITY_RETRIES - 1:
                        raise
                    log.warning("batch raced another writer; evaluating it again")
        raise AssertionError("unreachable")  # pragma: no cover

    def _ingest_once(
        self,
        station: StationInfo,
        records: Sequence[WireRecord],
        before_commit: Callable[[], None] | None,
        anchor: AuditAnchor | None = None,
    ) -> list[Outcome]:
        now = self.clock()
        ids = sorted({r.id for r in records})
        named = sorted({h for r in records for h in payload_attachments(r.payload)})
        # (status, central_ref, center's sha256, errors) per record, in request order.
        outcomes: list[Outcome] = []
        # A Core connection, not a Session: nothing here needs the ORM, whose per-statement cost is not free.
        with self.engine.begin() as s:
            held: dict[tuple[str, int], str] = {}
            cases: dict[str, tuple[int, str]] = {}  # record id -> (station id, central_ref)
            code_owner: dict[str, str] = {}  # tracking code -> record id, of the codes in this batch
            normalized = [normalize_tracking_code(r.tracking_code) for r in records]
            codes = sorted(set(normalized))
            for chunk in _chunks(codes):
                for code, rid in s.execute(
                    select(Case.tracking_code, Case.record_id).where(Case.tracking_code.in_(chunk))
                ):
                    code_owner[code] = rid
            for chunk in _chunks(ids):
                for rid, ver, sha in s.execute(
                    select(CentralRecord.record_id, CentralRecord.version, CentralRecord.sha256).where(
                        CentralRecord.record_id.in_(chunk)
                    )
                ):
                    held[(rid, ver)] = sha
                for rid, sid, ref in s.execute(
                    select(Case.record_id, Case.station_id, Case.central_ref).where(Case.record_id.in_(chunk))
                ):
                    cases[rid] = (sid, ref or "")
            attachments: set[str] = set()
            for chunk in _chunks(named):
                attachments.update(
                    s.scalars(
                        select(Attachment.sha256).where(
                            Attachment.station_id == station.id, Attachment.sha256.in_(chunk)
                        )
                    )
                )
            # Case numbers are taken from the next free id here (we hold the write lock); a writer in
            # another process taking the same id hits the primary key and the batch is evaluated again.
            next_case = (s.scalar(select(func.max(Case.id))) or 0) + 1
            be_year = now.astimezone(BANGKOK).year + 543
            new_cases: list[dict[str, object]] = []
            rows: list[dict[str, object]] = []
            for rec, code in zip(records, normalized, strict=True):
                canon = canonical_payload(rec.payload)
                errors = validate_record(rec, attachments, canon, station_code=station.code, now=now)
                case = cases.get(rec.id)
                if not errors and case is not None and case[0] != station.id:
                    errors = [
                        FieldError(
                            field="id",
                            code=str(ErrorCode.FOREIGN_RECORD),
                            message="รหัสเรื่องนี้เป็นของจุดบริการอื่น",
                        )
                    ]
                # A survey_response rates another case and may carry that case's code: it is exempt from
                # uniqueness and does not become the code's owner (the alias keeps naming the case).
                rating = rec.kind == _SURVEY
                owns_code = True
                if rating:
                    owns_code = not errors and code_owner.setdefault(code, rec.id) == rec.id
                elif not errors and code_owner.setdefault(code, rec.id) != rec.id:
                    errors = [
                        FieldError(
                            field="tracking_code",
                            code=str(ErrorCode.TRACKING_CODE_TAKEN),
                            message="เลขติดตามเรื่องนี้ถูกใช้กับเรื่องอื่นแล้ว",
                        )
                    ]
                if errors:
                    outcomes.append((ResultStatus.REJECTED, None, None, errors))
                    continue
                assert canon is not None  # validate_record checked the hash of it
                key = (rec.id, rec.version)
                if key in held:
                    status = ResultStatus.DUPLICATE if held[key] == rec.sha256 else ResultStatus.CONFLICT
                    outcomes.append((status, case[1] if case else None, held[key], []))
                    continue
                created = parse_rfc3339(rec.created_at)
                assert created is not None  # validate_record checked it
                if case is None:
                    ref = f"PSC{be_year}-{next_case:08d}"
                    new_cases.append(
                        {
                            "id": next_case,
                            "record_id": rec.id,
                            "station_id": station.id,
                            "central_ref": ref,
                            "tracking_code": code if not rating or owns_code else None,
                            "access_sha256": rec.access_token_sha256,
                            "promised_by": rec.promised_by,
                            "status": _RECEIVED,
                            "agency": "",
                            "note": "",
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    next_case += 1
                    case = cases[rec.id] = (station.id, ref)
                rows.append(
                    {
                        "record_id": rec.id,
                        "version": rec.version,
                        "station_id": station.id,
                        "kind": rec.kind,
                        "tracking_code": rec.tracking_code,
                        "created_at": created,
                        "bangkok_day": created.astimezone(BANGKOK).date().isoformat(),
                        "payload_sealed": self.seal_payload(rec.id, rec.version, canon),
                        "sha256": rec.sha256,
                        "received_at": now,
                    }
                )
                held[key] = rec.sha256
                outcomes.append((ResultStatus.ACCEPTED, case[1], rec.sha256, []))
            # Plain executemany inserts on the tables, through the driver (``_insert_many``): the ORM's unit
            # of work costs ~1 ms a row at these sizes, and even its bulk path re-collects every row.
            _insert_many(s, cast(Table, Case.__table__), new_cases)
            _insert_many(s, cast(Table, CentralRecord.__table__), rows)
            if anchor is not None:
                s.execute(
                    insert(cast(Table, AnchorRow.__table__)),
                    {"station_id": station.id, "seq": anchor.seq, "hash": anchor.hash, "received_at": now},
                )
            if before_commit is not None:
                before_commit()
        # The center's sha256 is told for duplicate and conflict only.
        return [
            (status, ref, None if status is ResultStatus.ACCEPTED else sha, errors)
            for status, ref, sha, errors in outcomes
        ]

    # ------------------------------------------------------------------ attachments
    @staticmethod
    def _attachment_context(station_id: int, sha256: str) -> bytes:
        return f"attachment:{station_id}:{sha256}".encode()

    def attachment_owner(self, station: StationInfo, sha256: str) -> AttachmentAccess:
        """Whether this station holds the file, only another station does, or nobody."""
        with self._sessions() as s:
            owners = set(s.scalars(select(Attachment.station_id).where(Attachment.sha256 == sha256)))
        if station.id in owners:
            return AttachmentAccess.OWN
        return AttachmentAccess.FOREIGN if owners else AttachmentAccess.NONE

    def has_attachment(self, station: StationInfo, sha256: str) -> bool:
        """Whether this station holds the file with this hash."""
        return self.attachment_owner(station, sha256) is AttachmentAccess.OWN

    def get_attachment(self, station: StationInfo, sha256: str) -> bytes | None:
        """The plain bytes of one of this station's files, or ``None``."""
        with self._sessions() as s:
            row = s.get(Attachment, (station.id, sha256))
            if row is None:
                return None
            return self.sealer.unseal(row.data, self._attachment_context(station.id, sha256))

    def attachment_usage(self, station: StationInfo) -> tuple[int, int]:
        """Bytes of attachments this station keeps, and its quota."""
        with self._sessions() as s:
            used = s.scalar(select(func.sum(Attachment.size)).where(Attachment.station_id == station.id))
            quota = s.scalar(select(Station.quota_bytes).where(Station.id == station.id))
        return int(used or 0), self.quota_bytes if quota is None else int(quota)

    def put_attachment(self, station: StationInfo, sha256: str, data: bytes) -> bool:
        """Stores one of this station's files, sealed; returns whether it was new.

        ``CentralError``: ``attachment_hash_mismatch``; ``quota_exceeded`` when the station's files would
        pass its quota (nothing stored)."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise CentralError("attachment_hash_mismatch")
        with self._write_lock:
            if self.has_attachment(station, sha256):
                return False
            used, quota = self.attachment_usage(station)
            if used + len(data) > quota:
                raise CentralError("quota_exceeded", f"{used + len(data)} > {quota} bytes")
            with self._sessions.begin() as s:
                s.add(
                    Attachment(
                        station_id=station.id,
                        sha256=sha256,
                        size=len(data),
                        data=self.sealer.seal(data, self._attachment_context(station.id, sha256)),
                        created_at=self.clock(),
                    )
                )
        return True

    # ------------------------------------------------------------------ status and the updates feed
    @staticmethod
    def _case_query(ref: str) -> Select[tuple[Case]]:
        """The case a reference names: a central case number or (its alias) a tracking code, any grouping."""
        text = ref.strip().upper()
        if _CASE_REF_RE.match(text):
            return select(Case).where(Case.central_ref == text)
        return select(Case).where(Case.tracking_code == normalize_tracking_code(text))

    def set_status(
        self, ref: str, status: CentralStatus, agency: str | None = None, note: str | None = None
    ) -> StatusUpdate:
        """Moves a case (``ref``: its case number or tracking code); the change joins the updates feed of
        the station that sent it."""
        now = self.clock()
        with self._write_lock, self._sessions.begin() as s:
            case = s.scalar(self._case_query(ref))
            if case is None:
                raise CentralError("unknown_case", ref)
            case.status = str(status)
            if agency is not None:
                case.agency = agency
            if note is not None:
                case.note = note
            case.updated_at = now
            change = StatusChange(
                station_id=case.station_id,
                record_id=case.record_id,
                central_ref=case.central_ref or "",
                status=str(status),
                agency=case.agency,
                note=case.note,
                changed_at=now,
            )
            s.add(change)
            s.flush()
            return self._update(change)

    def updates(self, station: StationInfo, after: int, limit: int) -> UpdatesPage:
        """This station's status changes and survey results after ``after``, oldest first, ≤ ``limit``."""
        with self._sessions() as s:
            rows = list(
                s.scalars(
                    select(StatusChange)
                    .where(StatusChange.station_id == station.id, StatusChange.id > after)
                    .order_by(StatusChange.id)
                    .limit(limit + 1)
                )
            )
        more = len(rows) > limit
        page = [self._update(r) for r in rows[:limit]]
        return UpdatesPage(updates=page, next=page[-1].cursor if page else after, more=more)

    def _update(self, change: StatusChange) -> StatusUpdate:
        survey = None
        if change.survey_rating is not None:
            comment = b""
            if change.survey_comment_sealed:
                comment = self.sealer.unseal(
                    change.survey_comment_sealed, f"survey-feed:{change.id}".encode()
                )
            survey = SurveyResult(
                rating=change.survey_rating, comment=comment.decode("utf-8"), submitted_at=change.changed_at
            )
        return StatusUpdate(
            cursor=change.id,
            record_id=change.record_id,
            central_ref=change.central_ref,
            status=CentralStatus(change.status),
            agency=change.agency,
            note=change.note,
            changed_at=change.changed_at,
            survey=survey,
        )

    # ------------------------------------------------------------------ the citizen's tracking page
    def track(self, code: str, access_token_sha256: str) -> TrackedCase | None:
        """What the public page shows of a case, or ``None`` — for an unknown code and a wrong token alike.

        The token's hash is compared in constant time; callers rate-limit look-ups."""
        with self._sessions() as s:
            case = s.scalar(self._case_query(code)) if code.strip() else None
            expected = case.access_sha256 if case is not None and case.access_sha256 else "0" * 64
            # Compare even when there is no case, so a wrong code and a wrong token take the same time.
            match = hmac.compare_digest(expected.encode(), access_token_sha256.encode())
            if case is None or not case.access_sha256 or not match:
                return None
            latest = s.execute(
                select(CentralRecord.record_id, CentralRecord.version, CentralRecord.kind)
                .where(CentralRecord.record_id == case.record_id)
                .order_by(CentralRecord.version.desc())
                .limit(1)
            ).one()
            payload = json.loads(
                self.unseal_payload(latest[0], latest[1], self._sealed(s, latest[0], latest[1]))
            )
            history = list(
                s.execute(
                    select(StatusChange.status, StatusChange.agency, StatusChange.changed_at)
                    .where(StatusChange.record_id == case.record_id, StatusChange.survey_rating.is_(None))
                    .order_by(StatusChange.id)
                )
            )
            surveyed = s.get(Survey, case.id) is not None
        timeline = [(CentralStatus.RECEIVED, "", case.created_at)]
        timeline += [(CentralStatus(st), agency, at) for st, agency, at in history]
        return TrackedCase(
            tracking_code=case.tracking_code or "",
            central_ref=case.central_ref or "",
            kind=latest[2],
            status=CentralStatus(case.status),
            agency=case.agency,
            promised_by=date.fromisoformat(case.promised_by) if case.promised_by else None,
            masked_name=masked_name(payload),
            received_at=case.created_at,
            timeline=timeline,
            surveyed=surveyed,
        )

    @staticmethod
    def _sealed(s: Session, record_id: str, version: int) -> bytes:
        sealed = s.scalar(
            select(CentralRecord.payload_sealed).where(
                CentralRecord.record_id == record_id, CentralRecord.version == version
            )
        )
        assert sealed is not None
        return sealed

    def submit_survey(self, code: str, access_token_sha256: str, rating: int, comment: str) -> bool:
        """Stores a citizen's rating (once per case) and queues it for the counter; False when the code
        and token do not open a case or the case was rated already."""
        if self.track(code, access_token_sha256) is None:
            return False
        now = self.clock()
        comment_bytes = comment.encode("utf-8")
        with self._write_lock, self._sessions.begin() as s:
            case = s.scalar(self._case_query(code))
            assert case is not None
            if s.get(Survey, case.id) is not None:
                return False
            s.add(
                Survey(
                    case_id=case.id,
                    rating=rating,
                    comment_sealed=self.sealer.seal(comment_bytes, f"survey:{case.id}".encode()),
                    submitted_at=now,
                )
            )
            change = StatusChange(
                station_id=case.station_id,
                record_id=case.record_id,
                central_ref=case.central_ref or "",
                status=case.status,
                agency=case.agency,
                note=case.note,
                changed_at=now,
                survey_rating=rating,
            )
            s.add(change)
            s.flush()
            change.survey_comment_sealed = self.sealer.seal(
                comment_bytes, f"survey-feed:{change.id}".encode()
            )
        return True

    # ------------------------------------------------------------------ audit anchors
    def keep_anchor(self, station: StationInfo, anchor: AuditAnchor) -> AuditAnchor:
        """Keeps a counter's audit chain head (sent with a batch) and returns it as acknowledged."""
        with self._write_lock, self._sessions.begin() as s:
            s.add(
                AnchorRow(station_id=station.id, seq=anchor.seq, hash=anchor.hash, received_at=self.clock())
            )
        return anchor

    def last_anchor(self, station: StationInfo) -> AuditAnchor | None:
        """The newest audit chain head this station sent and the center acknowledged."""
        with self._sessions() as s:
            row = s.execute(
                select(AnchorRow.seq, AnchorRow.hash)
                .where(AnchorRow.station_id == station.id)
                .order_by(AnchorRow.id.desc())
                .limit(1)
            ).first()
        return AuditAnchor(seq=row[0], hash=row[1]) if row is not None else None

    # ------------------------------------------------------------------ reconciliation
    def reconciliation(self, station: StationInfo, day: date) -> Reconciliation:
        """What the center holds from this station for one Bangkok day (by each version's ``created_at``)."""
        with self._sessions() as s:
            rows = s.execute(
                select(
                    CentralRecord.record_id,
                    CentralRecord.version,
                    CentralRecord.sha256,
                    CentralRecord.tracking_code,
                )
                .where(CentralRecord.station_id == station.id, CentralRecord.bangkok_day == day.isoformat())
                .order_by(CentralRecord.created_at, CentralRecord.record_id, CentralRecord.version)
            ).all()
        held = [HeldRecord(id=r[0], version=r[1], sha256=r[2], tracking_code=r[3]) for r in rows]
        return Reconciliation(date=day, station=station.code, count=len(held), records=held)

    # ------------------------------------------------------------------ reference data
    def publish_reference(self, name: ReferenceKind, data: object) -> int:
        """Publishes a new version of a reference data set; returns its version number."""
        with self._write_lock, self._sessions.begin() as s:
            row = ReferenceVersion(
                name=str(name),
                data_json=json.dumps(data, ensure_ascii=False, sort_keys=True),
                published_at=self.clock(),
            )
            s.add(row)
            s.flush()
            return row.id

    def reference(self, since: int) -> ReferenceUpdates:
        """The newest version of each data set published after ``since``."""
        with self._sessions() as s:
            newest = (
                select(ReferenceVersion.name, func.max(ReferenceVersion.id).label("vid"))
                .where(ReferenceVersion.id > since)
                .group_by(ReferenceVersion.name)
                .subquery()
            )
            rows = list(
                s.scalars(
                    select(ReferenceVersion)
                    .join(newest, ReferenceVersion.id == newest.c.vid)
                    .order_by(ReferenceVersion.id)
                )
            )
            top = s.scalar(select(func.max(ReferenceVersion.id))) or 0
        datasets = [
            ReferenceDataset(
                name=ReferenceKind(r.name),
                version=r.id,
                published_at=r.published_at,
                data=json.loads(r.data_json),
            )
            for r in rows
        ]
        return ReferenceUpdates(datasets=datasets, version=max(top, since) if datasets else since)

    # ------------------------------------------------------------------ inspection (tests, operators)
    def held_records(self, station_code: str | None = None) -> list[tuple[str, int, str]]:
        """Every stored version as ``(record_id, version, sha256)``, optionally of one station."""
        with self._sessions() as s:
            query = select(CentralRecord.record_id, CentralRecord.version, CentralRecord.sha256)
            if station_code is not None:
                query = query.join(Station, Station.id == CentralRecord.station_id).where(
                    Station.code == station_code
                )
            return [(r[0], r[1], r[2]) for r in s.execute(query.order_by(CentralRecord.id))]

    def stored_payload(self, record_id: str, version: int) -> str | None:
        """The canonical JSON the center stored for one version (unsealed), or ``None``."""
        with self._sessions() as s:
            sealed = s.scalar(
                select(CentralRecord.payload_sealed).where(
                    CentralRecord.record_id == record_id, CentralRecord.version == version
                )
            )
        return None if sealed is None else self.unseal_payload(record_id, version, sealed).decode("utf-8")

    def attachment_holders(self, sha256: str) -> list[str]:
        """Codes of the stations holding a file with this hash (each its own copy)."""
        with self._sessions() as s:
            return list(
                s.scalars(
                    select(Station.code)
                    .join(Attachment, Attachment.station_id == Station.id)
                    .where(Attachment.sha256 == sha256)
                    .order_by(Station.code)
                )
            )

    def case_refs(self) -> dict[str, str]:
        """Every record id the center holds, with its case number."""
        with self._sessions() as s:
            return {r[0]: r[1] or "" for r in s.execute(select(Case.record_id, Case.central_ref))}

    def case_ref(self, record_id: str) -> str | None:
        """The case number of a record, or ``None`` when the center has never stored it."""
        with self._sessions() as s:
            return s.scalar(select(Case.central_ref).where(Case.record_id == record_id))


class AttachmentAccess(StrEnum):
    """What a station may do with a file hash."""

    OWN = "own"  # this station uploaded it
    FOREIGN = "foreign"  # only other stations hold it: refused (403)
    NONE = "none"  # nobody holds it


@dataclass(frozen=True)
class TrackedCase:
    """What the public tracking page shows: no personal data beyond a masked name."""

    tracking_code: str
    central_ref: str
    kind: str
    status: CentralStatus
    agency: str
    promised_by: date | None
    masked_name: str
    received_at: datetime
    timeline: list[tuple[CentralStatus, str, datetime]]
    surveyed: bool


def _mask_word(word: str) -> str:
    # Keep the first two characters (a Thai consonant and its vowel or tone mark read as one).
    return word[:2] + "•" * min(max(len(word) - 2, 2), 6) if word else ""


def masked_name(payload: dict[str, Any]) -> str:
    """``สม•••• ใจ••••`` from a complaint's complainant or a petition's contact; empty when anonymous."""
    person: Any = payload.get("complainant")
    if payload.get("identity_mode") not in (None, "identified"):
        return ""
    if not isinstance(person, dict):
        reps = payload.get("representatives")
        person = reps[0] if isinstance(reps, list) and reps and isinstance(reps[0], dict) else {}
        person = person.get("person", person) if isinstance(person, dict) else {}
    given = str(person.get("given_name", "")) if isinstance(person, dict) else ""
    family = str(person.get("family_name", "")) if isinstance(person, dict) else ""
    return " ".join(w for w in (_mask_word(given.strip()), _mask_word(family.strip())) if w)


def bangkok_day(moment: datetime) -> date:
    """The Asia/Bangkok calendar day of an instant."""
    return moment.astimezone(BANGKOK).date()
