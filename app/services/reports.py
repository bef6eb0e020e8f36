"""Period reports of the station (week, month, Thai fiscal year): the measures of the center's annual report
as tables and charts, written as an A4 PDF (``printing.pdf_report``) and as an ``.xlsx`` workbook with one
sheet per table (openpyxl). Both come from the same ``Figures`` as the dashboard.

Channel: every record of a counter came in at the walk-in service point; complaints and group petitions are
the two channels it has ("by channel where known"). A report reads counts only (no personal data) but is a
supervisor's tool (``REPORTS``), and writing one is audited.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.periods import Period
from app.domain.roles import Permission
from app.domain.thaidate import format_thai_datetime
from app.services.dashboard import Figures
from app.services.types import CurrentUser, PermissionDenied
from app.storage.models import Station
from printing.pdf_report import ReportChart, ReportTable, period_report_pdf

CENTER_NAME = "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล ๑๑๑๑"
REPORT_TITLE = "รายงานผลการให้บริการ ศูนย์บริการประชาชน"
RATING_LABELS = ("1 ควรปรับปรุง", "2 พอใช้", "3 ปานกลาง", "4 ดี", "5 ดีมาก")
SOURCE_LABELS = {"counter": "ที่จุดบริการ", "tracking_page": "หน้าติดตามเรื่อง"}


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "–"


class ReportService:
    """Builds and writes period reports."""

    def __init__(self, services: Any) -> None:
        self._services = services
        self._ctx = services.ctx

    def _require(self, user: CurrentUser) -> None:
        if not user.can(Permission.REPORTS):
            raise PermissionDenied("permission_denied", Permission.REPORTS.value)

    def figures(self, user: CurrentUser, period: Period) -> Figures:
        """The period's figures for the whole station."""
        self._require(user)
        figures: Figures = self._services.dashboard.figures(user, period)
        return figures

    def tables(self, figures: Figures) -> list[ReportTable]:
        """Every table of the report, in order (also the workbook's sheets)."""
        ref = self._ctx.reference
        categories = {c.code: c.name_th for c in ref.categories}
        agencies = {a.code: a.name_th for a in ref.agencies}
        f = figures
        s = f.standard
        avg = f.ratings.average
        summary = ReportTable(
            "สรุปผลการให้บริการ",
            "สรุป",
            ("รายการ", "จำนวน"),
            (
                ("เรื่องร้องทุกข์ที่รับ (ครั้งที่มา)", f.complaints),
                ("เป็นเรื่องใหม่", f.complaint_cases),
                ("มาติดตามเรื่องเดิม (มาซ้ำ)", f.complaints - f.complaint_cases),
                ("การประสานมวลชน (กลุ่ม)", f.petitions),
                ("จำนวนผู้มาร่วม (คน)", f.headcount),
                ("ใบรับเรื่องที่พิมพ์", f.receipts_printed),
                ("ใบรับเรื่องที่พิมพ์ซ้ำ", f.receipts_reprinted),
                ("เรื่องที่ยกเลิก", f.voided),
                ("ตอบภายในมาตรฐาน 1.5 วันทำการ", s.met),
                ("ตอบช้ากว่ามาตรฐาน", s.late),
                ("เกินกำหนดยังไม่ตอบ", s.overdue),
                ("ร้อยละที่ได้มาตรฐาน", _share(s.met, s.judged)),
                ("ผู้ประเมินความพึงพอใจ (คน)", f.ratings.count),
                ("คะแนนความพึงพอใจเฉลี่ย (เต็ม 5)", "–" if avg is None else f"{avg:.2f}"),
            ),
        )
        channels = ReportTable(
            "จำแนกตามช่องทาง",
            "ช่องทาง",
            ("ช่องทาง", "ครั้งที่มา", "เรื่อง"),
            (
                ("ร้องทุกข์ด้วยตนเองที่จุดบริการ", f.complaints, f.complaint_cases),
                ("การประสานมวลชน", f.petitions, f.petition_cases),
            ),
        )

        def ranked(
            title: str, sheet: str, head: str, items: tuple[tuple[str, int], ...], names: dict[str, str]
        ) -> ReportTable:
            total = sum(n for _, n in items)
            rows = tuple((names.get(k, k) or "ไม่ระบุ", n, _share(n, total)) for k, n in items)
            return ReportTable(title, sheet, (head, "จำนวน", "ร้อยละ"), rows)

        ratings = ReportTable(
            "ความพึงพอใจ",
            "ความพึงพอใจ",
            ("คะแนน", "จำนวน", "ร้อยละ"),
            tuple(
                (label, n, _share(n, f.ratings.count))
                for label, n in zip(RATING_LABELS, f.ratings.distribution, strict=True)
            )
            + tuple(
                (f"ประเมินทาง{SOURCE_LABELS.get(k, k)}", n, _share(n, f.ratings.count))
                for k, n in f.ratings.by_source
            ),
        )
        days = ReportTable(
            "จำนวนเรื่องรายวัน", "รายวัน", ("วันที่", "จำนวน"), tuple((d.isoformat(), n) for d, n in f.by_day)
        )
        return [
            summary,
            channels,
            ranked("จำแนกตามประเภทเรื่อง", "ประเภทเรื่อง", "ประเภทเรื่อง", f.by_category.items, categories),
            ranked("จำแนกตามหน่วยงาน", "หน่วยงาน", "หน่วยงาน", f.by_agency.items, agencies),
            ranked("จำแนกตามจังหวัด", "จังหวัด", "จังหวัด", f.by_province.items, {}),
            ranked("จำแนกตามเจ้าหน้าที่ผู้รับเรื่อง", "เจ้าหน้าที่", "เจ้าหน้าที่", f.by_officer.items, {}),
            ratings,
            days,
        ]

    def charts(self, figures: Figures) -> list[ReportChart]:
        """The report's charts (the dashboard shows the same figures)."""
        categories = {c.code: c.name_th for c in self._ctx.reference.categories}
        top = figures.by_category.items[:8]
        return [
            ReportChart(
                "จำนวนเรื่องตามช่วงเวลาที่รับ (นาฬิกา)",
                tuple(f"{h:02d}" for h in range(7, 19)),
                tuple(figures.by_hour[7:19]),
            ),
            ReportChart(
                "ประเภทเรื่องที่รับมากที่สุด",
                tuple(categories.get(k, k) for k, _ in top),
                tuple(n for _, n in top),
                horizontal=True,
            ),
            ReportChart("คะแนนความพึงพอใจ", ("1", "2", "3", "4", "5"), figures.ratings.distribution),
        ]

    def _station(self) -> str:
        with self._ctx.db.read_session() as s:
            station = s.scalars(select(Station)).first()
        return f"จุดบริการ {station.code} {station.name}" if station else ""

    def pdf(self, user: CurrentUser, period: Period) -> bytes:
        """The report as PDF bytes."""
        figures = self.figures(user, period)
        made = format_thai_datetime(self._ctx.clock())
        return period_report_pdf(
            title=f"{REPORT_TITLE} {period.label_th()}",
            subtitle=f"{CENTER_NAME}  {self._station()}",
            tables=self.tables(figures),
            charts=self.charts(figures),
            footer=f"จัดทำเมื่อ {made}",
        )

    def write_pdf(self, user: CurrentUser, period: Period, path: Path) -> Path:
        """Writes the PDF report (owner-only file) and audits it."""
        data = self.pdf(user, period)
        _write_private(path, data)
        self._audit(user, period, "pdf")
        return path

    def write_xlsx(self, user: CurrentUser, period: Period, path: Path) -> Path:
        """Writes the workbook: one sheet per table, numbers as numbers."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        figures = self.figures(user, period)
        book = Workbook()
        first = True
        for table in self.tables(figures):
            sheet = book.active if first else book.create_sheet()
            assert sheet is not None
            first = False
            sheet.title = table.sheet[:31]
            sheet.append([f"{table.title} — {period.label_th()}"])
            sheet["A1"].font = Font(bold=True)
            sheet.append(list(table.headers))
            for cell in sheet[2]:
                cell.font = Font(bold=True)
            for row in table.rows:
                sheet.append(list(row))
            sheet.column_dimensions["A"].width = 48
        import io

        buffer = io.BytesIO()
        book.save(buffer)
        _write_private(path, buffer.getvalue())
        self._audit(user, period, "xlsx")
        return path

    def _audit(self, user: CurrentUser, period: Period, form: str) -> None:
        with self._ctx.db.session() as s:
            self._services.audit_log.append(
                s,
                user.username,
                "report.write",
                period.kind.value,
                {"first": period.first.isoformat(), "last": period.last.isoformat(), "format": form},
                self._ctx.clock(),
            )


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_bytes(data)
