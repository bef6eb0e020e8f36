"""A real, isolated CUPS scheduler for tests (DESIGN §10): every path under one folder, 127.0.0.1 only.

``IsolatedCups.start()`` runs ``cupsd -f`` with its own configuration, listening on a local socket and a
free loopback port, with no authentication (the folder is the test's own). Clients are pointed at it by
``server`` (``CUPS_SERVER`` / ``cups.setServer``). Raw queues are added with ``lpadmin`` without ``-m``.
"""

from __future__ import annotations

import grp
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"


def missing() -> str:
    """Why this machine cannot run the isolated CUPS (empty when it can)."""
    if not Path(CUPSD).exists() or shutil.which("lpadmin") is None:
        return "CUPS is not installed (Debian: cups cups-client cups-bsd; packaging/system-deps.sh)"
    if os.geteuid() != 0:
        return "an isolated cupsd needs root here (it drops its backends to the lp user)"
    try:
        import cups  # noqa: F401
    except ImportError:
        return "pycups is not installed (needs libcups2-dev to build)"
    return ""


def _free_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = int(probe.getsockname()[1])
    probe.close()
    return port


class IsolatedCups:
    """One private cupsd; ``stop()`` ends it and removes its folder."""

    def __init__(self) -> None:
        # Not under pytest's 0700 tmp_path: the backends run as lp and must reach the spool folder.
        self.root = Path(tempfile.mkdtemp(prefix="psc-cups-"))
        self.root.chmod(0o755)
        self.socket = self.root / "cups.sock"
        self.port = _free_port()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        """What ``CUPS_SERVER`` / ``cups.setServer`` take: the scheduler's local socket."""
        return str(self.socket)

    def _write_config(self) -> None:
        r = self.root
        for sub in ("spool", "tmp", "cache", "state", "log", "ppd", "ssl"):
            (r / sub).mkdir(exist_ok=True)
        lp = grp.getgrnam("lp").gr_gid
        os.chown(r / "spool", 0, lp)
        (r / "spool").chmod(0o710)
        os.chown(r / "tmp", 0, lp)
        (r / "tmp").chmod(0o1770)
        (r / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nListen {self.socket}\nLogLevel warn\nBrowsing No\n"
            "WebInterface No\nDefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
            encoding="utf-8",
        )
        # No PidFile line: a second cupsd must not fight over the system's pid file.
        (r / "cups-files.conf").write_text(
            f"ServerRoot {r}\nRequestRoot {r}/spool\nTempDir {r}/tmp\nCacheDir {r}/cache\n"
            f"StateDir {r}/state\nAccessLog {r}/log/access_log\nErrorLog {r}/log/error_log\n"
            f"PageLog {r}/log/page_log\nServerKeychain {r}/ssl\nUser lp\nGroup lp\nSystemGroup root\n",
            encoding="utf-8",
        )

    def start(self, timeout: float = 10.0) -> None:
        """Starts the scheduler and waits until it answers on its socket."""
        self._write_config()
        self._process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(self.root / "cupsd.conf"), "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"cupsd exited: {self.error_log()}")
            if self._run(["lpstat", "-r"], check=False).returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError("cupsd did not answer")

    def _run(self, args: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "CUPS_SERVER": self.server}
        return subprocess.run(args, env=env, capture_output=True, text=True, check=check, timeout=20)

    def add_raw_queue(self, name: str, device_uri: str) -> None:
        """A raw queue (no ``-m``: no filter touches the bytes), enabled and accepting."""
        self._run(["lpadmin", "-p", name, "-E", "-v", device_uri])

    def pause(self, name: str) -> None:
        """``cupsdisable``: jobs are accepted and held."""
        self._run(["cupsdisable", name])

    def resume(self, name: str) -> None:
        """``cupsenable``: held jobs go to the printer."""
        self._run(["cupsenable", name])

    def reject(self, name: str) -> None:
        """``cupsreject``: new jobs are refused."""
        self._run(["cupsreject", name])

    def accept(self, name: str) -> None:
        """``cupsaccept``."""
        self._run(["cupsaccept", name])

    def error_log(self) -> str:
        """The scheduler's error log (for failure messages)."""
        path = self.root / "log" / "error_log"
        return path.read_text(encoding="utf-8", errors="replace")[-2000:] if path.exists() else ""

    def stop(self) -> None:
        """Ends the scheduler and removes its folder."""
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self.root, ignore_errors=True)
