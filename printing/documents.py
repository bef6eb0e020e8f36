"""The A4 documents of the counter: the acknowledgement letter of a complaint (ใบรับเรื่องราวร้องทุกข์) and the
day's register of records for the supervisor. Pure data in, PDF bytes out (``printing.pdf`` does the Thai)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from app.domain.labels import th
from app.domain.records import QueueState
from app.domain.thaidate import format_thai_date, format_thai_time, format_thai_weekday_date
from printing.pdf import QrFlowable, ThaiParagraph, ThaiStyle, build_pdf, spacer, thai_table
from printing.pdf_fonts import FONT
from printing.receipt import (
    ANONYMOUS_LABEL,
    CENTER_NAME,
    HOTLINE,
    LINE_ACCOUNT,
    PDPA_NOTICE,
    WEBSITE,
)

CENTER_ADDRESS = "สำนักงานปลัดสำนักนายกรัฐมนตรี ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300"


@dataclass(frozen=True)
class AcknowledgementData:
    """What the acknowledgement letter of one complaint says; chosen by ``app.services.receipts``."""

    tracking_code: str  # formatted for reading aloud
    access_token: str  # grouped
    tracking_url: str
    created_at: datetime
    complaint_type: str  # Thai label
    subject: str
    name: str = ""
    anonymous: bool = False
    address: str = ""
    description: str = ""
    requested_action: str = ""
    agency: str = ""
    documents_count: int = 0
    promised_by: datetime | None = None
    officer: str = ""
    station: str = ""
    reprint: bool = False


def _kv_table(rows: list[tuple[str, str]], width: float) -> Table:
    return thai_table(
        rows, [width * 0.28, width * 0.72], size=13, header_rows=0, bold_first_col=True, grid=False
    )


def _follow_up_and_signature(data: AcknowledgementData, width: float, body: ThaiStyle) -> Table:
    """How to follow up (left) beside the officer's signature block (right), to keep the letter one page."""
    follow_up = ThaiParagraph(
        f"ท่านติดตามความคืบหน้าได้ที่สายด่วน {HOTLINE} (ตลอด 24 ชั่วโมง) เว็บไซต์ {WEBSITE} "
        f"หรือ LINE {LINE_ACCOUNT} โดยแจ้งเลขรับเรื่องและรหัสติดตามเรื่องข้างต้น "
        "หรือสแกนคิวอาร์โค้ดที่มุมขวาบนของเอกสารนี้",
        body,
    )
    centred = ThaiStyle(size=14, align="center", leading_factor=1.38)
    signature = [
        spacer(9),
        ThaiParagraph("ลงชื่อ ........................................", centred),
        ThaiParagraph(f"({data.officer})" if data.officer else "", centred),
        ThaiParagraph("เจ้าหน้าที่ผู้รับเรื่อง", centred),
        ThaiParagraph(data.station, ThaiStyle(size=12, align="center")),
    ]
    table = Table([[follow_up, signature]], colWidths=[width * 0.55, width * 0.45])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def acknowledgement_letter(data: AcknowledgementData) -> bytes:
    """The letter the citizen takes home: what was received, when, and how to follow it up."""
    width = 170 * mm
    body = ThaiStyle(size=14, leading_factor=1.38)
    header: list[list[Flowable]] = [
        [
            [
                ThaiParagraph(CENTER_NAME, ThaiStyle(size=17, bold=True)),
                ThaiParagraph(CENTER_ADDRESS, ThaiStyle(size=12)),
            ],
            QrFlowable(data.tracking_url, size=30 * mm),
        ]
    ]
    head = Table(header, colWidths=[width - 34 * mm, 34 * mm])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    greeting = ANONYMOUS_LABEL if data.anonymous or not data.name else data.name
    received = f"{format_thai_weekday_date(data.created_at)} เวลา {format_thai_time(data.created_at)}"
    text = (
        f"ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล ได้รับเรื่อง{data.complaint_type}ของท่าน "
        f"เมื่อ{received} ไว้แล้ว และจะพิจารณาส่งให้หน่วยงานที่เกี่ยวข้องดำเนินการตามอำนาจหน้าที่ต่อไป"
    )
    if data.promised_by is not None:
        text += f" โดยจะแจ้งความคืบหน้าให้ท่านทราบภายใน{format_thai_weekday_date(data.promised_by)}"
    details = [("เลขรับเรื่อง", data.tracking_code), ("รหัสติดตามเรื่อง", data.access_token)]
    details += [("ประเภทเรื่อง", data.complaint_type), ("เรื่อง", data.subject)]
    if not data.anonymous and data.address:
        details.append(("ที่อยู่", data.address))
    if data.description:
        details.append(("รายละเอียดโดยย่อ", data.description))
    if data.requested_action:
        details.append(("ความประสงค์", data.requested_action))
    if data.agency:
        details.append(("หน่วยงานที่เกี่ยวข้อง", data.agency))
    details.append(("เอกสารที่ได้รับ", f"{data.documents_count} ฉบับ" if data.documents_count else "ไม่มี"))

    story: list[Flowable] = [head, spacer(4)]
    if data.reprint:
        story.append(ThaiParagraph("สำเนา / REPRINT", ThaiStyle(size=14, bold=True, align="right")))
    story += [
        ThaiParagraph("ใบรับเรื่องราวร้องทุกข์", ThaiStyle(size=20, bold=True, align="center", space_after=4)),
        ThaiParagraph(f"วันที่ {format_thai_date(data.created_at)}", ThaiStyle(size=14, align="right")),
        spacer(3),
        ThaiParagraph(f"เรียน {greeting}", body),
        spacer(2),
        ThaiParagraph(text, body),
        spacer(4),
        _kv_table(details, width),
        spacer(4),
        _follow_up_and_signature(data, width, body),
        spacer(3),
        ThaiParagraph(PDPA_NOTICE, ThaiStyle(size=11, color=colors.Color(0.25, 0.25, 0.25))),
    ]
    return build_pdf(
        story, title=f"ใบรับเรื่องราวร้องทุกข์ {data.tracking_code}", footer=data.tracking_code, margins_mm=17
    )


@dataclass(frozen=True)
class RegisterRow:
    """One record in the day's register; the name is already masked."""

    created_at: datetime
    tracking_code: str
    kind: str  # Thai label of the record type
    name: str
    subject: str
    officer: str
    queue_state: QueueState
    receipt_printed: bool


@dataclass(frozen=True)
class DailyRegisterData:
    """Every record of one Bangkok day at one station."""

    day: date
    station: str
    generated_at: datetime
    rows: list[RegisterRow] = field(default_factory=list)


def daily_register(data: DailyRegisterData) -> bytes:
    """The supervisor's register of the day (A4 landscape): one line per record, totals, a signature."""
    width = 297 * mm - 30 * mm
    table_rows: list[list[str]] = [
        ["ที่", "เวลา", "เลขรับเรื่อง", "ประเภท", "ผู้ร้อง", "เรื่อง", "เจ้าหน้าที่", "สถานะส่งศูนย์", "ใบรับ"]
    ]
    for i, row in enumerate(data.rows, start=1):
        table_rows.append(
            [
                str(i),
                format_thai_time(row.created_at, suffix=False),
                row.tracking_code,
                row.kind,
                row.name or ANONYMOUS_LABEL,
                row.subject,
                row.officer,
                th(row.queue_state),
                "พิมพ์แล้ว" if row.receipt_printed else "ยังไม่พิมพ์",
            ]
        )
    fractions = [0.04, 0.06, 0.15, 0.12, 0.13, 0.26, 0.1, 0.08, 0.06]
    story: list[Flowable] = [
        ThaiParagraph(f"ทะเบียนรับเรื่องประจำวัน — {data.station}", ThaiStyle(size=18, bold=True)),
        ThaiParagraph(
            f"{format_thai_weekday_date(data.day)}    พิมพ์เมื่อ {format_thai_date(data.generated_at)} "
            f"{format_thai_time(data.generated_at)}",
            ThaiStyle(size=13, space_after=4),
        ),
    ]
    if data.rows:
        story.append(thai_table(table_rows, [width * f for f in fractions], size=11))
    else:
        story.append(ThaiParagraph("ไม่มีเรื่องที่รับในวันนี้", ThaiStyle(size=14)))
    by_kind: dict[str, int] = {}
    by_state: dict[str, int] = {}
    for row in data.rows:
        by_kind[row.kind] = by_kind.get(row.kind, 0) + 1
        label = th(row.queue_state)
        by_state[label] = by_state.get(label, 0) + 1
    summary = f"รวม {len(data.rows)} เรื่อง"
    if by_kind:
        summary += " — " + " ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
    if by_state:
        summary += " — " + " ".join(f"{k} {v}" for k, v in sorted(by_state.items()))
    story += [
        spacer(4),
        ThaiParagraph(summary, ThaiStyle(size=13, bold=True)),
        spacer(10),
        ThaiParagraph(
            "ลงชื่อ ........................................ ผู้ตรวจ", ThaiStyle(size=14, align="right")
        ),
        ThaiParagraph("หัวหน้าศูนย์บริการ / ผู้ได้รับมอบหมาย", ThaiStyle(size=13, align="right")),
    ]
    return build_pdf(
        story,
        title=f"ทะเบียนรับเรื่อง {data.day.isoformat()}",
        landscape=True,
        footer=f"ทะเบียนรับเรื่อง {format_thai_date(data.day, style='short')}",
        margins_mm=15,
    )
