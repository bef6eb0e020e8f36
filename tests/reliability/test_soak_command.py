"""`make soak HOURS=N` (issue 15): a few seconds of the soak as a smoke test.

The real soak runs for an hour outside `make test`; this runs the same command for ~4 s of registering
(then its drain) so a broken soak is noticed before someone waits an hour for it. It asserts what the soak
itself reports to a user: nothing lost or duplicated, every receipt printed, exit status 0.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_short_soak_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PSC_COUNTER_KEYRING": "off",
        "TMPDIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bench.soak", "--hours", "0.001", "--per-minute", "240", "--no-write"],
        check=False,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = [line for line in done.stdout.splitlines() if line.startswith("soak: ") and "lost" in line]
    assert summary, done.stdout + done.stderr
    found = re.search(
        r"soak: (\d+) registered, (\d+) held at the center, lost (\d+), duplicated (\d+), "
        r"unacknowledged (\d+), receipts (\d+) \((\d+) unreadable\)",
        summary[-1],
    )
    assert found is not None, summary[-1]
    registered, held, lost, duplicated, unacked, receipts, unreadable = map(int, found.groups())
    assert registered > 0
    assert (held, lost, duplicated, unacked) == (registered, 0, 0, 0)
    assert (receipts, unreadable) == (registered, 0)
    assert done.returncode == 0, done.stderr[-2000:]
