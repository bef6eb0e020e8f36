"""The forced password change: a user signed in with a password the administrator set (a new account, a
reset) chooses their own before anything else opens (``services.auth.change_own_password``)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.types import CurrentUser
from ui.fields.field import error_label, password_edit
from ui.messages import error_text
from ui.ops import Ops, on_known_error

MIN_PASSWORD_LEN = 8
"""Said before asking the service, which enforces the same rule."""


class PasswordChanger(Protocol):
    """What the dialog needs from ``services.auth``."""

    def change_own_password(self, user: CurrentUser, old_password: str, new_password: str) -> CurrentUser: ...


class ChangePasswordDialog(QDialog):
    """Asks for a new password twice; ``user`` is the session with the change done once accepted."""

    def __init__(
        self,
        ops: Ops,
        auth: PasswordChanger,
        user: CurrentUser,
        old_password: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._auth = auth
        self._signed_in = user
        self._old = old_password
        self._busy = False
        self.user: CurrentUser | None = None
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("ตั้งรหัสผ่านใหม่"))
        self.setModal(True)
        lay = QVBoxLayout(self)
        heading = QLabel(self.tr("กรุณาตั้งรหัสผ่านใหม่ของท่านก่อนเริ่มใช้งาน"), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        lay.addWidget(heading)
        why = QLabel(
            self.tr("%1 — รหัสผ่านที่ใช้อยู่ผู้ดูแลระบบเป็นผู้ตั้งให้ ต้องเปลี่ยนเป็นรหัสที่ท่านรู้คนเดียว (อย่างน้อย %2 ตัวอักษร)")
            .replace("%1", user.display_name)
            .replace("%2", str(MIN_PASSWORD_LEN)),
            self,
        )
        why.setWordWrap(True)
        lay.addWidget(why)
        form = QFormLayout()
        self.new_password = password_edit(self, "new_password")
        form.addRow(self.tr("รหัสผ่านใหม่"), self.new_password)
        self.again = password_edit(self, "new_password_again")
        form.addRow(self.tr("ยืนยันรหัสผ่านใหม่"), self.again)
        lay.addLayout(form)
        self.error = error_label(self, "change_password_error")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("บันทึกรหัสผ่านใหม่"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("change_password_ok")
        buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try_change)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.new_password.returnPressed.connect(lambda: self.again.setFocus(Qt.FocusReason.TabFocusReason))
        self.resize(480, 260)
        self.new_password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_change(self) -> None:
        if self._busy:
            return
        new, again = self.new_password.text(), self.again.text()
        if len(new) < MIN_PASSWORD_LEN:
            self.error.setText(error_text("password_too_short"))
            return
        if new != again:
            self.error.setText(error_text("password_mismatch"))
            return
        self._busy = True
        self.ok.setEnabled(False)
        self.error.setText(self.tr("กำลังบันทึก…"))
        auth, user, old = self._auth, self._signed_in, self._old
        self._ops.run_write(
            lambda: auth.change_own_password(user, old, new), self._done, self._failed, owner=self
        )

    def _done(self, user: CurrentUser) -> None:
        self._busy = False
        self._old = ""
        self.user = user
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.error.clear()
        on_known_error(self.error.setText)(exc)
