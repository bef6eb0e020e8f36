"""Help menu of the main window: About names the version, the build and the data credits; the support
bundle item writes the owner-only zip off the GUI thread and says where it is."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

import app
from app.version import build_info
from ui.env import UiEnv
from ui.main_window import MainWindow

SCREENSHOT = os.environ.get("PSC_SCREENSHOT_DIR", "")


def test_help_about_shows_version_build_and_credits(qtbot: QtBot, env: UiEnv) -> None:
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    menu = window.help_menu
    assert menu in [a.menu() for a in window.menuBar().actions()]
    assert menu.title() == "ช่วยเหลือ"
    box = menu.show_about()
    qtbot.waitExposed(box)
    text = box.text()
    assert app.__version__ in text and build_info().build in text
    assert "geothai" in text and "CC-BY-4.0" in text and "OFL-1.1" in text and "holidays" in text
    if SCREENSHOT:
        window.grab().save(str(Path(SCREENSHOT) / "main-window-help-menu.png"))
        box.grab().save(str(Path(SCREENSHOT) / "help-about.png"))
    box.close()


def test_help_support_bundle_writes_an_owner_only_zip(qtbot: QtBot, env: UiEnv) -> None:
    window = MainWindow(env)
    qtbot.addWidget(window)
    menu = window.help_menu
    menu.support_action.trigger()
    qtbot.waitUntil(lambda: menu.last_bundle is not None, timeout=15_000)
    path = menu.last_bundle
    assert path is not None and path.parent == env.services.ctx.home / "support"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with zipfile.ZipFile(path) as zf:
        assert {"about.json", "counts.json", "settings.toml"} <= set(zf.namelist())
