"""The administrator's users tab: the accounts, adding one, editing name and role, suspending and
re-enabling, and a temporary password that the user must replace at the next sign-in.

Every change goes through ``services.auth`` (permission-checked and audited there); the session of a user
suspended, re-roled or given a new password ends at its next action (``app.services.access``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Role
from app.services.types import Changes, UserInfo
from ui.admin.roles import CREATABLE_ROLES, role_text
from ui.admin.user_dialogs import EditUserDialog, TemporaryPasswordDialog
from ui.confirm import question_box
from ui.env import UiEnv
from ui.fields.field import ERROR_STYLE
from ui.ops import on_known_error


class UsersTab(QWidget):
    """The accounts of this counter and what an administrator does with them."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._users: list[UserInfo] = []
        self.box: QMessageBox | None = None
        """The question now open over the tab (for tests)."""
        self.password_dialog: TemporaryPasswordDialog | None = None
        self.setObjectName("users_tab")
        lay = QVBoxLayout(self)
        self.users = QTableWidget(0, 4, self)
        self.users.setObjectName("users_table")
        self.users.setHorizontalHeaderLabels(
            [self.tr("ชื่อผู้ใช้"), self.tr("ชื่อ-นามสกุล"), self.tr("บทบาท"), self.tr("สถานะ")]
        )
        self.users.verticalHeader().setVisible(False)
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.users.itemSelectionChanged.connect(self._selection_changed)
        self.users.doubleClicked.connect(lambda _i: self.edit_selected())
        lay.addWidget(self.users, 1)
        lay.addLayout(self._build_actions())
        lay.addLayout(self._build_add_form())
        self.load()

    def _build_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.edit_button = self._button(self.tr("แก้ไขชื่อ/บทบาท…"), "edit_user", self.edit_selected)
        self.active_button = self._button(self.tr("ระงับการใช้งาน"), "toggle_active", self.toggle_active)
        self.reset_button = self._button(self.tr("ตั้งรหัสผ่านชั่วคราว…"), "reset_password", self.reset_selected)
        for button in (self.edit_button, self.active_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        self._selection_changed()
        return row

    def _build_add_form(self) -> QFormLayout:
        form = QFormLayout()
        heading = QLabel(self.tr("เพิ่มผู้ใช้"), self)
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        self.new_username = QLineEdit(self)
        self.new_username.setObjectName("new_username")
        form.addRow(self.tr("ชื่อผู้ใช้"), self.new_username)
        self.new_display = QLineEdit(self)
        self.new_display.setObjectName("new_display_name")
        form.addRow(self.tr("ชื่อ-นามสกุล"), self.new_display)
        self.new_role = QComboBox(self)
        self.new_role.setObjectName("new_role")
        for role in CREATABLE_ROLES:
            self.new_role.addItem(role_text(role), role.value)
        form.addRow(self.tr("บทบาท"), self.new_role)
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("รหัสผ่านเริ่มต้น"), self.new_password)
        self.new_temporary = QCheckBox(self.tr("ให้ผู้ใช้ตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก"), self)
        self.new_temporary.setObjectName("new_temporary")
        self.new_temporary.setChecked(True)
        form.addRow("", self.new_temporary)
        row = QHBoxLayout()
        add = self._button(self.tr("เพิ่มผู้ใช้"), "add_user", self.add_user)
        row.addWidget(add)
        self.user_status = QLabel(self)
        self.user_status.setObjectName("user_status")
        self.user_status.setWordWrap(True)
        row.addWidget(self.user_status, 1)
        form.addRow(row)
        return form

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ the list
    def load(self) -> None:
        """Reads the accounts in the background."""
        auth, user = self._env.services.auth, self._env.user
        self._env.ops.run_read(lambda: auth.list_users(user), self._arrived, self._failed, owner=self)

    def _arrived(self, users: list[UserInfo]) -> None:
        selected = self.selected()
        self._users = users
        self.users.setRowCount(len(users))
        for n, info in enumerate(users):
            for col, text in enumerate(
                (info.username, info.display_name, role_text(info.role), self._state(info))
            ):
                self.users.setItem(n, col, QTableWidgetItem(text))
        if selected is not None:
            self.select(selected.username)
        self._selection_changed()

    def _state(self, info: UserInfo) -> str:
        if not info.active:
            return self.tr("ถูกระงับ")
        if info.locked_until is not None and info.locked_until > self._env.services.ctx.clock():
            return self.tr("ถูกล็อกชั่วคราว")
        if info.must_change_password:
            return self.tr("ใช้งาน (รอตั้งรหัสผ่านใหม่)")
        return self.tr("ใช้งาน")

    def user_names(self) -> list[str]:
        """Usernames listed (for tests)."""
        return [u.username for u in self._users]

    def state_of(self, username: str) -> str:
        """The status column of one user as shown (for tests)."""
        for n, info in enumerate(self._users):
            if info.username == username:
                item = self.users.item(n, 3)
                return item.text() if item is not None else ""
        return ""

    def select(self, username: str) -> None:
        """Selects a user's row."""
        for n, info in enumerate(self._users):
            if info.username == username:
                self.users.selectRow(n)
                return

    def selected(self) -> UserInfo | None:
        """The account of the selected row."""
        rows = self.users.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self._users[row] if 0 <= row < len(self._users) else None

    def _selection_changed(self) -> None:
        info = self.selected()
        own = info is not None and info.username == self._env.user.username
        self.edit_button.setEnabled(info is not None)
        # One's own account is neither suspended nor reset from here (the service refuses both too).
        self.active_button.setEnabled(info is not None and not own)
        self.reset_button.setEnabled(info is not None and not own)
        active = info is None or info.active
        self.active_button.setText(self.tr("ระงับการใช้งาน") if active else self.tr("เปิดใช้งานอีกครั้ง"))

    # ------------------------------------------------------------------ actions
    def edit_selected(self) -> EditUserDialog | None:
        """Opens the edit dialog for the selected account."""
        info = self.selected()
        if info is None:
            return None
        dialog = EditUserDialog(self._env, info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._say(self.tr("บันทึกการแก้ไขผู้ใช้ %1 แล้ว").replace("%1", info.username))
        )
        dialog.accepted.connect(self.load)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        """Suspends the selected account (after asking) or re-enables it."""
        info = self.selected()
        if info is None:
            return
        name = info.username
        if not info.active:
            self._set_active(name, True)
            return
        text = self.tr("ระงับการใช้งานของ %1 หรือไม่ ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้ และหากเข้าสู่ระบบอยู่จะถูกออกจากระบบ")
        self._ask(self.tr("ระงับการใช้งาน"), text.replace("%1", name), lambda: self._set_active(name, False))

    def _set_active(self, username: str, active: bool) -> None:
        auth, actor = self._env.services.auth, self._env.user
        done = self.tr("เปิดใช้งาน %1 แล้ว") if active else self.tr("ระงับการใช้งาน %1 แล้ว")
        self._env.ops.run_write(
            lambda: auth.set_active(actor, username, active),
            lambda changes: self._changed(changes, done.replace("%1", username)),
            self._failed,
            owner=self,
        )

    def reset_selected(self) -> None:
        """Gives the selected account a temporary password (after asking) and shows it once."""
        info = self.selected()
        if info is None:
            return
        name = info.username
        text = self.tr("ตั้งรหัสผ่านชั่วคราวใหม่ให้ %1 หรือไม่ รหัสผ่านเดิมจะใช้ไม่ได้อีก").replace("%1", name)
        self._ask(self.tr("ตั้งรหัสผ่านชั่วคราว"), text, lambda: self._reset(name))

    def _reset(self, username: str) -> None:
        auth, actor = self._env.services.auth, self._env.user
        self._env.ops.run_write(
            lambda: auth.reset_password(actor, username),
            lambda password: self._show_temporary(username, password),
            self._failed,
            owner=self,
        )

    def _show_temporary(self, username: str, password: str) -> None:
        self._changed(Changes(users=True), self.tr("ตั้งรหัสผ่านชั่วคราวให้ %1 แล้ว").replace("%1", username))
        dialog = TemporaryPasswordDialog(username, password, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog = dialog
        dialog.open()

    def add_user(self) -> None:
        """Adds the account typed in the form."""
        auth, actor = self._env.services.auth, self._env.user
        username, display = self.new_username.text().strip(), self.new_display.text().strip()
        role, password = Role(self.new_role.currentData()), self.new_password.text()
        temporary = self.new_temporary.isChecked()

        def done(changes: Changes) -> None:
            text = self.tr("เพิ่มผู้ใช้ %1 แล้ว").replace("%1", username)
            if temporary:
                text += " — " + self.tr("เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่")
            for edit in (self.new_username, self.new_display, self.new_password):
                edit.clear()
            self._changed(changes, text)

        self._env.ops.run_write(
            lambda: auth.create_user(actor, username, display, role, password, temporary=temporary),
            done,
            self._failed,
            owner=self,
        )

    def start_new_officer(self) -> None:
        """Readies the form for a counter officer's account (the first-run path) and puts the cursor in it."""
        self.new_role.setCurrentIndex(self.new_role.findData(Role.COUNTER_OFFICER.value))
        self.new_temporary.setChecked(True)
        self.new_username.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(self.tr("กรอกข้อมูลบัญชีเจ้าหน้าที่รับเรื่อง แล้วกด เพิ่มผู้ใช้"))

    # ------------------------------------------------------------------ feedback
    def _ask(self, title: str, text: str, then: Callable[[], None]) -> None:
        box, yes = question_box(self, title, text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: then() if button is yes else None)
        self.box = box
        box.open()

    def _changed(self, changes: Changes, text: str) -> None:
        self._env.bus.announce(changes)
        self._say(text)
        self.load()

    def _say(self, text: str) -> None:
        self.user_status.setStyleSheet("")
        self.user_status.setText(text)

    def _failed(self, exc: Exception) -> None:
        def show(text: str) -> None:
            self.user_status.setStyleSheet(ERROR_STYLE)
            self.user_status.setText(text)

        on_known_error(show)(exc)
