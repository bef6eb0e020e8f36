"""Writes two PDFs in the order given on the command line, in a fresh process (reportlab's font registry
is process-wide): ``complaint`` (the printing.pdf stack) and ``petition`` (the situation summary)."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from app.domain.petition import DailySummary, PetitionStatus, SummaryRow
from app.domain.records import QueueState
from printing.pdf import ThaiParagraph, ThaiStyle, build_pdf
from printing.pdf_petitions import daily_summary_pdf

TEXT = "ผู้ร้องแจ้งว่าน้ำประปาไม่ไหลที่หมู่บ้านน้ำใส ต้องการให้เร่งแก้ไขโดยด่วนที่สุด"


def complaint() -> bytes:
    """A complaint-style document through printing.pdf."""
    return build_pdf([ThaiParagraph(TEXT, ThaiStyle(size=14))], title="หนังสือตอบรับ")


def petition() -> bytes:
    """The petitions desk's situation summary through printing.pdf_petitions."""
    row = SummaryRow(
        tracking_code="101691125000018",
        group_name="เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง",
        organisation="",
        headcount=150,
        provinces=("ขอนแก่น",),
        issue_summary=TEXT,
        demands=3,
        received_by="สมชาย ทดสอบ",
        arrived_at=datetime(2026, 3, 5, 2, 30, tzinfo=UTC),
        departed_at=None,
        status=PetitionStatus.PRESENT,
        queue_state=QueueState.WITHDRAWN,
    )
    return daily_summary_pdf(
        DailySummary(date(2026, 3, 5), "101", "ศูนย์บริการประชาชน", datetime(2026, 3, 5, 9, tzinfo=UTC), (row,))
    )


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for kind in sys.argv[2:]:
        (out / f"{kind}.pdf").write_bytes(complaint() if kind == "complaint" else petition())
