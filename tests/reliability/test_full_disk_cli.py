"""``demo-data`` on a disk that fills up: a Thai message, no traceback, nothing committed lost (#9).

A real process on a real (small, tmpfs) filesystem, as a script would run it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.logs import shutdown_logging
from tests.helpers.cli_login import CliAs, run_cli
from tests.helpers.counter import raw_sql
from tests.helpers.small_disk import fill, small_filesystem


def records_and_integrity(home: Path) -> tuple[int, int, str]:
    conn = raw_sql(home)
    try:
        records = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
        registered = int(
            conn.execute("SELECT count(*) FROM audit_events WHERE action = 'record.register'").fetchone()[0]
        )
        return records, registered, str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_demo_data_on_a_full_disk_ends_with_a_thai_message_and_loses_nothing(
    tmp_path: Path, cli_as: CliAs, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_filesystem(tmp_path / "disk", 24) as disk:
        home = disk / "home"
        monkeypatch.setattr(sys, "stdin", io.StringIO("pass-word-1\n"))
        assert main(["--home", str(home), "init", "--station", "05", "--admin-user", "admin"]) == 0
        cli_as("admin", "pass-word-1")
        assert main(["--home", str(home), "demo-data", "--count", "20"]) == 0
        shutdown_logging()
        filler = fill(disk, leave_bytes=256 * 1024)

        # The one real process: what a script (or the officer at a terminal) sees.
        full = run_cli(home, "demo-data", "--count", "5000")
        assert full.returncode == 2, full.stdout + full.stderr
        assert "พื้นที่ดิสก์เต็ม" in full.stderr and "[disk_full]" in full.stderr
        assert "Traceback" not in full.stderr + full.stdout
        records, registered, integrity = records_and_integrity(home)
        assert integrity == "ok"
        # Bulk demo data takes a safety copy first, which may take the last room before any record.
        assert 20 <= records < 5020
        assert records == registered  # every committed record with its audit event, none half-written

        filler.unlink()  # room again: the counter carries on where it stopped
        capsys.readouterr()
        assert main(["--home", str(home), "demo-data", "--count", "1"]) == 0, capsys.readouterr().err
        shutdown_logging()
        assert records_and_integrity(home)[:2] == (records + 1, registered + 1)
