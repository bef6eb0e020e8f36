"""Grabs every main screen of the counter GUI to PNG files in this folder (synthetic data only).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

Uses a throw-away counter home, a fixed clock and invented people with checksum-valid fake national IDs.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PSC_COUNTER_KEYRING"] = "off"
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.domain.clock import BANGKOK, FixedClock  # noqa: E402
from app.domain.fakes import fake_complaint  # noqa: E402
from app.domain.national_id import fake_national_id  # noqa: E402
from app.domain.records import Address, ComplaintPayload, ComplaintType, Person  # noqa: E402
from app.domain.roles import Role  # noqa: E402
from app.services import build_services, open_app  # noqa: E402
from ui.admin.settings_dialog import SettingsDialog  # noqa: E402
from ui.env import UiEnv  # noqa: E402
from ui.fonts import apply_app_font  # noqa: E402
from ui.intake.intake_page import IntakePage  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.ops import Ops  # noqa: E402
from ui.records.records_view import RecordsView  # noqa: E402
from ui.session.login_dialog import LoginDialog  # noqa: E402
from ui.session.wizard import SetupWizard  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1366, 768)  # the common counter PC screen


def settle(
    app: QApplication, ops: Ops, until: Callable[[], bool] = lambda: True, limit: float = 10.0
) -> None:
    """Runs the event loop until background work is delivered and ``until`` holds."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        app.processEvents()
        if ops.pending == 0 and until():
            for _ in range(5):
                app.processEvents()
            return
        time.sleep(0.01)
    raise TimeoutError("screen did not settle")


def shot(widget: QWidget, name: str) -> None:
    """Saves the widget as it looks now."""
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))  # noqa: T201 - a script reporting what it wrote


def main() -> int:
    """Builds a demo counter and grabs the screens."""
    app = QApplication(sys.argv[:1])
    apply_app_font(app)
    home = Path(tempfile.mkdtemp(prefix="psc-shots-"))
    clock = FixedClock(datetime(2026, 11, 25, 10, 30, tzinfo=BANGKOK))
    services = build_services(open_app(home, clock=clock))
    ops = Ops()

    wizard = SetupWizard(ops, services.auth)
    wizard.station_page.code.setText("101")
    wizard.station_page.name.setText("ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    wizard.show()
    settle(app, ops)
    shot(wizard, "01-wizard-station")
    wizard.next()
    page = wizard.admin_page
    page.username.setText("admin")
    page.display_name.setText("ผู้ดูแล ระบบ")
    page.password.setText("admin-pass-1")
    page.password2.setText("admin-pass-1")
    settle(app, ops)
    shot(wizard, "02-wizard-admin")
    wizard.next()
    settle(app, ops, lambda: wizard.currentPage() is wizard.recovery_page)
    shot(wizard, "03-wizard-recovery-code")
    result = wizard.result_value
    assert result is not None
    wizard.recovery_page.kept.setChecked(True)
    wizard.accept()

    services.auth.create_user(result.user, "somsri", "สมศรี ตั้งใจงาน", Role.COUNTER_OFFICER, "officer-pass-1")
    login = LoginDialog(ops, services.auth, "ศูนย์บริการประชาชน ทำเนียบรัฐบาล")
    login.username.setText("somsri")
    login.password.setText("wrong")
    login.show()
    login.ok.click()
    settle(app, ops, login.ok.isEnabled)
    shot(login, "04-login-wrong-password")
    login.close()

    officer = services.auth.login("somsri", "officer-pass-1")
    rng = random.Random(2569)
    for _ in range(40):
        services.complaints.register(officer, fake_complaint(rng, services.ctx.reference))
        clock.advance(timedelta(minutes=7))
    env = UiEnv(services=services, ops=ops, user=officer)

    window = MainWindow(env)
    window.resize(*SIZE)
    window.show()
    intake = window.page("intake")
    assert isinstance(intake, IntakePage)
    settle(app, ops, lambda: intake.form.is_ready)
    nid = fake_national_id(rng)
    payload = ComplaintPayload(
        complainant=Person(
            title="นางสาว",
            given_name="พิมพ์ชนก",
            family_name="ศรีสุวรรณรัตน์",
            national_id=nid[:12] + str((int(nid[12]) + 3) % 10),  # one wrong digit: the error shows
            phone="0812345678",
            address=Address(house_no="99/1", moo="4", soi="วัดใหม่", road="สุขุมวิท"),
        ),
        complaint_type=ComplaintType.GRIEVANCE,
        category_code="utilities",
        subject="น้ำประปาไม่ไหลสามวันแล้ว",
        description="คำร้องเรื่องน้ำประปาไม่ไหลที่หมู่บ้านป่าไผ่ ตำบลปากน้ำ อำเภอเมืองสมุทรปราการ "
        "ขอให้หน่วยงานเร่งแก้ไขโดยด่วนที่สุด",
        incident_province="สมุทรปราการ",
        incident_district="เมืองสมุทรปราการ",
        requested_action="ขอให้การประปาส่วนภูมิภาคแก้ไขท่อแตก",
        documents_count=2,
        pdpa_acknowledged=True,
        consent_share=True,
    )
    match = services.reference.address_matches("ปากน้ำ 10270")[0]
    address = payload.complainant.address
    address.subdistrict_code, address.subdistrict, address.district = (
        match.subdistrict_code,
        match.subdistrict,
        match.district,
    )
    address.province, address.postcode = match.province, match.postcode
    form = intake.form
    form.set_payload(payload)
    form.national_id.setFocus()
    form.subject.setFocus()  # leaving the ID field validates it
    settle(app, ops, lambda: form.error_for("complainant.national_id") != "")
    shot(window, "05-complaint-form-with-error")

    payload.complainant.national_id = nid
    payload.national_id_confirmed = True
    form.set_payload(payload)
    intake.save()
    settle(app, ops, lambda: intake.preview.image is not None)
    shot(window, "06-receipt-preview")

    window.show_page("records")
    view = window.page("records")
    assert isinstance(view, RecordsView)
    settle(app, ops, lambda: view.model.total is not None)
    view.table.selectRow(0)
    settle(app, ops, lambda: view.detail.detail is not None)
    shot(window, "07-records-list")

    detail = view.detail.detail
    assert detail is not None
    from app.domain.records import complaint_from_payload

    amended = complaint_from_payload(detail.payload)
    amended.complainant.phone = "0897654321"
    services.complaints.amend(officer, detail.record_id, amended, "ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด")
    view.open_record(detail.record_id)
    settle(app, ops, lambda: view.detail.detail is not None and view.detail.detail.version == 2)
    shot(view, "08-record-detail-history")

    # A whistle-blower's complaint: the detail shows initials only (app/domain/masking.py).
    from app.domain.records import IdentityMode

    secret = complaint_from_payload(detail.payload)
    secret.identity_mode = IdentityMode.CONFIDENTIAL
    secret.subject = "แจ้งเบาะแสการเรียกรับเงินในการออกใบอนุญาต"
    hidden = services.complaints.register(officer, secret)
    view.open_record(hidden.record_id)
    settle(
        app, ops, lambda: view.detail.detail is not None and view.detail.detail.record_id == hidden.record_id
    )
    shot(view, "13-record-detail-confidential")

    admin_env = UiEnv(services=services, ops=ops, user=services.auth.login("admin", "admin-pass-1"))
    settings = SettingsDialog(admin_env)
    settings.show()
    settle(app, ops, lambda: len(settings.user_names()) >= 2)
    shot(settings, "09-settings")
    settings.tabs.setCurrentIndex(1)
    settle(app, ops)
    shot(settings, "10-settings-users")
    settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
    settle(app, ops)
    shot(settings, "11-about")
    settings.close()

    # The same intake screen in English (the language switch rebuilds the pages live).
    window.show_page("intake")
    window.apply_language("en")
    english = window.page("intake")
    assert isinstance(english, IntakePage)
    settle(app, ops, lambda: english.form.is_ready)
    shot(window, "12-intake-english")

    window.close()
    settle(app, ops)
    ops.shutdown()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
