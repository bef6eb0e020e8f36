"""The representatives table model of the petition form (ui.petitions.representatives)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.petition import Representative
from tests.petitions.builders import petition
from ui.petitions.representatives import REP_COL, RepresentativesEditor, RepresentativesModel

CHECK = Qt.ItemDataRole.CheckStateRole


def test_model_passes_the_qt_model_tester_while_rows_change(qtmodeltester: ModelTester) -> None:
    model = RepresentativesModel()
    model.set_representatives(petition().representatives)
    qtmodeltester.check(model)
    model.append(Representative(given_name="สมศรี"))
    model.move(0, 2)
    model.remove(1)
    model.setData(model.index(0, REP_COL["given_name"]), "สมปอง")
    model.set_fault(0, "national_id", "เลขไม่ถูกต้อง")
    qtmodeltester.check(model)


def test_one_contact_and_a_changed_id_needs_reading_back_again() -> None:
    model = RepresentativesModel()
    model.set_representatives(petition().representatives)
    assert [r.is_contact for r in model.representatives()][:2] == [True, False]
    assert model.representatives()[1].national_id_confirmed
    edits: list[int] = []
    model.edited.connect(lambda: edits.append(1))
    assert model.setData(model.index(1, REP_COL["is_contact"]), Qt.CheckState.Checked, CHECK)
    assert [r.is_contact for r in model.representatives()].count(True) == 1
    assert model.representatives()[1].is_contact
    model.setData(model.index(1, REP_COL["national_id"]), " ๑-๑๐๓๗-๐๐๒๓๔-๕๖-๗ ")
    rep = model.representatives()[1]
    assert rep.national_id == "1103700234567" and not rep.national_id_confirmed
    assert len(edits) == 2
    # A colour for a field at fault is not an edit: no autosave for it.
    model.set_fault(1, "national_id", "เลขประจำตัวประชาชนไม่ถูกต้อง")
    assert model.data(model.index(1, REP_COL["national_id"]), Qt.ItemDataRole.ToolTipRole)
    model.clear_faults()
    assert len(edits) == 2


def test_read_only_rows_refuse_edits(qtbot: QtBot) -> None:
    editor = RepresentativesEditor(None)
    qtbot.addWidget(editor)
    editor.set_representatives(petition().representatives)
    editor.set_read_only(True)
    model = editor.model
    index = model.index(0, REP_COL["given_name"])
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "คนอื่น")
    editor.add()
    assert model.rowCount() == len(petition().representatives)
    assert not editor.add_button.isEnabled()
    # The details stay readable (black text, selectable) but take no typing: read-only, not disabled.
    edits = editor.detail.findChildren(QLineEdit)
    assert edits and all(edit.isReadOnly() for edit in edits)
