"""The receipt on screen after a save: the real rendered receipt, the tracking code large, print / next.

The image is the same raster the thermal printer gets (``printing.raster.render_receipt`` of
``services.receipts.document``), rendered off the GUI thread and shown 1:1 or fitted to the height.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.tracking import format_tracking_code
from app.services.types import SaveResult
from ui.formatting import show_date, show_datetime
from ui.ops import Ops, on_known_error

ReceiptRenderer = Callable[[str], QImage]
"""Renders the receipt of a record id to an image (runs on a worker thread)."""


class ReceiptPreview(QWidget):
    """A saved record's receipt and tracking code; emits ``print_requested`` and ``new_requested``."""

    print_requested = Signal(str)
    """The record id whose receipt should be printed."""
    new_requested = Signal()
    image_ready = Signal()
    """The receipt image has been rendered and is on screen."""

    def __init__(self, ops: Ops, render: ReceiptRenderer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_preview")
        self._ops = ops
        self._render = render
        self._record_id = ""
        self._image: QImage | None = None
        self._generation = 0

        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        layout.addLayout(side, 2)

        self.saved_label = QLabel(self.tr("บันทึกเรื่องเรียบร้อยแล้ว"), self)
        self.saved_label.setStyleSheet("font-size: 16pt; color: #1b5e20; font-weight: bold;")
        side.addWidget(self.saved_label)
        caption = QLabel(self.tr("เลขติดตามเรื่อง"), self)
        side.addWidget(caption)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("tracking_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("font-size: 30pt; font-weight: bold; letter-spacing: 2px;")
        side.addWidget(self.code_label)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        side.addWidget(self.details_label)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        side.addWidget(self.status_label)

        self.fit_box = QCheckBox(self.tr("ย่อให้พอดีหน้าจอ"), self)
        self.fit_box.setChecked(True)
        self.fit_box.toggled.connect(self._show_image)
        side.addWidget(self.fit_box)
        side.addStretch(1)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("พิมพ์ใบรับเรื่อง (Ctrl+P)"), self)
        self.print_button.setObjectName("print_receipt")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self._record_id))
        buttons.addWidget(self.print_button)
        self.new_button = QPushButton(self.tr("รับเรื่องใหม่ (Ctrl+N)"), self)
        self.new_button.setObjectName("new_complaint")
        self.new_button.clicked.connect(self.new_requested)
        self.new_button.setDefault(True)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        side.addLayout(buttons)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setStyleSheet("QScrollArea { background: #d9d9d9; }")
        self.image_label = QLabel(self.scroll_area)
        self.image_label.setObjectName("receipt_image")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 3)

        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_button.click)
        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_button.click)

    @property
    def record_id(self) -> str:
        """The record whose receipt is shown."""
        return self._record_id

    @property
    def image(self) -> QImage | None:
        """The rendered receipt (None until it has arrived, or when no renderer is available)."""
        return self._image

    def show_result(self, result: SaveResult) -> None:
        """Shows the tracking code at once and renders the receipt in the background."""
        self._record_id = result.record_id
        self.code_label.setText(format_tracking_code(result.tracking_code))
        lines = [self.tr("บันทึกเมื่อ %1").replace("%1", show_datetime(result.created_at))]
        if result.version > 1:
            lines.append(self.tr("ฉบับแก้ไขครั้งที่ %1").replace("%1", str(result.version - 1)))
        if result.promised_by is not None:
            lines.append(self.tr("กำหนดแจ้งผลเบื้องต้นภายใน %1").replace("%1", show_date(result.promised_by)))
        self.details_label.setText("\n".join(lines))
        self.status_label.clear()
        self._image = None
        self.image_label.setText(self.tr("กำลังจัดทำใบรับเรื่อง…"))
        self.image_label.setPixmap(QPixmap())
        self._generation += 1
        generation = self._generation
        # Enter or Ctrl+N goes on to the next citizen; Ctrl+P prints.
        self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._render is None:
            # WORKAROUND: while the receipt service is not configured (no renderer), show where it goes.
            self.image_label.setText(self.tr("(ตัวอย่างใบรับเรื่องยังไม่พร้อมใช้งาน)"))
            return
        render, record_id = self._render, result.record_id
        self._ops.run_read(
            lambda: render(record_id),
            lambda image: self._image_arrived(generation, image),
            lambda exc: self._image_failed(generation, exc),
            owner=self,
        )

    def set_status(self, text: str) -> None:
        """A line under the code: printing, printed, printer offline…"""
        self.status_label.setText(text)

    def _image_arrived(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return
        self._image = image
        self._show_image()
        self.image_ready.emit()

    def _image_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        on_known_error(self.image_label.setText)(exc)

    def _show_image(self) -> None:
        if self._image is None:
            return
        pixmap = QPixmap.fromImage(self._image)
        if self.fit_box.isChecked():
            height = max(200, self.scroll_area.viewport().height() - 8)
            if pixmap.height() > height:
                pixmap = pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setText("")
        self.image_label.setPixmap(pixmap)
        self.image_label.setMinimumSize(pixmap.size())

    def resizeEvent(self, event: object) -> None:
        """Refits the receipt to the new height."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fit_box.isChecked():
            self._show_image()
