"""The dashboard page: today and a chosen period at a glance, the service-standard watch, the queue.

Supervisors see the station; anyone else sees their own work (the service decides). Figures are computed
off the GUI thread (``ops.run_read``) and refreshed from the ``Changes`` the other screens announce after a
save or a sync, never by polling: one refresh runs at a time, and a change that arrives meanwhile asks for
one more. The only timer is the overdue watcher's, armed for the instant the next case falls due.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.periods import PeriodKind, period_of
from app.domain.roles import Permission
from app.domain.thaidate import bangkok_date
from app.domain.tracking import format_tracking_code
from app.services.dashboard import Snapshot
from app.services.types import Changes
from ui.env import UiEnv
from ui.formatting import show_datetime
from ui.messages import QT_TRANSLATE_NOOP
from ui.ops import on_known_error
from ui.supervisor.dashboard.charts import CHART_MIN_HEIGHT, BarChart, ranked
from ui.supervisor.dashboard.tray import OverdueWatcher
from ui.supervisor.dashboard.turns import Turns
from ui.supervisor.dashboard.watch import WatchTable

PERIODS = (
    (PeriodKind.DAY, QT_TRANSLATE_NOOP("DashboardPage", "วันนี้")),
    (PeriodKind.WEEK, QT_TRANSLATE_NOOP("DashboardPage", "สัปดาห์นี้")),
    (PeriodKind.MONTH, QT_TRANSLATE_NOOP("DashboardPage", "เดือนนี้")),
    (PeriodKind.FISCAL_YEAR, QT_TRANSLATE_NOOP("DashboardPage", "ปีงบประมาณนี้")),
)


CAPTION = QColor("#555555")
LATE = QColor("#b00020")


def _number(n: int) -> str:
    return f"{n:,}"


# Fonts and colours are set directly, not by style sheets: a style sheet on each of 25 labels made Qt polish
# every one through a style sheet style, a large part of the first page's 84-104 ms (issue 11).
def _bold(label: QLabel, pixels: int) -> None:
    font = QFont(label.font())
    font.setPixelSize(pixels)
    font.setBold(True)
    label.setFont(font)


def _paint(label: QLabel, color: QColor | None) -> None:
    """The label's text colour (None: the page's own)."""
    palette = QPalette(label.palette())
    parent = label.parentWidget()
    default = parent.palette() if parent is not None else QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, color or default.color(QPalette.ColorRole.WindowText))
    label.setPalette(palette)


class DashboardPage(QWidget):
    """Figures, charts and the watch lists; exports the period report for supervisors."""

    refreshed = Signal(object)
    """The ``Snapshot`` just shown (tests wait for it)."""

    # Built in the turns after the page's first (see ``__init__``); there once ``built``.
    hour_chart: BarChart
    category_chart: BarChart
    rating_chart: BarChart
    watch: WatchTable

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self._env = env
        self._loading = False
        self._again = False
        self.snapshot: Snapshot | None = None
        reference = env.services.ctx.reference
        english = env.translations.language == "en"
        self._categories = {c.code: (c.name_en if english else c.name_th) for c in reference.categories}
        self._agencies = {a.code: (a.name_en if english else a.name_th) for a in reference.agencies}

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("ภาพรวมการให้บริการ"), self)
        _bold(title, 18)
        top.addWidget(title)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("dashboard_period")
        for kind, text in PERIODS:
            self.period_box.addItem(QCoreApplication.translate("DashboardPage", text), kind)
        self.period_box.setCurrentIndex(2)
        self.period_box.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.period_box)
        self.stamp = QLabel(self)
        top.addWidget(self.stamp, 1)
        self.pdf_button = QPushButton(self.tr("รายงาน PDF"), self)
        self.xlsx_button = QPushButton(self.tr("ส่งออก Excel"), self)
        for button, suffix in ((self.pdf_button, "pdf"), (self.xlsx_button, "xlsx")):
            button.setVisible(env.user.can(Permission.REPORTS))
            button.clicked.connect(lambda _c=False, s=suffix: self.export(s))
            top.addWidget(button)
        layout.addLayout(top)

        self.kpi: dict[str, QLabel] = {}
        # The figures' tiles: made in the next turn inside this hidden widget, shown in the one after (their
        # first polish and Thai line breaking is most of a tile row's cost), and a layout of their own, so
        # a new stamp or a chart's change does not measure their wrapped texts again.
        self._tiles = QWidget(self)
        self._tiles.hide()
        layout.addWidget(self._tiles)

        # The charts and the watch table are built in later turns of the event loop, one each, and a
        # result waits for them (ui.supervisor.dashboard.turns): building, laying out and painting them all
        # in the click that opened the page held the GUI thread 84–104 ms (issue 11). Until then empty
        # widgets of their size keep the page's shape, so nothing above them moves when they come.
        self._layout = layout
        charts = QHBoxLayout()
        self._slots: dict[str, QWidget] = {}
        for name, stretch in (("hour", 3), ("category", 4), ("rating", 2)):
            self._slots[name] = self._slot(CHART_MIN_HEIGHT)
            charts.addWidget(self._slots[name], stretch)
        layout.addLayout(charts, 2)
        self._slots["watch"] = self._slot(0)
        layout.addWidget(self._slots["watch"], 1)
        self._turns = Turns(self)
        self._turns.add(
            self._build_tiles,
            self._tiles.show,
            lambda: self._build_chart("hour", self.tr("รับเรื่องวันนี้ รายชั่วโมง")),
            lambda: self._build_chart("category", self.tr("ตามประเภทเรื่อง (ช่วงนี้)"), horizontal=True),
            lambda: self._build_chart("rating", self.tr("คะแนนความพึงพอใจ (ช่วงนี้)")),
            self._build_watch,
        )

        self.watcher = OverdueWatcher(env, self)
        self.watcher.due.connect(self.refresh)
        env.bus.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _slot(self, height: int) -> QWidget:
        slot = QWidget(self)
        slot.setMinimumHeight(height)
        return slot

    def _place(self, name: str, widget: QWidget) -> None:
        slot = self._slots.pop(name)
        self._layout.replaceWidget(slot, widget)  # found in the charts' row too (recursive by default)
        slot.deleteLater()

    def _build_tiles(self) -> None:
        grid = QGridLayout(self._tiles)
        grid.setContentsMargins(0, 0, 0, 0)
        tiles = (
            ("complaints", self.tr("เรื่องร้องทุกข์ (วันนี้ / ช่วงนี้)")),
            ("cases", self.tr("เป็นเรื่องใหม่ (ไม่ใช่การมาซ้ำ)")),
            ("petitions", self.tr("การประสานมวลชน / จำนวนคน")),
            ("standard", self.tr("ตอบภายใน 1.5 วันทำการ")),
            ("overdue", self.tr("เกินกำหนด")),
            ("due", self.tr("ครบกำหนดวันนี้ / ใน 2 ชม.ทำการ")),
            ("rating", self.tr("ความพึงพอใจ (เฉลี่ย / จำนวน)")),
            ("receipts", self.tr("ใบรับเรื่อง พิมพ์ / พิมพ์ซ้ำ / ยกเลิก")),
            ("queue", self.tr("คิวส่งศูนย์ (รอ / ปฏิเสธ / ขัดแย้ง)")),
            ("center", self.tr("ศูนย์ตอบล่าสุด")),
            ("printer", self.tr("เครื่องพิมพ์")),
            ("backup", self.tr("สำรองข้อมูลล่าสุด")),
        )
        for i, (key, caption) in enumerate(tiles):
            box = QVBoxLayout()
            cap = QLabel(caption, self._tiles)
            _paint(cap, CAPTION)
            # Captions and figures wrap: six tiles a row in English asked 1196 px, wider than a 1366 screen
            # beside the navigation (issue 13).
            cap.setWordWrap(True)
            value = QLabel("–", self._tiles)
            value.setObjectName(f"kpi_{key}")
            _bold(value, 17)
            value.setWordWrap(True)
            box.addWidget(cap)
            box.addWidget(value)
            grid.addLayout(box, i // 6, i % 6)
            self.kpi[key] = value

    def _build_chart(self, name: str, title: str, *, horizontal: bool = False) -> None:
        chart = BarChart(title, horizontal=horizontal, parent=self)
        setattr(self, f"{name}_chart", chart)
        self._place(name, chart)

    def _build_watch(self) -> None:
        headers = [self.tr("สถานะ"), self.tr("เลขติดตามเรื่อง"), self.tr("เจ้าหน้าที่"), self.tr("ประเภท")]
        self.watch = WatchTable([*headers, self.tr("กำหนดตอบ")], self)
        self.watch.setObjectName("dashboard_watch")
        self._place("watch", self.watch)

    @property
    def built(self) -> bool:
        """Whether the charts and the watch table exist (they are built in the turns after the first)."""
        return not self._slots and self._tiles.isVisibleTo(self)

    # ------------------------------------------------------------------ refreshing
    def period_kind(self) -> PeriodKind:
        """The period the combo box names."""
        return PeriodKind(self.period_box.currentData())

    def refresh(self) -> None:
        """Computes a new snapshot off the GUI thread (at most one at a time)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        env = self._env
        period = period_of(self.period_kind(), bangkok_date(env.services.ctx.clock()))
        user = env.user
        categories = self._categories
        states = (self.tr("เกินกำหนด"), self.tr("ครบกำหนดวันนี้"))

        def compute() -> tuple[Snapshot, list[tuple[str, ...]]]:
            # The watch table's rows too (dates in Thai, codes grouped): 99 k overdue rows took the GUI
            # thread ~30 ms to assemble at 100 k records.
            snap = env.services.dashboard.snapshot(user, period)
            return snap, watch_rows(snap, categories, states)

        env.ops.run_read(compute, lambda result: self._show(*result), self._failed, owner=self)

    def _changed(self, changes: Changes) -> None:
        if changes.records or changes.outbox or changes.print_jobs:
            self.refresh()

    def _done(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._done()
        on_known_error(self.stamp.setText)(exc)

    def _show(self, snap: Snapshot, rows: list[tuple[str, ...]]) -> None:
        # Shown in five turns of the event loop (three charts, the watch table, the figures), after the
        # widgets still being built: each chart's new bars are laid out and painted before the next (see
        # ui.supervisor.dashboard.turns). The figures come last, with ``snapshot`` and ``refreshed``:
        # whoever sees them sees a whole page.
        today, period = snap.today, snap.period
        hours = list(range(7, 19))
        self._turns.add(
            lambda: self.hour_chart.set_data([f"{h:02d}" for h in hours], [today.by_hour[h] for h in hours]),
            lambda: self.category_chart.set_data(*ranked(period.by_category.items, self._categories)),
            lambda: self.rating_chart.set_data(["1", "2", "3", "4", "5"], list(period.ratings.distribution)),
            lambda: self.watch.set_rows(rows),  # one model reset: nothing measured (see .watch)
            lambda: self._show_figures(snap),
        )

    def _show_figures(self, snap: Snapshot) -> None:
        self.snapshot = snap
        today, period = snap.today, snap.period
        k = self.kpi
        k["complaints"].setText(f"{_number(today.complaints)} / {_number(period.complaints)}")
        k["cases"].setText(f"{_number(today.complaint_cases)} / {_number(period.complaint_cases)}")
        k["petitions"].setText(f"{_number(period.petitions)} / {_number(period.headcount)}")
        share = period.standard.share_met
        k["standard"].setText(
            "–" if share is None else f"{share:.0%} ({period.standard.met}/{period.standard.judged})"
        )
        k["overdue"].setText(_number(snap.watch.overdue))
        _paint(k["overdue"], LATE if snap.watch.overdue else None)
        k["due"].setText(f"{_number(snap.watch.due_today)} / {_number(snap.watch.due_soon)}")
        avg = period.ratings.average
        k["rating"].setText("–" if avg is None else f"{avg:.2f} / {period.ratings.count}")
        k["receipts"].setText(f"{period.receipts_printed} / {period.receipts_reprinted} / {period.voided}")
        q = snap.queue
        k["queue"].setText(f"{_number(q.pending)} / {q.rejected} / {q.conflicts}")
        k["center"].setText(show_datetime(q.last_success) if q.last_success else self.tr("ยังไม่เคย"))
        k["printer"].setText(
            self.tr("รอพิมพ์ %n ใบ", "", snap.print_waiting) if snap.print_waiting else self.tr("พร้อม")
        )
        if snap.print_failed:
            k["printer"].setText(self.tr("มีปัญหา — รอพิมพ์ %n ใบ", "", snap.print_waiting))
        k["backup"].setText(show_datetime(snap.last_backup) if snap.last_backup else self.tr("ยังไม่มี"))
        self.stamp.setText(self.tr("ข้อมูล ณ %1").replace("%1", show_datetime(snap.at)))
        self.watcher.update(snap)
        self.refreshed.emit(snap)
        self._done()

    # ------------------------------------------------------------------ reports
    def export(self, suffix: str, path: Path | None = None) -> None:
        """Writes the chosen period's report (``pdf`` or ``xlsx``); asks where unless ``path`` is given."""
        env = self._env
        period = period_of(self.period_kind(), bangkok_date(env.services.ctx.clock()))
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("บันทึกรายงาน"), f"psc-report-{period.first.isoformat()}.{suffix}", f"*.{suffix}"
            )
            if not name:
                return
            path = Path(name)
        user, target = env.user, path

        def write() -> Path:
            from app.services.reports import ReportService

            reports = ReportService(env.services)
            return (
                reports.write_pdf(user, period, target)
                if suffix == "pdf"
                else reports.write_xlsx(user, period, target)
            )

        self.stamp.setText(self.tr("กำลังทำรายงาน…"))
        env.ops.run_read(write, self._exported, self._failed, owner=self)

    def _exported(self, path: Path) -> None:
        self.stamp.setText(self.tr("บันทึกรายงานแล้ว: %1").replace("%1", path.name))

    def showEvent(self, event: object) -> None:
        """Refreshes when the page comes into view (the clock moved on since the last change)."""
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loading:  # one under way reads the clock now: a second would show the same
            self.refresh()


def watch_rows(snap: Snapshot, categories: dict[str, str], states: tuple[str, str]) -> list[tuple[str, ...]]:
    """The watch table's rows: overdue cases, then those due today, ``states`` naming which (plain
    Python, made on the worker thread)."""
    late, due = states
    overdue = len(snap.watch.overdue_cases)
    return [
        (
            late if n < overdue else due,
            format_tracking_code(case.tracking_code),
            case.officer,
            categories.get(case.category_code, case.category_code),
            show_datetime(case.promised_by),
        )
        for n, case in enumerate((*snap.watch.overdue_cases, *snap.watch.due_cases))
    ]
