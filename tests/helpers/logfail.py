"""Fail a test during which an unexpected ERROR (or worse) is logged, as qutebrowser's ``logfail`` does.

An error in the log is something an IT officer would be shown in a support bundle: a test that causes one
without saying so hides a bug. A test that provokes one on purpose says so with
``@pytest.mark.expected_errors("psc.sync", ...)`` (logger name prefixes; no argument allows any logger).
Records logged from other threads count too (the handler sits on the root logger).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest


class _ErrorCollector(logging.Handler):
    """Keeps every ERROR+ record emitted while a test runs."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._guard:
            self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_error_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails the test when an ERROR record was logged that its ``expected_errors`` mark does not allow."""
    collector = _ErrorCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    marker = request.node.get_closest_marker("expected_errors")
    unexpected = collector.records
    if marker is not None:
        prefixes = tuple(marker.args)
        unexpected = [r for r in unexpected if prefixes and not r.name.startswith(prefixes)]
    if unexpected:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected[:10])
        pytest.fail(f"unexpected error logged during the test:\n{lines}", pytrace=False)
