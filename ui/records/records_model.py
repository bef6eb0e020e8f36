"""The records list as an id-cached table model (docs/ARCHITECTURE.md, UI rule 4).

The model holds only row ids, fetched in keyset pages (``ids_page``) as the view scrolls (``canFetchMore``
/ ``fetchMore``), and a bounded cache of ``RecordRow`` values filled from ``rows()`` for the rows the view
actually paints. Both go through ``Ops`` reads, so the GUI thread never waits on the database: a row not
yet in the cache paints as "…" and is filled when its batch arrives. With a million records the view
opens at once: it needs one page of ids and one batch of rows.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from app.domain.records import QueueState
from app.domain.service_standard import DueFilter
from app.domain.tracking import format_tracking_code
from app.services.types import RecordRow
from ui.formatting import show_datetime
from ui.messages import central_status_text, kind_text, queue_state_text
from ui.ops import Ops

PAGE_SIZE = 200
"""Ids per keyset page: a few screens of rows, one cheap index range scan."""

CACHE_ROWS = 2000
"""Rows kept in the cache; the least recently painted go first."""

ModelIndex = QModelIndex | QPersistentModelIndex

# Custom roles are named constants (docs/ARCHITECTURE.md, UI rule 4).
RecordIdRole = Qt.ItemDataRole.UserRole + 1
"""The record's UUID (str), for opening its detail."""
RowIdRole = Qt.ItemDataRole.UserRole + 2
"""The storage rowid (int) the model keys on."""
RecordRowRole = Qt.ItemDataRole.UserRole + 3
"""The whole ``RecordRow``, or None while it is loading."""
QueueStateRole = Qt.ItemDataRole.UserRole + 4
"""The ``QueueState`` of the row's latest version."""


class RecordsSource(Protocol):
    """What the model needs from ``services.records``."""

    def count(self, query: str = "", limit: int | None = None, due: DueFilter = DueFilter.ALL) -> int: ...

    def ids_page(
        self, query: str, after_rowid: int | None, limit: int, due: DueFilter = DueFilter.ALL
    ) -> list[int]: ...

    def rows(self, rowids: list[int]) -> list[RecordRow]: ...


LOADING = "…"


class RecordsModel(QAbstractTableModel):
    """Columns: tracking code, created (พ.ศ.), promised answer date (พ.ศ., red when overdue), name (masked),
    subject, kind, queue state, central status."""

    COL_CODE, COL_CREATED, COL_DUE, COL_NAME, COL_SUBJECT, COL_KIND, COL_QUEUE, COL_CENTRAL = range(8)
    COLUMN_COUNT = 8

    total_changed = Signal(int)
    """The number of records matching the query (from ``count``), when known."""
    loaded = Signal()
    """The first page of ids of a (re)load has arrived (the total may come a moment later)."""

    def __init__(self, source: RecordsSource, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._ops = ops
        self._query = ""
        self._due = DueFilter.ALL
        # Newest first, strictly decreasing (keyset pages): 8 bytes an id (a list of ints costs ~40 at 1 M
        # rows scrolled through), found by bisection rather than by a set or dict of every id.
        self._ids = array("q")
        self._cache: OrderedDict[int, RecordRow] = OrderedDict()
        self._exhausted = True
        self._fetching = False
        self._generation = 0  # bumps on every reload; stale answers are dropped
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self.total: int | None = None
        # Coalesces the cache misses of one paint into one ``rows()`` call.
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self._load_wanted_rows)

    # ------------------------------------------------------------------ loading
    @property
    def query(self) -> str:
        """The search text the model now shows."""
        return self._query

    @property
    def due(self) -> DueFilter:
        """The service-standard filter the model now applies."""
        return self._due

    @property
    def loading(self) -> bool:
        """Whether the first page or the total of the current query is still on its way."""
        return (self._fetching and not self._ids) or self.total is None

    def set_query(self, query: str, due: DueFilter | None = None) -> None:
        """Shows the records matching ``query`` (empty: all) and ``due`` (None: unchanged), newest first."""
        self._query = query.strip()
        if due is not None:
            self._due = due
        self.reload()

    def reload(self) -> None:
        """Drops every id and row and fetches the first page again (after a write changed records)."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._ids = array("q")
        self._cache.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self._exhausted = False
        self._fetching = True
        self.total = None
        self.endResetModel()
        query, due, source = self._query, self._due, self._source
        # The first page and the total go separately: counting a million matches takes longer than
        # finding the newest screenful, and the officer should see rows first.
        self._ops.run_read(
            lambda: source.ids_page(query, None, PAGE_SIZE, due=due),
            lambda ids: self._first_page_arrived(generation, ids),
            owner=self,
        )
        self._ops.run_read(
            lambda: source.count(query, due=due),
            lambda total: self._count_arrived(generation, total),
            owner=self,
        )

    def _first_page_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._append_ids(ids)
        self.loaded.emit()

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self.total = total
        self.total_changed.emit(total)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """True while more ids may follow and no page is on its way."""
        if parent.isValid():
            return False
        return not self._exhausted and not self._fetching and bool(self._ids)

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Asks for the next keyset page after the last id shown."""
        if parent.isValid() or not self.canFetchMore():
            return
        self._fetching = True
        generation = self._generation
        after, query, due = self._ids[-1], self._query, self._due
        self._ops.run_read(
            lambda: self._source.ids_page(query, after, PAGE_SIZE, due=due),
            lambda ids: self._page_arrived(generation, ids),
            owner=self,
        )

    def _page_arrived(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._append_ids(ids)

    def _append_ids(self, ids: list[int]) -> None:
        if len(ids) < PAGE_SIZE:
            self._exhausted = True
        # Pages are in decreasing rowid order, each below the last id held: anything else is a repeat.
        last = self._ids[-1] if self._ids else None
        fresh = [i for i in ids if last is None or i < last]
        if not fresh:
            self._exhausted = True
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._ids.extend(fresh)
        self.endInsertRows()

    def _want(self, rowid: int) -> None:
        if rowid in self._in_flight or rowid in self._wanted:
            return
        self._wanted.add(rowid)
        if not self._row_timer.isActive():
            self._row_timer.start()

    def _load_wanted_rows(self) -> None:
        batch = sorted(self._wanted - self._in_flight)
        self._wanted.clear()
        if not batch:
            return
        self._in_flight.update(batch)
        generation = self._generation
        self._ops.run_read(
            lambda: self._source.rows(batch),
            lambda rows: self._rows_arrived(generation, batch, rows),
            owner=self,
        )

    def _rows_arrived(self, generation: int, asked: list[int], rows: list[RecordRow]) -> None:
        if generation != self._generation:
            return
        self._in_flight.difference_update(asked)
        for row in rows:
            self._cache[row.rowid] = row
            self._cache.move_to_end(row.rowid)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        hit = sorted(n for n in (self._position(r.rowid) for r in rows) if n is not None)
        if hit:
            self.dataChanged.emit(self.index(hit[0], 0), self.index(hit[-1], self.COLUMN_COUNT - 1), [])

    def _position(self, rowid: int) -> int | None:
        """The row of ``rowid`` (ids decrease down the list), or None when it is not loaded."""
        n = bisect_left(self._ids, -rowid, key=lambda x: -x)
        return n if n < len(self._ids) and self._ids[n] == rowid else None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows whose ids are loaded (grows as the view scrolls)."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Eight columns, see the class docstring."""
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def row_at(self, row: int) -> RecordRow | None:
        """The cached ``RecordRow`` of a view row, or None while it is loading (and asks for it)."""
        if not 0 <= row < len(self._ids):
            return None
        rowid = self._ids[row]
        cached = self._cache.get(rowid)
        if cached is None:
            self._want(rowid)
        return cached

    def rowid_at(self, row: int) -> int | None:
        """The rowid of a view row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; the custom roles give ids and the whole row."""
        if not index.isValid() or index.parent().isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= col < self.COLUMN_COUNT:
            return None
        if role == RowIdRole:
            return self._ids[row]
        record = self.row_at(row)
        if role == RecordRowRole:
            return record
        if role == RecordIdRole:
            return record.record_id if record else None
        if role == QueueStateRole:
            return record.queue_state if record else None
        if role == Qt.ItemDataRole.DisplayRole:
            if record is None:
                return LOADING if col == self.COL_CODE else ""
            return self._display(record, col)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and record is not None
            and col == self.COL_DUE
            and record.overdue
        ):
            return self.tr("เกินกำหนดแจ้งผลตามมาตรฐานการให้บริการแล้ว")
        if role == Qt.ItemDataRole.ToolTipRole and record is not None and col == self.COL_SUBJECT:
            return record.subject
        if role == Qt.ItemDataRole.ForegroundRole and record is not None and col == self.COL_QUEUE:
            return _QUEUE_COLOURS.get(record.queue_state)
        if role == Qt.ItemDataRole.ForegroundRole and record is not None and col == self.COL_DUE:
            return _OVERDUE_COLOUR if record.overdue else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_CODE, self.COL_CREATED):
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, record: RecordRow, col: int) -> str:
        if col == self.COL_CODE:
            return format_tracking_code(record.tracking_code)
        if col == self.COL_CREATED:
            return show_datetime(record.created_at)
        if col == self.COL_DUE:
            if record.promised_by is None:
                return ""
            due = show_datetime(record.promised_by)
            return f"{OVERDUE_MARK} {due}" if record.overdue else due
        if col == self.COL_NAME:
            return self.tr("(ไม่ประสงค์ออกนาม)") if record.anonymous else record.display_name
        if col == self.COL_SUBJECT:
            return record.subject
        if col == self.COL_KIND:
            return kind_text(record.kind)
        if col == self.COL_QUEUE:
            return queue_state_text(record.queue_state)
        if col == self.COL_CENTRAL:
            if record.central_status:
                return central_status_text(record.central_status)
            return self.tr("รับเรื่องแล้ว") if record.central_ref else ""
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        titles = (
            self.tr("เลขติดตาม"),
            self.tr("วันที่รับเรื่อง"),
            self.tr("กำหนดแจ้งผล"),
            self.tr("ชื่อผู้ร้อง"),
            self.tr("เรื่อง"),
            self.tr("ประเภท"),
            self.tr("สถานะส่งข้อมูล"),
            self.tr("สถานะที่ศูนย์"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Rows are selectable, never editable in place (amendments need a reason)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


_OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_MARK = "⚠"
"""Before the promised date of an overdue case (with the red text and the tooltip: not colour alone)."""

_QUEUE_COLOURS = {
    QueueState.REJECTED: QColor("#b00020"),
    QueueState.CONFLICT: QColor("#b00020"),
    QueueState.HELD: QColor("#8a6d00"),
    QueueState.ACKED: QColor("#1b5e20"),
}
