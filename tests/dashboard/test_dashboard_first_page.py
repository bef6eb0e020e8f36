"""The dashboard's first page is built in turns (skeleton first, then each chart and the watch table):
whatever order the turns and the first result come in, the supervisor ends up seeing every figure, chart
and watch row of that result, once."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services.dashboard import Snapshot
from tests.dashboard.conftest import KnownDay
from ui.env import UiEnv
from ui.ops import Ops
from ui.supervisor.dashboard.page import DashboardPage

# WORKAROUND: the offscreen platform warns "This plugin does not support propagateSizeHints()" whenever a
# top-level widget is shown; nothing is wrong with the page.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _snapshot(page: DashboardPage) -> Snapshot | None:
    return page.snapshot


def _check_page_shows(page: DashboardPage, snap: Snapshot) -> None:
    assert page.built
    assert page.kpi["complaints"].text() == "3 / 7"
    assert page.kpi["overdue"].text() == "1"
    assert all(label.text() != "–" for key, label in page.kpi.items() if key not in {"standard", "backup"})
    # Each chart shows the snapshot's bars, on screen at its size (no empty slot left behind).
    assert page.hour_chart.values == [snap.today.by_hour[h] for h in range(7, 19)]
    assert sum(page.category_chart.values) > 0
    assert page.rating_chart.values == list(snap.period.ratings.distribution)
    for chart in (page.hour_chart, page.category_chart, page.rating_chart, page.watch):
        assert chart.isVisible() and chart.height() >= 100
    rows = len(snap.watch.overdue_cases) + len(snap.watch.due_cases)
    assert rows >= 1 and page.watch.row_count() == rows
    assert page.watch.watch_model.text(0, 0) == "เกินกำหนด"


def test_a_result_arriving_before_the_charts_exist_is_shown_once_they_do(
    qtbot: QtBot, ops: Ops, known_day: KnownDay, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = known_day.services
    computed = threading.Event()
    real = services.dashboard.snapshot

    def snapshot(*args: Any) -> Snapshot:
        try:
            return real(*args)
        finally:
            computed.set()

    monkeypatch.setattr(services.dashboard, "snapshot", snapshot)
    page = DashboardPage(UiEnv(services=services, ops=ops, user=known_day.staff.supervisor))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert not page.built  # the click that opened the page built its skeleton only
    arrived_built: list[bool] = []
    show = page._show

    def spy(snap: Snapshot, rows: list[tuple[str, ...]]) -> None:
        arrived_built.append(page.built)
        show(snap, rows)

    page._show = spy  # type: ignore[method-assign]
    # No event handled yet: the result is queued before any of the page's later turns has run.
    assert computed.wait(20)
    time.sleep(0.3)  # the worker posts the result right after computing it
    with qtbot.waitSignal(page.refreshed, timeout=20_000) as shown:
        pass
    assert arrived_built == [False]
    assert shown.args is not None
    _check_page_shows(page, shown.args[0])
    assert page.snapshot is shown.args[0]


def test_a_result_arriving_after_the_build_and_a_change_meanwhile(
    qtbot: QtBot, ops: Ops, known_day: KnownDay, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = known_day.services
    gate = threading.Event()
    real = services.dashboard.snapshot
    calls: list[float] = []

    def snapshot(*args: Any) -> Snapshot:
        calls.append(time.monotonic())
        assert gate.wait(20)
        return real(*args)

    monkeypatch.setattr(services.dashboard, "snapshot", snapshot)
    env = UiEnv(services=services, ops=ops, user=known_day.staff.supervisor)
    page = DashboardPage(env)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.built, timeout=10_000)  # built while the first refresh is held
    assert _snapshot(page) is None and page.hour_chart.values == []
    page.refresh()  # a save announced meanwhile asks for one more: kept, not lost
    gate.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and not page._loading and ops.pending == 0, timeout=20_000)
    snap = _snapshot(page)
    assert snap is not None
    _check_page_shows(page, snap)
