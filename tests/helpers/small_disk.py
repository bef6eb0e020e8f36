"""A small real filesystem for full-disk tests: a tmpfs mounted for the test (root only, else skipped).

``small_filesystem(path, size_mb)`` mounts it and unmounts it at the end; ``fill(folder)`` writes a filler
file until the filesystem answers ENOSPC, and returns it so the test can free the space again.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_filesystem(path: Path, size_mb: int) -> Iterator[Path]:
    """A tmpfs of ``size_mb`` MB at ``path`` for the duration of the block (skips the test without root
    or where mounting is not allowed, e.g. an unprivileged container)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Writes ``folder/filler`` until the disk is full (or only ``leave_bytes`` remain); returns it."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb") as fh:
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave_bytes:
                    break
                fh.write(chunk[: max(1, min(len(chunk), free - leave_bytes))])
                fh.flush()
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler
