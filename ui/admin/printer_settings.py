"""Receipt printer settings: pick or type the printer URI, the paper width and the capability profile; ask
the printer how it is; print a test page (Thai torture line, width ruler, QR) before saving.

Everything that touches the printer or the settings file goes through ``ops`` (the GUI never waits on a
printer); the preview on the right is the test page as the printer will get it (same renderer).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.services.print_jobs import PrintJobService
from app.services.types import Changes
from printing.escpos_out import PrinterStatus, default_profile
from printing.raster import WIDTH_58MM, WIDTH_80MM, render_receipt
from printing.samples import printer_test_page
from ui.env import UiEnv
from ui.messages import QT_TRANSLATE_NOOP
from ui.ops import on_known_error

URI_EXAMPLES = (
    "preview:",
    "tcp://192.168.1.50:9100",
    "usb://04B8:0E15",
    "serial:///dev/ttyUSB0?baudrate=38400",
    "serial://COM3?baudrate=38400",
    "cups://TM-T82",
    "win32://EPSON TM-T82 Receipt",
    "file:///dev/usb/lp0",
)
"""Shapes of printer addresses shown in the list; the officer edits the host, port or name."""

STATUS_TEXT = {
    PrinterStatus.READY: QT_TRANSLATE_NOOP("PrinterSettingsDialog", "พร้อมพิมพ์"),
    PrinterStatus.PAPER_LOW: QT_TRANSLATE_NOOP("PrinterSettingsDialog", "พร้อมพิมพ์ แต่กระดาษใกล้หมด"),
    PrinterStatus.PAPER_OUT: QT_TRANSLATE_NOOP("PrinterSettingsDialog", "กระดาษหมด"),
    PrinterStatus.COVER_OPEN: QT_TRANSLATE_NOOP("PrinterSettingsDialog", "ฝาเครื่องพิมพ์เปิดอยู่"),
    PrinterStatus.OFFLINE: QT_TRANSLATE_NOOP("PrinterSettingsDialog", "เครื่องพิมพ์ไม่พร้อม (ออฟไลน์)"),
    PrinterStatus.UNREACHABLE: QT_TRANSLATE_NOOP(
        "PrinterSettingsDialog", "ติดต่อเครื่องพิมพ์ไม่ได้ ตรวจสอบการเปิดเครื่องและสายเชื่อมต่อ"
    ),
    PrinterStatus.NO_ANSWER: QT_TRANSLATE_NOOP(
        "PrinterSettingsDialog", "เชื่อมต่อได้ แต่เครื่องพิมพ์ไม่ตอบสถานะ (ยังพิมพ์ได้)"
    ),
    PrinterStatus.NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "PrinterSettingsDialog", "การเชื่อมต่อแบบนี้ถามสถานะเครื่องพิมพ์ไม่ได้"
    ),
}


def status_text(status: PrinterStatus) -> str:
    """A printer status in the officer's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PrinterSettingsDialog", STATUS_TEXT[status])


class PrinterSettingsDialog(QDialog):
    """Edits the receipt printer; ``saved`` after the settings were stored."""

    saved = Signal(object)
    """The ``Changes`` of the save."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printer_settings")
        self.setWindowTitle(self.tr("ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง"))
        self._env = env
        jobs = env.services.print_jobs
        assert isinstance(jobs, PrintJobService)
        self._jobs = jobs
        settings = env.settings

        self.uri_combo = QComboBox(self)
        self.uri_combo.setObjectName("printer_uri")
        self.uri_combo.setEditable(True)
        self.uri_combo.addItems(list(URI_EXAMPLES))
        self.uri_combo.setCurrentText(settings.printer_uri)
        self.uri_combo.setToolTip(
            self.tr("เลือกรูปแบบแล้วแก้ที่อยู่ เช่น tcp://ที่อยู่ไอพี:9100 หรือ usb://รหัสผู้ผลิต:รหัสสินค้า")
        )

        self.width_58 = QRadioButton(self.tr("58 มม. (384 จุด)"), self)
        self.width_80 = QRadioButton(self.tr("80 มม. (576 จุด)"), self)
        self.width_58.setObjectName("width_58")
        self.width_80.setObjectName("width_80")
        self._width_group = QButtonGroup(self)
        self._width_group.addButton(self.width_58, WIDTH_58MM)
        self._width_group.addButton(self.width_80, WIDTH_80MM)
        (self.width_58 if settings.printer_width_dots <= WIDTH_58MM else self.width_80).setChecked(True)
        widths = QHBoxLayout()
        widths.addWidget(self.width_58)
        widths.addWidget(self.width_80)
        widths.addStretch(1)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("printer_profile")
        self.profile_combo.addItem(self.tr("อัตโนมัติตามความกว้าง"), "")
        for name, dots in self._jobs.available_profiles():
            label = self.tr("%1 (%2 จุด)").replace("%1", name).replace("%2", str(dots)) if dots else name
            self.profile_combo.addItem(label, name)
        index = self.profile_combo.findData(settings.printer_profile)
        self.profile_combo.setCurrentIndex(max(0, index))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("printer_status")
        self.status_label.setWordWrap(True)
        self.check_button = QPushButton(self.tr("ตรวจสถานะเครื่องพิมพ์"), self)
        self.check_button.setObjectName("check_printer")
        self.test_button = QPushButton(self.tr("พิมพ์หน้าทดสอบ"), self)
        self.test_button.setObjectName("print_test_page")
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.test_button)
        actions.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("ที่อยู่เครื่องพิมพ์"), self.uri_combo)
        form.addRow(self.tr("ความกว้างกระดาษ"), widths)
        form.addRow(self.tr("รุ่นเครื่องพิมพ์"), self.profile_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        may_save = env.user.can(Permission.MANAGE_STATION) or env.user.can(Permission.MANAGE_QUEUE)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(may_save)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(actions)
        left.addWidget(self.status_label)
        left.addStretch(1)
        left.addWidget(self.buttons)

        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("test_page_preview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview_label)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(320)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(scroll, 2)

        self.check_button.clicked.connect(self._check)
        self.test_button.clicked.connect(self._test_page)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._width_group.idToggled.connect(self._width_toggled)
        self.profile_combo.currentIndexChanged.connect(lambda _i: self._refresh_preview())
        self._preview: QImage | None = None
        self._generation = 0
        self._refresh_preview()
        self._env.ops.run_read(self._jobs.spooler_queues, self._queues_arrived, owner=self)

    # ------------------------------------------------------------------ values
    def uri(self) -> str:
        """The printer address as typed."""
        return self.uri_combo.currentText().strip()

    def width_dots(self) -> int:
        """The chosen paper width in dots."""
        return WIDTH_58MM if self.width_58.isChecked() else WIDTH_80MM

    def profile(self) -> str:
        """The chosen capability profile ("" = by width)."""
        return str(self.profile_combo.currentData() or "")

    @property
    def preview_image(self) -> QImage | None:
        """The test page as rendered for the chosen width (None until it arrives)."""
        return self._preview

    # ------------------------------------------------------------------ actions
    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.test_button):
            button.setEnabled(not busy)

    def _show_error(self, exc: Exception) -> None:
        self._busy(False)
        on_known_error(self.status_label.setText)(exc)

    def _check(self) -> None:
        uri, jobs = self.uri(), self._jobs
        self._busy(True)
        self.status_label.setText(self.tr("กำลังถามสถานะเครื่องพิมพ์…"))
        self._env.ops.run_read(
            lambda: jobs.printer_status(uri), self._status_arrived, self._show_error, owner=self
        )

    def _status_arrived(self, status: PrinterStatus) -> None:
        self._busy(False)
        self.status_label.setText(self.tr("สถานะ: %1").replace("%1", status_text(status)))

    def _test_page(self) -> None:
        uri, width, profile, jobs = self.uri(), self.width_dots(), self.profile(), self._jobs
        self._busy(True)
        self.status_label.setText(self.tr("กำลังพิมพ์หน้าทดสอบ…"))
        self._env.ops.run_write(
            lambda: jobs.print_test_page(uri, width, profile),
            self._test_printed,
            self._show_error,
            owner=self,
        )

    def _test_printed(self, status: PrinterStatus) -> None:
        self._busy(False)
        if status is PrinterStatus.NOT_SUPPORTED and self.uri().startswith("preview"):
            self.status_label.setText(self.tr("โหมดแสดงตัวอย่าง: ดูหน้าทดสอบทางขวา"))
            return
        self.status_label.setText(
            self.tr("ส่งหน้าทดสอบแล้ว ตรวจว่าอักษรไทยครบและขีดวัดความกว้างเต็มแผ่น (%1)").replace(
                "%1", status_text(status)
            )
        )

    def _save(self) -> None:
        uri, width, profile, jobs, user = (
            self.uri(),
            self.width_dots(),
            self.profile(),
            self._jobs,
            self._env.user,
        )
        self._env.ops.run_write(
            lambda: jobs.save_printer(user, uri, width, profile), self._saved, self._show_error, owner=self
        )

    def _saved(self, changes: Changes) -> None:
        self._env.bus.announce(changes)
        self.saved.emit(changes)
        self.accept()

    def _queues_arrived(self, uris: list[str]) -> None:
        """Adds the OS spooler's queues (asked off the GUI thread) to the list, keeping what was typed."""
        typed = self.uri_combo.currentText()
        for uri in uris:
            if self.uri_combo.findText(uri) < 0:
                self.uri_combo.addItem(uri)
        self.uri_combo.setCurrentText(typed)

    def _width_toggled(self, _button_id: int, checked: bool) -> None:
        if checked:
            self._refresh_preview()

    def _refresh_preview(self) -> None:
        width, uri = self.width_dots(), self.uri()
        profile = self.profile() or default_profile(width)

        self._generation += 1
        generation = self._generation

        def render() -> QImage:
            return render_receipt(printer_test_page(width, uri, profile), width)

        self._env.ops.run_read(
            render, lambda image: self._preview_arrived(generation, image), self._show_error, owner=self
        )

    def _preview_arrived(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # an older render (renders run in parallel) must not replace the newer one
        self._preview = image
        # Half size: a receipt is tall; the scroll area shows the rest.
        pixmap = QPixmap.fromImage(image).scaledToWidth(
            max(1, image.width() // 2), Qt.TransformationMode.SmoothTransformation
        )
        self.preview_label.setPixmap(pixmap)
