"""The supervisor's reconciliation screen: for a chosen Bangkok day, what the counter registered, what the
center acknowledged and what the center reports holding, with every difference listed; one action to send
again what the center lacks, the day-end report as PDF, and the sign-off.

The comparison runs in ``app.services.reconciliation`` (one HTTP call, off the GUI thread through
``ops.run_read``); resending and signing off are writes (``ops.run_write``), each an audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ErrorCode
from app.domain.thaidate import bangkok_date
from app.domain.tracking import format_tracking_code
from app.services.reconciliation import ReconciliationReport, ReconciliationService
from app.services.types import Changes, KnownError
from ui.env import UiEnv
from ui.fields.be_date_edit import BeDateEdit
from ui.formatting import show_date, show_datetime
from ui.messages import error_text, queue_state_text
from ui.ops import on_known_error

_CENTER_AWAY = frozenset({ErrorCode.SERVER_UNREACHABLE, ErrorCode.NOT_CONNECTED})
"""Errors after which the local counts still stand and only the center's part is unknown."""
_OK = "color: #1b7d2f; font-weight: bold;"
_BAD = "color: #b3261e; font-weight: bold;"


def _table(parent: QWidget, object_name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ReconciliationView(QWidget):
    """Reconcile a day with the center, resend what it lacks, save the day-end PDF, sign off."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconciliation_view")
        self._env = env
        sync = env.services.sync
        if sync is None:
            raise KnownError("not_connected")
        self._service: ReconciliationService = sync.reconciliation
        self.report: ReconciliationReport | None = None
        self.choose_pdf_path: Callable[[str], Path | None] = self._choose_pdf_path

        today = bangkok_date(env.services.ctx.clock())
        self.day_edit = BeDateEdit(self)
        self.day_edit.setObjectName("recon_day")
        self.day_edit.today = lambda: bangkok_date(env.services.ctx.clock())
        self.day_edit.set_value(today)
        self.run_button = QPushButton(self.tr("กระทบยอดกับศูนย์"), self)
        self.run_button.setObjectName("recon_run")
        self.day_label = QLabel(self)
        self.day_label.setObjectName("recon_day_text")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("recon_result")
        self.local_label = QLabel(self)
        self.local_label.setObjectName("recon_local")
        self.acked_label = QLabel(self)
        self.acked_label.setObjectName("recon_acked")
        self.remote_label = QLabel(self)
        self.remote_label.setObjectName("recon_remote")
        self.missing_remote_table = _table(
            self,
            "recon_missing_remote",
            [self.tr("เลขติดตามเรื่อง"), self.tr("ฉบับ"), self.tr("สถานะการส่ง"), self.tr("บันทึกเมื่อ")],
        )
        self.missing_local_table = _table(
            self,
            "recon_missing_local",
            [self.tr("เลขติดตามเรื่อง"), self.tr("ฉบับ")],
        )
        self.mismatch_table = _table(
            self,
            "recon_mismatched",
            [self.tr("เลขติดตามเรื่อง"), self.tr("ฉบับ"), self.tr("บันทึกเมื่อ")],
        )
        self.resend_button = QPushButton(self.tr("ส่งเรื่องที่ศูนย์ยังไม่มีอีกครั้ง"), self)
        self.resend_button.setObjectName("recon_resend")
        self.pdf_button = QPushButton(self.tr("บันทึกรายงาน PDF"), self)
        self.pdf_button.setObjectName("recon_pdf")
        self.signoff_button = QPushButton(self.tr("ลงนามรับรองผลประจำวัน"), self)
        self.signoff_button.setObjectName("recon_signoff")
        for button in (self.resend_button, self.pdf_button, self.signoff_button):
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("วันที่:"), self))
        top.addWidget(self.day_edit)
        top.addWidget(self.day_label)
        top.addWidget(self.run_button)
        top.addStretch(1)
        numbers = QGridLayout()
        numbers.addWidget(QLabel(self.tr("บันทึกที่จุดบริการ"), self), 0, 0)
        numbers.addWidget(self.local_label, 0, 1)
        numbers.addWidget(QLabel(self.tr("ศูนย์ยืนยันการรับแล้ว"), self), 1, 0)
        numbers.addWidget(self.acked_label, 1, 1)
        numbers.addWidget(QLabel(self.tr("ศูนย์แจ้งว่ามีอยู่ในระบบ"), self), 2, 0)
        numbers.addWidget(self.remote_label, 2, 1)
        numbers.setColumnStretch(2, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.resend_button)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.signoff_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("กระทบยอดข้อมูลกับศูนย์"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addLayout(numbers)
        layout.addWidget(self.result_label)
        layout.addWidget(QLabel(self.tr("มีที่จุดบริการ แต่ศูนย์ไม่มี"), self))
        layout.addWidget(self.missing_remote_table, 2)
        layout.addWidget(QLabel(self.tr("ศูนย์มี แต่จุดบริการไม่มี"), self))
        layout.addWidget(self.missing_local_table, 1)
        layout.addWidget(QLabel(self.tr("รหัสและฉบับตรงกันแต่เนื้อหาต่างกัน"), self))
        layout.addWidget(self.mismatch_table, 1)
        layout.addLayout(actions)

        self.day_edit.dateChanged.connect(self._day_changed)
        self.day_edit.messageChanged.connect(self._day_changed)
        self.run_button.clicked.connect(self.run)
        self.resend_button.clicked.connect(self.resend)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.signoff_button.clicked.connect(self.sign_off)
        self._day_changed()

    # ------------------------------------------------------------------ reading
    def day(self) -> date:
        """The chosen day."""
        return self.day_edit.value() or bangkok_date(self._env.services.ctx.clock())

    def set_day(self, day: date) -> None:
        """Chooses a day."""
        self.day_edit.set_value(day)

    def _day_changed(self) -> None:
        self.run_button.setEnabled(self.day_edit.value() is not None)
        self.day_label.setText(show_date(self.day_edit.value()) or self.day_edit.message)
        self.report = None
        self._show_nothing()
        self._load_local()

    def _load_local(self) -> None:
        """Reads this counter's own counts of the day (no center needed) in the background."""
        user, service, day = self._env.user, self._service, self.day()
        self._env.ops.run_read(
            lambda: service.local_counts(user, day),
            lambda counts: self._local_arrived(day, counts),
            on_known_error(self._show_failure),
            owner=self,
        )

    def _local_arrived(self, day: date, counts: tuple[int, int]) -> None:
        if day != self.day() or self.report is not None:
            return  # another day was chosen, or the full comparison has the last word
        local, acked = counts
        self.local_label.setText(f"{local:,}")
        self.acked_label.setText(f"{acked:,}")

    def run(self) -> None:
        """Compares the chosen day with the center (in the background)."""
        user, service, day = self._env.user, self._service, self.day()
        self.run_button.setEnabled(False)
        self.result_label.setText(self.tr("กำลังตรวจสอบกับศูนย์…"))
        self.result_label.setStyleSheet("")
        self._env.ops.run_read(
            lambda: service.reconcile(user, day), self.show_report, self._failed, owner=self
        )

    def show_report(self, report: ReconciliationReport) -> None:
        """Shows a comparison."""
        self.run_button.setEnabled(True)
        if report.day != self.day():
            return
        self.report = report
        self.local_label.setText(f"{report.local_count:,}")
        self.acked_label.setText(f"{report.acked_count:,}")
        self.remote_label.setText(f"{report.remote_count:,}")
        if report.differences == 0:
            self.result_label.setText(self.tr("ข้อมูลตรงกันทั้งหมด ไม่พบความแตกต่าง"))
            self.result_label.setStyleSheet(_OK)
        else:
            self.result_label.setText(
                self.tr("พบความแตกต่าง %1 รายการ").replace("%1", f"{report.differences:,}")
            )
            self.result_label.setStyleSheet(_BAD)
        _fill(
            self.missing_remote_table,
            [
                [
                    format_tracking_code(v.tracking_code),
                    str(v.version),
                    queue_state_text(v.state),
                    show_datetime(v.created_at),
                ]
                for v in report.missing_remote
            ],
        )
        _fill(
            self.missing_local_table,
            [[format_tracking_code(h.tracking_code), str(h.version)] for h in report.missing_local],
        )
        _fill(
            self.mismatch_table,
            [
                [
                    format_tracking_code(m.local.tracking_code),
                    str(m.local.version),
                    show_datetime(m.local.created_at),
                ]
                for m in report.mismatched
            ],
        )
        self.resend_button.setEnabled(bool(report.resendable))
        self.pdf_button.setEnabled(True)
        self.signoff_button.setEnabled(True)

    def _show_nothing(self) -> None:
        for label in (self.local_label, self.acked_label, self.remote_label, self.result_label):
            label.setText("—" if label is not self.result_label else "")
        for table in (self.missing_remote_table, self.missing_local_table, self.mismatch_table):
            table.setRowCount(0)
        for button in (self.resend_button, self.pdf_button, self.signoff_button):
            button.setEnabled(False)

    def _failed(self, exc: Exception) -> None:
        self.run_button.setEnabled(True)
        on_known_error(self._show_failure, text=self._failure_text, also=self._center_not_reached)(exc)

    def _failure_text(self, exc: KnownError) -> str:
        if exc.code in _CENTER_AWAY:
            return (
                error_text(exc.code)
                + " — "
                + self.tr("ยอดของจุดบริการอ่านจากเครื่องนี้ ยอดของศูนย์จะแสดงเมื่อติดต่อศูนย์ได้")
            )
        return error_text(exc.code)

    def _center_not_reached(self, exc: KnownError) -> None:
        if exc.code in _CENTER_AWAY and self.report is None:
            self.remote_label.setText(self.tr("ติดต่อศูนย์ไม่ได้"))
            self._load_local()  # the counts may have moved since the day was chosen

    def _show_failure(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(_BAD)

    # ------------------------------------------------------------------ actions
    def resend(self) -> None:
        """Puts every version the center lacks back in the queue, due now; then compares again."""
        report = self.report
        if report is None:
            return
        user, service = self._env.user, self._service
        self.resend_button.setEnabled(False)
        self._env.ops.run_write(
            lambda: service.resend_missing(user, report), self._resent, self._failed, owner=self
        )

    def _resent(self, changes: Changes) -> None:
        self._env.bus.announce(changes)
        self.result_label.setText(self.tr("ส่งเรื่องเข้าคิวแล้ว — กดกระทบยอดอีกครั้งหลังส่งเสร็จ"))

    def save_pdf(self) -> None:
        """Writes the day-end report as PDF where the supervisor chooses."""
        report = self.report
        if report is None:
            return
        path = self.choose_pdf_path(f"reconciliation-{report.day.isoformat()}.pdf")
        if path is None:
            return
        user, service = self._env.user, self._service
        self._env.ops.run_read(
            lambda: service.write_pdf(user, report, path), self._saved, self._failed, owner=self
        )

    def _saved(self, path: Path) -> None:
        self.result_label.setText(self.tr("บันทึกรายงานแล้ว: %1").replace("%1", str(path)))

    def sign_off(self) -> None:
        """Signs the day off (audited)."""
        report = self.report
        if report is None:
            return
        user, service = self._env.user, self._service
        self._env.ops.run_write(
            lambda: service.sign_off(user, report), self._signed, self._failed, owner=self
        )

    def _signed(self, _result: object) -> None:
        self.signoff_button.setEnabled(False)
        self.signoff_button.setText(self.tr("ลงนามรับรองแล้ว"))

    def _choose_pdf_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("บันทึกรายงาน PDF"), suggested, "PDF (*.pdf)")
        return Path(name) if name else None
