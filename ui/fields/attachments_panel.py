"""Documents and photos of a petition: petition letters, signature sheets, photos (docs/ARCHITECTURE.md,
Module map).

The panel shows what is attached, with thumbnails, and asks for more: from files (Ctrl+O or the button)
or from a scanner folder it watches. It stores nothing itself: it emits :attr:`files_chosen` with paths;
the page stores each file through the service (content-addressed, encrypted, size-limited) and hands back
an :class:`AttachmentRef` with :meth:`add_ref`. A refused file (too large) gets its Thai reason with
:meth:`set_error`; what was already attached stays.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.petition import AttachmentKind, AttachmentRef
from ui.fields.error_line import ErrorLine, ShowsError
from ui.messages import attachment_kind_text

log = logging.getLogger("psc.ui")

THUMB = QSize(96, 96)
_REF_ROLE = Qt.ItemDataRole.UserRole
# A scanner writes a file over a second or two: a file is taken once its size stops changing.
SCANNER_SETTLE_MS = 800
SCANNED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def kind_for_name(name: str, media_type: str = "") -> AttachmentKind:
    """A first guess at what a file is, from its type: images are photos, other files letters."""
    suffix = Path(name).suffix.lower()
    if media_type.startswith("image/") or suffix in {".jpg", ".jpeg", ".png", ".heic", ".webp"}:
        return AttachmentKind.PHOTO
    return AttachmentKind.PETITION_LETTER


def document_icon(name: str) -> QPixmap:
    """A plain page with the file's extension on it, for files without a picture (PDF, TIFF scans)."""
    pix = QPixmap(THUMB)
    pix.fill(QColor("transparent"))
    painter = QPainter(pix)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#555555"), 2))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(18, 6, 60, 84)
        painter.setPen(QColor("#b00020"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(16)
        painter.setFont(font)
        ext = (Path(name).suffix[1:] or "?").upper()[:4]
        painter.drawText(18, 30, 60, 40, Qt.AlignmentFlag.AlignCenter, ext)
    finally:
        painter.end()
    return pix


def thumbnail(image: QImage) -> QPixmap:
    """A picture scaled to fit the thumbnail box, aspect kept."""
    return QPixmap.fromImage(
        image.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    )


class AttachmentsPanel(ShowsError, QGroupBox):
    """The list of a petition's documents and photos, with add, remove and the kind of each."""

    files_chosen = Signal(list)
    """Paths (str) the officer chose, or the scanner wrote: the page stores them."""
    changed = Signal()
    """An attachment was added, removed or its kind changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("เอกสารและภาพถ่าย (Ctrl+O เพิ่มไฟล์)"))
        self.setObjectName("attachments_panel")
        self._read_only = False
        self._watcher: QFileSystemWatcher | None = None
        self._watched_folder: Path | None = None
        self._seen: set[str] = set()
        self._sizes: dict[str, int] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SCANNER_SETTLE_MS)
        self._settle.timeout.connect(self._collect_scans)

        lay = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("attachment_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setGridSize(QSize(THUMB.width() + 48, THUMB.height() + 44))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(THUMB.height() + 56)
        self.list.currentItemChanged.connect(self._show_kind)
        lay.addWidget(self.list)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("เพิ่มไฟล์…"), self)
        self.add_button.setObjectName("add_attachment")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("นำออก"), self)
        self.remove_button.setObjectName("remove_attachment")
        self.remove_button.clicked.connect(self.remove_current)
        self.kind = QComboBox(self)
        self.kind.setObjectName("attachment_kind")
        for kind in AttachmentKind:
            self.kind.addItem(attachment_kind_text(kind), kind.value)
        self.kind.activated.connect(self._kind_chosen)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(QLabel(self.tr("ประเภท"), self))
        row.addWidget(self.kind)
        row.addStretch(1)
        lay.addLayout(row)
        self.scanner_label = QLabel(self)
        self.scanner_label.setObjectName("scanner_label")
        self.scanner_label.setVisible(False)
        lay.addWidget(self.scanner_label)
        self.error_label = ErrorLine(self, "error:attachments")
        lay.addWidget(self.error_label)

        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)

    # ------------------------------------------------------------------ choosing files
    def choose_files(self) -> None:
        """Opens the file dialog; the chosen files are emitted for storing."""
        if self._read_only:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("เลือกเอกสารหรือภาพถ่าย"),
            "",
            self.tr("เอกสารและภาพ (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;ทุกไฟล์ (*)"),
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Asks for these files to be stored (the page answers with ``add_ref`` or ``set_error``)."""
        chosen = [str(p) for p in paths]
        if chosen and not self._read_only:
            self.set_error("")
            self.files_chosen.emit(chosen)

    # ------------------------------------------------------------------ scanner folder
    def watch_folder(self, folder: str | Path | None) -> None:
        """Watches a scanner's output folder: each new file there is offered like a chosen file.

        Files already in the folder when watching starts are not offered (they belong to earlier work).
        """
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._watched_folder = None
        if not folder:
            self.scanner_label.setVisible(False)
            return
        path = Path(folder)
        if not path.is_dir():
            self.scanner_label.setText(self.tr("ไม่พบโฟลเดอร์สแกนเนอร์: {path}").format(path=str(path)))
            self.scanner_label.setVisible(True)
            return
        self._watched_folder = path
        self._seen = {p.name for p in path.iterdir()}
        self._watcher = QFileSystemWatcher([str(path)], self)
        self._watcher.directoryChanged.connect(lambda _p: self._settle.start())
        self.scanner_label.setText(self.tr("รับไฟล์จากสแกนเนอร์อัตโนมัติ: {path}").format(path=str(path)))
        self.scanner_label.setVisible(True)

    def _collect_scans(self) -> None:
        folder = self._watched_folder
        if folder is None:
            return
        ready: list[str] = []
        waiting = False
        for entry in sorted(folder.iterdir()):
            if entry.name in self._seen or not entry.is_file():
                continue
            if entry.suffix.lower() not in SCANNED_SUFFIXES:
                continue
            size = entry.stat().st_size
            if size == 0 or self._sizes.get(entry.name) != size:
                # Still being written: look again once it has stopped growing.
                self._sizes[entry.name] = size
                waiting = True
                continue
            self._seen.add(entry.name)
            ready.append(str(entry))
        if waiting:
            self._settle.start()
        if ready:
            log.info("scanner folder: %d new file(s)", len(ready))
            self.add_files(ready)

    def scan_now(self) -> None:
        """Looks at the scanner folder now (the watcher also does, after files settle)."""
        self._collect_scans()

    # ------------------------------------------------------------------ the list
    def add_ref(self, ref: AttachmentRef, picture: QImage | None = None) -> None:
        """Shows a stored attachment; ``picture`` makes its thumbnail (else a page icon)."""
        for i in range(self.list.count()):
            if self._ref(self.list.item(i)).sha256 == ref.sha256:
                return  # the same content twice is one attachment
        item = QListWidgetItem(self.list)
        self._set_item(item, ref, picture)
        self.list.setCurrentItem(item)
        self.changed.emit()

    def _set_item(self, item: QListWidgetItem, ref: AttachmentRef, picture: QImage | None) -> None:
        item.setData(_REF_ROLE, ref)
        item.setText(f"{ref.name}\n{attachment_kind_text(ref.kind)}")
        item.setToolTip(f"{ref.name} ({_size_text(ref.size)})\nSHA-256 {ref.sha256[:16]}…")
        if picture is not None and not picture.isNull():
            item.setIcon(QIcon(thumbnail(picture)))
        elif item.icon().isNull():
            item.setIcon(QIcon(document_icon(ref.name)))

    def set_picture(self, sha256: str, picture: QImage) -> None:
        """Replaces the page icon of an attachment with its thumbnail (loaded in the background)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if self._ref(item).sha256 == sha256 and not picture.isNull():
                item.setIcon(QIcon(thumbnail(picture)))

    def set_refs(self, refs: Sequence[AttachmentRef]) -> None:
        """Shows exactly these attachments (a loaded record or a draft)."""
        self.list.clear()
        for ref in refs:
            item = QListWidgetItem(self.list)
            self._set_item(item, ref, None)

    def refs(self) -> list[AttachmentRef]:
        """The attachments in the order shown."""
        return [self._ref(self.list.item(i)) for i in range(self.list.count())]

    def remove_current(self) -> None:
        """Takes the selected attachment off this petition (the stored file stays for earlier versions)."""
        if self._read_only:
            return
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _ref(self, item: QListWidgetItem) -> AttachmentRef:
        ref = item.data(_REF_ROLE)
        assert isinstance(ref, AttachmentRef)
        return ref

    def _show_kind(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if current is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(self._ref(current).kind.value), 0))

    def _kind_chosen(self, _index: int) -> None:
        item = self.list.currentItem()
        if item is None or self._read_only:
            return
        ref = self._ref(item)
        kind = AttachmentKind(self.kind.currentData())
        if kind is not ref.kind:
            new = AttachmentRef(ref.sha256, ref.name, kind, ref.media_type, ref.size)
            item.setData(_REF_ROLE, new)
            item.setText(f"{new.name}\n{attachment_kind_text(new.kind)}")
            self.changed.emit()

    def set_kind(self, row: int, kind: AttachmentKind) -> None:
        """Sets what one attachment is (as choosing it in the box does)."""
        self.list.setCurrentRow(row)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self._kind_chosen(self.kind.currentIndex())

    # ------------------------------------------------------------------ state

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: the list shows, nothing can be added or removed."""
        self._read_only = read_only
        for widget in (self.add_button, self.remove_button, self.kind):
            widget.setEnabled(not read_only)


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"
