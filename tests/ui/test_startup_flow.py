"""The start-up cycle in this process (ui/session/startup.py): the early sign-in dialog, the opening behind
it, and what happens when the home cannot be opened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import Services
from app.services.types import KnownError
from ui.ops import Ops
from ui.session import startup
from ui.session.login_dialog import LoginDialog
from ui.session.startup import Startup


def _copy(template_home: Path, counter_home: Path) -> Path:
    shutil.copytree(template_home, counter_home, dirs_exist_ok=True)
    return counter_home


def test_the_dialog_shows_at_once_and_the_services_follow(
    qtbot: QtBot, template_home: Path, counter_home: Path
) -> None:
    ops = Ops()
    start = Startup(_copy(template_home, counter_home), ops)
    opened: list[Services] = []
    start.opened.connect(opened.append)
    start.start()
    dialog = start.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()  # before anything was opened
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert start.take_dialog() is dialog and dialog.isVisible()  # kept for the session cycle
    dialog.close()
    ops.shutdown()
    start.close()


def test_a_missing_key_closes_the_early_dialog_and_asks_for_the_recovery_code(
    qtbot: QtBot, template_home: Path, counter_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _copy(template_home, counter_home)
    (home / "db.key").unlink()
    asked: list[str] = []

    def ask(_home: Path, exc: KnownError) -> bool:
        asked.append(str(exc.code))
        return False  # the officer cancels: the program ends

    monkeypatch.setattr(startup, "ask_recovery", ask)
    # WORKAROUND: a real QApplication.exit() would end every event loop qtbot starts in later tests.
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(exits.append))
    ops = Ops()
    start = Startup(home, ops)
    start.start()
    dialog = start.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(asked), timeout=60_000)
    assert asked == ["database_key_missing"]
    assert start.dialog is None  # the early dialog was closed (and is deleted or being deleted)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert exits == [1]  # the program ends: no home to work on
    ops.shutdown()
    start.close()
