"""The session cycle of ``run_gui``: wizard on first run, sign-in, main window, sign-out, sign-in again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.ui.conftest import OFFICER
from tests.ui.thai_typing import type_text
from ui.app import Launcher
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.session.login_dialog import LoginDialog
from ui.session.wizard import SetupWizard


def test_first_run_opens_the_wizard(qtbot: QtBot, raw_services: Services, ops: Ops) -> None:
    launcher = Launcher(raw_services, ops, Translations())
    launcher.start()
    qtbot.waitUntil(lambda: launcher.dialog is not None)
    assert isinstance(launcher.dialog, SetupWizard)
    qtbot.addWidget(launcher.dialog)
    assert launcher.dialog.isVisible()


def test_sign_in_then_main_window_then_sign_out_back_to_sign_in(
    qtbot: QtBot, services: Services, ops: Ops
) -> None:
    launcher = Launcher(services, ops, Translations())
    launcher.start()
    qtbot.waitUntil(lambda: launcher.dialog is not None)
    login = launcher.dialog
    assert isinstance(login, LoginDialog)
    assert login.findChildren(QLabel)[1].text() == "จุดบริการ: ศูนย์บริการประชาชน ทำเนียบรัฐบาล"
    type_text(login.username, OFFICER[0])
    type_text(login.password, OFFICER[2])
    login.ok.click()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10_000)
    window = launcher.window
    assert isinstance(window, MainWindow)
    assert window.env.user.username == OFFICER[0]
    assert window.page("intake") is not None  # an officer registers complaints
    qtbot.waitUntil(lambda: "ทำเนียบรัฐบาล" in window.windowTitle(), timeout=10_000)

    window.logout()
    qtbot.waitUntil(lambda: launcher.window is None and launcher.dialog is not login, timeout=10_000)
    again = launcher.dialog
    assert isinstance(again, LoginDialog) and again is not login
    qtbot.addWidget(again)
    assert again.isVisible()
