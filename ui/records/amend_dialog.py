"""Amending a complaint: the form prefilled with the latest version, and a required reason.

Records are append-only once a receipt is printed (docs/ARCHITECTURE.md, Module map): the amendment is
saved as the next version
by ``complaints.amend`` and the history keeps every earlier version with its reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import complaint_from_payload
from app.domain.tracking import format_tracking_code
from app.services.types import RecordDetail, SaveResult, ValidationFailed
from ui.confirm import ask
from ui.env import UiEnv
from ui.fields.field import reason_row
from ui.intake.complaint_form import ComplaintForm
from ui.messages import error_text, issues_text
from ui.ops import on_known_error


class AmendDialog(QDialog):
    """Asks for the reason and the corrections; ``result_value`` holds the new version after saving."""

    amended = Signal(object)
    """The ``SaveResult`` of the new version."""

    def __init__(self, env: UiEnv, detail: RecordDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._detail = detail
        self._saving = False
        self._changed = False
        self.result_value: SaveResult | None = None
        self.setObjectName("amend_dialog")
        self.setWindowTitle(
            self.tr("แก้ไขเรื่อง %1 (ฉบับที่ %2)")
            .replace("%1", format_tracking_code(detail.tracking_code))
            .replace("%2", str(detail.version))
        )
        lay = QVBoxLayout(self)
        self.reason, self.reason_box = reason_row(
            self, lay, "amend_reason", self.tr("เช่น ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด")
        )

        services = env.services
        self.form = ComplaintForm(
            env.ops, services.complaints, services.reference, record_id=detail.record_id, shortcuts=False
        )
        self.form.set_payload(complaint_from_payload(detail.payload))
        self.form.changed.connect(self._mark_changed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)
        lay.addWidget(self.form, 1)

        row = QHBoxLayout()
        self.status = QLabel(self)
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("บันทึกการแก้ไข (Ctrl+S)"), self)
        self.save_button.setObjectName("save_amendment")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        cancel = QPushButton(self.tr("ยกเลิก"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        lay.addLayout(row)
        self.reason.textChanged.connect(self._mark_changed)
        self.reason.returnPressed.connect(self.form.focus_first)
        self.resize(1200, 760)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_changed(self) -> None:
        self._changed = True

    def save(self) -> None:
        """Saves the corrections as the next version, in the background."""
        if self._saving:
            return
        payload = self.form.payload()
        reason = self.reason.text().strip()
        if not reason:
            self.reason_box.set_error(error_text("reason_required"))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.reason_box.set_error("")
        self._saving = True
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("กำลังบันทึก…"))
        complaints, user, record_id = self._env.services.complaints, self._env.user, self._detail.record_id
        self._env.ops.run_write(
            lambda: complaints.amend(user, record_id, payload, reason), self._saved, self._failed, owner=self
        )

    def _saved(self, result: SaveResult) -> None:
        self._saving = False
        self.result_value = result
        self._env.bus.announce(result.changes)
        self.amended.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.status.clear()
        title = self.tr("บันทึกไม่สำเร็จ")
        on_known_error(lambda text: QMessageBox.warning(self, title, text), invalid=self._invalid)(exc)

    def _invalid(self, exc: ValidationFailed) -> None:
        reason_issues = [i for i in exc.issues if i.field == "reason"]
        self.reason_box.set_error(issues_text(reason_issues))
        self.form.show_issues([i for i in exc.issues if i.field != "reason"])
        self.status.setText(error_text(exc.code))

    def reject(self) -> None:
        """Escape or Cancel: asks before throwing away corrections already typed."""
        if self._saving:
            return
        text = self.tr("การแก้ไขที่กรอกไว้จะไม่ถูกบันทึก ต้องการยกเลิกหรือไม่")
        if self._changed and not ask(self, self.tr("ยกเลิกการแก้ไข"), text):
            return
        super().reject()
