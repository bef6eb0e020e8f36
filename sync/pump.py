"""The outbox pump: pushes queued record versions to the center, pulls status updates and reference data.

It follows docs/ARCHITECTURE.md, Sync and the ODK Collect habits (docs/ARCHITECTURE.md, Sync):

* oldest first, in batches of at most 500 records and 5 MB; attachments go up before the records that
  name them;
* an item is marked ``in_flight`` before it is sent and leaves the outbox only when the center answered
  ``accepted`` or ``duplicate`` for exactly its id, version and sha256; every batch's answers are
  committed in one local transaction (``OutboxStore.apply_results``);
* transport errors, 429 and 5xx put the batch back to ``pending`` with capped exponential back-off and full
  jitter, never shorter than the server's ``Retry-After``; at start-up ``in_flight`` returns to ``pending``
  (safe: the center answers a replay with ``duplicate``).

The pump knows storage only through the small ``OutboxStore`` protocol (``app.services.sync_service``
implements it over the counter database; tests use an in-memory one) and takes the clock and the random
source for jitter, so tests drive it without sleeping. ``PumpThread`` runs it in the background: never on
the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import Protocol

from app.domain.clock import Clock
from app.domain.records import QueueState
from sync.client import AuthError, CentralClient, ProtocolError, SyncError, TooLargeError, TransientError
from sync.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    AuditAnchor,
    RecordKey,
    RecordResult,
    ReferenceDataset,
    ResultStatus,
    StatusUpdate,
    WireRecord,
    payload_attachments,
    record_json,
)

log = logging.getLogger("psc.sync")

# Back-off after a failed attempt: the n-th retry waits a random time in [0, min(CAP, BASE · 2ⁿ)] ("full
# jitter": counters that lost the network together do not all come back in the same second).
# BASE: a blip (Wi-Fi reconnecting, a server restart) costs a couple of seconds, not minutes.
BACKOFF_BASE_S = 2.0
# CAP: even after a long outage a record waits at most this long after the network returns; an officer
# expects the day's records at the center within the hour.
BACKOFF_CAP_S = 600.0
# Room for ``{"records":[`` and ``]}`` around the records in the 5 MB limit.
_ENVELOPE_BYTES = 64
# How often the background thread asks the center for status updates when the queue is empty.
DEFAULT_POLL_S = 60.0


class OutgoingItem:
    """One outbox item ready to send: the store's id for it, the record version, attempts so far.

    ``OutgoingItem(item_id, record, attempts)``, or, from a store that has the record's JSON already
    (``sync.protocol.wire_json``): ``OutgoingItem(item_id, None, attempts, encoded, key=…, make_record=…,
    attachments=…)``. The pump needs only the record's key, its JSON and the attachments it names, so the
    parsed record (its payload a dict: a third of reading a batch) is made only when something asks for
    ``record``. ``attachments`` ``None``: taken from the parsed payload."""

    def __init__(
        self,
        item_id: int,
        record: WireRecord | None,
        attempts: int = 0,
        encoded: bytes | None = None,
        *,
        key: RecordKey | None = None,
        make_record: Callable[[], WireRecord] | None = None,
        attachments: Sequence[str] | None = None,
    ) -> None:
        if record is None and (make_record is None or key is None):
            raise ValueError("an outgoing item needs its record, or its key and a way to make the record")
        self.item_id = item_id
        self.attempts = attempts
        # The record's JSON when the store made it already (``sync.protocol.wire_json``), else made here.
        self.encoded = encoded
        self._record = record
        self._make_record = make_record
        if key is None:
            assert record is not None
            key = RecordKey(record.id, record.version, record.sha256)
        self.key = key
        self._attachments = None if attachments is None else list(attachments)

    @property
    def record(self) -> WireRecord:
        """The record version (parsed on first use when the store deferred it)."""
        if self._record is None:
            assert self._make_record is not None
            self._record = self._make_record()
        return self._record

    @property
    def attachments(self) -> list[str]:
        """SHA-256 hashes of the attachments the payload names (``payload_attachments``)."""
        if self._attachments is None:
            self._attachments = payload_attachments(self.record.payload)
        return self._attachments

    @cached_property
    def wire(self) -> bytes:
        """The record's JSON in the batch body (made once: packing measures it, sending reuses it)."""
        return self.encoded if self.encoded is not None else record_json(self.record)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OutgoingItem):
            return NotImplemented
        return (self.item_id, self.record, self.attempts) == (other.item_id, other.record, other.attempts)

    __hash__ = None  # type: ignore[assignment]  # equal items may differ in how they were made

    def __repr__(self) -> str:
        return f"OutgoingItem(item_id={self.item_id!r}, key={self.key!r}, attempts={self.attempts!r})"


@dataclass(frozen=True)
class _InFlight:
    """A batch whose request is on the wire (``future``: its results and the anchor acknowledged)."""

    batch: list[OutgoingItem]
    future: Future[tuple[list[RecordResult], AuditAnchor | None]]


class OutboxStore(Protocol):
    """What the pump needs from the counter's storage. Each method is one transaction."""

    def recover_in_flight(self) -> int:
        """Puts every ``in_flight`` item back to ``pending`` (start-up); returns how many."""
        ...

    def due_items(self, now: datetime | None, after_item_id: int, limit: int) -> list[OutgoingItem]:
        """Pending items with id above ``after_item_id``, oldest first, due at ``now`` (``None``: all)."""
        ...

    def next_due(self) -> datetime | None:
        """The earliest ``next_attempt_at`` of a pending item (``None`` when none waits)."""
        ...

    def mark_in_flight(self, item_ids: Sequence[int]) -> None:
        """Marks items as sent and unanswered (committed before the request goes out)."""
        ...

    def release(self, retry_at: Mapping[int, datetime], error: str) -> None:
        """Puts items back to ``pending`` to try at the given times, counting an attempt and the error."""
        ...

    def apply_results(
        self, answers: Sequence[tuple[OutgoingItem, RecordResult]], anchor: AuditAnchor | None = None
    ) -> None:
        """Records the center's answer for every item of one batch, in one transaction, with the audit
        anchor the center acknowledged with it (``None``: none; a store that keeps no anchors ignores it)."""
        ...

    def attachment(self, sha256: str) -> bytes | None:
        """The bytes of a stored attachment, or ``None`` when the counter does not have it."""
        ...

    def updates_cursor(self) -> int:
        """The last updates-feed cursor applied."""
        ...

    def apply_updates(self, updates: Sequence[StatusUpdate], cursor: int) -> None:
        """Writes status updates onto the local records and moves the cursor, in one transaction."""
        ...

    def reference_version(self) -> int:
        """The newest reference data version the counter holds (0: only the bundled files)."""
        ...

    def apply_reference(self, datasets: Sequence[ReferenceDataset], version: int) -> None:
        """Stores newer reference data sets, replacing the bundled versions."""
        ...

    def queue_counts(self) -> Mapping[QueueState, int]:
        """How many outbox items are in each state."""
        ...

    def note_sync(self, at: datetime, ok: bool, error: str) -> None:
        """Records the outcome of a cycle (last successful sync, last error)."""
        ...

    def last_success(self) -> datetime | None:
        """When a cycle last reached the center without error."""
        ...


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    online: bool | None  # None until the first attempt
    waiting: int  # pending + in flight
    attention: int  # conflict + rejected: a supervisor must settle them
    held: int
    last_success: datetime | None
    last_error: str = ""  # a stable code (``network``, ``unauthorized``…), never personal data
    draining: tuple[int, int] | None = None  # (done, total) while a large queue drains
    running: bool = False


@dataclass
class CycleReport:
    """What one push/pull cycle did."""

    sent: int = 0
    acked: int = 0
    conflicts: int = 0
    rejected: int = 0
    updates: int = 0
    reference_sets: int = 0
    batches: int = 0
    error: str = ""  # stable code of the error that stopped the cycle, empty when none
    online: bool = False
    skipped: bool = False  # nothing was tried: the pump is backing off
    results: list[RecordResult] = field(default_factory=list)


def backoff_delay(attempts: int, rng: random.Random, retry_after: float | None = None) -> float:
    """Seconds to wait before the next attempt (full jitter, capped; at least ``retry_after``)."""
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * (2 ** min(attempts, 30)))
    delay = rng.uniform(0.0, ceiling)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


def pack_batch(
    items: Sequence[OutgoingItem], max_records: int = MAX_BATCH_RECORDS, max_bytes: int = MAX_BATCH_BYTES
) -> list[OutgoingItem]:
    """The longest prefix of ``items`` under both batch limits (always at least one item)."""
    batch: list[OutgoingItem] = []
    size = _ENVELOPE_BYTES
    for item in items[:max_records]:
        item_size = len(item.wire) + 1  # and a comma
        if batch and size + item_size > max_bytes:
            break
        batch.append(item)
        size += item_size
    return batch


class Pump:
    """One push/pull cycle at a time against one center. Not thread-safe: one thread drives it."""

    def __init__(
        self,
        store: OutboxStore,
        client: CentralClient,
        clock: Clock,
        rng: random.Random | None = None,
        *,
        max_records: int = MAX_BATCH_RECORDS,
        max_bytes: int = MAX_BATCH_BYTES,
        on_status: Callable[[SyncStatus], None] | None = None,
        on_cycle: Callable[[CycleReport], None] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.clock = clock
        self.rng = rng or random.Random()
        self.max_records = max_records
        self.max_bytes = max_bytes
        self.on_status = on_status
        self.on_cycle = on_cycle  # called (on the pump's thread) after every cycle that tried something
        self._not_before: datetime | None = None  # whole-pump back-off after a failed request
        self._retry_until: datetime | None = None  # the latest Retry-After seen in this cycle
        self._failures = 0  # consecutive failed cycles, for the whole-pump back-off
        self._known_attachments: set[str] = set()
        self._online: bool | None = None
        self._last_error = ""
        self._draining: tuple[int, int] | None = None

    # ------------------------------------------------------------------ status
    def status(self, running: bool = False) -> SyncStatus:
        """The current status for the status bar."""
        counts = self.store.queue_counts()
        return SyncStatus(
            online=self._online,
            waiting=counts.get(QueueState.PENDING, 0) + counts.get(QueueState.IN_FLIGHT, 0),
            attention=counts.get(QueueState.CONFLICT, 0) + counts.get(QueueState.REJECTED, 0),
            held=counts.get(QueueState.HELD, 0),
            last_success=self.store.last_success(),
            last_error=self._last_error,
            draining=self._draining,
            running=running,
        )

    def _emit(self, running: bool) -> None:
        if self.on_status is not None:
            self.on_status(self.status(running))

    def next_due(self) -> datetime | None:
        """When the pump next has something to send (``None``: nothing waits)."""
        due = self.store.next_due()
        if due is not None and self._not_before is not None:
            return max(due, self._not_before)
        return due

    # ------------------------------------------------------------------ the cycle
    def recover(self) -> int:
        """Start-up: ``in_flight`` back to ``pending``."""
        count = self.store.recover_in_flight()
        if count:
            log.info("%d in-flight item(s) returned to pending at start-up", count)
        return count

    def cycle(self, *, force: bool = False) -> CycleReport:
        """Pushes what is due, then pulls updates and reference data. ``force`` ignores back-off timers."""
        report = CycleReport()
        now = self.clock()
        if not force and self._not_before is not None and now < self._not_before:
            report.skipped = True
            return report
        self._emit(running=True)
        try:
            self._push(report, force)
            if not report.error:
                self._pull(report)
        finally:
            self._finish(report)
        return report

    def _finish(self, report: CycleReport) -> None:
        now = self.clock()
        # Online means the center answered, even if only to refuse (busy, bad token).
        report.online = report.error != "network"
        self._online = report.online
        self._last_error = report.error
        self._draining = None
        if report.error:
            self._failures += 1
            not_before = now + timedelta(seconds=backoff_delay(self._failures - 1, self.rng, None))
            if self._retry_until is not None:
                not_before = max(not_before, self._retry_until)
            self._not_before = not_before
        else:
            self._failures = 0
            self._not_before = None
        self._retry_until = None
        self.store.note_sync(now, not report.error, report.error)
        self._emit(running=False)
        if self.on_cycle is not None:
            self.on_cycle(report)

    def _push(self, report: CycleReport, force: bool) -> None:
        """Sends every due batch, one request at a time, with the counter's own work beside the request.

        While batch *k+1* is on the wire, the pump commits the center's answers for batch *k* and reads
        and encodes batch *k+2*: the counter's database work and the center's run side by side instead of
        one after the other (on a 2-core counter a drain takes ~⅓ less time). Still only one request is
        in flight, each item is committed ``in_flight`` before its request goes out, and an answer is
        applied only to the items it answers."""
        counts = self.store.queue_counts()
        total = counts.get(QueueState.PENDING, 0)
        done = 0
        now = None if force else self.clock()
        batch = self._next_batch(now, 0)
        inflight: _InFlight | None = None
        sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="psc-sync-send")
        try:
            while batch is not None or inflight is not None:
                answered: tuple[list[OutgoingItem], list[RecordResult], AuditAnchor | None] | None = None
                if inflight is not None:
                    current, inflight = inflight, None
                    answered = self._await(current, report)
                    if answered is None:
                        return
                    done += len(answered[0])
                if batch is not None:
                    if total > self.max_records:
                        self._draining = (done, total)
                        self._emit(running=True)
                    after = batch[-1].item_id
                    inflight = self._start(batch, report, sender)
                    if inflight is None and report.error:
                        if answered is not None:
                            self._apply(*answered, report)
                        return
                    batch = self._next_batch(now, after)
                if answered is not None:
                    self._apply(*answered, report)
        finally:
            if inflight is not None:
                # Something failed while a request was on the wire: wait for it, and put its items back
                # (a lost answer; the center answers the replay with ``duplicate``).
                with contextlib.suppress(BaseException):
                    inflight.future.result()
                self._release(inflight.batch, "internal", None)
            sender.shutdown(wait=True)

    def _next_batch(self, now: datetime | None, after: int) -> list[OutgoingItem] | None:
        due = self.store.due_items(now, after, self.max_records)
        return pack_batch(due, self.max_records, self.max_bytes) if due else None

    def _start(
        self, batch: list[OutgoingItem], report: CycleReport, sender: ThreadPoolExecutor
    ) -> _InFlight | None:
        """Uploads the batch's attachments, marks it in flight and hands its request to ``sender``.

        ``None`` when nothing went out (with ``report.error`` set when the cycle should stop)."""
        ready = self._upload_attachments(batch, report)
        if not ready:
            return None
        self.store.mark_in_flight([i.item_id for i in ready])
        report.sent += len(ready)
        report.batches += 1
        # The audit chain head rides with the batch (optional in the store: older stores have none); the
        # center keeps it, and verify-audit later checks the local chain against what it acknowledged.
        head = getattr(self.store, "audit_head", None)
        anchor = head() if head is not None else None
        tail = b"]}" if anchor is None else b'],"anchor":' + anchor.model_dump_json().encode() + b"}"
        body = b'{"records":[' + b",".join(i.wire for i in ready) + tail
        records = [i.key for i in ready]
        client = self.client

        def post() -> tuple[list[RecordResult], AuditAnchor | None]:
            results = client.post_batch(records, body=body)
            return results, client.last_anchor  # read here: the next request would replace it

        return _InFlight(ready, sender.submit(post))

    def _await(
        self, inflight: _InFlight, report: CycleReport
    ) -> tuple[list[OutgoingItem], list[RecordResult], AuditAnchor | None] | None:
        """The answer to a batch in flight, or ``None`` when the cycle stops (the items are released)."""
        batch = inflight.batch
        try:
            results, anchor = inflight.future.result()
        except TooLargeError:
            self._release(batch, "too_large", None)
            if len(batch) == 1:
                report.error = "too_large"
                return None
            # The center's limit is below ours: halve the batch and carry on, one half after the other.
            half = len(batch) // 2
            report.batches -= 1
            report.sent -= len(batch)
            if self._send(batch[:half], report) and self._send(batch[half:], report):
                return [], [], None
            return None
        except TransientError as exc:
            self._release(batch, "network" if exc.status is None else f"http_{exc.status}", exc.retry_after)
            report.error = "network" if exc.status is None else "server_busy"
            log.info("batch of %d not delivered (%s); backing off", len(batch), exc.detail)
            return None
        except AuthError:
            self._release(batch, "unauthorized", None)
            report.error = "unauthorized"
            log.warning("the center refused this station's token")
            return None
        except ProtocolError as exc:
            self._release(batch, "protocol", None)
            report.error = "protocol"
            log.error("protocol error from the center: %s", exc.detail)
            return None
        except BaseException:
            # A bug: never leave items in flight until the next start-up.
            self._release(batch, "internal", None)
            raise
        return batch, results, anchor

    def _apply(
        self,
        batch: list[OutgoingItem],
        results: list[RecordResult],
        acked_anchor: AuditAnchor | None,
        report: CycleReport,
    ) -> None:
        """Commits the center's answers for one batch (one local transaction) and counts them."""
        if not batch:
            return
        answers: list[tuple[OutgoingItem, RecordResult]] = []
        for item, answer in zip(batch, results, strict=True):
            if (
                answer.status is ResultStatus.DUPLICATE
                and answer.sha256 is not None
                and answer.sha256 != item.key.sha256
            ):
                # "Duplicate" of a different hash is not our version: never count it as delivered.
                answer = replace_status(answer, ResultStatus.CONFLICT)  # noqa: PLW2901
            answers.append((item, answer))
        self.store.apply_results(answers, acked_anchor)
        for _, result in answers:
            if result.status in (ResultStatus.ACCEPTED, ResultStatus.DUPLICATE):
                report.acked += 1
            elif result.status is ResultStatus.CONFLICT:
                report.conflicts += 1
            else:
                report.rejected += 1
            report.results.append(result)

    def _send(self, batch: list[OutgoingItem], report: CycleReport) -> bool:
        """Sends one batch and applies its answer, nothing beside it; False when the cycle should stop."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="psc-sync-send") as sender:
            inflight = self._start(batch, report, sender)
            if inflight is None:
                return not report.error
            answered = self._await(inflight, report)
        if answered is None:
            return False
        self._apply(*answered, report)
        return True

    def _upload_attachments(
        self, batch: list[OutgoingItem], report: CycleReport
    ) -> list[OutgoingItem] | None:
        """Puts every attachment the batch names on the center; returns the items that may go now.

        ``None`` stops the cycle (the center is unreachable). An item whose attachment the counter lacks
        stays pending with back-off and the error ``attachment_missing`` for the supervisor to see.
        """
        ready: list[OutgoingItem] = []
        missing: list[OutgoingItem] = []
        try:
            for item in batch:
                ok = True
                for digest in item.attachments:
                    if digest in self._known_attachments:
                        continue
                    if not self.client.has_attachment(digest):
                        data = self.store.attachment(digest)
                        if data is None:
                            ok = False
                            break
                        self.client.put_attachment(digest, data)
                    self._known_attachments.add(digest)
                (ready if ok else missing).append(item)
        except SyncError as exc:
            self._release(batch, exc.code, getattr(exc, "retry_after", None))
            report.error = "network" if isinstance(exc, TransientError) and exc.status is None else exc.code
            return None
        if missing:
            log.warning("%d item(s) name an attachment this counter does not have", len(missing))
            self._release(missing, "attachment_missing", None)
        return ready

    def _release(self, items: Sequence[OutgoingItem], error: str, retry_after: float | None) -> None:
        now = self.clock()
        retry_at = {
            i.item_id: now + timedelta(seconds=backoff_delay(i.attempts, self.rng, retry_after))
            for i in items
        }
        self.store.release(retry_at, error)
        if retry_after is not None:
            # Honour Retry-After for the whole pump, not only for the items of this batch.
            until = now + timedelta(seconds=retry_after)
            self._retry_until = until if self._retry_until is None else max(self._retry_until, until)

    def _pull(self, report: CycleReport) -> None:
        try:
            cursor = self.store.updates_cursor()
            while True:
                page = self.client.updates(cursor)
                if page.updates or page.next != cursor:
                    self.store.apply_updates(page.updates, page.next)
                report.updates += len(page.updates)
                cursor = page.next
                if not page.more:
                    break
            since = self.store.reference_version()
            ref = self.client.reference(since)
            if ref.datasets:
                self.store.apply_reference(ref.datasets, ref.version)
                report.reference_sets += len(ref.datasets)
        except SyncError as exc:
            report.error = "network" if isinstance(exc, TransientError) and exc.status is None else exc.code
            log.info("pull from the center failed (%s)", exc.detail)


def replace_status(result: RecordResult, status: ResultStatus) -> RecordResult:
    """A copy of a result with another status."""
    return result.model_copy(update={"status": status})


class PumpThread:
    """Runs a ``Pump`` on a background thread until stopped; ``wake()`` makes it cycle now.

    The thread waits for whichever comes first: the next item due, the poll interval (to pull status
    updates), or a wake-up (a new record was queued, the officer pressed "sync now").
    """

    def __init__(self, pump: Pump, poll_s: float = DEFAULT_POLL_S) -> None:
        self.pump = pump
        self.poll_s = poll_s
        self._wake = threading.Event()
        self._force = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_report: CycleReport | None = None
        self.cycles = 0

    def start(self) -> None:
        """Starts the thread (returns at once)."""
        self._thread = threading.Thread(target=self._run, name="psc-sync", daemon=True)
        self._thread.start()

    def wake(self, force: bool = False) -> None:
        """Cycles now instead of waiting; ``force`` ignores back-off timers (the sync-now button)."""
        self._force = self._force or force
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Asks the thread to stop and waits for it (a request in progress finishes or times out first)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        """Whether the thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        try:
            self.pump.recover()
        except Exception:
            log.exception("could not recover in-flight items")
        while not self._stop.is_set():
            force, self._force = self._force, False
            try:
                self.last_report = self.pump.cycle(force=force)
            except Exception:
                # A bug or a busy database in a cycle must not stop sync for the rest of the day: log it,
                # put anything it left in flight back in the queue (only this thread sends), wait, go on.
                log.exception("sync cycle failed")
                try:
                    self.pump.recover()
                except Exception:
                    log.exception("could not recover in-flight items")
            self.cycles += 1
            self._wake.wait(self._wait_seconds())
            self._wake.clear()

    def _wait_seconds(self) -> float:
        due = self.pump.next_due()
        if due is None:
            return self.poll_s
        seconds = (due - self.pump.clock()).total_seconds()
        return min(max(seconds, 0.05), self.poll_s)
