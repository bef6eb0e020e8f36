"""Power-cut safety: a saver is SIGKILLed at random moments, hundreds of times, on the same home.

After every kill the home is reopened and checked: every complaint the saver reported as saved (it
prints only after ``register`` returned) is on disk with its pending outbox item and its audit event;
SQLite's integrity check passes; the audit hash chain verifies. A record the saver never reported may or
may not be there (it was killed inside the transaction), but it is then complete too.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.logs import shutdown_logging
from app.storage.models import FTS_BATCH, FTS_INDEXED_UPTO
from tests.helpers.counter import OFFICER, OFFICER_PASSWORD, open_services, raw_sql, set_up_station

REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PSC_CRASH_KILLS", "200"))
# Delays after the saver starts: short ones land in open/sign-in, longer ones in the save loop.
MIN_DELAY_S = 0.03
MAX_DELAY_S = float(os.environ.get("PSC_CRASH_MAX_DELAY", "0.25"))


class ForkServer:
    """Talks to tests/helpers/crash_child.py."""

    def __init__(self, home: Path) -> None:
        env = dict(os.environ, PSC_COUNTER_KEYRING="off", PSC_COUNTER_HOME=str(home))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.crash_child", str(home), OFFICER, OFFICER_PASSWORD],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        try:
            assert self._line() == "ready"
        except BaseException:
            self.proc.kill()  # never leave the child (and its pipes) behind when it did not start
            self.proc.wait(timeout=10)
            self.close()
            raise

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError("crash child server died")
        return line.strip()

    def _send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def start_saver(self, seed: int) -> int:
        self._send(f"go {seed}")
        line = self._line()
        assert line.startswith("pid "), line
        return int(line.split()[1])

    def reap(self, pid: int) -> tuple[list[tuple[str, str]], str]:
        """Waits for the saver to be gone; returns what it reported as saved and how it ended."""
        self._send(f"reap {pid}")
        saved: list[tuple[str, str]] = []
        while True:
            line = self._line()
            if line.startswith("saved "):
                _, record_id, code = line.split()
                saved.append((record_id, code))
            elif line.startswith(f"reaped {pid} "):
                return saved, line.split(" ", 2)[2]
            else:
                raise AssertionError(f"unexpected line from crash child: {line!r}")

    def close(self) -> None:
        if self.proc.poll() is None:
            self._send("quit")
            self.proc.wait(timeout=10)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


def _check_home(home: Path, reported: dict[str, str]) -> int:
    """Reopens the home like the app does after a crash and checks everything; returns the record count."""
    services = open_services(home)
    try:
        verification = services.audit.verify()
        assert verification.ok, verification
    finally:
        services.close()
        shutdown_logging()
    conn = raw_sql(home)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        on_disk = dict(conn.execute("SELECT id, tracking_code FROM records").fetchall())
        with_outbox = {
            r[0] for r in conn.execute("SELECT record_id FROM outbox WHERE version = 1 AND state = 'pending'")
        }
        audited = {
            r[0] for r in conn.execute("SELECT target FROM audit_events WHERE action = 'record.register'")
        }
        versions = {r[0] for r in conn.execute("SELECT record_id FROM record_versions WHERE version = 1")}
        unfindable = _records_missing_from_search_index(conn)
    finally:
        conn.close()
    missing = {rid for rid in reported if on_disk.get(rid) != reported[rid]}
    assert not missing, f"{len(missing)} reported saves are not on disk"
    # Every record on disk, reported or not, is whole: version, outbox item, audit event, search row.
    assert set(on_disk) == with_outbox == audited == versions
    assert not unfindable, f"records not in the search index: {unfindable[:5]}"
    return len(on_disk)


def _records_missing_from_search_index(conn: Any) -> list[str]:
    """Tracking codes of records the search index does not hold though it should.

    Records up to the ``fts_indexed_upto`` mark must be found through the trigram index itself (a MATCH of
    every trigram of their tracking code reads the index, not the content table); fewer than ``FTS_BATCH``
    may wait above the mark, where search reads them with ``instr``. ``count(*)`` on the external-content
    FTS table would read the records table and could not fail.
    """
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (FTS_INDEXED_UPTO,)).fetchone()
    mark = int(row[0]) if row else 0
    above = [r[0] for r in conn.execute("SELECT tracking_code FROM records WHERE rowid > ?", (mark,))]
    missing = above[FTS_BATCH - 1 :]  # at most FTS_BATCH - 1 records may wait for the next batch
    for rowid, code in conn.execute("SELECT rowid, tracking_code FROM records WHERE rowid <= ?", (mark,)):
        trigrams = " AND ".join(f'"{code[i : i + 3]}"' for i in range(len(code) - 2))
        hits = conn.execute("SELECT rowid FROM records_fts WHERE records_fts MATCH ?", (trigrams,)).fetchall()
        if (rowid,) not in hits:
            missing.append(code)
    return missing


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_a_reported_save(counter_home: Path) -> None:
    setup = open_services(counter_home)
    set_up_station(setup)
    setup.close()
    shutdown_logging()

    rng = random.Random(20260324)
    reported: dict[str, str] = {}
    endings: list[str] = []
    server = ForkServer(counter_home)
    # On a loaded machine a saver may spend the whole delay opening the home and signing in; then the
    # delays stretch (and more cycles run) until the savers were really saving when they died.
    stretch = 1.0
    cycle = 0
    try:
        while cycle < KILLS or (len(reported) < KILLS and cycle < 3 * KILLS):
            if cycle % 50 == 49 and len(reported) < cycle:
                stretch = min(stretch * 2, 8.0)
            pid = server.start_saver(seed=cycle)
            cycle += 1
            time.sleep(rng.uniform(MIN_DELAY_S, MAX_DELAY_S) * stretch)
            os.kill(pid, signal.SIGKILL)
            saved, ending = server.reap(pid)
            endings.append(ending)
            assert ending == f"signal {signal.SIGKILL.value}", f"saver {cycle - 1} ended by itself: {ending}"
            reported.update(saved)
            count = _check_home(counter_home, reported)
            assert count >= len(reported)
    finally:
        server.close()
    assert len(endings) == cycle >= KILLS
    # The test only means something if the savers really were saving when they died.
    assert len(reported) >= KILLS, f"only {len(reported)} saves in {cycle} cycles"
