"""The screen lock: covers the window until the signed-in officer types the password again. It says it
locked after idle time only when it did; a lock the officer asked for (button, Ctrl+L) says so."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.types import CurrentUser
from ui.fields.field import ERROR_STYLE
from ui.messages import error_text
from ui.ops import Ops, on_known_error


class PasswordChecker(Protocol):
    """What the lock needs from ``services.auth``."""

    def verify_password(self, user: CurrentUser, password: str) -> bool: ...


class LockDialog(QDialog):
    """Modal; Escape does not close it. ``logout_requested`` lets another officer sign in instead."""

    logout_requested = Signal()

    def __init__(
        self,
        ops: Ops,
        auth: PasswordChecker,
        user: CurrentUser,
        parent: QWidget | None = None,
        *,
        idle: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._auth = auth
        self._user = user
        self._busy = False
        self.setObjectName("lock_dialog")
        self.setWindowTitle(self.tr("หน้าจอถูกล็อก"))
        self.setModal(True)
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("หน้าจอถูกล็อกเนื่องจากไม่มีการใช้งาน") if idle else self.tr("ล็อกหน้าจอแล้ว"), self)
        title.setObjectName("lock_reason")
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        lay.addWidget(title)
        lay.addWidget(
            QLabel(
                self.tr("ผู้ใช้: %1 (%2)").replace("%1", user.display_name).replace("%2", user.username), self
            )
        )
        self.password = QLineEdit(self)
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("รหัสผ่าน"))
        self.password.returnPressed.connect(self._try_unlock)
        lay.addWidget(self.password)
        self.error = QLabel(self)
        self.error.setObjectName("unlock_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("ปลดล็อก"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._try_unlock)
        row.addWidget(self.unlock_button)
        logout = QPushButton(self.tr("ออกจากระบบ / เปลี่ยนผู้ใช้"), self)
        logout.setObjectName("lock_logout")
        logout.clicked.connect(self._logout)
        row.addWidget(logout)
        lay.addLayout(row)
        self.resize(420, 200)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Escape and the close button do nothing: the screen stays locked."""

    def _logout(self) -> None:
        self.logout_requested.emit()
        self.done(QDialog.DialogCode.Rejected)

    def _try_unlock(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            return
        self._busy = True
        self.unlock_button.setEnabled(False)
        auth, user = self._auth, self._user
        self._ops.run_write(
            lambda: auth.verify_password(user, password), self._checked, self._failed, owner=self
        )

    def _checked(self, ok: bool) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self.password.clear()
        if ok:
            self.error.clear()
            self.accept()
        else:
            self.error.setText(error_text("bad_credentials"))

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.unlock_button.setEnabled(True)
        self.password.clear()
        on_known_error(self.error.setText)(exc)
