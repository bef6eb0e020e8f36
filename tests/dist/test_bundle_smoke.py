"""The bundle runs where no Python exists: ``packaging/smoke_bundle.py`` in a bubblewrap sandbox."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.dist.conftest import BUNDLE, ROOT, need_bundle


def test_bundle_smoke_in_a_sandbox_without_python() -> None:
    need_bundle()
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed (packaging/system-deps.sh)")
    shot = ROOT / "docs" / "install" / "bundle-sign-in.png"
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke_bundle.py"), "--bundle", str(BUNDLE), "--screenshot",
         str(shot)],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "7 passed, 0 failed" in done.stdout
    assert shot.stat().st_size > 10_000  # a real screenshot of the sign-in window, kept in docs/
