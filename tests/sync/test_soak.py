"""The sync soak (issue 4, "Done when" 1): 2,000 records of a real counter through faults, for 20 seeds.

The counter is real (its SQLCipher database, its outbox, the storage-backed store the pump uses in
production); the center is the reference server on 127.0.0.1 behind a fault-injecting proxy (resets
mid-body, lost answers, timeouts) with faults inside the server too (500 before and after commit, 429/503
with Retry-After), at 30–40 % of requests, plus counter crashes between the center's answer and the local
commit. The pump runs on the injected clock, so back-off and Retry-After cost no real time.

In the end the center holds exactly the counter's record versions (0 lost, 0 duplicated), every local
item is acked with the center's case number, replaying every acknowledged batch changes nothing, and the
reconciliation of each day shows no difference.
"""

from __future__ import annotations

import math
import random
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.domain.clock import FixedClock
from app.domain.records import QueueState
from app.domain.thaidate import bangkok_date
from app.logs import shutdown_logging
from app.services import build_services, open_app
from app.services.demo import generate_demo_data
from app.services.reconciliation import ReconciliationService
from app.services.sync_service import SqlOutboxStore, SyncService
from app.services.types import CurrentUser
from app.storage.models import OutboxItem, Record, RecordVersion
from sync.client import CentralClient
from sync.protocol import AuditAnchor, RecordResult, ResultStatus
from sync.pump import OutgoingItem, Pump
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.sync.faults import FaultProxy, FaultyHooks
from tests.sync.helpers import T0

RECORDS = 2000
SEEDS = 20
BATCH = 100  # smaller than the protocol's 500 so every seed meets many faults
CLIENT_TIMEOUT_S = 0.3
STALL_S = 0.45
CRASH_RATE = 0.03


@dataclass(frozen=True)
class SoakHome:
    """A counter home with 2,000 registered, unsent records over two days, made once per session."""

    home: Path
    supervisor: CurrentUser


@pytest.fixture(scope="module")
def soak_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SoakHome]:
    home = tmp_path_factory.mktemp("soak") / "home"
    home.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PSC_COUNTER_HOME", str(home))
        mp.setenv("PSC_COUNTER_KEYRING", "off")
        svc = build_services(open_app(home, FixedClock(T0)))
        try:
            from app.domain.roles import Role

            admin = svc.auth.initialize(
                "101", "ศูนย์บริการประชาชน (ทดสอบ)", "admin", "ผู้ดูแล", "admin-pass-1"
            ).user
            svc.auth.create_user(admin, "boss", "หัวหน้า ศูนย์", Role.SUPERVISOR, "boss-pass-1")
            supervisor = svc.auth.login("boss", "boss-pass-1")
            assert generate_demo_data(svc, RECORDS, bulk=True, seed=4) == RECORDS
            # The bulk path puts a day's records on one day: move every other one a day earlier, so the
            # soak reconciles more than one day (records and versions move together).
            with svc.ctx.db.session() as s:
                s.execute(
                    text("UPDATE records SET created_at = datetime(created_at, '-1 day') WHERE rowid % 2 = 0")
                )
                s.execute(
                    text(
                        "UPDATE record_versions SET created_at = (SELECT r.created_at FROM records r "
                        "WHERE r.id = record_versions.record_id)"
                    )
                )
        finally:
            svc.close()
            shutdown_logging()
    yield SoakHome(home, supervisor)


class CrashingStore(SqlOutboxStore):
    """Sometimes "crashes" between the center's answer and the local commit of it."""

    def __init__(self, *args: object, rng: random.Random, rate: float) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.rng = rng
        self.rate = rate
        self.crashes = 0

    def apply_results(
        self, answers: Sequence[tuple[OutgoingItem, RecordResult]], anchor: AuditAnchor | None = None
    ) -> None:
        if self.rng.random() < self.rate:
            self.crashes += 1
            raise SystemExit("simulated crash before the local commit")
        super().apply_results(answers, anchor)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(SEEDS))
def test_two_thousand_records_through_faults_arrive_exactly_once(
    seed: int, soak_home: SoakHome, counter_home: Path, tmp_path: Path
) -> None:
    rng = random.Random(seed)
    rate = 0.30 + 0.10 * rng.random()
    # Two independent layers whose faults together hit ``rate`` of the requests.
    layer = 1 - math.sqrt(1 - rate)
    clock = FixedClock(T0 + timedelta(days=1))
    shutil.copytree(soak_home.home, counter_home, dirs_exist_ok=True)
    services = build_services(open_app(counter_home, clock))
    central = Central.from_url(f"sqlite:///{tmp_path / 'central.sqlite3'}", clock)
    token = central.add_station("101")
    hooks = FaultyHooks(random.Random(seed + 1000), layer)
    store = CrashingStore(services.ctx, services.audit_log, rng=random.Random(seed + 2000), rate=CRASH_RATE)
    try:
        with ServerThread(create_app(central, hooks)) as server:
            proxy = FaultProxy(server.port, random.Random(seed + 3000), layer, stall_s=STALL_S).start()
            client = CentralClient(proxy.url, token, timeout=CLIENT_TIMEOUT_S, clock=clock)
            pump = Pump(store, client, clock, random.Random(seed + 4000), max_records=BATCH)
            try:
                for _ in range(2000):
                    try:
                        pump.cycle()
                    except SystemExit:
                        # The counter restarts: a new pump, in-flight items back to pending.
                        pump = Pump(store, client, clock, random.Random(seed + 5000), max_records=BATCH)
                        pump.recover()
                    counts = store.queue_counts()
                    if counts.get(QueueState.ACKED, 0) == RECORDS:
                        break
                    due = pump.next_due()
                    if due is not None and due > clock():
                        clock.set(due)
            finally:
                proxy.stop()
                client.close()
            hooks.rate = 0.0
            injected = {**hooks.injected, **proxy.injected, "crash": store.crashes}
            # A sanity floor: the run really met faults (about a dozen are expected per seed).
            assert sum(hooks.injected.values()) + sum(proxy.injected.values()) >= 3, injected

            # Every local item acked, with the center's case number on its record.
            assert store.queue_counts() == {QueueState.ACKED: RECORDS}, injected
            with services.ctx.db.read_session() as s:
                local = sorted(
                    s.execute(select(OutboxItem.record_id, OutboxItem.version, OutboxItem.sha256)).tuples()
                )
                local_refs = dict(s.execute(select(Record.id, Record.central_ref)).tuples().all())
            held = central.held_records("101")
            assert len(held) == RECORDS and sorted(held) == local  # 0 lost, 0 duplicated
            assert local_refs == central.case_refs()

            # Replays of every acknowledged batch, straight to the server: all duplicates, nothing changes.
            direct = CentralClient(server.url, token, timeout=30, clock=clock)
            try:
                items = store.due_items(None, 0, RECORDS)  # none are pending any more
                assert items == []
                with services.ctx.db.session() as s:
                    s.execute(text("UPDATE outbox SET state = 'pending'"))
                replay = store.due_items(None, 0, RECORDS)
                with services.ctx.db.session() as s:
                    s.execute(text("UPDATE outbox SET state = 'acked'"))
                for start in range(0, RECORDS, 500):
                    results = direct.post_batch([i.record for i in replay[start : start + 500]])
                    assert {r.status for r in results} == {ResultStatus.DUPLICATE}
                    assert all(r.central_ref == local_refs[r.id] for r in results)
                assert len(central.held_records()) == RECORDS

                # Reconciliation of each Bangkok day shows no difference.
                recon = ReconciliationService(
                    services.ctx,
                    services.audit_log,
                    SyncService(services.ctx, services.audit_log),
                    lambda: CentralClient(server.url, token, timeout=30, clock=clock),
                )
                with services.ctx.db.read_session() as s:
                    days = sorted({bangkok_date(t) for t in s.scalars(select(RecordVersion.created_at))})
                assert len(days) == 2
                for day in days:
                    report = recon.reconcile(soak_home.supervisor, day)
                    assert report.differences == 0
                    assert report.local_count == report.acked_count == report.remote_count > 0
            finally:
                direct.close()
    finally:
        central.engine.dispose()
        services.close()
        shutdown_logging()
