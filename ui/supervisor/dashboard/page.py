"""The dashboard page: today and a chosen period at a glance, the service-standard watch, the queue.

Supervisors see the station; anyone else sees their own work (the service decides). Figures are computed
off the GUI thread (``ops.run_read``) and refreshed from the ``Changes`` the other screens announce after a
save or a sync, never by polling: one refresh runs at a time, and a change that arrives meanwhile asks for
one more. The only timer is the overdue watcher's, armed for the instant the next case falls due.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
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
from ui.supervisor.dashboard.charts import BarChart, ranked
from ui.supervisor.dashboard.tray import OverdueWatcher
from ui.supervisor.dashboard.watch import WatchTable

PERIODS = (
    (PeriodKind.DAY, QT_TRANSLATE_NOOP("DashboardPage", "วันนี้")),
    (PeriodKind.WEEK, QT_TRANSLATE_NOOP("DashboardPage", "สัปดาห์นี้")),
    (PeriodKind.MONTH, QT_TRANSLATE_NOOP("DashboardPage", "เดือนนี้")),
    (PeriodKind.FISCAL_YEAR, QT_TRANSLATE_NOOP("DashboardPage", "ปีงบประมาณนี้")),
)


def _number(n: int) -> str:
    return f"{n:,}"


class DashboardPage(QWidget):
    """Figures, charts and the watch lists; exports the period report for supervisors."""

    refreshed = Signal(object)
    """The ``Snapshot`` just shown (tests wait for it)."""

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
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
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

        grid = QGridLayout()
        self.kpi: dict[str, QLabel] = {}
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
            cap = QLabel(caption, self)
            cap.setStyleSheet("color: #555;")
            # Captions and figures wrap: six tiles a row in English asked 1196 px, wider than a 1366 screen
            # beside the navigation (issue 13).
            cap.setWordWrap(True)
            value = QLabel("–", self)
            value.setObjectName(f"kpi_{key}")
            value.setStyleSheet("font-size: 17px; font-weight: bold;")
            value.setWordWrap(True)
            box.addWidget(cap)
            box.addWidget(value)
            grid.addLayout(box, i // 6, i % 6)
            self.kpi[key] = value
        layout.addLayout(grid)

        charts = QHBoxLayout()
        self.hour_chart = BarChart(self.tr("รับเรื่องวันนี้ รายชั่วโมง"), parent=self)
        self.category_chart = BarChart(self.tr("ตามประเภทเรื่อง (ช่วงนี้)"), horizontal=True, parent=self)
        self.rating_chart = BarChart(self.tr("คะแนนความพึงพอใจ (ช่วงนี้)"), parent=self)
        charts.addWidget(self.hour_chart, 3)
        charts.addWidget(self.category_chart, 4)
        charts.addWidget(self.rating_chart, 2)
        layout.addLayout(charts, 2)

        self.watch = WatchTable(
            [
                self.tr("สถานะ"),
                self.tr("เลขติดตามเรื่อง"),
                self.tr("เจ้าหน้าที่"),
                self.tr("ประเภท"),
                self.tr("กำหนดตอบ"),
            ],
            self,
        )
        self.watch.setObjectName("dashboard_watch")
        layout.addWidget(self.watch, 1)

        self.watcher = OverdueWatcher(env, self)
        self.watcher.due.connect(self.refresh)
        env.bus.changed.connect(self._changed)
        self.refresh()

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

        def compute() -> tuple[Snapshot, list[tuple[str, ...]]]:
            # The watch table's texts too (dates in Thai, codes grouped): less for the GUI thread to do.
            snap = env.services.dashboard.snapshot(user, period)
            return snap, watch_cells(snap, categories)

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

    def _show(self, snap: Snapshot, cells: list[tuple[str, ...]]) -> None:
        # A snapshot is shown in three turns of the event loop (charts, watch table, figures), each a short
        # slice of the GUI thread (all at once held it ~170 ms on the first refresh at 100 k records). The
        # figures come last, with ``snapshot`` and ``refreshed``: whoever sees them sees a whole page.
        today, period = snap.today, snap.period
        hours = list(range(7, 19))
        self.hour_chart.set_data([f"{h:02d}" for h in hours], [today.by_hour[h] for h in hours])
        self.category_chart.set_data(*ranked(period.by_category.items, self._categories))
        self.rating_chart.set_data(["1", "2", "3", "4", "5"], list(period.ratings.distribution))
        QTimer.singleShot(0, self, lambda: self._show_watch(snap, cells))

    def _show_watch(self, snap: Snapshot, cells: list[tuple[str, ...]]) -> None:
        overdue = len(snap.watch.overdue_cases)
        states = [self.tr("เกินกำหนด")] * overdue + [self.tr("ครบกำหนดวันนี้")] * (len(cells) - overdue)
        # One model reset: no item per cell, no row or column measured (ui.supervisor.dashboard.watch).
        self.watch.set_rows([(state, *row) for state, row in zip(states, cells, strict=True)])
        QTimer.singleShot(0, self, lambda: self._show_figures(snap))

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
        k["overdue"].setStyleSheet(
            "font-size: 17px; font-weight: bold;" + (" color: #b00020;" if snap.watch.overdue else "")
        )
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
        self.refresh()


def watch_cells(snap: Snapshot, categories: dict[str, str]) -> list[tuple[str, ...]]:
    """The watch table's texts after the state column: overdue cases, then those due today (plain Python,
    made on the worker thread)."""
    return [
        (
            format_tracking_code(case.tracking_code),
            case.officer,
            categories.get(case.category_code, case.category_code),
            show_datetime(case.promised_by),
        )
        for case in (*snap.watch.overdue_cases, *snap.watch.due_cases)
    ]
