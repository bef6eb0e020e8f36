"""The PDPA page (supervisor, administrator): retention purge now, and one person's export or erasure.

Everything runs through ``LifecycleService`` on the writer thread (``Ops.run_write``): a purge merges the
search index and may take seconds, an export renders a PDF. ``DailyPurge`` is the app's daily purge: it
asks the service once an hour whether a day has passed since the last run, whoever is signed in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.roles import Permission
from app.domain.tracking import format_tracking_code
from app.services.lifecycle import ErasureReport, LifecycleService, PurgeReport, SubjectExport
from ui.confirm import ask
from ui.env import UiEnv
from ui.ops import on_known_error

DAILY_CHECK_MS = 60 * 60 * 1000  # ask hourly; the service runs the purge once a day
FIRST_CHECK_MS = 2 * 60 * 1000  # not during start-up, when the officer is waiting for the screen


class DailyPurge(QObject):
    """Runs ``LifecycleService.run_daily`` off the GUI thread, shortly after sign-in and then hourly."""

    def __init__(self, env: UiEnv, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(FIRST_CHECK_MS)

    def check(self) -> None:
        """Asks the service (on the writer thread) whether the daily purge is due, and runs it if so."""
        self.timer.setInterval(DAILY_CHECK_MS)
        lifecycle = self._env.services.lifecycle
        if lifecycle is not None:
            self._env.ops.run_write(lifecycle.run_daily, self._done, self._failed, owner=self)

    def _done(self, report: PurgeReport | None) -> None:
        if report is not None and report.shredded:
            self._env.bus.announce(report.changes)

    def _failed(self, exc: Exception) -> None:
        # A bug goes to the crash dialog; a known error is logged and waits for tomorrow's run.
        on_known_error(lambda _text: None)(exc)


class PrivacyPage(QWidget):
    """Retention purge and one person's data-subject export or erasure (see the module docstring)."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_page")
        self._env = env
        user = env.user
        lay = QVBoxLayout(self)

        retention = QGroupBox(self.tr("ระยะเวลาเก็บข้อมูลส่วนบุคคล"), self)
        rlay = QVBoxLayout(retention)
        s = env.settings
        self.retention_label = QLabel(
            self.tr(
                "เรื่องร้องทุกข์เก็บ {c:,} วัน และการประสานมวลชนเก็บ {p:,} วัน นับจากความเคลื่อนไหวล่าสุด "
                "เมื่อครบกำหนดและศูนย์ยืนยันการรับแล้ว ข้อมูลส่วนบุคคลจะถูกทำลาย "
                "คงไว้เพียงเลขรับเรื่อง วันที่ และสถานะ (ระบบตรวจทุกวันโดยอัตโนมัติ)"
            ).format(c=s.retention_days_complaint, p=s.retention_days_group_petition),
            retention,
        )
        self.retention_label.setWordWrap(True)
        rlay.addWidget(self.retention_label)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("ตรวจรายการที่ครบกำหนด"), retention)
        self.check_button.setObjectName("purge_dry_run")
        self.check_button.clicked.connect(lambda: self.purge(dry_run=True))
        self.purge_button = QPushButton(self.tr("ทำลายข้อมูลที่ครบกำหนดตอนนี้"), retention)
        self.purge_button.setObjectName("purge_now")
        self.purge_button.clicked.connect(self._confirm_purge)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        rlay.addLayout(buttons)
        retention.setEnabled(user.can(Permission.PURGE_RECORDS))
        lay.addWidget(retention)

        person = QGroupBox(self.tr("คำขอของเจ้าของข้อมูล (เข้าถึง / ลบ)"), self)
        form = QFormLayout(person)
        self.national_id = QLineEdit(person)
        self.national_id.setObjectName("subject_national_id")
        self.phone = QLineEdit(person)
        self.phone.setObjectName("subject_phone")
        self.reason = QLineEdit(person)
        self.reason.setObjectName("subject_reason")
        self.reason.setPlaceholderText(self.tr("เช่น เลขที่หนังสือคำขอ"))
        form.addRow(self.tr("เลขประจำตัวประชาชน"), self.national_id)
        form.addRow(self.tr("หรือหมายเลขโทรศัพท์"), self.phone)
        form.addRow(self.tr("เหตุผล / เลขที่คำขอ"), self.reason)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("ส่งออกข้อมูลทั้งหมดของบุคคลนี้ (PDF และ JSON)…"), person)
        self.export_button.setObjectName("subject_export")
        self.export_button.clicked.connect(self._choose_export_folder)
        self.export_button.setEnabled(user.can(Permission.EXPORT_PERSONAL_DATA))
        self.erase_button = QPushButton(self.tr("ลบข้อมูลทั้งหมดของบุคคลนี้ตามคำขอ…"), person)
        self.erase_button.setObjectName("subject_erase")
        self.erase_button.clicked.connect(self._confirm_erase)
        self.erase_button.setEnabled(user.can(Permission.ERASE_PERSONAL_DATA))
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        form.addRow(row)
        lay.addWidget(person)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("privacy_result")
        self.result_label.setWordWrap(True)
        lay.addWidget(self.result_label)
        lay.addStretch(1)

    @property
    def _lifecycle(self) -> LifecycleService:
        service = self._env.services.lifecycle
        assert service is not None  # build_services always wires it
        return service

    def _ask(self, text: str) -> bool:
        return ask(self, self.tr("ยืนยัน"), text)

    def _failed(self, exc: Exception) -> None:
        on_known_error(self.result_label.setText)(exc)

    # ------------------------------------------------------------------ retention
    def _confirm_purge(self) -> None:
        if self._ask(self.tr("ทำลายข้อมูลส่วนบุคคลของเรื่องที่ครบระยะเวลาเก็บตอนนี้? ย้อนกลับไม่ได้")):
            self.purge(dry_run=False)

    def purge(self, *, dry_run: bool) -> None:
        """Runs the purge (or lists what is due) on the writer thread; the result shows below."""
        user, service = self._env.user, self._lifecycle
        self._env.ops.run_write(
            lambda: service.purge(user, dry_run=dry_run), self._purged, self._failed, self
        )

    def _purged(self, report: PurgeReport) -> None:
        if report.dry_run:
            text = self.tr("ครบระยะเวลาเก็บ {n:,} เรื่อง").format(n=len(report.due))
        else:
            text = self.tr("ทำลายข้อมูลส่วนบุคคลแล้ว {n:,} เรื่อง").format(n=report.shredded)
            self._env.bus.announce(report.changes)
        if report.waiting_for_center:
            text += self.tr(" — รอศูนย์ยืนยันการรับ {n:,} เรื่อง (ยังเก็บไว้)").format(n=report.waiting_for_center)
        self.result_label.setText(text)

    # ------------------------------------------------------------------ one person
    def _choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("เลือกโฟลเดอร์ที่จะบันทึกไฟล์"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Writes the person's data-subject export into ``folder`` (owner-only files)."""
        user, service = self._env.user, self._lifecycle
        nid, tel = self.national_id.text(), self.phone.text()
        self._env.ops.run_write(
            lambda: service.export_person(user, folder, national_id=nid, phone=tel),
            self._exported,
            self._failed,
            self,
        )

    def _exported(self, result: SubjectExport) -> None:
        self.result_label.setText(
            self.tr("ส่งออกแล้ว {r:,} เรื่อง {v:,} ฉบับ ไฟล์แนบ {a:,} รายการ: {path}").format(
                r=result.records, v=result.versions, a=result.attachments, path=str(result.json_path.parent)
            )
        )

    def _confirm_erase(self) -> None:
        if self._ask(self.tr("ลบข้อมูลส่วนบุคคลทุกเรื่องของบุคคลนี้ และแจ้งศูนย์ให้ลบด้วย? ย้อนกลับไม่ได้")):
            self.erase()

    def erase(self) -> None:
        """Erases every record naming the person (and queues the erasure for the center)."""
        user, service = self._env.user, self._lifecycle
        nid, tel, reason = self.national_id.text(), self.phone.text(), self.reason.text()
        self._env.ops.run_write(
            lambda: service.erase_person(user, national_id=nid, phone=tel, reason=reason),
            self._erased,
            self._failed,
            self,
        )

    def _erased(self, report: ErasureReport) -> None:
        self._env.bus.announce(report.changes)
        self.national_id.clear()
        self.phone.clear()
        self.result_label.setText(
            self.tr("ลบข้อมูลแล้ว {n:,} เรื่อง: {codes} (แจ้งศูนย์เมื่อซิงก์ครั้งถัดไป)").format(
                n=len(report.record_ids),
                codes=", ".join(map(format_tracking_code, report.tracking_codes)) or "-",
            )
        )
