"""Synthetic demo records (checksum-valid fake IDs, made-up names) — never real personal data.

Two paths:

* the normal path registers each complaint through ``ComplaintService.register``, exactly as the form
  does (validation, tracking code, outbox item, audit event, one transaction each);
* ``bulk=True`` is **for demos and benchmarks only**: the same tables and the same kinds of rows
  (record head + FTS row, version, pending outbox item, chained audit event), written with batched
  ``executemany`` in large transactions, with ``created_at`` spread over past days so daily sequences stay
  small. It skips per-record validation (the generator only makes valid complaints).
"""

from __future__ import annotations

import base64
import hashlib
import queue
import random
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

import uuid6
from sqlalchemy import select

from app.domain.canonical import canonical_json
from app.domain.fakes import fake_complaint
from app.domain.records import IdentityMode, RecordKind, to_payload
from app.domain.roles import Role
from app.domain.thaidate import bangkok_date
from app.domain.tracking import make_tracking_code
from app.logs import DB as log
from app.services.audit import GENESIS, HEAD_KEY
from app.services.complaints import complaint_head
from app.services.demo_users import ensure_demo_user
from app.services.recording import HeadFields
from app.services.types import CurrentUser, KnownError
from app.storage.base import digest_hex
from app.storage.dashboard import RecordFacts, record_facts
from app.storage.models import DailySequence, Station
from app.storage.record_writer import NewVersion, facts_row, version_row, write_versions_bulk
from app.storage.sealing import sealer_of
from app.storage.search import FTS_REBUILD_FLAG, build_search_text, repair_fts

if TYPE_CHECKING:
    from app.services import Services  # the composition root imports this module

LAST_AUDIT_SQL = "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"

DEMO_USERNAME = "demo"
BULK_BATCH = 5000  # records per transaction: big enough to amortise the fsync, small enough for memory
BULK_PER_DAY = 2000  # records per past day: keeps sequences well under 9,999 (15-digit codes)
BULK_SLOTS_PER_DAY = 96  # records of a day share 96 five-minute time slots (one promised date each)
BULK_CACHE_KIB = -262_144  # 256 MiB page cache while loading (negative = KiB), reset afterwards
TEMPLATE_POOL = 4000  # distinct fake complaints; IDs and phones are fresh for every record


ProgressCallback = Callable[[int, int], None]


def demo_user(services: Services) -> CurrentUser:
    """The demo officer that demo complaints are registered by."""
    return ensure_demo_user(
        services.ctx, services.audit_log, DEMO_USERNAME, "เจ้าหน้าที่ตัวอย่าง", Role.COUNTER_OFFICER
    )


def generate_demo_data(
    services: Services,
    count: int,
    kind: str = "complaint",
    *,
    seed: int = 1111,
    bulk: bool = False,
    progress: ProgressCallback | None = None,
) -> int:
    """Makes ``count`` synthetic records; returns how many were made.

    ``kind`` is ``complaint``, ``group_petition`` or ``all`` (half and half). Group petitions need the
    petitions service (``app.services.demo_petitions``).
    """
    if count <= 0:
        return 0
    if kind not in {"complaint", "group_petition", "all"}:
        raise KnownError("demo_kind_invalid", kind)
    n_petitions = count if kind == "group_petition" else (count // 2 if kind == "all" else 0)
    n_complaints = count - n_petitions
    petitions = services.petitions
    if n_petitions and petitions is None:
        raise KnownError("petitions_unavailable")
    user = demo_user(services)
    if services.backups is not None and services.records.count():
        # Bulk synthetic data over real records is a risky operation: a safety copy first.
        services.backups.safety_copy("pre-demo", user.username)
    rng = random.Random(seed)
    made = 0
    if n_complaints:
        if bulk:
            made += _bulk_complaints(services, user, n_complaints, rng, progress)
        else:
            for i in range(n_complaints):
                services.complaints.register(user, fake_complaint(rng, services.ctx.reference))
                made += 1
                if progress and (i + 1) % 100 == 0:
                    progress(i + 1, n_complaints)
    if n_petitions and petitions is not None:
        from app.services.demo_petitions import generate_demo_petitions

        made += generate_demo_petitions(services.ctx, services.audit_log, petitions, n_petitions, seed)
    log.info("demo data: %d records", made)
    return made


def _sqlite_dt(value: datetime) -> str:
    # The storage format of SQLAlchemy's SQLite DateTime (naive UTC), so ORM reads parse it back.
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


_NID_MARK = "9999999999999"  # stand-ins replaced per record; never produced by the fakes (first digit 9)
_TEL_MARK = "0999999999"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_B32, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def _fast_token() -> str:
    # Same alphabet and entropy as app.domain.tracking.new_access_token (65 bits, 13 Crockford chars),
    # from one urandom call instead of thirteen.
    return base64.b32encode(secrets.token_bytes(10)).decode("ascii")[:13].translate(_TO_CROCKFORD)


def _fast_national_id(rng: random.Random) -> str:
    first12 = str(rng.randint(1, 8)) + f"{rng.getrandbits(40) % 10**11:011d}"
    total = sum(int(d) * w for d, w in zip(first12, range(13, 1, -1), strict=True))
    return first12 + str((11 - total % 11) % 10)


@dataclass(frozen=True)
class _Template:
    """A fake complaint with stand-ins for its national ID and phone, serialised once."""

    body: str  # canonical JSON with the stand-ins
    search_text: str  # without the tracking code, with the stand-ins
    head: HeadFields
    has_nid: bool
    has_tel: bool
    facts: RecordFacts  # the figures (app.storage.dashboard.record_facts): the same for every copy


def _templates(rng: random.Random, ref: Any, n: int) -> list[_Template]:
    out: list[_Template] = []
    for _ in range(n):
        payload = fake_complaint(rng, ref)
        person = payload.complainant
        has_nid = bool(person.national_id) and payload.identity_mode is not IdentityMode.ANONYMOUS
        has_tel = bool(person.phone) and payload.identity_mode is not IdentityMode.ANONYMOUS
        if person.national_id:
            person.national_id = _NID_MARK
        if person.phone:
            person.phone = _TEL_MARK
        head = complaint_head(payload)
        body = canonical_json(to_payload(payload)).decode("utf-8")
        out.append(
            _Template(
                body=body,
                search_text=build_search_text(head.search_parts),
                head=head,
                has_nid=has_nid,
                has_tel=has_tel,
                facts=record_facts(body),
            )
        )
    return out


def _audit_doc(seq: int, at_iso: str, actor: str, *, record_id: str, code: str, sha: str) -> bytes:
    # Hand-built canonical JSON of the register event (keys sorted; every value here is plain ASCII
    # with nothing to escape). The first event of each batch is checked against canonical_json.
    return (
        f'{{"action":"record.register","actor":"{actor}","at":"{at_iso}","detail":{{"demo":true,'
        f'"kind":"complaint","sha256":"{sha}","tracking_code":"{code}","version":1}},'
        f'"seq":{seq},"target":"{record_id}"}}'
    ).encode("ascii")


@dataclass
class _Batch:
    """Rows of one bulk transaction, made by the producer thread (audit rows are chained later)."""

    records: list[tuple[Any, ...]]
    versions: list[tuple[Any, ...]]
    facts: list[tuple[Any, ...]]
    events: list[tuple[str, str, str, str, str]]  # (at iso, at db, record id, code, sha)
    seqs: dict[date, int]


class _BatchMaker:
    """Makes the rows of the bulk load in order: days, time slots, tracking codes, payloads."""

    def __init__(
        self, services: Services, user: CurrentUser, count: int, rng: random.Random, existing: dict[date, int]
    ) -> None:
        ctx = services.ctx
        self.calendar = ctx.calendar
        self.actor = user.username
        self.count = count
        self.rng = rng
        self.existing = existing
        with ctx.db.read_session() as session:
            station = session.scalars(select(Station)).one()
            self.station_code, self.epoch = station.code, station.epoch
        self.pool = _templates(rng, ctx.reference, min(count, TEMPLATE_POOL))
        # Demo payloads are sealed like real ones (crypto-shredding), keys reserved a batch at a time.
        self.sealer = sealer_of(ctx.db)
        days = max(1, -(-count // BULK_PER_DAY))
        # Past days ending yesterday, office hours (08:30-16:30 Bangkok = 01:30-09:30 UTC), rising with rowid.
        self.first_day = bangkok_date(ctx.clock()) - timedelta(days=days)
        self.slot_len = 480 / BULK_SLOTS_PER_DAY
        self.per_slot = -(-BULK_PER_DAY // BULK_SLOTS_PER_DAY)
        self.slot: tuple[date, int] | None = None
        self.slot_values = ("", "", "")
        self.seqs: dict[date, int] = {}

    def _slot(self, day: date, slot: int) -> tuple[str, str, str]:
        if self.slot != (day, slot):
            created = datetime(day.year, day.month, day.day, 1, 30, tzinfo=UTC) + timedelta(
                minutes=slot * self.slot_len
            )
            # Records of a slot share its time (and promised date): demo data, not a clock.
            self.slot = (day, slot)
            self.slot_values = (
                _sqlite_dt(created),
                created.isoformat(),
                _sqlite_dt(self.calendar.promised_by(created)),
            )
        return self.slot_values

    def batch(self, start: int, n: int) -> _Batch:
        """Rows for records ``start`` … ``start + n - 1`` of the load."""
        out = _Batch([], [], [], [], {})
        rng, actor, station_code = self.rng, self.actor, self.station_code
        if self.sealer is not None:
            self.sealer.vault.reserve(n)  # one vault transaction for the batch's keys
        for i in range(start, start + n):
            day = self.first_day + timedelta(days=i // BULK_PER_DAY)
            ts, at_iso, promised = self._slot(day, (i % BULK_PER_DAY) // self.per_slot)
            if day not in self.seqs:
                self.seqs = {day: self.existing.get(day, 0)}  # earlier days are done
            self.seqs[day] += 1
            code = make_tracking_code(station_code, day, self.seqs[day], self.epoch)
            tpl = self.pool[i % len(self.pool)]
            body, text_ = tpl.body, tpl.search_text
            nid = tel = ""
            if tpl.has_nid:
                nid = _fast_national_id(rng)
                body = body.replace(_NID_MARK, nid)
                text_ = text_.replace(_NID_MARK, nid)
            if tpl.has_tel:
                tel = "08" + f"{rng.getrandbits(30) % 10**8:08d}"
                body = body.replace(_TEL_MARK, tel)
                text_ = text_.replace(_TEL_MARK, tel)
            encoded = body.encode("utf-8")
            sha = hashlib.sha256(encoded).hexdigest()
            record_id = str(uuid6.uuid7())
            head = tpl.head
            out.records.append(
                (
                    record_id,
                    code,
                    _fast_token(),
                    station_code,
                    actor,
                    ts,
                    promised,
                    code + "\n" + text_,
                    head.display_name_masked,
                    int(head.anonymous),
                    head.subject,
                    nid,
                    tel,
                )
            )
            version = NewVersion(
                record_id, 1, RecordKind.COMPLAINT.value, encoded, sha, ts, actor, facts=tpl.facts
            )
            out.versions.append(version_row(self.sealer, version))
            out.facts.append(facts_row(version))
            out.events.append((at_iso, ts, record_id, code, sha))
            out.seqs[day] = self.seqs[day]
        return out


_COMPLAINT = RecordKind.COMPLAINT.value

_INSERT_RECORD = (
    "INSERT INTO records (id, kind, tracking_code, access_token, station_code, officer, "
    "created_at, current_version, promised_by, voided, linked_record_id, central_ref, "
    "central_status, central_agency, central_note, search_text, display_name_masked, "
    "anonymous, subject, national_id, phone) "
    "VALUES (?, 'complaint', ?, ?, ?, ?, ?, 1, ?, 0, '', '', '', '', '', ?, ?, ?, ?, ?, ?)"
)
_INSERT_AUDIT = (
    "INSERT INTO audit_events (seq, at, actor, action, target, detail_json, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT_SEQ = (
    "INSERT INTO daily_sequences (station_code, day, last_seq) VALUES (?, ?, ?) "
    "ON CONFLICT (station_code, day) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"
)


def _audit_rows(
    audit: Any, raw: Any, actor: str, events: list[tuple[str, str, str, str, str]]
) -> tuple[list[tuple[Any, ...]], int, str]:
    """Chains the batch's register events after the last stored one (inside the write transaction)."""
    row = raw.execute(LAST_AUDIT_SQL).fetchone()
    seq, prev = (int(row[0]), str(digest_hex(row[1]))) if row else (0, GENESIS)
    rows: list[tuple[Any, ...]] = []
    for k, (at_iso, ts, record_id, code, sha) in enumerate(events):
        seq += 1
        doc = _audit_doc(seq, at_iso, actor, record_id=record_id, code=code, sha=sha)
        if k == 0:
            expected = canonical_json(
                {
                    "seq": seq,
                    "at": at_iso,
                    "actor": actor,
                    "action": "record.register",
                    "target": record_id,
                    "detail": _detail(code, sha),
                }
            )
            if doc != expected:  # the hand-built JSON must be the canonical one
                raise RuntimeError("bulk audit document is not canonical")
        digest = audit.raw_hash(prev, doc)
        detail_json = (
            f'{{"demo":true,"kind":"complaint","sha256":"{sha}","tracking_code":"{code}","version":1}}'
        )
        rows.append((seq, ts, actor, "record.register", record_id, detail_json, bytes.fromhex(digest)))
        prev = digest
    return rows, seq, prev


def _bulk_complaints(
    services: Services, user: CurrentUser, count: int, rng: random.Random, progress: ProgressCallback | None
) -> int:
    """The batched demo/bench path (see module docstring).

    A producer thread makes the rows of the next batch while this thread writes the current one (the
    driver releases the GIL inside SQLite). The FTS insert trigger is dropped for the load and the index
    rebuilt once at the end (several times faster than row by row); a ``meta`` flag set in the same
    transaction as the drop makes ``open_app`` repair the index if the process dies before the end.
    Audit events are chained inside each write transaction, after whatever was written meanwhile.
    """
    ctx = services.ctx
    audit = services.audit_log
    with ctx.db.read_session() as session:
        existing = {d.day: d.last_seq for d in session.scalars(select(DailySequence))}
    maker = _BatchMaker(services, user, count, rng, existing)
    batches: queue.Queue[_Batch | BaseException | None] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def produce() -> None:
        try:
            for start in range(0, count, BULK_BATCH):
                batch = maker.batch(start, min(BULK_BATCH, count - start))
                while not stop.is_set():
                    try:
                        batches.put(batch, timeout=0.5)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            batches.put(None)
        except BaseException as exc:  # handed to the writer, which re-raises it
            batches.put(exc)

    producer = threading.Thread(target=produce, name="demo-bulk-producer", daemon=True)
    made = 0
    with ctx.db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("DROP TRIGGER IF EXISTS records_fts_ai")
        raw.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (FTS_REBUILD_FLAG, b"1"))
        raw.execute("COMMIT")
        producer.start()
        try:
            while True:
                item = batches.get()
                if item is None:
                    break
                if isinstance(item, BaseException):
                    raise item
                raw.execute("BEGIN IMMEDIATE")
                try:
                    audit_rows, last_seq, last_hash = _audit_rows(audit, raw, user.username, item.events)
                    raw.executemany(_INSERT_RECORD, item.records)
                    write_versions_bulk(raw, item.versions, item.facts, RecordKind.COMPLAINT)
                    raw.executemany(_INSERT_AUDIT, audit_rows)
                    raw.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        (HEAD_KEY, audit.head_value(last_seq, last_hash)),
                    )
                    raw.executemany(
                        _UPSERT_SEQ, [(maker.station_code, d.isoformat(), s) for d, s in item.seqs.items()]
                    )
                    raw.execute("COMMIT")
                except BaseException:
                    raw.execute("ROLLBACK")
                    raise
                made += len(item.records)
                if progress:
                    progress(made, count)
        finally:
            stop.set()
            producer.join(timeout=30)
            repair_fts(raw)
            raw.execute("PRAGMA cache_size = -8000")
    return made


def _detail(code: str, sha: str) -> dict[str, Any]:
    return {"demo": True, "kind": "complaint", "sha256": sha, "tracking_code": code, "version": 1}
