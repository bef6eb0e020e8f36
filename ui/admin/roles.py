"""The words for each role, one place for the users tab, its dialogs and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.roles import Role
from ui.messages import QT_TRANSLATE_NOOP

CONTEXT = "SettingsDialog"

ROLE_TEXT = {
    Role.COUNTER_OFFICER: QT_TRANSLATE_NOOP("SettingsDialog", "เจ้าหน้าที่รับเรื่อง"),
    Role.MASS_COORDINATION: QT_TRANSLATE_NOOP("SettingsDialog", "เจ้าหน้าที่ประสานมวลชน"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("SettingsDialog", "หัวหน้างาน"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("SettingsDialog", "ผู้ดูแลระบบ"),
    Role.SYNC_AGENT: QT_TRANSLATE_NOOP("SettingsDialog", "บัญชีบริการส่งข้อมูล (อัตโนมัติ)"),
}

CREATABLE_ROLES = (Role.COUNTER_OFFICER, Role.SUPERVISOR, Role.MASS_COORDINATION)
"""The roles an administrator creates in the users tab (another administrator is a deliberate, rarer act:
an existing account is given that role with "edit")."""

ASSIGNABLE_ROLES = (*CREATABLE_ROLES, Role.ADMINISTRATOR)
"""The roles an existing person's account may be given (the service account's role is not for people)."""


def role_text(role: Role) -> str:
    """A role in the interface's language."""
    return QCoreApplication.translate(CONTEXT, ROLE_TEXT.get(role, role.value))
