"""Files chosen for a petition (letter, signature sheets, photos): stored encrypted and size-limited by the
petition service on the writer thread, then shown in the form's attachments panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.domain.petition import AttachmentRef
from app.services.petitions import AttachmentTooLarge, PetitionService
from app.services.types import CurrentUser, KnownError
from ui.fields.attachments_panel import AttachmentsPanel
from ui.messages import attachment_too_large_text, petition_error_text
from ui.ops import Ops, on_known_error


class AttachmentStorer(QObject):
    """Stores files for one attachments panel."""

    stored = Signal(str)
    """SHA-256 of a file just stored and attached."""

    def __init__(
        self, ops: Ops, service: PetitionService, user: CurrentUser, panel: AttachmentsPanel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._ops, self._service, self._user, self._panel = ops, service, user, panel
        self._failed = on_known_error(
            panel.set_error, text=_text, os_error=self.tr("อ่านไฟล์ไม่ได้ กรุณาตรวจสอบไฟล์แล้วลองใหม่")
        )

    def store(self, paths: list[str]) -> None:
        """Stores each file in the background; each one stored appears in the panel (with its picture)."""
        service, user = self._service, self._user
        for raw in paths:
            path = Path(raw)

            def store(path: Path = path) -> tuple[AttachmentRef, QImage | None]:
                # The picture first: a scanned original leaves the scanner folder once it is stored.
                image = QImage(str(path))  # QImage is safe off the GUI thread (QPixmap is not)
                ref = service.store_document(user, path)
                picture = image if ref.media_type.startswith("image/") and not image.isNull() else None
                return ref, picture

            self._ops.run_write(store, self._stored, self._failed, owner=self)

    def _stored(self, result: tuple[AttachmentRef, QImage | None]) -> None:
        ref, picture = result
        self._panel.add_ref(ref, picture)
        self.stored.emit(ref.sha256)


def _text(error: KnownError) -> str:
    if isinstance(error, AttachmentTooLarge):
        return attachment_too_large_text(error.name, error.size, error.limit)
    return petition_error_text(error.code)
