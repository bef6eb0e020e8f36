"""README's example block, run with bash as written: a counter set up as station ``05`` and a center that
registered ``05`` agree (both are ``005``), ``connect`` is accepted, ``sync --once`` drains the queue, and
``central set-status PSC2569-00000042`` moves a case that flows back to the counter.

Two substitutions only, both for this machine rather than the reader: the example's port 8111 becomes a
free port (tests never bind fixed ports), and the case number's Buddhist-era year becomes this year's (the
center numbers cases by the year it received them).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.domain.clock import BANGKOK
from app.logs import shutdown_logging
from app.services import build_services, open_app
from app.storage.models import Record

ROOT = Path(__file__).resolve().parents[2]
MARKER = "<!-- readme-example:"


def readme_example() -> str:
    """The shell block after the ``readme-example`` marker in README.md."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text[text.index(MARKER) :]
    match = re.search(r"```sh\n(.*?)```", after, re.S)
    assert match is not None, "README has no example block after the marker"
    return match.group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_readme_example_runs_as_written_and_drains_the_queue(tmp_path: Path) -> None:
    block = readme_example()
    assert "init --station 05" in block and "central add-station 05" in block
    be_year = datetime.now(BANGKOK).year + 543
    script = block.replace("8111", str(_free_port())).replace("PSC2569-", f"PSC{be_year}-")
    home = tmp_path / "counter"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PSC_CENTRAL") and k != "PSC_COUNTER_HOME"}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        PSC_COUNTER_HOME=str(home),
        PSC_COUNTER_KEYRING="off",
    )
    harness = "set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null; wait' EXIT\n"
    done = subprocess.run(
        ["bash", "-c", harness + script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "จุดบริการ 005" in done.stdout  # connect named the station the center knows
    # The center's files are owner-only; its key is a file of its own, outside the database.
    for name in ("central.sqlite3", "central.key"):
        assert (tmp_path / name).stat().st_mode & 0o077 == 0, name

    svc = build_services(open_app(home))
    try:
        with svc.ctx.db.read_session() as s:
            rows = s.execute(select(Record.station_code, Record.central_status, Record.central_agency)).all()
        assert svc.sync is None or svc.sync.drained()
        # The case number is an alias of the tracking code at the counter too (reprint, letter).
        moved = svc.records.by_tracking_code(f"psc{be_year}-00000042")
        assert moved is not None and (moved.central_status, moved.central_agency) == ("forwarded", "BMA")
    finally:
        svc.close()
        shutdown_logging()
    assert len(rows) == 45 and {r.station_code for r in rows} == {"005"}
    assert sorted(r.central_status for r in rows).count("forwarded") == 1
    assert {r.central_agency for r in rows if r.central_status == "forwarded"} == {"BMA"}
