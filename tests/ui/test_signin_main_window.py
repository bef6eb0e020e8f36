"""From the sign-in dialog to the main window (issue 15): the intake form built empty while the officer types
is the one the officer gets, nothing personal is read before the password is right, a wrong password shows
no window, and each role gets exactly its own pages, also after signing out and in as another user.

No timing is asserted here (bench/bench_startup.py measures it).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.domain.roles import Role
from app.services import Services
from tests.ui.conftest import ADMIN, OFFICER
from tests.ui.thai_typing import type_text
from ui.app import Launcher
from ui.i18n import Translations
from ui.intake.complaint_form import ComplaintForm
from ui.intake.intake_page import IntakePage
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.session.login_dialog import LoginDialog
from ui.session.prebuild import COMPLAINT_FORM
from ui.status.backup_status import BackupStatusWidget

SUPERVISOR = ("hathai", "หทัย ดูแลงาน", "supervisor-pass-1")
OFFICER_PAGES = ["intake", "records", "petitions", "dashboard"]
SUPERVISOR_PAGES = ["intake", "records", "petitions", "queue", "reconcile", "dashboard", "privacy"]
PERSONAL_TABLES = ("records", "record_versions", "drafts", "attachments", "record_attachments", "outbox")
"""Tables holding citizens' data (and the search index over them, named ``records_…``)."""


def _spare(launcher: Launcher) -> ComplaintForm:
    widget = launcher.spares._widgets.get(COMPLAINT_FORM)  # looks without taking it
    assert isinstance(widget, ComplaintForm)
    return widget


def _sign_in(qtbot: QtBot, launcher: Launcher, username: str, password: str) -> LoginDialog:
    qtbot.waitUntil(lambda: isinstance(launcher.dialog, LoginDialog), timeout=10_000)
    login = launcher.dialog
    assert isinstance(login, LoginDialog)
    type_text(login.username, username)
    type_text(login.password, password)
    login.ok.click()
    return login


def _navigation(window: MainWindow) -> list[str]:
    """The page keys of the navigation list, as the officer sees them, top to bottom."""
    items = (window.nav.item(row) for row in range(window.nav.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]


def _window(qtbot: QtBot, launcher: Launcher) -> MainWindow:
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10_000)
    window = launcher.window
    assert isinstance(window, MainWindow)
    return window


@pytest.fixture
def launcher(services: Services, ops: Ops) -> Iterator[Launcher]:
    """The session cycle of ``run_gui`` on the set-up test home (with a supervisor too)."""
    admin = services.auth.login(ADMIN[0], ADMIN[2])
    services.auth.create_user(admin, SUPERVISOR[0], SUPERVISOR[1], Role.SUPERVISOR, SUPERVISOR[2])
    launcher = Launcher(services, ops, Translations())
    yield launcher
    # Before the runner stops: the open window or dialog closes (deleting itself), the spares go.
    for widget in (launcher.window, launcher.dialog):
        if widget is not None and shiboken6.isValid(widget):
            widget.close()
    launcher.spares.clear()


def test_the_officer_gets_the_form_built_while_typing_and_nothing_personal_was_read_before(
    qtbot: QtBot, services: Services, launcher: Launcher
) -> None:
    statements: list[str] = []
    engine = services.ctx.db.engine

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement.lower())

    event.listen(engine, "before_cursor_execute", seen)
    try:
        launcher.start()
        qtbot.waitUntil(launcher.spares.built, timeout=10_000)
        spare = _spare(launcher)
        qtbot.waitUntil(lambda: spare.is_ready, timeout=10_000)  # its reference lists are in
        assert not spare.isVisible()
        before_sign_in = list(statements)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert before_sign_in, "the listener saw the reference lists being read"
    personal = [s for s in before_sign_in if any(f" {table}" in s for table in PERSONAL_TABLES)]
    assert personal == []
    assert not any("audit_events" in s for s in before_sign_in)

    _sign_in(qtbot, launcher, OFFICER[0], OFFICER[2])
    window = _window(qtbot, launcher)
    assert _navigation(window) == OFFICER_PAGES
    intake = window.page("intake")
    assert isinstance(intake, IntakePage) and intake.form is spare  # taken, not built again
    assert not launcher.spares.built()
    assert window.page("queue") is None and window.page("privacy") is None
    # The status bar's lines come in the turn after the window's first paint.
    qtbot.waitUntil(lambda: window.findChild(BackupStatusWidget) is not None, timeout=10_000)
    qtbot.waitUntil(intake.form.given_name.isVisible, timeout=10_000)


def test_a_wrong_password_shows_no_main_window(qtbot: QtBot, launcher: Launcher) -> None:
    launcher.start()
    qtbot.waitUntil(launcher.spares.built, timeout=10_000)
    spare = _spare(launcher)
    login = _sign_in(qtbot, launcher, OFFICER[0], "not-the-password")
    qtbot.waitUntil(lambda: not login.busy and bool(login.error.text()), timeout=10_000)
    assert launcher.window is None
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [login]
    assert not any(isinstance(w, MainWindow) for w in QApplication.topLevelWidgets())
    assert launcher.spares.built() and _spare(launcher) is spare and not spare.isVisible()


def test_sign_out_then_each_role_gets_its_own_pages_and_a_fresh_form(
    qtbot: QtBot, launcher: Launcher
) -> None:
    launcher.start()
    qtbot.waitUntil(launcher.spares.built, timeout=10_000)
    first_form = _spare(launcher)
    _sign_in(qtbot, launcher, OFFICER[0], OFFICER[2])
    officer_window = _window(qtbot, launcher)
    type_text(first_form.given_name, "สมชาย")  # the officer starts on a citizen

    officer_window.logout()
    qtbot.waitUntil(lambda: launcher.window is None and launcher.spares.built(), timeout=10_000)
    second_form = _spare(launcher)
    assert second_form is not first_form and second_form.given_name.text() == ""
    _sign_in(qtbot, launcher, SUPERVISOR[0], SUPERVISOR[2])
    window = _window(qtbot, launcher)
    assert window.env.user.username == SUPERVISOR[0]
    assert _navigation(window) == SUPERVISOR_PAGES
    intake = window.page("intake")
    assert isinstance(intake, IntakePage) and intake.form is second_form

    # An administrator registers no complaints: no intake page; the spare stays hidden for a later session.
    window.logout()
    qtbot.waitUntil(lambda: launcher.window is None and launcher.spares.built(), timeout=10_000)
    third_form = _spare(launcher)
    _sign_in(qtbot, launcher, ADMIN[0], ADMIN[2])
    admin_window = _window(qtbot, launcher)
    assert admin_window.page("intake") is None and "intake" not in _navigation(admin_window)
    assert launcher.spares.built() and _spare(launcher) is third_form and not third_form.isVisible()


def test_work_held_while_the_main_window_is_built_runs_in_order_once_released(qtbot: QtBot, ops: Ops) -> None:
    ran: list[str] = []
    delivered: list[str] = []

    def job(name: str) -> str:
        ran.append(name)
        return name

    ops.hold()
    ops.run_write(lambda: job("draft"), delivered.append)
    ops.run_read(lambda: job("due cases"), delivered.append)
    ops.run_write(lambda: job("sign-in noted"), delivered.append)
    qtbot.wait(50)
    assert ran == [] and ops.pending == 3  # nothing started, and the runner knows it owes three answers
    ops.release()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=5_000)
    assert sorted(delivered) == ["draft", "due cases", "sign-in noted"]
    writes = [name for name in ran if name != "due cases"]
    assert writes == ["draft", "sign-in noted"]  # the writer keeps the order they were asked in
    ops.release()  # nothing held: nothing happens
    ops.run_read(lambda: job("later"), delivered.append)
    qtbot.waitUntil(lambda: "later" in delivered, timeout=5_000)
