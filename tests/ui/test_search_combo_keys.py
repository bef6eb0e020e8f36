"""A search combo keeps what was typed before its list arrived (districts come from a background look-up)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.thai_typing import type_text
from ui.fields.search_combo import SearchCombo


def test_text_typed_before_the_list_arrives_is_kept(qtbot: QtBot) -> None:
    combo = SearchCombo()
    qtbot.addWidget(combo)
    combo.set_items([])
    combo.show()
    combo.setFocus()
    line = combo.lineEdit()
    assert line is not None
    type_text(line, "บางพลี")
    combo.set_items([("เมืองสมุทรปราการ", "เมืองสมุทรปราการ"), ("บางพลี", "บางพลี")])
    assert combo.code() == "บางพลี"

    other = SearchCombo()
    qtbot.addWidget(other)
    other.set_code("บางบ่อ")  # asked for before the list came
    other.show()
    other.setFocus()
    other_line = other.lineEdit()
    assert other_line is not None
    type_text(other_line, "บางพ")  # the officer types over it: every key stays
    other.set_items([("บางบ่อ", "บางบ่อ"), ("บางพลี", "บางพลี")])
    assert other.currentText() == "บางพ" and other.code() == ""
