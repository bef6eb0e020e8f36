"""The records screen: a search box (debounced), the id-cached table, the detail pane, amend and reprint."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import RecordKind
from app.domain.roles import Permission
from app.services.types import Changes, RecordDetail
from ui.env import UiEnv
from ui.intake.intake_page import print_receipt
from ui.ops import on_known_error
from ui.records.amend_dialog import AmendDialog
from ui.records.record_detail import RecordDetailView
from ui.records.records_model import RecordIdRole, RecordsModel

SEARCH_DELAY_MS = 300
"""Quiet time after the last key before searching: one query per word, not per letter."""


class RecordsView(QWidget):
    """Search, list, detail, amend."""

    detail_shown = Signal(object)
    """The ``RecordDetail`` now in the pane."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records_view")
        self._env = env
        self._detail_generation = 0
        self._pending_rowid: int | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("records_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("ค้นหา: ชื่อ เรื่อง เลขติดตาม เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์ (Ctrl+F)")
        )
        top.addWidget(self.search, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("records_count")
        top.addWidget(self.count_label)
        lay.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = RecordsModel(env.services.records.for_user(env.user), env.ops, self)
        self.table = QTableView(split)
        self.table.setObjectName("records_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        # Fixed column widths: ResizeToContents would read every row (and so every page) of a huge list.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((150, 150, 130, 260, 110, 100, 110)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        split.addWidget(self.table)

        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.detail = RecordDetailView(env.services.ctx.reference, right)
        rl.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        self.amend_button = QPushButton(self.tr("แก้ไขเรื่องนี้…"), right)
        self.amend_button.setObjectName("amend_record")
        self.amend_button.clicked.connect(self.amend_current)
        buttons.addWidget(self.amend_button)
        self.reprint_button = QPushButton(self.tr("พิมพ์ใบรับเรื่องซ้ำ"), right)
        self.reprint_button.setObjectName("reprint_record")
        self.reprint_button.clicked.connect(self._reprint)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        self.detail_status = QLabel(right)
        buttons.addWidget(self.detail_status)
        rl.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self._update_buttons()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)
        self.model.total_changed.connect(self._show_count)
        self.model.dataChanged.connect(self._rows_arrived)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        env.bus.changed.connect(self._changes)
        self.model.reload()

    # ------------------------------------------------------------------ search
    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text != self.model.query:
            self.model.set_query(text)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n รายการ", "", total))

    def _changes(self, changes: Changes) -> None:
        if changes.records:
            current = self.detail.detail.record_id if self.detail.detail else ""
            self.model.reload()
            if current and current in changes.record_ids:
                self.open_record(current)

    # ------------------------------------------------------------------ detail
    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._activated(indexes[0])

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.data(self.model.index(index.row(), 0), RecordIdRole)
        if record_id:
            self._pending_rowid = None
            self.open_record(str(record_id))
        else:
            # The row is still loading: open it when it arrives.
            self._pending_rowid = self.model.rowid_at(index.row())

    def _rows_arrived(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if self._pending_rowid is None:
            return
        for row in range(top_left.row(), bottom_right.row() + 1):
            if self.model.rowid_at(row) == self._pending_rowid:
                self._activated(self.model.index(row, 0))
                return

    def open_record(self, record_id: str) -> None:
        """Loads a record's detail into the pane (in the background)."""
        self._detail_generation += 1
        generation = self._detail_generation
        records, user = self._env.services.records, self._env.user
        self._env.ops.run_read(
            lambda: records.read_detail(user, record_id),  # checked and audited: a read of personal data
            lambda detail: self._detail_arrived(generation, detail),
            self._detail_failed,
            owner=self,
        )

    def _detail_arrived(self, generation: int, detail: RecordDetail) -> None:
        if generation != self._detail_generation:
            return
        self.detail.show_detail(detail)
        self.detail_status.clear()
        self._update_buttons()
        self.detail_shown.emit(detail)

    def _detail_failed(self, exc: Exception) -> None:
        on_known_error(self.detail_status.setText)(exc)

    def _update_buttons(self) -> None:
        detail = self.detail.detail
        user = self._env.user
        is_complaint = detail is not None and detail.kind is RecordKind.COMPLAINT
        self.amend_button.setEnabled(is_complaint and user.can(Permission.AMEND_COMPLAINT))
        self.reprint_button.setEnabled(detail is not None and user.can(Permission.PRINT_RECEIPT))

    # ------------------------------------------------------------------ actions
    def amend_current(self) -> AmendDialog | None:
        """Opens the amend dialog for the record in the pane; returns it (already shown, modal)."""
        detail = self.detail.detail
        if detail is None or detail.kind is not RecordKind.COMPLAINT:
            return None
        dialog = AmendDialog(self._env, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.amended.connect(lambda result: self.open_record(result.record_id))
        dialog.open()
        return dialog

    def _reprint(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        env, record_id = self._env, detail.record_id
        self.detail_status.setText(self.tr("กำลังส่งไปพิมพ์…"))
        env.ops.run_write(
            lambda: print_receipt(env, record_id, reprint=True),
            lambda _r: self.detail_status.setText(self.tr("ส่งใบรับเรื่อง (สำเนา) ไปที่เครื่องพิมพ์แล้ว")),
            self._reprint_failed,
            owner=self,
        )

    def _reprint_failed(self, exc: Exception) -> None:
        def show(text: str) -> None:
            self.detail_status.clear()
            QMessageBox.warning(self, self.tr("พิมพ์ไม่สำเร็จ"), text)

        on_known_error(show)(exc)
