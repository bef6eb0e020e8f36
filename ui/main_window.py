"""The main window: navigation between pages, the status bar, the idle screen lock, sign-out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPointerEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.types import StationInfo
from ui.admin.help_menu import install_help_menu
from ui.admin.roles import role_text
from ui.admin.settings_dialog import SettingsDialog
from ui.env import UiEnv
from ui.fields.focus_flow import fit_small_screen
from ui.i18n import Language
from ui.pages import PAGES, PageSpec
from ui.session.first_run import FirstRunGuide
from ui.session.lock_dialog import LockDialog
from ui.session.prebuild import after_first_paint
from ui.status.backup_status import BackupStatusWidget
from ui.status.identity import ElidedLabel, station_text
from ui.status.print_status import PrintStatusWidget
from ui.status.sync_status import SyncStatusWidget
from ui.supervisor.privacy_page import DailyPurge

log = logging.getLogger("psc.ui")

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class MainWindow(QMainWindow):
    """One signed-in session. ``logged_out`` when the officer signs out (or switches user at the lock).

    ``status_after_paint``: the status bar's lines (printer, sync, backup: each starts a background read) and
    the station's name come in the turn after the window's first paint, so the officer who just signed in
    sees the first page sooner (the session cycle, ``ui.app.Launcher``, asks for it; docs/ARCHITECTURE.md,
    Start-up).
    """

    logged_out = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, env: UiEnv, parent: QWidget | None = None, *, status_after_paint: bool = False
    ) -> None:
        super().__init__(parent)
        self.env = env
        self._settled = not status_after_paint
        self.setObjectName("main_window")
        self._station: StationInfo | None = None
        self._lock_dialog: LockDialog | None = None
        self._hidden_dialogs: list[QDialog] = []
        self._logging_out = False
        self._built: dict[str, QWidget] = {}  # the pages built so far (a page is built when first shown)
        self._specs: list[PageSpec] = []

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(lambda: self.lock(idle=True))
        self.set_idle_minutes(env.settings.idle_lock_minutes)
        # A disabled or re-roled account: sign out (drafts kept) so the sign-in dialog comes back.
        env.ops.session_ended.connect(self.logout)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        from ui.fields.devices import CounterDevices

        self.devices = CounterDevices(self, env)  # ID-card reader, barcode/QR scanner
        self._build()
        if status_after_paint:
            after_first_paint(self, self._settle)
        else:
            self._load_station()
        self.first_run = FirstRunGuide(env, self, self)  # no counter officer yet: say so, offer to create one
        self.daily_purge = DailyPurge(env, self)  # PDPA retention, off the GUI thread, whoever signs in
        self.resize(1366, 768)
        fit_small_screen(self)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        side = QVBoxLayout()
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        side.addWidget(self.nav, 1)
        self.settings_button = QPushButton(central)
        self.settings_button.setObjectName("open_settings")
        self.settings_button.clicked.connect(self.open_settings)
        side.addWidget(self.settings_button)
        self.lock_button = QPushButton(central)
        self.lock_button.clicked.connect(lambda: self.lock())  # noqa: PLW0108 - not clicked(bool) into lock()
        side.addWidget(self.lock_button)
        self.logout_button = QPushButton(central)
        self.logout_button.setObjectName("logout")
        self.logout_button.clicked.connect(self.logout)
        side.addWidget(self.logout_button)
        lay.addLayout(side)
        self.stack = QStackedWidget(central)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.help_menu = install_help_menu(self, self.env)
        self.nav.currentRowChanged.connect(self._show_row)

        # The user's name stays whole; the station gives way ("…") when the bar is full (ui.status.identity).
        self.user_label = ElidedLabel(self, keep_whole=True)
        self.user_label.setObjectName("status_user")
        self.station_label = ElidedLabel(self)
        self.station_label.setObjectName("status_station")
        self.language_label = QLabel(self)
        self.busy_label = QLabel(self)
        bar = self.statusBar()
        bar.addWidget(self.user_label)
        bar.addWidget(self.station_label, 1)
        bar.addPermanentWidget(self.busy_label)
        self._status_widgets: list[QWidget] = []
        self.env.ops.busy_changed.connect(self._busy)

        lock = QShortcut(QKeySequence("Ctrl+L"), self)
        lock.activated.connect(self.lock)
        self._shortcuts: list[QShortcut] = []
        self._build_pages()

    def _settle(self) -> None:
        self._settled = True
        self._build_status_widgets()
        self._load_station()

    def _build_status_widgets(self) -> None:
        """(Re)creates the printer and sync lines of the status bar (they hold translated text)."""
        bar = self.statusBar()
        for widget in self._status_widgets:
            bar.removeWidget(widget)
            widget.deleteLater()
        self._status_widgets = []
        if self.env.services.print_jobs is not None:
            self._status_widgets.append(PrintStatusWidget(self.env, self))
        if self.env.services.sync is not None:
            sync_line = SyncStatusWidget(self.env, self)
            sync_line.connect_requested.connect(self.open_connect_settings)
            self._status_widgets.append(sync_line)
        if self.env.services.backups is not None:
            self._status_widgets.append(BackupStatusWidget(self.env, self))
        self._status_widgets.append(self.language_label)
        for widget in self._status_widgets:
            bar.addPermanentWidget(widget)
            widget.show()
        self._status_widgets.remove(self.language_label)

    def _build_pages(self) -> None:
        """(Re)creates every page the user may see, and every text, in the current language."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._shortcuts = []
        self._specs = []  # clearing the navigation moves its current row: no page is built meanwhile
        for page in self._built.values():
            page.close()
            self.stack.removeWidget(page)
            page.deleteLater()
        self._built.clear()
        while (placeholder := self.stack.widget(0)) is not None:  # the placeholders of pages never shown
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.nav.clear()
        self._specs = [s for s in PAGES if s.permission is None or self.env.user.can(s.permission)]
        for n, spec in enumerate(self._specs):
            # A page is built when first shown (or asked for by ``page``): signing in builds only the first,
            # not all seven before the window shows (docs/ARCHITECTURE.md, Start-up).
            self.stack.addWidget(QWidget(self.stack))
            title = QCoreApplication.translate("Pages", spec.title)
            item = QListWidgetItem(f"{title}  ({spec.shortcut})" if spec.shortcut else title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            if spec.shortcut:
                shortcut = QShortcut(QKeySequence(spec.shortcut), self)
                shortcut.activated.connect(lambda row=n: self.nav.setCurrentRow(row))
                self._shortcuts.append(shortcut)
        if self._specs:
            self.nav.setCurrentRow(0)
        if self._settled:
            self._build_status_widgets()
        self.devices.refresh()
        self.settings_button.setText(self.tr("ตั้งค่า"))
        self.lock_button.setText(self.tr("ล็อกหน้าจอ (Ctrl+L)"))
        self.logout_button.setText(self.tr("ออกจากระบบ"))
        self._update_status()

    def _update_status(self) -> None:
        user = self.env.user
        role = role_text(user.role)
        self.user_label.setText(self.tr("ผู้ใช้: %1 (%2)").replace("%1", user.display_name).replace("%2", role))
        station = self._station
        if station is not None:
            self.station_label.setText(station_text(station.code, station.name))
            self.setWindowTitle(self.tr("PSC Counter — %1").replace("%1", station.name))
        else:
            self.setWindowTitle(self.tr("PSC Counter"))
        language = self.env.translations.language
        self.language_label.setText("ภาษาไทย" if language is Language.THAI else "English")

    def _load_station(self) -> None:
        auth = self.env.services.auth
        self.env.ops.run_read(auth.station, self._station_arrived, owner=self)

    def _station_arrived(self, station: StationInfo) -> None:
        self._station = station
        self._update_status()

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("กำลังทำงาน…") if busy else "")

    # ------------------------------------------------------------------ pages
    @property
    def pages(self) -> dict[str, QWidget]:
        """Every page the user may see, by key (those not shown yet are built now)."""
        return {spec.key: self._page_at(n) for n, spec in enumerate(self._specs)}

    def page(self, key: str) -> QWidget | None:
        """The page with this key, if the user may see it (built now if it was not yet)."""
        for n, spec in enumerate(self._specs):
            if spec.key == key:
                return self._page_at(n)
        return None

    def _page_at(self, row: int) -> QWidget:
        spec = self._specs[row]
        page = self._built.get(spec.key)
        if page is None:
            page = spec.factory(self.env)
            self._built[spec.key] = page
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.devices.refresh()  # a new page's card panel learns about the reader
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentWidget(self._page_at(row))

    def show_page(self, key: str) -> None:
        """Switches to a page by key."""
        for n, spec in enumerate(self._specs):
            if spec.key == key:
                self.nav.setCurrentRow(n)
                return

    def current_page_key(self) -> str:
        """The key of the page now shown."""
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else ""

    # ------------------------------------------------------------------ settings and language
    def open_settings(self) -> SettingsDialog:
        """Opens the settings dialog (window-modal); returns it (``new_officer``/``show_tab`` pick a tab)."""
        dialog = SettingsDialog(self.env, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.apply_language)
        dialog.saved.connect(lambda: self.set_idle_minutes(self.env.settings.idle_lock_minutes))
        dialog.open()
        return dialog

    def open_connect_settings(self) -> SettingsDialog:
        """Settings at the "connect to the center" tab (an administrator's answer to "not connected")."""
        dialog = self.open_settings()
        dialog.show_tab(dialog.connect_tab)
        return dialog

    def apply_language(self, language: str) -> None:
        """Switches the language live: installs the translator and rebuilds every page.

        Typing on the intake page survives: its draft is written when the page closes and read back by the
        new page (both on the single writer, so in that order).
        """
        key = self.current_page_key()
        if not self.env.translations.set_language(language):
            log.error("language %s not available", language)
        self._build_pages()
        self.show_page(key)

    # ------------------------------------------------------------------ idle lock
    def set_idle_minutes(self, minutes: int) -> None:
        """Locks the screen after this many minutes without keyboard or mouse."""
        self.set_idle_timeout_ms(max(1, minutes) * 60_000)

    def set_idle_timeout_ms(self, ms: int) -> None:
        """The idle time in milliseconds (tests use a short one)."""
        self.idle_timer.setInterval(ms)
        self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key or mouse activity in the application restarts the idle timer."""
        # isinstance first: this sees every event of the application, and type() costs ten times more.
        if (
            isinstance(event, (QKeyEvent, QPointerEvent))
            and event.type() in _ACTIVITY
            and self._lock_dialog is None
            and self.idle_timer.interval() > 0
        ):
            self.idle_timer.start()
        return False

    @property
    def is_locked(self) -> bool:
        """Whether the lock dialog is up."""
        return self._lock_dialog is not None

    def lock(self, *, idle: bool = False) -> LockDialog | None:
        """Covers the session with the lock dialog until the password is typed again; ``idle`` when the
        idle timer locked it (the dialog says why), else the officer locked it (button, Ctrl+L)."""
        if self._lock_dialog is not None or self._logging_out:
            return self._lock_dialog
        self.idle_timer.stop()
        # Unsaved typing goes to the draft before the screen locks (the officer may not come back).
        intake = self._built.get("intake")
        save_draft = getattr(intake, "save_draft", None)
        if callable(save_draft):
            save_draft()
        dialog = LockDialog(self.env.ops, self.env.services.auth, self.env.user, self, idle=idle)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._unlocked)
        dialog.logout_requested.connect(self.logout)
        self._lock_dialog = dialog
        # Nothing of the last citizen stays on screen: the pages, and any dialog open over them (amend).
        self.stack.setVisible(False)
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible() and d is not dialog]
        for other in self._hidden_dialogs:
            other.hide()
        dialog.open()
        log.info("screen locked (%s)", "idle" if idle else "by the user")
        self.locked.emit()
        return dialog

    def _unlocked(self) -> None:
        self._lock_dialog = None
        self.stack.setVisible(True)
        for other in self._hidden_dialogs:
            other.show()
        self._hidden_dialogs = []
        self.idle_timer.start()
        log.info("screen unlocked")
        self.unlocked.emit()

    # ------------------------------------------------------------------ sign-out
    def logout(self) -> None:
        """Signs out: pages save their drafts, the service records the sign-out, the window closes."""
        if self._logging_out:
            return
        self._logging_out = True
        self.idle_timer.stop()
        if self._lock_dialog is not None:
            dialog, self._lock_dialog = self._lock_dialog, None
            dialog.done(QDialog.DialogCode.Rejected)
        for page in self._built.values():
            page.close()
        auth, user = self.env.services.auth, self.env.user
        self.env.ops.run_write(
            lambda: auth.logout(user), lambda _r: self._finish_logout(), self._logout_failed
        )

    def _logout_failed(self, exc: Exception) -> None:
        log.warning("sign-out not recorded: %s", type(exc).__name__)
        self._finish_logout()

    def _finish_logout(self) -> None:
        self.logged_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window closes every page (drafts are written) and stops watching for activity."""
        for page in self._built.values():
            page.close()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.devices.stop()
        self.idle_timer.stop()
        super().closeEvent(event)
