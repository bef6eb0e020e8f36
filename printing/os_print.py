"""Handing an A4 PDF to the operating system: open it in the default viewer, or send it to a printer queue.

Linux and macOS print through CUPS (``lp``); Windows through the shell's "print" verb of the PDF viewer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


class OsPrintError(Exception):
    """The OS has no way to open or print the file (no viewer, no ``lp``)."""


def open_with_viewer(path: Path) -> None:
    """Opens ``path`` with the desktop's default application; returns at once."""
    if sys.platform == "win32":
        os.startfile(str(path))  # type: ignore[attr-defined]
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    if shutil.which(opener) is None:
        raise OsPrintError(f"{opener} not found")
    subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def print_with_os(path: Path, queue: str = "") -> None:
    """Sends ``path`` to the default printer, or to ``queue`` (a CUPS queue / Windows printer name)."""
    if sys.platform == "win32":
        if queue:
            os.startfile(str(path), "printto", f'"{queue}"')  # type: ignore[attr-defined]
        else:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return
    lp = shutil.which("lp")
    if lp is None:
        raise OsPrintError("lp not found (CUPS client not installed)")
    command = [lp, *(["-d", queue] if queue else []), str(path)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise OsPrintError(result.stderr.strip() or f"lp exited with {result.returncode}")
