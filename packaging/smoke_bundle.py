"""Smoke test of the built bundle, run in a sandbox where no Python exists (``make dist-smoke``, CI).

Linux: bubblewrap gives the bundle a root file system of only the system libraries (``/usr/lib``), a few
files of ``/etc``, fonts and X keyboard data, the bundle (read-only, at ``/opt/psc-counter``) and a fresh
home. The repository, the virtualenv, ``/usr/bin`` and every Python installation (``/usr/lib/python3*``,
``libpython*``, pyenv) are absent, and the first check proves it. Then, as an IT officer would:
``--version``; ``init``; ``demo-data --count 50``; ``records``; ``print-sample`` to a file whose ESC/POS
bytes must decode to a receipt with a readable QR code; ``support-bundle``; and the GUI's sign-in window
on an Xvfb screen, saved as ``docs/install/bundle-sign-in.png``.

Windows (the CI workflow): the same checks without a sandbox and without the GUI screenshot.

This script itself runs in the development virtualenv (outside the sandbox): it decodes the receipt with
``tests/printing/escpos_decode.py`` and zxing-cpp. Ends with ``N passed, N failed``; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "smoke-pass-1"
ADMIN = "admin"
INSIDE_BUNDLE = "/opt/psc-counter"
INSIDE_HOME = "/home/officer"
INSIDE_OUT = "/out"
WINDOWS = sys.platform == "win32"


class Sandbox:
    """Runs the bundle's program in a bubblewrap sandbox (Linux) or directly (Windows)."""

    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle.resolve()
        self.home = work / "home"
        self.out = work / "out"
        self.home.mkdir(parents=True)
        self.out.mkdir()
        self.password_file = self.home / ".psc-password"
        self.password_file.write_text(PASSWORD + "\n", encoding="utf-8")
        self.password_file.chmod(0o600)
        self.display = ""

    # Paths as the program sees them.
    def path_in(self, host: Path) -> str:
        """``host`` (under the home or out folder) as the sandboxed program sees it."""
        if WINDOWS:
            return str(host)
        for outside, inside in ((self.home, INSIDE_HOME), (self.out, INSIDE_OUT)):
            if host.is_relative_to(outside):
                return inside + "/" + host.relative_to(outside).as_posix()
        raise ValueError(host)

    def env(self) -> dict[str, str]:
        """The program's whole environment (nothing inherited on Linux)."""
        home = str(self.home) if WINDOWS else INSIDE_HOME
        env = {
            "HOME": home,
            "PSC_COUNTER_HOME": self.path_in(self.home / "counter") if not WINDOWS else str(self.home / "c"),
            # The CLI sign-in of commands that read personal data (harmless where a command does not ask).
            "PSC_COUNTER_USER": ADMIN,
            "PSC_COUNTER_PASSWORD_FILE": self.path_in(self.password_file),
            "LANG": "C.UTF-8",
        }
        if WINDOWS:
            env.update({k: v for k, v in os.environ.items() if k.upper() in {"SYSTEMROOT", "TEMP", "TMP"}})
        else:
            env["PATH"] = f"{INSIDE_BUNDLE}:/usr/bin"
            env["QT_QPA_PLATFORM"] = "xcb" if self.display else "offscreen"
            if self.display:
                env["DISPLAY"] = self.display
        return env

    def _bwrap(self) -> list[str]:
        args = ["bwrap", "--die-with-parent", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--clearenv"]
        args += ["--ro-bind", "/usr/lib", "/usr/lib"]
        for top in ("/lib", "/lib64", "/lib32", "/libx32"):
            link = Path(top)
            if link.is_symlink():
                args += ["--symlink", os.readlink(link), top]
                target = (Path("/") / os.readlink(link)).resolve()
                if target.is_dir() and not str(target).startswith("/usr/lib/") and str(target) != "/usr/lib":
                    args += ["--ro-bind", str(target), str(target)]
            elif link.is_dir():
                args += ["--ro-bind", top, top]
        for shared in ("/usr/share/fonts", "/usr/share/fontconfig", "/usr/share/X11"):
            if Path(shared).exists():
                args += ["--ro-bind", shared, shared]
        for etc in ("/etc/fonts", "/etc/ld.so.cache", "/etc/passwd", "/etc/group", "/etc/nsswitch.conf"):
            if Path(etc).exists():
                args += ["--ro-bind", etc, etc]
        # Every Python the machine has: hidden (an empty folder over each, /dev/null over each libpython).
        for pattern in ("/usr/lib/python3*", "/usr/lib/*/python3*", "/usr/local/lib/python3*"):
            for found in sorted(Path("/").glob(pattern.lstrip("/"))):
                if found.is_dir() and str(found).startswith("/usr/lib"):
                    args += ["--tmpfs", str(found)]
        for lib in sorted(Path("/usr/lib").glob("*/libpython*")) + sorted(
            Path("/usr/lib").glob("libpython*")
        ):
            if not lib.is_symlink():  # the links to it then lead to /dev/null too (or into a hidden folder)
                args += ["--ro-bind", "/dev/null", str(lib)]
        # A shell for the "no Python here" check only (not /usr/bin: no python3 there to find).
        args += ["--ro-bind", os.path.realpath("/bin/sh"), "/usr/bin/sh"]
        args += ["--ro-bind", str(self.bundle), INSIDE_BUNDLE]
        args += ["--bind", str(self.home), INSIDE_HOME, "--bind", str(self.out), INSIDE_OUT]
        args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
        if self.display:
            sock = f"/tmp/.X11-unix/X{self.display.lstrip(':')}"
            for _ in range(50):  # Xvfb may name its display a moment before the socket file is there
                if os.path.exists(sock):
                    break
                time.sleep(0.1)
            # Without the file Xvfb still listens on its abstract socket, which the sandbox reaches: it shares
            # the network namespace.
            if os.path.exists(sock):
                args += ["--ro-bind", sock, sock]
        for key, value in self.env().items():
            args += ["--setenv", key, value]
        return args

    def command(self, *argv: str) -> list[str]:
        """The full command line running ``argv`` (the bundle's program when argv[0] is ``psc-counter``)."""
        if WINDOWS:
            program = self.bundle / "psc-counter.exe"
            return [str(program), *argv[1:]] if argv[0] == "psc-counter" else list(argv)
        first = f"{INSIDE_BUNDLE}/psc-counter" if argv[0] == "psc-counter" else argv[0]
        return [*self._bwrap(), first, *argv[1:]]

    def run(self, *argv: str, stdin: str = "", timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Runs and waits."""
        env = self.env() if WINDOWS else {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        return subprocess.run(
            self.command(*argv), input=stdin, capture_output=True, text=True, timeout=timeout, env=env,
            check=False,
        )  # fmt: skip


# ------------------------------------------------------------------------------------------------ checks
Check = Callable[[Sandbox], str]  # returns "" when fine, else what went wrong


def check_no_python(box: Sandbox) -> str:
    """Inside the sandbox there is no Python at all, and no repository or virtualenv."""
    if WINDOWS:
        return ""  # a Windows runner has Python installed; the bundle is run without it on PATH
    script = (
        "for p in python3 python python3.11 pip; do command -v $p && exit 1; done; "
        "for d in /usr/bin/python3 /usr/lib/python3.11/os.py /root/.pyenv /work "
        f"{ROOT} {ROOT / '.venv'}; do [ -e $d ] && echo $d && exit 1; done; exit 0"
    )
    done = box.run("/usr/bin/sh", "-c", script)
    return "" if done.returncode == 0 else f"Python or the repository is visible: {done.stdout.strip()}"


def check_version(box: Sandbox) -> str:
    import app

    done = box.run("psc-counter", "--version")
    ok = done.returncode == 0 and app.__version__ in done.stdout and "build " in done.stdout
    return "" if ok else f"--version: {done.returncode} {done.stdout!r} {done.stderr[-800:]!r}"


def check_init(box: Sandbox) -> str:
    done = box.run("psc-counter", "init", "--station", "5", "--admin-user", ADMIN, stdin=f"{PASSWORD}\n")
    return "" if done.returncode == 0 else f"init: {done.returncode} {done.stderr[-1500:]}"


def check_demo_data_and_records(box: Sandbox) -> str:
    done = box.run("psc-counter", "demo-data", "--count", "50", stdin=f"{PASSWORD}\n")
    if done.returncode != 0:
        return f"demo-data: {done.returncode} {done.stderr[-1500:]}"
    listed = box.run("psc-counter", "records", "--json", stdin=f"{PASSWORD}\n")
    lines = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    if listed.returncode != 0 or len(lines) != 50:
        return f"records: {listed.returncode}, {len(lines)} lines, {listed.stderr[-800:]}"
    audit = box.run("psc-counter", "verify-audit", stdin=f"{PASSWORD}\n")
    return "" if audit.returncode == 0 else f"verify-audit: {audit.returncode} {audit.stderr[-800:]}"


def check_print_sample(box: Sandbox) -> str:
    import zxingcpp
    from PIL import Image

    from tests.printing.escpos_decode import parse, raster_rows

    target = box.out / "receipt.bin"
    uri = "file:///" + box.path_in(target).lstrip("/")
    done = box.run("psc-counter", "print-sample", "--printer", uri, "--width", "80", stdin=f"{PASSWORD}\n")
    if done.returncode != 0 or not target.exists():
        return f"print-sample: {done.returncode} {done.stderr[-1500:]}"
    rows = raster_rows(parse(target.read_bytes()))
    if not rows or len(rows[0]) != 576:
        return f"receipt raster: {len(rows)} rows"
    image = Image.frombytes("L", (len(rows[0]), len(rows)), b"".join(rows))
    image.save(box.out / "receipt.png")
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    if len(found) != 1 or "?t=" not in found[0]:
        return f"receipt QR not readable: {found}"
    return ""


def check_support_bundle(box: Sandbox) -> str:
    target = box.out / "support.zip"
    done = box.run("psc-counter", "support-bundle", "--output", box.path_in(target))
    if done.returncode != 0 or not target.exists():
        return f"support-bundle: {done.returncode} {done.stderr[-800:]}"
    return "" if WINDOWS or (target.stat().st_mode & 0o777) == 0o600 else "support bundle not 0600"


def check_gui_sign_in(box: Sandbox, screenshot: Path) -> str:
    """Starts the GUI on an Xvfb screen; the sign-in window must appear; saves a screenshot of it."""
    if WINDOWS:
        return ""
    if shutil.which("Xvfb") is None or shutil.which("xwininfo") is None:
        return "Xvfb / xwininfo not installed (packaging/system-deps.sh)"
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        # Read the whole line: Xvfb writes the number and the newline in two writes and exits ("Cannot write
        # display number") when the pipe is closed between them, which a bare os.read() let happen.
        with os.fdopen(read) as pipe:
            box.display = ":" + pipe.readline().strip()
        gui = subprocess.Popen(box.command("psc-counter"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            title = "เข้าสู่ระบบ"
            deadline = time.monotonic() + 90
            tree = ""
            while time.monotonic() < deadline and gui.poll() is None:
                tree = subprocess.run(
                    ["xwininfo", "-root", "-tree", "-display", box.display],
                    capture_output=True, text=True, check=False,
                ).stdout  # fmt: skip
                if title in tree:
                    break
                time.sleep(0.5)
            if title not in tree:
                output = gui.stdout.read().decode(errors="replace")[-1500:] if gui.poll() is not None else ""
                return f"no sign-in window (exit {gui.poll()}): {output}"
            time.sleep(1.5)  # let it paint
            _grab(box.display, screenshot)
            return ""
        finally:
            gui.terminate()
            try:
                gui.wait(timeout=10)
            except subprocess.TimeoutExpired:
                gui.kill()
    finally:
        box.display = ""
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _grab(display: str, path: Path) -> None:
    # The screenshot is taken from outside the sandbox, with the virtualenv's Qt on the same X screen.
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
        "app.primaryScreen().grabWindow(0).save(sys.argv[1])"
    )
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, timeout=60)


def main(argv: list[str] | None = None) -> int:
    """Runs every check; prints one line per check and ``N passed, N failed``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "psc-counter")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "docs" / "install" / "bundle-sign-in.png")
    args = parser.parse_args(argv)
    if not WINDOWS and shutil.which("bwrap") is None:
        print("bubblewrap (bwrap) is not installed: packaging/system-deps.sh installs it")  # noqa: T201
        return 1
    work = Path(tempfile.mkdtemp(prefix="psc-smoke-"))
    box = Sandbox(args.bundle, work)
    checks: list[tuple[str, Callable[[], str]]] = [
        ("no Python, repository or virtualenv in the sandbox", lambda: check_no_python(box)),
        ("--version names version and build", lambda: check_version(box)),
        ("init", lambda: check_init(box)),
        ("demo-data --count 50, records, verify-audit", lambda: check_demo_data_and_records(box)),
        ("print-sample to file:// decodes with a readable QR", lambda: check_print_sample(box)),
        ("support-bundle", lambda: check_support_bundle(box)),
        ("GUI sign-in window under Xvfb", lambda: check_gui_sign_in(box, args.screenshot)),
    ]
    passed = failed = 0
    for name, check in checks:
        started = time.monotonic()
        problem = check()
        took = time.monotonic() - started
        print(f"{'ok  ' if not problem else 'FAIL'} {name} ({took:.1f} s){': ' + problem if problem else ''}")  # noqa: T201
        passed, failed = (passed + 1, failed) if not problem else (passed, failed + 1)
    shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")  # noqa: T201
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
