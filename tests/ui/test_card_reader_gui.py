"""The ID card fills the forms: real pcscd, vpcd and the test card, real widgets (offscreen), real services.

The card emulator (``tests/helpers/thai_id_emulator.py``) answers the Thai ID applet byte for byte over
vpcd's socket; pcscd and pyscard see it as a card in ``Virtual PCD 00 00``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import BANGKOK
from app.services import Services
from app.services.devices import ReaderState
from tests.helpers.device_stack import insert_card, pcsc_stack
from tests.helpers.thai_id_emulator import VirtualCard, synthetic_profile
from tests.ui.test_intake import open_page
from tests.ui.thai_typing import type_text
from ui.env import UiEnv
from ui.fields.card_reader import CardReaderStatus, CardWatcher, is_from_card
from ui.intake.intake_page import IntakePage
from ui.petitions.petition_form import REP_COL, PetitionForm

__all__ = ["insert_card", "pcsc_stack"]  # fixtures used by name below

BANGKOK_CARD = "88/8##ตรอกวัดใหม่#ซอยสุขใจ#ถนนพหลโยธิน#แขวงลาดยาว#เขตจตุจักร#กรุงเทพมหานคร"


def start_watcher(qtbot: QtBot, env: UiEnv, root: QWidget, reader_filter: str) -> CardWatcher:
    env.settings.card_reader_filter = reader_filter
    watcher = CardWatcher(
        root,
        env.ops,
        env.services.card_reader,
        env.user,
        lambda: env.services.ctx.clock().astimezone(BANGKOK).date(),
    )
    with qtbot.waitSignal(watcher.readers_changed, timeout=10_000):
        watcher.start()
    return watcher


@pytest.fixture
def intake(qtbot: QtBot, env: UiEnv, pcsc_stack: str) -> Iterator[tuple[IntakePage, CardWatcher]]:
    page = open_page(qtbot, env)
    watcher = start_watcher(qtbot, env, page, pcsc_stack)
    yield page, watcher
    watcher.stop()


def wait_card_state(qtbot: QtBot, watcher: CardWatcher, has_card: bool) -> None:
    qtbot.waitUntil(lambda: any(s.has_card == has_card for s in watcher.states), timeout=10_000)


def test_inserting_the_card_fills_the_complaint_form(
    qtbot: QtBot,
    intake: tuple[IntakePage, CardWatcher],
    insert_card: Callable[..., VirtualCard],
    services: Services,
) -> None:
    page, watcher = intake
    form = page.form
    assert form.card_panel.isVisible()  # a reader is there: the hint shows
    type_text(form.phone, "0812345678")  # typed before the card: kept
    profile = synthetic_profile(21, address=BANGKOK_CARD)

    with qtbot.waitSignal(watcher.card_filled, timeout=15_000):
        insert_card(profile)

    p = form.payload().complainant
    assert p.national_id == profile.citizen_id and form.confirm_id.isChecked()
    assert (p.title, p.given_name, p.family_name) == ("นาย", "สมชาย", "ใจดี")
    assert p.birth_date == "1987-01-15" and form.birth_date.text() == "15/01/2530"
    a = p.address
    assert (a.house_no, a.soi, a.road) == ("88/8", "ตรอกวัดใหม่ ซอยสุขใจ", "พหลโยธิน")
    assert (a.subdistrict, a.district, a.province, a.postcode) == ("ลาดยาว", "จตุจักร", "กรุงเทพมหานคร", "10900")
    assert a.subdistrict_code.startswith("10")
    assert p.phone == "0812345678"
    assert is_from_card(form.given_name) and is_from_card(form.address.subdistrict)
    assert "กรอกข้อมูลจากบัตรประชาชนแล้ว" in form.card_panel.message.text()
    issues = services.complaints.validate(form.payload())
    assert not [i for i in issues if i.field.startswith("complainant.") or i.field == "national_id_confirmed"]
    # Still editable; an edited field loses its "from the card" mark.
    form.given_name.setFocus()
    type_text(form.given_name, "า")
    assert form.given_name.text() == "สมชายา" and not is_from_card(form.given_name)
    # The photo only on demand, shown, not stored.
    form.card_panel.photo_button.click()
    qtbot.waitUntil(form.card_panel.photo.isVisible, timeout=10_000)
    assert form.card_panel.attach_button.isVisible()
    assert form.payload().attachments == []
    actions = [e.action for e in services.audit.recent(services.auth.login("admin", "admin-pass-1"), limit=3)]
    assert actions.count("id_card.read") == 2


def test_card_pulled_out_mid_read_leaves_the_form_as_it_was_and_an_expired_card_is_flagged(
    qtbot: QtBot, intake: tuple[IntakePage, CardWatcher], insert_card: Callable[..., VirtualCard]
) -> None:
    page, watcher = intake
    form = page.form
    form.given_name.setFocus()
    type_text(form.given_name, "มานี")
    before = form.payload()

    with qtbot.waitSignal(watcher.read_failed, timeout=15_000) as failed:
        pulled = insert_card(synthetic_profile(22), remove_after=8)

    assert failed.args[0].startswith("บัตรถูกดึงออกก่อนอ่านเสร็จ")
    assert form.card_panel.message.text() == failed.args[0]
    assert form.payload() == before

    pulled.remove()
    wait_card_state(qtbot, watcher, has_card=False)
    with qtbot.waitSignal(watcher.card_filled, timeout=15_000):
        insert_card(synthetic_profile(23, expiry="25690101"))  # 1 Jan 2026; the clock says 25 Nov 2026
    assert form.card_panel.expired
    assert "บัตรหมดอายุแล้ว (หมดอายุ 1 ม.ค. 2569)" in form.card_panel.message.text()
    assert form.payload().complainant.national_id  # flagged, still filled


def test_petition_representative_fills_from_the_card(
    qtbot: QtBot, env: UiEnv, pcsc_stack: str, insert_card: Callable[..., VirtualCard]
) -> None:
    form = PetitionForm(ops=env.ops)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    form.add_representative()
    assert form.rep_model.setData(form.rep_model.index(0, REP_COL["phone"]), "0899999999")
    watcher = start_watcher(qtbot, env, form, pcsc_stack)
    try:
        profile = synthetic_profile(24, name_th="นาง#บุญมี##ศรีสวัสดิ์")
        with qtbot.waitSignal(watcher.card_filled, timeout=15_000):
            insert_card(profile)
    finally:
        watcher.stop()
    rep = form.payload().representatives[0]
    assert (rep.title, rep.given_name, rep.family_name) == ("นาง", "บุญมี", "ศรีสวัสดิ์")
    assert rep.national_id == profile.citizen_id and rep.national_id_confirmed
    assert rep.birth_date == "1987-01-15" and rep.phone == "0899999999" and rep.is_contact
    assert rep.address.subdistrict_code == "130201" and rep.address.postcode == "12120"  # คลองหนึ่ง, คลองหลวง


def test_without_a_reader_the_form_works_as_before(qtbot: QtBot, env: UiEnv) -> None:
    page = open_page(qtbot, env)
    # A filter no reader matches: what a counter with no reader (or no pcscd) sees.
    watcher = start_watcher(qtbot, env, page, "no such reader")
    status = CardReaderStatus(watcher, page)
    watcher.readers_changed.emit(list[ReaderState]())
    try:
        assert watcher.states == []
        assert not page.form.card_panel.isVisible() and not status.isVisible()
        page.form.given_name.setFocus()
        type_text(page.form.given_name, "สมศักดิ์")
        assert page.form.payload().complainant.given_name == "สมศักดิ์"
    finally:
        watcher.stop()
