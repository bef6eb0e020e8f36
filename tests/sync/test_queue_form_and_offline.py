"""Issue 13, the supervisor's part: the queue detail is the record as a read-only form (Thai, or English in
English mode; attachments by name and size; no JSON keys, no hashes), a rejected complaint is corrected in
the complaint form, and reconciliation with the center away still shows the counter's own counts.

Real counter (SQLCipher), the real reference center on 127.0.0.1, offscreen Qt.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from sync.server.app import create_app
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.counter import complaint
from tests.sync.conftest import COUNTER_STATION
from tests.sync.helpers import break_subject
from ui.env import UiEnv
from ui.fonts import apply_app_font
from ui.i18n import Translations
from ui.ops import Ops
from ui.supervisor.correction_dialog import CorrectionDialog
from ui.supervisor.queue_view import QueueView, detail_html
from ui.supervisor.reconciliation_view import ReconciliationView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SHOTS = os.environ.get("PSC_SCREENSHOT_DIR", "")
HEX_RUN = re.compile(r"[0-9a-f]{12,}")
THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The translator; back to Thai after the test."""
    tr = Translations()
    yield tr
    tr.set_language("th")


@pytest.fixture
def env(
    qapp: QApplication, qtbot: QtBot, counter: Services, supervisor: CurrentUser, translations: Translations
) -> Iterator[UiEnv]:
    """The supervisor's screens: real services, a real ``Ops`` (``test_sync_gui``'s, with the test's
    translator so it can switch to English)."""
    apply_app_font(qapp)
    ops = Ops()
    yield UiEnv(services=counter, ops=ops, user=supervisor, translations=translations)
    try:
        qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    finally:
        if counter.sync is not None:
            counter.sync.stop()
        ops.shutdown()


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _open_queue(qtbot: QtBot, env: UiEnv) -> QueueView:
    """The queue screen at 1366x768 with its one item selected and its detail shown."""
    view = QueueView(env)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail is not None)
    return view


def _rejected_with_attachment(counter: Services, officer: CurrentUser, sync: SyncService) -> str:
    sha = counter.complaints.store_attachment(
        officer, b"%PDF-1.4 " + b"0" * 3000, "application/pdf", "คำร้อง.pdf"
    )
    record_id = counter.complaints.register(officer, complaint(41, attachments=[sha])).record_id
    break_subject(counter, record_id)
    assert sync.run_once().rejected == 1
    return record_id


def test_queue_detail_is_a_read_only_form_in_thai_and_in_english(
    qtbot: QtBot,
    env: UiEnv,
    counter: Services,
    officer: CurrentUser,
    sync_service: SyncService,
    translations: Translations,
) -> None:
    record_id = _rejected_with_attachment(counter, officer, sync_service)
    payload = counter.records.detail(record_id).payload
    view = _open_queue(qtbot, env)
    text = view.detail_view.toPlainText()
    for label in ("ข้อมูลผู้ร้อง", "ชื่อ", "เลขประจำตัวประชาชน", "ที่อยู่ที่ติดต่อได้", "หมวดเรื่อง", "เอกสารแนบ"):
        assert label in text
    assert "คำร้อง.pdf (3 KB)" in text  # by name and size
    assert "เรื่อง — " in text  # the center's complaint about the subject, in the form's words
    nid = payload["complainant"]["national_id"]
    assert nid not in text and "x-xxxx-xxxxx" in text  # still masked
    assert payload["complainant"]["given_name"] not in text
    for raw in ("given_name", "complainant", "identity_mode", "{", '"', "SHA", "sha256"):
        assert raw not in text, raw
    assert not HEX_RUN.search(text), "no hashes"
    assert "เปิดเผยตัวตน" in text  # the enum in words
    _shot(view, "queue_detail_th")

    assert translations.set_language("en")
    english = _open_queue(qtbot, env)
    text_en = english.detail_view.toPlainText()
    for label in ("Complainant", "National ID", "Contact address", "Category", "Attachments", "Identified"):
        assert label in text_en, label
    assert english.detail is not None
    shown = detail_html(english.detail, counter.ctx.reference)
    labels = re.findall(r"<th[^>]*>(.*?)</th>", shown) + re.findall(r"<b>(.*?)</b>", shown)
    assert len(labels) > 10 and not [x for x in labels if THAI.search(x)], labels  # data may be Thai
    assert not HEX_RUN.search(text_en)
    _shot(english, "queue_detail_en")


def test_a_rejected_complaint_is_corrected_in_the_complaint_form(
    qtbot: QtBot, env: UiEnv, counter: Services, officer: CurrentUser, sync_service: SyncService
) -> None:
    record_id = _rejected_with_attachment(counter, officer, sync_service)
    view = QueueView(env)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail is not None and view.settle_button.isEnabled())
    opened: list[CorrectionDialog] = []

    def fill_in_the_form(payload: dict[str, object]) -> tuple[dict[str, object], str] | None:
        dialog = CorrectionDialog(env, dict(payload), view._problems_text(), view)
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.form.is_ready)
        assert dialog.form.subject.text() == ""  # what the center refused
        assert dialog.form.given_name.text() == payload["complainant"]["given_name"]  # type: ignore[index]
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no reason yet: stays open
        assert dialog.isVisible() and dialog.reason_box.error
        dialog.form.subject.setText("ขอให้ตรวจสอบไฟฟ้าดับบ่อย")
        dialog.reason.setText("เติมหัวเรื่องที่ขาดหาย")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert not dialog.isVisible()
        return dialog.answer()

    view.edit_payload = fill_in_the_form
    qtbot.mouseClick(view.settle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)
    assert opened
    assert "เรื่อง" in opened[0].findChild(QWidget, "correction_problems").text()  # type: ignore[union-attr]
    latest = counter.records.detail(record_id)
    assert latest.version == 2 and latest.payload["subject"] == "ขอให้ตรวจสอบไฟฟ้าดับบ่อย"
    assert (
        latest.payload["attachments"] == counter.records.detail(record_id).history[-1].payload["attachments"]
    )
    assert sync_service.run_once().acked == 1


def test_reconciliation_with_the_center_away_shows_the_local_counts(
    qtbot: QtBot, env: UiEnv, counter: Services, officer: CurrentUser, center: Central
) -> None:
    token = center.add_station(COUNTER_STATION, "ศูนย์บริการประชาชน (ทดสอบ)")
    sync = SyncService(counter.ctx, counter.audit_log, rng=random.Random(0), timeout=2)
    counter.sync = sync
    with ServerThread(create_app(center)) as server:
        assert sync.connect(server.url, token) == COUNTER_STATION
        for seed in (51, 52):
            counter.complaints.register(officer, complaint(seed))
        assert sync.run_once().acked == 2
    counter.complaints.register(officer, complaint(53))  # after the center went away: waiting
    view = ReconciliationView(env)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.local_label.text() == "3", timeout=10_000)  # before asking the center
    assert view.acked_label.text() == "2"
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.remote_label.text() == "ติดต่อศูนย์ไม่ได้", timeout=20_000)
    assert view.local_label.text() == "3" and view.acked_label.text() == "2"
    assert "ยอดของจุดบริการ" in view.result_label.text()
    assert view.run_button.isEnabled()
    _shot(view, "reconciliation_offline_th")
