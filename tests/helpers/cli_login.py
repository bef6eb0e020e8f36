"""Credentials for tests that run ``psc-counter`` commands (they all sign in now, like a person would).

``cli_as(username, password)`` writes the password to an owner-only file and points
``PSC_COUNTER_USER`` / ``PSC_COUNTER_PASSWORD_FILE`` at it, so ``main([...])`` in the test process and
``subprocess.run`` children (they inherit the environment) run as that user. Call it again to switch.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli_auth import PASSWORD_FILE_ENV, USER_ENV

CliAs = Callable[[str, str], Path]


def write_password_file(path: Path, password: str) -> Path:
    """An owner-only (0600) file holding the password, as an operator would keep one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    return path


@pytest.fixture
def cli_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliAs:
    """Signs later ``psc-counter`` commands in as ``username`` (see the module docstring)."""
    folder = tmp_path / "cli-credentials"
    folder.mkdir(mode=0o700, exist_ok=True)

    def use(username: str, password: str) -> Path:
        path = write_password_file(folder / f"{username}.password", password)
        monkeypatch.setenv(USER_ENV, username)
        monkeypatch.setenv(PASSWORD_FILE_ENV, str(path))
        return path

    return use


REPO = Path(__file__).resolve().parents[2]


def run_cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``psc-counter ARGS`` as a real process on ``home`` (the environment, credentials included, is
    inherited), as a script would run it."""
    env = dict(os.environ, PSC_COUNTER_HOME=str(home), PSC_COUNTER_KEYRING="off")
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=240,
        check=False,
    )
