"""Rows of the complaint form's sections: an editor in a ``FieldBox`` (its error under it), with a label."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.domain.issues import FieldIssue
from ui.fields.field import FieldBox
from ui.messages import issues_text


class FieldRows:
    """Makes the field boxes of a form and keeps them by payload path (``boxes``), for the errors."""

    def __init__(self, boxes: dict[str, FieldBox]) -> None:
        self.boxes = boxes

    def box(self, path: str, editor: QWidget, parent: QWidget) -> FieldBox:
        """The editor in a field box registered under ``path``."""
        box = FieldBox(path, editor, parent)
        self.boxes[path] = box
        return box

    def row(self, form: QFormLayout, label: str, path: str, editor: QWidget, parent: QWidget) -> FieldBox:
        """A labelled row (the label is the editor's buddy: Alt+letter reaches it)."""
        box = self.box(path, editor, parent)
        lab = QLabel(label, parent)
        lab.setBuddy(editor)
        lab.setWordWrap(True)
        form.addRow(lab, box)
        return box

    @staticmethod
    def form(group: QGroupBox) -> QFormLayout:
        """A form layout with right-aligned labels and growing fields."""
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def show_issues(self, issues: Sequence[FieldIssue], general: QLabel) -> None:
        """Each issue's text under its field (the nearest box up its dotted path); issues of no field go
        to ``general``. Boxes with no issue are cleared."""
        by_box: dict[str, list[FieldIssue]] = {}
        rest: list[FieldIssue] = []
        for issue in issues:
            path = self.box_path(issue.field)
            if path is None:
                rest.append(issue)
            else:
                by_box.setdefault(path, []).append(issue)
        for path, box in self.boxes.items():
            if path != box.path:
                continue  # an alias (the subdistrict code is shown on the subdistrict box)
            box.set_error(issues_text(by_box.get(path, [])))
        general.setText(issues_text(rest))
        general.setVisible(bool(rest))

    def any_error_shown(self, general: QLabel) -> bool:
        """Whether any field (or the line for the whole form) shows an error now."""
        return general.isVisibleTo(general.parentWidget() or general) or any(
            box.error_label.text() for box in self.boxes.values()
        )

    def box_path(self, field_path: str) -> str | None:
        """The path of the box that shows issues of ``field_path`` (itself or a parent), if any."""
        path = field_path
        while path:
            if path in self.boxes:
                return self.boxes[path].path
            path = path.rpartition(".")[0]
        return None
