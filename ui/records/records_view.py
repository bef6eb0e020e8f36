"""The records screen: a search box (debounced), the id-cached table, the detail pane, amend and reprint."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import RecordKind
from app.domain.roles import Permission
from app.domain.service_standard import DueFilter
from app.services.types import Changes, RecordDetail
from ui.env import UiEnv
from ui.formatting import show_datetime
from ui.messages import label_text
from ui.ops import on_known_error
from ui.records.amend_dialog import AmendDialog
from ui.records.record_detail import RecordDetailView
from ui.records.records_model import OVERDUE_MARK, RecordIdRole, RecordsModel
from ui.records.reprint import Reprinter

DATE_SAMPLE = datetime(2026, 9, 28, 23, 59, tzinfo=UTC)
"""A day and month that print wide in Thai and English (the date columns are sized on it)."""
CODE_SAMPLE = "000-000000-0-00000-0"
"""The widest grouped tracking code: the code column is sized to show it whole."""

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
        self._go_to_results = False
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
        self.due_filter = QComboBox(self)
        self.due_filter.setObjectName("records_due_filter")
        for due in DueFilter:
            self.due_filter.addItem(label_text(due), due)
        self.due_filter.setToolTip(self.tr("กรองตามกำหนดแจ้งผลตามมาตรฐานการให้บริการ"))
        top.addWidget(self.due_filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("records_count")
        top.addWidget(self.count_label)
        lay.addLayout(top)
        self.no_match = QLabel(self)
        self.no_match.setObjectName("records_no_match")
        self.no_match.setStyleSheet("color: #b00020; font-weight: bold;")
        self.no_match.hide()
        lay.addWidget(self.no_match)

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
        # The code column fits the widest grouped code in the table's own font (it was cut off at 1366 px).
        metrics = self.table.fontMetrics()
        code_width = metrics.horizontalAdvance(CODE_SAMPLE) + 24
        # Dates sized on the widest day and month of the interface language (English adds "BE").
        date_width = metrics.horizontalAdvance(show_datetime(DATE_SAMPLE)) + 24
        due_width = metrics.horizontalAdvance(f"{OVERDUE_MARK} {show_datetime(DATE_SAMPLE)}") + 24
        for col, width in enumerate((code_width, date_width, due_width, 130, 220, 110, 100, 110)):
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
        self.detail_status.setObjectName("records_detail_status")
        # Wraps instead of widening the pane: a long printer message must not squeeze the list.
        self.detail_status.setWordWrap(True)
        self.detail_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons.addWidget(self.detail_status, 1)
        rl.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.reprinter = Reprinter(env, self.detail_status.setText, self)
        self._update_buttons()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        # A wedge scanner ends its burst with returnPressed (ui/fields/wedge_scanner.py); typed Enter and
        # Down are taken by eventFilter, which also moves to the results.
        self.search.returnPressed.connect(self._run_search)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.due_filter.currentIndexChanged.connect(lambda _i: self._run_search())
        self.model.total_changed.connect(self._show_count)
        self.model.loaded.connect(self._first_page_shown)
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
    def _run_search(self) -> bool:
        """Runs the typed query with the chosen filter if it is not the one shown; True when it ran."""
        self._search_timer.stop()
        # WORKAROUND: Qt hands item data back as a plain str, not the StrEnum it was given.
        text, due = self.search.text().strip(), DueFilter(self.due_filter.currentData())
        if text == self.model.query and due is self.model.due:
            return False
        self._go_to_results = False
        # Another search: the record in the pane may not be among its results (and Amend or Reprint
        # must never act on a record the list no longer shows).
        self._clear_detail()
        self.model.set_query(text, due)
        return True

    def _clear_detail(self) -> None:
        self._detail_generation += 1  # a detail still on its way is dropped
        self._pending_rowid = None
        self.detail.show_detail(None)
        self.detail_status.clear()
        self._update_buttons()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n รายการ", "", total))
        self._show_no_match()

    def _show_no_match(self) -> None:
        empty = self.model.total == 0 and self.model.rowCount() == 0
        if empty:
            text = self.model.query
            self.no_match.setText(
                self.tr("ไม่พบเรื่องที่ตรงกับ “%1”").replace("%1", text)
                if text
                else self.tr("ไม่พบเรื่องตามตัวกรองที่เลือก")
            )
            self._clear_detail()
        self.no_match.setVisible(empty)

    def _first_page_shown(self) -> None:
        self._show_no_match()
        if self._go_to_results:
            self._go_to_results = False
            self.focus_results()

    def focus_results(self) -> bool:
        """Moves the keyboard to the results, first row selected (its detail opens); False when empty."""
        if self.model.rowCount() == 0:
            return False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search box goes to the results (Enter first runs a search still waiting);
        Up on the first result goes back to the search box."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._run_search() or (self.model.rowCount() == 0 and self.model.loading):
                self._go_to_results = True  # when the first page arrives
            else:
                self.focus_results()
            return True
        if watched is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search.selectAll()
            return True
        return super().eventFilter(watched, event)

    def _changes(self, changes: Changes) -> None:
        if changes.records:
            self._go_to_results = False  # a refresh is no answer to the officer's Enter
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
        self.reprinter.reprint(detail.record_id, detail.tracking_code, self._reprint_failed)

    def _reprint_failed(self, exc: Exception) -> None:
        def show(text: str) -> None:
            self.detail_status.clear()
            QMessageBox.warning(self, self.tr("พิมพ์ไม่สำเร็จ"), text)

        on_known_error(show)(exc)
