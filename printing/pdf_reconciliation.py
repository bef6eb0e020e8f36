"""The day-end reconciliation report (A4 PDF) for the supervisor's sign-off.

Built with the shared Thai helpers of ``printing.pdf`` (HarfBuzz-shaped Sarabun, ICU line breaks, text that
copies back as Thai). ``printing`` sits below ``app.services``, so the report comes in as any object with
the fields of ``ReconciliationData`` (``app.services.reconciliation.ReconciliationReport`` has them).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from app.domain.labels import th
from app.domain.records import QueueState
from app.domain.thaidate import format_thai_date, format_thai_datetime
from app.domain.tracking import format_tracking_code
from printing.pdf import ThaiParagraph, ThaiStyle, build_pdf, spacer, thai_table

CENTER_NAME = "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล ๑๑๑๑"
TITLE = "รายงานการกระทบยอดข้อมูลกับระบบกลาง ประจำวัน"


class _Entry(Protocol):
    """A version of a record, on either side."""

    @property
    def version(self) -> int: ...
    @property
    def sha256(self) -> str: ...
    @property
    def tracking_code(self) -> str: ...


class LocalEntry(_Entry, Protocol):
    """A version registered at the counter."""

    @property
    def record_id(self) -> str: ...
    @property
    def state(self) -> QueueState: ...


class RemoteEntry(_Entry, Protocol):
    """A version the center holds."""

    @property
    def id(self) -> str: ...


class MismatchEntry(Protocol):
    """The same id and version with other content."""

    @property
    def local(self) -> LocalEntry: ...
    @property
    def center_sha256(self) -> str: ...


class ReconciliationData(Protocol):
    """What the report prints."""

    @property
    def day(self) -> date: ...
    @property
    def station(self) -> str: ...
    @property
    def generated_at(self) -> datetime: ...
    @property
    def local_count(self) -> int: ...
    @property
    def acked_count(self) -> int: ...
    @property
    def remote_count(self) -> int: ...
    @property
    def missing_remote(self) -> Sequence[LocalEntry]: ...
    @property
    def missing_local(self) -> Sequence[RemoteEntry]: ...
    @property
    def mismatched(self) -> Sequence[MismatchEntry]: ...


def _listing(title: str, header: list[str], rows: list[list[str]]) -> list[Flowable]:
    """One kind of difference: a heading and its table (nothing when there is none of it)."""
    if not rows:
        return []
    widths = [52 * mm, 14 * mm, 36 * mm, 40 * mm]
    return [
        spacer(4),
        ThaiParagraph(title, ThaiStyle(size=13, bold=True)),
        thai_table([header, *rows], widths, size=10),
    ]


def _n(value: int) -> str:
    return f"{value:,}"


def _short(sha: str) -> str:
    return sha[:12] + "…" if sha else "-"


def reconciliation_story(
    report: ReconciliationData, *, station_name: str, prepared_by: str
) -> list[Flowable]:
    """The flowables of the report (also used by tests that inspect the layout)."""
    differences = len(report.missing_remote) + len(report.missing_local) + len(report.mismatched)
    story: list[Flowable] = [
        ThaiParagraph(CENTER_NAME, ThaiStyle(size=16, bold=True, align="center")),
        ThaiParagraph(TITLE, ThaiStyle(size=15, bold=True, align="center", space_after=4)),
        ThaiParagraph(f"จุดบริการ {report.station} {station_name}".strip(), ThaiStyle(size=12, align="center")),
        ThaiParagraph(
            f"ข้อมูลของวันที่ {format_thai_date(report.day)}    "
            f"จัดทำเมื่อ {format_thai_datetime(report.generated_at)}",
            ThaiStyle(size=12, align="center", space_after=8),
        ),
        thai_table(
            [
                ["รายการ", "จำนวน (ฉบับ)"],
                ["บันทึกที่จุดบริการ", _n(report.local_count)],
                ["ศูนย์ยืนยันการรับแล้ว", _n(report.acked_count)],
                ["ศูนย์แจ้งว่ามีอยู่ในระบบ", _n(report.remote_count)],
                ["มีที่จุดบริการ แต่ศูนย์ไม่มี", _n(len(report.missing_remote))],
                ["ศูนย์มี แต่จุดบริการไม่มี", _n(len(report.missing_local))],
                ["รหัสและฉบับตรงกันแต่เนื้อหาต่างกัน", _n(len(report.mismatched))],
            ],
            [110 * mm, 50 * mm],
            size=12,
        ),
        spacer(4),
    ]
    if differences == 0:
        story.append(
            ThaiParagraph(
                "ผลการกระทบยอด: ข้อมูลตรงกันทั้งหมด ไม่พบความแตกต่าง",
                ThaiStyle(size=13, bold=True, color=colors.Color(0, 0.45, 0.1)),
            )
        )
    else:
        story.append(
            ThaiParagraph(
                f"ผลการกระทบยอด: พบความแตกต่าง {_n(differences)} รายการ (รายละเอียดด้านล่าง)",
                ThaiStyle(size=13, bold=True, color=colors.Color(0.7, 0.05, 0.05)),
            )
        )
    story += _listing(
        "เรื่องที่บันทึกที่จุดบริการ แต่ศูนย์ยังไม่มี",
        ["เลขติดตามเรื่อง", "ฉบับ", "สถานะการส่ง", "SHA-256"],
        [
            [format_tracking_code(v.tracking_code), str(v.version), th(v.state), _short(v.sha256)]
            for v in report.missing_remote
        ],
    )
    story += _listing(
        "เรื่องที่ศูนย์มี แต่ไม่พบที่จุดบริการนี้",
        ["เลขติดตามเรื่อง", "ฉบับ", "รหัสเรื่อง", "SHA-256"],
        [
            [format_tracking_code(h.tracking_code), str(h.version), h.id[:13] + "…", _short(h.sha256)]
            for h in report.missing_local
        ],
    )
    story += _listing(
        "เรื่องที่เนื้อหาไม่ตรงกับศูนย์",
        ["เลขติดตามเรื่อง", "ฉบับ", "SHA-256 จุดบริการ", "SHA-256 ศูนย์"],
        [
            [
                format_tracking_code(m.local.tracking_code),
                str(m.local.version),
                _short(m.local.sha256),
                _short(m.center_sha256),
            ]
            for m in report.mismatched
        ],
    )
    story += [
        spacer(14),
        thai_table(
            [
                [
                    "ลงชื่อ ....................................... ผู้จัดทำ",
                    "ลงชื่อ ....................................... ผู้ตรวจสอบ",
                ],
                [f"({prepared_by})", "(.......................................)"],
                ["วันที่ ........../........../..........", "วันที่ ........../........../.........."],
            ],
            [85 * mm, 85 * mm],
            size=12,
            header_rows=0,
            grid=False,
        ),
    ]
    return story


def render_reconciliation_pdf(
    report: ReconciliationData, path: Path, *, station_name: str = "", prepared_by: str = ""
) -> Path:
    """Writes the report to ``path`` (A4, Sarabun embedded) and returns the path."""
    story = reconciliation_story(report, station_name=station_name, prepared_by=prepared_by)
    data = build_pdf(
        story,
        title=f"{TITLE} {report.day.isoformat()}",
        footer=f"{TITLE} — {format_thai_date(report.day)}",
    )
    # Owner-only (0600) from the first byte, like every paper the counter writes.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path
