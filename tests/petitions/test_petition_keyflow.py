"""The petition form for issue 13: read-only that looks it and says why, a missing phone reported on the
phone, errors that go when fixed, and Enter moving through the form's lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from app.domain.issues import FieldIssue, IssueCode
from app.domain.petition import validate_petition
from tests.petitions.builders import petition
from tests.petitions.conftest import GuiDesk
from tests.petitions.test_petition_gui import open_page as open_desk_page
from tests.ui.thai_typing import focused, press, type_text
from ui.messages import issue_text, petition_issue_text
from ui.petitions.petitions_page import PetitionsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "support raise", "grabbing the keyboard")


def open_page(qtbot: QtBot, desk: GuiDesk, user: str = "staff") -> PetitionsPage:
    page = open_desk_page(qtbot, desk, user)
    page.resize(1366, 768)
    return page


def test_read_only_form_looks_read_only_and_says_who_may_edit(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    saved = gui_desk.services.petitions.register(gui_desk.staff, petition(seed=3, reps=2, demands=2))
    page = open_page(qtbot, gui_desk, "officer")
    page.open_record(saved.record_id)
    form = page.form
    qtbot.waitUntil(lambda: form.group_name.text() != "")
    assert form.read_only and not form.save_button.isEnabled()
    # Fields are read-only, not disabled: black text on grey, selectable, but nothing can be typed.
    for edit in (form.group_name, form.received_name, form.headcount):
        assert edit.isEnabled() and edit.isReadOnly()
    assert form.issue_summary.isEnabled() and form.issue_summary.isReadOnly()
    assert form.arrived_at.isEnabled() and form.arrived_at.isReadOnly()
    before = form.group_name.text()
    form.group_name.setFocus()
    type_text(form.group_name, "x")
    assert form.group_name.text() == before
    assert "readOnly" in form._body.styleSheet()
    # The reason is on screen beside the grey Save button, in Thai, naming who may edit.
    note = form.read_only_note
    assert note.isVisible() and "อ่านอย่างเดียว" in note.text() and "ประสานมวลชน" in note.text()
    assert form.save_button.toolTip() == note.text()

    # The same form for mass-coordination staff is editable and says nothing of the kind.
    page2 = open_page(qtbot, gui_desk, "staff")
    page2.open_record(saved.record_id)
    qtbot.waitUntil(lambda: page2.form.group_name.text() != "")
    assert not page2.form.group_name.isReadOnly()
    assert not page2.form.read_only_note.isVisible()
    assert page2.form._body.styleSheet() == ""


def test_missing_phone_is_reported_on_the_phone_not_as_a_missing_coordinator(qtbot: QtBot) -> None:
    issue = FieldIssue("representatives.0.phone", IssueCode.CONTACT_NEEDED)
    assert petition_issue_text(issue) == issue_text(IssueCode.CONTACT_NEEDED)
    assert "ผู้ประสานงาน" not in petition_issue_text(issue)
    whole = FieldIssue("representatives", IssueCode.CONTACT_NEEDED)
    assert "ผู้ประสานงาน" in petition_issue_text(whole)  # no contact chosen at all: that one stays


def test_errors_go_as_soon_as_they_are_fixed(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    page = open_page(qtbot, gui_desk)
    form = page.form
    form.set_payload(petition(seed=5, reps=2, demands=2))
    form.group_name.setText("")
    form.issue_summary.setPlainText("")
    issues = validate_petition(form.payload())
    assert {i.field for i in issues} >= {"group_name", "issue_summary"}
    form.show_issues(issues)
    assert form.error_of("group_name") != ""
    form.group_name.setFocus()
    type_text(form.group_name, "กลุ่มผู้ใช้น้ำ")
    qtbot.waitUntil(lambda: form.error_of("group_name") == "")
    assert form.error_of("issue_summary") != ""  # still wrong: still shown
    assert focused() is form.group_name  # the check did not pull the cursor away
    form.issue_summary.setPlainText("น้ำไม่พอใช้ทำการเกษตร")
    qtbot.waitUntil(lambda: form.error_of("issue_summary") == "")
    assert not form.form_error.isVisible()


def test_enter_moves_through_the_lines_and_scrolls_to_them(qtbot: QtBot, gui_desk: GuiDesk) -> None:
    page = open_page(qtbot, gui_desk)
    form = page.form
    form.group_name.setFocus()
    press(focused(), Qt.Key.Key_Return)
    assert focused() is form.organisation
    press(focused(), Qt.Key.Key_Return)
    # No representative yet (details off): on to the headcount, scrolled into view.
    assert focused() is form.headcount
    press(focused(), Qt.Key.Key_Return)
    assert focused() is form.province_picker
    type_text(form.province_picker.lineEdit(), "ขอนแก่น")
    press(form.province_picker.lineEdit(), Qt.Key.Key_Return)  # adds the province, stays for another
    assert form.visit.provinces() == ["ขอนแก่น"]
    assert focused() is form.province_picker
    press(focused(), Qt.Key.Key_Return)  # empty: moves on
    QApplication.processEvents()
    assert focused() is not form.province_picker
    widget = focused()
    assert widget is form.arrived_at
    # Scrolled into the form's view (the form is taller than 768 pixels).
    area = form.findChild(QScrollArea)
    assert area is not None
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    assert area.viewport().rect().contains(QRect(top_left, widget.size()))
