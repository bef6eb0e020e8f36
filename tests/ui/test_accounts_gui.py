"""Issue 13, accounts and the shell around them, with real widgets (offscreen), real services on a real
encrypted database and a real ``Ops``: the first-run path from the wizard to an officer at the intake page,
user management in the users tab with a forced password change, the status bar at 1366 px, Thai button
texts on every question, and a manual lock that does not claim to be an idle one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.roles import Role
from app.services import Services
from app.services.auth import AuthService
from app.services.types import CurrentUser, KnownError
from tests.helpers.counter import FAST_HASHER
from tests.ui.conftest import ADMIN, OFFICER, STATION
from tests.ui.helpers import complaint
from tests.ui.thai_typing import type_text
from ui import main_window
from ui.admin.users_tab import UsersTab
from ui.app import Launcher
from ui.confirm import Answers, question_box
from ui.env import UiEnv
from ui.i18n import Translations
from ui.intake.intake_page import IntakePage
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.session.login_dialog import LoginDialog
from ui.session.wizard import SetupWizard
from ui.status.identity import station_text

ROOT = Path(__file__).resolve().parents[2]


def _button_texts(box: QMessageBox) -> list[str]:
    return sorted(b.text() for b in box.buttons())


def _click(parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def _window(launcher: Launcher) -> MainWindow | None:
    return launcher.window  # read afresh each time (a function: no narrowing carried over)


def _user(login: LoginDialog) -> CurrentUser | None:
    return login.user


def _role_shown(tab: UsersTab, username: str) -> str:
    row = tab.user_names().index(username)
    item = tab.users.item(row, 2)
    return item.text() if item is not None else ""


def _sign_in(qtbot: QtBot, launcher: Launcher, username: str, password: str) -> LoginDialog:
    qtbot.waitUntil(lambda: isinstance(launcher.dialog, LoginDialog) and launcher.dialog.isVisible())
    login = launcher.dialog
    assert isinstance(login, LoginDialog)
    type_text(login.username, username)
    type_text(login.password, password)
    login.ok.click()
    return login


# ---------------------------------------------------------------------------------------- first run
def test_first_run_ends_with_an_officer_at_the_intake_page(
    qtbot: QtBot, raw_services: Services, ops: Ops
) -> None:
    # Argon2 with light parameters: the hashes are what they are, the test need not wait for them.
    raw_services.auth = AuthService(raw_services.ctx, raw_services.audit_log, hasher=FAST_HASHER)
    launcher = Launcher(raw_services, ops, Translations())
    launcher.start()
    qtbot.waitUntil(lambda: isinstance(launcher.dialog, SetupWizard))
    wizard = launcher.dialog
    assert isinstance(wizard, SetupWizard)
    type_text(wizard.station_page.code, STATION[0])
    type_text(wizard.station_page.name, STATION[1])
    wizard.next()
    for edit, text in (("username", ADMIN[0]), ("display_name", ADMIN[1]), ("password", ADMIN[2])):
        type_text(getattr(wizard.admin_page, edit), text)
    type_text(wizard.admin_page.password2, ADMIN[2])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    wizard.recovery_page.kept.setChecked(True)
    wizard.accept()

    # The administrator's window says, in Thai, that an officer account is needed, and offers to make one.
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10_000)
    window = launcher.window
    assert isinstance(window, MainWindow) and window.page("intake") is None
    qtbot.waitUntil(
        lambda: window.first_run.box is not None and window.first_run.box.isVisible(), timeout=10_000
    )
    box = window.first_run.box
    assert box is not None
    assert box.windowTitle() == "ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง"
    assert "ผู้ดูแลระบบรับเรื่องร้องทุกข์เองไม่ได้" in box.text()
    assert _button_texts(box) == ["ภายหลัง", "สร้างบัญชีเจ้าหน้าที่"]
    create = box.findChild(QPushButton, "confirm_yes")
    assert create is not None and create.text() == "สร้างบัญชีเจ้าหน้าที่"
    create.click()

    # … into the users tab, the role already "counter officer", the cursor in the username.
    settings = window.first_run.settings
    assert settings is not None and settings.users_tab is not None
    users = settings.users_tab
    assert settings.tabs.currentWidget() is users
    assert users.new_role.currentData() == Role.COUNTER_OFFICER.value
    qtbot.waitUntil(users.new_username.hasFocus)
    type_text(users.new_username, OFFICER[0])
    type_text(users.new_display, OFFICER[1])
    type_text(users.new_password, "first-pass-1")
    _click(users, "add_user")
    qtbot.waitUntil(lambda: OFFICER[0] in users.user_names(), timeout=10_000)
    assert users.state_of(OFFICER[0]) == "ใช้งาน (รอตั้งรหัสผ่านใหม่)"
    settings.reject()
    window.logout()

    # The officer signs in, replaces the administrator's password, and lands on the intake page.
    login = _sign_in(qtbot, launcher, OFFICER[0], "first-pass-1")
    qtbot.waitUntil(lambda: login.password_dialog is not None, timeout=10_000)
    change = login.password_dialog
    assert change is not None and _window(launcher) is None  # nothing opens before the change
    type_text(change.new_password, OFFICER[2])
    type_text(change.again, OFFICER[2])
    change.ok.click()
    qtbot.waitUntil(lambda: _window(launcher) is not None, timeout=10_000)
    officer_window = _window(launcher)
    assert officer_window is not None
    assert officer_window.env.user.username == OFFICER[0] and not officer_window.env.user.must_change_password
    assert officer_window.current_page_key() == "intake"
    assert isinstance(officer_window.page("intake"), IntakePage)
    assert officer_window.first_run.box is None  # an officer is not asked to create accounts
    raw_services.complaints.register(officer_window.env.user, complaint())  # and may register
    officer_window.close()


# ---------------------------------------------------------------------------------------- user management
def test_users_tab_suspends_edits_and_resets_with_a_forced_change(
    qtbot: QtBot, services: Services, ops: Ops, admin: CurrentUser, officer: CurrentUser
) -> None:
    services.auth = AuthService(services.ctx, services.audit_log, hasher=FAST_HASHER)
    env = UiEnv(services=services, ops=ops, user=admin)
    tab = UsersTab(env)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: OFFICER[0] in tab.user_names())

    # One's own account can be edited (name) but not suspended or reset from here.
    tab.select(ADMIN[0])
    assert (
        tab.edit_button.isEnabled() and not tab.active_button.isEnabled() and not tab.reset_button.isEnabled()
    )

    # Suspend: asked first, in Thai with Thai buttons; the officer's session ends.
    tab.select(OFFICER[0])
    assert tab.active_button.text() == "ระงับการใช้งาน"
    tab.active_button.click()
    assert tab.box is not None and _button_texts(tab.box) == ["ใช่", "ไม่ใช่"]
    assert tab.box.defaultButton().text() == "ไม่ใช่"  # Enter by habit does not suspend anyone
    _click(tab.box, "confirm_yes")
    qtbot.waitUntil(lambda: tab.state_of(OFFICER[0]) == "ถูกระงับ", timeout=10_000)
    with pytest.raises(KnownError):
        services.records.search(officer, "", None, 10)
    with pytest.raises(KnownError, match="bad_credentials"):
        services.auth.login(OFFICER[0], OFFICER[2])
    assert tab.active_button.text() == "เปิดใช้งานอีกครั้ง"
    tab.active_button.click()  # re-enabling asks nothing
    qtbot.waitUntil(lambda: tab.state_of(OFFICER[0]) == "ใช้งาน", timeout=10_000)

    # Edit: a new role through the dialog.
    dialog = tab.edit_selected()
    assert dialog is not None
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR.value))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: _role_shown(tab, OFFICER[0]) == "หัวหน้างาน", timeout=10_000)
    assert {u.username: u.role for u in services.auth.list_users(admin)}[OFFICER[0]] is Role.SUPERVISOR

    # Reset: a temporary password shown once, which signs in only to be replaced.
    tab.select(OFFICER[0])
    tab.reset_button.click()
    assert tab.box is not None
    _click(tab.box, "confirm_yes")
    qtbot.waitUntil(lambda: tab.password_dialog is not None, timeout=10_000)
    assert tab.password_dialog is not None
    temporary = tab.password_dialog.password.text()
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", temporary)
    qtbot.waitUntil(lambda: tab.state_of(OFFICER[0]) == "ใช้งาน (รอตั้งรหัสผ่านใหม่)", timeout=10_000)

    login = LoginDialog(ops, services.auth)
    qtbot.addWidget(login)
    login.show()
    type_text(login.username, OFFICER[0])
    type_text(login.password, temporary)
    login.ok.click()
    qtbot.waitUntil(lambda: login.password_dialog is not None, timeout=10_000)
    change = login.password_dialog
    assert change is not None and _user(login) is None
    type_text(change.new_password, temporary)
    type_text(change.again, temporary)
    change.ok.click()
    qtbot.waitUntil(lambda: change.error.text() == "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านชั่วคราว", timeout=10_000)
    change.new_password.clear()
    change.again.clear()
    type_text(change.new_password, "own-pass-22")
    type_text(change.again, "own-pass-22")
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        change.ok.click()
    signed_in = _user(login)
    assert signed_in is not None and signed_in.role is Role.SUPERVISOR and not signed_in.must_change_password


# ---------------------------------------------------------------------------------------- the shell
@pytest.mark.parametrize("language", ["th", "en"])
def test_status_bar_at_1366_shows_the_whole_user_and_the_station_once(
    qtbot: QtBot,
    services: Services,
    ops: Ops,
    officer: CurrentUser,
    translations: Translations,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The status bar alone: no pages (each page answers for its own width; in English the dashboard page
    # alone asks for 1196 px beside the navigation).
    monkeypatch.setattr(main_window, "PAGES", [])
    translations.set_language(language)
    window = MainWindow(UiEnv(services=services, ops=ops, user=officer, translations=translations))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: STATION[1] in window.station_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=10_000)
    QApplication.processEvents()
    assert window.width() <= 1366
    user = window.user_label
    assert OFFICER[1] in user.text()
    assert not user.is_elided() and user.width() >= user.fontMetrics().horizontalAdvance(user.text())
    assert user.geometry().right() < window.station_label.geometry().left()  # side by side, not under it
    bar_text = " ".join(
        label.text() for label in window.statusBar().findChildren(type(window.language_label))
    )
    assert bar_text.count(STATION[1]) == 1 and bar_text.count(STATION[0]) == 1
    window.close()


def test_a_station_named_by_its_code_is_not_named_twice(qapp: QApplication) -> None:
    assert station_text("005", "จุดบริการ 05") == "จุดบริการ 005"
    assert station_text("101", "จุดบริการ ศูนย์ราชการ") == "จุดบริการ 101 · ศูนย์ราชการ"
    assert station_text("101", STATION[1]) == f"จุดบริการ 101 · {STATION[1]}"


def test_every_question_has_buttons_in_the_interface_language(
    qtbot: QtBot, env: UiEnv, translations: Translations, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No question box in ui/ is made another way (Qt's own Yes/No have no Thai).
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name != "confirm.py":
            source = path.read_text(encoding="utf-8")
            assert "QMessageBox.question" not in source and "StandardButton.Yes" not in source, path

    # A real one: clearing a typed complaint form asks with ใช่ / ไม่ใช่.
    shown: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown.append(box)  # closed without a click: "no"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    page = IntakePage(env)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.form.is_ready and env.ops.pending == 0, timeout=10_000)
    page.form.set_payload(complaint())
    page.new_complaint()
    assert len(shown) == 1 and _button_texts(shown[0]) == ["ใช่", "ไม่ใช่"]
    assert page.form.payload() == complaint()  # closed without "ใช่": nothing thrown away
    page.close()

    box, _yes = question_box(None, "t", "x")
    ok_box, _ok = question_box(None, "t", "x", Answers.OK_CANCEL)
    assert _button_texts(ok_box) == ["ตกลง", "ยกเลิก"]
    assert translations.set_language("en")
    assert _button_texts(question_box(None, "t", "x")[0]) == ["No", "Yes"]
    assert _button_texts(question_box(None, "t", "x", Answers.OK_CANCEL)[0]) == ["Cancel", "OK"]
    # And the "OK" Qt puts on a plain warning (QMessageBox.warning, standard buttons) is Thai in Thai.
    assert translations.set_language("th")
    warning = QMessageBox(QMessageBox.Icon.Warning, "t", "x", QMessageBox.StandardButton.Ok)
    assert _button_texts(warning) == ["ตกลง"]
    for b in (box, ok_box, warning):
        b.deleteLater()


def test_a_manual_lock_does_not_say_idle(qtbot: QtBot, env: UiEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "PAGES", [])  # the lock covers whatever pages there are
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    window.lock_button.click()
    lock = window._lock_dialog
    assert lock is not None
    reason = lock.findChild(type(window.language_label), "lock_reason")
    assert reason is not None and reason.text() == "ล็อกหน้าจอแล้ว"
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        type_text(lock.password, OFFICER[2])
        lock.unlock_button.click()
    # The idle timer's lock keeps its own message.
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.set_idle_timeout_ms(50)
    idle = window._lock_dialog
    assert idle is not None
    reason = idle.findChild(type(window.language_label), "lock_reason")
    assert reason is not None and reason.text() == "หน้าจอถูกล็อกเนื่องจากไม่มีการใช้งาน"
    window.close()
