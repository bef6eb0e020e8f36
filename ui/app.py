"""Start-up of the counter GUI: ``run_gui(home)`` (called by ``psc-counter`` with no command).

QApplication, the bundled Sarabun font as the application font, Thai by default (the English translator
when the settings say ``en``), the crash dialog hook and Qt's messages in the log; then the sign-in dialog
at once while the counter home opens behind it (``ui.session.startup``), or the first-run wizard when the
station is not set up, and the main window, again and again until the officer quits.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.config import load_settings, resolve_home
from app.logs import LOG_FILE
from app.services.types import CurrentUser, KnownError
from ui.crash_dialog import install_excepthook, route_qt_messages
from ui.env import ChangeBus, UiEnv
from ui.fonts import app_icon, apply_app_font
from ui.i18n import Translations
from ui.ops import Ops, on_known_error
from ui.session.login_dialog import LoginDialog
from ui.session.startup import Startup, warm_main_window

# Imported when first needed, not before the sign-in window shows (docs/ARCHITECTURE.md, Start-up).
if TYPE_CHECKING:
    from app.services import Services
    from ui.main_window import MainWindow
    from ui.session.prebuild import Spares
    from ui.session.wizard import SetupWizard

# ``Qt`` (the namespace) is imported where used: naming it builds every enum of Qt's namespace (~25 ms),
# which the sign-in window's first paint does not need (docs/ARCHITECTURE.md, Start-up).

log = logging.getLogger("psc.ui")

HOLD_MAX_MS = 2000
"""The longest the background work asked for by a new main window waits for its first paint (a platform
that never paints a window must not keep the reads back)."""


def _show_known_error(exc: KnownError) -> None:
    from ui.messages import error_text

    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("App", "ทำรายการไม่สำเร็จ"),
        error_text(exc.code),
    )


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
        self._early: LoginDialog | None = None
        self._imports_ready = True
        self._waiting: CurrentUser | None = None
        # Empty parts of the main window built while the officer types (made once the home is open).
        from ui.session.prebuild import Spares

        self.spares: Spares = Spares(services, ops, translations, self)

    def start(self, early: LoginDialog | None = None) -> None:
        """First run → wizard; otherwise → sign-in (asked in the background, like every database read).

        ``early``: the sign-in dialog already on screen since start-up (``ui.session.startup``), perhaps
        with a sign-in under way; it stays instead of a new one.
        """
        self._early = early
        if early is not None:
            self.dialog = early
            early.finished.connect(lambda code: self._login_done(early, code))
            self._watch_sign_in(early)
        self.ops.run_read(self.services.auth.is_initialized, self._started)

    def warming(self) -> None:
        """The main window's modules are being imported on a worker: a sign-in waits for ``warmed``
        instead of importing them on the GUI thread (which would block on the worker's import lock)."""
        self._imports_ready = False

    def warmed(self, _result: object = None) -> None:
        """The warm-up is over: a session waiting for it opens now."""
        self._imports_ready = True
        user, self._waiting = self._waiting, None
        if user is not None:
            self.show_main(user)
        elif isinstance(self.dialog, LoginDialog) and self.window is None and not self.dialog.busy:
            self.spares.prepare()

    def _started(self, initialized: bool) -> None:
        early, self._early = self._early, None
        if early is not None and initialized:
            # The dialog is up (perhaps signed in and gone by now: then the name is dropped).
            name = on_known_error(lambda _text: None)  # no station name to show: sign-in works without
            self.ops.run_read(self.services.auth.station, lambda st: early.set_station(st.name), name, early)
            return
        if not initialized:
            if early is not None:  # a station never set up (a first run that stopped): the wizard
                early.finished.disconnect()
                early.close()
            from PySide6.QtCore import Qt

            from ui.session.wizard import SetupWizard

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
        from PySide6.QtCore import Qt

        dialog = LoginDialog(self.ops, self.services.auth, station)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self._login_done(dialog, code))
        self._watch_sign_in(dialog)
        self.dialog = dialog
        dialog.show()
        if self._imports_ready:
            self.spares.prepare()

    def _watch_sign_in(self, dialog: LoginDialog) -> None:
        # While the password is checked, the GUI thread stays free for the main window: no spare is
        # built then; a refused password lets the building go on.
        dialog.submitted.connect(self.spares.hold)
        dialog.refused.connect(lambda: self.spares.prepare() if self._imports_ready else None)

    def _login_done(self, dialog: LoginDialog, code: int) -> None:
        if code != QDialog.DialogCode.Accepted or dialog.user is None:
            QApplication.quit()
            return
        self.show_main(dialog.user)

    def show_main(self, user: CurrentUser) -> None:
        """The main window of a signed-in session."""
        if not self._imports_ready:
            self._waiting = user
            return
        from PySide6.QtCore import Qt

        from ui.main_window import MainWindow
        from ui.session.prebuild import after_first_paint

        self.spares.hold()
        # The pages' first reads (the draft, the officer's due cases…) start after the window's first
        # paint: on a worker meanwhile, they would take the interpreter from the GUI thread building it.
        self.ops.hold()
        env = UiEnv(
            services=self.services,
            ops=self.ops,
            user=user,
            translations=self.translations,
            bus=self.bus,
            take_spare=self.spares.take,
        )
        window = MainWindow(env, status_after_paint=True)
        after_first_paint(window, self.ops.release)
        QTimer.singleShot(HOLD_MAX_MS, self.ops.release)
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
    apply_app_font(app, all_styles=False)  # the other styles after the first paint (ui.session.startup)
    app.setWindowIcon(app_icon())
    resolved = resolve_home(home)
    previous_hook = install_excepthook(resolved / "logs" / LOG_FILE)

    translations = Translations()
    translations.set_language(_language(resolved))
    ops = Ops(known_error_handler=_show_known_error)
    startup = Startup(resolved, ops)

    def opened(services: Services) -> None:
        translations.set_language(services.ctx.settings.language)
        launcher = Launcher(services, ops, translations)
        jobs = services.print_jobs
        if jobs is not None:
            # The worker thread reports through a Qt signal, so screens hear about it on the GUI thread.
            jobs.start_worker(on_change=launcher.bus.print_event.emit)
        launcher.warming()
        # Done or failed, the sign-in may go on: a broken import raises again (to the crash dialog) when the
        # main window is built on the GUI thread.
        ops.run_read(lambda: warm_main_window(services), launcher.warmed, launcher.warmed)
        launcher.start(startup.take_dialog())
        launchers.append(launcher)  # the only reference: it lives as long as the program
        app.aboutToQuit.connect(lambda: launcher.spares.clear(now=True))

    launchers: list[Launcher] = []
    startup.opened.connect(opened)
    startup.start()
    try:
        code = app.exec()
    finally:
        ops.shutdown()
        startup.close()  # the services, if opened (stops the print worker first)
        sys.excepthook = previous_hook
    log.info("GUI closed")
    return int(code)


def _language(home: Path) -> str:
    """The language of the settings file, for the sign-in window shown before the database is open."""
    try:
        return load_settings(home).language
    except (OSError, ValueError, KnownError):  # unreadable: Thai now; opening the home reports it
        return "th"
