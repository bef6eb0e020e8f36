"""The first-run path to a working counter: an administrator signed in at a station without an account
that may register complaints is told so, in Thai, and taken to the users tab to create one.

A fresh station has only its administrator, who may not register complaints (DESIGN §7): without this the
administrator lands on the search page with no intake page and no word about why.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.roles import Permission
from ui.admin.settings_dialog import SettingsDialog
from ui.confirm import question_box
from ui.env import UiEnv
from ui.ops import on_known_error


class SettingsOpener(Protocol):
    """What the guide needs from the main window."""

    def open_settings(self) -> SettingsDialog: ...


class FirstRunGuide(QObject):
    """Asks the service once per session whether the counter has staff; if not, offers to create them."""

    def __init__(self, env: UiEnv, window: QWidget, opener: SettingsOpener) -> None:
        super().__init__(window)
        self._env = env
        self._window = window
        self._opener = opener
        self.box: QMessageBox | None = None
        """The question, once shown (for tests)."""
        self.settings: SettingsDialog | None = None
        """The settings dialog it opened (for tests)."""
        if not env.user.can(Permission.MANAGE_USERS):
            return
        auth, user = env.services.auth, env.user
        # A failure here (a busy database) only means no hint this time: nothing to show for it.
        env.ops.run_read(
            lambda: auth.has_counter_staff(user), self._answered, on_known_error(lambda _t: None), owner=self
        )

    def _answered(self, has_staff: bool) -> None:
        if has_staff:
            return
        box, create = question_box(
            self._window,
            self.tr("ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง"),
            self.tr(
                "เครื่องนี้ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง ผู้ดูแลระบบรับเรื่องร้องทุกข์เองไม่ได้ "
                "จึงยังไม่มีหน้ารับเรื่องร้องทุกข์\n\n"
                "สร้างบัญชีเจ้าหน้าที่รับเรื่องตอนนี้ จากนั้นออกจากระบบ "
                "แล้วให้เจ้าหน้าที่เข้าสู่ระบบด้วยบัญชีของตนเองเพื่อเริ่มรับเรื่อง"
            ),
            (self.tr("สร้างบัญชีเจ้าหน้าที่"), self.tr("ภายหลัง")),
            default_yes=True,
        )
        box.setObjectName("first_run_box")
        box.setIcon(QMessageBox.Icon.Information)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._create() if button is create else None)
        self.box = box
        box.open()

    def _create(self) -> None:
        dialog = self._opener.open_settings()
        dialog.new_officer()
        self.settings = dialog
