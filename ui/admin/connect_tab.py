"""The administrator's "connect to the center" tab: the center's address and the station token file the
center issued, checked exactly as ``psc-counter connect`` checks them (``SyncService.connect_as``: the
address before any look-up, the token file, the center's ``/v1/health`` naming this station; nothing is
saved unless the center confirmed it), off the GUI thread, with the reason beside the field at fault.

Mutual TLS (a client certificate) is for ``psc-counter connect --client-cert``; this tab keeps what a
counter needs: the address, the token file and, for a center with its own CA, the CA bundle.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ErrorCode
from app.services.sync_service import Connection
from app.services.types import Changes, KnownError
from ui.env import UiEnv
from ui.fields.field import ERROR_STYLE, FieldBox
from ui.messages import QT_TRANSLATE_NOOP, error_text
from ui.ops import on_known_error

CONTEXT = "ConnectTab"

# Which field a refusal belongs beside (the others go under the button).
URL_ERRORS = {ErrorCode.SERVER_URL_INVALID, ErrorCode.SERVER_URL_INSECURE, ErrorCode.SERVER_UNREACHABLE}
TOKEN_ERRORS = {ErrorCode.TOKEN_FILE_MISSING, ErrorCode.TOKEN_EMPTY, ErrorCode.TOKEN_REFUSED}
CA_ERRORS = {ErrorCode.CA_BUNDLE_MISSING}

UNREACHABLE = QT_TRANSLATE_NOOP(
    "ConnectTab", "ติดต่อศูนย์ที่ที่อยู่นี้ไม่ได้ กรุณาตรวจสอบที่อยู่ การเชื่อมต่อเครือข่าย และไฟล์ใบรับรอง (ถ้ามี)"
)

_GREEN = "color: #1b7d2f;"


class ConnectTab(QWidget):
    """Connects this counter to its center; ``connected(station)`` once the center confirmed it."""

    connected = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self._busy = False
        self.setObjectName("connect_tab")
        lay = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setObjectName("connect_state")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.state)
        how = QLabel(
            self.tr(
                "ศูนย์ 1111 ออกไฟล์รหัสเชื่อมต่อ (โทเค็น) ให้แต่ละจุดบริการ กรอกที่อยู่ศูนย์และเลือกไฟล์นั้น "
                "ระบบจะตรวจกับศูนย์ก่อน และบันทึกเมื่อศูนย์ยืนยันว่าเป็นรหัสของจุดบริการนี้เท่านั้น"
            ),
            self,
        )
        how.setWordWrap(True)
        lay.addWidget(how)
        form = QFormLayout()
        self.server_url = QLineEdit(env.settings.server_url, self)
        self.server_url.setObjectName("connect_server_url")
        self.server_url.setPlaceholderText("https://")
        self.url_box = FieldBox("server_url", self.server_url, self)
        form.addRow(self.tr("ที่อยู่ศูนย์"), self.url_box)
        self.token_file = QLineEdit(self)
        self.token_file.setObjectName("connect_token_file")
        self.token_box = FieldBox("token_file", self._with_browse(self.token_file, self._pick_token), self)
        form.addRow(self.tr("ไฟล์รหัสเชื่อมต่อ"), self.token_box)
        self.ca_bundle = QLineEdit(env.settings.ca_bundle, self)
        self.ca_bundle.setObjectName("connect_ca_bundle")
        self.ca_bundle.setPlaceholderText(self.tr("ไม่ต้องกรอก เว้นแต่ศูนย์ใช้ใบรับรองของตนเอง"))
        self.ca_box = FieldBox("ca_bundle", self._with_browse(self.ca_bundle, self._pick_ca), self)
        form.addRow(self.tr("ไฟล์ใบรับรอง CA"), self.ca_box)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("ตรวจสอบและเชื่อมต่อ"), self)
        self.connect_button.setObjectName("connect_button")
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self.connect_now)
        row.addWidget(self.connect_button)
        self.result = QLabel(self)
        self.result.setObjectName("connect_result")
        self.result.setWordWrap(True)
        row.addWidget(self.result, 1)
        lay.addLayout(row)
        lay.addStretch(1)
        self._load_state()

    def _with_browse(self, edit: QLineEdit, pick: Callable[[], None]) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        browse = QPushButton(self.tr("เลือกไฟล์…"), box)
        browse.setAutoDefault(False)
        browse.clicked.connect(pick)
        row.addWidget(browse)
        return box

    def _pick_token(self) -> None:
        self._pick(self.token_file, self.tr("เลือกไฟล์รหัสเชื่อมต่อจากศูนย์"))

    def _pick_ca(self) -> None:
        self._pick(self.ca_bundle, self.tr("เลือกไฟล์ใบรับรอง CA (PEM)"))

    def _pick(self, edit: QLineEdit, title: str) -> None:
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(edit.setText)
        dialog.open()

    # ------------------------------------------------------------------ state
    def _load_state(self) -> None:
        sync = self._env.services.sync
        if sync is None:
            return
        self._env.ops.run_read(sync.connection, self._show_state, self._state_failed, owner=self)

    def _show_state(self, conn: Connection | None) -> None:
        if conn is None:
            self.state.setText(self.tr("สถานะ: ยังไม่ได้เชื่อมต่อศูนย์ — เรื่องที่บันทึกจะรอส่งอยู่ในเครื่องนี้"))
            self.state.setStyleSheet("font-weight: bold;")
        else:
            self.state.setText(self.tr("สถานะ: เชื่อมต่อกับ %1 แล้ว").replace("%1", conn.server_url))
            self.state.setStyleSheet("font-weight: bold; " + _GREEN)

    def _state_failed(self, exc: Exception) -> None:
        on_known_error(self.state.setText)(exc)

    # ------------------------------------------------------------------ connect
    def connect_now(self) -> None:
        """Checks with the center and saves the connection (in the background)."""
        sync = self._env.services.sync
        if sync is None or self._busy:
            return
        for box in (self.url_box, self.token_box, self.ca_box):
            box.set_error("")
        url, token_file, ca = (
            self.server_url.text().strip(),
            self.token_file.text().strip(),
            self.ca_bundle.text(),
        )
        if not url:
            self.url_box.set_error(self.tr("กรุณากรอกที่อยู่ศูนย์ เช่น https://sync.example.go.th"))
            return
        if not token_file:
            self.token_box.set_error(self.tr("กรุณาเลือกไฟล์รหัสเชื่อมต่อที่ได้รับจากศูนย์"))
            return
        self._busy = True
        self.connect_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("กำลังตรวจสอบกับศูนย์…"))
        user = self._env.user
        self._env.ops.run_write(
            lambda: sync.connect_as(user, url, token_file, ca.strip()),
            self._connected,
            self._failed,
            owner=self,
        )

    def _connected(self, station: str) -> None:
        self._busy = False
        self.connect_button.setEnabled(True)
        self.token_file.clear()
        self.result.setStyleSheet(_GREEN)
        self.result.setText(self.tr("เชื่อมต่อศูนย์แล้ว: จุดบริการ %1").replace("%1", station))
        self._load_state()
        self._env.bus.announce(Changes(outbox=True))  # the status bar's sync line reads its state again
        self.connected.emit(station)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.connect_button.setEnabled(True)
        self.result.clear()

        def beside(error: KnownError) -> None:
            code = ErrorCode.of(error.code)
            if code in URL_ERRORS:
                text = _tr(UNREACHABLE) if code is ErrorCode.SERVER_UNREACHABLE else error_text(error.code)
                self.url_box.set_error(text)
            elif code in TOKEN_ERRORS:
                self.token_box.set_error(error_text(error.code))
            elif code in CA_ERRORS:
                self.ca_box.set_error(error_text(error.code))
            else:
                self.result.setStyleSheet(ERROR_STYLE)
                self.result.setText(error_text(error.code))

        on_known_error(lambda _text: None, also=beside)(exc)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
