"""A repeat visit (issue 13): the earlier case's code is shown formatted everywhere, and after linking the
officer can fill the citizen's name, phone and address from it (only the empty fields; read audited)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.tracking import format_tracking_code
from app.services import Services
from app.services.types import CurrentUser
from app.storage.models import AuditEvent
from tests.ui.helpers import complaint, national_id
from tests.ui.test_intake import open_page
from tests.ui.thai_typing import type_text
from ui.env import UiEnv
from ui.records.amend_dialog import AmendDialog


def test_link_shows_formatted_code_and_prefills_the_empty_fields(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    nid = national_id(21)
    earlier = services.complaints.register(officer, complaint(given="มานี", family="มีนา", nid=nid))
    shown = format_tracking_code(earlier.tracking_code)
    assert "-" in shown and shown != earlier.tracking_code

    page = open_page(qtbot, env)
    form = page.form
    form.family_name.setText("มีสุข")  # typed by the officer: the prefill must keep it
    form.national_id.setFocus()
    type_text(form.national_id, nid)
    qtbot.waitUntil(lambda: form.repeat_list.count() == 1, timeout=5000)
    assert form.repeat_list.item(0).text().startswith(shown)
    assert earlier.tracking_code not in form.repeat_list.item(0).text()

    qtbot.mouseClick(form.link_button, Qt.MouseButton.LeftButton)
    assert shown in form.linked_label.text()
    prefill = form.repeats.prefill_button
    assert prefill.isVisible()  # offered, not done behind the officer's back
    assert form.given_name.text() == ""

    qtbot.mouseClick(prefill, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.given_name.text() == "มานี", timeout=5000)
    payload = form.payload()
    assert payload.complainant.title == "นาย"
    assert payload.complainant.family_name == "มีสุข"  # not overwritten
    assert payload.complainant.phone == "0812345678"
    assert payload.complainant.address.house_no == "99/1"
    assert payload.complainant.address.postcode == "10270"
    assert payload.linked_record_id == earlier.record_id
    assert not prefill.isVisible()
    with services.ctx.db.read_session() as session:
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.target == earlier.record_id))
        )
    assert "record.prefill" in actions


def test_amend_dialog_title_shows_the_formatted_code(
    qtbot: QtBot, env: UiEnv, services: Services, officer: CurrentUser
) -> None:
    saved = services.complaints.register(officer, complaint(nid=national_id(22)))
    dialog = AmendDialog(env, services.records.detail(saved.record_id))
    qtbot.addWidget(dialog)
    assert format_tracking_code(saved.tracking_code) in dialog.windowTitle()
    assert saved.tracking_code not in dialog.windowTitle()
    QApplication.processEvents()
