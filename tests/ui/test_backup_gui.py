"""The backup line of the status bar (and the daily backup it runs off the GUI thread), and the start-up
dialog that offers the newest good backup when the database is damaged."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.thaidate import format_thai_datetime
from app.services import Services, build_services, open_app
from app.services.types import CurrentUser, KnownError
from app.storage.backup import backup_reason, list_backups
from app.storage.db import DB_FILE
from tests.ui.helpers import complaint
from ui.env import UiEnv
from ui.ops import Ops
from ui.session.recovery_dialog import RecoveryDialog
from ui.status.backup_status import BackupStatusWidget


def test_status_line_takes_the_daily_backup_and_shows_its_age(
    qtbot: QtBot, env: UiEnv, clock: FixedClock, counter_home: Path, tmp_path: Path
) -> None:
    env.services.ctx.settings.backup_second_folder = str(tmp_path / "usb-not-plugged-in")
    assert list_backups(counter_home) == []
    widget = BackupStatusWidget(env)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.status is not None and env.ops.pending == 0)
    # No backup existed: the app took the daily one by itself, in the background.
    assert [backup_reason(p) for p in list_backups(counter_home)] == ["daily"]
    assert widget.text().startswith("สำรองข้อมูลล่าสุด เมื่อสักครู่")
    assert "โฟลเดอร์สำรองที่สอง" in widget.text()  # the USB stick is not there

    clock.advance(timedelta(hours=3))
    widget.refresh()
    qtbot.waitUntil(lambda: "3 ชั่วโมงที่แล้ว" in widget.text())
    (tmp_path / "usb-not-plugged-in").mkdir()
    widget.check()  # the 15-minute timer's call: not due, but the copy to the stick catches up
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.second_ok)
    assert widget.text() == "สำรองข้อมูลล่าสุด 3 ชั่วโมงที่แล้ว"


@pytest.mark.expected_errors("psc.db")  # the refusal or damage is logged, as it should be
def test_damaged_database_at_start_up_is_offered_the_newest_backup(
    qtbot: QtBot, services: Services, admin: CurrentUser, officer: CurrentUser, counter_home: Path
) -> None:
    kept = services.complaints.register(officer, complaint())
    assert services.backups is not None
    backup = services.backups.backup(admin).path
    services.close()
    path = counter_home / DB_FILE
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    with pytest.raises(KnownError):
        open_app(counter_home)

    ops = Ops()
    try:
        dialog = RecoveryDialog(counter_home, ops)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.open_button.isVisible()
        qtbot.waitUntil(dialog.restore_button.isEnabled)
        candidate = dialog.candidate
        assert candidate is not None and candidate.path == backup
        assert candidate.taken_at is not None
        assert format_thai_datetime(candidate.taken_at) in dialog.message.text()
        qtbot.mouseClick(dialog.restore_button, qtbot_button())
        qtbot.waitUntil(dialog.open_button.isVisible)
        assert dialog.outcome is not None
        assert "ยังไม่ได้เชื่อมต่อศูนย์" in dialog.message.text()  # this counter has no center
    finally:
        ops.shutdown()
    again = build_services(open_app(counter_home))
    try:
        assert again.records.detail(kept.record_id).tracking_code == kept.tracking_code
    finally:
        again.close()


def qtbot_button() -> object:
    """The left mouse button."""
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
