"""The tests of ``make dist``'s output (issue 10): slow, so they run only under ``make dist-test`` (CI runs it
after ``make dist``), never inside the 15-minute ``make test``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "psc-counter"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skips every test here unless ``PSC_DIST_TESTS=1`` (set by ``make dist-test``)."""
    if os.environ.get("PSC_DIST_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="slow installer tests: run `make dist && make dist-test`")
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(skip)


def need_bundle() -> None:
    """Skips (with the reason) when ``make dist`` has not built the bundle."""
    if not (BUNDLE / "psc-counter").exists() and not (BUNDLE / "psc-counter.exe").exists():
        pytest.skip("no bundle in dist/psc-counter: run `make dist` first")
