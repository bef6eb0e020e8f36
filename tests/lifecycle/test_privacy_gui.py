"""The PDPA page and the daily purge in the GUI, over the real services (writer thread, real files)."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.domain.clock import FixedClock
from tests.helpers.counter import complaint
from tests.lifecycle.conftest import Counter
from ui.env import UiEnv
from ui.ops import Ops
from ui.supervisor.privacy_page import DailyPurge, PrivacyPage


@pytest.fixture
def ops(qtbot: Any) -> Iterator[Ops]:
    """The background runner of a GUI session."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    runner = Ops()
    yield runner
    try:
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    finally:
        runner.shutdown()


def test_administrator_exports_and_erases_one_person_from_the_page(
    qtbot: Any, counter: Counter, ops: Ops, tmp_path: Path
) -> None:
    c = counter
    payload = complaint(61, family_name="หน้าจอทดลอง")
    rid = c.services.complaints.register(c.officer, payload).record_id
    page = PrivacyPage(UiEnv(services=c.services, ops=ops, user=c.admin))
    qtbot.addWidget(page)
    page.national_id.setText(payload.complainant.national_id)

    page.export_to(tmp_path / "export")
    qtbot.waitUntil(lambda: "ส่งออกแล้ว 1 เรื่อง" in page.result_label.text(), timeout=20_000)
    (written,) = sorted((tmp_path / "export").glob("*.json"))
    assert stat.S_IMODE(written.stat().st_mode) == 0o600

    page.reason.setText("คำขอเลขที่ 7/2569")
    page.erase()
    qtbot.waitUntil(lambda: "ลบข้อมูลแล้ว 1 เรื่อง" in page.result_label.text(), timeout=20_000)
    assert c.services.records.detail(rid).payload == {"erased": True}
    assert page.national_id.text() == ""  # the ID does not stay on screen

    page.erase()  # nothing typed: a Thai message, not a crash
    qtbot.waitUntil(lambda: "กรุณาระบุเลขประจำตัวประชาชน" in page.result_label.text(), timeout=10_000)


def test_supervisor_may_purge_but_not_export_or_erase(qtbot: Any, counter: Counter, ops: Ops) -> None:
    page = PrivacyPage(UiEnv(services=counter.services, ops=ops, user=counter.supervisor))
    qtbot.addWidget(page)
    assert page.purge_button.isEnabled() and page.check_button.isEnabled()
    assert not page.export_button.isEnabled() and not page.erase_button.isEnabled()
    page.check_button.click()
    qtbot.waitUntil(lambda: "ครบระยะเวลาเก็บ 0 เรื่อง" in page.result_label.text(), timeout=10_000)


def test_daily_purge_runs_once_a_day_off_the_gui_thread(
    qtbot: Any, counter: Counter, ops: Ops, clock: FixedClock
) -> None:
    daily = DailyPurge(UiEnv(services=counter.services, ops=ops, user=counter.officer))
    daily.check()
    qtbot.waitUntil(lambda: counter.lifecycle.last_daily_purge() is not None, timeout=10_000)
    first = counter.lifecycle.last_daily_purge()
    clock.advance(timedelta(hours=3))
    daily.check()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=10_000)
    assert counter.lifecycle.last_daily_purge() == first  # not again the same day
    clock.advance(timedelta(days=1))
    daily.check()
    qtbot.waitUntil(lambda: counter.lifecycle.last_daily_purge() != first, timeout=10_000)
    runs = [e for e in counter.services.audit.recent(counter.admin) if e.action == "records.purge"]
    assert len(runs) == 2 and {e.actor for e in runs} == {"system:retention"}
