"""The psc-counter command end to end, as a script would run it: a real process on a real home folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import app
from app.cli import main
from app.domain.tracking import is_valid_tracking_code
from tests.helpers.cli_login import CliAs, run_cli
from tests.helpers.counter import raw_sql

REPO = Path(__file__).resolve().parents[2]
run = run_cli


def test_init_demo_data_records_and_verify_audit_both_ways(counter_home: Path, cli_as: CliAs) -> None:
    version = run(counter_home, "--version")
    assert version.returncode == 0 and app.__version__ in version.stdout

    init = run(counter_home, "init", "--station", "12", "--admin-user", "Admin", stdin="pass-word-1\n")
    assert init.returncode == 0, init.stderr
    code_line = init.stdout.strip().splitlines()[-1]
    assert len(code_line.replace("-", "")) == 32  # the recovery code, printed once
    assert "pass-word-1" not in init.stdout + init.stderr

    twice = run(counter_home, "init", "--station", "12", "--admin-user", "x", stdin="pass-word-1\n")
    assert twice.returncode == 2 and "[already_initialized]" in twice.stderr

    cli_as("admin", "pass-word-1")

    demo = run(counter_home, "demo-data", "--count", "1000")
    assert demo.returncode == 0, demo.stderr

    listing = run(counter_home, "records", "--json")
    assert listing.returncode == 0, listing.stderr
    lines = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(lines) == 1000
    assert set(lines[0]) == {"id", "version", "kind", "tracking_code", "created_at", "queue_state"}
    codes = [line["tracking_code"] for line in lines]
    assert len(set(codes)) == 1000
    assert all(is_valid_tracking_code(c) and c.startswith("012") for c in codes)
    assert {line["queue_state"] for line in lines} == {"pending"}
    assert [line["created_at"] for line in lines] == sorted(
        (line["created_at"] for line in lines), reverse=True
    )
    # No personal data in the listing: neither a national ID nor a phone number of any record.
    conn = raw_sql(counter_home)
    try:
        some_id, some_phone = conn.execute(
            "SELECT national_id, phone FROM records WHERE national_id != '' AND phone != '' LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert some_id not in listing.stdout and some_phone not in listing.stdout

    found = run(counter_home, "records", "--search", some_id, "--json")
    assert found.returncode == 0 and len(found.stdout.splitlines()) >= 1

    ok = run(counter_home, "verify-audit")
    assert ok.returncode == 0, ok.stderr

    conn = raw_sql(counter_home)
    try:
        conn.execute('UPDATE audit_events SET detail_json = \'{"kind":"complaint"}\' WHERE seq = 500')
    finally:
        conn.close()
    broken = run(counter_home, "verify-audit")
    assert broken.returncode == 1
    assert "500" in broken.stderr


def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    """Runs ``main()`` in this process (the same code as the console script, without a process start)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_and_restore_commands(
    counter_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, cli_as: CliAs
) -> None:
    assert (
        cli(capsys, monkeypatch, "init", "--station", "7", "--admin-user", "admin", stdin="pass-word-1\n")[0]
        == 0
    )
    cli_as("admin", "pass-word-1")
    assert cli(capsys, monkeypatch, "demo-data", "--count", "3")[0] == 0
    code, out, err = cli(capsys, monkeypatch, "backup")
    assert code == 0, err
    path = Path(out.strip().split(": ", 1)[1])
    assert path.exists() and path.parent == counter_home / "backups"
    assert cli(capsys, monkeypatch, "demo-data", "--count", "2")[0] == 0
    code, out, err = cli(capsys, monkeypatch, "restore", str(path))
    assert code == 0, err
    code, out, _ = cli(capsys, monkeypatch, "records", "--json")
    assert len(out.splitlines()) == 3
    code, _, err = cli(capsys, monkeypatch, "restore", str(counter_home / "nope.sqlite3"))
    assert code == 2 and "[backup_missing]" in err


def test_lost_key_is_recovered_from_the_command_line(
    counter_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, cli_as: CliAs
) -> None:
    _, out, _ = cli(
        capsys, monkeypatch, "init", "--station", "9", "--admin-user", "admin", stdin="pass-word-1\n"
    )
    cli_as("admin", "pass-word-1")
    recovery = out.strip().splitlines()[-1]
    (counter_home / "db.key").unlink()
    code, _, err = cli(capsys, monkeypatch, "records")
    assert code == 2 and "[database_key_missing]" in err
    code, _, err = cli(capsys, monkeypatch, "recover-key", stdin="WRONG-CODE\n")
    assert code == 2 and "[recovery_code_wrong]" in err
    code, _, err = cli(capsys, monkeypatch, "recover-key", stdin=recovery + "\n")
    assert code == 0, err
    assert cli(capsys, monkeypatch, "verify-audit")[0] == 0


# What ``--version`` and ``--help`` must not load: Qt and the database stack take seconds to import.
HEAVY_PACKAGES = ("PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "httpx")


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_answer_without_loading_qt_or_the_database(flag: str) -> None:
    script = (
        "import sys\n"
        "from app.cli import main\n"
        "try:\n"
        f"    main([{flag!r}])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        f"print('LOADED', sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY_PACKAGES!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "psc-counter" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "LOADED []"


def test_records_piped_into_a_reader_that_leaves_early_ends_quietly(tmp_path: Path, cli_as: CliAs) -> None:
    """`psc-counter records | head -1` must not end in a BrokenPipeError traceback (600 lines of ~200
    bytes overflow the 64 KiB pipe buffer, so the writer does meet the closed pipe)."""
    cli_as("admin", "pass-word-123")
    env = {**os.environ, "PSC_COUNTER_HOME": str(tmp_path / "home"), "PSC_COUNTER_KEYRING": "off"}
    exe = [sys.executable, "-m", "app.cli"]
    subprocess.run(
        [*exe, "init", "--station", "05", "--admin-user", "admin"],
        input="pass-word-123\n",
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    subprocess.run([*exe, "demo-data", "--count", "600"], env=env, check=True, capture_output=True)
    result = subprocess.run(
        f"{' '.join(exe)} records --json | head -n 1",
        check=False,
        shell=True,
        env=env,
        capture_output=True,
        text=True,
    )
    assert len(result.stdout.splitlines()) == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
