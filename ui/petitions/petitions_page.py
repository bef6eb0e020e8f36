"""The mass-coordination desk: today's groups, the petition form, the live timeline, receipts and papers.

Left, the groups logged today (newest last); middle, the petition form (new, or the selected group's
latest version, amended with a reason); right, the live timeline and the papers: the representative's
receipt on the thermal printer, the A4 petition record, and the day's situation summary for supervisors.

Everything that touches the database, the attachment store, the printer queue or a PDF goes through
``env.ops`` (docs/ARCHITECTURE.md, UI rule 2); the form keeps what was typed whatever a save says. Counter
officers see the
same page read-only (app/domain/roles.py).

============  ==============================================================
Ctrl+N        a new petition (the form autosaves a draft while typing)
Ctrl+S        save: register, or amend the selected petition with the reason typed above the form
Ctrl+P        print the representative's receipt (a reprint when it was printed before)
Ctrl+Shift+A  the A4 petition record (PDF, with signature lines)
F6 … F12      timeline events (see ``ui.petitions.petition_timeline``)
============  ==============================================================
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.petition import (
    GroupPetitionPayload,
    PetitionStatus,
    petition_from_payload,
)
from app.domain.roles import Permission
from app.domain.thaidate import bangkok_date
from app.domain.tracking import format_tracking_code
from app.services.petitions import PetitionRecord, PetitionService
from app.services.types import KnownError, SaveResult, ValidationFailed
from ui.env import UiEnv
from ui.fields.drafts import DraftKeeper
from ui.fields.field import FieldBox
from ui.messages import error_text, petition_error_text, petition_issue_text
from ui.ops import on_known_error
from ui.petitions.attachment_storer import AttachmentStorer
from ui.petitions.day_list import DayList
from ui.petitions.papers import PapersPanel
from ui.petitions.petition_form import PetitionForm
from ui.petitions.petition_save import RepeatLookup, save_job
from ui.petitions.petition_timeline import PetitionTimeline
from ui.petitions.timeline_actions import TimelineActions

log = logging.getLogger("psc.ui")
T = TypeVar("T")

DRAFT_FORM = "group_petition"
"""The draft slot of a new petition (one per officer)."""


def _text(exc: KnownError) -> str:
    return petition_error_text(exc.code)


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

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(self)
        outer.addWidget(splitter, 1)

        # --- left: today's groups
        self.day = DayList(splitter)
        self.day.open_requested.connect(self._open_id)
        self.day_label, self.day_list = self.day.label, self.day.list
        self.new_button, self.summary_button = self.day.new_button, self.day.summary_button
        self.new_button.clicked.connect(self.new_petition)
        self.new_button.setVisible(self._can_log)
        self.summary_button.clicked.connect(self.daily_summary_pdf)
        self.summary_button.setVisible(env.user.can(Permission.REPORTS))

        # --- middle: the form
        middle = QWidget(splitter)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        self.mode_label = QLabel(middle)
        self.mode_label.setObjectName("mode_label")
        self.mode_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.mode_label.setWordWrap(True)  # a long group name must not widen the page past a 1366 px screen
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
        self.papers = PapersPanel(env, service, self._today, right)
        self.papers.pdf_ready.connect(self.pdf_ready)
        self.print_button, self.pdf_button = self.papers.print_button, self.papers.pdf_button
        self.paper_status, self.paper_error = self.papers.status, self.papers.error
        rl.addWidget(self.papers)
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
        self.repeat_lookup = RepeatLookup(
            env.ops, service, self.form, current=self._current_record, failed=self._read_failed, owner=self
        )
        self.storer = AttachmentStorer(env.ops, service, env.user, self.form.attachments, self)
        self.storer.stored.connect(self.attachment_stored)
        self.form.attachments.files_chosen.connect(self.attach_files)
        self.form.attachments.watch_folder(env.settings.scanner_folder or None)
        self.timeline_actions = TimelineActions(
            env.ops, service, env.user, self.timeline, current=self._current_record, parent=self
        )
        self.timeline_actions.saved.connect(self._event_saved)
        self.timeline_actions.reloaded.connect(self._event_reloaded)
        self.timeline_actions.read_failed.connect(self.status.setText)
        self.reason.textChanged.connect(lambda _t: self.reason_box.set_error(""))

        self.drafts = DraftKeeper(
            env.ops,
            env.services.drafts,
            env.user,
            DRAFT_FORM,
            collect=self.form.draft_data,
            may_save=self._may_save_draft,
            parent=self,
        )
        self.drafts.saved.connect(self.draft_saved)
        self.drafts.loaded.connect(self._draft_loaded)

        self._show_new()
        self.form.clear(env.services.ctx.clock())
        self.form.set_received_by_default(env.user.display_name, "")
        self.refresh_day()
        if self._can_log:
            self.drafts.restore()

    # ------------------------------------------------------------------ helpers
    def _current_record(self) -> PetitionRecord | None:
        return self._record

    @property
    def record(self) -> PetitionRecord | None:
        """The saved petition shown in the form, or None for a new one."""
        return self._record

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
        self.day.set_day(day)
        self._read(lambda: self._service.list_day(day), self._day_loaded, self._read_failed)

    def _day_loaded(self, records: list[PetitionRecord]) -> None:
        self.day.set_records(records, self._record.record_id if self._record else "")

    def _open_id(self, record_id: str) -> None:
        if self._record is None or self._record.record_id != record_id:
            self.open_record(record_id)

    def open_record(self, record_id: str) -> None:
        """Shows a saved petition (its latest version) for reading, the timeline, papers or amending."""
        if self._record is None:
            self.drafts.flush()
        self.drafts.stop()
        self._read(lambda: self._service.load(record_id), self._record_loaded, self._read_failed)

    def _record_loaded(self, record: PetitionRecord) -> None:
        self._record = record
        self.form.set_payload(record.petition)
        self.form.set_read_only(not self._can_amend)
        self.reason.clear()
        self.reason_box.setVisible(self._can_amend)
        self._show_heading(record)
        self._show_timeline(record)
        self.papers.set_record(record)
        self.drafts.settle()
        self.record_loaded.emit(record.record_id)
        self.repeat_lookup.check(
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
        self.papers.set_record(None)
        self.form.set_repeat_matches([])

    def new_petition(self) -> None:
        """Ctrl+N: a clean form for the next group, arrival now, the signed-in officer as receiver."""
        if not self._can_log:
            return
        self._show_new()
        self.form.clear(self._env.services.ctx.clock())
        self.form.set_received_by_default(self._env.user.display_name, "")
        self.status.setText("")
        self.drafts.discard()
        self.form.group_name.setFocus()

    # ------------------------------------------------------------------ drafts
    def _form_changed(self) -> None:
        if self._record is None and self._can_log:
            self.drafts.changed()

    def _may_save_draft(self) -> bool:
        return not self._saving and self._record is None

    def save_draft(self) -> None:
        """Writes the new petition's form to the officer's draft slot (the debounce timer calls this)."""
        self.drafts.save_now()

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

    def save(self) -> None:
        """Registers the new petition, or amends the shown one with the reason; errors go beside fields."""
        if self._saving:
            return
        form_issues = self.form.form_issues()
        if form_issues:
            self.form.show_issues(form_issues)
            self.status.setText(error_text("validation_failed"))
            return
        if not (self._can_log if self._record is None else self._can_amend):
            return
        payload, user = self.form.payload(), self._env.user
        job = save_job(
            self._service, user, payload, self._record, reason=self.reason.text, drafts=self.drafts
        )
        self.drafts.stop()
        self._set_saving(True)
        self._env.ops.run_write(job, self._saved, self._save_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.form.save_button.setEnabled(not saving and not self.form.read_only)
        self.status.setText(self.tr("กำลังบันทึก…") if saving else self.status.text())

    def _saved(self, result: SaveResult) -> None:
        self._set_saving(False)
        self.drafts.settle()
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
        on_known_error(self.status.setText, text=_text, also=self._save_refused, invalid=self._save_invalid)(
            exc
        )

    def _save_invalid(self, exc: ValidationFailed) -> None:
        reason_issues = [i for i in exc.issues if i.field == "reason"]
        if reason_issues:
            self.reason_box.set_error(petition_issue_text(reason_issues[0]))
            self.reason.setFocus()
        self.form.show_issues([i for i in exc.issues if i.field != "reason"])
        self.status.setText(error_text(exc.code))

    def _save_refused(self, _exc: KnownError) -> None:
        if self._record is None:
            self.drafts.save_after_failed_save()

    # ------------------------------------------------------------------ attachments
    def attach_files(self, paths: list[str]) -> None:
        """Stores each chosen file (encrypted, size-limited) and attaches it to the form."""
        if not self.form.read_only:
            self.storer.store(paths)

    # ------------------------------------------------------------------ timeline
    def _event_saved(self, result: SaveResult) -> None:
        self._env.bus.announce(result.changes)
        self.saved.emit(result)
        self.refresh_day()

    def _event_reloaded(self, record: PetitionRecord) -> None:
        if self._record is None or self._record.record_id != record.record_id:
            return
        # Only the envelope and the timeline move on: what the officer is typing in the form stays.
        self._record = record
        self._show_timeline(record)
        self._show_heading(record)
        self.record_loaded.emit(record.record_id)

    # ------------------------------------------------------------------ papers
    def print_receipt(self) -> None:
        """Ctrl+P: the representative's receipt on the thermal printer (a reprint after the first)."""
        self.papers.print_receipt()

    def record_pdf(self) -> None:
        """Ctrl+Shift+A: the A4 petition record (with signature lines)."""
        self.papers.record_pdf()

    def daily_summary_pdf(self) -> None:
        """The day's situation summary (supervisors)."""
        self.papers.daily_summary_pdf()

    @property
    def open_files(self) -> bool:
        """Whether written PDFs open in the desktop's viewer (tests switch it off)."""
        return self.papers.open_files

    @open_files.setter
    def open_files(self, value: bool) -> None:
        self.papers.open_files = value

    @property
    def export_dir(self) -> Path:
        """Where PDFs are written."""
        return self.papers.export_dir

    def _read_failed(self, exc: Exception) -> None:
        on_known_error(self.status.setText, text=_text)(exc)

    # ------------------------------------------------------------------ lifecycle
    def current_payload(self) -> GroupPetitionPayload:
        """What the form holds now (tests and the main window's lock screen)."""
        return self.form.payload()

    def showEvent(self, event: Any) -> None:
        """Brings the list and the departure clock up to date when the page is shown."""
        super().showEvent(event)
        self.timeline.refresh_clock()
        if self._record is None and not self.form.read_only and not self.form.group_name.text():
            # A new form: the cursor waits in its first field (F4 then typing, no mouse).
            QTimer.singleShot(0, self.form.group_name, self.form.group_name.setFocus)

    def closeEvent(self, event: Any) -> None:
        """Writes a pending draft before the page goes away."""
        self.drafts.flush()
        super().closeEvent(event)
