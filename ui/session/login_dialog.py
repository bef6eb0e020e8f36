"""Sign-in. A wrong password says so in Thai; repeated failures lock the account (the service decides). A
password the administrator set (a new account, a reset) is replaced before the dialog lets the user in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.types import CurrentUser
from ui.fields.field import error_label, password_edit
from ui.ops import Ops, on_known_error

if TYPE_CHECKING:
    # Imported when a temporary password must be replaced, not before the sign-in window's first paint: it
    # brings the error texts and, through them, the labels and the holiday calendar (docs/ARCHITECTURE.md,
    # Start-up).
    from ui.session.password_dialog import ChangePasswordDialog


# ``Qt`` (the namespace) is imported where used: naming it builds every enum of Qt's namespace (~25 ms),
# which the sign-in window's first paint does not need (docs/ARCHITECTURE.md, Start-up).


class Authenticator(Protocol):
    """What sign-in needs from ``services.auth``."""

    def login_at_counter(self, username: str, password: str) -> CurrentUser: ...

    def change_own_password(self, user: CurrentUser, old_password: str, new_password: str) -> CurrentUser: ...


class LoginDialog(QDialog):
    """Asks for a username and password; ``user`` is set when the dialog is accepted."""

    submitted = Signal()
    """The password was sent to be checked (the dialog is busy until accepted or ``refused``)."""
    refused = Signal()
    """The sign-in failed (wrong password, locked account…): the officer may try again."""

    def __init__(
        self, ops: Ops, auth: Authenticator, station_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._auth = auth
        self._busy = False
        self.user: CurrentUser | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.setWindowTitle(self.tr("เข้าสู่ระบบ — ศูนย์รับเรื่องราวร้องทุกข์ 1111"))
        self.setObjectName("login_dialog")
        lay = QVBoxLayout(self)
        heading = QLabel(self.tr("ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        lay.addWidget(heading)
        # Always made, shown once the name is known: at start-up the dialog is up before the database is open.
        self.station = QLabel(self)
        self.station.setObjectName("login_station")
        lay.addWidget(self.station)
        self.set_station(station_name)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        form.addRow(self.tr("ชื่อผู้ใช้"), self.username)
        self.password = password_edit(self, "password")
        form.addRow(self.tr("รหัสผ่าน"), self.password)
        lay.addLayout(form)
        self.error = error_label(self, "login_error")
        lay.addWidget(self.error)
        # Two plain buttons, not a QDialogButtonBox: building one names Qt's namespace (its Qt.Orientation
        # constructor), ~25 ms more before the first paint.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok = QPushButton(self.tr("เข้าสู่ระบบ"), self)
        self.ok.setObjectName("login_button")
        self.ok.setDefault(True)  # Enter in the password box signs in
        self.ok.clicked.connect(self._try_login)
        buttons.addWidget(self.ok)
        quit_button = QPushButton(self.tr("ออก"), self)
        quit_button.setObjectName("login_quit")
        quit_button.clicked.connect(self.reject)
        buttons.addWidget(quit_button)
        lay.addLayout(buttons)
        # A lambda, not the bound method: connected directly, the test of a forced password change ended in
        # a bus error when the dialog was deleted (PySide 6.11).
        self.username.returnPressed.connect(lambda: self._to_password())  # noqa: PLW0108 - see above
        self.resize(460, 260)
        self.username.setFocus()

    def _to_password(self) -> None:
        from PySide6.QtCore import Qt

        self.password.setFocus(Qt.FocusReason.TabFocusReason)

    def set_station(self, name: str) -> None:
        """Shows the station's name under the heading (hidden while unknown)."""
        self.station.setText(self.tr("จุดบริการ: %1").replace("%1", name) if name else "")
        self.station.setVisible(bool(name))

    @property
    def busy(self) -> bool:
        """Whether a password is being checked."""
        return self._busy

    def _try_login(self) -> None:
        if self._busy:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.error.setText(self.tr("กรุณากรอกชื่อผู้ใช้และรหัสผ่าน"))
            return
        self._busy = True
        self.ok.setEnabled(False)
        self.error.setText(self.tr("กำลังตรวจสอบ…"))
        self.submitted.emit()
        auth = self._auth
        self._ops.run_write(
            lambda: auth.login_at_counter(username, password),
            lambda user: self._done(user, password),
            self._failed,
            owner=self,
        )

    def _done(self, user: CurrentUser, password: str) -> None:
        self._busy = False
        self.password.clear()
        if user.must_change_password:
            self._ask_new_password(user, password)
            return
        self.user = user
        self.accept()

    def _ask_new_password(self, user: CurrentUser, password: str) -> None:
        from PySide6.QtCore import Qt

        from ui.session.password_dialog import ChangePasswordDialog

        self.error.setText(self.tr("ต้องตั้งรหัสผ่านใหม่ก่อนเข้าใช้งาน"))
        dialog = ChangePasswordDialog(self._ops, self._auth, user, password, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self._password_changed(dialog, code))
        self.password_dialog = dialog
        dialog.open()

    def _password_changed(self, dialog: ChangePasswordDialog, code: int) -> None:
        self.password_dialog = None
        self.ok.setEnabled(True)
        if code == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.user = dialog.user
            self.error.clear()
            self.accept()
            return
        # Not changed: the temporary password stays valid; sign in again to change it.
        self.refused.emit()
        self._try_again()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.error.clear()
        self.refused.emit()
        on_known_error(self.error.setText, also=lambda _e: self._try_again())(exc)

    def _try_again(self) -> None:
        from PySide6.QtCore import Qt

        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
