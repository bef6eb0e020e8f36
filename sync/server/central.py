"""The reference central service's behaviour, apart from HTTP: stations, intake, updates, reconciliation.

``Central`` is what the FastAPI app and the ``psc-counter central`` commands call. Every method is one
transaction. Intake follows docs/ARCHITECTURE.md, Sync to the letter: a record version is stored once and
never changed; a
replay is ``duplicate`` with the same case number; the same id and version with other content is
``conflict`` and overwrites nothing; a record that fails validation is ``rejected`` with field errors.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from app.domain.clock import BANGKOK, Clock, system_clock
from sync.protocol import (
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
)
from sync.server.validation import canonical_payload, parse_rfc3339, validate_record

log = logging.getLogger("psc.central")

# Database parameters per IN (…) query: far under SQLite's and PostgreSQL's limits, and a batch is ≤ 500.
_IN_CHUNK = 500
# A concurrent writer (another process on PostgreSQL) may insert the same version between our read and
# write; the unique constraint catches it and the batch is evaluated again, at most this many times.
_INTEGRITY_RETRIES = 3


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


def create_central_engine(url: str) -> Engine:
    """An engine for the central database: ``sqlite:///path`` (default) or ``postgresql://…`` (psycopg 3)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
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
    return create_engine(url, pool_pre_ping=True)


def token_digest(token: str) -> str:
    """How a bearer token is kept: its SHA-256 (a stolen database does not hand out tokens)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


class Central:
    """The central service over one database."""

    def __init__(self, engine: Engine, clock: Clock = system_clock) -> None:
        self.engine = engine
        self.clock = clock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer at a time inside this process: SQLite takes one anyway, and on PostgreSQL it keeps
        # two replays of the same batch from racing to the unique constraint.
        self._write_lock = threading.Lock()
        self._token_cache: dict[str, StationInfo] = {}
        CentralBase.metadata.create_all(engine)

    @classmethod
    def from_url(cls, url: str, clock: Clock = system_clock) -> Central:
        """Opens (and creates when missing) the central database at ``url``."""
        return cls(create_central_engine(url), clock)

    def session(self) -> Session:
        """A new session (callers use ``with central.session() as s, s.begin():``)."""
        return self._sessions()

    # ------------------------------------------------------------------ stations
    def add_station(self, code: str, name: str = "") -> str:
        """Registers a station and returns its new bearer token (shown once; only its hash is kept)."""
        code = code.strip()
        if not code:
            raise CentralError("station_code_required")
        token = secrets.token_urlsafe(32)
        with self._sessions.begin() as s:
            if s.scalar(select(Station.id).where(Station.code == code)) is not None:
                raise CentralError("station_exists", code)
            s.add(Station(code=code, name=name, token_sha256=token_digest(token), created_at=self.clock()))
        log.info("station %s registered", code)
        return token

    def authenticate(self, token: str) -> StationInfo | None:
        """The active station a bearer token names, or ``None``."""
        digest = token_digest(token)
        cached = self._token_cache.get(digest)
        if cached is not None:
            return cached
        with self._sessions() as s:
            row = s.execute(
                select(Station.id, Station.code).where(Station.token_sha256 == digest, Station.active)
            ).first()
        if row is None:
            return None
        info = StationInfo(id=row.id, code=row.code)
        self._token_cache[digest] = info
        return info

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
        with self._write_lock:
            for attempt in range(_INTEGRITY_RETRIES):
                try:
                    return self._ingest_once(station, records, before_commit)
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
    ) -> list[RecordResult]:
        now = self.clock()
        ids = sorted({r.id for r in records})
        named = sorted({h for r in records for h in payload_attachments(r.payload)})
        # (status, central_ref, center's sha256, errors) per record, in request order.
        outcomes: list[tuple[ResultStatus, str | None, str | None, list[FieldError]]] = []
        with self._sessions.begin() as s:
            held: dict[tuple[str, int], str] = {}
            cases: dict[str, tuple[int, str]] = {}  # record id -> (station id, central_ref)
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
                attachments.update(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(chunk))))
            # Case numbers are taken from the next free id here (we hold the write lock); a writer in
            # another process taking the same id hits the primary key and the batch is evaluated again.
            next_case = (s.scalar(select(func.max(Case.id))) or 0) + 1
            be_year = now.astimezone(BANGKOK).year + 543
            new_cases: list[dict[str, object]] = []
            rows: list[dict[str, object]] = []
            for rec in records:
                canon = canonical_payload(rec.payload)
                errors = validate_record(rec, attachments, canon)
                case = cases.get(rec.id)
                if not errors and case is not None and case[0] != station.id:
                    errors = [
                        FieldError(
                            field="id",
                            code=str(ErrorCode.FOREIGN_RECORD),
                            message="รหัสเรื่องนี้เป็นของจุดบริการอื่น",
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
                            "status": str(CentralStatus.RECEIVED),
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
                        "payload_json": canon.decode("utf-8"),
                        "sha256": rec.sha256,
                        "received_at": now,
                    }
                )
                held[key] = rec.sha256
                outcomes.append((ResultStatus.ACCEPTED, case[1], rec.sha256, []))
            # Plain executemany inserts: the ORM's unit of work costs ~1 ms a row at these sizes.
            if new_cases:
                s.execute(insert(Case), new_cases)
            if rows:
                s.execute(insert(CentralRecord), rows)
            if before_commit is not None:
                before_commit()
        # model_construct: these values are ours and already of the right types (10 k results: 0.2 s less).
        return [
            RecordResult.model_construct(
                id=rec.id,
                version=rec.version,
                status=status,
                central_ref=ref,
                sha256=sha if status is not ResultStatus.ACCEPTED else None,
                errors=errors,
            )
            for rec, (status, ref, sha, errors) in zip(records, outcomes, strict=True)
        ]

    # ------------------------------------------------------------------ attachments
    def has_attachment(self, sha256: str) -> bool:
        """Whether the center holds the file with this hash."""
        with self._sessions() as s:
            return s.get(Attachment, sha256) is not None

    def put_attachment(self, sha256: str, data: bytes) -> bool:
        """Stores a file under its hash; returns whether it was new. The caller checked the hash."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise CentralError("attachment_hash_mismatch")
        with self._write_lock, self._sessions.begin() as s:
            if s.get(Attachment, sha256) is not None:
                return False
            s.add(Attachment(sha256=sha256, size=len(data), data=data, created_at=self.clock()))
        return True

    # ------------------------------------------------------------------ status and the updates feed
    def set_status(
        self, central_ref: str, status: CentralStatus, agency: str | None = None, note: str | None = None
    ) -> StatusUpdate:
        """Moves a case; the change joins the updates feed of the station that sent it."""
        now = self.clock()
        with self._write_lock, self._sessions.begin() as s:
            case = s.scalar(select(Case).where(Case.central_ref == central_ref))
            if case is None:
                raise CentralError("unknown_case", central_ref)
            case.status = str(status)
            if agency is not None:
                case.agency = agency
            if note is not None:
                case.note = note
            case.updated_at = now
            change = StatusChange(
                station_id=case.station_id,
                record_id=case.record_id,
                central_ref=central_ref,
                status=str(status),
                agency=case.agency,
                note=case.note,
                changed_at=now,
            )
            s.add(change)
            s.flush()
            return _update(change)

    def updates(self, station: StationInfo, after: int, limit: int) -> UpdatesPage:
        """This station's status changes after ``after``, oldest first, at most ``limit``."""
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
        page = [_update(r) for r in rows[:limit]]
        return UpdatesPage(updates=page, next=page[-1].cursor if page else after, more=more)

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
        """The canonical JSON the center stored for one version, or ``None``."""
        with self._sessions() as s:
            return s.scalar(
                select(CentralRecord.payload_json).where(
                    CentralRecord.record_id == record_id, CentralRecord.version == version
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


def _update(change: StatusChange) -> StatusUpdate:
    return StatusUpdate(
        cursor=change.id,
        record_id=change.record_id,
        central_ref=change.central_ref,
        status=CentralStatus(change.status),
        agency=change.agency,
        note=change.note,
        changed_at=change.changed_at,
    )


def bangkok_day(moment: datetime) -> date:
    """The Asia/Bangkok calendar day of an instant."""
    return moment.astimezone(BANGKOK).date()
