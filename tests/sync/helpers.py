"""Helpers of the sync tests: synthetic wire records, an in-memory outbox store, a running center."""

from __future__ import annotations

import itertools
import random
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import select

from app.domain.canonical import canonical_json, payload_sha256
from app.domain.fakes import fake_complaint
from app.domain.records import QueueState, RecordKind, to_payload
from app.domain.reference import ReferenceData
from app.domain.tracking import MAX_DAILY_SEQ, make_tracking_code
from app.services import Services
from app.storage.models import OutboxItem, RecordVersion
from app.storage.sealing import key_id_of, open_payload_in, seal_payload, sealer_for
from sync.protocol import (
    AuditAnchor,
    RecordResult,
    ReferenceDataset,
    ResultStatus,
    StatusUpdate,
    WireRecord,
    make_wire_record,
)
from sync.pump import OutgoingItem
from sync.server.central import Central, StationInfo
from sync.server.models import Station

# 2026-03-05 10:00 Bangkok: a Thursday, a working day.
T0 = datetime(2026, 3, 5, 3, 0, tzinfo=UTC)


@cache
def reference() -> ReferenceData:
    """The bundled reference data (categories, agencies) the fake complaints draw from."""
    return ReferenceData.load_bundled()


def record_id(rng: random.Random) -> str:
    """A UUID (version 7 layout) drawn from ``rng``, so a seed gives the same ids."""
    raw = bytearray(rng.getrandbits(128).to_bytes(16, "big"))
    raw[6] = (raw[6] & 0x0F) | 0x70
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def complaint_payload(rng: random.Random) -> dict[str, Any]:
    """A synthetic walk-in complaint payload (fake, checksum-valid national ID)."""
    return to_payload(fake_complaint(rng, reference()))


# The station the wire-record helpers write codes for (the fixtures register it at the center).
STATION = "101"
_codes = itertools.count()


def tracking_code(station: str = STATION) -> str:
    """A valid tracking code (Damm check digit, the station's prefix) never given before in this process."""
    n = next(_codes)
    day = T0.date() + timedelta(days=n // MAX_DAILY_SEQ)
    return make_tracking_code(station, day, n % MAX_DAILY_SEQ + 1)


def wire_records(
    count: int,
    rng: random.Random,
    start: datetime = T0,
    spread: timedelta = timedelta(days=3),
    station: str = STATION,
) -> list[WireRecord]:
    """``count`` synthetic complaint versions, created over ``spread`` from ``start`` (oldest first)."""
    step = spread / max(count, 1)
    out: list[WireRecord] = []
    for i in range(count):
        out.append(
            make_wire_record(
                record_id=record_id(rng),
                version=1,
                kind=RecordKind.COMPLAINT,
                tracking_code=tracking_code(station),
                created_at=start + step * i,
                payload=complaint_payload(rng),
            )
        )
    return out


@dataclass
class MemItem:
    """An outbox item of the in-memory store."""

    item_id: int
    record: WireRecord
    state: QueueState = QueueState.PENDING
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str = ""
    result: RecordResult | None = None
    central_ref: str = ""


@dataclass
class MemStore:
    """The pump's ``OutboxStore`` in memory: what the pump tests drive (the storage one is tested too)."""

    items: dict[int, MemItem] = field(default_factory=dict)
    attachments: dict[str, bytes] = field(default_factory=dict)
    cursor: int = 0
    updates: list[StatusUpdate] = field(default_factory=list)
    ref_version: int = 0
    datasets: dict[str, ReferenceDataset] = field(default_factory=dict)
    last_ok: datetime | None = None
    result_commits: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, records: Sequence[WireRecord]) -> None:
        """Queues records as pending items."""
        for rec in records:
            item_id = len(self.items) + 1
            self.items[item_id] = MemItem(item_id, rec)

    def in_state(self, state: QueueState) -> list[MemItem]:
        """Items in one state, oldest first."""
        return [i for i in self.items.values() if i.state is state]

    # --- OutboxStore
    def recover_in_flight(self) -> int:
        moved = 0
        for item in self.items.values():
            if item.state is QueueState.IN_FLIGHT:
                item.state = QueueState.PENDING
                moved += 1
        return moved

    def due_items(self, now: datetime | None, after_item_id: int, limit: int) -> list[OutgoingItem]:
        out = []
        for item in sorted(self.items.values(), key=lambda i: i.item_id):
            if item.item_id <= after_item_id or item.state is not QueueState.PENDING:
                continue
            if now is not None and item.next_attempt_at is not None and item.next_attempt_at > now:
                continue
            out.append(OutgoingItem(item.item_id, item.record, item.attempts))
            if len(out) == limit:
                break
        return out

    def next_due(self) -> datetime | None:
        times = [
            i.next_attempt_at or datetime.min.replace(tzinfo=UTC)
            for i in self.items.values()
            if i.state is QueueState.PENDING
        ]
        return min(times) if times else None

    def mark_in_flight(self, item_ids: Sequence[int]) -> None:
        for item_id in item_ids:
            assert self.items[item_id].state is QueueState.PENDING
            self.items[item_id].state = QueueState.IN_FLIGHT

    def release(self, retry_at: Mapping[int, datetime], error: str) -> None:
        for item_id, when in retry_at.items():
            item = self.items[item_id]
            item.state = QueueState.PENDING
            item.attempts += 1
            item.next_attempt_at = when
            item.last_error = error

    def apply_results(
        self, answers: Sequence[tuple[OutgoingItem, RecordResult]], anchor: AuditAnchor | None = None
    ) -> None:
        self.result_commits += 1
        for out, result in answers:
            item = self.items[out.item_id]
            assert item.state is QueueState.IN_FLIGHT
            item.result = result
            if result.status in (ResultStatus.ACCEPTED, ResultStatus.DUPLICATE):
                item.state = QueueState.ACKED
                item.central_ref = result.central_ref or ""
            elif result.status is ResultStatus.CONFLICT:
                item.state = QueueState.CONFLICT
            else:
                item.state = QueueState.REJECTED

    def attachment(self, sha256: str) -> bytes | None:
        return self.attachments.get(sha256)

    def updates_cursor(self) -> int:
        return self.cursor

    def apply_updates(self, updates: Sequence[StatusUpdate], cursor: int) -> None:
        self.updates.extend(updates)
        self.cursor = cursor

    def reference_version(self) -> int:
        return self.ref_version

    def apply_reference(self, datasets: Sequence[ReferenceDataset], version: int) -> None:
        for ds in datasets:
            self.datasets[str(ds.name)] = ds
        self.ref_version = version

    def queue_counts(self) -> Mapping[QueueState, int]:
        counts: dict[QueueState, int] = {}
        for item in self.items.values():
            counts[item.state] = counts.get(item.state, 0) + 1
        return counts

    def note_sync(self, at: datetime, ok: bool, error: str) -> None:
        if ok:
            self.last_ok = at

    def last_success(self) -> datetime | None:
        return self.last_ok


@cache
def payload_pool(size: int = 2000) -> tuple[dict[str, Any], ...]:
    """A fixed pool of synthetic payloads, made once per test process (faking 2,000 complaints takes ~1 s)."""
    rng = random.Random(20260305)
    return tuple(complaint_payload(rng) for _ in range(size))


def soak_records(
    count: int, rng: random.Random, start: datetime = T0, spread: timedelta = timedelta(days=3)
) -> list[WireRecord]:
    """Like ``wire_records`` but drawing payloads from the shared pool: fresh ids, times and codes."""
    pool = payload_pool()
    step = spread / max(count, 1)
    return [
        make_wire_record(
            record_id=record_id(rng),
            version=1,
            kind=RecordKind.COMPLAINT,
            tracking_code=tracking_code(),
            created_at=start + step * i,
            payload=pool[rng.randrange(len(pool))],
        )
        for i in range(count)
    ]


def break_subject(counter: Services, record_id: str) -> None:
    """Version 1 as an older counter build wrote it, without a subject: the center rejects it."""
    with counter.ctx.db.session() as s:
        version = s.get(RecordVersion, (record_id, 1))
        assert version is not None
        data = open_payload_in(s, record_id, version.payload_json)
        data.pop("subject")
        version.payload_json = seal_payload(
            sealer_for(s), record_id, canonical_json(data), key_id_of(version.payload_json)
        )
        version.sha256 = payload_sha256(data)
        item = s.scalars(select(OutboxItem).where(OutboxItem.record_id == record_id)).one()
        item.sha256 = version.sha256


def station_holds(center: Central, code: str, sha256: str) -> bool:
    """Whether the station with this code holds the file at the center (files belong to a station)."""

    canonical = center.station_code(code)
    with center.session() as s:
        station_id = s.scalar(select(Station.id).where(Station.code == canonical))
    assert station_id is not None, f"no station {canonical} at the center"
    return center.has_attachment(StationInfo(station_id, canonical), sha256)
