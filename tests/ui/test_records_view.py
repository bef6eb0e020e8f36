"""The records screen: Thai substring search, the detail with its history, amending with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.issues import IssueCode
from app.domain.tracking import format_tracking_code
from app.services import Services
from app.services.types import CurrentUser, SaveResult
from tests.ui.helpers import complaint, national_id
from tests.ui.thai_typing import press, type_text
from ui.env import UiEnv
from ui.messages import error_text, issue_text
from ui.records.amend_dialog import AmendDialog
from ui.records.records_model import RecordsModel
from ui.records.records_view import RecordsView


def _seed(services: Services, officer: CurrentUser) -> SaveResult:
    """The record to find, and one that must not match (no ป anywhere in it)."""
    target = services.complaints.register(
        officer, complaint(subject="น้ำประปาไม่ไหลสามวัน", nid=national_id(21), phone="0811111111")
    )
    other = complaint(given="วันดี", family="มีสุข", subject="ถนนชำรุดเสียหายมาก", nid=national_id(22))
    other.description = "ถนนหน้าบ้านชำรุดมาก รถสัญจรลำบาก"
    other.complainant.phone = "0822222222"
    services.complaints.register(officer, other)
    return target


def open_view(qtbot: QtBot, env: UiEnv) -> RecordsView:
    view = RecordsView(env)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.model.loading)
    return view


def search(qtbot: QtBot, view: RecordsView, text: str) -> None:
    view.search.clear()
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        type_text(view.search, text)  # typed, Thai included; the search waits for a pause in typing
    qtbot.waitUntil(lambda: view.model.query == text.strip() and not view.model.loading)


@pytest.mark.parametrize("query", ["ป", "ปา", "ประปา"], ids=["1-char", "2-chars", "5-chars"])
def test_thai_substring_search_finds_the_record(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser, query: str
) -> None:
    target = _seed(services, officer)
    view = open_view(qtbot, env)
    assert view.model.total == 2
    search(qtbot, view, query)
    assert view.model.total == 1
    assert view.model.rowCount() == 1
    qtbot.waitUntil(
        lambda: (
            view.model.data(view.model.index(0, RecordsModel.COL_CODE))
            == format_tracking_code(target.tracking_code)
        )
    )
    assert view.count_label.text() == "1 รายการ"


def test_search_by_tracking_code_and_national_id(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    target = _seed(services, officer)
    view = open_view(qtbot, env)
    search(qtbot, view, format_tracking_code(target.tracking_code))  # as read off the receipt
    assert view.model.total == 1
    search(qtbot, view, national_id(21))
    assert view.model.total == 1
    qtbot.waitUntil(
        lambda: (
            view.model.data(view.model.index(0, RecordsModel.COL_CODE))
            == format_tracking_code(target.tracking_code)
        )
    )


def _open_detail(qtbot: QtBot, view: RecordsView) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        view.table.selectRow(0)


def test_amend_with_reason_adds_version_two_to_the_history(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    target = _seed(services, officer)
    view = open_view(qtbot, env)
    search(qtbot, view, "ประปา")
    _open_detail(qtbot, view)
    assert view.detail.detail is not None
    assert view.detail.detail.record_id == target.record_id
    assert len(view.detail.history_rows()) == 1

    dialog = view.amend_current()
    assert isinstance(dialog, AmendDialog)
    qtbot.waitUntil(lambda: dialog.form.is_ready and dialog.form.subject.text() == "น้ำประปาไม่ไหลสามวัน")
    # Prefilled from the record: the officer corrects the phone and says why.
    dialog.form.phone.clear()
    type_text(dialog.form.phone, "0897654321")
    dialog.reason.setFocus()
    type_text(dialog.reason, "ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด")
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        qtbot.keyClick(dialog.form.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    detail = view.detail.detail
    assert detail is not None and detail.version == 2
    assert detail.payload["complainant"]["phone"] == "0897654321"
    rows = view.detail.history_rows()
    assert [r[0] for r in rows] == ["2", "1"]  # latest first
    assert rows[0][3] == "ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด"
    assert rows[0][2] == officer.username
    assert "ฉบับที่ 2" in view.detail.title.text()


def test_amend_without_reason_is_refused_beside_the_reason(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    _seed(services, officer)
    view = open_view(qtbot, env)
    _open_detail(qtbot, view)
    dialog = view.amend_current()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.form.is_ready)
    dialog.form.subject.setText("")
    dialog.save_button.click()
    assert dialog.reason_box.error == error_text("reason_required")
    dialog.reason.setText("แก้คำผิด")
    dialog.save_button.click()  # the empty subject comes back from the service, beside the subject
    qtbot.waitUntil(lambda: dialog.form.error_for("subject") != "")
    assert dialog.form.error_for("subject") == issue_text(IssueCode.REQUIRED)
    assert dialog.isVisible()
    assert services.records.detail(view.detail.detail.record_id).version == 1  # type: ignore[union-attr]


def test_escape_in_amend_asks_before_dropping_corrections(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(services, officer)
    view = open_view(qtbot, env)
    _open_detail(qtbot, view)
    dialog = view.amend_current()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.form.is_ready)
    type_text(dialog.reason, "แก้ที่อยู่")
    asked: list[str] = []

    def answer_no(box: QMessageBox) -> int:
        asked.append(box.text())  # closed without a click: the answer is no (ui.confirm)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_no)
    press(dialog.reason, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert asked, "Escape must ask before dropping the corrections"
    assert dialog.isVisible()
    assert dialog.reason.text() == "แก้ที่อยู่"
