"""Scanning paper into a complaint with SANE's ``test`` backend: three pages become one three-page PDF
attachment that syncs like any attachment; a cancelled scan stores nothing."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from app.storage.models import Attachment
from sync.server.central import Central
from tests.helpers.counter import complaint
from tests.helpers.device_stack import sane_env
from tests.sync.helpers import station_holds
from ui.ops import Ops
from ui.records.scan_dialog import ScanDialog

__all__ = ["sane_env"]  # fixture used by name below
# WORKAROUND: the offscreen platform says it cannot propagate size hints when a dialog shows; not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_dialog(
    qtbot: QtBot, ops: Ops, counter: Services, officer: CurrentUser, env: dict[str, str]
) -> ScanDialog:
    counter.scans.env = env
    dialog = ScanDialog(ops, counter.scans, officer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.scan_button.isEnabled, timeout=10_000)  # test:0 found, its options read
    assert dialog.device.currentData() == "test:0"
    return dialog


def attachments_stored(counter: Services) -> int:
    with counter.ctx.db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(Attachment)) or 0)


def test_three_scanned_pages_become_one_pdf_that_syncs(
    qtbot: QtBot,
    ops: Ops,
    counter: Services,
    officer: CurrentUser,
    sync_service: SyncService,
    center: Central,
    sane_env: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, ops, counter, officer, sane_env)
    assert [dialog.mode.itemData(i) for i in range(dialog.mode.count())] == ["Gray", "Color"]
    dialog.pages.setValue(3)
    dialog.resolution.setCurrentIndex(dialog.resolution.findData(150))
    with qtbot.waitSignal(dialog.attached, timeout=30_000) as attached:
        dialog.scan_button.click()
    doc = attached.args[0]
    assert doc.pages == 3 and dialog.progress.value() == 100

    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(counter.ctx.attachments.get(doc.sha256))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+3$", info, re.MULTILINE), info

    rid = counter.complaints.register(officer, complaint(3, attachments=[doc.sha256])).record_id
    assert sync_service.run_once().acked == 1
    assert station_holds(center, "101", doc.sha256)
    assert json.loads(center.stored_payload(rid, 1) or "{}")["attachments"] == [doc.sha256]


def test_cancelling_mid_scan_stores_nothing(
    qtbot: QtBot, ops: Ops, counter: Services, officer: CurrentUser, sane_env: dict[str, str]
) -> None:
    counter.ctx.settings.scan_extra_options = "--read-delay=yes --read-delay-duration=20000"  # a slow scanner
    dialog = open_dialog(qtbot, ops, counter, officer, sane_env)
    dialog.pages.setValue(3)
    dialog.scan_button.click()
    # The first page is on its way. (Not waitSignal on the dialog's progress signal: the blocker of the next
    # waitSignal was then handed its arguments too.)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert dialog.scanning and dialog.cancel_button.text() == "หยุดสแกน"
    with qtbot.waitSignal(dialog.scan_ended, timeout=10_000) as ended:
        dialog.cancel_button.click()
    assert ended.args[0] == "ยกเลิกการสแกนแล้ว ไม่ได้บันทึกเอกสาร"
    assert not dialog.scanning and dialog.isVisible() and dialog.progress.value() == 0
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert attachments_stored(counter) == 0
    assert not [p for p in (counter.ctx.home / "attachments").rglob("*") if p.is_file()]
