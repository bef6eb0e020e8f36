"""The mass-coordination desk: today's groups, the petition form, the live timeline, receipts and papers.

Left, the groups logged today (newest last); middle, the petition form (new, or the selected group's
latest version, amended with a reason); right, the live timeline and the papers: the representative's
receipt on the thermal printer, the A4 petition record, and the day's situation summary for supervisors.

Everything that touches the database, the attachment store, the printer queue or a PDF goes through
``env.ops`` (STYLE habit 2); the form keeps what was typed whatever a save says. Counter officers see the
same page read-only (DESIGN §7).

============  ==============================================================
Ctrl+N        a new petition (the form autosaves a draft while typing)
Ctrl+S        save: register, or amend the selected petition with the reason typed above the form
Ctrl+P        print the representative's receipt (a reprint when it was printed before)
Ctrl+Shift+A  the A4 petition record (PDF, with signature lines)
F6 … F12      timeline events (see ``ui.widgets.petition_timeline``)
============  ==============================================================
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.petition import (
    AttachmentRef,
    GroupPetitionPayload,
    PetitionStatus,
    TimelineEventKind,
    petition_from_payload,
)
from app.domain.roles import Permission
from app.domain.thaidate import bangkok_date, format_thai_date, format_thai_time
from app.domain.tracking import format_tracking_code
from app.services.petitions import AttachmentTooLarge, PetitionRecord, PetitionService, RepeatGroup
from app.services.types import KnownError, SaveResult, ValidationFailed
from ui.env import UiEnv
from ui.messages import error_text
from ui.widgets.field import ERROR_STYLE, FieldBox
from ui.widgets.petition_form import PetitionForm, RepeatMatch, petition_issue_text
from ui.widgets.petition_timeline import PetitionTimeline

log = logging.getLogger("psc.ui")
T = TypeVar("T")

DRAFT_FORM = "group_petition"
"""The draft slot of a new petition (one per officer)."""
AUTOSAVE_DELAY_MS = 1500
"""Quiet time after the last change before the draft is written (as the complaint intake does)."""

_PAGE_ERRORS = {
    "visit_closed": "ปิดการเยือนแล้ว บันทึกเหตุการณ์เพิ่มไม่ได้",
    "no_changes": "ไม่มีข้อมูลที่เปลี่ยนแปลง",
    "record_not_found": "ไม่พบคำร้องนี้",
    "stale_version": "คำร้องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเลือกคำร้องใหม่แล้วแก้ไขอีกครั้ง",
    "attachment_missing": "ไม่พบไฟล์แนบในเครื่อง กรุณาแนบไฟล์ใหม่",
}


def known_text(exc: KnownError) -> str:
    """Thai words for a refused petition action (the shared table first, then the desk's own)."""
    own = _PAGE_ERRORS.get(exc.code)
    return own if own is not None else error_text(exc.code)


def too_large_text(exc: AttachmentTooLarge) -> str:
    """``ไฟล์ … มีขนาด 25.3 MB เกินขนาดที่รับได้ 20 MB``: what was refused and what is allowed."""
    size = exc.size / (1024 * 1024)
    limit = exc.limit / (1024 * 1024)
    return (
        f"ไฟล์ {exc.name} มีขนาด {size:.1f} MB เกินขนาดที่รับได้ {limit:.0f} MB จึงไม่ได้แนบ "
        "(ข้อมูลอื่นที่กรอกไว้ยังอยู่ครบ) กรุณาสแกนใหม่ด้วยความละเอียดต่ำลงหรือแยกเป็นหลายไฟล์"
    )


class PetitionsPage(QWidget):
    """The mass-coordination desk page."""

    saved = Signal(object)
    """A ``SaveResult`` after a register, amend, timeline event or closing."""
    record_loaded = Signal(str)
    """The record id now shown in the form (after selecting or saving)."""
    draft_saved = Signal()
    pdf_ready = Signal(str)
    """Path of a PDF just written (petition record or situation summary)."""
    attachment_stored = Signal(str)
    """SHA-256 of a file just stored and attached."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitions_page")
        self._env = env
        service = env.services.petitions
        assert isinstance(service, PetitionService), "petitions service not wired"
        self._service: PetitionService = service
        self._can_log = env.user.can(Permission.LOG_PETITION)
        self._can_amend = env.user.can(Permission.AMEND_PETITION)
        self._record: PetitionRecord | None = None
        self._saving = False
        self._draft_dirty = False
        self.open_files = True
        """Open written PDFs with the desktop's viewer (tests switch it off)."""
        self.export_dir = env.services.ctx.home / "exports"

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(self)
        outer.addWidget(splitter, 1)

        # --- left: today's groups
        left = QWidget(splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.day_label = QLabel(left)
        self.day_label.setObjectName("day_label")
        ll.addWidget(self.day_label)
        self.day_list = QListWidget(left)
        self.day_list.setObjectName("day_list")
        self.day_list.setWordWrap(True)
        self.day_list.itemActivated.connect(self._open_item)
        self.day_list.itemClicked.connect(self._open_item)
        ll.addWidget(self.day_list, 1)
        self.new_button = QPushButton(self.tr("คำร้องใหม่ (Ctrl+N)"), left)
        self.new_button.setObjectName("new_petition")
        self.new_button.clicked.connect(self.new_petition)
        self.new_button.setVisible(self._can_log)
        ll.addWidget(self.new_button)
        self.summary_button = QPushButton(self.tr("สรุปสถานการณ์ประจำวัน (PDF)"), left)
        self.summary_button.setObjectName("daily_summary")
        self.summary_button.clicked.connect(self.daily_summary_pdf)
        self.summary_button.setVisible(env.user.can(Permission.REPORTS))
        ll.addWidget(self.summary_button)

        # --- middle: the form
        middle = QWidget(splitter)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        self.mode_label = QLabel(middle)
        self.mode_label.setObjectName("mode_label")
        self.mode_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        ml.addWidget(self.mode_label)
        self.reason = QLineEdit(middle)
        self.reason.setObjectName("amend_reason")
        self.reason.setPlaceholderText(self.tr("เหตุผลการแก้ไข (จำเป็นเมื่อแก้ไขคำร้องที่บันทึกแล้ว)"))
        self.reason_box = FieldBox("reason", self.reason, middle)
        ml.addWidget(self.reason_box)
        self.form = PetitionForm(middle, ops=env.ops)
        ml.addWidget(self.form, 1)
        self.status = QLabel(middle)
        self.status.setObjectName("petition_status")
        self.status.setWordWrap(True)
        ml.addWidget(self.status)

        # --- right: timeline and papers
        right = QWidget(splitter)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.code_label = QLabel(right)
        self.code_label.setObjectName("tracking_code")
        self.code_label.setStyleSheet("font-size: 18pt; font-weight: bold;")
        rl.addWidget(self.code_label)
        self.timeline = PetitionTimeline(env.services.ctx.clock, right, shortcut_scope=self)
        self.timeline.set_allowed(self._can_log)
        rl.addWidget(self.timeline, 1)
        papers = QFrame(right)
        pl = QVBoxLayout(papers)
        self.print_button = QPushButton(self.tr("พิมพ์ใบรับเรื่องให้ผู้แทน (Ctrl+P)"), papers)
        self.print_button.setObjectName("print_receipt")
        self.print_button.clicked.connect(self.print_receipt)
        pl.addWidget(self.print_button)
        self.pdf_button = QPushButton(self.tr("บันทึกการรับคำร้อง A4 (Ctrl+Shift+A)"), papers)
        self.pdf_button.setObjectName("record_pdf")
        self.pdf_button.clicked.connect(self.record_pdf)
        pl.addWidget(self.pdf_button)
        self.paper_status = QLabel(papers)
        self.paper_status.setObjectName("paper_status")
        self.paper_status.setWordWrap(True)
        pl.addWidget(self.paper_status)
        self.paper_error = QLabel(papers)
        self.paper_error.setObjectName("paper_error")
        self.paper_error.setStyleSheet(ERROR_STYLE)
        self.paper_error.setWordWrap(True)
        pl.addWidget(self.paper_error)
        rl.addWidget(papers)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 6)
        splitter.setStretchFactor(2, 3)

        for keys, slot in (
            ("Ctrl+N", self.new_petition),
            ("Ctrl+P", self.print_receipt),
            ("Ctrl+Shift+A", self.record_pdf),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.form.set_agencies((a.code, a.name_th) for a in env.services.ctx.reference.agencies)
        self.form.save_requested.connect(self.save)
        self.form.changed.connect(self._form_changed)
        self.form.repeat_check_requested.connect(self._check_repeats)
        self.form.attachments.files_chosen.connect(self.attach_files)
        self.form.attachments.watch_folder(env.settings.scanner_folder or None)
        self.timeline.event_requested.connect(self._log_event)
        self.timeline.close_requested.connect(self._close_visit)
        self.reason.textChanged.connect(lambda _t: self.reason_box.set_error(""))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft)

        self._show_new()
        self.form.clear(env.services.ctx.clock())
        self.form.set_received_by_default(env.user.display_name, "")
        self.refresh_day()
        if self._can_log:
            self._restore_draft()

    # ------------------------------------------------------------------ helpers
    @property
    def record(self) -> PetitionRecord | None:
        """The saved petition shown in the form, or None for a new one."""
        return self._record

    def _write(
        self, fn: Callable[[], T], done: Callable[[T], None], failed: Callable[[Exception], None]
    ) -> None:
        self._env.ops.run_write(fn, done, failed, owner=self)

    def _read(
        self, fn: Callable[[], T], done: Callable[[T], None], failed: Callable[[Exception], None]
    ) -> None:
        self._env.ops.run_read(fn, done, failed, owner=self)

    def _today(self) -> date:
        return bangkok_date(self._env.services.ctx.clock())

    # ------------------------------------------------------------------ the day's list
    def refresh_day(self) -> None:
        """Reloads today's groups in the background."""
        day = self._today()
        self.day_label.setText(self.tr("กลุ่มที่มาวันนี้ ({day})").format(day=format_thai_date(day, style="short")))
        self._read(lambda: self._service.list_day(day), self._day_loaded, self._read_failed)

    def _day_loaded(self, records: list[PetitionRecord]) -> None:
        current = self._record.record_id if self._record else ""
        self.day_list.clear()
        for rec in records:
            p = rec.petition
            when = format_thai_time(p.arrived_at, suffix=False) if p.arrived_at else ""
            state = self.tr("อยู่ในพื้นที่") if p.status is PetitionStatus.PRESENT else self.tr("กลับแล้ว")
            item = QListWidgetItem(
                f"{when}  {p.group_name}\n{p.headcount_estimate:,} คน · {state}", self.day_list
            )
            item.setData(Qt.ItemDataRole.UserRole, rec.record_id)
            if rec.record_id == current:
                self.day_list.setCurrentItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        record_id = str(item.data(Qt.ItemDataRole.UserRole))
        if self._record is not None and self._record.record_id == record_id:
            return
        self.open_record(record_id)

    def open_record(self, record_id: str) -> None:
        """Shows a saved petition (its latest version) for reading, the timeline, papers or amending."""
        self._autosave.stop()
        if self._draft_dirty and self._record is None:
            self.save_draft()
        self._read(lambda: self._service.load(record_id), self._record_loaded, self._read_failed)

    def _record_loaded(self, record: PetitionRecord) -> None:
        self._record = record
        self.form.set_payload(record.petition)
        self.form.set_read_only(not self._can_amend)
        self.reason.clear()
        self.reason_box.setVisible(self._can_amend)
        self._show_heading(record)
        self._show_timeline(record)
        self.print_button.setEnabled(self._env.user.can(Permission.PRINT_RECEIPT))
        self.pdf_button.setEnabled(True)
        self._draft_dirty = False
        self.record_loaded.emit(record.record_id)
        self._check_repeats(
            record.petition.group_name, [r.national_id for r in record.petition.representatives]
        )

    def _show_heading(self, record: PetitionRecord) -> None:
        code = format_tracking_code(record.tracking_code)
        self.mode_label.setText(
            self.tr("คำร้องของกลุ่ม {group} (ฉบับที่ {version})").format(
                group=record.petition.group_name, version=record.version
            )
        )
        self.code_label.setText(self.tr("เลขรับเรื่อง {code}").format(code=code))

    def _show_timeline(self, record: PetitionRecord) -> None:
        p = record.petition
        self.timeline.set_events(p.timeline, p.status, p.departed_at, registered=True)
        self.form.set_timeline(p.timeline, p.status, p.departed_at)

    def _show_new(self) -> None:
        self._record = None
        self.mode_label.setText(self.tr("บันทึกคำร้องของกลุ่มใหม่"))
        self.code_label.setText("")
        self.reason.clear()
        self.reason_box.setVisible(False)
        self.form.set_read_only(not self._can_log)
        self.timeline.set_events([], PetitionStatus.PRESENT, None, registered=False)
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.paper_status.setText("")
        self.paper_error.setText("")
        self.form.set_repeat_matches([])

    def new_petition(self) -> None:
        """Ctrl+N: a clean form for the next group, arrival now, the signed-in officer as receiver."""
        if not self._can_log:
            return
        self._show_new()
        self.form.clear(self._env.services.ctx.clock())
        self.form.set_received_by_default(self._env.user.display_name, "")
        self.status.setText("")
        self._discard_draft()
        self.form.group_name.setFocus()

    # ------------------------------------------------------------------ drafts
    def _form_changed(self) -> None:
        if self._record is None and self._can_log:
            self._draft_dirty = True
            self._autosave.start()

    def save_draft(self) -> None:
        """Writes the new petition's form to the officer's draft slot (the debounce timer calls this)."""
        self._autosave.stop()
        if not self._draft_dirty or self._saving or self._record is not None:
            return
        self._draft_dirty = False
        data = self.form.draft_data()
        drafts, user = self._env.services.drafts, self._env.user
        self._write(
            lambda: drafts.save(user, DRAFT_FORM, data),
            lambda _r: self.draft_saved.emit(),
            self._draft_failed,
        )

    def _draft_failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError):
            log.warning("petition draft not saved: %s", exc.code)
            self._draft_dirty = True
            return
        raise exc

    def _restore_draft(self) -> None:
        drafts, user = self._env.services.drafts, self._env.user
        self._read(lambda: drafts.load(user, DRAFT_FORM), self._draft_loaded, self._read_failed)

    def _draft_loaded(self, data: dict[str, Any] | None) -> None:
        if not data or not isinstance(data.get("payload"), dict) or self._record is not None:
            return
        try:
            restored = petition_from_payload(data["payload"])
        except (TypeError, ValueError, KeyError):
            log.warning("unreadable petition draft ignored")
            return
        if restored.group_name or restored.representatives or restored.demands:
            self.form.restore_draft(data)
            self.status.setText(self.tr("กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย"))

    def _discard_draft(self) -> None:
        self._autosave.stop()
        self._draft_dirty = False
        drafts, user = self._env.services.drafts, self._env.user
        self._write(lambda: drafts.discard(user, DRAFT_FORM), lambda _r: None, self._draft_failed)

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        """Registers the new petition, or amends the shown one with the reason; errors go beside fields."""
        if self._saving:
            return
        form_issues = self.form.form_issues()
        if form_issues:
            self.form.show_issues(form_issues)
            self.status.setText(error_text("validation_failed"))
            return
        payload = self.form.payload()
        service, user = self._service, self._env.user
        record = self._record
        if record is None:
            if not self._can_log:
                return
            drafts = self._env.services.drafts

            def register() -> SaveResult:
                result = service.register(user, payload)
                try:
                    drafts.discard(user, DRAFT_FORM)
                except KnownError:
                    log.warning("petition draft not discarded after save")
                return result

            job: Callable[[], SaveResult] = register
        else:
            if not self._can_amend:
                return
            reason = self.reason.text()
            record_id, version = record.record_id, record.version

            def amend() -> SaveResult:
                return service.amend(user, record_id, payload, reason, expected_version=version)

            job = amend
        self._autosave.stop()
        self._set_saving(True)
        self._write(job, self._saved, self._save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.save_button.setEnabled(not saving and not self.form.read_only)
        self.status.setText(self.tr("กำลังบันทึก…") if saving else self.status.text())

    def _saved(self, result: SaveResult) -> None:
        self._set_saving(False)
        self._draft_dirty = False
        self.form.clear_issues()
        self.reason_box.set_error("")
        if result.version == 1:
            self.status.setText(
                self.tr("บันทึกคำร้องแล้ว เลขรับเรื่อง {code} — กด Ctrl+P เพื่อพิมพ์ใบรับเรื่องให้ผู้แทน").format(
                    code=format_tracking_code(result.tracking_code)
                )
            )
        else:
            self.status.setText(self.tr("บันทึกการแก้ไขแล้ว (ฉบับที่ {version})").format(version=result.version))
        self._env.bus.announce(result.changes)
        self.saved.emit(result)
        self.open_record(result.record_id)
        self.refresh_day()

    def _save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationFailed):
            reason_issues = [i for i in exc.issues if i.field == "reason"]
            if reason_issues:
                self.reason_box.set_error(petition_issue_text(reason_issues[0]))
                self.reason.setFocus()
            self.form.show_issues([i for i in exc.issues if i.field != "reason"])
            self.status.setText(error_text(exc.code))
            return
        if isinstance(exc, KnownError):
            self.status.setText(known_text(exc))
            if self._record is None:
                self._draft_dirty = True
                self.save_draft()
            return
        raise exc

    # ------------------------------------------------------------------ attachments
    def attach_files(self, paths: list[str]) -> None:
        """Stores each chosen file (encrypted, size-limited) and attaches it to the form."""
        if self.form.read_only:
            return
        service, user = self._service, self._env.user
        for raw in paths:
            path = Path(raw)

            def store(path: Path = path) -> tuple[AttachmentRef, QImage | None]:
                # The picture first: a scanned original leaves the scanner folder once it is stored.
                image = QImage(str(path))
                ref = service.store_document(user, path)
                picture = image if ref.media_type.startswith("image/") and not image.isNull() else None
                return ref, picture

            self._write(store, self._stored, self._store_failed)

    def _stored(self, result: tuple[AttachmentRef, QImage | None]) -> None:
        ref, picture = result
        self.form.attachments.add_ref(ref, picture)
        self.attachment_stored.emit(ref.sha256)

    def _store_failed(self, exc: Exception) -> None:
        if isinstance(exc, AttachmentTooLarge):
            self.form.attachments.set_error(too_large_text(exc))
            return
        if isinstance(exc, KnownError):
            self.form.attachments.set_error(known_text(exc))
            return
        if isinstance(exc, OSError):
            self.form.attachments.set_error(self.tr("อ่านไฟล์ไม่ได้ กรุณาตรวจสอบไฟล์แล้วลองใหม่"))
            return
        raise exc

    # ------------------------------------------------------------------ timeline
    def _log_event(self, kind: str, note: str) -> None:
        record = self._record
        if record is None:
            self.timeline.request_failed(self.tr("บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้"))
            return
        service, user, record_id = self._service, self._env.user, record.record_id
        self._write(
            lambda: service.log_event(user, record_id, TimelineEventKind(kind), note),
            self._event_saved,
            self._event_failed,
        )

    def _close_visit(self, departed_at: Any) -> None:
        record = self._record
        if record is None:
            return
        service, user, record_id = self._service, self._env.user, record.record_id
        self._write(
            lambda: service.close_visit(user, record_id, departed_at), self._event_saved, self._event_failed
        )

    def _event_saved(self, result: SaveResult) -> None:
        self.timeline.event_saved()
        self._env.bus.announce(result.changes)
        self.saved.emit(result)
        record_id = result.record_id
        self._read(lambda: self._service.load(record_id), self._event_reloaded, self._read_failed)
        self.refresh_day()

    def _event_reloaded(self, record: PetitionRecord) -> None:
        if self._record is None or self._record.record_id != record.record_id:
            return
        # Only the envelope and the timeline move on: what the officer is typing in the form stays.
        self._record = record
        self._show_timeline(record)
        self._show_heading(record)
        self.record_loaded.emit(record.record_id)

    def _event_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self.timeline.request_failed("\n".join(dict.fromkeys(petition_issue_text(i) for i in exc.issues)))
            return
        if isinstance(exc, KnownError):
            self.timeline.request_failed(known_text(exc))
            return
        raise exc

    # ------------------------------------------------------------------ repeat groups
    def _check_repeats(self, group_name: str, national_ids: list[str]) -> None:
        exclude = self._record.record_id if self._record else ""
        service = self._service
        self._read(
            lambda: service.find_repeat_groups(group_name, national_ids, exclude_record_id=exclude),
            self._repeats_found,
            self._read_failed,
        )

    def _repeats_found(self, groups: list[RepeatGroup]) -> None:
        self.form.set_repeat_matches(
            [RepeatMatch(g.record_id, g.tracking_code, g.group_name, g.created_at, g.reason) for g in groups]
        )

    # ------------------------------------------------------------------ papers
    def print_receipt(self) -> None:
        """Queues the representative's receipt for the thermal printer (a reprint after the first)."""
        record = self._record
        jobs = self._env.services.print_jobs
        if record is None or jobs is None or not self._env.user.can(Permission.PRINT_RECEIPT):
            return
        user, record_id, reprint = self._env.user, record.record_id, record.receipt_printed
        self.paper_error.setText("")
        self.paper_status.setText(self.tr("กำลังส่งใบรับเรื่องไปที่เครื่องพิมพ์…"))

        def enqueue() -> Any:
            return jobs.enqueue(user, record_id, copy="citizen", reprint=reprint)

        self._write(enqueue, self._print_queued, self._paper_failed)

    def _print_queued(self, changes: Any) -> None:
        self.paper_status.setText(self.tr("ส่งใบรับเรื่องไปที่เครื่องพิมพ์แล้ว"))
        self._env.bus.announce(changes)

    def record_pdf(self) -> None:
        """Writes the A4 petition record (with signature lines) and opens it."""
        record = self._record
        if record is None:
            return
        service, record_id = self._service, record.record_id
        target = self.export_dir / f"petition-{record.tracking_code}-v{record.version}.pdf"
        self.paper_status.setText(self.tr("กำลังสร้างเอกสาร…"))
        self._read(lambda: service.write_record_pdf(record_id, target), self._pdf_written, self._paper_failed)

    def daily_summary_pdf(self) -> None:
        """Writes the day's situation summary (supervisors) and opens it."""
        day = self._today()
        target = self.export_dir / f"situation-{day.isoformat()}.pdf"
        service, user = self._service, self._env.user
        self._read(
            lambda: service.write_daily_summary_pdf(user, day, target), self._pdf_written, self._paper_failed
        )

    def _pdf_written(self, path: Path) -> None:
        self.paper_status.setText(self.tr("สร้างเอกสารแล้ว: {path}").format(path=str(path)))
        self.pdf_ready.emit(str(path))
        if self.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _paper_failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError):
            self.paper_status.setText("")
            self.paper_error.setText(known_text(exc))
            return
        if isinstance(exc, OSError):
            self.paper_error.setText(self.tr("บันทึกไฟล์ไม่ได้ กรุณาตรวจสอบพื้นที่ดิสก์"))
            return
        raise exc

    def _read_failed(self, exc: Exception) -> None:
        if isinstance(exc, KnownError):
            self.status.setText(known_text(exc))
            return
        raise exc

    # ------------------------------------------------------------------ lifecycle
    def current_payload(self) -> GroupPetitionPayload:
        """What the form holds now (tests and the main window's lock screen)."""
        return self.form.payload()

    def showEvent(self, event: Any) -> None:
        """Brings the list and the departure clock up to date when the page is shown."""
        super().showEvent(event)
        self.timeline.refresh_clock()

    def closeEvent(self, event: Any) -> None:
        """Writes a pending draft before the page goes away."""
        if self._draft_dirty:
            self.save_draft()
        super().closeEvent(event)
