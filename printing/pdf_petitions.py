"""A4 papers of the mass-coordination desk: the petition record and the day's situation summary.

Both are made with the one PDF stack, ``printing.pdf`` (shaped Thai, Thai line breaking, one set of
paragraph styles and tables, the bundled Sarabun registered once by ``printing.pdf_fonts``), like every
other document of the counter (docs/ARCHITECTURE.md, Printing).

**Petition record** (บันทึกการรับหนังสือร้องเรียนของกลุ่มประชาชน): the group, its representatives (national
IDs masked), headcount, provinces, arrival and departure, the issue, every demand numbered, agencies
concerned, meetings, the timeline, attachments, follow-up, and signature lines for the receiving official
and the representative. **Situation summary** (landscape): every group of the day with headcount,
provinces, issue, receiver and status, and totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.domain.labels import th
from app.domain.national_id import mask_national_id
from app.domain.petition import DailySummary, GroupPetitionPayload
from app.domain.records import IdDocument
from app.domain.thaidate import format_thai_date, format_thai_datetime, format_thai_time
from app.domain.tracking import format_tracking_code
from printing.pdf import QrFlowable, ThaiParagraph, ThaiStyle, build_pdf, layout_row, spacer, thai_table

CENTER_NAME = "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล ๑๑๑๑"
CENTER_SUBTITLE = "ศูนย์บริการประชาชน สำนักงานปลัดสำนักนายกรัฐมนตรี"
RECORD_TITLE = "บันทึกการรับหนังสือร้องเรียนของกลุ่มประชาชน (การประสานมวลชน)"
SUMMARY_TITLE = "สรุปสถานการณ์การประสานมวลชนประจำวัน"

BODY = ThaiStyle(size=12)
SMALL = ThaiStyle(size=10)
BOLD = ThaiStyle(size=12, bold=True)
SIGN = ThaiStyle(size=12, align="center")


_table = partial(thai_table, size=12)


def _t(text: str, st: ThaiStyle = BODY) -> ThaiParagraph:
    return ThaiParagraph(text, st)


def _section(title: str) -> ThaiParagraph:
    heading = ThaiParagraph(title, ThaiStyle(size=13, bold=True, leading_factor=20 / 13, space_after=1 * mm))
    heading.spaceBefore = 3 * mm
    heading.keepWithNext = 1  # a heading never ends a page alone
    return heading


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


_RECORD_MARGINS = (18.0, 18.0, 15.0, 20.0)  # left, right, top, bottom (mm)
_SUMMARY_MARGINS = (12.0, 12.0, 12.0, 18.0)


def petition_record_pdf(paper: PetitionPaper) -> bytes:
    """The A4 petition record as PDF bytes (Thai shaped, every demand in full, signature lines)."""
    p = paper.petition
    width = (210 - _RECORD_MARGINS[0] - _RECORD_MARGINS[1]) * mm
    story: list[Flowable] = []

    head_left = [
        _t(CENTER_NAME, ThaiStyle(size=15, bold=True)),
        _t(CENTER_SUBTITLE, SMALL),
        spacer(2),
        _t(RECORD_TITLE, ThaiStyle(size=14, bold=True)),
        _t(f"เลขรับเรื่อง {paper.tracking_code}   (ฉบับที่ {paper.version})", BOLD),
        _t(
            f"บันทึกเมื่อ {format_thai_datetime(paper.created_at, style='long')}   จุดบริการ {paper.station}", SMALL
        ),
    ]
    qr_size = 28 * mm
    qr = QrFlowable(paper.tracking_url, size=qr_size) if paper.tracking_url else spacer(0)
    story += [layout_row([head_left, qr], [width - qr_size - 4 * mm, qr_size + 4 * mm]), spacer(3)]

    label_w = 42 * mm
    facts = [
        ["ชื่อกลุ่ม", p.group_name],
        ["องค์กร", p.organisation or "-"],
        ["จำนวนผู้มา", f"ประมาณ {p.headcount_estimate:,} คน ({th(p.headcount_method)})"],
        ["จังหวัดที่มา", ", ".join(p.provinces) or "-"],
        ["เวลามาถึง", format_thai_datetime(p.arrived_at, style="long") if p.arrived_at else "-"],
        ["สถานที่", " / ".join(x for x in (p.arrival_gate, p.arrival_hall) if x) or "-"],
        [
            "เวลาเดินทางกลับ",
            format_thai_datetime(p.departed_at, style="long") if p.departed_at else "ยังอยู่ในพื้นที่",
        ],
    ]
    story.append(_section("๑. ข้อมูลกลุ่ม"))
    story.append(_table(facts, (label_w, width - label_w), header_rows=0, bold_first_col=True))

    story.append(_section("๒. ผู้แทนกลุ่ม"))
    rep_rows: list[list[str | Flowable]] = [["ที่", "ชื่อ-นามสกุล", "ตำแหน่งในกลุ่ม", "เลขประจำตัวประชาชน", "โทรศัพท์"]]
    for i, rep in enumerate(p.representatives, start=1):
        ident = "-"
        if rep.id_document is IdDocument.THAI_NATIONAL_ID and rep.national_id:
            ident = mask_national_id(rep.national_id)
        elif rep.passport_no:
            ident = f"หนังสือเดินทาง x{rep.passport_no[-3:]}"
        name = rep.full_name + (" (ผู้ประสานงาน)" if rep.is_contact else "")
        phone = rep.phone if rep.is_contact and rep.phone else "-"
        rep_rows.append([str(i), name, rep.group_role or "-", ident, phone])
    story.append(_table(rep_rows, (10 * mm, 55 * mm, 35 * mm, 38 * mm, width - 138 * mm)))
    if p.representatives and all(r.pdpa_acknowledged for r in p.representatives):
        # PDPA: the record on paper says each representative acknowledged the privacy notice.
        story.append(_t("ผู้แทนทุกคนได้รับแจ้งและรับทราบประกาศคุ้มครองข้อมูลส่วนบุคคล (PDPA) แล้ว"))

    story.append(_section("๓. สรุปประเด็นปัญหา"))
    story.append(_t(p.issue_summary))
    story.append(_section(f"๔. ข้อเรียกร้อง ({len(p.demands)} ข้อ)"))
    if p.demands:
        demand_rows: list[list[str | Flowable]] = [
            [f"{i}.", d.text] for i, d in enumerate(p.demands, start=1)
        ]
        story.append(_table(demand_rows, (10 * mm, width - 10 * mm), header_rows=0, grid=False))

    if p.agency_codes:
        story.append(_section("๕. หน่วยงานที่เกี่ยวข้อง"))
        story.append(_t(", ".join(paper.agency_names.get(code, code) for code in p.agency_codes)))
    if p.meetings:
        story.append(_section("๖. การประชุม/การเข้าพบ"))
        rows: list[list[str | Flowable]] = [["เวลา", "พบกับ", "สถานที่", "ผล"]]
        for m in p.meetings:
            at = format_thai_time(m.at) if m.at else "-"
            rows.append([at, m.with_whom, m.place or "-", m.result or "-"])
        story.append(_table(rows, (22 * mm, 60 * mm, 35 * mm, width - 117 * mm)))
    if p.timeline:
        story.append(_section("๗. ลำดับเหตุการณ์"))
        rows = [["เวลา", "เหตุการณ์", "รายละเอียด", "ผู้บันทึก"]]
        for e in sorted(p.timeline, key=lambda ev: ev.at or paper.created_at):
            at = format_thai_time(e.at) if e.at else "-"
            rows.append([at, th(e.kind), e.note or "-", _t(e.officer or "-", SMALL)])
        story.append(_table(rows, (22 * mm, 30 * mm, width - 102 * mm, 50 * mm)))
    if p.attachments:
        story.append(_section("๘. เอกสารและภาพถ่ายที่ได้รับ"))
        rows = [["ที่", "ประเภท", "ชื่อไฟล์", "SHA-256 (ต้นฉบับ)"]]
        for i, a in enumerate(p.attachments, start=1):
            rows.append([str(i), th(a.kind), a.name, _t(a.sha256[:16] + "…", SMALL)])
        story.append(_table(rows, (10 * mm, 35 * mm, width - 95 * mm, 50 * mm)))
    if p.follow_up:
        story.append(_section("๙. การติดตามผล"))
        story.append(_t(p.follow_up))

    contact = p.contact

    def signature(role: str, name: str, position: str) -> list[Flowable]:
        return [
            spacer(12),
            _t("ลงชื่อ .....................................................", SIGN),
            _t(f"( {name} )" if name else "(.....................................................)", SIGN),
            _t(position or " ", SIGN),
            _t(role, SIGN),
        ]

    signatures = layout_row(
        [
            signature("ผู้รับหนังสือ", p.received_by.name, p.received_by.position),
            signature("ผู้แทนกลุ่ม", contact.full_name if contact else "", "ผู้แทนกลุ่ม " + p.group_name),
        ],
        [width / 2, width / 2],
    )
    story.append(KeepTogether([spacer(6), signatures]))

    footer = (
        f"{CENTER_NAME} · เลขรับเรื่อง {paper.tracking_code} ฉบับที่ {paper.version} · "
        f"พิมพ์เมื่อ {format_thai_datetime(paper.printed_at)}"
    )
    title = f"บันทึกการรับคำร้อง {paper.tracking_code}"
    return build_pdf(story, title=title, footer=footer, margins_mm=_RECORD_MARGINS)


def daily_summary_pdf(summary: DailySummary) -> bytes:
    """The day's situation summary (landscape A4) as PDF bytes: totals, provinces, one row per group."""
    width = (297 - _SUMMARY_MARGINS[0] - _SUMMARY_MARGINS[1]) * mm
    day = format_thai_date(summary.day)
    story: list[Flowable] = [
        _t(CENTER_NAME, ThaiStyle(size=14, bold=True)),
        _t(f"{SUMMARY_TITLE} วันที่ {day}", ThaiStyle(size=14, bold=True)),
        _t(
            f"จุดบริการ {summary.station_code} {summary.station_name}   "
            f"ข้อมูล ณ {format_thai_datetime(summary.generated_at)}",
            SMALL,
        ),
        spacer(3),
    ]
    totals: list[list[str | Flowable]] = [
        ["จำนวนกลุ่ม", f"{summary.groups:,} กลุ่ม"],
        ["จำนวนผู้มาโดยประมาณ", f"{summary.headcount:,} คน"],
        ["ยังอยู่ในพื้นที่", f"{summary.present:,} กลุ่ม"],
        ["จังหวัดที่มา", ", ".join(f"{name} ({n})" for name, n in summary.provinces) or "-"],
    ]
    story.append(_table(totals, (50 * mm, width - 50 * mm), header_rows=0, bold_first_col=True, size=10.5))
    story.append(spacer(4))
    rows: list[list[str | Flowable]] = [
        ["ที่", "เวลา", "กลุ่ม", "จำนวน", "จังหวัด", "ประเด็น", "ข้อเรียกร้อง", "ผู้รับเรื่อง", "สถานะ"]
    ]
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
                str(i),
                times,
                group,
                f"{r.headcount:,}",
                ", ".join(r.provinces),
                r.issue_summary,
                f"{r.demands} ข้อ",
                r.received_by or "-",
                status,
            ]
        )
    if not summary.rows:
        rows.append(["-", "ไม่มีกลุ่มมายื่นคำร้องในวันนี้", *[""] * 7])
    fixed = (8, 22, 55, 16, 32, 0, 20, 35, 28)
    flex = width - sum(fixed) * mm
    story.append(_table(rows, [w * mm if w else flex for w in fixed], size=10.5))
    footer = f"{SUMMARY_TITLE} {day} · {CENTER_NAME}"
    title = f"{SUMMARY_TITLE} {day}"
    return build_pdf(story, title=title, footer=footer, landscape=True, margins_mm=_SUMMARY_MARGINS)
