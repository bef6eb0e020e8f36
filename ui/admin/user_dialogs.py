"""The users tab's dialogs: edit an account's name and role, and hand over a temporary password."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Role
from app.services.types import Changes, UserInfo
from ui.admin.roles import ASSIGNABLE_ROLES, role_text
from ui.env import UiEnv
from ui.fields.field import ERROR_STYLE
from ui.ops import on_known_error


class EditUserDialog(QDialog):
    """Changes a user's name and role (``services.auth.edit_user``); ``saved`` through ``accepted``."""

    def __init__(self, env: UiEnv, info: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._info = info
        self._busy = False
        self.setObjectName("edit_user_dialog")
        self.setWindowTitle(self.tr("แก้ไขผู้ใช้ %1").replace("%1", info.username))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("ชื่อผู้ใช้"), QLabel(info.username, self))
        self.display_name = QLineEdit(info.display_name, self)
        self.display_name.setObjectName("edit_display_name")
        form.addRow(self.tr("ชื่อ-นามสกุล"), self.display_name)
        self.role = QComboBox(self)
        self.role.setObjectName("edit_role")
        roles = ASSIGNABLE_ROLES if info.role in ASSIGNABLE_ROLES else (*ASSIGNABLE_ROLES, info.role)
        for role in roles:
            self.role.addItem(role_text(role), role.value)
        self.role.setCurrentIndex(self.role.findData(info.role.value))
        own = info.username == env.user.username
        self.role.setEnabled(not own)  # the service refuses it too (cannot_change_own_role)
        form.addRow(self.tr("บทบาท"), self.role)
        lay.addLayout(form)
        note = QLabel(self.tr("เมื่อเปลี่ยนบทบาท ผู้ใช้ที่เข้าสู่ระบบอยู่จะต้องเข้าสู่ระบบใหม่"), self)
        note.setWordWrap(True)
        lay.addWidget(note)
        self.error = QLabel(self)
        self.error.setObjectName("edit_user_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("บันทึก"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("edit_user_save")
        buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(480, 240)

    def save(self) -> None:
        """Writes the change in the background; closes when the service has it."""
        if self._busy:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        auth, actor, name = self._env.services.auth, self._env.user, self._info.username
        display, role = self.display_name.text().strip(), Role(self.role.currentData())
        self._env.ops.run_write(
            lambda: auth.edit_user(actor, name, display, role), self._saved, self._failed, owner=self
        )

    def _saved(self, changes: Changes) -> None:
        self._busy = False
        self._env.bus.announce(changes)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        on_known_error(self.error.setText)(exc)


class TemporaryPasswordDialog(QDialog):
    """Shows a temporary password once, to be handed to the user (never stored or logged)."""

    def __init__(self, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("temporary_password_dialog")
        self.setWindowTitle(self.tr("รหัสผ่านชั่วคราว"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("รหัสผ่านชั่วคราวของผู้ใช้ %1").replace("%1", username), self))
        self.password = QLabel(password, self)
        self.password.setObjectName("temporary_password")
        font = QFont(self.password.font())
        font.setPointSize(20)
        font.setBold(True)
        font.setFamilies(["DejaVu Sans Mono", "monospace"])
        self.password.setFont(font)
        lay.addWidget(self.password)
        note = QLabel(
            self.tr(
                "แจ้งรหัสนี้ให้ผู้ใช้โดยตรง ระบบจะแสดงรหัสนี้เพียงครั้งเดียว "
                "เมื่อผู้ใช้เข้าสู่ระบบด้วยรหัสนี้ ระบบจะให้ตั้งรหัสผ่านใหม่ของตนเองทันที"
            ),
            self,
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(self)
        copy = QPushButton(self.tr("คัดลอก"), self)
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("ปิด"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setObjectName("temporary_password_close")
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.resize(460, 220)
