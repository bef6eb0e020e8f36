"""A4 papers of the mass-coordination desk: the petition record and the day's situation summary.

Both are reportlab documents in the bundled Sarabun with HarfBuzz shaping, so tone marks sit over upper
vowels (docs/ARCHITECTURE.md, Printing and Pitfalls):

* WORKAROUND: ``canvas.drawString(..., shaping=True)`` comes out unshaped; shaped text comes from
  ``Paragraph`` with ``style.shaping = 1`` (uharfbuzz installed), so every string here is a Paragraph.
* WORKAROUND: reportlab breaks lines only at spaces and Thai has none between words; a Thai line would run
  off the page. :class:`ThaiParagraph` finds the break points with ICU (``app.domain.text.break_points``)
  at layout time, when the width is known, and hands reportlab lines that already fit (joined with
  ``<br/>``), because reportlab would print a U+200B hint as a visible space.

**Petition record** (บันทึกการรับหนังสือร้องเรียนของกลุ่มประชาชน): the group, its representatives (national
IDs masked), headcount, provinces, arrival and departure, the issue, every demand numbered, agencies
concerned, meetings, the timeline, attachments, follow-up, and signature lines for the receiving official
and the representative. **Situation summary** (landscape): every group of the day with headcount,
provinces, issue, receiver and status, and totals.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.labels import th
from app.domain.national_id import mask_national_id
from app.domain.petition import (
    DailySummary,
    GroupPetitionPayload,
)
from app.domain.records import IdDocument
from app.domain.text import strip_control_chars, thai_break_points
from app.domain.thaidate import format_thai_date, format_thai_datetime, format_thai_time
from app.domain.tracking import format_tracking_code
from printing.pdf_fonts import FONT, FONT_BOLD, register_fonts

CENTER_NAME = "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล ๑๑๑๑"
CENTER_SUBTITLE = "ศูนย์บริการประชาชน สำนักงานปลัดสำนักนายกรัฐมนตรี"
RECORD_TITLE = "บันทึกการรับหนังสือร้องเรียนของกลุ่มประชาชน (การประสานมวลชน)"
SUMMARY_TITLE = "สรุปสถานการณ์การประสานมวลชนประจำวัน"


def style(
    name: str, size: float = 12, *, bold: bool = False, align: int = 0, leading: float = 0
) -> ParagraphStyle:
    """A shaped Sarabun paragraph style."""
    s = ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=leading or size * 1.45,  # Thai stacks marks above and below: room for both
        alignment=align,
    )
    s.shaping = 1  # HarfBuzz (reportlab reads this attribute; it is not a constructor argument)
    return s


def wrap_thai(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` cut into lines no wider than ``width`` points, at Thai word boundaries (ICU), spaces and
    newlines; a word longer than a line is cut between characters (never inside a cluster of marks)."""
    lines: list[str] = []
    for raw in strip_control_chars(text, keep_newlines=True).split("\n"):
        para = raw.rstrip()
        if not para:
            lines.append("")
            continue
        cuts = [0, *thai_break_points(para), len(para)]
        pieces = [para[a:b] for a, b in itertools.pairwise(cuts)]
        line = ""
        for piece in pieces:
            candidate = line + piece
            if not line or pdfmetrics.stringWidth(candidate.rstrip(), font, size) <= width:
                line = candidate
                if pdfmetrics.stringWidth(line.rstrip(), font, size) > width:
                    head, line = _hard_cut(line, font, size, width)
                    lines.extend(head)
                continue
            lines.append(line.rstrip())
            line = piece.lstrip()
            if pdfmetrics.stringWidth(line.rstrip(), font, size) > width:
                head, line = _hard_cut(line, font, size, width)
                lines.extend(head)
        lines.append(line.rstrip())
    return lines


def _hard_cut(text: str, font: str, size: float, width: float) -> tuple[list[str], str]:
    import unicodedata

    out: list[str] = []
    line = ""
    for ch in text:
        # A combining mark (tone mark, upper or lower vowel) stays with the letter before it.
        if (
            line
            and unicodedata.category(ch) != "Mn"
            and pdfmetrics.stringWidth(line + ch, font, size) > width
        ):
            out.append(line)
            line = ""
        line += ch
    return out, line


class ThaiParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph of plain Thai text that wraps at words, shaped by HarfBuzz (see module docstring)."""

    def __init__(self, text: str, para_style: ParagraphStyle, *, markup_prefix: str = "") -> None:
        super().__init__()
        self.text = text
        self.style = para_style
        self.markup_prefix = markup_prefix  # trusted markup put before the first line (a bold label)
        self._para: Paragraph | None = None

    def _build(self, width: float) -> Paragraph:
        lines = wrap_thai(self.text, self.style.fontName, self.style.fontSize, max(width, 10))
        body = "<br/>".join(escape(line) for line in lines)
        return Paragraph(self.markup_prefix + body, self.style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Lays the text out for the width the frame or table cell offers."""
        self._para = self._build(avail_width)
        w, h = self._para.wrap(avail_width, avail_height)
        return float(w), float(h)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Splits across pages line by line."""
        para = self._para or self._build(avail_width)
        para.wrap(avail_width, avail_height)
        parts: list[Any] = para.split(avail_width, avail_height)
        return parts

    def draw(self) -> None:
        """Draws the laid-out paragraph."""
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)


def _t(text: str, st: ParagraphStyle) -> ThaiParagraph:
    return ThaiParagraph(text, st)


@dataclass(frozen=True)
class PetitionPaper:
    """What the petition record shows, chosen by the service (``PetitionService.record_pdf``)."""

    tracking_code: str  # formatted for reading
    version: int
    created_at: datetime
    printed_at: datetime
    station: str
    officer: str
    petition: GroupPetitionPayload
    tracking_url: str = ""
    agency_names: dict[str, str] = field(default_factory=dict)


def _qr(data: str, size: float) -> Drawing:
    widget = QrCodeWidget(data)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def _footer(text: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        footer = Paragraph(escape(f"{text}   หน้า {doc.page}"), style("footer", 9, align=TA_RIGHT, leading=11))
        footer.wrap(doc.width, 20)
        footer.drawOn(canvas, doc.leftMargin, 10 * mm)
        canvas.restoreState()

    return draw


def _section(title: str) -> Paragraph:
    st = style("section", 13, bold=True, leading=20)
    st.spaceBefore = 3 * mm
    st.spaceAfter = 1 * mm
    st.keepWithNext = 1  # a heading never ends a page alone
    return Paragraph(escape(title), st)


def _grid(rows: list[list[Any]], widths: Sequence[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.92, 0.96)))
    table.setStyle(TableStyle(commands))
    return table


def petition_record_pdf(paper: PetitionPaper) -> bytes:
    """The A4 petition record as PDF bytes (Thai shaped, every demand in full, signature lines)."""
    register_fonts()
    p = paper.petition
    body = style("body", 12)
    small = style("small", 10)
    bold = style("bold", 12, bold=True)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=15 * mm,
        bottomMargin=20 * mm,
        title=f"บันทึกการรับคำร้อง {paper.tracking_code}",
        author=CENTER_NAME,
    )
    width = doc.width
    story: list[Any] = []

    head_left = [
        _t(CENTER_NAME, style("center", 15, bold=True)),
        _t(CENTER_SUBTITLE, small),
        Spacer(1, 2 * mm),
        _t(RECORD_TITLE, style("title", 14, bold=True)),
        _t(f"เลขรับเรื่อง {paper.tracking_code}   (ฉบับที่ {paper.version})", bold),
        _t(
            f"บันทึกเมื่อ {format_thai_datetime(paper.created_at, style='long')}   จุดบริการ {paper.station}", small
        ),
    ]
    qr_size = 28 * mm
    head = Table(
        [[head_left, _qr(paper.tracking_url, qr_size) if paper.tracking_url else ""]],
        colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 3 * mm)]

    label_w = 42 * mm
    facts = [
        ("ชื่อกลุ่ม", p.group_name),
        ("องค์กร", p.organisation or "-"),
        ("จำนวนผู้มา", f"ประมาณ {p.headcount_estimate:,} คน ({th(p.headcount_method)})"),
        ("จังหวัดที่มา", ", ".join(p.provinces) or "-"),
        ("เวลามาถึง", format_thai_datetime(p.arrived_at, style="long") if p.arrived_at else "-"),
        ("สถานที่", " / ".join(x for x in (p.arrival_gate, p.arrival_hall) if x) or "-"),
        (
            "เวลาเดินทางกลับ",
            format_thai_datetime(p.departed_at, style="long") if p.departed_at else "ยังอยู่ในพื้นที่",
        ),
    ]
    story.append(_section("๑. ข้อมูลกลุ่ม"))
    story.append(
        _grid([[_t(k, bold), _t(v, body)] for k, v in facts], (label_w, width - label_w), header=False)
    )

    story.append(_section("๒. ผู้แทนกลุ่ม"))
    rep_rows: list[list[Any]] = [
        [_t(h, bold) for h in ("ที่", "ชื่อ-นามสกุล", "ตำแหน่งในกลุ่ม", "เลขประจำตัวประชาชน", "โทรศัพท์")]
    ]
    for i, rep in enumerate(p.representatives, start=1):
        ident = "-"
        if rep.id_document is IdDocument.THAI_NATIONAL_ID and rep.national_id:
            ident = mask_national_id(rep.national_id)
        elif rep.passport_no:
            ident = f"หนังสือเดินทาง x{rep.passport_no[-3:]}"
        name = rep.full_name + (" (ผู้ประสานงาน)" if rep.is_contact else "")
        rep_rows.append(
            [
                _t(str(i), body),
                _t(name, body),
                _t(rep.group_role or "-", body),
                _t(ident, body),
                _t(rep.phone if rep.is_contact and rep.phone else "-", body),
            ]
        )
    story.append(_grid(rep_rows, (10 * mm, 55 * mm, 35 * mm, 38 * mm, width - 138 * mm)))
    if p.representatives and all(r.pdpa_acknowledged for r in p.representatives):
        # PDPA: the record on paper says each representative acknowledged the privacy notice.
        story.append(_t("ผู้แทนทุกคนได้รับแจ้งและรับทราบประกาศคุ้มครองข้อมูลส่วนบุคคล (PDPA) แล้ว", body))

    story.append(_section("๓. สรุปประเด็นปัญหา"))
    story.append(_t(p.issue_summary, body))
    story.append(_section(f"๔. ข้อเรียกร้อง ({len(p.demands)} ข้อ)"))
    demand_rows = [[_t(f"{i}.", body), _t(d.text, body)] for i, d in enumerate(p.demands, start=1)]
    if demand_rows:
        demands = Table(demand_rows, colWidths=[10 * mm, width - 10 * mm])
        demands.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
        story.append(demands)

    if p.agency_codes:
        story.append(_section("๕. หน่วยงานที่เกี่ยวข้อง"))
        names = [paper.agency_names.get(code, code) for code in p.agency_codes]
        story.append(_t(", ".join(names), body))
    if p.meetings:
        story.append(_section("๖. การประชุม/การเข้าพบ"))
        rows: list[list[Any]] = [[_t(h, bold) for h in ("เวลา", "พบกับ", "สถานที่", "ผล")]]
        for m in p.meetings:
            rows.append(
                [
                    _t(format_thai_time(m.at) if m.at else "-", body),
                    _t(m.with_whom, body),
                    _t(m.place or "-", body),
                    _t(m.result or "-", body),
                ]
            )
        story.append(_grid(rows, (22 * mm, 60 * mm, 35 * mm, width - 117 * mm)))
    if p.timeline:
        story.append(_section("๗. ลำดับเหตุการณ์"))
        rows = [[_t(h, bold) for h in ("เวลา", "เหตุการณ์", "รายละเอียด", "ผู้บันทึก")]]
        for e in sorted(p.timeline, key=lambda ev: ev.at or paper.created_at):
            rows.append(
                [
                    _t(format_thai_time(e.at) if e.at else "-", body),
                    _t(th(e.kind), body),
                    _t(e.note or "-", body),
                    _t(e.officer or "-", small),
                ]
            )
        story.append(_grid(rows, (22 * mm, 30 * mm, width - 102 * mm, 50 * mm)))
    if p.attachments:
        story.append(_section("๘. เอกสารและภาพถ่ายที่ได้รับ"))
        rows = [[_t(h, bold) for h in ("ที่", "ประเภท", "ชื่อไฟล์", "SHA-256 (ต้นฉบับ)")]]
        for i, a in enumerate(p.attachments, start=1):
            rows.append(
                [
                    _t(str(i), body),
                    _t(th(a.kind), body),
                    _t(a.name, body),
                    _t(a.sha256[:16] + "…", small),
                ]
            )
        story.append(_grid(rows, (10 * mm, 35 * mm, width - 95 * mm, 50 * mm)))
    if p.follow_up:
        story.append(_section("๙. การติดตามผล"))
        story.append(_t(p.follow_up, body))

    contact = p.contact
    rep_name = contact.full_name if contact else ""
    sign = style("sign", 12, align=TA_CENTER)
    col = width / 2

    def signature(role: str, name: str, position: str) -> list[Any]:
        return [
            Spacer(1, 12 * mm),
            Paragraph(escape("ลงชื่อ ....................................................."), sign),
            _t(f"( {name} )" if name else "(.....................................................)", sign),
            _t(position or " ", sign),
            _t(role, sign),
        ]

    signatures = Table(
        [
            [
                signature("ผู้รับหนังสือ", p.received_by.name, p.received_by.position),
                signature("ผู้แทนกลุ่ม", rep_name, "ผู้แทนกลุ่ม " + p.group_name),
            ]
        ],
        colWidths=[col, col],
    )
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([Spacer(1, 6 * mm), signatures]))

    footer = (
        f"{CENTER_NAME} · เลขรับเรื่อง {paper.tracking_code} ฉบับที่ {paper.version} · "
        f"พิมพ์เมื่อ {format_thai_datetime(paper.printed_at)}"
    )
    doc.build(story, onFirstPage=_footer(footer), onLaterPages=_footer(footer))
    return buf.getvalue()


def daily_summary_pdf(summary: DailySummary) -> bytes:
    """The day's situation summary (landscape A4) as PDF bytes: totals, provinces, one row per group."""
    register_fonts()
    body = style("sbody", 10.5)
    bold = style("sbold", 10.5, bold=True)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=18 * mm,
        title=f"{SUMMARY_TITLE} {format_thai_date(summary.day)}",
        author=CENTER_NAME,
    )
    width = doc.width
    story: list[Any] = [
        _t(CENTER_NAME, style("scenter", 14, bold=True)),
        _t(f"{SUMMARY_TITLE} วันที่ {format_thai_date(summary.day)}", style("stitle", 14, bold=True)),
        _t(
            f"จุดบริการ {summary.station_code} {summary.station_name}   "
            f"ข้อมูล ณ {format_thai_datetime(summary.generated_at)}",
            style("ssub", 10),
        ),
        Spacer(1, 3 * mm),
    ]
    totals = [
        ("จำนวนกลุ่ม", f"{summary.groups:,} กลุ่ม"),
        ("จำนวนผู้มาโดยประมาณ", f"{summary.headcount:,} คน"),
        ("ยังอยู่ในพื้นที่", f"{summary.present:,} กลุ่ม"),
        (
            "จังหวัดที่มา",
            ", ".join(f"{name} ({n})" for name, n in summary.provinces) or "-",
        ),
    ]
    story.append(
        _grid([[_t(k, bold), _t(v, body)] for k, v in totals], (50 * mm, width - 50 * mm), header=False)
    )
    story.append(Spacer(1, 4 * mm))
    headers = ("ที่", "เวลา", "กลุ่ม", "จำนวน", "จังหวัด", "ประเด็น", "ข้อเรียกร้อง", "ผู้รับเรื่อง", "สถานะ")
    rows: list[list[Any]] = [[_t(h, bold) for h in headers]]
    for i, r in enumerate(summary.rows, start=1):
        times = format_thai_time(r.arrived_at, suffix=False) if r.arrived_at else "-"
        if r.departed_at:
            times += f"–{format_thai_time(r.departed_at, suffix=False)}"
        group = r.group_name + (f" ({r.organisation})" if r.organisation else "")
        group += f"\n{format_tracking_code(r.tracking_code)}"
        status = th(r.status) + "\n" + th(r.queue_state)
        if r.central_status:
            status += f"\n{r.central_status}"
        rows.append(
            [
                _t(str(i), body),
                _t(times, body),
                _t(group, body),
                _t(f"{r.headcount:,}", body),
                _t(", ".join(r.provinces), body),
                _t(r.issue_summary, body),
                _t(f"{r.demands} ข้อ", body),
                _t(r.received_by or "-", body),
                _t(status, body),
            ]
        )
    if not summary.rows:
        rows.append([_t("-", body), _t("ไม่มีกลุ่มมายื่นคำร้องในวันนี้", body)] + [_t("", body)] * 7)
    fixed = (8, 22, 55, 16, 32, 0, 20, 35, 28)
    flex = width - sum(fixed) * mm
    story.append(_grid(rows, [w * mm if w else flex for w in fixed]))
    footer = f"{SUMMARY_TITLE} {format_thai_date(summary.day)} · {CENTER_NAME}"
    doc.build(story, onFirstPage=_footer(footer), onLaterPages=_footer(footer))
    return buf.getvalue()
