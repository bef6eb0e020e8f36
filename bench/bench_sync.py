"""Sync benchmarks (issue 4): draining a large queue, and what batching buys.

* **Drain 10,000 queued records** from a real counter (SQLCipher, the bulk demo path) to the reference
  service on 127.0.0.1 (SQLite, uvicorn in a thread), one forced pump cycle over ``SqlOutboxStore`` as
  ``sync --once`` runs it — the same store, pump, client and server code as production, batches of 500.
  Target: ≤ 10 s on this machine. When the CI PostgreSQL answers, the same drain into a PostgreSQL
  center is measured too (no target).
* **Batched vs one record per request**: the same pump with ``max_records=1`` against ``max_records=500``,
  per-record time compared. Target: ≥ 20×.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.__main__ import Report, Section, quick

DRAIN = 1_000 if quick() else 10_000
SINGLE = 100 if quick() else 300  # one-per-request is slow: a sample gives its per-record time
BATCHED = 1_000 if quick() else 3_000
POSTGRES_URL = os.environ.get(
    "PSC_TEST_POSTGRES_URL", "postgresql+psycopg://psc:psc-test@127.0.0.1:5433/psc_central_test"
)


def _counter(home: Path, count: int) -> Any:
    """A counter home with ``count`` registered, unsent complaints."""
    from argon2 import PasswordHasher

    from app.services import build_services
    from app.services.context import open_app
    from app.services.demo import generate_demo_data

    services = build_services(
        open_app(home), PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1), core_only=True
    )
    services.auth.initialize("7", "จุดบริการทดสอบสมรรถนะ", "admin", "ผู้ดูแล", "bench-pass-1")
    generate_demo_data(services, count, bulk=True, seed=7)
    return services


def _central(url: str) -> Any:
    from sync.server.central import Central, create_central_engine
    from sync.server.models import CentralBase

    if url.startswith("postgresql"):
        engine = create_central_engine(url)
        CentralBase.metadata.drop_all(engine)
        engine.dispose()
    return Central.from_url(url)


def _drain(
    services: Any, central_url: str, max_records: int, limit: int | None = None
) -> tuple[float, int, int]:
    """Sends the queue (or its first ``limit`` items) with batches of ``max_records``.

    Returns (seconds, records acknowledged, requests)."""
    from app.services.sync_service import SqlOutboxStore
    from sync.client import CentralClient
    from sync.pump import Pump
    from sync.server.app import create_app
    from sync.server.runner import ServerThread

    central = _central(central_url)
    token = central.add_station("7")
    store = SqlOutboxStore(services.ctx, services.audit_log)
    if limit is not None:
        store = _Limited(store, limit)  # type: ignore[assignment]
    with ServerThread(create_app(central)) as server:
        client = CentralClient(server.url, token, timeout=120, clock=services.ctx.clock)
        pump = Pump(store, client, services.ctx.clock, random.Random(1), max_records=max_records)
        started = time.perf_counter()
        report = pump.cycle(force=True)
        seconds = time.perf_counter() - started
        client.close()
    central.engine.dispose()
    if report.error:
        raise RuntimeError(f"drain stopped: {report.error}")
    return seconds, report.acked, report.batches


class _Limited:
    """An outbox store that offers only its first ``limit`` items (a sample of the queue)."""

    def __init__(self, store: Any, limit: int) -> None:
        self._store = store
        self._limit = limit
        self._offered = 0

    def due_items(self, now: Any, after_item_id: int, limit: int) -> Any:
        room = self._limit - self._offered
        if room <= 0:
            return []
        items = self._store.due_items(now, after_item_id, min(limit, room))
        self._offered += len(items)
        return items

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _reset_queue(services: Any) -> None:
    from sqlalchemy import text

    with services.ctx.db.session() as s:
        s.execute(text("UPDATE outbox SET state = 'pending', next_attempt_at = NULL, attempts = 0"))
        s.execute(text("UPDATE records SET central_ref = '', central_status = ''"))


def _postgres_answers() -> bool:
    try:
        import psycopg

        psycopg.connect(
            POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=2
        ).close()
    except Exception:
        return False
    return True


def bench_drain(section: Section, root: Path) -> None:
    """10,000 queued records to the local reference service."""
    services = _counter(root / "drain", DRAIN)
    try:
        rows = []
        seconds, acked, requests = _drain(services, f"sqlite:///{root / 'central.sqlite3'}", 500)
        assert acked == DRAIN, acked
        verdict = "met" if seconds <= 10 else "missed"
        rows.append(
            (
                "SQLite (default)",
                f"{acked:,}",
                requests,
                f"{seconds:.2f} s",
                f"{acked / seconds:,.0f}",
                verdict,
            )
        )
        if _postgres_answers():
            _reset_queue(services)
            seconds, acked, requests = _drain(services, POSTGRES_URL, 500)
            rows.append(
                (
                    "PostgreSQL 127.0.0.1",
                    f"{acked:,}",
                    requests,
                    f"{seconds:.2f} s",
                    f"{acked / seconds:,.0f}",
                    "—",
                )
            )
        section.text(
            f"Drain of {DRAIN:,} queued complaints (each ~1.2 KB of Thai JSON) from a real counter to the "
            "reference service on 127.0.0.1, batches of 500, one forced cycle (as `sync --once`). "
            "Target ≤ 10 s."
        )
        section.text()
        section.table(("center database", "records", "requests", "time", "records/s", "target ≤ 10 s"), rows)
    finally:
        services.close()


def bench_batching(section: Section, root: Path) -> None:
    """Per-record time with one record per request against batches of 500."""
    services = _counter(root / "batching", max(SINGLE, BATCHED))
    try:
        single_s, single_n, single_requests = _drain(
            services, f"sqlite:///{root / 'single.sqlite3'}", 1, limit=SINGLE
        )
        _reset_queue(services)
        batch_s, batch_n, batch_requests = _drain(
            services, f"sqlite:///{root / 'batched.sqlite3'}", 500, limit=BATCHED
        )
    finally:
        services.close()
    per_single = single_s / single_n
    per_batch = batch_s / batch_n
    ratio = per_single / per_batch
    section.text(
        "The same pump, store, client and server, one record per request against batches of 500 "
        "(one request, one server transaction and one local commit of the answers per batch). Target ≥ 20×."
    )
    section.text()
    section.table(
        ("mode", "records", "requests", "time", "per record"),
        [
            ("1 per request", single_n, single_requests, f"{single_s:.2f} s", f"{per_single * 1000:.2f} ms"),
            ("batches of 500", batch_n, batch_requests, f"{batch_s:.2f} s", f"{per_batch * 1000:.3f} ms"),
        ],
    )
    section.text(
        f"**Batched is {ratio:.0f}× faster per record** (target ≥ 20×: {'met' if ratio >= 20 else 'missed'})."
    )


def run(report: Report) -> None:
    """Sync benchmarks into their section of docs/BENCHMARKS.md."""
    section = report.section("Sync with the central system")
    root = Path(tempfile.mkdtemp(prefix="psc-bench-sync-"))
    os.environ["PSC_COUNTER_HOME"] = str(root)
    try:
        bench_drain(section, root)
        bench_batching(section, root)
    finally:
        from app.logs import shutdown_logging

        shutdown_logging()
        shutil.rmtree(root, ignore_errors=True)
