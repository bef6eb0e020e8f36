"""Renders the screens of issue 13's accounts part for ``docs/accounts/``, in Thai and in English, at
1366×768: the first-run question over the administrator's window, the users tab with its questions and
dialogs, the forced password change, the connect tab (refused and connected, against the reference center
on 127.0.0.1), "sync now" when not connected, the status bar and the manual lock.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.helpers.render_account_docs [OUT_DIR]``.
Synthetic data only, a fixed clock, a throw-away home. A dialog is drawn centred over the window it opens
from (the offscreen platform has no window manager to place it).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PSC_COUNTER_KEYRING"] = "off"


def main(out: Path) -> None:
    """Writes the PNG renders into ``out``."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    app = QApplication(sys.argv[:1])
    from app.domain.clock import BANGKOK, FixedClock
    from app.services import build_services, open_app
    from app.services.auth import AuthService
    from sync.server.app import create_app
    from sync.server.central import Central
    from sync.server.runner import ServerThread
    from tests.helpers.counter import FAST_HASHER
    from ui.env import UiEnv
    from ui.fonts import apply_app_font
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.ops import Ops
    from ui.session.login_dialog import LoginDialog
    from ui.session.password_dialog import ChangePasswordDialog
    from ui.status.sync_status import SyncStatusWidget

    apply_app_font(app)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="psc-docs-"))
    clock = FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    services.auth = AuthService(services.ctx, services.audit_log, hasher=FAST_HASHER)
    auth = services.auth
    admin = auth.initialize("101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแลระบบ", "admin-pass-1").user
    center = Central.from_url(f"sqlite:///{home / 'center.sqlite3'}", clock)
    token_file = home / "station-101.token"
    token_file.write_text(center.add_station("101", "ศูนย์บริการประชาชน"), encoding="utf-8")
    token_file.chmod(0o600)
    ops = Ops()
    translations = Translations()

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(ms: int = 300) -> None:
        wait(ms)
        while ops.pending:
            wait(50)
        wait(50)

    def over(*layers: QWidget, name: str) -> None:
        """The first layer (a window, or a dialog on a plain desktop), each next one dimming what is under
        it and drawn centred on it, as a modal dialog opens."""
        base = layers[0].grab()
        shot = QPixmap(max(1366, base.width()), max(768, base.height()))
        shot.fill(QColor("#dfe3e8"))
        painter = QPainter(shot)
        painter.drawPixmap((shot.width() - base.width()) // 2, (shot.height() - base.height()) // 2, base)
        for layer in layers[1:]:
            top = layer.grab()
            painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
            painter.drawPixmap((shot.width() - top.width()) // 2, (shot.height() - top.height()) // 2, top)
        painter.end()
        shot.save(str(out / name))

    def window_for(user: object) -> MainWindow:
        window = MainWindow(UiEnv(services=services, ops=ops, user=user, translations=translations))  # type: ignore[arg-type]
        window.resize(1366, 768)
        window.show()
        settle(500)
        return window

    with ServerThread(create_app(center)) as server:
        for lang in ("th", "en"):
            translations.set_language(lang)
            # 1. A fresh station: the administrator is told an officer account is needed.
            window = window_for(admin)
            box = window.first_run.box
            assert box is not None
            over(window, box, name=f"{lang}-01-first-run.png")
            create = box.findChild(QPushButton, "confirm_yes")
            assert create is not None
            create.click()
            settings = window.first_run.settings
            assert settings is not None and settings.users_tab is not None
            users = settings.users_tab
            settings.resize(900, 600)
            settle()
            over(window, settings, name=f"{lang}-02-users-tab-new-officer.png")
            name = "somsri" if lang == "th" else "somchai"
            users.new_username.setText(name)
            users.new_display.setText("สมศรี ตั้งใจงาน" if lang == "th" else "สมชาย รักงาน")
            users.new_password.setText("first-pass-1")
            users.add_user()
            settle()
            users.select(name)
            settle(100)
            over(window, settings, name=f"{lang}-03-users-tab-added.png")
            users.toggle_active()
            assert users.box is not None
            over(window, settings, users.box, name=f"{lang}-04-suspend-question.png")
            users.box.close()
            edit = users.edit_selected()
            assert edit is not None
            settle(100)
            over(window, settings, edit, name=f"{lang}-05-edit-user.png")
            edit.reject()
            users._reset(name)
            settle()
            assert users.password_dialog is not None
            over(window, settings, users.password_dialog, name=f"{lang}-06-temporary-password.png")
            users.password_dialog.accept()
            # 2. Connecting to the center from Settings: refused beside the field, then connected.
            assert settings.connect_tab is not None
            tab = settings.connect_tab
            settings.show_tab(tab)
            tab.server_url.setText("http://center.example.test")
            tab.token_file.setText(str(token_file))
            tab.connect_now()
            settle()
            over(window, settings, name=f"{lang}-07-connect-refused.png")
            tab.server_url.setText(server.url)
            tab.connect_now()
            settle(800)
            over(window, settings, name=f"{lang}-08-connected.png")
            settings.reject()
            assert services.sync is not None
            services.sync.stop()
            services.ctx.settings.server_url = ""  # not connected again, for the next screens
            services.ctx.save_settings()
            window.close()
            settle()
            # 3. The officer's first sign-in: a new password first.
            temporary = users_password(auth, admin, name)
            officer = auth.login_at_counter(name, temporary)
            login = LoginDialog(ops, auth, "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
            login.show()
            change = ChangePasswordDialog(ops, auth, officer, "unused", login)
            change.show()
            settle(100)
            over(login, change, name=f"{lang}-09-forced-password-change.png")
            change.close()
            login.close()
            # 4. The officer's window: the status bar at 1366 px, "sync now" unconnected, a manual lock.
            officer = auth.change_own_password(officer, temporary, f"own-pass-{lang}-1")
            window = window_for(officer)
            window.grab().save(str(out / f"{lang}-10-officer-window-status-bar.png"))
            line = window.findChild(SyncStatusWidget)
            assert line is not None
            line.sync_now()
            settle()
            assert line.box is not None
            over(window, line.box, name=f"{lang}-11-sync-now-not-connected.png")
            line.box.close()
            lock = window.lock()
            assert lock is not None
            settle(100)
            over(window, lock, name=f"{lang}-12-manual-lock.png")
            window.logout()
            settle()
            auth.set_active(admin, name, False)  # the next language's run starts without an officer
    ops.shutdown()
    services.close()
    center.engine.dispose()


def users_password(auth: object, admin: object, username: str) -> str:
    """A fresh temporary password for ``username`` (what the administrator would hand over)."""
    return str(auth.reset_password(admin, username))  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/accounts"))
