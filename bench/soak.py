"""The long soak (issue 15, "Done when" 6): a counter without its GUI registers, prints and syncs for hours.

    make soak HOURS=1                      # the real run; figures go to docs/BENCHMARKS.md (section soak)
    python -m bench.soak --hours 0.01      # a 36-second smoke run
    python -m bench.soak --hours 0.002 --no-write   # what the test in make test runs

The counter process (this one) is the production code path without Qt widgets: the services over a real
SQLCipher home, the background ``PumpThread`` of ``SyncService.start`` and the ``PrintWorker`` of
``PrintJobService.start_worker``, as the GUI runs them. A second process plays everything outside the
counter: the reference center (SQLite) with faults inside it (500 before and after commit, 429 and 503
with ``Retry-After``), a fault-injecting proxy on 127.0.0.1 in front of it (requests reset mid-body, lost
answers, answers cut mid-body, stalls), and a socket receipt printer that parses the ESC/POS it receives.

Every few seconds the soak registers a few complaints and queues their receipts; the pump and the
printer worker do the rest. Every ``SAMPLE_S`` it samples the resident memory (RSS) of both processes. At
the end it lets the queue drain (faults still on), then checks what a user would notice: every record
version the counter holds is at the center exactly once with the same hash (lost = missing, duplicated = a
version or a case stored twice, or a version the counter never made), every outbox item acknowledged, and
every receipt printed once.
"""

from __future__ import annotations

import argparse
import functools
import logging
import multiprocessing
import multiprocessing.connection
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

# How often resident memory is sampled (seconds); the report shows about a dozen of the samples.
SAMPLE_S = 10.0
# Memory is judged from the end of the warm-up (first receipt rendered, statement caches filled, the
# first back-offs taken): this share of the run, at most WARMUP_MAX_S.
WARMUP_SHARE = 0.1
WARMUP_MAX_S = 300.0
# Share of requests the proxy breaks, and share of batches the center fails on purpose.
PROXY_FAULT_RATE = 0.15
SERVER_FAULT_RATE = 0.1
# The center's Retry-After on 429/503 (seconds).
RETRY_AFTER_S = 3
# How long the final drain may take before the soak reports what is left (seconds).
DRAIN_LIMIT_S = 600.0
# The counter's background pump polls at least this often (seconds) when nothing wakes it.
POLL_S = 5.0
GROWTH_TARGET_MB = 50.0


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process in MB (Linux ``/proc``; elsewhere this process's peak)."""
    path = Path(f"/proc/{pid or 'self'}/status")
    if path.exists():
        for line in path.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------------------------------- the peer
def _peer_main(root: str, seed: int, conn: multiprocessing.connection.Connection) -> None:
    """Center + fault proxy + receipt printer, in a process of their own (so RSS is measured apart)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from sync.server.app import create_app
    from sync.server.central import Central
    from sync.server.runner import ServerThread
    from tests.printing.fake_printer import FakeTcpPrinter
    from tests.sync.faults import FaultProxy, FaultyHooks

    rng = random.Random(seed)
    central = Central.from_url(f"sqlite:///{Path(root) / 'center.sqlite3'}")
    token = central.add_station("7")
    hooks = FaultyHooks(random.Random(rng.random()), SERVER_FAULT_RATE, retry_after_s=RETRY_AFTER_S)
    server = ServerThread(create_app(central, hooks)).start()
    proxy = FaultProxy(server.port, random.Random(rng.random()), PROXY_FAULT_RATE, stall_s=1.5).start()
    printer = FakeTcpPrinter()
    printer.start()
    tally = _PrinterTally(printer)
    conn.send({"url": proxy.url, "token": token, "printer": printer.uri, "pid": os.getpid()})
    try:
        while True:
            if conn.poll(1.0):
                message = conn.recv()
                if message == "faults_off":
                    proxy.rate = 0.0
                    hooks.rate = 0.0
                    conn.send("ok")
                elif message == "stats":
                    tally.collect()
                    conn.send(
                        {"rss_mb": rss_mb(), "receipts": tally.receipts, "unreadable": tally.unreadable}
                    )
                elif message == "stop":
                    break
            tally.collect()
    finally:
        server.stop()
        proxy.stop()
        printer.stop()
        tally.collect()
        central.engine.dispose()
        conn.send(
            {
                "receipts": tally.receipts,
                "unreadable": tally.unreadable,
                "proxy_faults": dict(proxy.injected),
                "proxy_requests": proxy.requests,
                "server_faults": dict(hooks.injected),
                "rss_mb": rss_mb(),
            }
        )


class _PrinterTally:
    """Counts finished receipts and forgets their bytes (an hour of receipts is gigabytes of raster)."""

    def __init__(self, printer: Any) -> None:
        self.printer = printer
        self.receipts = 0
        self.unreadable = 0

    def collect(self) -> None:
        with self.printer._lock:
            done = [c for c in self.printer.connections if c.closed]
            for c in done:
                if len(c.data) > 16:  # status queries alone are a few bytes
                    self.receipts += 1
                    if c.error:
                        self.unreadable += 1
            self.printer.connections = [c for c in self.printer.connections if not c.closed]


# ---------------------------------------------------------------------------------------------- the counter
@dataclass
class SoakResult:
    """What a soak found."""

    seconds: float
    registered: int
    versions_at_counter: int
    held_at_center: int
    lost: int
    duplicated: int
    unacked: int
    receipts: int
    unreadable_receipts: int
    samples: list[tuple[float, float, float]] = field(default_factory=list)  # (t, counter MB, peer MB)
    warmup_s: float = 0.0
    proxy_faults: dict[str, int] = field(default_factory=dict)
    proxy_requests: int = 0
    server_faults: dict[str, int] = field(default_factory=dict)
    drain_s: float = 0.0
    cycles: int = 0
    busy_retries: int = 0

    def rss_at(self, t: float) -> tuple[float, float]:
        """(counter, peer) RSS of the first sample at or after ``t`` seconds."""
        for at, counter, peer in self.samples:
            if at >= t:
                return counter, peer
        return self.samples[-1][1], self.samples[-1][2]

    @property
    def growth_mb(self) -> float:
        """Counter RSS growth from the end of the warm-up to the end."""
        return self.samples[-1][1] - self.rss_at(self.warmup_s)[0]

    @property
    def ok(self) -> bool:
        """Nothing lost or duplicated, everything acknowledged and printed."""
        return (
            self.lost == 0
            and self.duplicated == 0
            and self.unacked == 0
            and self.receipts == self.registered
            and self.unreadable_receipts == 0
        )


def run_soak(seconds: float, *, seed: int = 15, per_minute: float = 120.0, log: Any = print) -> SoakResult:
    """Runs the soak for ``seconds`` of registering (then the drain) and returns what it found."""
    root = Path(tempfile.mkdtemp(prefix="psc-soak-"))
    home = root / "home"
    home.mkdir()
    os.environ["PSC_COUNTER_HOME"] = str(home)
    os.environ.setdefault("PSC_COUNTER_KEYRING", "off")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    peer = ctx.Process(target=_peer_main, args=(str(root), seed, child), name="soak-peer", daemon=True)
    peer.start()
    try:
        if not parent.poll(300):  # a starved machine takes long to import the center
            raise RuntimeError("the soak's center did not start")
        info = parent.recv()
        return _counter_side(root, home, info, parent, seconds, seed, per_minute, log)
    finally:
        if peer.is_alive():
            peer.terminate()
        peer.join(10)
        from app.logs import shutdown_logging

        shutdown_logging()
        shutil.rmtree(root, ignore_errors=True)


def _counter_side(
    root: Path,
    home: Path,
    info: dict[str, Any],
    peer: multiprocessing.connection.Connection,
    seconds: float,
    seed: int,
    per_minute: float,
    log: Any,
) -> SoakResult:
    from argon2 import PasswordHasher

    from app.domain.fakes import fake_complaint
    from app.domain.roles import Role
    from app.services import build_services
    from app.services.context import open_app
    from app.services.print_jobs import PrintJobState
    from printing.fonts import ensure_gui_app

    ensure_gui_app()  # receipts render with QtGui: the application object lives on this (main) thread
    services = build_services(open_app(home), PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    admin = services.auth.initialize("7", "จุดบริการทดสอบความทนทาน", "admin", "ผู้ดูแล", "soak-pass-1").user
    services.auth.create_user(admin, "officer", "เจ้าหน้าที่ ทดสอบ", Role.COUNTER_OFFICER, "soak-pass-2")
    officer = services.auth.login("officer", "soak-pass-2")
    printing = services.print_jobs
    assert printing is not None
    printing.save_printer(admin, info["printer"], 576)
    sync = services.sync
    assert sync is not None
    _connect(services, info, log)
    rng = random.Random(seed)
    samples: list[tuple[float, float, float]] = []
    registered = 0
    busy: list[int] = [0]  # saves and print requests retried after database_busy
    started = time.monotonic()
    printing.start_worker()
    sync.start(poll_s=POLL_S)
    next_sample = 0.0
    try:
        while (elapsed := time.monotonic() - started) < seconds:
            if elapsed >= next_sample:
                samples.append((elapsed, rss_mb(), _peer_stats(peer)["rss_mb"]))
                next_sample += SAMPLE_S
                if len(samples) % 30 == 1:
                    log(
                        f"soak {elapsed:6.0f} s: {registered} registered, counter RSS {samples[-1][1]:.1f} MB"
                    )
            for _ in range(rng.randint(1, 4)):
                payload = fake_complaint(rng, services.ctx.reference)
                # ``database_busy`` is an environment failure the officer sees calmly and retries (a
                # starved machine can keep the lock from the background writers past the timeout).
                result = _retry_busy(functools.partial(services.complaints.register, officer, payload), busy)
                registered += 1
                _retry_busy(functools.partial(printing.enqueue, officer, result.record_id), busy)
            sync.notify_queued()
            # Paced to ``per_minute`` on average (2.5 records per step).
            time.sleep(min(max(0.0, seconds - (time.monotonic() - started)), 2.5 * 60.0 / per_minute))
        samples.append((time.monotonic() - started, rss_mb(), _peer_stats(peer)["rss_mb"]))
        run_s = time.monotonic() - started
        log(f"soak: {registered} registered in {run_s:.0f} s; draining")
        drain_started = time.monotonic()
        while time.monotonic() - drain_started < DRAIN_LIMIT_S:
            unprinted = any(
                printing.jobs(state, limit=1) for state in (PrintJobState.PENDING, PrintJobState.PRINTING)
            )
            if sync.drained() and not unprinted:
                break
            sync.sync_now()
            printing.wake()
            time.sleep(1.0)
        drain_s = time.monotonic() - drain_started
        cycles = sync._thread.cycles if sync._thread is not None else 0
    finally:
        sync.stop()
        printing.stop_worker()
    peer.send("stop")
    final = peer.recv() if peer.poll(30) else {}
    local = _local_versions(services)
    unacked = _unacked(services)
    services.close()
    held, duplicated = _center_versions(root / "center.sqlite3")
    lost = len(set(local) - set(held)) + sum(1 for k, sha in local.items() if k in held and held[k] != sha)
    duplicated += len(set(held) - set(local))
    return SoakResult(
        seconds=run_s,
        registered=registered,
        versions_at_counter=len(local),
        held_at_center=len(held),
        lost=lost,
        duplicated=duplicated,
        unacked=unacked,
        receipts=int(final.get("receipts", 0)),
        unreadable_receipts=int(final.get("unreadable", 0)),
        samples=samples,
        warmup_s=min(WARMUP_MAX_S, WARMUP_SHARE * run_s),
        proxy_faults=final.get("proxy_faults", {}),
        proxy_requests=int(final.get("proxy_requests", 0)),
        server_faults=final.get("server_faults", {}),
        drain_s=drain_s,
        cycles=cycles,
        busy_retries=busy[0],
    )


T = TypeVar("T")


def _retry_busy(action: Callable[[], T], busy: list[int]) -> T:
    """Runs ``action``, again after a pause while the database is busy (as an officer would)."""
    from app.storage.errors import KnownError

    while True:
        try:
            return action()
        except KnownError as exc:
            if exc.code != "database_busy" or busy[0] > 1000:
                raise
            busy[0] += 1
            time.sleep(1.0)


def _peer_stats(peer: multiprocessing.connection.Connection) -> dict[str, Any]:
    peer.send("stats")
    if not peer.poll(30):
        raise RuntimeError("the soak's center stopped answering")
    answer: dict[str, Any] = peer.recv()
    return answer


def _connect(services: Any, info: dict[str, Any], log: Any) -> None:
    """Connects the counter through the faulty proxy (the health check itself may meet a fault)."""
    from app.storage.errors import KnownError

    for _ in range(50):
        try:
            services.sync.connect(info["url"], info["token"])
            return
        except KnownError as exc:
            log(f"connect: {exc}; again")
            time.sleep(0.2)
    raise RuntimeError("could not connect to the soak's center")


def _local_versions(services: Any) -> dict[tuple[str, int], str]:
    from sqlalchemy import select

    from app.storage.models import OutboxItem

    with services.ctx.db.read_session() as s:
        rows = s.execute(select(OutboxItem.record_id, OutboxItem.version, OutboxItem.sha256)).all()
    return {(r[0], int(r[1])): str(r[2]) for r in rows}


def _unacked(services: Any) -> int:
    from app.domain.records import QueueState

    counts = services.sync.store.queue_counts()
    return sum(n for state, n in counts.items() if state not in (QueueState.ACKED, QueueState.WITHDRAWN))


def _center_versions(path: Path) -> tuple[dict[tuple[str, int], str], int]:
    """The versions the center holds, and how many are stored more than once (versions or cases)."""
    import sqlite3

    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT record_id, version, sha256 FROM record_versions").fetchall()
        cases_twice = db.execute(
            "SELECT COUNT(*) FROM (SELECT record_id FROM cases GROUP BY record_id HAVING COUNT(*) > 1)"
        ).fetchone()[0]
    held: dict[tuple[str, int], str] = {}
    duplicated = int(cases_twice)
    for rid, ver, sha in rows:
        if (rid, int(ver)) in held:
            duplicated += 1
        held[(rid, int(ver))] = sha
    db.close()
    return held, duplicated


# ---------------------------------------------------------------------------------------------- report
def _yes(ok: bool) -> str:
    return "yes" if ok else "no"


def write_report(result: SoakResult, hours: float) -> None:
    """Writes the soak's section of docs/BENCHMARKS.md (the other sections stay as they are)."""
    from bench.__main__ import OUTPUT, Report, write

    report = Report()
    report.current = "soak"
    section = report.section("Soak: register, print and sync through faults")
    section.text(
        f"`make soak HOURS={hours:g}`: a counter without its GUI (real SQLCipher home, the background sync "
        "pump and print worker the GUI runs) registered complaints and printed their receipts to a socket "
        "printer for "
        f"{result.seconds / 60:.1f} min, syncing through a fault-injecting proxy on 127.0.0.1 "
        f"({PROXY_FAULT_RATE:.0%} of requests broken) to the reference center (SQLite), which failed "
        f"{SERVER_FAULT_RATE:.0%} of batches on purpose (500 before/after commit, 429/503 with Retry-After). "
        "Center, proxy and printer ran in a second process."
    )
    section.text()
    faults = ", ".join(f"{k} {v}" for k, v in sorted({**result.proxy_faults, **result.server_faults}.items()))
    warm_counter, warm_peer = result.rss_at(result.warmup_s)
    end = result.samples[-1]
    printed_ok = result.receipts == result.registered and not result.unreadable_receipts
    held_ok = result.versions_at_counter == result.held_at_center
    growth_ok = result.growth_mb < GROWTH_TARGET_MB
    start_rss = result.samples[0][1]
    section.table(
        ("measure", "value", "target", "met"),
        [
            ("records registered", f"{result.registered:,}", "", ""),
            (
                "record versions at the counter / held at the center",
                f"{result.versions_at_counter:,} / {result.held_at_center:,}",
                "equal",
                _yes(held_ok),
            ),
            ("records lost", result.lost, "0", _yes(result.lost == 0)),
            ("records duplicated", result.duplicated, "0", _yes(result.duplicated == 0)),
            ("outbox items not acknowledged at the end", result.unacked, "0", _yes(result.unacked == 0)),
            (
                "receipts printed (unreadable)",
                f"{result.receipts:,} ({result.unreadable_receipts})",
                f"{result.registered:,} (0)",
                _yes(printed_ok),
            ),
            ("faults injected", faults or "none", "", ""),
            ("requests through the proxy", f"{result.proxy_requests:,}", "", ""),
            ("final drain (faults on)", f"{result.drain_s:.1f} s", "", ""),
            ("saves or print requests retried after `database_busy`", result.busy_retries, "", ""),
            (
                "counter RSS at start / after warm-up / end",
                f"{start_rss:.1f} / {warm_counter:.1f} / {end[1]:.1f} MB",
                "",
                "",
            ),
            (
                "counter RSS growth after warm-up",
                f"{result.growth_mb:+.1f} MB",
                f"< {GROWTH_TARGET_MB:.0f} MB",
                _yes(growth_ok),
            ),
            ("counter RSS growth from start", f"{end[1] - start_rss:+.1f} MB", "", ""),
            ("center+proxy+printer RSS after warm-up / end", f"{warm_peer:.1f} / {end[2]:.1f} MB", "", ""),
        ],
    )
    step = max(1, len(result.samples) // 12)
    shown = result.samples[::step]
    if shown[-1] is not result.samples[-1]:
        shown.append(result.samples[-1])
    section.text(f"Resident memory over the run (warm-up: the first {result.warmup_s:.0f} s):")
    section.text()
    section.table(
        ("minute", "counter RSS", "center+proxy+printer RSS"),
        [(f"{t / 60:.1f}", f"{c:.1f} MB", f"{p:.1f} MB") for t, c, p in shown],
    )
    write(report, {"soak": result.seconds + result.drain_s})
    # The harness names every section's module bench/bench_NAME.py; the soak is bench/soak.py.
    text = OUTPUT.read_text(encoding="utf-8")
    OUTPUT.write_text(
        text.replace("_Module `bench/bench_soak.py`", "_`make soak` (`bench/soak.py`)"), "utf-8"
    )


def main(argv: list[str]) -> int:
    """``python -m bench.soak --hours N``: exit 0 only when nothing was lost or duplicated."""
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=1.0, help="how long to register (fractions allowed)")
    parser.add_argument("--per-minute", type=float, default=120.0, help="records registered a minute")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--no-write", action="store_true", help="do not write docs/BENCHMARKS.md")
    args = parser.parse_args(argv)
    if args.hours <= 0:
        parser.error("--hours must be above 0")
    result = run_soak(args.hours * 3600, seed=args.seed, per_minute=args.per_minute)
    growth = result.growth_mb
    print(
        f"soak: {result.registered} registered, {result.held_at_center} held at the center, "
        f"lost {result.lost}, duplicated {result.duplicated}, unacknowledged {result.unacked}, "
        f"receipts {result.receipts} ({result.unreadable_receipts} unreadable), "
        f"counter RSS growth after warm-up {growth:+.1f} MB",
        flush=True,
    )
    if not args.no_write:
        write_report(result, args.hours)
    return 0 if result.ok else 1


if __name__ == "__main__":
    # The counter's own log goes to its home's file; only warnings reach the terminal of a long run.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)
    threading.current_thread().name = "soak"
    sys.exit(main(sys.argv[1:]))
