"""The counter's devices in the main window: the ID-card watcher and its status line, the barcode/QR
wedge scanner and what a scanned receipt opens. One object, made and stopped by the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from app.domain.clock import BANGKOK
from app.services.types import RecordDetail
from ui.env import UiEnv
from ui.fields.card_reader import CardReaderStatus, CardWatcher
from ui.fields.wedge_scanner import ScanRouter, WedgeScanner

STATUS_MESSAGE_MS = 10_000


class CounterDevices(QObject):
    """Card reader, wedge scanner and record opening for one signed-in window."""

    def __init__(self, window: QMainWindow, env: UiEnv) -> None:
        super().__init__(window)
        self._window = window
        self._env = env
        settings = env.settings
        self.watcher: CardWatcher | None = None
        readers = env.services.card_reader
        if readers is not None:
            self.watcher = CardWatcher(
                window,
                env.ops,
                readers,
                env.user,
                lambda: env.services.ctx.clock().astimezone(BANGKOK).date(),
            )
            self.card_status = CardReaderStatus(self.watcher, window)
            window.statusBar().addPermanentWidget(self.card_status)
            self.watcher.start()
        self.wedge = WedgeScanner(
            settings.wedge_max_key_gap_ms, settings.wedge_min_length, parent=self, scope=window
        )
        self.wedge.install()
        self.router = ScanRouter(env.ops, env.services.records.by_tracking_code, self._show_record, self)
        self.wedge.scanned.connect(self.router.handle)
        self.router.not_found.connect(self._say)

    def refresh(self) -> None:
        """The pages were rebuilt (language switch): their new card panels learn about the reader."""
        if self.watcher is not None:
            self.watcher.refresh()

    def stop(self) -> None:
        """Stops the card watcher thread and the key filter (the window closes)."""
        if self.watcher is not None:
            self.watcher.stop()
        self.wedge.uninstall()

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _show_record(self, detail: RecordDetail, shown_code: str) -> None:
        show_page = getattr(self._window, "show_page", None)
        page_of = getattr(self._window, "page", None)
        page: QWidget | None = page_of("records") if callable(page_of) else None
        if page is None or not callable(show_page):
            self._say(self.tr("ไม่มีสิทธิ์เปิดดูเรื่อง %1").replace("%1", shown_code))
            return
        show_page("records")
        search = getattr(page, "search", None)
        if search is not None:
            search.setText(shown_code)
        page.open_record(detail.record_id)  # type: ignore[attr-defined]
        self._say(self.tr("เปิดเรื่องเลขที่ %1 จากใบรับเรื่องที่สแกน").replace("%1", shown_code))
