"""The records screen as an officer at a queue uses it (issue 13): a search with no hits clears the pane, the
keyboard goes from the search box to the results, the receipt's access code finds its record, the promised
date shows and filters with the dashboard's service standard, and a reprint says one true thing.

Real services on a real SQLCipher home; the printer is the socket printer of ``tests/printing``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.clock import BANGKOK, FixedClock
from app.domain.periods import day_period
from app.domain.service_standard import DueFilter
from app.domain.thaidate import bangkok_date
from app.domain.tracking import format_tracking_code, normalize_access_token
from app.services import Services
from app.services.records import ACCESS_CODE_MARK
from app.services.types import CurrentUser
from app.storage.models import AuditEvent, Record
from tests.printing.fake_printer import FakeTcpPrinter
from tests.ui.helpers import complaint, national_id
from tests.ui.test_records_view import open_view, search
from tests.ui.thai_typing import press
from ui.env import UiEnv
from ui.records.records_model import OVERDUE_MARK, RecordsModel
from ui.records.records_view import CODE_SAMPLE, RecordsView


def _codes(view: RecordsView) -> set[str]:
    model = view.model
    qtbot_rows = [model.data(model.index(r, RecordsModel.COL_CODE)) for r in range(model.rowCount())]
    return set(qtbot_rows)


def _row_of(view: RecordsView, code: str) -> int:
    model = view.model
    return next(
        r for r in range(model.rowCount()) if model.data(model.index(r, RecordsModel.COL_CODE)) == code
    )


def _shown(qtbot: QtBot, view: RecordsView, record_id: str) -> None:
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.record_id == record_id)


def test_no_hits_clear_the_detail_and_disable_amend_and_reprint(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    first = services.complaints.register(officer, complaint(subject="น้ำประปาไม่ไหลสามวัน", nid=national_id(31)))
    view = open_view(qtbot, env)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        view.table.selectRow(0)
    assert view.amend_button.isEnabled() and view.reprint_button.isEnabled()

    search(qtbot, view, "ไม่มีเรื่องนี้แน่นอน")
    qtbot.waitUntil(lambda: view.model.total == 0)
    assert view.detail.detail is None
    assert not view.amend_button.isEnabled()
    assert not view.reprint_button.isEnabled()
    assert view.no_match.isVisible()
    assert view.no_match.text().startswith("ไม่พบ") and "ไม่มีเรื่องนี้แน่นอน" in view.no_match.text()
    assert view.detail.title.text() == "เลือกรายการเพื่อดูรายละเอียด"

    search(qtbot, view, "ประปา")  # hits again: the line goes, nothing is opened by itself
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert not view.no_match.isVisible()
    assert view.detail.detail is None and not view.reprint_button.isEnabled()
    qtbot.waitUntil(lambda: _codes(view) == {format_tracking_code(first.tracking_code)})


def test_down_and_enter_go_from_the_search_box_to_the_results(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    older = services.complaints.register(officer, complaint(subject="ไฟฟ้าดับทั้งซอย", nid=national_id(41)))
    newer = services.complaints.register(officer, complaint(subject="ไฟฟ้าช็อตเสาไฟ", nid=national_id(42)))
    view = open_view(qtbot, env)
    view.search.setFocus()
    search(qtbot, view, "ไฟฟ้า")
    assert view.model.rowCount() == 2

    press(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    _shown(qtbot, view, newer.record_id)  # the first result is selected and open
    press(view.table, Qt.Key.Key_Down)
    _shown(qtbot, view, older.record_id)
    press(view.table, Qt.Key.Key_Up)
    press(view.table, Qt.Key.Key_Up)  # up from the first result: back to the box
    assert view.search.hasFocus()

    # Enter right after typing runs the search at once and lands on its first result.
    view.search.setText("ช็อต")
    press(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.hasFocus() and view.model.query == "ช็อต", timeout=10_000)
    _shown(qtbot, view, newer.record_id)

    # Enter on a result opens it (after the pane was cleared by another record's failure to load, say).
    view.detail.show_detail(None)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        press(view.table, Qt.Key.Key_Return)
    assert view.detail.detail is not None and view.detail.detail.record_id == newer.record_id


def test_the_receipts_access_code_finds_the_record_as_people_type_it(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    target = services.complaints.register(officer, complaint(nid=national_id(51)))
    services.complaints.register(officer, complaint(nid=national_id(52)))
    token = services.records.detail(target.record_id).access_token  # as printed: 7KQ2-M9XD-4TR8V
    plain = normalize_access_token(token)
    typed = [
        token,
        token.lower(),
        f"{plain[:4]} {plain[4:8]} {plain[8:]}".lower(),
        plain.replace("1", "l").replace("0", "o").lower(),  # 1 read as l, 0 as o
    ]
    assert services.records.count(typed[0]) == 1
    view = open_view(qtbot, env)
    for text in typed:
        search(qtbot, view, text)
        qtbot.waitUntil(lambda: view.model.total == 1)
        qtbot.waitUntil(lambda: _codes(view) == {format_tracking_code(target.tracking_code)})
    with services.ctx.db.read_session() as session:
        searched = [e for e in session.scalars(select(AuditEvent)) if e.action == "records.search"]
    assert searched, "a search is audited"
    dumped = " ".join(e.detail_json for e in searched)
    assert ACCESS_CODE_MARK in dumped
    assert plain not in dumped.upper().replace("-", "").replace(" ", "")  # the code itself stays out


def test_code_column_fits_the_grouped_code_at_1366(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    services.complaints.register(officer, complaint(nid=national_id(61)))
    view = open_view(qtbot, env)
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, 0)) != "…")
    shown = view.model.data(view.model.index(0, RecordsModel.COL_CODE))
    needed = view.table.fontMetrics().horizontalAdvance(shown)
    assert view.table.columnWidth(RecordsModel.COL_CODE) > needed + 8
    assert view.table.columnWidth(RecordsModel.COL_CODE) >= view.table.fontMetrics().horizontalAdvance(
        CODE_SAMPLE
    )


def test_due_column_and_filter_agree_with_the_dashboard(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser, clock: FixedClock
) -> None:
    now = clock()
    made = {}
    # Monday morning: overdue by Wednesday 10:00. Tuesday 09:00: due Wednesday afternoon. Tuesday 15:00:
    # due Thursday. Each registered at its own hour (the clock is the services' clock).
    for name, at, seed in (
        ("overdue", datetime(2026, 11, 23, 9, 0, tzinfo=BANGKOK), 71),
        ("today", datetime(2026, 11, 24, 9, 0, tzinfo=BANGKOK), 72),
        ("later", datetime(2026, 11, 24, 15, 0, tzinfo=BANGKOK), 73),
    ):
        clock.set(at)
        made[name] = services.complaints.register(
            officer, complaint(subject=f"เรื่อง{name}", nid=national_id(seed))
        )
    clock.set(now)
    snapshot = services.dashboard.snapshot(officer, day_period(bangkok_date(now)))
    assert {c.record_id for c in snapshot.watch.overdue_cases} == {made["overdue"].record_id}
    assert {c.record_id for c in snapshot.watch.due_cases} == {made["today"].record_id}

    view = open_view(qtbot, env)
    model = view.model
    qtbot.waitUntil(lambda: model.data(model.index(2, RecordsModel.COL_DUE)) not in ("", None))
    assert model.headerData(RecordsModel.COL_DUE, Qt.Orientation.Horizontal) == "กำหนดแจ้งผล"
    due_texts = {
        model.data(model.index(r, RecordsModel.COL_CODE)): model.data(model.index(r, RecordsModel.COL_DUE))
        for r in range(3)
    }
    overdue_code = format_tracking_code(made["overdue"].tracking_code)
    assert due_texts[overdue_code].startswith(OVERDUE_MARK)
    assert model.data(
        model.index(_row_of(view, overdue_code), RecordsModel.COL_DUE), Qt.ItemDataRole.ToolTipRole
    )
    assert "2569" in due_texts[overdue_code]
    assert not due_texts[format_tracking_code(made["later"].tracking_code)].startswith(OVERDUE_MARK)

    def pick(due: DueFilter) -> set[str]:
        view.due_filter.setCurrentIndex(view.due_filter.findData(due))
        qtbot.waitUntil(lambda: model.due is due and not model.loading and model.total == model.rowCount())
        qtbot.waitUntil(lambda: "…" not in _codes(view))
        return _codes(view)

    assert view.due_filter.itemText(view.due_filter.findData(DueFilter.OVERDUE)) == "เกินกำหนด"
    assert pick(DueFilter.OVERDUE) == {overdue_code}
    assert pick(DueFilter.DUE_TODAY) == {format_tracking_code(made["today"].tracking_code)}
    assert len(pick(DueFilter.ALL)) == 3
    # Filter and text together; the center moving a case takes it off the overdue list.
    view.due_filter.setCurrentIndex(view.due_filter.findData(DueFilter.OVERDUE))
    search(qtbot, view, "เรื่องtoday")
    qtbot.waitUntil(lambda: model.total == 0)
    assert view.no_match.isVisible()
    with services.ctx.db.session() as session:
        rec = session.scalars(select(Record).where(Record.id == made["overdue"].record_id)).one()
        rec.central_moved_at = now
    view.search.clear()
    qtbot.waitUntil(lambda: model.query == "" and model.total == 0, timeout=10_000)


def test_reprint_without_a_printer_shows_the_receipt_and_one_message(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    saved = services.complaints.register(officer, complaint(nid=national_id(81)))
    services.ctx.settings.printer_uri = "preview:"
    view = open_view(qtbot, env)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        view.table.selectRow(0)
    view.reprint_button.click()
    qtbot.waitUntil(lambda: view.reprinter.dialog is not None, timeout=10_000)
    dialog = view.reprinter.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.image is not None, timeout=20_000)
    image = dialog.image
    assert image is not None and image.width() == services.ctx.settings.printer_width_dots
    assert dialog.image_label.pixmap() is not None and not dialog.image_label.pixmap().isNull()
    message = view.detail_status.text()
    assert "หน้าจอ" in message and "เครื่องพิมพ์" in message
    assert "ส่ง" not in message  # never "sent to the printer"
    assert services.print_jobs is not None and services.print_jobs.jobs() == []  # nothing queued
    with services.ctx.db.read_session() as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.target == saved.record_id)))
    assert "receipt.reprint" in actions
    dialog.close()
    QApplication.processEvents()


def test_reprint_to_a_socket_printer_says_what_the_printer_did(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    services.complaints.register(officer, complaint(nid=national_id(82)))
    printer = FakeTcpPrinter()
    printer.start()
    jobs = services.print_jobs
    assert jobs is not None
    try:
        services.ctx.settings.printer_uri = printer.uri
        jobs.start_worker(env.bus.print_event.emit)
        view = open_view(qtbot, env)
        with qtbot.waitSignal(view.detail_shown, timeout=10_000):
            view.table.selectRow(0)
        view.reprint_button.click()
        qtbot.waitUntil(lambda: view.detail_status.text() == "พิมพ์ใบรับเรื่องแล้ว", timeout=15_000)
        assert view.reprinter.dialog is None
        assert len(printer.wait_for_jobs(1)) == 1
    finally:
        jobs.stop_worker()
        printer.stop()
