"""The intake screen: the complaint form, its autosaved draft, saving, then the receipt preview."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ErrorCode
from app.domain.records import ComplaintPayload, complaint_from_payload, to_payload
from app.services.print_jobs import PrintJobEvent
from app.services.types import Changes, KnownError, SaveResult, ValidationFailed
from ui.confirm import ask
from ui.env import UiEnv
from ui.fields.drafts import DraftBar, DraftKeeper
from ui.intake.complaint_form import ComplaintForm
from ui.intake.receipt_preview import ReceiptPreview, ReceiptRenderer
from ui.messages import error_text
from ui.ops import on_known_error
from ui.status.print_status import event_text

log = logging.getLogger("psc.ui")

DRAFT_FORM = "complaint"
"""The draft slot of the intake form (one per officer)."""


def receipt_renderer(env: UiEnv) -> ReceiptRenderer | None:
    """Renders a record's citizen receipt at the printer's width, or None while receipts are not wired."""
    receipts = env.services.receipts
    if receipts is None:
        return None
    width = env.settings.printer_width_dots

    def render(record_id: str) -> QImage:
        from printing.raster import render_receipt

        return render_receipt(receipts.document(record_id, copy="citizen", reprint=False), width)

    return render


def print_receipt(env: UiEnv, record_id: str, reprint: bool) -> Changes:
    """Queues the citizen's receipt for the printer; the print worker reports back on ``bus.print_event``.

    Without a print-job service (a stripped-down build) the receipt is only noted as printed.
    """
    jobs = env.services.print_jobs
    if jobs is not None:
        changes: Changes = jobs.enqueue(env.user, record_id, copy="citizen", reprint=reprint)
        return changes
    return env.services.records.mark_receipt_printed(env.user, record_id, reprint)


class IntakePage(QWidget):
    """Form → save → receipt preview → next citizen."""

    saved = Signal(object)
    """A ``SaveResult`` after a complaint was registered."""
    draft_saved = Signal()
    draft_restored = Signal()

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_page")
        self._env = env
        self._saving = False
        self.last_result: SaveResult | None = None
        services = env.services

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        self.form_page = QWidget(self.stack)
        fl = QVBoxLayout(self.form_page)
        fl.setContentsMargins(0, 0, 0, 0)
        self.draft_bar = DraftBar(self.form_page)
        self.draft_bar.discard_requested.connect(self._discard_restored)
        fl.addWidget(self.draft_bar)

        spare = env.take_spare("complaint_form")  # built empty while the officer typed (ui.session.prebuild)
        if isinstance(spare, ComplaintForm):
            spare.setParent(self.form_page)
            self.form = spare
        else:
            self.form = ComplaintForm(env.ops, services.complaints, services.reference, parent=self.form_page)
        fl.addWidget(self.form, 1)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("บันทึกและออกใบรับเรื่อง (Ctrl+S)"), self.form_page)
        self.save_button.setObjectName("save_complaint")
        self.save_button.setStyleSheet("font-weight: bold;")
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        self.clear_button = QPushButton(self.tr("ล้างฟอร์ม (Ctrl+N)"), self.form_page)
        self.clear_button.setObjectName("clear_form")
        self.clear_button.clicked.connect(self.new_complaint)
        bar.addWidget(self.clear_button)
        self.scan_button = QPushButton(self.tr("สแกนเอกสารแนบ"), self.form_page)
        self.scan_button.setObjectName("scan_documents")
        self.scan_button.clicked.connect(self.open_scan_dialog)
        self.scan_button.setVisible(services.scans is not None)
        bar.addWidget(self.scan_button)
        self.form.card_panel.attach_photo_requested.connect(self._attach_card_photo)
        self.status = QLabel(self.form_page)
        self.status.setObjectName("intake_status")
        bar.addWidget(self.status, 1)
        from ui.intake.due_cases import DueCasesLine  # the officer's own due cases (issue 11)

        self.due_cases = DueCasesLine(env, self.form_page)
        bar.addWidget(self.due_cases)
        fl.addLayout(bar)
        self.stack.addWidget(self.form_page)

        self.preview = ReceiptPreview(env.ops, receipt_renderer(env), self.stack)
        self.preview.new_requested.connect(self._next_citizen)
        self.preview.print_requested.connect(self._print)
        self.stack.addWidget(self.preview)

        env.bus.print_event.connect(self._print_event)
        self.form.save_requested.connect(self.save)
        self.form.new_requested.connect(self.new_complaint)
        self.form.validated.connect(self._clear_fixed_refusal)
        self.form.prefill_requested.connect(self._prefill)
        self.drafts = DraftKeeper(
            env.ops,
            services.drafts,
            env.user,
            DRAFT_FORM,
            collect=self._draft_data,
            may_save=self._may_save_draft,
            parent=self,
        )
        self.drafts.saved.connect(self.draft_saved)
        self.drafts.loaded.connect(self._draft_loaded)
        self.form.changed.connect(self.drafts.changed)

        if self.form.is_ready:
            self._restore_draft()
        else:
            self.form.ready.connect(self._restore_draft)

    # ------------------------------------------------------------------ scans and the card's photo
    def open_scan_dialog(self) -> Any:
        """Opens the scan dialog; the scanned PDF joins this complaint's attachments."""
        from ui.records.scan_dialog import ScanDialog

        dialog = ScanDialog(self._env.ops, self._env.services.scans, self._env.user, self)
        dialog.attached.connect(lambda doc: self._attached(doc.sha256, self.tr("แนบเอกสารที่สแกนแล้ว")))
        dialog.open()
        return dialog

    def _attach_card_photo(self, jpeg: bytes) -> None:
        complaints, user = self._env.services.complaints, self._env.user
        self._env.ops.run_write(
            lambda: complaints.store_attachment(user, jpeg, "image/jpeg", "id-card-photo.jpg"),
            lambda sha: self._attached(sha, self.tr("แนบรูปถ่ายจากบัตรแล้ว")),
            owner=self,
        )
        self.form.card_panel.forget_photo()

    def _attached(self, sha256: str, text: str) -> None:
        self.form.add_attachment(sha256)
        count = len(self.form.payload().attachments)
        self.status.setText(text + self.tr(" (เอกสารแนบ %1 ไฟล์)").replace("%1", str(count)))

    # ------------------------------------------------------------------ drafts
    def _draft_data(self) -> dict[str, Any]:
        return {"payload": to_payload(self.form.payload()), "linked_tracking_code": self.form.linked_code}

    def _may_save_draft(self) -> bool:
        return not self._saving

    def save_draft(self) -> None:
        """Writes the form to the officer's draft slot now (normally the debounce timer does)."""
        self.drafts.save_now()

    def _restore_draft(self) -> None:
        self.drafts.restore()

    def _draft_loaded(self, data: dict[str, Any] | None) -> None:
        if not data or not isinstance(data.get("payload"), dict):
            focus = QApplication.focusWidget()
            if focus is None or not self.form.isAncestorOf(focus):
                # Only when the officer is not typing in the form already: pulling the cursor back to the
                # first field would send the next keys to the wrong field.
                self.form.focus_first()
            return
        try:
            payload = complaint_from_payload(data["payload"])
        except (TypeError, ValueError):
            log.warning("unreadable draft ignored")
            return
        if payload == ComplaintPayload():
            return
        self.form.set_payload(payload, str(data.get("linked_tracking_code", "")))
        self.draft_bar.show_restored()
        self.form.focus_first()
        self.draft_restored.emit()

    def _discard_restored(self) -> None:
        self.draft_bar.setVisible(False)
        self.form.clear()
        self._discard_draft()

    def _discard_draft(self) -> None:
        self.drafts.discard()

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        """Registers the complaint in the background; errors go beside the fields, nothing typed is lost."""
        if self._saving or self.stack.currentWidget() is not self.form_page:
            return
        self.drafts.stop()
        payload = self.form.payload()
        complaints, user, drafts = self._env.services.complaints, self._env.user, self.drafts
        self._set_saving(True)

        def register() -> SaveResult:
            result = complaints.register(user, payload)
            drafts.discard_in_worker()  # the complaint is safe: the draft has done its job
            return result

        self._env.ops.run_write(register, self._saved, self._save_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.status.setText(self.tr("กำลังบันทึก…") if saving else "")

    def _saved(self, result: SaveResult) -> None:
        self._set_saving(False)
        self.drafts.settle()
        self.last_result = result
        self.draft_bar.setVisible(False)
        log.info("complaint registered: %s", result.tracking_code)
        self.stack.setCurrentWidget(self.preview)
        self.preview.show_result(result)
        self._env.bus.announce(result.changes)
        self.saved.emit(result)

    def _save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        title = self.tr("บันทึกไม่สำเร็จ")
        on_known_error(
            lambda text: QMessageBox.warning(self, title, text),
            also=self._save_failed_known,
            invalid=self._save_invalid,
        )(exc)

    def _save_failed_known(self, exc: KnownError) -> None:
        self.drafts.save_after_failed_save()  # still unsaved: a crash now loses nothing
        self.status.setText(error_text(exc.code))  # stays readable after the box (or the sign-out) closes

    def _save_invalid(self, exc: ValidationFailed) -> None:
        self.form.show_issues(exc.issues)
        self.status.setText(error_text(exc.code))

    def _prefill(self, record_id: str) -> None:
        complaints, user = self._env.services.complaints, self._env.user
        self._env.ops.run_read(
            lambda: complaints.earlier_contact(user, record_id),
            self.form.prefill,
            on_known_error(self.status.setText),
            owner=self,
        )

    def _clear_fixed_refusal(self) -> None:
        # "ข้อมูลยังไม่ครบถ้วน…" goes once the last red field is fixed, not at the next save.
        if self.status.text() == error_text(ErrorCode.VALIDATION_FAILED) and not self.form.errors_shown():
            self.status.setText("")

    # ------------------------------------------------------------------ after the save
    def _print(self, record_id: str) -> None:
        if not record_id:
            return
        self.preview.set_status(self.tr("กำลังส่งไปพิมพ์…"))
        env = self._env
        env.ops.run_write(
            lambda: print_receipt(env, record_id, reprint=False),
            lambda _r: self._receipt_queued(record_id),
            self._print_failed,
            owner=self,
        )

    def _receipt_queued(self, record_id: str) -> None:
        self.preview.set_status(self.tr("ส่งใบรับเรื่องเข้าคิวพิมพ์แล้ว"))
        from ui.intake.rating_window import ask_rating  # the citizen rates the service (issue 11)

        self.rating_window = ask_rating(self._env, record_id, self)

    def _print_event(self, event: PrintJobEvent) -> None:
        if event.record_id == self.preview.record_id:
            self.preview.set_status(event_text(event))

    def _print_failed(self, exc: Exception) -> None:
        on_known_error(self.preview.set_status)(exc)

    def _next_citizen(self) -> None:
        self.form.clear()
        self.stack.setCurrentWidget(self.form_page)
        self.form.focus_first()

    def new_complaint(self) -> None:
        """Ctrl+N: a clean form; asks first when something typed would be thrown away."""
        if self.stack.currentWidget() is self.preview:
            self._next_citizen()
            return
        text = self.tr("ข้อมูลที่กรอกไว้จะหายไป ต้องการล้างฟอร์มหรือไม่")
        if self.form.payload() != ComplaintPayload() and not ask(self, self.tr("ล้างฟอร์ม"), text):
            return
        self.draft_bar.setVisible(False)
        self.form.clear()
        self._discard_draft()

    def showEvent(self, event: Any) -> None:
        """Puts the cursor in the form when the page is shown."""
        super().showEvent(event)
        if self.stack.currentWidget() is self.form_page:
            QTimer.singleShot(0, self.form, self.form.focus_first)

    def closeEvent(self, event: Any) -> None:
        """Writes a pending draft before the page goes away."""
        self.drafts.flush()
        super().closeEvent(event)
