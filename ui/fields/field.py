"""A form field: an editor with a small red error label right under it (errors shown beside the field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
"""Dark red with enough contrast on the default light background."""


class FieldBox(QWidget):
    """Holds one editor and the error text of its field; ``path`` is the dotted payload path."""

    def __init__(self, path: str, editor: QWidget, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not at import: the sign-in window imports this module (ui.app)

        super().__init__(parent)
        self.path = path
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        self.error_label = QLabel(self)
        self.error_label.setObjectName(f"error:{path}")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

    def set_error(self, text: str) -> None:
        """Shows the error text under the editor; an empty text hides the label."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        # Screen readers and tests read the accessible description for the current error.
        self.editor.setAccessibleDescription(text)

    @property
    def error(self) -> str:
        """The error text now shown ("" when none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""


def error_label(parent: QWidget, name: str) -> QLabel:
    """The red, wrapping line a dialog shows its refusal in (empty until there is one)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    """A line edit that shows dots, never the password."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def reason_row(
    parent: QWidget, layout: QVBoxLayout, name: str, placeholder: str
) -> tuple[QLineEdit, FieldBox]:
    """The required "reason for the change" line at the top of the amend and correction dialogs, with its
    error box; returns the edit and its box."""
    head = QFormLayout()
    reason = QLineEdit(parent)
    reason.setObjectName(name)
    reason.setPlaceholderText(placeholder)
    box = FieldBox("reason", reason, parent)
    label = QLabel(QCoreApplication.translate("AmendDialog", "เหตุผลการแก้ไข (จำเป็น)"), parent)
    label.setBuddy(reason)
    head.addRow(label, box)
    layout.addLayout(head)
    return reason, box
