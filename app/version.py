"""The program's version and build, for ``--version``, Help → About and support bundles.

The version is ``app.__version__`` (the release). The build names the exact source: ``make dist`` bakes
``git describe`` and the build time into ``app/_build_stamp.json`` (not in git) before PyInstaller runs, so
an installed bundle knows its build without git. A checkout without the stamp asks git, and a copy with
neither says ``unknown``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import app

STAMP_FILE = Path(__file__).with_name("_build_stamp.json")


@dataclass(frozen=True)
class BuildInfo:
    """What a help-desk officer needs to know about this copy of the program."""

    version: str
    build: str  # git describe of the source, e.g. "v0.1.0-12-gabc1234" or "abc1234-dirty"
    built_at: str  # ISO time the bundle was made; "" when running from source
    frozen: bool  # running from a PyInstaller bundle

    def text(self) -> str:
        """One line: ``0.1.0 (build abc1234, 2026-12-03T13:00:00Z)``."""
        when = f", {self.built_at}" if self.built_at else ""
        return f"{self.version} (build {self.build}{when})"


def _git_describe(root: Path) -> str:
    git = shutil.which("git")
    if git is None or not (root / ".git").exists():
        return ""
    try:
        out = subprocess.run(
            [git, "-C", str(root), "describe", "--tags", "--always", "--dirty"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def write_stamp(path: Path = STAMP_FILE, *, built_at: str) -> dict[str, str]:
    """Writes the build stamp (``make dist`` calls this before bundling); returns what it wrote."""
    stamp = {
        "build": _git_describe(Path(__file__).resolve().parent.parent) or "unknown",
        "built_at": built_at,
    }
    path.write_text(json.dumps(stamp), encoding="utf-8")
    return stamp


@cache
def build_info() -> BuildInfo:
    """This program's version and build (read once per process)."""
    frozen = bool(getattr(sys, "frozen", False))
    build, built_at = "", ""
    if STAMP_FILE.exists():
        try:
            stamp = json.loads(STAMP_FILE.read_text(encoding="utf-8"))
            build, built_at = str(stamp.get("build", "")), str(stamp.get("built_at", ""))
        except (OSError, ValueError):
            build = ""
    if not build and not frozen:
        build = _git_describe(Path(__file__).resolve().parent.parent)
    return BuildInfo(version=app.__version__, build=build or "unknown", built_at=built_at, frozen=frozen)
