"""The outbox pump against the real reference server on 127.0.0.1, with the in-memory outbox store."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi import Response

from app.domain.clock import FixedClock
from app.domain.records import QueueState
from sync.client import CentralClient
from sync.protocol import CentralStatus, ReferenceKind, make_wire_record
from sync.pump import (
    BACKOFF_BASE_S,
    BACKOFF_CAP_S,
    OutgoingItem,
    Pump,
    SyncStatus,
    backoff_delay,
    pack_batch,
)
from sync.server.app import ServerHooks, create_app, problem
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.sync.helpers import T0, MemStore, wire_records


@pytest.fixture
def sqlite_central(tmp_path: Path) -> Iterator[Central]:
    c = Central.from_url(f"sqlite:///{tmp_path / 'central.sqlite3'}", FixedClock(T0))
    yield c
    c.engine.dispose()


_CLIENTS: list[CentralClient] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    yield
    while _CLIENTS:
        _CLIENTS.pop().close()


def _pump(store: MemStore, url: str, token: str, clock: FixedClock, **kw: int) -> Pump:
    client = CentralClient(url, token, timeout=10, clock=clock)
    _CLIENTS.append(client)
    return Pump(store, client, clock, random.Random(0), **kw)


def test_drains_oldest_first_in_batches_with_one_local_commit_per_batch(sqlite_central: Central) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    records = wire_records(23, random.Random(1))
    store.add(records)
    clock = FixedClock(T0)
    with ServerThread(create_app(sqlite_central)) as srv:
        report = _pump(store, srv.url, token, clock, max_records=10).cycle()
    assert (report.sent, report.acked, report.batches, report.error) == (23, 23, 3, "")
    assert store.result_commits == 3
    assert all(i.state is QueueState.ACKED and i.central_ref for i in store.items.values())
    # Oldest first: the center numbered the cases in queue order.
    assert [h[0] for h in sqlite_central.held_records()] == [r.id for r in records]
    assert store.last_ok == T0


def test_pack_batch_keeps_under_the_byte_limit_and_always_takes_one() -> None:
    records = wire_records(5, random.Random(2))
    items = [OutgoingItem(i, r) for i, r in enumerate(records, 1)]
    big = [
        OutgoingItem(i, r.model_copy(update={"payload": dict(r.payload, description="ข" * 4000)}))
        for i, r in enumerate(records, 1)
    ]
    assert len(pack_batch(items, max_records=3)) == 3
    assert len(pack_batch(big, max_bytes=30_000)) == 2  # each is ~12 KB of UTF-8
    assert len(pack_batch(big, max_bytes=10)) == 1


def test_full_jitter_back_off_is_capped_and_never_shorter_than_retry_after() -> None:
    rng = random.Random(3)
    first = [backoff_delay(0, rng) for _ in range(500)]
    late = [backoff_delay(40, rng) for _ in range(500)]
    assert min(first) >= 0 and max(first) <= BACKOFF_BASE_S
    assert max(late) <= BACKOFF_CAP_S and max(late) > BACKOFF_CAP_S / 2  # jitter spreads over the range
    assert min(backoff_delay(0, rng, retry_after=30) for _ in range(100)) >= 30


def test_unreachable_center_backs_off_and_keeps_everything_pending(tmp_path: Path) -> None:
    store = MemStore()
    store.add(wire_records(5, random.Random(4)))
    clock = FixedClock(T0)
    # A port nobody listens on: connection refused, as when the server is down.
    with ServerThread(create_app(Central.from_url(f"sqlite:///{tmp_path / 'c.sqlite3'}"))) as srv:
        dead_url = srv.url
    pump = _pump(store, dead_url, "t", clock)
    report = pump.cycle()
    assert report.error == "network" and report.online is False and report.acked == 0
    assert all(i.state is QueueState.PENDING and i.attempts == 1 for i in store.items.values())
    assert all(i.last_error == "network" for i in store.items.values())
    assert all(
        T0 <= (i.next_attempt_at or T0) <= T0 + timedelta(seconds=BACKOFF_BASE_S)
        for i in store.items.values()
    )
    assert pump.status().online is False and pump.status().waiting == 5
    # Before the back-off ends, a normal cycle does nothing; a forced one (sync now, --once) tries.
    clock.advance(timedelta(milliseconds=1))
    assert pump.next_due() is not None
    if pump.next_due() > clock():  # type: ignore[operator]
        assert pump.cycle().skipped
    assert pump.cycle(force=True).error == "network"
    assert all(i.attempts == 2 for i in store.items.values())


class _BusyOnce(ServerHooks):
    def __init__(self, status: int, retry_after: str) -> None:
        self.status, self.retry_after, self.calls = status, retry_after, 0

    def before_batch(self) -> Response | None:
        self.calls += 1
        if self.calls == 1:
            return problem(self.status, "busy", {"Retry-After": self.retry_after})
        return None


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(sqlite_central: Central, status: int) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    store.add(wire_records(4, random.Random(5)))
    clock = FixedClock(T0)
    hooks = _BusyOnce(status, "120")
    with ServerThread(create_app(sqlite_central, hooks)) as srv:
        pump = _pump(store, srv.url, token, clock)
        first = pump.cycle()
        assert first.error == "server_busy" and first.online is True
        assert all((i.next_attempt_at or T0) >= T0 + timedelta(seconds=120) for i in store.items.values())
        clock.advance(timedelta(seconds=119))
        assert pump.cycle().skipped and hooks.calls == 1
        clock.advance(timedelta(seconds=1))
        assert pump.cycle().acked == 4
    assert len(store.in_state(QueueState.ACKED)) == 4


def test_retry_after_as_an_http_date(sqlite_central: Central) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    store.add(wire_records(1, random.Random(6)))
    clock = FixedClock(T0)
    when = (T0 + timedelta(minutes=5)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    with ServerThread(create_app(sqlite_central, _BusyOnce(503, when))) as srv:
        _pump(store, srv.url, token, clock).cycle()
    (item,) = store.items.values()
    assert item.next_attempt_at is not None and item.next_attempt_at >= T0 + timedelta(minutes=5)


def test_in_flight_items_return_to_pending_at_start_up_and_a_replay_is_a_duplicate(
    sqlite_central: Central,
) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    store.add(wire_records(3, random.Random(7)))
    clock = FixedClock(T0)
    with ServerThread(create_app(sqlite_central)) as srv:
        pump = _pump(store, srv.url, token, clock)
        pump.cycle()
        # The counter crashed after sending but before writing the answers: the items are still in flight.
        for item in store.items.values():
            item.state = QueueState.IN_FLIGHT
        assert pump.recover() == 3
        report = pump.cycle()
    assert report.acked == 3
    assert [r.status for r in report.results] == ["duplicate"] * 3
    assert len(sqlite_central.held_records()) == 3


def test_attachments_go_up_before_the_records_that_name_them(sqlite_central: Central) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    data = b"%PDF-1.4 scanned petition letter (synthetic)"
    digest = hashlib.sha256(data).hexdigest()
    lost = hashlib.sha256(b"a file this counter lost").hexdigest()
    base = wire_records(2, random.Random(8))

    def with_attachments(i: int, names: list[str]) -> object:
        r = base[i]
        return make_wire_record(
            record_id=r.id,
            version=1,
            kind=r.kind,
            tracking_code=r.tracking_code,
            created_at=dt.datetime.fromisoformat(r.created_at),
            payload=dict(r.payload, attachments=names),
        )

    store.add([with_attachments(0, [digest]), with_attachments(1, [lost])])  # type: ignore[list-item]
    store.attachments[digest] = data
    clock = FixedClock(T0)
    with ServerThread(create_app(sqlite_central)) as srv:
        report = _pump(store, srv.url, token, clock).cycle()
    assert report.acked == 1 and sqlite_central.attachment_holders(digest) == ["101"]
    first, second = store.items.values()
    assert first.state is QueueState.ACKED
    assert second.state is QueueState.PENDING and second.last_error == "attachment_missing"


def test_conflicts_and_rejections_are_kept_for_the_supervisor(sqlite_central: Central) -> None:
    token = sqlite_central.add_station("101")
    good, clash = wire_records(2, random.Random(9))
    # The center already holds other content under clash's id and version.
    sqlite_central.ingest(
        sqlite_central.authenticate(token),  # type: ignore[arg-type]
        [
            make_wire_record(
                record_id=clash.id,
                version=1,
                kind=clash.kind,
                tracking_code=clash.tracking_code,
                created_at=dt.datetime.fromisoformat(clash.created_at),
                payload=dict(clash.payload, subject="อื่น"),
            )
        ],
    )
    bad = good.model_copy(update={"payload": dict(good.payload, subject="")})
    store = MemStore()
    store.add([clash, bad])
    with ServerThread(create_app(sqlite_central)) as srv:
        report = _pump(store, srv.url, token, FixedClock(T0)).cycle()
    assert (report.conflicts, report.rejected, report.acked) == (1, 1, 0)
    first, second = store.items.values()
    assert first.state is QueueState.CONFLICT and first.result and first.result.sha256 != clash.sha256
    assert second.state is QueueState.REJECTED and second.result
    assert {e.field for e in second.result.errors} >= {"sha256", "payload.subject"}
    assert report.online and pump_status_attention(store) == 2


def pump_status_attention(store: MemStore) -> int:
    counts = store.queue_counts()
    return counts.get(QueueState.CONFLICT, 0) + counts.get(QueueState.REJECTED, 0)


def test_status_updates_and_reference_data_are_pulled(sqlite_central: Central) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    records = wire_records(3, random.Random(10))
    store.add(records)
    clock = FixedClock(T0)
    with ServerThread(create_app(sqlite_central)) as srv:
        pump = _pump(store, srv.url, token, clock)
        pump.cycle()
        ref = store.items[2].central_ref
        sqlite_central.set_status(ref, CentralStatus.FORWARDED, agency="สำนักงานเขตบางรัก", note="ส่งต่อ")
        version = sqlite_central.publish_reference(ReferenceKind.HOLIDAYS, {"version": 2, "holidays": []})
        report = pump.cycle()
        again = pump.cycle()
    assert report.updates == 1 and report.reference_sets == 1
    (update,) = store.updates
    assert (update.record_id, update.status, update.agency) == (
        records[1].id,
        CentralStatus.FORWARDED,
        "สำนักงานเขตบางรัก",
    )
    assert store.cursor == update.cursor and store.ref_version == version
    assert again.updates == 0 and again.reference_sets == 0


def test_a_large_queue_reports_its_draining_progress(sqlite_central: Central) -> None:
    token = sqlite_central.add_station("101")
    store = MemStore()
    store.add(wire_records(25, random.Random(11)))
    seen: list[SyncStatus] = []
    with ServerThread(create_app(sqlite_central)) as srv:
        client = CentralClient(srv.url, token, timeout=10)
        _CLIENTS.append(client)
        pump = Pump(store, client, FixedClock(T0), random.Random(0), max_records=10, on_status=seen.append)
        pump.cycle()
    progress = [s.draining for s in seen if s.draining is not None]
    assert progress == [(0, 25), (10, 25), (20, 25)]
    assert seen[-1].draining is None and seen[-1].waiting == 0 and not seen[-1].running
    assert seen[0].running and seen[0].waiting == 25
