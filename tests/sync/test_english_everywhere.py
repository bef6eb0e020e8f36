"""English mode speaks English everywhere: every screen and dialog is opened in English and no label,
button, header, tab, menu, tooltip or placeholder may still hold Thai letters (record data may: a
citizen's Thai name stays Thai). Here, under the sync fixtures, because the supervisor's queue and
reconciliation screens exist only on a counter connected to a center."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services import Services
from app.services.sync_service import SyncService
from app.services.types import CurrentUser
from tests.helpers.counter import complaint
from tests.helpers.shown_text import shown_texts, strings_in, thai_in
from tests.petitions.builders import petition
from ui.admin.printer_settings import PrinterSettingsDialog
from ui.admin.settings_dialog import SettingsDialog
from ui.env import UiEnv
from ui.fonts import apply_app_font
from ui.i18n import Translations
from ui.intake.person_section import TITLES
from ui.intake.rating_window import RatingWindow
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.petitions.petitions_page import PetitionsPage
from ui.petitions.visit_section import GATES, HALLS
from ui.records.records_view import RecordsView
from ui.records.scan_dialog import ScanDialog
from ui.session.lock_dialog import LockDialog
from ui.session.login_dialog import LoginDialog
from ui.session.recovery_dialog import RecoveryDialog
from ui.session.wizard import SetupWizard
from ui.supervisor.queue_view import QueueView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

# Names a person or a place gives, shown as typed in either language (the fixtures' users and station),
# and the language box, where each language is named in itself.
NAMES = {"ศูนย์บริการประชาชน (ทดสอบ)", "ผู้ดูแล ระบบ", "สมศรี ตั้งใจงาน", "หัวหน้า ศูนย์", "ภาษาไทย"}
# Values a choice box writes into the record as they are (a title as on the ID card, a province as the
# registry spells it, a gate or hall of Government House): record data offered as choices, not labels.
VALUES = set(TITLES) | set(GATES) | set(HALLS)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[Translations]:
    """The interface in English (back to Thai afterwards)."""
    apply_app_font(qapp)
    tr = Translations()
    assert tr.set_language("en")
    yield tr
    tr.set_language("th")


def _check(widget: QWidget, data: set[str]) -> list[str]:
    return thai_in(shown_texts(widget), data | NAMES | VALUES)


def test_every_page_of_the_main_window_speaks_english_after_a_live_switch(
    qtbot: QtBot,
    english: Translations,
    ops: Ops,
    counter: Services,
    supervisor: CurrentUser,
    officer: CurrentUser,
    sync_service: SyncService,
) -> None:
    payload = complaint(7)
    registered = counter.complaints.register(officer, payload)
    group = petition()
    assert counter.petitions is not None
    saved = counter.petitions.register(supervisor, group)
    data = strings_in(payload) | strings_in(group)
    env = UiEnv(services=counter, ops=ops, user=supervisor, translations=english)
    # Built in Thai and switched as Settings does: what is built once must follow the switch too.
    english.set_language("th")
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    window.apply_language("en")
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    assert {"intake", "records", "petitions", "queue", "reconcile", "dashboard"} <= set(window.pages)

    # A record open in search, a petition open with its timeline (the F6–F11 buttons).
    records = window.page("records")
    assert isinstance(records, RecordsView)
    with qtbot.waitSignal(records.detail_shown, timeout=10_000):
        records.open_record(registered.record_id)
    petitions = window.page("petitions")
    assert isinstance(petitions, PetitionsPage)
    with qtbot.waitSignal(petitions.record_loaded, timeout=10_000):
        petitions.open_record(saved.record_id)
    queue = window.page("queue")
    assert isinstance(queue, QueueView)
    queue.state_filter.setCurrentIndex(queue.state_filter.findData("all"))
    qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=10_000)
    queue.table.selectRow(0)  # the item's detail
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    for key in window.pages:
        window.show_page(key)
    about = window.help_menu.show_about()
    qtbot.addWidget(about)
    amend = records.amend_current()
    assert amend is not None  # a child of the window: goes with it
    qtbot.waitUntil(lambda: amend.form.is_ready, timeout=10_000)
    rating = RatingWindow(env, registered.record_id)
    qtbot.addWidget(rating)
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)

    found = [line for w in (window, about, amend, rating) for line in _check(w, data)]
    amend.done(0)  # closed without the "discard corrections?" question
    assert found == [], "\n".join(found)


def test_every_dialog_speaks_english(
    qtbot: QtBot,
    english: Translations,
    ops: Ops,
    counter: Services,
    counter_home: Path,
    supervisor: CurrentUser,
) -> None:
    admin = counter.auth.login("admin", "admin-pass-1")
    dialogs: list[QWidget] = [
        SettingsDialog(UiEnv(services=counter, ops=ops, user=admin, translations=english)),
        PrinterSettingsDialog(UiEnv(services=counter, ops=ops, user=supervisor, translations=english)),
        LoginDialog(ops, counter.auth, "ศูนย์บริการประชาชน (ทดสอบ)"),
        LockDialog(ops, counter.auth, supervisor),
        SetupWizard(ops, counter.auth),
        RecoveryDialog(counter_home, ops),
        ScanDialog(ops, counter.scans, supervisor),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=15_000)
    found = [line for dialog in dialogs for line in _check(dialog, set())]
    assert found == [], "\n".join(found)
