"""Synthetic group petitions for demos and benchmarks — invented groups, fake people, never real data.

Each petition is logged through ``PetitionService`` exactly as the desk does (validation, tracking code,
outbox, audit): the group arrives earlier today, its representatives are ``fake_person`` people (checksum-
valid fake national IDs, made-up names), its issue and demands come from the templates below, and most
groups get a few timeline events (each a new version) and some have already left.

``psc-counter demo-data --kind group_petition|all`` reaches this through ``app.services.demo.generate_demo``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.clock import BANGKOK
from app.domain.fakes import fake_person
from app.domain.petition import (
    Demand,
    GroupPetitionPayload,
    HeadcountMethod,
    Meeting,
    Official,
    Representative,
    TimelineEventKind,
)
from app.domain.roles import Role
from app.logs import DB as log
from app.services.audit import AuditLog
from app.services.context import AppContext
from app.services.demo_users import ensure_demo_user
from app.services.petitions import PetitionService
from app.services.types import CurrentUser

DEMO_MASS_USERNAME = "demo_mass"


@dataclass(frozen=True)
class GroupTemplate:
    """One kind of group that comes to the desk, with what such a group asks for."""

    name: str
    organisation: str
    provinces: tuple[str, ...]
    issue: str
    demands: tuple[str, ...]
    agencies: tuple[str, ...]
    size: tuple[int, int]


TEMPLATES: tuple[GroupTemplate, ...] = (
    GroupTemplate(
        "เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง{region}",
        "สมาคมเกษตรกรไทยตัวอย่าง",
        ("นครราชสีมา", "ชัยภูมิ", "ขอนแก่น", "บุรีรัมย์"),
        "ราคามันสำปะหลังตกต่ำกว่าต้นทุนการผลิตต่อเนื่องสองฤดูกาล เกษตรกรมีหนี้สินเพิ่มขึ้นและขาดเงินทุนหมุนเวียน",
        (
            "ขอให้รัฐบาลกำหนดมาตรการประกันราคามันสำปะหลังไม่ต่ำกว่ากิโลกรัมละ ๓ บาท",
            "ขอให้ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตรพักชำระหนี้เกษตรกรเป็นเวลา ๓ ปี",
            "ขอให้ควบคุมการนำเข้ามันเส้นจากต่างประเทศในช่วงฤดูเก็บเกี่ยว",
            "ขอให้สนับสนุนเงินทุนจัดตั้งลานมันชุมชนในทุกอำเภอ",
            "ขอให้แต่งตั้งคณะกรรมการร่วมภาครัฐและเกษตรกรเพื่อติดตามผล",
        ),
        ("DOAE", "BAAC", "DIT", "CUSTOMS"),
        (80, 600),
    ),
    GroupTemplate(
        "กลุ่มผู้ได้รับผลกระทบจากโครงการก่อสร้างเขื่อน{region}",
        "",
        ("เลย", "หนองบัวลำภู", "อุดรธานี"),
        "ชาวบ้านในพื้นที่น้ำท่วมถึงยังไม่ได้รับค่าชดเชยที่ดินทำกินและที่อยู่อาศัยตามที่ตกลงไว้",
        (
            "ขอให้จ่ายค่าชดเชยที่ดินทำกินให้ครบถ้วนภายใน ๙๐ วัน",
            "ขอให้จัดหาที่ดินทำกินแห่งใหม่ให้ครอบครัวที่ได้รับผลกระทบ",
            "ขอให้ตรวจสอบรายชื่อผู้มีสิทธิ์ได้รับค่าชดเชยใหม่อย่างโปร่งใส",
        ),
        ("RID", "DOL", "DOPA"),
        (30, 250),
    ),
    GroupTemplate(
        "ชมรมผู้เลี้ยงโคนม{region}",
        "สหกรณ์โคนมตัวอย่าง จำกัด",
        ("สระบุรี", "ลพบุรี", "นครราชสีมา", "ราชบุรี"),
        "ราคารับซื้อน้ำนมดิบไม่สอดคล้องกับต้นทุนอาหารสัตว์ที่เพิ่มขึ้น ฟาร์มขนาดเล็กทยอยเลิกกิจการ",
        (
            "ขอให้ปรับราคารับซื้อน้ำนมดิบตามต้นทุนการผลิตจริง",
            "ขอให้ควบคุมราคาอาหารสัตว์และวัตถุดิบ",
            "ขอให้เพิ่มโควตานมโรงเรียนให้สหกรณ์ขนาดเล็ก",
            "ขอให้จัดสินเชื่อดอกเบี้ยต่ำเพื่อปรับปรุงฟาร์ม",
        ),
        ("DIT", "MOE", "BAAC"),
        (40, 300),
    ),
    GroupTemplate(
        "เครือข่ายผู้ประกอบการรถรับส่งนักเรียน{region}",
        "",
        ("กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ"),
        "ระเบียบใหม่เรื่องอายุรถและการตรวจสภาพทำให้ผู้ประกอบการรายย่อยไม่สามารถต่อทะเบียนได้ทันปีการศึกษา",
        (
            "ขอให้ขยายระยะเวลาบังคับใช้ระเบียบออกไป ๑ ปีการศึกษา",
            "ขอให้จัดอบรมและตรวจสภาพรถเคลื่อนที่ในพื้นที่",
            "ขอให้ผ่อนผันค่าปรับสำหรับผู้ที่ยื่นเรื่องไว้แล้ว",
        ),
        ("DLT", "OBEC", "RTP"),
        (20, 150),
    ),
    GroupTemplate(
        "กลุ่มผู้เสียหายจากการลงทุนแชร์ออนไลน์{region}",
        "",
        ("เชียงใหม่", "ลำพูน", "ลำปาง", "พะเยา"),
        "สมาชิกถูกชักชวนให้ลงทุนผ่านแอปพลิเคชันโดยอ้างผลตอบแทนสูง ต่อมาไม่สามารถถอนเงินได้ ความเสียหายรวมหลายสิบล้านบาท",
        (
            "ขอให้กรมสอบสวนคดีพิเศษรับเป็นคดีพิเศษ",
            "ขอให้อายัดทรัพย์สินของผู้ต้องหาเพื่อเยียวยาผู้เสียหาย",
            "ขอให้แจ้งความคืบหน้าของคดีทุก ๓๐ วัน",
        ),
        ("DSI", "CCIB", "BOT"),
        (25, 200),
    ),
    GroupTemplate(
        "เครือข่ายชุมชนคัดค้านโรงไฟฟ้าชีวมวล{region}",
        "",
        ("สุราษฎร์ธานี", "นครศรีธรรมราช", "กระบี่"),
        "ชุมชนกังวลเรื่องฝุ่นละอองและการใช้น้ำของโรงไฟฟ้าที่จะก่อสร้างใกล้แหล่งน้ำของหมู่บ้าน",
        (
            "ขอให้ชะลอการออกใบอนุญาตจนกว่าจะจัดรับฟังความคิดเห็นอย่างทั่วถึง",
            "ขอให้ศึกษาผลกระทบด้านสิ่งแวดล้อมและสุขภาพโดยหน่วยงานกลาง",
            "ขอให้เปิดเผยข้อมูลโครงการต่อสาธารณะ",
            "ขอให้ตั้งคณะกรรมการไตรภาคีติดตามตรวจสอบ",
        ),
        ("PCD", "DOE", "MOPH"),
        (50, 400),
    ),
    GroupTemplate(
        "กลุ่มลูกจ้างชั่วคราวโรงพยาบาลส่งเสริมสุขภาพตำบล{region}",
        "ชมรมบุคลากรสาธารณสุขตัวอย่าง",
        ("อุบลราชธานี", "ศรีสะเกษ", "ยโสธร", "อำนาจเจริญ"),
        "ลูกจ้างชั่วคราวทำงานมานานกว่าสิบปีโดยไม่ได้รับการบรรจุและไม่มีสวัสดิการที่มั่นคง",
        (
            "ขอให้เปิดตำแหน่งพนักงานราชการรองรับลูกจ้างที่มีอายุงานเกิน ๕ ปี",
            "ขอให้ปรับค่าตอบแทนตามวุฒิการศึกษา",
            "ขอให้จัดสวัสดิการประกันสังคมและค่ารักษาพยาบาลให้ครอบครัว",
        ),
        ("MOPH", "SSO", "MOL"),
        (60, 350),
    ),
)
REGIONS = ("ภาคตะวันออกเฉียงเหนือ", "ภาคเหนือ", "ภาคกลาง", "ภาคใต้", "จังหวัดตัวอย่าง", "")
GATES = ("ประตู 1", "ประตู 4", "ประตู 5")
HALLS = ("ห้องรับเรื่องราวร้องทุกข์", "ลานหน้าศูนย์บริการประชาชน", "ห้องประชุม 2")
OFFICIALS = (
    ("นายรับหนังสือ ตัวอย่าง", "ผู้อำนวยการกองประสานมวลชน"),
    ("นางสาวประสานงาน ทดลองดี", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
    ("นายศูนย์บริการ สมมติ", "ผู้อำนวยการศูนย์บริการประชาชน"),
)
MEETING_WITH = (
    "ผู้แทนสำนักงานปลัดสำนักนายกรัฐมนตรี",
    "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง (ผู้แทน)",
    "ผู้แทนกระทรวงที่รับผิดชอบ",
)
GROUP_ROLES = ("ประธานกลุ่ม", "รองประธาน", "เลขานุการกลุ่ม", "ผู้ประสานงาน", "ผู้แทนชุมชน")


def ensure_demo_mass_user(ctx: AppContext, audit: AuditLog) -> CurrentUser:
    """The demo mass-coordination officer that demo petitions are logged by."""
    return ensure_demo_user(
        ctx, audit, DEMO_MASS_USERNAME, "เจ้าหน้าที่ประสานมวลชนตัวอย่าง", Role.MASS_COORDINATION
    )


def fake_petition(rng: random.Random, now: datetime) -> GroupPetitionPayload:
    """A complete, valid petition of a group that arrived earlier today (between 08:00 and ``now``)."""
    template = rng.choice(TEMPLATES)
    local_now = now.astimezone(BANGKOK)
    opening = local_now.replace(hour=8, minute=0, second=0, microsecond=0)
    span = max(0, int((local_now - opening).total_seconds() // 60) - 30)
    arrived = (
        (opening + timedelta(minutes=rng.randint(0, span) if span else 0)) if local_now > opening else now
    )
    arrived = min(arrived, local_now).replace(second=0, microsecond=0)
    reps = []
    for i in range(rng.randint(1, 4)):
        person = fake_person(rng)
        rep = Representative(**{f: getattr(person, f) for f in person.__dataclass_fields__})
        rep.national_id_confirmed = True
        rep.pdpa_acknowledged = True  # the demo group was shown the notice
        rep.is_contact = i == 0
        rep.group_role = GROUP_ROLES[min(i, len(GROUP_ROLES) - 1)] if i else "ประธานกลุ่ม"
        reps.append(rep)
    n_demands = rng.randint(2, len(template.demands))
    official = rng.choice(OFFICIALS)
    provinces = rng.sample(template.provinces, rng.randint(1, min(3, len(template.provinces))))
    meetings = []
    if rng.random() < 0.5:
        meetings.append(
            Meeting(
                with_whom=rng.choice(MEETING_WITH),
                at=arrived + timedelta(minutes=rng.choice((30, 60, 90))),
                place=rng.choice(("ห้องประชุม 1", "ห้องประชุม 2")),
            )
        )
    return GroupPetitionPayload(
        group_name=template.name.format(region=rng.choice(REGIONS)).strip(),
        organisation=template.organisation,
        representatives=reps,
        headcount_estimate=rng.randint(*template.size),
        headcount_method=rng.choice(list(HeadcountMethod)),
        provinces=provinces,
        arrived_at=arrived,
        arrival_gate=rng.choice(GATES),
        arrival_hall=rng.choice(HALLS),
        issue_summary=template.issue,
        demands=[Demand(text=t) for t in rng.sample(template.demands, n_demands)],
        agency_codes=list(rng.sample(template.agencies, rng.randint(1, len(template.agencies)))),
        received_by=Official(*official),
        meetings=meetings,
        follow_up=rng.choice(("", "นัดติดตามผลทางโทรศัพท์ภายใน ๗ วันทำการ", "ส่งเรื่องถึงหน่วยงานภายในวันนี้")),
    )


def generate_demo_petitions(
    ctx: AppContext, audit: AuditLog, petitions: PetitionService, count: int, seed: int = 1111
) -> int:
    """Logs ``count`` synthetic petitions through the petitions service; returns how many were made."""
    user = ensure_demo_mass_user(ctx, audit)
    rng = random.Random(seed ^ 0x5A5A)  # not the complaints' stream: the same seed makes other people
    made = 0
    for _ in range(count):
        now = ctx.clock()
        p = fake_petition(rng, now)
        result = petitions.register(user, p)
        made += 1
        assert p.arrived_at is not None
        # A few events since arrival, in order, each a new version (as the desk logs them).
        elapsed = max(0.0, (now - p.arrived_at).total_seconds() / 60)
        steps = sorted(rng.sample(range(1, int(elapsed)), min(3, int(elapsed) - 1))) if elapsed > 4 else []
        kinds = [
            (TimelineEventKind.PETITION_HANDED_OVER, ""),
            (TimelineEventKind.MET_WITH, rng.choice(MEETING_WITH)),
            (TimelineEventKind.DISPERSED, ""),
        ]
        for minute, (kind, note) in zip(steps, kinds, strict=False):
            petitions.log_event(
                user, result.record_id, kind, note, at=p.arrived_at + timedelta(minutes=minute)
            )
        if steps and len(steps) == 3 and rng.random() < 0.6:
            petitions.close_visit(user, result.record_id, p.arrived_at + timedelta(minutes=steps[-1]))
    log.info("demo data: %d group petitions", made)
    return made
