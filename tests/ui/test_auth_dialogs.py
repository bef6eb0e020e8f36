"""First-run wizard, sign-in with lockout, and the idle screen lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.services import Services
from app.services.types import CurrentUser
from tests.ui.conftest import OFFICER
from tests.ui.helpers import complaint
from tests.ui.thai_typing import type_text
from ui.env import UiEnv
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.ops import Ops
from ui.records.records_view import RecordsView
from ui.session.login_dialog import LoginDialog
from ui.session.wizard import SetupWizard


def test_first_run_wizard_sets_up_station_and_shows_recovery_code_once(
    qtbot: QtBot, raw_services: Services, ops: Ops
) -> None:
    assert not raw_services.auth.is_initialized()
    wizard = SetupWizard(ops, raw_services.auth)
    qtbot.addWidget(wizard)
    wizard.show()
    page1 = wizard.station_page
    type_text(page1.code, "101")
    type_text(page1.name, "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page

    admin = wizard.admin_page
    type_text(admin.username, "admin")
    type_text(admin.display_name, "ผู้ดูแล ระบบ")
    type_text(admin.password, "admin-pass-1")
    type_text(admin.password2, "admin-pass-2")
    wizard.next()
    assert admin.password2_box.error == "รหัสผ่านทั้งสองช่องไม่ตรงกัน"
    assert not raw_services.auth.is_initialized()  # nothing set up on a mismatch

    admin.password2.clear()
    type_text(admin.password2, "admin-pass-1")
    wizard.next()  # sets up in the background, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    result = wizard.result_value
    assert result is not None
    assert result.user.username == "admin"
    recovery = wizard.recovery_page
    assert recovery.code_label.text() == result.recovery_code
    assert len(result.recovery_code) >= 16
    assert "ตู้นิรภัย" in " ".join(w.text() for w in recovery.findChildren(type(recovery.code_label)))
    # Finishing needs the officer to say the code is kept; cancelling is no longer possible.
    assert not recovery.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    recovery.kept.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()
    assert wizard.isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    assert raw_services.auth.is_initialized()
    assert raw_services.auth.station().code == "101"


def test_wizard_refuses_a_bad_station_code(qtbot: QtBot, raw_services: Services, ops: Ops) -> None:
    wizard = SetupWizard(ops, raw_services.auth)
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(wizard.station_page.code, "0")
    type_text(wizard.station_page.name, "จุดบริการ")
    wizard.next()
    assert wizard.currentPage() is wizard.station_page
    assert wizard.station_page.code_box.error == "รหัสจุดบริการต้องเป็นตัวเลข 1–999"


def _login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.clear()
    dialog.password.clear()
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() or dialog.user is not None, timeout=10_000)


def test_login_success(qtbot: QtBot, services: Services, ops: Ops) -> None:
    dialog = LoginDialog(ops, services.auth, "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _login(qtbot, dialog, OFFICER[0], OFFICER[2])
    assert dialog.user is not None
    assert dialog.user.username == OFFICER[0]


def test_wrong_password_says_so_in_thai_then_locks_after_repeated_failures(
    qtbot: QtBot, services: Services, ops: Ops
) -> None:
    dialog = LoginDialog(ops, services.auth)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, OFFICER[0], "ผิดรหัส")
    assert dialog.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    assert dialog.password.text() == ""  # cleared for the next try, username kept
    assert dialog.username.text() == OFFICER[0]
    assert dialog.isVisible() and dialog.user is None

    for _ in range(services.ctx.settings.max_failed_logins - 1):
        _login(qtbot, dialog, OFFICER[0], "wrong-password")
    assert dialog.error.text() == error_text("account_locked")
    # Locked: even the right password is refused for a while.
    _login(qtbot, dialog, OFFICER[0], OFFICER[2])
    assert dialog.user is None
    assert dialog.error.text() == error_text("account_locked")
    assert "ล็อก" in dialog.error.text()


def test_idle_lock_hides_the_screen_until_the_password(
    qtbot: QtBot, env: UiEnv, officer: CurrentUser
) -> None:
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.set_idle_timeout_ms(50)  # nobody touches keyboard or mouse
    assert window.is_locked
    assert not window.stack.isVisible()  # the last citizen's data is not on screen
    lock = window._lock_dialog
    assert lock is not None
    lock.reject()  # Escape does not unlock
    assert window.is_locked

    type_text(lock.password, "not-my-password")
    lock.unlock_button.click()
    qtbot.waitUntil(lambda: lock.error.text() != "", timeout=10_000)
    assert lock.error.text() == "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"
    assert window.is_locked

    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        type_text(lock.password, OFFICER[2])
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not window.is_locked
    assert window.stack.isVisible()
    window.set_idle_minutes(5)


def test_logout_is_audited_and_closes_the_window(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.logged_out, timeout=10_000):
        window.logout_button.click()
    assert not window.isVisible()
    latest = services.audit.recent(officer, limit=1)[0]
    assert (latest.action, latest.actor) == ("logout", officer.username)


def test_lock_also_hides_an_open_amend_dialog(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    services.complaints.register(officer, complaint())
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    window.show_page("records")
    view = window.page("records")
    assert isinstance(view, RecordsView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    with qtbot.waitSignal(view.detail_shown, timeout=10_000):
        view.table.selectRow(0)
    dialog = view.amend_current()
    assert dialog is not None and dialog.isVisible()

    lock = window.lock()
    assert lock is not None
    assert not dialog.isVisible()  # the citizen's data is not left on screen
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        type_text(lock.password, OFFICER[2])
        lock.unlock_button.click()
    assert dialog.isVisible()
