"""Sync benchmarks (issues 4 and 15): draining a large queue against a bare floor measured in the same run.

* **Drain 10,000 queued records** from a real counter (SQLCipher, the bulk demo path) to the reference
  service (``bench.center``: uvicorn in a process of its own, as a center runs apart from its counters), one
  forced pump cycle over ``SqlOutboxStore`` as ``sync --once`` runs it — the production store, pump, client
  and server, batches of 500 — on SQLite and on PostgreSQL (127.0.0.1:5433, ``packaging/postgres.sh``).
  **Floor**: the same batch bodies (as the pump packs them, made before the clock starts) posted over
  loopback to a bare server on the same stack that parses the JSON and inserts the same rows into the same
  tables of the same engine, one transaction per batch (``bench.center.floor_app``). Target: drain ≤ 2×
  floor on both engines. Floor and drain alternate; the best of the rounds of each is compared (the
  machine is shared: the best is the least disturbed). The CPU seconds both processes spent (counter or
  floor client, plus center) are reported beside the wall time: on a loaded machine the drain's two busy
  processes cannot run side by side, and the wall ratio then follows the CPU ratio.
* **One record per request**: the same pump with ``max_records=1``; floor: a bare loopback round trip on
  the same stack plus one commit on the counter's SQLCipher (INSERT + COMMIT, the same pragmas). Target: ≤ 3×.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.__main__ import Report, Section, quick

DRAIN = 500 if quick() else 10_000
SINGLE = 20 if quick() else 200  # one-per-request is slow: a sample gives its per-record time
ROUNDS = 1 if quick() else 3
POSTGRES_URL = os.environ.get(
    "PSC_BENCH_POSTGRES_URL", "postgresql+psycopg://psc:psc-test@127.0.0.1:5433/psc_bench"
)
STATION = "7"


def cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used so far (Linux ``/proc``; ``None`` elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    """One timed drain: wall seconds, CPU seconds of this process and of the center, load average."""

    seconds: float
    own_cpu: float
    center_cpu: float | None
    load: float

    @property
    def cpu(self) -> float | None:
        """CPU seconds of both sides (``None`` without ``/proc``)."""
        return None if self.center_cpu is None else self.own_cpu + self.center_cpu


def _counter(home: Path, count: int, station: str = STATION, seed: int = 7) -> Any:
    """A counter home with ``count`` registered, unsent complaints."""
    from argon2 import PasswordHasher

    from app.services import build_services
    from app.services.context import open_app
    from app.services.demo import generate_demo_data

    services = build_services(
        open_app(home), PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1), core_only=True
    )
    services.auth.initialize(station, "จุดบริการทดสอบสมรรถนะ", "admin", "ผู้ดูแล", "bench-pass-1")
    generate_demo_data(services, count, bulk=True, seed=seed)
    return services


def _reset_queue(services: Any) -> None:
    from sqlalchemy import text

    with services.ctx.db.session() as s:
        s.execute(text("UPDATE outbox SET state = 'pending', next_attempt_at = NULL, attempts = 0"))
        s.execute(text("UPDATE records SET central_ref = '', central_status = ''"))


def postgres_answers(url: str = POSTGRES_URL) -> bool:
    """Whether the benchmarks' PostgreSQL database answers."""
    try:
        import psycopg

        psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=2).close()
    except Exception:
        return False
    return True


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


def drain(
    services: Any, db_url: str, max_records: int = 500, limit: int | None = None
) -> tuple[Run, int, int]:
    """Sends the queue (or its first ``limit`` items) to a fresh center in its own process.

    Returns (the timed run, records acknowledged, requests); checks the center holds each exactly once."""
    from app.services.sync_service import SqlOutboxStore
    from bench.center import CenterProcess
    from sync.client import CentralClient
    from sync.pump import Pump

    store: Any = SqlOutboxStore(services.ctx, services.audit_log)
    if limit is not None:
        store = _Limited(store, limit)
    with CenterProcess(db_url, [STATION]) as center:
        client = CentralClient(
            center.url, next(iter(center.tokens.values())), timeout=300, clock=services.ctx.clock
        )
        client.health()  # the connection is open before the clock starts (as the floor's ping)
        pump = Pump(store, client, services.ctx.clock, random.Random(1), max_records=max_records)
        center_cpu, own_cpu = cpu_seconds(center.pid), time.process_time()
        started = time.perf_counter()
        report = pump.cycle(force=True)
        seconds = time.perf_counter() - started
        run = _run(seconds, own_cpu, center.pid, center_cpu)
        client.close()
        held = center.held()
    if report.error:
        raise RuntimeError(f"drain stopped: {report.error}")
    if held != (report.acked, report.acked):
        raise RuntimeError(f"the center holds {held} (stored, distinct) for {report.acked} acknowledged")
    return run, report.acked, report.batches


def _run(seconds: float, own_cpu: float, center_pid: int, center_cpu: float | None) -> Run:
    """A ``Run`` from the counters read before the clock started."""
    now_cpu = cpu_seconds(center_pid)
    used = None if now_cpu is None or center_cpu is None else now_cpu - center_cpu
    return Run(seconds, time.process_time() - own_cpu, used, os.getloadavg()[0])


def batch_bodies(services: Any, max_records: int = 500) -> list[bytes]:
    """The batch bodies the pump sends for the whole queue (``Pump._send`` without the anchor)."""
    from app.services.sync_service import SqlOutboxStore
    from sync.pump import pack_batch

    store = SqlOutboxStore(services.ctx, services.audit_log)
    bodies: list[bytes] = []
    after = 0
    while items := store.due_items(None, after, max_records):
        batch = pack_batch(items, max_records)
        after = batch[-1].item_id
        bodies.append(b'{"records":[' + b",".join(i.wire for i in batch) + b"]}")
    return bodies


def floor_drain(db_url: str, bodies: list[bytes]) -> Run:
    """The bare floor server taking ``bodies`` (see ``bench.center``), timed."""
    import httpx

    from bench.center import FLOOR_BATCH, FLOOR_PING, CenterProcess

    with (
        CenterProcess(db_url, [STATION], floor=True) as center,
        httpx.Client(base_url=center.url, timeout=300) as http,
    ):
        http.get(FLOOR_PING)
        center_cpu, own_cpu = cpu_seconds(center.pid), time.process_time()
        started = time.perf_counter()
        for body in bodies:
            answer = http.post(FLOOR_BATCH, content=body, headers={"Content-Type": "application/json"})
            answer.raise_for_status()
            json.loads(answer.content)
        seconds = time.perf_counter() - started
        run = _run(seconds, own_cpu, center.pid, center_cpu)
        held = center.held()
    expected = sum(body.count(b'"sha256":') for body in bodies)
    if held[0] != expected:
        raise RuntimeError(f"the floor stored {held[0]} of {expected}")
    return run


def floor_single(root: Path, db_url: str, n: int) -> tuple[float, float]:
    """(bare loopback round trip, one INSERT + COMMIT on a SQLCipher file with the counter's pragmas)."""
    import httpx

    from app.storage.db import apply_pragmas, raw_connect
    from app.storage.keys import new_key
    from bench.center import FLOOR_PING, CenterProcess

    with CenterProcess(db_url, [STATION], floor=True) as center, httpx.Client(base_url=center.url) as http:
        http.get(FLOOR_PING)
        trips = []
        for _ in range(n):
            started = time.perf_counter()
            http.get(FLOOR_PING).raise_for_status()
            trips.append(time.perf_counter() - started)
    path = root / f"commit-floor-{time.monotonic_ns()}.sqlite3"
    conn = raw_connect(path, new_key())
    apply_pragmas(conn)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    commits = []
    for i in range(n):
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (body) VALUES (?)", (f"outbox item {i} acknowledged",))
        conn.execute("COMMIT")
        commits.append(time.perf_counter() - started)
    conn.close()
    return statistics.mean(trips), statistics.mean(commits)


def _engines(root: Path) -> list[tuple[str, str]]:
    engines = [("SQLite", f"sqlite:///{root / 'central.sqlite3'}")]
    # The quick smoke run keeps to SQLite (bench_load's quick run reaches PostgreSQL).
    if not quick() and postgres_answers():
        engines.append(("PostgreSQL 127.0.0.1", POSTGRES_URL))
    return engines


def _cpu_text(run: Run) -> str:
    return "–" if run.cpu is None else f"{run.cpu:.2f} s"


def bench_drain(section: Section, root: Path) -> None:
    """10,000 queued records against the floor, on each center engine."""
    services = _counter(root / "drain", DRAIN)
    loads: list[float] = [os.getloadavg()[0]]
    try:
        bodies = batch_bodies(services)
        rows = []
        cpu_rows = []
        for name, url in _engines(root):
            floors: list[Run] = []
            drains: list[Run] = []
            requests = 0
            for _ in range(ROUNDS):
                floors.append(floor_drain(url, bodies))
                _reset_queue(services)
                run, acked, requests = drain(services, url)
                assert acked == DRAIN, acked
                drains.append(run)
                loads += [floors[-1].load, run.load]
            floor = min(floors, key=lambda r: r.seconds)
            best = min(drains, key=lambda r: r.seconds)
            ratio = best.seconds / floor.seconds
            rows.append(
                (
                    name,
                    f"{DRAIN:,}",
                    requests,
                    f"{floor.seconds:.2f} s ({DRAIN / floor.seconds:,.0f}/s)",
                    f"{best.seconds:.2f} s ({DRAIN / best.seconds:,.0f}/s)",
                    f"{ratio:.2f}×",
                    "met" if ratio <= 2 else "missed",
                )
            )
            floor_cpu = [r.cpu for r in floors if r.cpu is not None]
            drain_cpu = [r for r in drains if r.cpu is not None]
            if floor_cpu and drain_cpu:
                least = min(drain_cpu, key=lambda r: r.cpu or 0.0)
                cpu_rows.append(
                    (
                        name,
                        f"{min(floor_cpu):.2f} s",
                        f"{least.own_cpu:.2f} s",
                        f"{least.center_cpu or 0.0:.2f} s",
                        _cpu_text(least),
                        f"{(least.cpu or 0.0) / min(floor_cpu):.2f}×",
                    )
                )
        section.text(
            f"Drain of {DRAIN:,} queued complaints (~1.2 KB of Thai JSON each) from a real counter to the "
            "reference service in its own process on 127.0.0.1, batches of 500, one forced cycle (as "
            "`sync --once`), against the bare floor (the same bodies to a server on the same stack that only "
            f"parses them and inserts the same rows, `bench/center.py`). Best of {ROUNDS} alternating "
            "round(s) each; the center holds every record exactly once after each drain. "
            f"Load average (1 min) during the runs: {min(loads):.1f}–{max(loads):.1f} on "
            f"{os.cpu_count()} cores."
        )
        section.text()
        section.table(
            ("center database", "records", "requests", "floor", "drain", "drain / floor", "target ≤ 2×"), rows
        )
        if cpu_rows:
            section.text(
                "CPU seconds spent (least of the rounds): the floor's client posts ready-made bodies, so its "
                "CPU is nearly all the floor server's; the drain's counter reads, decrypts and packs every "
                "record and commits every answer, work the floor does not do at all. When other work keeps "
                "both cores busy the counter and the center cannot run side by side and the wall-time "
                "ratio follows the CPU ratio."
            )
            section.text()
            section.table(
                (
                    "center database",
                    "floor (both sides)",
                    "drain: counter",
                    "drain: center",
                    "drain (both)",
                    "drain / floor",
                ),
                cpu_rows,
            )
    finally:
        services.close()


def bench_single(section: Section, root: Path) -> None:
    """One record per request against a bare round trip plus one commit, and against batches."""
    services = _counter(root / "single", SINGLE)
    url = f"sqlite:///{root / 'single.sqlite3'}"
    try:
        trip, commit = floor_single(root, url, SINGLE)
        single, single_n, _ = drain(services, url, 1)
        _reset_queue(services)
        batch, batch_n, _ = drain(services, url, 500)
    finally:
        services.close()
    per_single = single.seconds / single_n
    per_batch = batch.seconds / batch_n
    floor = trip + commit
    ratio = per_single / floor
    section.text(
        "One record per request (the same pump with `max_records=1`: per request the counter commits the "
        "item in flight, the center stores it in one transaction, the counter commits the answer) against "
        "a bare loopback round trip on the same stack plus one SQLCipher commit with the counter's pragmas."
    )
    section.text()
    section.table(
        ("measure", "per record", "target", "met"),
        [
            (f"1 per request ({single_n} requests)", f"{per_single * 1000:.2f} ms", "", ""),
            ("floor: bare round trip + one commit", f"{trip * 1000:.2f} + {commit * 1000:.2f} ms", "", ""),
            ("1 per request / floor", f"{ratio:.2f}×", "≤ 3×", "met" if ratio <= 3 else "missed"),
            (f"batches of 500 ({batch_n} records)", f"{per_batch * 1000:.3f} ms", "", ""),
            ("1 per request / batched", f"{per_single / per_batch:.0f}×", "", ""),
        ],
    )


def run(report: Report) -> None:
    """Sync benchmarks into their section of docs/BENCHMARKS.md."""
    section = report.section("Sync with the central system")
    root = Path(tempfile.mkdtemp(prefix="psc-bench-sync-"))
    os.environ["PSC_COUNTER_HOME"] = str(root)
    try:
        bench_drain(section, root)
        bench_single(section, root)
    finally:
        from app.logs import shutdown_logging

        shutdown_logging()
        shutil.rmtree(root, ignore_errors=True)
