"""Correcting a complaint the center rejected: the complaint form itself, prefilled, and a required reason.

The supervisor fixes what the center named (its field errors are listed above the form in the form's own
words) instead of editing JSON; the corrected payload goes back to ``QueueService.settle_with_new_version``,
which validates it like any save. Group petitions still use the JSON editor of ``queue_view``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import complaint_from_payload, to_payload
from ui.env import UiEnv
from ui.fields.field import reason_row
from ui.intake.complaint_form import ComplaintForm
from ui.messages import error_text


def is_complaint_payload(payload: dict[str, Any]) -> bool:
    """Whether a payload is a walk-in complaint's (the form can show it)."""
    return "complainant" in payload and "subject" in payload


class CorrectionDialog(QDialog):
    """The rejected complaint in its form; ``answer()`` gives (corrected payload, reason) once accepted."""

    def __init__(
        self, env: UiEnv, payload: dict[str, Any], problems: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correction_dialog")
        self.setWindowTitle(self.tr("แก้ไขข้อมูลเพื่อส่งฉบับใหม่"))
        lay = QVBoxLayout(self)
        if problems:
            said = QLabel(problems, self)
            said.setObjectName("correction_problems")
            said.setWordWrap(True)
            said.setStyleSheet("color: #b00020;")
            lay.addWidget(said)
        self.reason, self.reason_box = reason_row(
            self, lay, "correction_reason", self.tr("เหตุผลของการแก้ไข (จำเป็น)")
        )
        services = env.services
        self.form = ComplaintForm(env.ops, services.complaints, services.reference, shortcuts=False)
        self._original = payload
        self.form.set_payload(complaint_from_payload(payload))
        lay.addWidget(self.form, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("ส่งฉบับแก้ไขใหม่"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(1200, 740)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Closes only with a reason given."""
        if not self.reason.text().strip():
            self.reason_box.set_error(error_text("reason_required"))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.reason_box.set_error("")
        super().accept()

    def answer(self) -> tuple[dict[str, Any], str]:
        """The corrected payload (keys the form does not show are kept as they were) and the reason."""
        corrected = {**self._original, **to_payload(self.form.payload())}
        return corrected, self.reason.text().strip()
