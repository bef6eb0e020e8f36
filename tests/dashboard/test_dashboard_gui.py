"""The dashboard follows saves and syncs (computed off the GUI thread); the rating window takes number keys
and clicks, and closes itself when ignored, storing nothing. Ratings and status changes travel through a
real reference center over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services.sync_service import changes_of
from sync.protocol import CentralStatus
from sync.server.app import ServerHooks, create_app
from sync.server.central import Central
from sync.server.models import CentralRecord
from sync.server.runner import ServerThread
from tests.dashboard.conftest import KnownDay
from tests.helpers.counter import complaint, raw_sql
from ui.env import UiEnv
from ui.intake import rating_window
from ui.ops import Ops
from ui.supervisor.dashboard.page import DashboardPage

# WORKAROUND: the offscreen platform warns "This plugin does not support propagateSizeHints()" whenever a
# dialog is shown; nothing is wrong with the dialog.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "grabbing the keyboard")


@pytest.fixture
def center(tmp_path: Path, known_day: KnownDay) -> Iterator[tuple[Central, str]]:
    central = Central.from_url(f"sqlite:///{tmp_path / 'center.sqlite3'}", known_day.clock)
    with ServerThread(create_app(central, ServerHooks())) as server:
        yield central, server.url
    central.engine.dispose()


def _ratings(day: KnownDay) -> list[tuple[str, int, str]]:
    conn = raw_sql(day.home)
    try:
        return [
            tuple(r)
            for r in conn.execute(
                "SELECT record_id, rating, comment FROM ratings WHERE source = 'counter' ORDER BY given_at"
            )
        ]
    finally:
        conn.close()


def test_dashboard_follows_a_save_and_a_sync(
    qtbot: QtBot, ops: Ops, known_day: KnownDay, center: tuple[Central, str]
) -> None:
    services, staff = known_day.services, known_day.staff
    central, url = center
    token = central.add_station("005", "ศูนย์บริการประชาชน (ทดสอบ)")
    assert services.sync is not None
    services.sync.connect(url, token)
    env = UiEnv(services=services, ops=ops, user=staff.supervisor)
    page = DashboardPage(env)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.snapshot is not None and not page._loading)
    assert page.kpi["complaints"].text() == "3 / 7"
    assert page.kpi["overdue"].text() == "1"
    # The watch table: the overdue case first, one line a row whatever its texts (no row measured).
    assert page.watch.watch_model.text(0, 0) == "เกินกำหนด"
    assert page.watch.row_count() >= 1
    assert len({page.watch.rowHeight(r) for r in range(page.watch.row_count())}) == 1

    # A save elsewhere: the page hears the Changes and refreshes off the GUI thread.
    def save() -> object:
        return services.complaints.register(staff.officer, complaint(21)).changes

    ops.run_write(save, env.bus.announce)
    qtbot.waitUntil(lambda: page.kpi["complaints"].text() == "4 / 8")

    # A sync: the counter's rating goes up as a survey_response; the center moves the overdue case.
    def sync_once() -> object:
        return changes_of(services.sync.run_once())

    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        ops.run_write(sync_once, env.bus.announce)
        assert page.kpi["overdue"].text() == "1"  # the GUI thread went on while the sync ran
    with central.session() as s, s.begin():
        surveys = s.scalars(select(CentralRecord).where(CentralRecord.kind == "survey_response")).all()
    payloads = [central.stored_payload(r.record_id, r.version) or "{}" for r in surveys]
    assert [json.loads(p)["rating"] for p in payloads] == [5]
    assert json.loads(payloads[0])["record_id"] == known_day.ids["songkran"]
    ref = services.records.detail(known_day.ids["overdue"]).central_ref
    central.set_status(ref, CentralStatus.FORWARDED, agency="DOL")
    ops.run_write(sync_once, env.bus.announce)
    qtbot.waitUntil(lambda: page.kpi["overdue"].text() == "0", timeout=20_000)
    assert page.snapshot is not None and page.snapshot.period.standard.late == 2


def test_rating_window_keys_mouse_and_timeout(
    qtbot: QtBot, ops: Ops, known_day: KnownDay, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = UiEnv(services=known_day.services, ops=ops, user=known_day.staff.officer)
    ids = known_day.ids
    window = rating_window.RatingWindow(env, ids["today"])
    qtbot.addWidget(window)
    window.show()
    window.comment.setText("เจ้าหน้าที่สุภาพ")
    with qtbot.waitSignal(window.finished_rating) as done:
        qtbot.keyClick(window, Qt.Key.Key_4)
    assert done.args is not None and done.args[0] is not None
    clicked = rating_window.RatingWindow(env, ids["repeat"])
    qtbot.addWidget(clicked)
    clicked.show()
    with qtbot.waitSignal(clicked.finished_rating):
        qtbot.mouseClick(clicked.buttons[1], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(rating_window, "TIMEOUT_MS", 50)
    ignored = rating_window.RatingWindow(env, ids["holiday"])
    qtbot.addWidget(ignored)
    ignored.show()
    with qtbot.waitSignal(ignored.finished_rating) as nothing:
        pass
    assert nothing.args == [None]
    qtbot.waitUntil(lambda: not ignored.isVisible())
    assert _ratings(known_day) == [
        (ids["songkran"], 5, "บริการรวดเร็ว ขอบคุณค่ะ"),
        (ids["today"], 4, "เจ้าหน้าที่สุภาพ"),
        (ids["repeat"], 2, ""),
    ]


def test_supervisor_is_warned_when_a_case_falls_overdue(qtbot: QtBot, ops: Ops, known_day: KnownDay) -> None:
    from tests.dashboard.conftest import bkk

    env = UiEnv(services=known_day.services, ops=ops, user=known_day.staff.supervisor)
    known_day.clock.set(bkk(4, 17, 9, 59))  # the Songkran case is promised for 10:00
    page = DashboardPage(env)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.snapshot is not None and not page._loading)
    assert page.snapshot is not None
    due = [c.record_id for c in page.snapshot.watch.due_cases]
    assert due == [known_day.ids["songkran"], known_day.ids["repeat"]]  # 10:00 and 10:30
    timer = page.watcher._timer
    assert timer.isActive() and 60_000 <= timer.interval() <= 62_000  # armed for the promise, no polling
    known_day.clock.set(bkk(4, 17, 10, 1))
    with qtbot.waitSignal(page.watcher.became_overdue) as warned:
        timer.timeout.emit()  # what the timer does at 10:00:01
    songkran = known_day.services.records.detail(known_day.ids["songkran"]).tracking_code
    assert warned.args == [[songkran]]
    qtbot.waitUntil(lambda: not page._loading)
