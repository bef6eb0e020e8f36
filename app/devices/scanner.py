"""Document scanners through SANE's ``scanimage`` (Debian ``sane-utils``), pages joined into one PDF.

``scanimage`` rather than python-sane: nothing to build, the same program an administrator uses to check the
scanner, and a scan in another process can be cancelled by ending that process, which no SANE binding offers
safely from another thread. Windows counters would use WIA or TWAIN instead (not built or tested here).

Every function takes the environment for ``scanimage`` (tests point ``SANE_CONFIG_DIR`` at a folder whose
``dll.conf`` enables only the ``test`` backend). No ``scanimage`` on the PATH means no scanners: a quiet
state.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shlex
import shutil
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.devices.errors import DeviceError

log = logging.getLogger("psc.devices")

LIST_TIMEOUT_S = 20
"""``scanimage -L`` probes USB and the network; a generous bound so a dead network scanner cannot hang us."""
_PROGRESS = re.compile(rb"Progress: ([0-9.]+)%")
_MODE = re.compile(r"--mode ([^\[\n]+?)\s*\[")
_RESOLUTION = re.compile(r"--resolution ([^\[\n]+?)dpi")


class ScanError(DeviceError):
    """The scan failed."""


SCAN_CANCELLED = "scan_cancelled"
SCAN_FAILED = "scan_failed"
NO_SCANNER = "no_scanner"


@dataclass(frozen=True)
class ScannerInfo:
    """One SANE device."""

    device: str
    description: str


@dataclass(frozen=True)
class ScannerOptions:
    """What one device offers: its colour modes and resolutions (dpi)."""

    modes: tuple[str, ...] = ("Color", "Gray")
    resolutions: tuple[int, ...] = (150, 200, 300)


@dataclass
class ScanRequest:
    """One multi-page scan."""

    device: str
    pages: int = 1
    resolution: int = 200
    mode: str = "Gray"
    extra_options: Sequence[str] = field(default_factory=tuple)
    """Passed to ``scanimage`` as they are (``--source "Automatic Document Feeder"``)."""


def scanimage_path() -> str | None:
    """Where ``scanimage`` is, or None."""
    return shutil.which("scanimage")


def list_scanners(env: Mapping[str, str] | None = None) -> list[ScannerInfo]:
    """The scanners SANE finds now (empty without ``scanimage`` or scanners)."""
    exe = scanimage_path()
    if exe is None:
        return []
    try:
        out = subprocess.run(
            [exe, "-f", "%d\t%v %m (%t)%n"],
            env=dict(env) if env is not None else None,
            capture_output=True,
            timeout=LIST_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    found = []
    for line in out.stdout.decode("utf-8", "replace").splitlines():
        device, _, description = line.partition("\t")
        if device.strip():
            found.append(ScannerInfo(device.strip(), description.strip()))
    return found


def parse_options(text: str) -> ScannerOptions:
    """Modes and resolutions from ``scanimage -A`` output; defaults for what it does not say."""
    modes: tuple[str, ...] = ScannerOptions().modes
    resolutions: tuple[int, ...] = ScannerOptions().resolutions
    if m := _MODE.search(text):
        modes = tuple(x.strip() for x in m.group(1).split("|") if x.strip())
    if m := _RESOLUTION.search(text):
        spec = m.group(1).split("(")[0].strip()
        if "|" in spec:
            resolutions = tuple(int(float(x)) for x in spec.split("|") if x.strip())
        elif ".." in spec:
            low, high = (int(float(x)) for x in spec.split(".."))
            resolutions = tuple(r for r in (100, 150, 200, 300, 600) if low <= r <= high) or (low,)
    return ScannerOptions(modes, resolutions)


def device_options(device: str, env: Mapping[str, str] | None = None) -> ScannerOptions:
    """What ``device`` offers (defaults when it cannot be asked)."""
    exe = scanimage_path()
    if exe is None:
        return ScannerOptions()
    try:
        out = subprocess.run(
            [exe, "-d", device, "-A"],
            env=dict(env) if env is not None else None,
            capture_output=True,
            timeout=LIST_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ScannerOptions()
    return parse_options(out.stdout.decode("utf-8", "replace"))


def scan_pages(
    request: ScanRequest,
    cancel: threading.Event,
    progress: Callable[[int, float], None] | None = None,
    env: Mapping[str, str] | None = None,
) -> list[bytes]:
    """Scans ``request.pages`` pages one after the other; returns each as PNG bytes.

    ``progress(page, percent)`` is called from this thread (page counts from 1). Setting ``cancel`` ends the
    running ``scanimage`` and raises ``ScanError(SCAN_CANCELLED)``; nothing scanned so far is returned.
    """
    exe = scanimage_path()
    if exe is None:
        raise ScanError(NO_SCANNER, "scanimage not installed")
    pages: list[bytes] = []
    for page in range(1, request.pages + 1):
        if cancel.is_set():
            raise ScanError(SCAN_CANCELLED)
        pages.append(_scan_one(exe, request, page, cancel, progress, env))
    return pages


def _scan_one(  # noqa: PLR0917 - private helper of scan_pages, called once
    exe: str,
    request: ScanRequest,
    page: int,
    cancel: threading.Event,
    progress: Callable[[int, float], None] | None,
    env: Mapping[str, str] | None,
) -> bytes:
    args = [exe, "-d", request.device, "--format=png", "-p"]
    args += ["--mode", request.mode, "--resolution", str(request.resolution), *request.extra_options]
    log.info("scanning page %d: %s", page, shlex.join(args[1:]))
    proc = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=dict(env) if env is not None else None,
    )
    assert proc.stdout is not None and proc.stderr is not None
    out = bytearray()
    err = bytearray()
    stdout, stderr = proc.stdout, proc.stderr

    def read_out() -> None:
        while chunk := stdout.read(65536):
            out.extend(chunk)

    def read_err() -> None:
        # scanimage -p writes "Progress: 12.3%\r" over and over on standard error.
        while chunk := os.read(stderr.fileno(), 4096):
            err.extend(chunk)
            found = _PROGRESS.findall(chunk)
            if found and progress is not None:
                progress(page, float(found[-1]))

    readers = [threading.Thread(target=f, daemon=True) for f in (read_out, read_err)]
    for t in readers:
        t.start()
    try:
        while proc.poll() is None:
            if cancel.wait(0.05):
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                raise ScanError(SCAN_CANCELLED)
    finally:
        for t in readers:
            t.join(timeout=5)
        stdout.close()
        stderr.close()
    if proc.returncode != 0 or not out.startswith(b"\x89PNG"):
        detail = _PROGRESS.sub(b"", bytes(err)).decode("utf-8", "replace").strip()[-300:]
        raise ScanError(SCAN_FAILED, detail)
    return bytes(out)


def pages_to_pdf(pages: Sequence[bytes], resolution: int) -> bytes:
    """The pages (PNG bytes) as one PDF, one page each, at their scanned size."""
    from PIL import Image

    if not pages:
        raise ValueError("no pages")
    images = []
    for raw in pages:
        with Image.open(io.BytesIO(raw)) as img:
            images.append(img.convert("RGB") if img.mode not in ("L", "RGB", "1") else img.copy())
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=float(resolution), save_all=True, append_images=images[1:])
    return buf.getvalue()
