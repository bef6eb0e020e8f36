"""Upgrading a counter (issue 10, "Done when" 5): a home made and filled by release 0.1.0, installed in its
own virtualenv from that commit's source, opens in this build with every record, queue item and audit event as
it was and the audit chain whole; and a database from a newer build is refused, the file untouched.

Slow (~1-3 minutes: a virtualenv and an install of 0.1.0 from the warm pip cache), so it runs under
``make dist-test`` in CI, not in ``make test``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

from app.storage.db import DB_FILE, raw_connect
from app.storage.keys import load_key
from app.storage.migrate import head_revision
from app.storage.sealing import psc2_from_v3
from tests.dist.conftest import ROOT

RELEASE_0_1_0 = "08e2e2faf31d456f464063bdd3491660aad0737c"
PASSWORD = "upgrade-pass-1"
# The columns 0.1.0 had: what must come through an upgrade exactly (a newer build may add columns).
TABLES = {
    "records": "id, current_version, kind, tracking_code, created_at",
    "record_versions": "record_id, version, payload_json, sha256",
    "outbox": "id, record_id, version, state, sha256",
    "audit_events": "seq, actor, action, target, detail_json, hash",
}


def run(python: Path, home: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    password_file = home.parent / "password"
    env = {
        **os.environ,
        "PSC_COUNTER_HOME": str(home),
        "PSC_COUNTER_KEYRING": "off",
        "QT_QPA_PLATFORM": "offscreen",
        "PSC_COUNTER_USER": "admin",
        "PSC_COUNTER_PASSWORD_FILE": str(password_file),
        "PYTHONPATH": "",
    }
    return subprocess.run(
        [str(python), "-m", "app.cli", *args],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=600,
        check=False,
    )


def _as_text(value: Any) -> Any:
    """A stored value in the text form 0.1.0 wrote: since 0016_compact_storage digests are 32 bytes and a
    sealed payload a v3 BLOB holding the same sealed bytes as its ``psc2`` text."""
    if isinstance(value, bytes):
        return value.hex() if len(value) == 32 else psc2_from_v3(value)
    return value


def dump(home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables 0.1.0 wrote, in the columns it had, read with plain SQL (as text)."""
    key = load_key(home)
    assert key is not None
    conn = raw_connect(home / DB_FILE, key, check_same_thread=True)
    try:
        return {
            table: [
                tuple(_as_text(v) for v in row)
                for row in conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2").fetchall()
            ]
            for table, cols in TABLES.items()
        }
    finally:
        conn.close()


def revision(home: Path) -> str:
    key = load_key(home)
    assert key is not None
    conn = raw_connect(home / DB_FILE, key, check_same_thread=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def release_0_1_0(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(python, source folder) of release 0.1.0 installed in its own virtualenv."""
    work = tmp_path_factory.mktemp("release-0.1.0")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", RELEASE_0_1_0], capture_output=True, check=False
    )
    if archive.returncode != 0:
        pytest.skip(f"commit {RELEASE_0_1_0[:7]} (0.1.0) is not in this clone: {archive.stderr[-200:]!r}")
    source = work / "src"
    source.mkdir()
    tar_path = work / "src.tar"
    tar_path.write_bytes(archive.stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(source, filter="data")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    pip = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(source)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert pip.returncode == 0, pip.stderr[-3000:]
    return python, work  # run from `work`, so `app` is the installed 0.1.0, not this checkout


@pytest.mark.timeout(1800)  # the fixture installs 0.1.0 with all its dependencies into a new virtualenv
def test_a_home_filled_by_0_1_0_opens_in_this_build_intact(
    release_0_1_0: tuple[Path, Path], tmp_path: Path
) -> None:
    old_python, old_cwd = release_0_1_0
    home = tmp_path / "home"
    (tmp_path / "password").write_text(PASSWORD + "\n", encoding="utf-8")
    (tmp_path / "password").chmod(0o600)
    version = run(old_python, home, "--version", cwd=old_cwd)
    assert "0.1.0" in version.stdout, version.stderr
    for args in (
        ("init", "--station", "7", "--admin-user", "admin"),
        ("demo-data", "--count", "40", "--kind", "all"),
        ("verify-audit",),
    ):
        done = run(old_python, home, *args, cwd=old_cwd)
        assert done.returncode == 0, (args, done.stderr)
    old_list = run(old_python, home, "records", "--json", cwd=old_cwd)
    assert old_list.returncode == 0, old_list.stderr
    before = dump(home)
    assert len(before["records"]) == 40 and before["outbox"] and len(before["audit_events"]) > 40
    assert {row[3] for row in before["outbox"]} == {"pending"}  # queued, never sent

    # This build opens it (backing up and migrating first when its schema is newer).
    old_revision = revision(home)
    new_python = Path(sys.executable)
    listed = run(new_python, home, "records", "--json", cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    new_lines = [json.loads(line) for line in listed.stdout.splitlines()]
    old_lines = [json.loads(line) for line in old_list.stdout.splitlines()]
    assert new_lines == old_lines
    audit = run(new_python, home, "verify-audit", cwd=ROOT)
    assert audit.returncode == 0, audit.stderr
    after = dump(home)
    for table in TABLES:
        assert after[table][: len(before[table])] == before[table], f"{table} changed in the upgrade"
    assert after["records"] == before["records"] and after["outbox"] == before["outbox"]
    if old_revision != head_revision():  # a newer schema: migrated, after a backup of the old file
        assert revision(home) == head_revision()
        assert any("pre-migrate" in p.name for p in (home / "backups").iterdir())

    # The other way round: a database a newer build migrated is refused by this one, the file untouched.
    key = load_key(home)
    assert key is not None
    conn = raw_connect(home / DB_FILE, key, check_same_thread=True)
    conn.execute("UPDATE alembic_version SET version_num = '0999_from_a_newer_build'")
    conn.close()
    digest = hashlib.sha256((home / DB_FILE).read_bytes()).hexdigest()
    refused = run(new_python, home, "records", cwd=ROOT)
    assert refused.returncode == 2 and "[database_newer]" in refused.stderr
    assert "รุ่นที่ใหม่กว่า" in refused.stderr
    assert hashlib.sha256((home / DB_FILE).read_bytes()).hexdigest() == digest
