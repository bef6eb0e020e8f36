"""``psc-counter connect``, ``sync --once`` and ``central serve|add-station|set-status``, headless, against
a real central service started by the command itself (a subprocess on 127.0.0.1)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from app.cli import main
from app.domain.clock import FixedClock
from app.logs import shutdown_logging
from app.services import build_services, open_app
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.cli_login import CliAs
from tests.helpers.counter import complaint
from tests.sync.conftest import CounterTemplate

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def central_process(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """``psc-counter central serve`` running as its own process; yields (url, db url)."""
    db = f"sqlite:///{tmp_path / 'central.sqlite3'}"
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "central", "serve", "--db", db, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read().decode() if proc.stderr else "serve exited")
        yield url, db
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stderr:
            proc.stderr.close()


def test_status_set_at_the_center_reaches_the_counter_headless(
    central_process: tuple[str, str],
    counter_template: CounterTemplate,
    counter_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cli_as: CliAs,
) -> None:
    url, db = central_process
    cli_as("admin", "admin-pass-1")
    shutil.copytree(counter_template.home, counter_home, dirs_exist_ok=True)
    svc = build_services(open_app(counter_home, FixedClock(time_now())))
    record_id = svc.complaints.register(counter_template.officer, complaint(2)).record_id
    svc.close()
    shutdown_logging()

    assert main(["central", "add-station", "101", "--db", db]) == 0
    token = capsys.readouterr().out.strip()
    token_file = tmp_path / "token.txt"
    token_file.write_text(token + "\n", encoding="utf-8")
    home = ["--home", str(counter_home)]

    assert main([*home, "connect", "--server-url", url, "--token-file", str(token_file)]) == 0
    assert "จุดบริการ 101" in capsys.readouterr().out
    assert main([*home, "sync", "--once"]) == 0
    assert "ศูนย์รับแล้ว 1" in capsys.readouterr().out

    ref = central_ref(counter_home, record_id)
    assert ref.startswith("PSC")
    assert (
        main(
            [
                "central",
                "set-status",
                ref,
                "--status",
                "forwarded",
                "--agency",
                "กรมที่ดิน",
                "--note",
                "ส่งต่อแล้ว",
                "--db",
                db,
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main([*home, "sync", "--once"]) == 0
    assert "สถานะใหม่จากศูนย์ 1" in capsys.readouterr().out
    svc = build_services(open_app(counter_home, FixedClock(time_now())))
    try:
        detail = svc.records.detail(record_id)
        assert (detail.central_status, detail.central_agency, detail.central_note) == (
            "forwarded",
            "กรมที่ดิน",
            "ส่งต่อแล้ว",
        )
    finally:
        svc.close()
        shutdown_logging()

    assert main(["central", "set-status", "PSC2569-99999999", "--status", "closed", "--db", db]) == 2
    assert "[unknown_case]" in capsys.readouterr().err


def test_sync_once_exits_non_zero_while_records_wait(
    counter_template: CounterTemplate,
    counter_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cli_as: CliAs,
) -> None:
    cli_as("admin", "admin-pass-1")
    shutil.copytree(counter_template.home, counter_home, dirs_exist_ok=True)
    home = ["--home", str(counter_home)]
    assert main([*home, "sync", "--once"]) == 2
    assert "[not_connected]" in capsys.readouterr().err
    svc = build_services(open_app(counter_home, FixedClock(time_now())))
    svc.complaints.register(counter_template.officer, complaint(3))
    svc.close()
    shutdown_logging()
    token_file = tmp_path / "token.txt"
    token_file.write_text("some-token", encoding="utf-8")
    # Nobody listens on the discard port: nothing is saved, the counter stays unconnected.
    assert (
        main([*home, "connect", "--server-url", "http://127.0.0.1:9", "--token-file", str(token_file)]) == 2
    )
    assert "[server_unreachable]" in capsys.readouterr().err
    assert main([*home, "sync", "--once"]) == 2
    assert "[not_connected]" in capsys.readouterr().err
    # Connected while the center answered, then the center goes away: the record waits, exit 1.
    center = Central.from_url(f"sqlite:///{tmp_path / 'center.sqlite3'}")
    token_file.write_text(center.add_station("101"), encoding="utf-8")
    with ServerThread(create_app(center)) as server:
        assert main([*home, "connect", "--server-url", server.url, "--token-file", str(token_file)]) == 0
    capsys.readouterr()
    assert main([*home, "sync", "--once"]) == 1
    assert "รอส่ง 1" in capsys.readouterr().err
    center.engine.dispose()


def central_ref(home: Path, record_id: str) -> str:
    svc = build_services(open_app(home, FixedClock(time_now())))
    try:
        return svc.records.detail(record_id).central_ref
    finally:
        svc.close()
        shutdown_logging()


def time_now() -> datetime:
    """Now: the command line runs on the real clock, so the counter's writes use it too."""
    return datetime.now(UTC)
