"""Suite-wide fixtures: every test gets its own counter home; Qt runs offscreen; GUI tests are marked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# WORKAROUND: must be set before any Qt import, or Qt picks xcb and aborts on a headless box.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures more than one folder uses (``ops``: tests/ui and the printing screens).
pytest_plugins = ["tests.helpers.qt_fixtures", "tests.helpers.logfail", "tests.helpers.cli_login"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use qtbot (or live under tests/ui) need a QApplication: mark them ``gui``."""
    for item in items:
        fixturenames = getattr(item, "fixturenames", ())
        if "qtbot" in fixturenames or "qapp" in fixturenames or "/tests/ui/" in str(item.path):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def counter_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh counter home folder; ``PSC_COUNTER_HOME`` points at it so nothing touches the real one."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("PSC_COUNTER_HOME", str(home))
    # Never reach a real OS keyring from tests: the key file path is what we exercise.
    monkeypatch.setenv("PSC_COUNTER_KEYRING", "off")
    yield home
