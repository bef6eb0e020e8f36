"""Connecting to the center from Settings, and "sync now" on a counter that is not connected (issue 13):
real widgets (offscreen), real services on a real encrypted database, the reference center on 127.0.0.1.

The tab runs the very checks of ``psc-counter connect`` (``SyncService.connect_as``): each refusal is shown
beside its field, in Thai, and saves nothing; the center's confirmation saves and starts the pump."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.services import Services
from app.services.types import CurrentUser, PermissionDenied
from sync.server.central import Central
from sync.server.runner import ServerThread
from tests.helpers.counter import raw_sql
from tests.ui.thai_typing import type_text
from ui import main_window
from ui.admin.connect_tab import UNREACHABLE
from ui.admin.settings_dialog import SettingsDialog
from ui.env import UiEnv
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.ops import Ops
from ui.status.sync_status import SyncStatusWidget

# WORKAROUND: the offscreen platform warns "This plugin does not support propagateSizeHints()" whenever a
# window is shown; harmless and not ours (tests/ui/conftest.py does the same).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def admin(counter: Services) -> CurrentUser:
    """The station's administrator, signed in."""
    return counter.auth.login("admin", "admin-pass-1")


def _token_file(tmp_path: Path, name: str, token: str) -> Path:
    path = tmp_path / name
    path.write_text(token + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (bound by the OS, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connect_from_settings_checks_like_the_command_and_saves_only_when_the_center_confirms(
    qtbot: QtBot,
    counter: Services,
    ops: Ops,
    admin: CurrentUser,
    officer: CurrentUser,
    center: Central,
    center_server: ServerThread,
    center_token: str,
    tmp_path: Path,
    counter_home: Path,
) -> None:
    assert counter.sync is not None
    dialog = SettingsDialog(UiEnv(services=counter, ops=ops, user=admin))
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.connect_tab
    assert tab is not None
    qtbot.waitUntil(lambda: "ยังไม่ได้เชื่อมต่อศูนย์" in tab.state.text(), timeout=10_000)
    good = _token_file(tmp_path, "station-101.token", center_token)

    def attempt(url: str, token_file: str) -> None:
        tab.server_url.clear()
        tab.token_file.clear()
        type_text(tab.server_url, url)
        tab.token_file.setText(token_file)
        tab.connect_button.click()
        qtbot.waitUntil(lambda: tab.connect_button.isEnabled() and ops.pending == 0, timeout=20_000)

    # http:// to another host: refused before any look-up, beside the address.
    attempt("http://center.example.test", str(good))
    assert tab.url_box.error == error_text("server_url_insecure")
    # No token file where it says.
    attempt(center_server.url, str(tmp_path / "missing.token"))
    assert tab.token_box.error == error_text("token_file_missing") and tab.url_box.error == ""
    # Another station's token: the center answers, and names station 102.
    other = _token_file(tmp_path, "station-102.token", center.add_station("102", "อีกจุดหนึ่ง"))
    attempt(center_server.url, str(other))
    assert tab.token_box.error == error_text("token_refused")
    # Nobody at that address.
    attempt(f"http://127.0.0.1:{_closed_port()}", str(good))
    assert tab.url_box.error == QApplication.translate("ConnectTab", UNREACHABLE)
    assert load_settings(counter_home).server_url == "" and counter.sync.connection() is None  # nothing saved

    attempt(center_server.url, str(good))
    assert tab.url_box.error == "" and tab.token_box.error == ""
    assert tab.result.text() == "เชื่อมต่อศูนย์แล้ว: จุดบริการ 101"
    qtbot.waitUntil(lambda: center_server.url in tab.state.text(), timeout=10_000)
    assert load_settings(counter_home).server_url == center_server.url
    assert dialog.tracking_url.text() == f"{center_server.url}/track/"  # "save" keeps the new address
    assert counter.sync.running  # the pump runs on the new connection
    conn = raw_sql(counter_home)
    try:
        actor, detail = conn.execute(
            "SELECT actor, detail_json FROM audit_events WHERE action = 'sync.connect'"
        ).fetchone()
    finally:
        conn.close()
    assert actor == "admin" and json.loads(detail)["station"] == "101"
    # The pump stops before the center does (fixtures end in reverse order: the center first).
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    counter.sync.stop()
    with pytest.raises(PermissionDenied):  # the service checks, not only the tab's visibility
        counter.sync.connect_as(officer, center_server.url, str(good))
    assert not counter.sync.running  # a refused connect leaves the pump as it was


def test_sync_now_when_not_connected_says_so_and_leads_an_administrator_to_connect(
    qtbot: QtBot,
    counter: Services,
    ops: Ops,
    admin: CurrentUser,
    officer: CurrentUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An officer is told what is wrong and whom to ask.
    line = SyncStatusWidget(UiEnv(services=counter, ops=ops, user=officer), start=False)
    qtbot.addWidget(line)
    line.show()
    line.sync_button.click()
    qtbot.waitUntil(lambda: line.box is not None and line.box.isVisible(), timeout=10_000)
    assert line.box is not None
    assert line.box.windowTitle() == "ยังไม่ได้เชื่อมต่อศูนย์"
    assert "ตั้งค่า › เชื่อมต่อศูนย์" in line.box.text() and "ผู้ดูแลระบบ" in line.box.text()
    assert [b.text() for b in line.box.buttons()] == ["ตกลง"]
    line.box.close()

    # An administrator's window goes from the message to the connect tab.
    monkeypatch.setattr(main_window, "PAGES", [])  # the status bar and settings only
    window = MainWindow(UiEnv(services=counter, ops=ops, user=admin, translations=Translations()))
    qtbot.addWidget(window)
    window.show()
    sync_line = window.findChild(SyncStatusWidget)
    assert sync_line is not None
    sync_line.sync_button.click()
    qtbot.waitUntil(lambda: sync_line.box is not None and sync_line.box.isVisible(), timeout=10_000)
    assert sync_line.box is not None
    go = sync_line.box.findChild(QPushButton, "confirm_yes")
    assert go is not None and go.text() == "เชื่อมต่อศูนย์ตอนนี้"
    go.click()
    settings = window.findChild(SettingsDialog)
    assert settings is not None and settings.connect_tab is not None
    assert settings.tabs.currentWidget() is settings.connect_tab
    window.close()
