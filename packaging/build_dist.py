"""Builds the one-folder bundle ``dist/psc-counter/`` with PyInstaller (``make dist``; the Windows workflow).

Bakes the build stamp (``git describe`` and the time) into ``build/_build_stamp.json`` first, so the
installed program can name its build without git (``psc-counter --version``, Help → About).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Writes the stamp and runs PyInstaller on ``packaging/psc-counter.spec``."""
    sys.path.insert(0, str(ROOT))
    from app.version import write_stamp

    (ROOT / "build").mkdir(exist_ok=True)
    stamp = write_stamp(
        ROOT / "build" / "_build_stamp.json", built_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    sys.stdout.write(f"build stamp: {stamp}\n")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "psc-counter.spec"),
    ]  # fmt: skip
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
