"""First-run set-up: station, first administrator, and the recovery code shown once (docs/ARCHITECTURE.md,
Storage and keys)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.tracking import station_digits
from app.services.types import InitResult, KnownError
from ui.fields.field import ERROR_STYLE, FieldBox
from ui.ops import Ops, on_known_error

MIN_PASSWORD_LEN = 8
"""Shown to the officer before asking the service, which enforces the same rule."""


class AuthSetup(Protocol):
    """What the wizard needs from ``services.auth``."""

    def initialize(
        self,
        station_code: str,
        station_name: str,
        admin_username: str,
        admin_display_name: str,
        admin_password: str,
    ) -> InitResult: ...


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setObjectName("page_error")
    return label


class StationPage(QWizardPage):
    """Station code (from the center) and name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("ตั้งค่าจุดบริการ"))
        self.setSubTitle(self.tr("กรอกรหัสจุดบริการที่ศูนย์ 1111 กำหนดให้ และชื่อจุดบริการ"))
        form = QFormLayout(self)
        self.code = QLineEdit(self)
        self.code.setObjectName("station_code")
        self.code.setMaxLength(3)
        self.code.setPlaceholderText(self.tr("ตัวเลข 1–999"))
        self.code_box = FieldBox("station_code", self.code, self)
        form.addRow(self.tr("รหัสจุดบริการ"), self.code_box)
        self.name = QLineEdit(self)
        self.name.setObjectName("station_name")
        self.name_box = FieldBox("station_name", self.name, self)
        form.addRow(self.tr("ชื่อจุดบริการ"), self.name_box)
        self.registerField("station_code*", self.code)
        self.registerField("station_name*", self.name)

    def validatePage(self) -> bool:
        """Checks the code is 1–999 before moving on."""
        try:
            station_digits(self.code.text())
        except ValueError:
            self.code_box.set_error(self.tr("รหัสจุดบริการต้องเป็นตัวเลข 1–999"))
            return False
        self.code_box.set_error("")
        if not self.name.text().strip():
            self.name_box.set_error(self.tr("กรุณากรอกชื่อจุดบริการ"))
            return False
        self.name_box.set_error("")
        return True


class AdminPage(QWizardPage):
    """The first administrator; leaving this page sets the station up (in the background)."""

    def __init__(self, ops: Ops, auth: AuthSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._auth = auth
        self._busy = False
        self.result: InitResult | None = None
        self.setTitle(self.tr("ผู้ดูแลระบบคนแรก"))
        self.setSubTitle(self.tr("บัญชีนี้ใช้ตั้งค่าเครื่องและสร้างบัญชีเจ้าหน้าที่"))
        form = QFormLayout(self)
        self.username = QLineEdit(self)
        self.username.setObjectName("admin_username")
        self.username_box = FieldBox("admin_username", self.username, self)
        form.addRow(self.tr("ชื่อผู้ใช้"), self.username_box)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("admin_display_name")
        self.display_box = FieldBox("admin_display_name", self.display_name, self)
        form.addRow(self.tr("ชื่อ-นามสกุล"), self.display_box)
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box = FieldBox("admin_password", self.password, self)
        form.addRow(self.tr("รหัสผ่าน"), self.password_box)
        self.password2 = QLineEdit(self)
        self.password2.setObjectName("admin_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2_box = FieldBox("admin_password2", self.password2, self)
        form.addRow(self.tr("ยืนยันรหัสผ่าน"), self.password2_box)
        self.error = _error_label(self)
        form.addRow(self.error)
        self.registerField("admin_username*", self.username)
        self.registerField("admin_display_name*", self.display_name)
        self.registerField("admin_password*", self.password)
        self.registerField("admin_password2*", self.password2)

    def validatePage(self) -> bool:
        """Local checks, then ``auth.initialize`` through ``Ops``; the wizard moves on when it succeeds."""
        if self.result is not None:
            return True
        if self._busy:
            return False
        ok = True
        if len(self.password.text()) < MIN_PASSWORD_LEN:
            self.password_box.set_error(self.tr("รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร"))
            ok = False
        else:
            self.password_box.set_error("")
        if self.password.text() != self.password2.text():
            self.password2_box.set_error(self.tr("รหัสผ่านทั้งสองช่องไม่ตรงกัน"))
            ok = False
        else:
            self.password2_box.set_error("")
        if not ok:
            return False
        wizard = self.wizard()
        station_code = str(wizard.field("station_code")).strip()
        station_name = str(wizard.field("station_name")).strip()
        username = self.username.text().strip()
        display = self.display_name.text().strip()
        password = self.password.text()
        auth = self._auth
        self._set_busy(True)
        self._ops.run_write(
            lambda: auth.initialize(station_code, station_name, username, display, password),
            self._done,
            self._failed,
            owner=self,
        )
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.error.setText(self.tr("กำลังตั้งค่าฐานข้อมูล…") if busy else "")
        self.setEnabled(not busy)

    def _done(self, result: InitResult) -> None:
        self._set_busy(False)
        self.result = result
        self.password.clear()
        self.password2.clear()
        self.wizard().next()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        # A refusal about one field is shown under that field; any other above the buttons.
        boxes = {
            "password_too_short": self.password_box,
            "username_invalid": self.username_box,
            "username_taken": self.username_box,
            "display_name_required": self.display_box,
        }
        shown_at: list[Callable[[str], None]] = [self.error.setText]

        def pick(error: KnownError) -> None:
            box = boxes.get(error.code)
            if box is not None:
                shown_at[0] = box.set_error

        def show(text: str) -> None:
            shown_at[0](text)

        on_known_error(show, also=pick)(exc)


class RecoveryPage(QWizardPage):
    """Shows the recovery code once, with the advice to print it and keep it in the safe."""

    def __init__(self, admin_page: AdminPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._admin_page = admin_page
        self.setTitle(self.tr("รหัสกู้คืนฐานข้อมูล"))
        self.setSubTitle(self.tr("รหัสนี้แสดงเพียงครั้งเดียว"))
        lay = QVBoxLayout(self)
        advice = QLabel(
            self.tr(
                "หากกุญแจฐานข้อมูลในเครื่องนี้สูญหาย (เช่น เปลี่ยนเครื่องหรือระบบปฏิบัติการเสียหาย) "
                "ต้องใช้รหัสนี้เปิดฐานข้อมูลและไฟล์สำรอง ไม่เช่นนั้นข้อมูลทั้งหมดจะเปิดไม่ได้อีก\n"
                "กรุณาพิมพ์หรือจดรหัสนี้ ให้หัวหน้างานเก็บไว้ในตู้นิรภัย และอย่าบันทึกไว้ในเครื่องนี้"
            ),
            self,
        )
        advice.setWordWrap(True)
        lay.addWidget(advice)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("recovery_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet(
            "font-family: monospace; font-size: 18pt; font-weight: bold; padding: 12px;"
            "border: 2px dashed #555; background: #fffbe6;"
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        lay.addWidget(self.code_label)
        copy = QPushButton(self.tr("คัดลอกรหัส"), self)
        copy.clicked.connect(self._copy)
        lay.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        self.kept = QCheckBox(self.tr("ข้าพเจ้าพิมพ์หรือจดรหัสกู้คืนไว้แล้ว และจะเก็บไว้ในตู้นิรภัย"), self)
        self.kept.setObjectName("recovery_kept")
        self.kept.toggled.connect(self.completeChanged)
        lay.addWidget(self.kept)
        lay.addStretch(1)

    def initializePage(self) -> None:
        """Shows the code the set-up returned."""
        result = self._admin_page.result
        self.code_label.setText(result.recovery_code if result else "")

    def isComplete(self) -> bool:
        """Finishing needs the officer to say the code is kept."""
        return self.kept.isChecked()

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.code_label.text())


class SetupWizard(QWizard):
    """The first-run wizard; ``result`` holds the signed-in administrator afterwards."""

    def __init__(self, ops: Ops, auth: AuthSetup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ตั้งค่าเครื่องรับเรื่องร้องทุกข์ครั้งแรก"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("ถัดไป >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< ย้อนกลับ"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("เสร็จสิ้น"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("ยกเลิก"))
        self.station_page = StationPage(self)
        self.admin_page = AdminPage(ops, auth, self)
        self.recovery_page = RecoveryPage(self.admin_page, self)
        self.addPage(self.station_page)
        self.addPage(self.admin_page)
        self.addPage(self.recovery_page)
        self.resize(640, 480)

    @property
    def result_value(self) -> InitResult | None:
        """What the set-up returned (None until the station is set up)."""
        return self.admin_page.result

    def reject(self) -> None:
        """Once the station exists the recovery code must be acknowledged: cancelling is not offered."""
        if self.admin_page.result is not None:
            return
        super().reject()
