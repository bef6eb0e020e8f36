"""Settings: switching to English (live), users and holidays for the administrator, the about box."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.config import load_settings
from app.domain.issues import IssueCode
from app.domain.roles import Role
from app.services import Services
from app.services.print_jobs import PrintJobEvent, PrintJobState
from app.services.types import CurrentUser
from tests.ui.thai_typing import type_text
from ui.admin.settings_dialog import SettingsDialog
from ui.env import UiEnv
from ui.i18n import Translations
from ui.intake.intake_page import IntakePage
from ui.main_window import MainWindow
from ui.messages import central_status_text, error_text, issue_text
from ui.status.print_status import event_text


def test_english_translator_gives_english_labels_and_messages(
    qtbot: QtBot, env: UiEnv, translations: Translations
) -> None:
    assert translations.set_language("en")
    page = IntakePage(env)
    qtbot.addWidget(page)
    assert page.save_button.text() == "Save and issue receipt (Ctrl+S)"
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert {"Given name", "Family name", "National ID number", "Subject", "Postcode"} <= labels
    assert issue_text(IssueCode.NATIONAL_ID_CHECKSUM).startswith("This national ID is not valid")
    assert error_text("bad_credentials") == "Wrong username or password"
    qtbot.waitUntil(lambda: env.ops.pending == 0)

    assert translations.set_language("th")
    assert issue_text(IssueCode.REQUIRED) == "กรุณากรอกข้อมูลนี้"


def test_the_printer_and_sync_lines_of_the_status_bar_speak_english(translations: Translations) -> None:
    assert translations.set_language("en")
    printed = PrintJobEvent(job_id=1, record_id="r", state=PrintJobState.PRINTED)
    assert event_text(printed) == "Receipt printed"
    assert (
        event_text(replace(printed, status="paper_low"))
        == "Printed — paper is running low, get a new roll ready"
    )
    assert event_text(replace(printed, state=PrintJobState.PENDING)) == "Receipt waiting for the printer"
    assert central_status_text("in_progress") == "In progress"
    assert translations.set_language("th")
    assert event_text(printed) == "พิมพ์ใบรับเรื่องแล้ว"


def test_every_translation_mark_names_its_context_literally() -> None:
    """``pyside6-lupdate`` skips ``QT_TRANSLATE_NOOP(CONTEXT, …)``: such a text would stay Thai in English."""
    root = Path(__file__).resolve().parents[2]
    mark = re.compile(r"QT_TRANSLATE_NOOP\((?!\s*(\"|context: str))")  # a mark may span lines
    found = [
        f"{p.relative_to(root)}: {m.group(0)!r}"
        for p in sorted((root / "ui").rglob("*.py"))
        for m in mark.finditer(p.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_switching_language_in_settings_relabels_the_window_and_keeps_typing(
    qtbot: QtBot, env: UiEnv, services: Services
) -> None:
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    intake = window.page("intake")
    assert isinstance(intake, IntakePage)
    qtbot.waitUntil(lambda: intake.form.is_ready and env.ops.pending == 0)
    assert window.nav.item(0).text().startswith("รับเรื่องร้องทุกข์")
    type_text(intake.form.given_name, "มานี")

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.language_changed, timeout=10_000):
        dialog.save_button.click()

    assert window.nav.item(0).text() == "Complaint intake  (F2)"
    assert window.logout_button.text() == "Sign out"
    assert window.language_label.text() == "English"
    new_intake = window.page("intake")
    assert isinstance(new_intake, IntakePage) and new_intake is not intake
    assert new_intake.save_button.text() == "Save and issue receipt (Ctrl+S)"
    # What was typed before the switch comes back through the draft.
    qtbot.waitUntil(lambda: new_intake.form.given_name.text() == "มานี", timeout=10_000)
    assert load_settings(services.ctx.home).language == "en"


def test_officer_sees_only_the_language_setting(qtbot: QtBot, env: UiEnv) -> None:
    dialog = SettingsDialog(env)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["ทั่วไป", "เกี่ยวกับ"]
    assert dialog.language.isEnabled()
    assert not dialog.idle_minutes.isEnabled()
    assert not dialog.tracking_url.isEnabled()


def test_administrator_adds_a_user_and_a_holiday(
    qtbot: QtBot, services: Services, ops: object, admin: CurrentUser, translations: Translations
) -> None:
    env = UiEnv(services=services, ops=ops, user=admin, translations=translations)  # type: ignore[arg-type]
    dialog = SettingsDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    users = dialog.users_tab
    assert users is not None
    qtbot.waitUntil(lambda: "somsri" in users.user_names())

    type_text(users.new_username, "wanna")
    type_text(users.new_display, "วรรณา ใจเย็น")
    users.new_role.setCurrentIndex(users.new_role.findData(Role.SUPERVISOR.value))
    type_text(users.new_password, "supervisor-1")
    assert users.new_temporary.isChecked()  # a password the administrator chose is changed at first use
    users.findChild(type(dialog.save_button), "add_user").click()
    qtbot.waitUntil(lambda: "wanna" in users.user_names(), timeout=10_000)
    assert users.user_status.text().startswith("เพิ่มผู้ใช้ wanna แล้ว")
    signed_in = services.auth.login("wanna", "supervisor-1")
    assert signed_in.role is Role.SUPERVISOR and signed_in.must_change_password

    # A taken name is refused in Thai, beside the button.
    type_text(users.new_username, "wanna")
    type_text(users.new_display, "ซ้ำ")
    type_text(users.new_password, "supervisor-2")
    users.findChild(type(dialog.save_button), "add_user").click()
    qtbot.waitUntil(lambda: users.user_status.text() == "มีชื่อผู้ใช้นี้อยู่แล้ว", timeout=10_000)

    dialog.holiday_date.set_value(date(2026, 12, 7))
    type_text(dialog.holiday_name, "วันหยุดพิเศษตามมติคณะรัฐมนตรี")
    dialog.findChild(type(dialog.save_button), "add_holiday").click()
    qtbot.waitUntil(lambda: dialog.holidays.rowCount() == 1, timeout=10_000)
    assert dialog.holidays.item(0, 0).text() == "7 ธันวาคม 2569"
    assert services.holidays.list() == [(date(2026, 12, 7), "วันหยุดพิเศษตามมติคณะรัฐมนตรี")]


def test_about_credits_geothai_and_sarabun(qtbot: QtBot, env: UiEnv) -> None:
    dialog = SettingsDialog(env)
    qtbot.addWidget(dialog)
    text = dialog.about_html()
    assert "CC-BY-4.0" in text and "geothai" in text.lower()
    assert "Sarabun" in text and "OFL-1.1" in text


def test_every_interface_text_has_an_english_translation(tmp_path: Path) -> None:
    """Runs lupdate over ui/ as ``make translations`` does: a Thai text added to the code without its
    English line in resources/translations/fill_en.py would show up in Thai in the English interface."""
    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    spec = importlib.util.spec_from_file_location("fill_en", root / "resources/translations/fill_en.py")
    assert spec is not None and spec.loader is not None
    fill_en = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fill_en)
    contexts: dict[str, list[str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            contexts.setdefault(message.findtext("source") or "", []).append(ctx.findtext("name") or "")
    missing = sorted(t for t in contexts if t not in fill_en.EN)
    assert missing == [], f"add English for these to resources/translations/fill_en.py: {missing}"
    # And the compiled catalogue that ships is up to date with them.
    translator = QTranslator()
    assert translator.load(str(root / "resources/translations/psc_en.qm"))
    stale = sorted(t for t, names in contexts.items() if not all(translator.translate(c, t) for c in names))
    assert stale == [], f"run `make translations` (psc_en.qm is stale): {stale[:5]}"
