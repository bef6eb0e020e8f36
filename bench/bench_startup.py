"""Start-up: time to the sign-in window against a bare PySide6 window, and sign-in to main window ready.

Every run is a fresh process on an X server (Xvfb, started here when there is no ``DISPLAY``), started the
way an officer starts the counter (``psc-counter --home HOME``) by ``tests/helpers/startup_probe.py``:

Our packages are compiled to bytecode first, as in an installed counter.

* **To the sign-in window**: from just before the process is started to the first paint of the sign-in
  dialog. The floor is the same measure for a bare PySide6 window (a label and a text box) in the same run;
  the runs of both alternate, so machine load falls on both alike. Target: median ratio ≤ 1.5.
* **Background preparation**: from that paint until the counter home is open, the main window's modules
  are imported and the intake page's form is built empty with its reference lists (docs/ARCHITECTURE.md,
  Start-up); the officer types meanwhile.
* **Sign-in to main window ready**: from the click on เข้าสู่ระบบ with the right password, typed
  ``TYPING_S`` after the window showed and not before the preparation was over, to the first paint of the
  main window with its first page (the intake form, where the officer types next). It includes the Argon2
  check (production profile), the sign-in's audit write and building the officer's pages. Target ≤ 1 s.
* **Main window settled** (for information): the same click to the first paint of the status bar's lines,
  which come in the turn after the window's first paint.
* **Password typed at once** (for information, full runs only): the same with the password sent at the
  window's first paint, so the sign-in waits for the whole preparation.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.__main__ import Report, ms, quick

ROOT = Path(__file__).resolve().parent.parent
RUNS = 1 if quick() else 7
TYPING_S = 1.0 if quick() else 3.0
RATIO_TARGET = 1.5
SIGNIN_TARGET_S = 1.0
OFFICER = ("officer", "officer-pass-1")


@contextmanager
def _display() -> Iterator[str | None]:
    """A ``DISPLAY`` to use: the one set, else an Xvfb of our own; None when there is no X server at all."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    read, write = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it once it accepts connections.
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _compile_sources() -> None:
    """Writes the bytecode of our packages, as an installed counter has it (pip, the bundle and the .deb
    compile it): with ``PYTHONDONTWRITEBYTECODE`` set, as here, every start would compile them again."""
    import compileall

    for package in ("app", "ui", "printing", "sync", "resources", "tests"):
        compileall.compile_dir(ROOT / package, quiet=1, workers=1)


def _make_home(root: Path) -> Path:
    """A set-up counter home (station, administrator, officer) with the production Argon2 profile."""
    from app.domain.roles import Role
    from app.logs import shutdown_logging
    from app.services import build_services, open_app

    home = root / "home"
    services = build_services(open_app(home))
    try:
        admin = services.auth.initialize(
            "101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "Admin", "admin-pass-1"
        )
        services.auth.create_user(admin.user, OFFICER[0], "Officer", Role.COUNTER_OFFICER, OFFICER[1])
    finally:
        services.close()
        shutdown_logging()
    return home


def _probe(display: str, *args: str) -> dict[str, Any]:
    """One fresh process; its report with times relative to the moment it was started."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PSC_COUNTER_KEYRING": "off"}
    env.pop("PSC_COUNTER_HOME", None)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.startup_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"startup probe {args[0]} reported nothing: {done.stderr[-500:]}")
    report: dict[str, Any] = json.loads(lines[-1])
    if "error" in report:
        raise RuntimeError(report["error"])
    return {k: v - started if isinstance(v, float) else v for k, v in report.items()}


def _row(name: str, values: Sequence[float], target: str = "", met: str = "") -> tuple[str, ...]:
    return (
        name,
        str(len(values)),
        ms(statistics.median(values)),
        ms(min(values)),
        ms(max(values)),
        target,
        met,
    )


def run(report: Report) -> None:
    """Interleaved fresh-process runs of the bare window and the counter, under Xvfb."""
    section = report.section("Start-up: sign-in window and main window")
    with _display() as display:
        if display is None:
            section.text(
                "**Skipped:** no `DISPLAY` and no `Xvfb` (Debian package `xvfb`: packaging/system-deps.sh)."
            )
            return
        _compile_sources()
        root = Path(tempfile.mkdtemp(prefix="psc-bench-startup-"))
        try:
            home = str(_make_home(root))
            bare: list[float] = []
            window: list[float] = []
            prepared: list[float] = []
            signin: list[float] = []
            settled: list[float] = []
            at_once: list[float] = []
            for n in range(RUNS):
                # Alternate which goes first, so neither always runs right after the other.
                order = ("bare", "counter") if n % 2 == 0 else ("counter", "bare")
                for what in order:
                    if what == "bare":
                        bare.append(_probe(display, "bare")["window"])
                        continue
                    r = _probe(display, "signin", home, *OFFICER, str(TYPING_S), "prepared")
                    window.append(r["window"])
                    prepared.append(r["prepared"] - r["window"])
                    signin.append(r["main"] - r["submit"])
                    if "settled" in r:
                        settled.append(r["settled"] - r["submit"])
                if not quick():  # the quick run keeps to the three measures with targets
                    r = _probe(display, "signin", home, *OFFICER, "0")
                    at_once.append(r["main"] - r["submit"])
        finally:
            shutil.rmtree(root, ignore_errors=True)
    load = os.getloadavg()[0]
    ratio = statistics.median(window) / statistics.median(bare)
    signin_p50 = statistics.median(signin)
    section.text(
        f"Fresh processes under Xvfb (`QT_QPA_PLATFORM=xcb`), {RUNS} interleaved runs of each; times from "
        "process start. The counter is started as `psc-counter --home HOME` on a set-up home; the officer "
        f"types for {TYPING_S:.0f} s (and at least until the background preparation is over). "
        f"Ratio = median to the sign-in window / median to the bare window (target ≤ {RATIO_TARGET}). "
        f"Load average at the end of the run: {load:.1f} on {os.cpu_count()} CPUs (other work on the machine "
        "slows the absolute times; the ratio is measured against the same load)."
    )
    section.text()
    section.table(
        ["measure", "n", "p50", "min", "max", "target", "met"],
        [
            _row("bare PySide6 window, first paint (floor)", bare),
            _row(
                "sign-in window, first paint",
                window,
                f"≤ {RATIO_TARGET} × floor",
                f"{ratio:.2f} × — {'yes' if ratio <= RATIO_TARGET else 'no'}",
            ),
            _row(
                "background preparation after the window (home open, main window imported, intake form "
                "built)",
                prepared,
            ),
            _row(
                "sign-in click to main window painted",
                signin,
                f"≤ {SIGNIN_TARGET_S:.0f} s",
                "yes" if signin_p50 <= SIGNIN_TARGET_S else "no",
            ),
        ]
        + ([_row("sign-in click to the status bar painted (settled)", settled)] if settled else [])
        + (
            [_row("same, password sent at the window's first paint (waits for the preparation)", at_once)]
            if at_once
            else []
        ),
    )
