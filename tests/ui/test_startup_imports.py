"""Start-up order (docs/ARCHITECTURE.md, Start-up): the sign-in window shows before anything it does not
need is imported, and a password typed before the counter home is open still signs in.

Each test starts ``psc-counter`` in a fresh process (``tests/helpers/startup_probe.py``) on a copy of a set-up
counter home, offscreen. No timing is asserted here; ``make bench`` (bench/bench_startup.py) measures it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.ui.conftest import OFFICER

ROOT = Path(__file__).resolve().parents[2]

HEAVY_PACKAGES = {
    "sqlalchemy",
    "alembic",
    "sqlcipher3",
    "argon2",
    "pydantic",
    "httpx",
    "reportlab",
    "escpos",
    "PIL",
    "qrcode",
    "uharfbuzz",
    "icu4py",
    "geothai",
    "openpyxl",
    "sync",
    "holidays",
    "platformdirs",
}
"""Top-level packages the sign-in window does not need: the database, the password hash (checked on a
worker after the window shows), the sync protocol, printing and the PDF stack, the address data, the
holiday calendar (due dates) and the default home's folder (the counter is started with ``--home``)."""

HEAVY_MODULES = {
    "app.storage.db",
    "app.storage.migrate",
    "app.services.context",
    "app.services.auth",
    "ui.main_window",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    "ui.messages",  # the error texts: the labels and the holiday calendar come with them
    "ui.session.password_dialog",  # only for a temporary password, after the check
    "app.version",  # --version only (subprocess)
    "logging.handlers",  # the log file is opened with the home (socket, pickle, queue)
}
ALLOWED_PRINTING = {"printing", "printing.fonts"}  # the Thai font the dialog is drawn with


def _probe(home: Path, *args: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PSC_COUNTER_KEYRING": "off"}
    env.pop("PSC_COUNTER_HOME", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.startup_probe", *args[:1], str(home), *args[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the probe (exit {done.returncode}): {done.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _home(template_home: Path, tmp_path: Path) -> Path:
    home = tmp_path / "counter"
    shutil.copytree(template_home, home)
    return home


def test_the_sign_in_window_shows_before_the_database_stack_is_imported(
    template_home: Path, tmp_path: Path
) -> None:
    report = _probe(_home(template_home, tmp_path), "modules")
    modules = set(report["modules"])
    assert "ui.session.login_dialog" in modules  # the probe did see the sign-in window paint
    heavy = sorted(
        name
        for name in modules
        if name.split(".")[0] in HEAVY_PACKAGES
        or name in HEAVY_MODULES
        or (name.split(".")[0] == "printing" and name not in ALLOWED_PRINTING)
    )
    assert heavy == []


def test_a_password_typed_before_the_home_is_open_signs_in(template_home: Path, tmp_path: Path) -> None:
    # Sent at the sign-in window's first paint: the home is not open yet, so the sign-in waits for the
    # opening on the writer thread and then reaches the main window.
    report = _probe(_home(template_home, tmp_path), "signin", OFFICER[0], OFFICER[2], "0")
    assert "error" not in report
    assert report["window"] <= report["submit"] <= report["main"]
