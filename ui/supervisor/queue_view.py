"""The supervisor's sync queue screen: items by state with counts and filters, the detail of one item
(the last error, the center's field errors, the payload with personal data masked, its sync history) and
the actions that settle it: retry now, hold, release, send a corrected new version, withdraw with a reason.

Every action goes through ``app.services.queue.QueueService`` on the writer thread (``ops.run_write``);
each is an audit event there. Nothing here can delete an item. Dialogs that ask for a reason or a corrected
payload are attributes (``ask_reason``, ``edit_payload``) so tests answer them without a modal loop.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import QueueState
from app.domain.reference import ReferenceData
from app.domain.tracking import format_tracking_code
from app.services.queue import QueueItemDetail, QueueItemRow, QueueService
from app.services.types import Changes, KnownError
from ui.env import UiEnv
from ui.formatting import show_datetime
from ui.messages import QT_TRANSLATE_NOOP, kind_text, last_error_text, queue_state_text
from ui.ops import on_known_error
from ui.supervisor.correction_dialog import CorrectionDialog, is_complaint_payload
from ui.supervisor.queue_record import error_field_label, item_html

CONTEXT = "QueueView"  # spelled out in every QT_TRANSLATE_NOOP below: lupdate reads only literals
ItemIdRole = Qt.ItemDataRole.UserRole + 1
"""Custom role: the outbox item id of a row."""
StateRole = Qt.ItemDataRole.UserRole + 2
"""Custom role: the ``QueueState`` of a row."""

ACTION_TEXT = {
    "sync.conflict": QT_TRANSLATE_NOOP("QueueView", "ศูนย์แจ้งข้อมูลขัดแย้ง"),
    "sync.rejected": QT_TRANSLATE_NOOP("QueueView", "ศูนย์ไม่รับ"),
    "sync.retry": QT_TRANSLATE_NOOP("QueueView", "สั่งส่งใหม่ทันที"),
    "sync.hold": QT_TRANSLATE_NOOP("QueueView", "พักการส่ง"),
    "sync.release": QT_TRANSLATE_NOOP("QueueView", "ปล่อยให้ส่งต่อ"),
    "sync.settle": QT_TRANSLATE_NOOP("QueueView", "ส่งฉบับแก้ไขใหม่"),
    "sync.withdraw": QT_TRANSLATE_NOOP("QueueView", "ถอนการส่ง"),
}


def _tr(text: str) -> str:
    """``QCoreApplication.translate`` in this screen's context."""
    return QCoreApplication.translate(CONTEXT, text)


class QueueModel(QAbstractTableModel):
    """Rows of outbox items (already read by a service); custom roles ``ItemIdRole`` and ``StateRole``."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QueueView", "เลขติดตามเรื่อง"),
        QT_TRANSLATE_NOOP("QueueView", "ฉบับ"),
        QT_TRANSLATE_NOOP("QueueView", "ประเภท"),
        QT_TRANSLATE_NOOP("QueueView", "สถานะการส่ง"),
        QT_TRANSLATE_NOOP("QueueView", "ส่งไม่สำเร็จ (ครั้ง)"),
        QT_TRANSLATE_NOOP("QueueView", "ข้อผิดพลาดล่าสุด"),
        QT_TRANSLATE_NOOP("QueueView", "ปรับปรุงเมื่อ"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueItemRow] = []

    def set_rows(self, rows: Sequence[QueueItemRow]) -> None:
        """Replaces the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> QueueItemRow:
        """The item shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ItemIdRole:
            return item.item_id
        if role == StateRole:
            return item.state
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return format_tracking_code(item.tracking_code)
        if column == 1:
            return str(item.version)
        if column == 2:
            return kind_text(item.kind)
        if column == 3:
            return queue_state_text(item.state)
        if column == 4:
            return str(item.attempts)
        if column == 5:
            return last_error_text(item.last_error) if item.last_error else ""
        if column == 6:
            return show_datetime(item.updated_at)
        return None


class PayloadDialog(QDialog):
    """Edits a payload as JSON for a corrected new version (shown only to a supervisor)."""

    def __init__(self, payload: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("แก้ไขข้อมูลเพื่อส่งฉบับใหม่"))
        self.editor = QPlainTextEdit(json.dumps(payload, ensure_ascii=False, indent=2), self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("เหตุผลของการแก้ไข (จำเป็น)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def result_payload(self) -> dict[str, Any] | None:
        """The edited payload, or ``None`` when it is not a JSON object."""
        try:
            data = json.loads(self.editor.toPlainText())
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


def _ask_reason_dialog(parent: QWidget, title: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, _tr(QT_TRANSLATE_NOOP("QueueView", "เหตุผล (จำเป็น):")))
    return text if ok else None


def _edit_payload_dialog(
    parent: QWidget, env: UiEnv, payload: dict[str, Any], problems: str
) -> tuple[dict[str, Any], str] | None:
    if is_complaint_payload(payload):
        form = CorrectionDialog(env, payload, problems, parent)
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        return form.answer()
    # A group petition: still the JSON editor (its form is not a dialog yet).
    dialog = PayloadDialog(payload, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    data = dialog.result_payload()
    if data is None:
        QMessageBox.warning(
            parent, dialog.windowTitle(), _tr(QT_TRANSLATE_NOOP("QueueView", "ข้อมูลไม่อยู่ในรูปแบบ JSON"))
        )
        return None
    return data, dialog.reason.text()


class QueueView(QWidget):
    """The sync queue screen for supervisors."""

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue_view")
        self._env = env
        sync = env.services.sync
        if sync is None:
            raise KnownError("not_connected")
        self._queue: QueueService = sync.queue
        self.ask_reason: Callable[[str], str | None] = lambda title: _ask_reason_dialog(self, title)
        self.edit_payload: Callable[[dict[str, Any]], tuple[dict[str, Any], str] | None] = lambda payload: (
            _edit_payload_dialog(self, env, payload, self._problems_text())
        )
        self.detail: QueueItemDetail | None = None
        self.counts: dict[QueueState, int] = {}

        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("queue_state_filter")
        self.state_filter.addItem(self.tr("ต้องตรวจสอบ (ขัดแย้ง/ไม่รับ/พัก)"), "attention")
        self.state_filter.addItem(self.tr("ทั้งหมด"), "all")
        for state in QueueState:
            self.state_filter.addItem(queue_state_text(state), state.value)
        self.search = QLineEdit(self)
        self.search.setObjectName("queue_search")
        self.search.setPlaceholderText(self.tr("ค้นด้วยเลขติดตามเรื่อง"))
        self.refresh_button = QPushButton(self.tr("ปรับปรุง"), self)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("queue_counts")
        self.counts_label.setWordWrap(True)

        self.model = QueueModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("queue_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.detail_view = QTextBrowser(self)
        self.detail_view.setObjectName("queue_detail")

        self.retry_button = QPushButton(self.tr("ส่งใหม่ทันที"), self)
        self.hold_button = QPushButton(self.tr("พักการส่ง"), self)
        self.release_button = QPushButton(self.tr("ปล่อยให้ส่งต่อ"), self)
        self.settle_button = QPushButton(self.tr("ส่งฉบับแก้ไขใหม่"), self)
        self.withdraw_button = QPushButton(self.tr("ถอนการส่ง"), self)
        for name, button in (
            ("queue_retry", self.retry_button),
            ("queue_hold", self.hold_button),
            ("queue_release", self.release_button),
            ("queue_settle", self.settle_button),
            ("queue_withdraw", self.withdraw_button),
        ):
            button.setObjectName(name)
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("แสดง:"), self))
        top.addWidget(self.state_filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (
            self.retry_button,
            self.hold_button,
            self.release_button,
            self.settle_button,
            self.withdraw_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_view, 1)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("คิวส่งข้อมูลไปยังศูนย์"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.counts_label)
        layout.addWidget(splitter, 1)

        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retry_button.clicked.connect(self.retry_selected)
        self.hold_button.clicked.connect(self.hold_selected)
        self.release_button.clicked.connect(self.release_selected)
        self.settle_button.clicked.connect(self.settle_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        env.bus.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------------ reading
    def _states(self) -> list[QueueState]:
        key = self.state_filter.currentData()
        if key == "attention":
            return [QueueState.CONFLICT, QueueState.REJECTED, QueueState.HELD]
        if key == "all":
            return []
        return [QueueState(key)]

    def refresh(self) -> None:
        """Reads counts and the filtered items in the background."""
        user, states, text = self._env.user, self._states(), self.search.text()
        queue = self._queue

        def read() -> tuple[dict[QueueState, int], list[QueueItemRow]]:
            return queue.counts(user), queue.items(user, states, text)

        self._env.ops.run_read(read, self._show, owner=self)

    def _show(self, result: tuple[dict[QueueState, int], list[QueueItemRow]]) -> None:
        counts, rows = result
        self.counts = counts
        parts = [f"{queue_state_text(state)} {counts.get(state, 0):,}" for state in QueueState]
        self.counts_label.setText("  ·  ".join(parts))
        selected = self.detail.row.item_id if self.detail else None
        self.model.set_rows(rows)
        self.detail = None
        self.detail_view.clear()
        self._update_buttons()
        if selected is not None:
            self.select_item(selected)

    def select_item(self, item_id: int) -> bool:
        """Selects the row of an item (and loads its detail); False when it is not shown."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).item_id == item_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_ids(self) -> list[int]:
        """The items of the selected rows."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).item_id for r in rows]

    def _selected_states(self) -> set[QueueState]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return {self.model.row_at(r).state for r in rows}

    def _selection_changed(self) -> None:
        self._update_buttons()
        ids = self.selected_ids()
        if len(ids) != 1:
            self.detail = None
            self.detail_view.clear()
            return
        user, queue, item_id = self._env.user, self._queue, ids[0]
        self._env.ops.run_read(lambda: queue.detail(user, item_id), self._show_detail, owner=self)

    def _show_detail(self, detail: QueueItemDetail) -> None:
        if self.selected_ids() != [detail.row.item_id]:
            return  # the selection moved on while this was read
        self.detail = detail
        self.detail_view.setHtml(detail_html(detail, self._env.services.ctx.reference))
        self._update_buttons()

    def _update_buttons(self) -> None:
        states = self._selected_states()
        single = len(self.selected_ids()) == 1
        self.retry_button.setEnabled(bool(states) and states <= {QueueState.PENDING, QueueState.REJECTED})
        self.hold_button.setEnabled(bool(states) and states <= {QueueState.PENDING})
        self.release_button.setEnabled(bool(states) and states <= {QueueState.HELD})
        self.settle_button.setEnabled(single and states <= {QueueState.CONFLICT, QueueState.REJECTED})
        self.withdraw_button.setEnabled(
            single and states <= {QueueState.CONFLICT, QueueState.REJECTED, QueueState.HELD}
        )

    def _changed(self, changes: Changes) -> None:
        if changes.outbox:
            self.refresh()

    # ------------------------------------------------------------------ actions
    def _write(self, fn: Callable[[], Changes]) -> None:
        self._env.ops.run_write(fn, self._done, self._failed, owner=self)

    def _done(self, changes: Changes) -> None:
        self._env.bus.announce(changes)

    def _failed(self, exc: Exception) -> None:
        title = self.tr("ทำรายการไม่สำเร็จ")
        on_known_error(lambda text: QMessageBox.warning(self, title, text), also=lambda _e: self.refresh())(
            exc
        )

    def retry_selected(self) -> None:
        """Sends the selected pending or rejected items at the next cycle."""
        ids, user, queue = self.selected_ids(), self._env.user, self._queue
        self._write(lambda: queue.retry_now(user, ids))

    def hold_selected(self) -> None:
        """Pauses the selected pending items (asks for a reason)."""
        reason = self.ask_reason(self.tr("พักการส่ง"))
        if reason is None:
            return
        ids, user, queue = self.selected_ids(), self._env.user, self._queue
        self._write(lambda: queue.hold(user, ids, reason))

    def release_selected(self) -> None:
        """Puts the selected held items back in the queue."""
        ids, user, queue = self.selected_ids(), self._env.user, self._queue
        self._write(lambda: queue.release(user, ids))

    def withdraw_selected(self) -> None:
        """Withdraws the selected item with a reason (it stays in the queue as withdrawn)."""
        reason = self.ask_reason(self.tr("ถอนการส่ง"))
        if reason is None:
            return
        (item_id,) = self.selected_ids()
        user, queue = self._env.user, self._queue
        self._write(lambda: queue.withdraw(user, item_id, reason))

    def settle_selected(self) -> None:
        """Sends a corrected new version: a conflict with its own content again, a rejection edited."""
        (item_id,) = self.selected_ids()
        (state,) = self._selected_states()
        user, queue = self._env.user, self._queue
        if state is QueueState.CONFLICT:
            reason = self.ask_reason(self.tr("ส่งฉบับใหม่แทนฉบับที่ขัดแย้ง"))
            if reason is None:
                return
            self._write(lambda: queue.settle_with_new_version(user, item_id, reason))
            return
        # The unmasked payload is read only when the supervisor asks to correct it, and shown only in the
        # editor (the detail pane shows the masked one).
        self._env.ops.run_read(lambda: queue.payload(user, item_id), self._edit_and_settle, owner=self)

    def _problems_text(self) -> str:
        """What the center said about the selected item, in the form's words (for the correction form)."""
        errors = self.detail.errors if self.detail else []
        said = "; ".join(f"{error_field_label(e.field)} — {e.message or e.code}" for e in errors)
        return self.tr("ศูนย์แจ้งว่า: %1").replace("%1", said) if said else ""

    def _edit_and_settle(self, payload: dict[str, Any]) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        answer = self.edit_payload(payload)
        if answer is None:
            return
        corrected, reason = answer
        user, queue, item_id = self._env.user, self._queue, ids[0]
        self._write(lambda: queue.settle_with_new_version(user, item_id, reason, corrected))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_HISTORY = QT_TRANSLATE_NOOP("QueueView", "ประวัติ")


def detail_html(detail: QueueItemDetail, reference: ReferenceData | None = None) -> str:
    """The detail pane: state, last error, the center's field errors, the record as a read-only form
    (personal data masked; ``ui.supervisor.queue_record``), the sync history."""
    lines = [item_html(detail, reference)]
    if detail.history:
        items = "".join(
            f"<li>{_esc(show_datetime(at))} — {_esc(actor)}: "
            f"{_esc(_tr(ACTION_TEXT[action]) if action in ACTION_TEXT else action)}</li>"
            for at, actor, action in detail.history
        )
        lines.append(f"<p><b>{_esc(_tr(_HISTORY))}:</b></p><ul>{items}</ul>")
    return "".join(lines)
