"""Issue 13, Done-when 1: the real ``psc-counter`` on a real X11 screen of 1366×768 (Xvfb, openbox), driven
only by X11 key events typed back to back. A supervisor signs in, types a whole walk-in complaint from its
first field to Ctrl+S, then a group petition with two representatives; each stored record, read back
through the services, equals what was typed, field for field.

Screenshots of each step go to the test's folder, and to ``docs/walkthrough/`` when
``PSC_WALKTHROUGH_SHOTS`` names a folder (that is how the ones in the repository were made).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.clock import BANGKOK, FixedClock
from app.domain.national_id import fake_national_id
from app.domain.records import complaint_from_payload
from app.domain.roles import Role
from app.logs import shutdown_logging
from app.services import Services, build_services, open_app
from tests.walkthrough.x11 import MISSING_TOOLS, Keyboard, Screen, wait_for

SUPERVISOR, PASSWORD = "super1", "walk-pass-1"
NID = fake_national_id(random.Random(1301))
REP_IDS = [fake_national_id(random.Random(seed)) for seed in (1302, 1303)]

COMPLAINT = {
    "title": "นาง",
    "given": "สมหญิง",
    "family": "ศรีสุวรรณรัตน์",
    "phone": "0812345678",
    "email": "somying@example.com",
    "line": "somying99",
    "house": "99/1",
    "moo": "4",
    "village": "บ้านสวนทอง",
    "soi": "วัดใหม่",
    "road": "สุขุมวิท",
    "postcode": "10270",
    "category": "ประปา",
    "subject": "น้ำประปาไม่ไหลสามวัน",
    "description": ["น้ำไม่ไหลทั้งซอยตั้งแต่วันจันทร์", "ขอให้เร่งแก้ไขโดยด่วน"],
    "province": "สมุทรปราการ",
    "district": "บางพลี",
    "agency": "ประปา",
    "action": "ขอให้ซ่อมท่อประปาที่แตก",
    "documents": "2",
}
PETITION = {
    "group": "เครือข่ายผู้ใช้น้ำบางพลี",
    "organisation": "สมาคมผู้ใช้น้ำสมุทรปราการ",
    "reps": [
        ("ประสิทธิ์", "มั่นคง", REP_IDS[0], "0891112222", "ประธานเครือข่าย"),
        ("วันเพ็ญ", "ใจงาม", REP_IDS[1], "0863334444", "เลขานุการ"),
    ],
    "headcount": "80",
    "provinces": ["ขอนแก่น", "นครราชสีมา"],
    "summary": "น้ำประปาไม่พอใช้ในหมู่บ้านจัดสรร ขอให้รัฐเร่งขยายเขตประปา",
    "demands": ["ขอให้ขยายเขตประปาภายในปีนี้", "ขอให้ตั้งคณะทำงานร่วมกับชุมชน"],
    "agency": "ประปา",
    "position": "เจ้าหน้าที่ประสานมวลชน",
}


def all_text() -> list[str]:
    """Every string the script will type (their characters get keycodes before the app starts)."""
    texts = [SUPERVISOR, PASSWORD, NID, *REP_IDS]
    for value in (*COMPLAINT.values(), *PETITION.values()):
        if isinstance(value, str):
            texts.append(value)
        else:
            for item in value:
                texts.extend(item if isinstance(item, tuple) else [item])
    return texts


@pytest.fixture
def screen(tmp_path: Path) -> Iterator[Screen]:
    if MISSING_TOOLS:
        pytest.skip(f"the X11 walkthrough needs {', '.join(MISSING_TOOLS)} (packaging/system-deps.sh)")
    s = Screen(tmp_path)
    yield s
    s.close()


@pytest.fixture
def prepared_home(counter_home: Path) -> Path:
    """A station with an administrator and a supervisor (who may both register complaints and log
    petitions), set up through the services as ``psc-counter init`` would."""
    services = build_services(
        open_app(counter_home, clock=FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=BANGKOK)))
    )
    try:
        result = services.auth.initialize(
            "101", "ศูนย์บริการประชาชน ทำเนียบรัฐบาล", "admin", "ผู้ดูแล ระบบ", PASSWORD
        )
        services.auth.create_user(result.user, SUPERVISOR, "นายหัวหน้า ทดสอบ", Role.SUPERVISOR, PASSWORD)
    finally:
        services.close()
    shutdown_logging()
    return counter_home


class Walk:
    """The app process, the screen and the keyboard of one walkthrough, and its screenshots."""

    def __init__(self, screen: Screen, home: Path, shots: Path) -> None:
        self.screen, self.home, self.shots = screen, home, shots
        self.keys = Keyboard(screen, all_text())
        exe = Path(sys.executable).with_name("psc-counter")
        env = {
            **os.environ,
            "DISPLAY": screen.name,
            "QT_QPA_PLATFORM": "xcb",
            "PSC_COUNTER_HOME": str(home),
            "PSC_COUNTER_KEYRING": "off",
        }
        with (shots / "app.log").open("wb") as log:
            self.app = subprocess.Popen([str(exe)], env=env, stdout=subprocess.DEVNULL, stderr=log)

    def shot(self, name: str) -> None:
        self.screen.screenshot(self.shots / f"{name}.png")

    def wait_title(self, start: str, timeout: float = 60) -> None:
        def ready() -> bool:
            assert self.app.poll() is None, "the app exited"
            return self.screen.active_title().startswith(start)

        wait_for(ready, timeout, f"a window titled {start!r}")

    def close(self) -> None:
        self.app.terminate()
        try:
            self.app.wait(10)
        except subprocess.TimeoutExpired:
            self.app.kill()


def services_of(home: Path) -> Services:
    return build_services(open_app(home))


def type_complaint(walk: Walk) -> None:
    """The complaint, first field to Ctrl+S, as the officer types it (Enter moves on; Tab and Space for
    the read-back and PDPA boxes)."""
    k, c = walk.keys, COMPLAINT
    k.type(c["title"])
    k.key("Return")
    k.type(c["given"])
    k.key("Return")
    k.type(c["family"])
    k.key("Return")
    k.type(NID)
    k.key("Tab")
    k.key("space")  # read back to the citizen: confirmed
    k.key("Return")
    for field in ("phone", "email", "line", "house", "moo", "village", "soi", "road", "postcode"):
        k.type(c[field])
        k.key("Return")  # the postcode's Enter picks the first match when it comes
    k.type(c["category"])
    k.key("Return")
    k.type(c["subject"])
    k.key("Return")
    k.type("\n".join(c["description"]))
    k.key("Tab")
    k.type(c["province"])
    k.key("Return")
    k.type(c["district"])
    k.key("Return")
    k.type(c["agency"])
    k.key("Return")
    k.key("Return")  # the responsible agency the category suggests
    k.type(c["action"])
    k.key("Return")
    k.type(c["documents"])
    k.key("Tab")
    k.key("space")  # PDPA notice given
    k.key("Tab")
    k.key("space")  # consent to share with the agency
    walk.shot("01-complaint-typed")
    k.key("ctrl+s")


def type_petition(walk: Walk) -> None:
    """The group petition with two representatives, keyboard only."""
    k, p = walk.keys, PETITION
    k.type(p["group"])
    k.key("Return")
    k.type(p["organisation"])
    for given, family, nid, phone, role in p["reps"]:
        k.key("ctrl+shift+r")  # a new representative row, cursor in its name
        k.type(given)
        k.key("Tab")
        k.type(family)
        k.key("Tab")
        k.type(nid)
        k.key("Tab")
        k.key("space")  # ID read back
        k.key("Tab")
        k.type(phone)
        k.key("Tab")
        k.type(role)
        k.key("Tab")
        k.key("space")  # PDPA notice acknowledged
    k.key("ctrl+Tab")  # out of the table, to the selected representative's details
    k.key("Return", times=11)  # document, passport, nationality, e-mail, LINE, address: left empty
    k.type(p["headcount"])
    k.key("Return")
    for province in p["provinces"]:
        k.type(province)
        k.key("Return")  # adds it; the box stays for the next one
    k.key("Return")  # empty box: on to the arrival time
    k.key("Return", times=3)  # arrival time, gate and hall as they are
    k.type(p["summary"])
    k.key("Tab")
    for demand in p["demands"]:
        k.key("ctrl+shift+d")
        k.type(demand)
        k.key("Return")
    k.key("ctrl+Tab")
    k.type(p["agency"])
    k.key("Tab")
    k.key("space")  # tick the first agency found
    k.key("Tab")  # the receiving official: the signed-in user, already filled
    k.key("Tab")
    k.type(p["position"])
    walk.shot("04-petition-typed")
    k.key("ctrl+s")


def test_complaint_and_group_petition_by_keyboard_only(
    screen: Screen, prepared_home: Path, tmp_path: Path
) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    walk = Walk(screen, prepared_home, shots)
    try:
        walk.wait_title("เข้าสู่ระบบ")
        walk.keys.type(SUPERVISOR)
        walk.keys.key("Tab")
        walk.keys.type(PASSWORD)
        walk.keys.key("Return")
        walk.wait_title("PSC Counter")
        walk.shot("00-intake-empty")
        type_complaint(walk)

        services = services_of(prepared_home)
        try:
            rows = wait_for(
                lambda: services.records.rows(services.records.ids_page("", None, 10)),
                60,
                "the saved complaint",
            )
            walk.shot("02-complaint-saved")
            detail = services.records.detail(rows[0].record_id)
            check_complaint(services, complaint_from_payload(detail.payload))

            walk.keys.key("F4")
            walk.shot("03-petition-empty")
            type_petition(walk)
            petition_rows = wait_for(
                lambda: [
                    r
                    for r in services.records.rows(services.records.ids_page("", None, 10))
                    if r.record_id != rows[0].record_id
                ],
                60,
                "the saved petition",
            )
            walk.shot("05-petition-saved")
            check_petition(services, services.petitions.load(petition_rows[0].record_id).petition)
        finally:
            services.close()
    except BaseException:
        walk.shot("99-failure")
        raise
    finally:
        walk.close()
        keep = os.environ.get("PSC_WALKTHROUGH_SHOTS")
        if keep:
            target = Path(keep)
            target.mkdir(parents=True, exist_ok=True)
            for png in shots.glob("*.png"):
                shutil.copy(png, target / png.name)


def check_complaint(services: Services, stored: object) -> None:
    from app.domain.records import ComplaintPayload

    assert isinstance(stored, ComplaintPayload)
    c, ref = COMPLAINT, services.reference
    person = stored.complainant
    assert (person.title, person.given_name, person.family_name) == (c["title"], c["given"], c["family"])
    assert person.national_id == NID and stored.national_id_confirmed
    assert (person.phone, person.email, person.line_id) == (c["phone"], c["email"], c["line"])
    a = person.address
    assert (a.house_no, a.moo, a.village, a.soi, a.road) == (
        c["house"],
        c["moo"],
        c["village"],
        c["soi"],
        c["road"],
    )
    first = ref.address_matches(c["postcode"])[0]
    assert (a.subdistrict_code, a.subdistrict, a.district, a.province, a.postcode) == (
        first.subdistrict_code,
        first.subdistrict,
        first.district,
        first.province,
        c["postcode"],
    )
    categories = [x for x in ref.categories() if c["category"] in x.name_th]
    assert stored.category_code == categories[0].code
    assert stored.subject == c["subject"]
    assert stored.description == "\n".join(c["description"])
    assert (stored.incident_province, stored.incident_district) == (c["province"], c["district"])
    agencies = [x for x in ref.agencies() if c["agency"] in x.name_th]
    assert stored.agency_complained_code == agencies[0].code
    assert stored.responsible_agency_code == categories[0].suggested_agencies[0]
    assert stored.requested_action == c["action"]
    assert stored.documents_count == int(c["documents"])
    assert stored.pdpa_acknowledged and stored.consent_share


def check_petition(services: Services, stored: object) -> None:
    from app.domain.petition import GroupPetitionPayload

    assert isinstance(stored, GroupPetitionPayload)
    p = PETITION
    assert (stored.group_name, stored.organisation) == (p["group"], p["organisation"])
    reps = [
        (r.given_name, r.family_name, r.national_id, r.phone, r.group_role) for r in stored.representatives
    ]
    assert reps == p["reps"]
    assert all(r.national_id_confirmed and r.pdpa_acknowledged for r in stored.representatives)
    assert [r.is_contact for r in stored.representatives] == [True, False]
    assert stored.headcount_estimate == int(p["headcount"])
    assert stored.provinces == p["provinces"]
    assert stored.issue_summary == p["summary"]
    assert [d.text for d in stored.demands] == p["demands"]
    listed = [a for a in services.ctx.reference.agencies if p["agency"] in f"{a.name_th} ({a.code})"]
    assert stored.agency_codes == [listed[0].code]
    assert stored.received_by.position == p["position"]
    assert stored.received_by.name == "นายหัวหน้า ทดสอบ"
