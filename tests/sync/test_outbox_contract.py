"""One contract, two outbox stores: the in-memory ``MemStore`` the pump tests drive and the counter's
``SqlOutboxStore`` over the encrypted database must answer the pump alike, or the pump tests prove nothing
about the counter. Every test here runs against both."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from app.domain.records import QueueState
from app.services import Services
from app.services.sync_service import SqlOutboxStore
from app.services.types import CurrentUser
from sync.protocol import RecordResult, ResultStatus
from sync.pump import OutboxStore, OutgoingItem
from tests.helpers.counter import complaint
from tests.sync.helpers import T0, MemStore, wire_records


@dataclass
class Harness:
    """A store with ``count`` pending items queued by ``fill``."""

    store: OutboxStore
    fill: Callable[[int], None]


@pytest.fixture(params=["memory", "sqlcipher"])
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    """The in-memory store, or the counter's own store over a fresh station-101 home."""
    if request.param == "memory":
        mem = MemStore()
        yield Harness(mem, lambda n: mem.add(wire_records(n, random.Random(n))))
        return
    counter: Services = request.getfixturevalue("counter")
    officer: CurrentUser = request.getfixturevalue("officer")

    def register(n: int) -> None:
        for i in range(n):
            counter.complaints.register(officer, complaint(i + 1))

    yield Harness(SqlOutboxStore(counter.ctx, counter.audit_log), register)


def _ids(items: list[OutgoingItem]) -> list[int]:
    return [i.item_id for i in items]


def _answer(item: OutgoingItem, status: ResultStatus) -> tuple[OutgoingItem, RecordResult]:
    ref = "PSC-1" if status in (ResultStatus.ACCEPTED, ResultStatus.DUPLICATE) else None
    return item, RecordResult(id=item.record.id, version=item.record.version, status=status, central_ref=ref)


def test_pending_items_come_oldest_first_in_pages(harness: Harness) -> None:
    harness.fill(5)
    every = _ids(harness.store.due_items(None, 0, 100))
    assert len(every) == 5 and every == sorted(every)
    first = harness.store.due_items(None, 0, 2)
    rest = harness.store.due_items(None, first[-1].item_id, 100)
    assert _ids(first) + _ids(rest) == every
    assert harness.store.next_due() is not None  # something may go now


def test_in_flight_items_are_not_due_until_recovered(harness: Harness) -> None:
    harness.fill(3)
    items = harness.store.due_items(None, 0, 100)
    harness.store.mark_in_flight(_ids(items[:2]))
    assert _ids(harness.store.due_items(None, 0, 100)) == _ids(items[2:])
    assert harness.store.queue_counts().get(QueueState.IN_FLIGHT) == 2
    assert harness.store.recover_in_flight() == 2
    assert _ids(harness.store.due_items(None, 0, 100)) == _ids(items)


def test_a_released_item_waits_for_its_retry_time_and_counts_the_attempt(harness: Harness) -> None:
    harness.fill(2)
    items = harness.store.due_items(None, 0, 100)
    harness.store.mark_in_flight(_ids(items))
    later = T0 + timedelta(minutes=5)
    retry_at = {items[0].item_id: later, items[1].item_id: later + timedelta(minutes=1)}
    harness.store.release(retry_at, "timeout")
    assert harness.store.due_items(T0, 0, 100) == []
    assert harness.store.next_due() == later
    due = harness.store.due_items(later, 0, 100)
    assert _ids(due) == [items[0].item_id] and due[0].attempts == 1
    assert len(harness.store.due_items(None, 0, 100)) == 2  # None: everything pending, timers ignored


def test_each_answer_settles_its_own_item(harness: Harness) -> None:
    harness.fill(4)
    items = harness.store.due_items(None, 0, 100)
    harness.store.mark_in_flight(_ids(items))
    statuses = [ResultStatus.ACCEPTED, ResultStatus.DUPLICATE, ResultStatus.CONFLICT, ResultStatus.REJECTED]
    harness.store.apply_results([_answer(item, st) for item, st in zip(items, statuses, strict=True)])
    counts = harness.store.queue_counts()
    assert counts.get(QueueState.ACKED) == 2
    assert counts.get(QueueState.CONFLICT) == 1 and counts.get(QueueState.REJECTED) == 1
    assert counts.get(QueueState.PENDING, 0) == 0 and counts.get(QueueState.IN_FLIGHT, 0) == 0
    assert harness.store.due_items(None, 0, 100) == []
    assert harness.store.next_due() is None


def test_cursor_and_last_success_are_kept(harness: Harness) -> None:
    assert harness.store.updates_cursor() == 0 and harness.store.last_success() is None
    harness.store.apply_updates([], 7)
    harness.store.note_sync(T0, ok=False, error="offline")
    assert harness.store.updates_cursor() == 7 and harness.store.last_success() is None
    harness.store.note_sync(T0 + timedelta(minutes=1), ok=True, error="")
    assert harness.store.last_success() == T0 + timedelta(minutes=1)
