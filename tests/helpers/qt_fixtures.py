"""The background runner fixture of the GUI tests (``tests/ui``, the printing screens), registered for the
whole suite by ``tests/conftest.py``; Qt is imported only when a test asks for it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from ui.ops import Ops


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[Ops]:
    """The background runner; at the end every submitted operation has been delivered."""
    from ui.ops import Ops

    runner = Ops()
    yield runner
    try:
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    finally:
        runner.shutdown()  # the worker threads go even when a result never came
