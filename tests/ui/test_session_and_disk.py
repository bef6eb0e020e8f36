"""The officer's screens when the account is disabled mid-session, on a full disk, for a whistle-blower."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.records import IdentityMode
from app.logs import shutdown_logging
from app.services import Services, build_services, open_app
from app.services.types import CurrentUser, KnownError
from tests.helpers.counter import raw_sql
from tests.helpers.small_disk import fill, small_filesystem
from tests.ui.conftest import ADMIN, OFFICER
from tests.ui.helpers import complaint
from ui.env import UiEnv
from ui.i18n import Translations
from ui.intake.intake_page import DRAFT_FORM, IntakePage
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.ops import Ops
from ui.records.record_detail import RecordDetailView


def open_intake(qtbot: QtBot, window: MainWindow) -> IntakePage:
    window.show()
    qtbot.waitExposed(window)
    window.show_page("intake")
    page = window.page("intake")
    assert isinstance(page, IntakePage)
    qtbot.waitUntil(lambda: page.form.is_ready and window.env.ops.pending == 0)
    return page


def test_a_disabled_officers_next_save_is_refused_and_the_sign_in_comes_back(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    window = MainWindow(env)
    qtbot.addWidget(window)
    page = open_intake(qtbot, window)
    typed = complaint(given="มาลี", family="ทดลองใช้")
    page.form.set_payload(typed)
    admin = services.auth.login(ADMIN[0], ADMIN[2])
    services.auth.set_active(admin, OFFICER[0], False)  # at the administrator's desk, meanwhile

    with qtbot.waitSignal(window.logged_out, timeout=10_000):
        page.save_button.click()
    assert services.records.count() == 0
    assert page.status.text() == error_text("session_ended")
    draft = services.drafts.load(officer, DRAFT_FORM)  # what was typed is kept as the draft
    assert draft is not None and draft["payload"]["complainant"]["given_name"] == "มาลี"
    actions = [e.action for e in services.audit.recent(admin, limit=10)]
    assert "session.ended" in actions and "logout" in actions


def test_the_detail_view_masks_a_whistle_blower(
    qtbot: QtBot, services: Services, officer: CurrentUser
) -> None:
    payload = complaint(given="สมหมาย", family="ลับเฉพาะ")
    payload.identity_mode = IdentityMode.CONFIDENTIAL
    payload.complainant = replace(
        payload.complainant, address=replace(payload.complainant.address, road="พหลโยธิน")
    )
    saved = services.complaints.register(officer, payload)
    view = RecordDetailView(services.ctx.reference)
    qtbot.addWidget(view)
    view.show_detail(services.records.read_detail(officer, saved.record_id))
    text = view.body.toPlainText()
    assert "ชื่อผู้ร้อง\nส. ลั.\n" in text
    for secret in ("สมหมาย", "ลับเฉพาะ", "พหลโยธิน", "99/1", payload.complainant.national_id, "0812345678"):
        assert secret not in text, secret


@pytest.fixture
def small_home(tmp_path: Path, template_home: Path) -> Iterator[Path]:
    """The set-up counter home on a 24 MB filesystem of its own."""
    with small_filesystem(tmp_path / "disk", 24) as disk:
        home = disk / "home"
        shutil.copytree(template_home, home)
        yield home
        shutdown_logging()  # the log file lives on the small disk too


@pytest.mark.expected_errors("psc.db")  # the refused write is logged, as it should be
def test_a_full_disk_while_saving_shows_thai_keeps_the_typing_and_loses_nothing(
    qtbot: QtBot,
    small_home: Path,
    ops: Ops,
    translations: Translations,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = build_services(open_app(small_home, clock=clock))
    try:
        officer = services.auth.login(OFFICER[0], OFFICER[2])
        committed = [services.complaints.register(officer, complaint(subject=f"เรื่องที่ {n}")) for n in range(3)]
        filler = fill(small_home.parent)
        # The database's own slack (its WAL) takes a few more saves; then the disk says no.
        with pytest.raises(KnownError) as full:
            for n in range(2000):
                committed.append(services.complaints.register(officer, complaint(subject=f"เติม {n}")))
        assert full.value.code == "disk_full"

        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
        page = IntakePage(UiEnv(services=services, ops=ops, user=officer, translations=translations))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.form.is_ready and ops.pending == 0)
        typed = complaint(given="ประภา", family="ดิสก์เต็ม")
        page.form.set_payload(typed)
        before = page.form.payload()
        page.save_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
        assert shown == [error_text("disk_full")] and "ดิสก์เต็ม" in shown[0]
        assert page.form.payload() == before  # every field as typed
        assert page.stack.currentWidget() is page.form_page

        filler.unlink()  # the administrator makes room; the same form saves now
        with qtbot.waitSignal(page.saved, timeout=10_000):
            page.save_button.click()
        qtbot.waitUntil(lambda: ops.pending == 0)
    finally:
        services.close()
    conn = raw_sql(small_home)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = {r[0] for r in conn.execute("SELECT tracking_code FROM records")}
    finally:
        conn.close()
    assert {r.tracking_code for r in committed} <= codes  # nothing committed was lost
    assert len(codes) == len(committed) + 1
