"""The mass-coordination desk in real Qt widgets (offscreen), over real services, a real encrypted
database, a real attachment store and a network printer on 127.0.0.1 whose QR code is read back."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.national_id import fake_national_id
from app.domain.petition import AttachmentKind, PetitionStatus, TimelineEventKind
from app.domain.tracking import format_tracking_code, normalize_access_token
from app.services.receipts import tracking_url
from tests.petitions.conftest import GuiDesk
from tests.printing.escpos_decode import parse, raster_rows
from tests.printing.fake_printer import FakeTcpPrinter
from tests.ui import thai_typing
from tests.ui.thai_typing import focused, type_text
from ui.petitions.petition_form import REP_COL
from ui.petitions.petitions_page import PetitionsPage

# The offscreen platform plugin says what it cannot do (size hints, raising the province pop-up, grabbing
# the keyboard for it): harmless, and not ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "grabbing the keyboard")
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

DEMANDS = [
    "ขอให้ประกันราคามันสำปะหลังไม่ต่ำกว่ากิโลกรัมละ ๓ บาท",
    "ขอให้พักชำระหนี้เกษตรกรเป็นเวลา ๓ ปี",
    "ขอให้ควบคุมการนำเข้ามันเส้นในฤดูเก็บเกี่ยว",
    "ขอให้สนับสนุนลานมันชุมชนทุกอำเภอ",
    "ขอให้ตั้งคณะกรรมการร่วมติดตามผล",
]
REPS = [
    ("สมชาย", "ทดสอบดี", "0812345678", "ประธานกลุ่ม"),
    ("สมหญิง", "ใจสมมุติ", "0898765432", "เลขานุการ"),
    ("ประยูร", "ตัวอย่างงาม", "0865554444", "ผู้แทนชุมชน"),
]


def keys(text: str) -> None:
    """Types like a Thai keyboard into whatever has focus, one key at a time (focus may move to an
    editor after the first key, as it does in a table)."""
    for ch in text:
        type_text(focused(), ch)
    QApplication.processEvents()


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """One key, then what the event loop does between two real key strokes.

    A table editor commits on Return through a queued call; a real keyboard leaves the event loop time to
    run it before the next key, and so must the test (else the next key closes the editor first)."""
    thai_typing.press(widget, key, modifiers)
    QApplication.processEvents()


def open_page(qtbot: QtBot, desk: GuiDesk, user_name: str = "staff") -> PetitionsPage:
    page = PetitionsPage(desk.env(getattr(desk, user_name)))
    page.open_files = False
    qtbot.addWidget(page)
    page.resize(1500, 1000)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: desk.ops.pending == 0)
    return page


def type_representative(
    qtbot: QtBot, page: PetitionsPage, given: str, family: str, nid: str, phone: str, role: str
) -> None:
    """Ctrl+Shift+R, then the row by keyboard: name, family name, ID, read-back tick, phone, role, and
    the tick for the PDPA notice the representative acknowledged."""
    qtbot.keyClick(focused(), Qt.Key.Key_R, CTRL_SHIFT)
    table = page.form.rep_table
    assert table.currentColumn() == REP_COL["given_name"]
    keys(given)
    press(focused(), Qt.Key.Key_Tab)
    keys(family)
    press(focused(), Qt.Key.Key_Tab)
    keys(nid)
    press(focused(), Qt.Key.Key_Tab)
    assert table.currentColumn() == REP_COL["national_id_confirmed"]
    press(table, Qt.Key.Key_Space)  # "I read the number back to the representative"
    press(table, Qt.Key.Key_Tab)
    keys(phone)
    press(focused(), Qt.Key.Key_Tab)
    keys(role)
    press(focused(), Qt.Key.Key_Tab)
    assert table.currentColumn() == REP_COL["pdpa_acknowledged"]
    press(table, Qt.Key.Key_Space)  # "the representative read the privacy notice and acknowledged it"


def fill_petition(qtbot: QtBot, page: PetitionsPage, tmp_path: Path) -> list[str]:
    """Everything a group brings, typed as at the desk; returns the representatives' national IDs."""
    form = page.form
    form.group_name.setFocus()
    keys("เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลังภาคอีสาน")
    press(focused(), Qt.Key.Key_Tab)
    keys("สมาคมเกษตรกรทดสอบ")
    nids = [fake_national_id(random.Random(seed)) for seed in (11, 12, 13)]
    for (given, family, phone, role), nid in zip(REPS, nids, strict=True):
        type_representative(qtbot, page, given, family, nid, phone, role)
    form.headcount.setFocus()
    keys("150")
    picker = form.province_picker.lineEdit()
    assert picker is not None
    for province in ("ขอนแก่น", "นครราชสีมา"):
        picker.setFocus()
        keys(province)
        press(picker, Qt.Key.Key_Return)
    form.issue_summary.setFocus()
    keys("ราคามันสำปะหลังตกต่ำกว่าต้นทุน เกษตรกรขาดทุนต่อเนื่อง")
    for demand in DEMANDS:
        qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL_SHIFT)
        keys(demand)
        press(focused(), Qt.Key.Key_Return)
    # The last demand matters more: Alt+Up moves it above the fourth.
    table = form.demand_table
    table.setFocus()
    table.setCurrentCell(4, 0)
    press(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    form.received_position.setFocus()
    keys("ผู้อำนวยการศูนย์บริการประชาชน")
    # Two documents, as the file dialog would hand them over: the letter (PDF) and a photo.
    letter = tmp_path / "หนังสือร้องเรียน.pdf"
    letter.write_bytes(b"%PDF-1.4\n% synthetic petition letter\n" + b"0" * 2000)
    photo = tmp_path / "ภาพกลุ่มหน้าประตู4.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a7a3a"))
    assert image.save(str(photo))
    with qtbot.waitSignals([page.attachment_stored, page.attachment_stored], timeout=10_000):
        form.attachments.add_files([letter, photo])
    form.attachments.set_kind(0, AttachmentKind.PETITION_LETTER)
    return nids


def log_event(qtbot: QtBot, page: PetitionsPage, desk: GuiDesk, key: Qt.Key, note: str = "") -> None:
    desk.clock.advance(timedelta(minutes=15))
    if note:
        page.timeline.note.setFocus()
        keys(note)
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        qtbot.keyClick(focused(), key)


def test_log_a_group_petition_end_to_end_and_print_the_receipt(
    qtbot: QtBot, gui_desk: GuiDesk, tmp_path: Path
) -> None:
    page = open_page(qtbot, gui_desk)
    nids = fill_petition(qtbot, page, tmp_path)
    assert [d.text for d in page.form.payload().demands] == [*DEMANDS[:3], DEMANDS[4], DEMANDS[3]]

    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        qtbot.keyClick(page.form.group_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = page.record
    assert record is not None and record.version == 1
    p = record.petition
    assert [(r.given_name, r.national_id, r.national_id_confirmed) for r in p.representatives] == [
        (given, nid, True) for (given, *_), nid in zip(REPS, nids, strict=True)
    ]
    assert [r.is_contact for r in p.representatives] == [True, False, False]
    assert (p.headcount_estimate, p.provinces) == (150, ["ขอนแก่น", "นครราชสีมา"])
    assert [d.text for d in p.demands] == [*DEMANDS[:3], DEMANDS[4], DEMANDS[3]]
    assert [a.kind for a in p.attachments] == [AttachmentKind.PETITION_LETTER, AttachmentKind.PHOTO]
    assert p.received_by.name == gui_desk.staff.display_name
    assert "เลขรับเรื่อง" in page.code_label.text()

    # The live timeline: one key per event, each saved as the next version.
    log_event(qtbot, page, gui_desk, Qt.Key.Key_F7)
    log_event(qtbot, page, gui_desk, Qt.Key.Key_F8, "รองปลัดสำนักนายกรัฐมนตรี")
    log_event(qtbot, page, gui_desk, Qt.Key.Key_F9, "ลานหน้าศูนย์บริการประชาชน")
    log_event(qtbot, page, gui_desk, Qt.Key.Key_F10)
    record = page.record
    assert record is not None and record.version == 5
    assert [e.kind for e in record.petition.timeline] == [
        TimelineEventKind.ARRIVED,
        TimelineEventKind.PETITION_HANDED_OVER,
        TimelineEventKind.MET_WITH,
        TimelineEventKind.MOVED_TO,
        TimelineEventKind.DISPERSED,
    ]
    assert page.timeline.event_texts()[2] == "10:00 น. พบ รองปลัดสำนักนายกรัฐมนตรี"

    # The representative's receipt, on a network printer on 127.0.0.1.
    printer = FakeTcpPrinter()
    printer.start()
    try:
        settings = gui_desk.services.ctx.settings
        settings.printer_uri = printer.uri
        settings.printer_width_dots = 576
        qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "แล้ว" in page.paper_status.text(), timeout=10_000)
        events = gui_desk.services.print_jobs.run_due()
        assert len(events) == 1
        (job,) = printer.wait_for_jobs(1)
    finally:
        printer.stop()
    rows = raster_rows(parse(job))
    image = Image.frombytes("L", (len(rows[0]), len(rows)), b"".join(rows))
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    assert found == [tracking_url(settings.tracking_base_url, record.tracking_code, record.access_token)]
    assert found[0].endswith(f"{record.tracking_code}?t={normalize_access_token(record.access_token)}")


def test_closing_the_visit_and_a_departure_before_arrival(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    from tests.petitions.builders import petition

    p = petition()
    p.arrived_at = gui_desk.clock()
    saved = gui_desk.services.petitions.register(gui_desk.staff, p)
    page = open_page(qtbot, gui_desk)
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        page.open_record(saved.record_id)
    page.timeline.departed_at.set_value(gui_desk.clock() - timedelta(hours=1))
    page.timeline.close_button.click()
    qtbot.waitUntil(lambda: page.timeline.error != "", timeout=10_000)
    assert page.timeline.error == "เวลาเดินทางกลับต้องไม่ก่อนเวลามาถึง และต้องไม่ใช่เวลาในอนาคต"
    gui_desk.clock.advance(timedelta(hours=2))
    page.timeline.refresh_clock()
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        qtbot.keyClick(page.form.group_name, Qt.Key.Key_F12)
    record = page.record
    assert record is not None and record.petition.status is PetitionStatus.CLOSED
    assert "ปิดการเยือนแล้ว" in page.timeline.status_label.text()
    assert not page.timeline.buttons[TimelineEventKind.MET_WITH].isEnabled()


def test_mistakes_get_thai_messages_and_lose_nothing_typed(
    qtbot: QtBot, gui_desk: GuiDesk, tmp_path: Path
) -> None:
    page = open_page(qtbot, gui_desk)
    gui_desk.services.ctx.settings.max_attachment_mb = 1
    fill_petition(qtbot, page, tmp_path)
    form = page.form
    # A representative's ID with a wrong check digit, a headcount of zero, departure before arrival.
    nid_cell = form.rep_model.index(1, REP_COL["national_id"])
    good = nid_cell.data()
    assert form.rep_model.setData(nid_cell, good[:12] + str((int(good[12]) + 1) % 10))
    form.headcount.setText("0")
    form.departed.setChecked(True)
    form.departed_at.set_value(gui_desk.clock() - timedelta(minutes=30))
    before = form.draft_data()
    qtbot.keyClick(form.group_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.error_of("headcount_estimate") != "", timeout=10_000)
    assert form.error_of("headcount_estimate") == "จำนวนผู้มาต้องเป็นตัวเลขตั้งแต่ 1 ถึง 1,000,000 คน"
    assert form.error_of("departed_at") == "เวลาเดินทางกลับต้องไม่ก่อนเวลามาถึง และต้องไม่ใช่เวลาในอนาคต"
    assert "ผู้แทนคนที่ 2 – เลขประจำตัวประชาชน: เลขประจำตัวประชาชนไม่ถูกต้อง" in form.error_of("representatives")
    assert page.record is None
    # A file over the configured limit is refused with its size and the limit; nothing else moves.
    big = tmp_path / "สแกนรายชื่อ.tif"
    big.write_bytes(b"II*\0" + b"\0" * (1024 * 1024 + 10))
    form.attachments.add_files([big])
    qtbot.waitUntil(lambda: form.attachments.error != "", timeout=10_000)
    assert form.attachments.error.startswith("ไฟล์ สแกนรายชื่อ.tif มีขนาด 1.0 MB เกินขนาดที่รับได้ 1 MB")
    assert len(form.attachments.refs()) == 2
    assert form.draft_data() == before  # every field exactly as typed
    # Fixing the three mistakes saves the petition.
    assert form.rep_model.setData(nid_cell, good)
    confirm = form.rep_model.index(1, REP_COL["national_id_confirmed"])
    assert form.rep_model.setData(confirm, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    form.headcount.setText("150")
    form.departed.setChecked(False)
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        qtbot.keyClick(form.group_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.record is not None and page.record.petition.headcount_estimate == 150


def test_counter_officer_reads_petitions_but_cannot_change_them(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    from tests.petitions.builders import petition

    p = petition()
    p.arrived_at = gui_desk.clock()
    saved = gui_desk.services.petitions.register(gui_desk.staff, p)
    page = open_page(qtbot, gui_desk, "officer")
    qtbot.waitUntil(lambda: page.day_list.count() == 1, timeout=10_000)
    assert not page.new_button.isVisible() and not page.summary_button.isVisible()
    with qtbot.waitSignal(page.record_loaded, timeout=10_000):
        page.open_record(saved.record_id)
    assert page.form.read_only and not page.form.save_button.isEnabled()
    assert page.form.group_name.isReadOnly()
    assert not page.timeline.buttons[TimelineEventKind.PETITION_HANDED_OVER].isEnabled()
    assert page.pdf_button.isEnabled()  # reading includes the paper record
    qtbot.keyClick(page.form.group_name, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: gui_desk.ops.pending == 0)
    assert gui_desk.services.petitions.load(saved.record_id).version == 1


def test_repeat_group_is_shown_and_can_be_linked(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    from tests.petitions.builders import petition

    earlier = petition()
    earlier.arrived_at = gui_desk.clock()
    first = gui_desk.services.petitions.register(gui_desk.staff, earlier)
    gui_desk.clock.advance(timedelta(days=30))
    page = open_page(qtbot, gui_desk)
    page.form.group_name.setFocus()
    keys("กลุ่ม เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลังภาคอีสาน")
    qtbot.waitUntil(page.form.repeat_box.isVisible, timeout=10_000)
    assert page.form.repeat_list.count() == 1
    assert format_tracking_code(first.tracking_code) in page.form.repeat_list.item(0).text()
    page.form.link_button.click()
    assert page.form.payload().linked_record_id == first.record_id


def test_draft_survives_closing_the_page(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    page = open_page(qtbot, gui_desk)
    page.form.group_name.setFocus()
    with qtbot.waitSignal(page.draft_saved, timeout=10_000):
        keys("ชมรมผู้เลี้ยงโคนมทดสอบ")
    page.close()
    again = open_page(qtbot, gui_desk)
    qtbot.waitUntil(lambda: again.form.group_name.text() == "ชมรมผู้เลี้ยงโคนมทดสอบ", timeout=10_000)
    assert "กู้คืน" in again.status.text()


def test_representative_details_and_address_are_kept_per_row(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    from tests.petitions.builders import petition

    page = open_page(qtbot, gui_desk)
    page.form.set_payload(petition())
    form = page.form
    form.rep_table.setCurrentCell(1, REP_COL["given_name"])
    assert form.rep_detail.isEnabled() and "คนที่ 2" in form.rep_detail.title()
    form.rep_fields["email"].setFocus()
    keys("somying@example.com")
    form.rep_fields["line_id"].setFocus()
    keys("somying_line")
    finder = form.rep_address.finder
    finder.setFocus()
    keys("ในเมือง ขอนแก่น")
    qtbot.waitUntil(lambda: len(form.rep_address.match_labels()) > 0, timeout=10_000)
    press(finder, Qt.Key.Key_Return)  # Enter takes the first match
    form.rep_table.setCurrentCell(0, REP_COL["given_name"])  # another row: its own details
    assert form.rep_fields["email"].text() == ""
    reps = form.payload().representatives
    assert (reps[1].email, reps[1].line_id) == ("somying@example.com", "somying_line")
    assert reps[1].address.province == "ขอนแก่น" and reps[1].address.postcode == "40000"
    assert reps[1].address.subdistrict_code
    assert reps[0].email == ""


def test_scanned_documents_arrive_from_the_watched_folder(
    qtbot: QtBot, gui_desk: GuiDesk, tmp_path: Path
) -> None:
    scans = tmp_path / "scanner"
    scans.mkdir()
    (scans / "เก่า.pdf").write_bytes(b"%PDF-1.4 scanned yesterday")  # there before: not offered
    gui_desk.services.ctx.settings.scanner_folder = str(scans)
    page = open_page(qtbot, gui_desk)
    assert str(scans) in page.form.attachments.scanner_label.text()
    with qtbot.waitSignal(page.attachment_stored, timeout=15_000):
        (scans / "scan-0001.pdf").write_bytes(b"%PDF-1.4 synthetic signature sheet " * 30)
    refs = page.form.attachments.refs()
    assert [r.name for r in refs] == ["scan-0001.pdf"]
    assert gui_desk.services.ctx.attachments.exists(refs[0].sha256)
    # PDPA: the plain scan left the scanner folder once its encrypted copy was stored.
    assert not (scans / "scan-0001.pdf").exists()
    assert (scans / "เก่า.pdf").exists()  # not offered, not stored: not touched
