"""The center under load (issue 15, "Done when" 5): many counters draining at once against PostgreSQL.

Each counter is a process of its own with its own home (SQLCipher database, station code, queue of bulk
demo complaints); the center is the reference service in another process (``bench.center``) over the
benchmarks' PostgreSQL database (127.0.0.1:5433, ``packaging/postgres.sh``). The counters prepare their
queues, wait at a common start signal, then drain with the production pump and client (batches of 500),
cycling again after a failed request as the background pump would (without its back-off wait).

Reported: every record held at the center exactly once (stored = distinct = counters × records), the
center's throughput (records acknowledged / time from the first request to the last answer) and the p50 /
p95 / max latency of one batch request, against one counter draining the same number of records alone.
Quick mode: 3 counters × 150 records.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.__main__ import Report, Section, percentile, quick

# PSC_BENCH_LOAD_COUNTERS / PSC_BENCH_LOAD_RECORDS override the sizes (a smaller run on a busy machine).
COUNTERS = int(os.environ.get("PSC_BENCH_LOAD_COUNTERS", "3" if quick() else "50"))
RECORDS = int(os.environ.get("PSC_BENCH_LOAD_RECORDS", "150" if quick() else "2000"))
# A counter gives up when its queue has not drained in this long (a stuck center must end the bench).
DRAIN_LIMIT_S = 900.0
PREPARE_LIMIT_S = 1800.0
# Counters preparing their queues at the same time (imports, migrations, demo data); the drain itself
# starts for all of them at once.
PREPARE_AT_ONCE = 4


def _counter_main(
    index: int, root: str, station: str, count: int, conn: multiprocessing.connection.Connection, gate: Any
) -> None:
    """One counter: prepares its queue, says ready, waits for (url, token), drains, reports."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import logging
    import random

    logging.basicConfig(level=logging.WARNING)
    os.environ["PSC_COUNTER_KEYRING"] = "off"
    home = Path(root) / f"counter-{index}"
    os.environ["PSC_COUNTER_HOME"] = str(home)
    from app.domain.records import QueueState
    from app.services.sync_service import SqlOutboxStore
    from bench.bench_sync import _counter
    from sync.client import CentralClient
    from sync.protocol import RecordResult
    from sync.pump import Pump

    with gate:  # a few at a time: 50 counters preparing at once would starve the whole machine
        services = _counter(home, count, station, seed=index + 1)
    conn.send("ready")
    url, token = conn.recv()
    latencies: list[float] = []

    class TimedClient(CentralClient):
        def post_batch(self, records: Any, body: bytes | None = None) -> list[RecordResult]:
            started = time.perf_counter()
            try:
                return super().post_batch(records, body)
            finally:
                latencies.append(time.perf_counter() - started)

    client = TimedClient(url, token, clock=services.ctx.clock)
    store = SqlOutboxStore(services.ctx, services.audit_log)
    pump = Pump(store, client, services.ctx.clock, random.Random(index))
    started = time.time()
    errors: list[str] = []
    acked = 0
    while time.time() - started < DRAIN_LIMIT_S:
        report = pump.cycle(force=True)
        acked += report.acked
        if not report.error:
            break
        errors.append(report.error)
    finished = time.time()
    counts = store.queue_counts()
    client.close()
    services.close()
    conn.send(
        {
            "started": started,
            "finished": finished,
            "acked": acked,
            "latencies": latencies,
            "errors": errors,
            "unacked": sum(n for state, n in counts.items() if state is not QueueState.ACKED),
        }
    )


def load(center: Any, counters: int, records: int, root: Path, stations: list[str]) -> dict[str, Any]:
    """``counters`` counter processes drain ``records`` each at once into ``center``; what happened."""
    ctx = multiprocessing.get_context("spawn")
    gate = ctx.BoundedSemaphore(PREPARE_AT_ONCE)
    pipes = []
    procs = []
    for i, station in enumerate(stations[:counters]):
        parent, child = ctx.Pipe()
        proc = ctx.Process(
            target=_counter_main,
            args=(i, str(root), station, records, child, gate),
            name=f"counter-{i}",
            daemon=True,
        )
        proc.start()
        pipes.append(parent)
        procs.append(proc)
    try:
        deadline = time.monotonic() + PREPARE_LIMIT_S
        for pipe in pipes:
            if not pipe.poll(max(1.0, deadline - time.monotonic())) or pipe.recv() != "ready":
                raise RuntimeError("a counter did not prepare its queue")
        stored_before, distinct_before = center.held()
        for pipe, station in zip(pipes, stations, strict=False):
            pipe.send((center.url, center.tokens[station]))
        results = []
        for pipe in pipes:
            if not pipe.poll(DRAIN_LIMIT_S + 120):
                raise RuntimeError("a counter did not finish its drain")
            results.append(pipe.recv())
        stored, distinct = center.held()
    finally:
        for proc in procs:
            proc.join(30)
            if proc.is_alive():
                proc.terminate()
    span = max(r["finished"] for r in results) - min(r["started"] for r in results)
    latencies = [x for r in results for x in r["latencies"]]
    acked = sum(r["acked"] for r in results)
    return {
        "counters": counters,
        "records": counters * records,
        "acked": acked,
        "stored": stored - stored_before,
        "distinct": distinct - distinct_before,
        "unacked": sum(r["unacked"] for r in results),
        "errors": sum(len(r["errors"]) for r in results),
        "span": span,
        "throughput": acked / span if span else 0.0,
        "batches": len(latencies),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "max": max(latencies) if latencies else float("nan"),
    }


def _row(name: str, r: dict[str, Any]) -> tuple[object, ...]:
    exact = r["stored"] == r["distinct"] == r["records"] and r["unacked"] == 0
    return (
        name,
        f"{r['records']:,}",
        f"{r['stored']:,} / {r['distinct']:,}",
        "yes" if exact else "**no**",
        f"{r['span']:.1f} s",
        f"{r['throughput']:,.0f}/s",
        r["batches"],
        f"{r['p50'] * 1000:.0f} ms",
        f"{r['p95'] * 1000:.0f} ms",
        f"{r['max'] * 1000:.0f} ms",
        r["errors"],
    )


def bench_load(section: Section, root: Path) -> None:
    """One counter alone, then ``COUNTERS`` at once, against the center on PostgreSQL."""
    from bench.bench_sync import POSTGRES_URL, postgres_answers

    if not postgres_answers():
        section.text(f"**Skipped:** PostgreSQL does not answer at `{POSTGRES_URL.split('@')[-1]}`.")
        return
    from bench.center import CenterProcess

    alone_station = ["900"]
    stations = [str(101 + i) for i in range(COUNTERS)]
    with CenterProcess(POSTGRES_URL, alone_station + stations) as center:
        alone = load(center, 1, RECORDS, root / "alone", alone_station)
        many = load(center, COUNTERS, RECORDS, root / "many", stations)
    section.text(
        f"{COUNTERS} counters (separate processes, each its own home and station) drain {RECORDS:,} queued "
        "complaints each at the same moment into the reference center (its own process, uvicorn, "
        "PostgreSQL 127.0.0.1:5433), batches of 500, against one counter draining the same alone. "
        "Throughput = records acknowledged / time from the first request to the last answer; latency = one "
        "batch request as the counter waits for it. Requests that failed (and were sent again) are counted."
    )
    if "PSC_BENCH_LOAD_COUNTERS" in os.environ or "PSC_BENCH_LOAD_RECORDS" in os.environ:
        section.text()
        section.text(
            "_Sizes set by PSC_BENCH_LOAD_COUNTERS / PSC_BENCH_LOAD_RECORDS; the target is 50 × 2,000._"
        )
    section.text()
    section.table(
        (
            "run",
            "records",
            "center holds (stored / distinct)",
            "exactly once",
            "time",
            "center throughput",
            "batches",
            "batch p50",
            "batch p95",
            "batch max",
            "failed requests",
        ),
        [_row("1 counter alone", alone), (_row(f"{COUNTERS} counters at once", many))],
    )
    section.text(
        f"Under load the center moves **{many['throughput'] / alone['throughput']:.2f}×** the records a "
        f"second of a single counter, and a batch's p95 latency is **{many['p95'] / alone['p95']:.1f}×** "
        "a single counter's: the center stores one batch at a time (one writer; each batch one transaction), "
        "so concurrent batches queue, and their latency grows with the number of counters while throughput "
        "stays near the single-writer rate."
    )


def run(report: Report) -> None:
    """The load benchmark into its section of docs/BENCHMARKS.md."""
    section = report.section("Sync: the center under load")
    root = Path(tempfile.mkdtemp(prefix="psc-bench-load-"))
    try:
        bench_load(section, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
