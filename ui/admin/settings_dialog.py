"""Settings: language, idle lock, tracking address, extra holidays and users (administrator), about.

Everyone may change the language; the station-wide settings, holidays and users are the administrator's
(the services check the permission again; this dialog only hides what the role may not do).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.config import Settings
from app.domain.roles import Permission
from app.domain.thaidate import bangkok_date
from app.services.types import Changes
from ui.admin.connect_tab import ConnectTab
from ui.admin.help_menu import about_html
from ui.admin.users_tab import UsersTab
from ui.env import UiEnv
from ui.fields.be_date_edit import BeDateEdit
from ui.fields.field import ERROR_STYLE, FieldBox
from ui.formatting import show_date
from ui.i18n import Language
from ui.messages import error_text
from ui.ops import on_known_error


class SettingsDialog(QDialog):
    """Edits the counter's settings; ``language_changed`` when a new language was saved."""

    language_changed = Signal(str)
    saved = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._admin = env.user.can(Permission.MANAGE_STATION)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("ตั้งค่า"))
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        lay.addWidget(self.tabs, 1)
        self._build_general()
        self.users_tab: UsersTab | None = None
        if env.user.can(Permission.MANAGE_USERS):
            self.users_tab = UsersTab(env, self.tabs)
            self.tabs.addTab(self.users_tab, self.tr("ผู้ใช้"))
        self.connect_tab: ConnectTab | None = None
        if self._admin and env.services.sync is not None:
            self.connect_tab = ConnectTab(env, self.tabs)
            self.tabs.addTab(self.connect_tab, self.tr("เชื่อมต่อศูนย์"))
            # Connecting may point the receipts' QR at the center's tracking page: show what was saved, so
            # "save" here does not put the old address back.
            self.connect_tab.connected.connect(
                lambda _s: self.tracking_url.setText(env.settings.tracking_base_url)
            )
        if self._admin:
            self._build_holidays()
        self._build_about()
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("บันทึก"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("settings_save")
        buttons.addButton(self.tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(760, 520)

    def show_tab(self, tab: QWidget | None) -> None:
        """Brings a tab to the front (the first-run path opens the users tab, "sync now" the connection)."""
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def new_officer(self) -> None:
        """The first-run path: the users tab, ready for a counter officer's account."""
        if self.users_tab is not None:
            self.show_tab(self.users_tab)
            self.users_tab.start_new_officer()

    # ------------------------------------------------------------------ general
    def _build_general(self) -> None:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        settings = self._env.settings
        self.language = QComboBox(page)
        self.language.setObjectName("language")
        self.language.addItem("ภาษาไทย", Language.THAI.value)
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("ภาษาที่ใช้แสดง"), self.language)
        self.idle_minutes = QSpinBox(page)
        self.idle_minutes.setObjectName("idle_lock_minutes")
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" นาที"))
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.idle_minutes.setEnabled(self._admin)
        form.addRow(self.tr("ล็อกหน้าจอเมื่อไม่ใช้งานนาน"), self.idle_minutes)
        self.tracking_url = QLineEdit(settings.tracking_base_url, page)
        self.tracking_url.setObjectName("tracking_base_url")
        self.tracking_url.setEnabled(self._admin)
        self.tracking_url_box = FieldBox("tracking_base_url", self.tracking_url, page)
        form.addRow(self.tr("ที่อยู่เว็บติดตามเรื่อง (ใน QR)"), self.tracking_url_box)
        station = QLabel(settings.station_code, page)
        form.addRow(self.tr("รหัสจุดบริการ"), station)
        if self._admin and self._env.services.print_jobs is not None:
            printer = QPushButton(self.tr("ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง…"), page)
            printer.setObjectName("open_printer_settings")
            printer.setAutoDefault(False)
            printer.clicked.connect(self._open_printer_settings)
            form.addRow(self.tr("เครื่องพิมพ์"), printer)
        if not self._admin:
            note = QLabel(self.tr("การตั้งค่าอื่นทำได้โดยผู้ดูแลระบบเท่านั้น"), page)
            note.setWordWrap(True)
            form.addRow(note)
        self.tabs.addTab(page, self.tr("ทั่วไป"))

    def _open_printer_settings(self) -> None:
        from ui.admin.printer_settings import PrinterSettingsDialog

        dialog = PrinterSettingsDialog(self._env, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_settings(self) -> Settings:
        """The settings as edited here (the current ones with this dialog's values)."""
        current = self._env.settings
        return dataclasses.replace(
            current,
            language=str(self.language.currentData()),
            idle_lock_minutes=self.idle_minutes.value() if self._admin else current.idle_lock_minutes,
            tracking_base_url=self.tracking_url.text().strip() if self._admin else current.tracking_base_url,
        )

    def save(self) -> None:
        """Writes ``settings.toml`` in the background; a new language is applied by the main window."""
        new = self.new_settings()
        url = new.tracking_base_url
        if not (url.startswith("https://") or url.startswith("http://")):
            self.tracking_url_box.set_error(self.tr("ที่อยู่เว็บต้องขึ้นต้นด้วย https://"))
            return
        self.tracking_url_box.set_error("")
        old_language = self._env.settings.language
        settings, user = self._env.services.settings, self._env.user
        changes: dict[str, object] = {"language": new.language}
        if self._admin:
            changes.update(idle_lock_minutes=new.idle_lock_minutes, tracking_base_url=new.tracking_base_url)

        def write() -> Changes:
            # The service checks the permission, validates, writes settings.toml and audits the change.
            return settings.update(user, **changes)

        def done(_r: Changes) -> None:
            self.saved.emit()
            if new.language != old_language:
                self.language_changed.emit(new.language)
            self.accept()

        self._env.ops.run_write(write, done, self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        on_known_error(self.error.setText, os_error=error_text("disk_full"))(exc)

    # ------------------------------------------------------------------ holidays
    def _build_holidays(self) -> None:
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(self.tr("วันหยุดพิเศษนอกเหนือจากวันหยุดราชการประจำปี ใช้คำนวณวันกำหนดแจ้งผล"), page))
        self.holidays = QTableWidget(0, 2, page)
        self.holidays.setObjectName("holidays_table")
        self.holidays.setHorizontalHeaderLabels([self.tr("วันที่"), self.tr("ชื่อวันหยุด")])
        self.holidays.verticalHeader().setVisible(False)
        self.holidays.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidays.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidays.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.holidays, 1)
        row = QHBoxLayout()
        self.holiday_date = BeDateEdit(page)
        self.holiday_date.setObjectName("holiday_date")
        clock = self._env.services.ctx.clock
        self.holiday_date.today = lambda: bangkok_date(clock())
        self.holiday_date.set_value(bangkok_date(clock()))
        row.addWidget(self.holiday_date)
        self.holiday_name = QLineEdit(page)
        self.holiday_name.setObjectName("holiday_name")
        self.holiday_name.setPlaceholderText(self.tr("ชื่อวันหยุด เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี"))
        row.addWidget(self.holiday_name, 1)
        add = QPushButton(self.tr("เพิ่ม"), page)
        add.setObjectName("add_holiday")
        add.setAutoDefault(False)
        add.clicked.connect(self._add_holiday)
        row.addWidget(add)
        remove = QPushButton(self.tr("ลบที่เลือก"), page)
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_holiday)
        row.addWidget(remove)
        lay.addLayout(row)
        self.tabs.addTab(page, self.tr("วันหยุดพิเศษ"))
        self._days: list[date] = []
        self._load_holidays()

    def _load_holidays(self) -> None:
        holidays = self._env.services.holidays
        self._env.ops.run_read(holidays.list, self._holidays_arrived, self._failed, owner=self)

    def _holidays_arrived(self, rows: list[tuple[date, str]]) -> None:
        self._days = [d for d, _n in rows]
        self.holidays.setRowCount(len(rows))
        for n, (day, name) in enumerate(rows):
            self.holidays.setItem(n, 0, QTableWidgetItem(show_date(day)))
            self.holidays.setItem(n, 1, QTableWidgetItem(name))

    def _add_holiday(self) -> None:
        day = self.holiday_date.value()
        if day is None:
            self.holiday_date.setFocus()
            return
        name = self.holiday_name.text().strip()
        holidays, actor = self._env.services.holidays, self._env.user
        self._env.ops.run_write(
            lambda: holidays.add(actor, day, name),
            lambda _c: self._holiday_added(),
            self._failed,
            owner=self,
        )

    def _holiday_added(self) -> None:
        self.holiday_name.clear()
        self._load_holidays()

    def _remove_holiday(self) -> None:
        row = self.holidays.currentRow()
        if not 0 <= row < len(self._days):
            return
        day = self._days[row]
        holidays, actor = self._env.services.holidays, self._env.user
        self._env.ops.run_write(
            lambda: holidays.remove(actor, day), lambda _c: self._load_holidays(), self._failed, owner=self
        )

    # ------------------------------------------------------------------ about
    def _build_about(self) -> None:
        page = QTextBrowser(self.tabs)
        page.setObjectName("about")
        page.setOpenExternalLinks(False)
        page.setHtml(self.about_html())
        self.tabs.addTab(page, self.tr("เกี่ยวกับ"))

    def about_html(self) -> str:
        """The about text: the program, and the credits its data and font licences require."""
        return about_html()
