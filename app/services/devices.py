"""Use cases of the counter's devices: reading a Thai ID card, scanning documents into a record.

Reading a card is reading personal data, so it needs the permission to register a complaint or log a
petition and it is an audit event; the event says that a card was read, on which reader, with or without
the photo, and never what was on it. Scanning stores one PDF through ``ComplaintService.store_attachment``
(encrypted, content-addressed, size-limited, audited), so a scan syncs like any attachment.
"""

from __future__ import annotations

import os
import shlex
import threading
from collections.abc import Callable
from dataclasses import dataclass

from app.config import Settings
from app.devices import scanner, smartcard
from app.devices.scanner import ScannerInfo, ScannerOptions, ScanRequest
from app.devices.smartcard import ReaderState
from app.domain.roles import Permission
from app.domain.thai_id_card import ThaiIdCard
from app.services.audit import AuditLog
from app.services.base import ServiceBase
from app.services.context import AppContext
from app.services.types import CurrentUser, KnownError, PermissionDenied


def _may_take_personal_data(user: CurrentUser) -> None:
    if not (user.can(Permission.REGISTER_COMPLAINT) or user.can(Permission.LOG_PETITION)):
        raise PermissionDenied("permission_denied", Permission.REGISTER_COMPLAINT.value)


class CardReaderService(ServiceBase):
    """The PC/SC ID-card reader."""

    @property
    def available(self) -> bool:
        """Whether this counter can have a card reader at all (pyscard installed and not turned off)."""
        return self._ctx.settings.card_reader_enabled and smartcard.pyscard_available()

    def watcher(self) -> smartcard.PcscReaders:
        """A reader/card watcher for one thread (its ``wait_for_change`` blocks: never on the GUI thread)."""
        return smartcard.PcscReaders(self._ctx.settings.card_reader_filter)

    def read_card(self, user: CurrentUser, reader: str, with_photo: bool = False) -> ThaiIdCard:
        """Reads the card in ``reader``; audited (``id_card.read``, no card data). ``KnownError`` with the
        reader's code (``card_removed``, ``not_thai_id_card`` …) when it cannot be read."""
        _may_take_personal_data(user)
        try:
            card = smartcard.read_thai_id_card(reader, with_photo=with_photo)
        except smartcard.SmartCardError as exc:
            raise KnownError(exc.code, exc.detail) from exc
        with self._ctx.db.session() as session:
            self._audit.append(
                session,
                user.username,
                "id_card.read",
                "",
                {"reader": reader, "photo": with_photo},
                self._ctx.clock(),
            )
        return card


@dataclass(frozen=True)
class ScannedPdf:
    """Pages scanned and joined, not stored yet."""

    pdf: bytes
    pages: int


@dataclass(frozen=True)
class ScannedDocument:
    """A scan stored as an attachment."""

    sha256: str
    pages: int
    size: int


class ScanService:
    """SANE document scanners."""

    def __init__(self, ctx: AppContext, audit: AuditLog, store: Callable[..., str]) -> None:
        self._ctx = ctx
        self._audit = audit
        self._store = store  # ComplaintService.store_attachment: one way in for every attachment
        self.env: dict[str, str] | None = None
        """The environment of ``scanimage`` (None: this process's); tests set ``SANE_CONFIG_DIR`` here."""

    @property
    def settings(self) -> Settings:
        """This counter's settings (the scanner defaults: device, mode, resolution)."""
        return self._ctx.settings

    def _env(self) -> dict[str, str]:
        return dict(self.env) if self.env is not None else dict(os.environ)

    def scanners(self) -> list[scanner.ScannerInfo]:
        """The scanners SANE finds (slow: probes USB and the network; call off the GUI thread)."""
        return scanner.list_scanners(self._env())

    def options(self, device: str) -> scanner.ScannerOptions:
        """The modes and resolutions ``device`` offers."""
        return scanner.device_options(device, self._env())

    def scan_pdf(
        self,
        user: CurrentUser,
        request: scanner.ScanRequest,
        cancel: threading.Event,
        progress: Callable[[int, float], None] | None = None,
    ) -> ScannedPdf:
        """Scans the pages into one PDF, in memory (seconds to minutes: a reader thread, not the writer).
        Cancelled (``KnownError("scan_cancelled")``) or failed scans leave nothing anywhere."""
        _may_take_personal_data(user)
        if not request.extra_options and self._ctx.settings.scan_extra_options.strip():
            request.extra_options = tuple(shlex.split(self._ctx.settings.scan_extra_options))
        try:
            pages = scanner.scan_pages(request, cancel, progress, self._env())
        except scanner.ScanError as exc:
            raise KnownError(exc.code, exc.detail) from exc
        if cancel.is_set():  # cancelled after the last page: still nothing
            raise KnownError(scanner.SCAN_CANCELLED)
        return ScannedPdf(scanner.pages_to_pdf(pages, request.resolution), len(pages))

    def store(self, user: CurrentUser, scan: ScannedPdf) -> ScannedDocument:
        """Stores a scanned PDF as an attachment (encrypted, size-limited, audited); its SHA-256 goes into
        the record's ``attachments`` and syncs like any attachment."""
        sha = self._store(user, scan.pdf, "application/pdf", f"scan-{scan.pages}p.pdf")
        return ScannedDocument(sha, scan.pages, len(scan.pdf))


__all__ = [
    "CardReaderService",
    "ReaderState",
    "ScanRequest",
    "ScanService",
    "ScannedDocument",
    "ScannedPdf",
    "ScannerInfo",
    "ScannerOptions",
]
