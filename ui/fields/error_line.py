"""The Thai error line under a panel's buttons (attachments, the petition timeline): one look, one way to
show and read it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.fields.field import ERROR_STYLE


class ErrorLine(QLabel):
    """A red, wrapped line, hidden while there is no error."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setVisible(False)


class ShowsError:
    """``set_error`` / ``error`` for a panel whose ``error_label`` is an ``ErrorLine`` (mixed in before
    the Qt base class)."""

    error_label: ErrorLine

    def set_error(self, text: str) -> None:
        """Shows a Thai error under the panel; empty hides it."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def error(self) -> str:
        """The error text shown now ("" when none)."""
        panel = self.error_label.parentWidget()
        return self.error_label.text() if panel is not None and self.error_label.isVisibleTo(panel) else ""
