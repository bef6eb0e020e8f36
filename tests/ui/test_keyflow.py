"""The complaint form's keyboard flow at 1366×768 (issue 13): every Enter lands on a visible field that
shows what is typed, nothing typed while a picker opens is lost, popups stay on the screen, and errors go
the moment they are fixed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import ErrorCode
from app.domain.records import ComplaintPayload, IdentityMode
from tests.ui.helpers import national_id
from tests.ui.test_intake import open_page as open_intake
from tests.ui.thai_typing import focused, press, type_into_focus, type_text
from ui.env import UiEnv
from ui.fields.focus_flow import takes_text
from ui.intake.complaint_form import ComplaintForm
from ui.intake.intake_page import IntakePage
from ui.messages import error_text


def open_page(qtbot: QtBot, env: UiEnv) -> IntakePage:
    page = open_intake(qtbot, env)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.title_edit)
    return page


def on_screen(form: ComplaintForm, widget: QWidget) -> bool:
    """Whether the whole of ``widget`` lies inside the form's scrolled viewport (what the officer sees)."""
    viewport = form.scroll_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_every_enter_lands_on_a_visible_typing_field_in_reading_order(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    seen: list[QWidget] = [focused()]
    for _ in range(40):
        press(focused(), Qt.Key.Key_Return)
        now = focused()
        if now is seen[-1] or now is form.description:
            break
        seen.append(now)
    # Each stop takes typed text, is shown, and is scrolled into the officer's view.
    for widget in seen:
        assert takes_text(widget), widget.objectName()
        assert widget.isVisible() and on_screen(form, widget), widget.objectName()
    names = [w.objectName() for w in seen]
    assert names[:5] == ["title", "given_name", "family_name", "national_id", "phone"]
    assert "national_id_confirmed" not in names and "complaint_type" not in names
    assert names.index("address_finder") < names.index("category") < names.index("subject")
    assert focused() is form.description  # Enter there is a new line; the walk ends


def test_tab_reaches_the_read_back_box_highlighted_and_scrolled_into_view(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.national_id.setFocus()
    type_into_focus(national_id(4))
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is form.confirm_id
    assert "QCheckBox:focus" in form.styleSheet()  # the yellow band of the focused box
    assert on_screen(form, form.confirm_id)
    # The PDPA boxes at the bottom are reached by keyboard, and shown when reached.
    form.documents_count.setFocus()
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is form.pdpa_ack
    assert on_screen(form, form.pdpa_ack)
    press(focused(), Qt.Key.Key_Space)
    assert form.pdpa_ack.isChecked()
    press(focused(), Qt.Key.Key_Tab)
    assert focused() is form.consent_share and on_screen(form, form.consent_share)


def test_enter_before_the_address_list_arrives_keeps_every_key(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.address.finder.setFocus()
    # Postcode, Enter and the next field's text in one burst, as a fast typist does: the list has not
    # been searched yet (the finder waits for a pause), so the pick must happen when it arrives.
    type_into_focus("10270")
    press(focused(), Qt.Key.Key_Return)
    assert focused() is form.category
    type_into_focus("ประปา")
    qtbot.waitUntil(lambda: form.address.postcode.text() == "10270")
    assert form.address.province.text() == "สมุทรปราการ"
    assert form.category.currentText() == "ประปา"  # no key went to the list or was lost
    assert not form.address.matches.isVisible()
    assert focused() in (form.category, form.category.completer().popup())


def test_address_list_opens_on_screen(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.address.finder.setFocus()
    type_into_focus("เมือง")
    qtbot.waitUntil(form.address.matches.isVisible)
    assert form.address.matches.count() > 3
    qtbot.waitUntil(lambda: on_screen(form, form.address.matches))


def test_search_combo_suggestions_stay_inside_the_screen(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.responsible_agency.setFocus()
    type_into_focus("กรม")
    popup = form.responsible_agency.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    screen = form.responsible_agency.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry()), (popup.frameGeometry(), screen)
    press(popup, Qt.Key.Key_Return)  # no item highlighted: Enter takes the first and moves on
    assert form.responsible_agency.code() != ""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert focused() is form.requested_action


def test_ctrl_n_scrolls_the_new_form_back_to_the_top(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.consent_share.setFocus()
    bar = form.scroll_area.verticalScrollBar()
    if bar.maximum() == 0:  # the whole form fits: make it scroll as on a smaller window
        page.resize(1366, 500)
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        form.title_edit.setFocus()
        form.consent_share.setFocus()
    qtbot.waitUntil(lambda: bar.value() > 0)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.payload() == ComplaintPayload()
    assert bar.value() == 0
    assert focused() is form.title_edit


def test_national_id_error_goes_as_soon_as_the_13th_digit_is_typed(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    nid = national_id(6)
    form.national_id.setFocus()
    type_into_focus(nid[:12])
    press(focused(), Qt.Key.Key_Tab)  # leaving the field checks it
    qtbot.waitUntil(lambda: form.error_for("complainant.national_id") != "")
    form.national_id.setFocus()
    form.national_id.setCursorPosition(len("0-0000-00000-00-"))
    type_text(form.national_id, nid[12])
    assert form.national_id_digits() == nid
    qtbot.waitUntil(lambda: form.error_for("complainant.national_id") == "")
    assert focused() is form.national_id  # cleared while the officer is still in the field


def test_refused_save_line_goes_when_the_last_field_is_fixed(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    form = page.form
    form.identity_buttons[IdentityMode.ANONYMOUS].setChecked(True)  # fewest fields to fix
    form.subject.setFocus()
    qtbot.keyClick(form.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    refused = error_text(ErrorCode.VALIDATION_FAILED)
    qtbot.waitUntil(lambda: page.status.text() == refused)
    assert form.errors_shown()
    form.category.set_code("utilities")
    form.subject.setText("ไฟฟ้าดับ")
    form.description.setPlainText("ไฟฟ้าดับทั้งซอยตั้งแต่เมื่อวาน")
    form.responsible_agency.set_code(form.responsible_agency.itemData(1))
    qtbot.waitUntil(lambda: not form.errors_shown(), timeout=5000)
    qtbot.waitUntil(lambda: page.status.text() == "")
