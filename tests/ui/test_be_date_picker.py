"""The Buddhist-era date field: typed as people type, picked from a พ.ศ. calendar by keyboard, stored as
the right Christian-era date, in Thai and in English."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.thai_typing import type_text
from ui.fields.be_calendar import BeCalendarPopup, place_inside
from ui.fields.be_date_edit import BeDateEdit, BeDateTimeEdit
from ui.fields.birth_date import BirthDateEdit
from ui.i18n import Translations

_HOSTS: list[QWidget] = []


def _field(qtbot: QtBot, cls: type[BeDateEdit] = BeDateEdit) -> BeDateEdit:
    host = QWidget()
    qtbot.addWidget(host)
    field = cls(host)
    field.today = lambda: date(2026, 11, 25)
    host.resize(400, 60)
    host.show()
    field.setFocus()
    _HOSTS.append(host)  # qtbot closes it after the test; Python must not collect it before
    return field


def _type(field: BeDateEdit, text: str) -> None:
    field.clear()
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)  # Enter finishes the edit as Tab would


def _keys(popup: BeCalendarPopup, *keys: tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    view = popup.grid.findChild(QTableView)
    assert view is not None
    for key, mods in keys:
        QTest.keyClick(view, key, mods)


NONE = Qt.KeyboardModifier.NoModifier


def test_typed_forms_are_read_and_shown_back_in_the_buddhist_era(qtbot: QtBot) -> None:
    field = _field(qtbot)
    for typed in ("3/12/2569", "03-12-2569", "3.12.2569", "๓/๑๒/๒๕๖๙", "3 ธ.ค. 2569"):
        _type(field, typed)
        assert field.value() == date(2026, 12, 3), typed
        assert field.text() == "03/12/2569"
        assert field.message == "" and not field.property("dateProblem")


def test_a_christian_year_is_refused_with_the_year_meant_or_converted_when_marked(qtbot: QtBot) -> None:
    field = _field(qtbot)
    _type(field, "3/12/2026")
    assert field.value() is None
    assert field.message == "ปี 2026 เป็นปี ค.ศ. — กรอกปี พ.ศ. (2569) หรือเติม ค.ศ. ท้ายวันที่"
    assert field.property("dateProblem") is True
    # Fixing it clears the message at once, before the field is left.
    field.setText("3/12/2569")
    assert field.message == "" and field.property("dateProblem") is False

    _type(field, "3/12/2026 ค.ศ.")
    assert field.value() == date(2026, 12, 3) and field.text() == "03/12/2569"
    assert field.message == "แปลง ค.ศ. 2026 เป็น พ.ศ. 2569 แล้ว"
    _type(field, "31/02/2569")
    assert field.value() is None and field.message == "ไม่มีวันที่นี้ในปฏิทิน"


def test_the_calendar_is_driven_by_keyboard_in_thai_months_and_be_years(qtbot: QtBot) -> None:
    field = _field(qtbot)
    _type(field, "03/12/2569")
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.findChild(BeCalendarPopup)
    assert popup is not None and popup.isVisible()
    assert popup.title() == "ธันวาคม พ.ศ. 2569"
    _keys(popup, (Qt.Key.Key_Right, NONE), (Qt.Key.Key_Down, NONE))  # 4th, then a week on: 11th
    _keys(popup, (Qt.Key.Key_PageDown, NONE))
    assert popup.title() == "มกราคม พ.ศ. 2570"
    _keys(popup, (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier))
    assert popup.title() == "มกราคม พ.ศ. 2569"
    _keys(popup, (Qt.Key.Key_Return, NONE))
    assert not popup.isVisible()
    assert field.text() == "11/01/2569" and field.value() == date(2026, 1, 11)
    assert field.window().focusWidget() is field  # back in the field for the next key

    # Escape leaves the date alone; T goes to today (the injected clock's day).
    field.open_calendar()
    _keys(popup, (Qt.Key.Key_Left, NONE), (Qt.Key.Key_Escape, NONE))
    assert not popup.isVisible() and field.value() == date(2026, 1, 11)
    field.open_calendar()
    _keys(popup, (Qt.Key.Key_T, NONE), (Qt.Key.Key_Enter, NONE))
    assert field.value() == date(2026, 11, 25) and field.text() == "25/11/2569"


def test_the_year_box_takes_a_typed_be_year(qtbot: QtBot) -> None:
    field = _field(qtbot, BirthDateEdit)
    _type(field, "2530")
    assert isinstance(field, BirthDateEdit) and field.value() == "1987" and field.message == ""
    popup = field.open_calendar()
    popup.year_box.setValue(2530)
    popup.month_box.setCurrentIndex(0)
    _keys(popup, (Qt.Key.Key_Home, NONE), (Qt.Key.Key_Return, NONE))
    assert field.text() == "01/01/2530" and field.value() == "1987-01-01"


def test_the_popup_stays_inside_the_screen(qtbot: QtBot) -> None:
    screen = QRect(0, 0, 1366, 768)
    # Near the bottom right corner: opens above and shifted left.
    at = place_inside(QRect(1300, 740, 60, 24), (300, 260), screen)
    assert (at.x(), at.y()) == (1066, 480)
    assert place_inside(QRect(100, 100, 60, 24), (300, 260), screen).y() == 124
    field = _field(qtbot)
    host = field.parentWidget()
    assert host is not None
    avail = QGuiApplication.primaryScreen().availableGeometry()
    host.move(avail.right() - host.width() + 1, avail.bottom() - host.height() + 1)
    popup = field.open_calendar()
    assert avail.contains(popup.frameGeometry()), (avail, popup.frameGeometry())


def test_english_mode_shows_english_months_and_keeps_the_buddhist_era(
    qtbot: QtBot, translations: Translations
) -> None:
    assert translations.set_language("en")
    field = _field(qtbot)
    assert field.placeholderText() == "dd/mm/yyyy (Buddhist era)"
    _type(field, "3/12/2026")
    assert field.message == "2026 is a Christian-era year — type the Buddhist-era year (2569) or add CE"
    _type(field, "3/12/2569")
    popup = field.open_calendar()
    assert popup.title() == "December 2569 BE"
    assert field.value() == date(2026, 12, 3)


def test_date_and_time_store_bangkok_time_as_utc_and_keep_a_good_value(qtbot: QtBot) -> None:
    field = _field(qtbot, BeDateTimeEdit)
    assert isinstance(field, BeDateTimeEdit)
    with qtbot.waitSignal(field.dateTimeChanged):
        _type(field, "3/12/2569 9.30")
    assert field.text() == "03/12/2569 09:30"
    assert field.value() == datetime(2026, 12, 3, 2, 30, tzinfo=UTC)
    _type(field, "3/12/2569 25:99")
    assert field.text() == "03/12/2569 09:30" and "09:30" in field.message
    field.open_calendar()
    popup = field.findChild(BeCalendarPopup)
    assert popup is not None
    _keys(popup, (Qt.Key.Key_Right, NONE), (Qt.Key.Key_Return, NONE))
    assert field.value() == datetime(2026, 12, 4, 2, 30, tzinfo=UTC)
