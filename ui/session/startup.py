"""Start-up of the counter GUI: the sign-in window first, everything else while the officer types
(docs/ARCHITECTURE.md, Start-up).

``ui.app.run_gui`` makes the application (font, translator from the settings file, crash hook) and starts a
``Startup``:

1. When the counter home has a database, the sign-in dialog shows at once. It needs Qt, the error texts and
   ``ui.ops`` only: SQLAlchemy, Alembic, the services, sync, printing and the PDF stack are not imported yet
   (``tests/ui/test_startup_imports.py`` checks it in a fresh process).
2. After the dialog's first paint, the writer thread opens the home (``open_counter``: imports, key,
   integrity check, migrations, sync items left in flight). A sign-in typed before that is over runs after
   it on the same single writer thread (``DeferredAuth``); the GUI thread never waits for either.
3. ``opened`` hands the services to the session cycle (``ui.app.Launcher``), which keeps the dialog on
   screen, and ``warm_main_window`` imports the main window and its pages on a reader thread, so the main
   window is built as soon as the password is right.

No database yet: nothing shows until the home is open, then the first-run wizard. A missing key or a
damaged database: the early dialog closes, the recovery questions are asked (``ask_recovery``), and the
home is opened again.
"""

from __future__ import annotations

import dis
import importlib
import logging
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.services.startup import has_database, open_counter, recover_key
from app.services.types import CurrentUser, KnownError
from ui.fonts import register_other_styles
from ui.ops import Ops, on_known_error
from ui.session.login_dialog import LoginDialog

if TYPE_CHECKING:
    from app.services import Services

log = logging.getLogger("psc.ui")

RECOVERY_TRIES = 3
"""Recovery codes offered before giving up (a typo is likely; a wrong code three times is not)."""

FIRST_PAINT_WAIT_S = 2.0
"""How long the opening waits for the sign-in dialog's first paint before it starts anyway (a platform
that never paints a hidden or minimised window must still open the database)."""

MAIN_WINDOW_MODULES = ("ui.main_window", "ui.fields.devices")
"""Imported by the warm-up besides the pages' own modules (``page_modules``)."""


class DeferredAuth:
    """Sign-in against services that are still being opened.

    ``login_at_counter`` runs on the writer thread (``LoginDialog`` submits it with ``Ops.run_write``),
    where the opening job was submitted first, so the opening is over when it runs.
    """

    def __init__(self, opening: Future[Services]) -> None:
        self._opening = opening

    def login_at_counter(self, username: str, password: str) -> CurrentUser:
        """The real sign-in (constant time for unknown users, lock-out), once the home is open; a failed
        opening raises its error here too (the dialog is being closed for the recovery questions)."""
        services = self._opening.result(timeout=0)  # done: submitted before us on the single writer
        return services.auth.login_at_counter(username, password)

    def change_own_password(self, user: CurrentUser, old_password: str, new_password: str) -> CurrentUser:
        """The forced change of a temporary password at sign-in (the home is open: the user signed in)."""
        services = self._opening.result(timeout=0)
        return services.auth.change_own_password(user, old_password, new_password)


class _Abandoned(Exception):
    """The officer left before the opening began (the sign-in dialog's ออก)."""


def _delete_on_close(widget: QWidget) -> None:
    from PySide6.QtCore import Qt  # not at import: see _FirstPaint

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class _FirstPaint(QObject):
    """Sets ``then`` once, at the first paint of ``widget``, and makes the widget delete itself on close
    (``Qt.WidgetAttribute`` named before the paint would build every enum of Qt's namespace, ~25 ms)."""

    def __init__(self, widget: QWidget, then: threading.Event) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Sets the event at the first paint and stops watching."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if isinstance(watched, QWidget):
                _delete_on_close(watched)
            self._then.set()
        return False


class Startup(QObject):
    """Shows the sign-in dialog, opens the counter home behind it, and says when the services are ready."""

    opened = Signal(object)
    """The ``Services`` of the open home (on the GUI thread); then ``take_dialog`` gives the early dialog."""

    def __init__(self, home: Path, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.ops = ops
        self.dialog: LoginDialog | None = None
        self._opening: Future[Services] = Future()
        self._painted = threading.Event()
        self._abandoned = False
        self._tries = 0

    # ------------------------------------------------------------------ public
    def start(self) -> None:
        """The sign-in dialog now (when the home has a database), the opening after its first paint."""
        if has_database(self.home):
            dialog = LoginDialog(self.ops, DeferredAuth(self._opening))  # deleted on close: _FirstPaint
            dialog.finished.connect(self._early_finished)
            _FirstPaint(dialog, self._painted)
            self.dialog = dialog
            dialog.show()
        else:
            self._painted.set()  # first run: no window to wait for
        self._open()

    def take_dialog(self) -> LoginDialog | None:
        """The early sign-in dialog, still open, for the session cycle to keep (None when there is none)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._early_finished)
            _delete_on_close(dialog)  # already, unless it never painted
        return dialog

    def close(self) -> None:
        """Closes the services if they were opened (at exit, after ``Ops.shutdown``)."""
        self._abandoned = True
        self._painted.set()
        opening = self._opening
        if opening.done() and opening.exception() is None:
            opening.result().close()

    # ------------------------------------------------------------------ opening
    def _open(self) -> None:
        opening, painted = self._opening, self._painted

        def job() -> Services:
            # On the writer thread: wait for the window to be on screen, so the imports below do not delay
            # its first paint; then the slow part.
            painted.wait(FIRST_PAINT_WAIT_S)
            try:
                if self._abandoned:
                    raise _Abandoned
                register_other_styles()  # Sarabun's medium, light, italic… (the window needed two styles)
                services = open_counter(self.home)
            except BaseException as exc:
                opening.set_exception(exc)
                raise
            opening.set_result(services)
            return services

        self.ops.run_write(job, self._opened, self._open_failed)

    def _opened(self, services: Services) -> None:
        log.info("counter home open")
        self.opened.emit(services)

    def _open_failed(self, exc: Exception) -> None:
        if isinstance(exc, _Abandoned):
            return
        self._drop_dialog()
        try:
            on_known_error(lambda _text: None, also=self._recover)(exc)
        except Exception:  # a bug: the crash dialog shows it, and without a home the program ends
            QApplication.exit(1)
            raise

    def _recover(self, exc: KnownError) -> None:
        log.warning("counter home not opened: %s", exc.code)
        if self._tries < RECOVERY_TRIES and ask_recovery(self.home, exc):
            self._tries += 1
            self._opening = Future()
            self._painted.set()
            self._open()
            return
        QApplication.exit(1)

    def _early_finished(self, _code: int) -> None:
        # Closed before the home was open: the officer chose ออก (a sign-in cannot succeed before that).
        self.dialog = None
        self._abandoned = True
        self._painted.set()
        QApplication.quit()

    def _drop_dialog(self) -> None:
        dialog = self.take_dialog()
        if dialog is not None:
            dialog.close()


def ask_recovery(home: Path, exc: KnownError) -> bool:
    """After a failed opening: the newest good backup for a damaged database, the recovery code for a
    missing key; True when the home should be opened again. Other errors are shown and end the program."""
    from ui.messages import error_text

    if exc.code == "database_damaged":
        # Offer the newest good backup and the center's acknowledged records (ui.session).
        from ui.session.recovery_dialog import offer_recovery

        return offer_recovery(home)
    if exc.code != "database_key_missing":
        QMessageBox.critical(None, QCoreApplication.translate("App", "เปิดฐานข้อมูลไม่ได้"), error_text(exc.code))
        return False
    code, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("App", "ต้องใช้รหัสกู้คืน"),
        QCoreApplication.translate("App", "ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ กรุณากรอกรหัสกู้คืนที่เก็บไว้ในตู้นิรภัย"),
        QLineEdit.EchoMode.Normal,
    )
    if not ok:
        return False
    try:
        recover_key(home, code)
    except KnownError as rec_exc:
        QMessageBox.warning(None, QCoreApplication.translate("App", "รหัสกู้คืน"), error_text(rec_exc.code))
    return True


def page_modules() -> list[str]:
    """The modules the main window's page factories import when they run (read from their bytecode, so a
    page added to ``ui.pages.PAGES`` is warmed without another list to keep)."""
    from ui.pages import PAGES

    found: list[str] = []
    for spec in PAGES:
        for ins in dis.get_instructions(spec.factory):
            if ins.opname == "IMPORT_NAME" and isinstance(ins.argval, str) and ins.argval not in found:
                found.append(ins.argval)
    return found


def warm_main_window(services: Services | None = None) -> None:
    """Imports the main window and every page's module (on a reader thread, while the officer types), and
    asks whether a card reader can exist, which imports pyscard (~0.1 s the main window would otherwise
    spend on the GUI thread when its card watcher starts)."""
    for name in (*MAIN_WINDOW_MODULES, *page_modules()):
        importlib.import_module(name)
    readers = services.card_reader if services is not None else None
    if readers is not None:
        _ = readers.available
