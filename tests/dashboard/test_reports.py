"""The month report: the PDF read back with pdftotext (Thai labels and figures, shaped), the workbook with
openpyxl, both against the same figures and against SQL."""

from __future__ import annotations

import subprocess
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.periods import month_of
from app.services.reports import ReportService
from app.services.types import PermissionDenied
from tests.dashboard.conftest import KnownDay
from tests.helpers.counter import raw_sql


def _plain(text: str) -> str:
    # pdftotext splits sara am and breaks lines around raised marks: compare NFKC without white space.
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_month_report_pdf_and_workbook(known_day: KnownDay, tmp_path: Path) -> None:
    services, staff = known_day.services, known_day.staff
    reports = ReportService(services)
    period = month_of(date(2026, 4, 10))
    with pytest.raises(PermissionDenied):
        reports.write_pdf(staff.officer, period, tmp_path / "no.pdf")
    pdf = reports.write_pdf(staff.supervisor, period, tmp_path / "month.pdf")
    xlsx = reports.write_xlsx(staff.supervisor, period, tmp_path / "month.xlsx")
    assert pdf.stat().st_mode & 0o777 == 0o600
    figures = reports.figures(staff.supervisor, period)
    tables = reports.tables(figures)

    text = _plain(
        subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, check=True, text=True
        ).stdout
    )
    assert _plain("รายงานผลการให้บริการ ศูนย์บริการประชาชน เดือนเมษายน 2569") in text
    for table in tables:
        assert _plain(table.title) in text
        for row in table.rows:
            assert _plain(str(row[0])) in text, row
    for label in ("ทุจริตและประพฤติมิชอบของเจ้าหน้าที่รัฐ", "ร้อยละที่ได้มาตรฐาน", "33.3%", "ขอนแก่น"):
        assert _plain(label) in text

    book = load_workbook(xlsx)
    assert book.sheetnames == [t.sheet for t in tables]
    summary = {row[0]: row[1] for row in book["สรุป"].iter_rows(min_row=3, values_only=True)}
    assert summary["เรื่องร้องทุกข์ที่รับ (ครั้งที่มา)"] == figures.complaints == 7
    assert summary["จำนวนผู้มาร่วม (คน)"] == figures.headcount == 150
    assert summary["ตอบภายในมาตรฐาน 1.5 วันทำการ"] == figures.standard.met == 1
    conn = raw_sql(known_day.home)
    try:
        complaints = [
            r[0] for r in conn.execute("SELECT id FROM records WHERE kind = 'complaint'").fetchall()
        ]
        # Straight from the opened payloads, not from the column the record writer keeps.
        by_category = Counter(services.records.detail(rid).payload["category_code"] for rid in complaints)
        audited = conn.execute("SELECT count(*) FROM audit_events WHERE action = 'report.write'").fetchone()[
            0
        ]
    finally:
        conn.close()
    names = {c.code: c.name_th for c in services.ctx.reference.categories}
    sheet = {row[0]: row[1] for row in book["ประเภทเรื่อง"].iter_rows(min_row=3, values_only=True)}
    assert sheet == {names[k]: n for k, n in by_category.items()}
    assert audited == 2
