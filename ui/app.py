"""Start-up of the counter GUI: ``run_gui(home)`` (called by ``psc-counter`` with no command).

QApplication, the bundled Sarabun font as the application font, Thai by default (the English translator
when the settings say ``en``), the crash dialog hook and Qt's messages in the log; then the first-run
wizard when the station is not set up, the sign-in dialog, and the main window, again and again until the
officer quits.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.config import resolve_home
from app.logs import LOG_FILE
from app.services import Services, build_services, open_app
from app.services.context import recover_key
from app.services.types import CurrentUser, KnownError
from ui.crash_dialog import install_excepthook, route_qt_messages
from ui.env import ChangeBus, UiEnv
from ui.fonts import app_icon, apply_app_font
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.ops import Ops, on_known_error
from ui.session.login_dialog import LoginDialog
from ui.session.recovery_dialog import offer_recovery
from ui.session.wizard import SetupWizard

log = logging.getLogger("psc.ui")

RECOVERY_TRIES = 3
"""Recovery codes offered before giving up (a typo is likely; a wrong code three times is not)."""


def _show_known_error(exc: KnownError) -> None:
    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("App", "ทำรายการไม่สำเร็จ"),
        error_text(exc.code),
    )


def _open_services(home: Path) -> Services | None:
    """Opens the counter home; asks for the recovery code when the database key is gone, and offers the
    newest good backup when the database is damaged."""
    for _attempt in range(RECOVERY_TRIES + 1):
        try:
            return build_services(open_app(home))
        except KnownError as exc:
            if exc.code == "database_damaged":
                # Offer the newest good backup and the center's acknowledged records (ui.session).
                if offer_recovery(home):
                    continue
                return None
            if exc.code != "database_key_missing":
                QMessageBox.critical(
                    None, QCoreApplication.translate("App", "เปิดฐานข้อมูลไม่ได้"), error_text(exc.code)
                )
                return None
            code, ok = QInputDialog.getText(
                None,
                QCoreApplication.translate("App", "ต้องใช้รหัสกู้คืน"),
                QCoreApplication.translate("App", "ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ กรุณากรอกรหัสกู้คืนที่เก็บไว้ในตู้นิรภัย"),
                QLineEdit.EchoMode.Normal,
            )
            if not ok:
                return None
            try:
                recover_key(home, code)
            except KnownError as rec_exc:
                QMessageBox.warning(
                    None, QCoreApplication.translate("App", "รหัสกู้คืน"), error_text(rec_exc.code)
                )
    return None


class Launcher(QObject):
    """Runs the wizard → sign-in → main window cycle on one event loop."""

    def __init__(self, services: Services, ops: Ops, translations: Translations) -> None:
        super().__init__()
        self.services = services
        self.ops = ops
        self.translations = translations
        self.bus = ChangeBus()
        self.window: MainWindow | None = None
        self.dialog: QWidget | None = None
        self._signed_out = False

    def start(self) -> None:
        """First run → wizard; otherwise → sign-in (asked in the background, like every database read)."""
        self.ops.run_read(self.services.auth.is_initialized, self._started)

    def _started(self, initialized: bool) -> None:
        if not initialized:
            wizard = SetupWizard(self.ops, self.services.auth)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.finished.connect(lambda code: self._wizard_done(wizard, code))
            self.dialog = wizard
            wizard.show()
        else:
            self.show_login()

    def _wizard_done(self, wizard: SetupWizard, code: int) -> None:
        result = wizard.result_value
        if code != QDialog.DialogCode.Accepted or result is None:
            QApplication.quit()
            return
        self.show_main(result.user)

    def show_login(self) -> None:
        """The sign-in dialog (with the station's name once read); cancelling it quits."""
        self.ops.run_read(self.services.auth.station, lambda st: self._login_with(st.name), self._no_station)

    def _no_station(self, exc: Exception) -> None:
        # No station name to show (not set up, database busy…): sign-in works without it.
        on_known_error(lambda _text: self._login_with(""))(exc)

    def _login_with(self, station: str) -> None:
        dialog = LoginDialog(self.ops, self.services.auth, station)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self._login_done(dialog, code))
        self.dialog = dialog
        dialog.show()

    def _login_done(self, dialog: LoginDialog, code: int) -> None:
        if code != QDialog.DialogCode.Accepted or dialog.user is None:
            QApplication.quit()
            return
        self.show_main(dialog.user)

    def show_main(self, user: CurrentUser) -> None:
        """The main window of a signed-in session."""
        env = UiEnv(
            services=self.services, ops=self.ops, user=user, translations=self.translations, bus=self.bus
        )
        window = MainWindow(env)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.logged_out.connect(self._logged_out)
        window.destroyed.connect(self._window_gone)
        self.window = window
        self._signed_out = False
        window.show()

    def _logged_out(self) -> None:
        self._signed_out = True

    def _window_gone(self) -> None:
        self.window = None
        if self._signed_out:
            self.show_login()
        else:
            QApplication.quit()  # the window was closed: the program ends


def run_gui(home: Path | None) -> int:
    """Starts the counter GUI on the counter home ``home`` (None: the default); returns the exit code."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("PSC Counter")
    app.setOrganizationName("OPS-OPM")
    # The session cycle decides when to quit (between sign-in and the main window no window is open).
    app.setQuitOnLastWindowClosed(False)
    route_qt_messages()
    apply_app_font(app)
    app.setWindowIcon(app_icon())
    resolved = resolve_home(home)
    previous_hook = install_excepthook(resolved / "logs" / LOG_FILE)

    translations = Translations()
    services = _open_services(resolved)
    if services is None:
        sys.excepthook = previous_hook
        return 1
    translations.set_language(services.ctx.settings.language)
    ops = Ops(known_error_handler=_show_known_error)
    launcher = Launcher(services, ops, translations)
    jobs = services.print_jobs
    if jobs is not None:
        # The worker thread reports through a Qt signal, so screens hear about it on the GUI thread.
        jobs.start_worker(on_change=launcher.bus.print_event.emit)
    if services.sync is not None:
        # docs/ARCHITECTURE.md, Sync: at start-up, items a crash left in flight go back to pending (uploads
        # are idempotent),
        # also when the counter is not connected (then no pump starts to do it) and before anyone signs in.
        ops.run_write(services.sync.store.recover_in_flight)
    launcher.start()
    try:
        code = app.exec()
    finally:
        ops.shutdown()
        services.close()  # stops the print worker first
        sys.excepthook = previous_hook
    log.info("GUI closed")
    return int(code)
