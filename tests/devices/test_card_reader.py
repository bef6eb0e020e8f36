"""Reading a Thai ID card through the real PC/SC daemon, vpcd and the test card, as the service does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.devices.smartcard import PcscReaders, ReaderState
from app.domain.thai_id_card import THAI_ID_AID
from app.services import Services
from app.services.types import KnownError
from tests.helpers.counter import Staff
from tests.helpers.thai_id_emulator import VirtualCard, synthetic_profile


def wait_for(reader: str, has_card: bool) -> list[ReaderState]:
    watcher = PcscReaders(reader)
    states = watcher.snapshot()
    for _ in range(50):  # each wait ends as soon as PC/SC reports a change (at most 100 ms apart)
        if any(s.name == reader and s.has_card == has_card for s in states):
            return states
        states = watcher.wait_for_change(states, 100)
    raise AssertionError(f"the reader never showed has_card={has_card}")


def test_card_read_fills_a_person_and_is_audited_without_card_data(
    services: Services, staff: Staff, pcsc_stack: str, insert_card: Callable[..., VirtualCard]
) -> None:
    profile = synthetic_profile(
        5, name_th="นางสาว#กาญจนา##ศรีสุข", birth="25400228", address="88#####แขวงลาดยาว#เขตจตุจักร#กรุงเทพมหานคร"
    )
    insert_card(profile)
    states = wait_for(pcsc_stack, has_card=True)
    assert next(s for s in states if s.name == pcsc_stack).atr.startswith(b"\x3b")

    card = services.card_reader.read_card(staff.officer, pcsc_stack, with_photo=True)

    person = card.to_person()
    assert person.national_id == profile.citizen_id
    assert (person.title, person.given_name, person.family_name) == ("นางสาว", "กาญจนา", "ศรีสุข")
    assert person.birth_date == "1997-02-28"
    assert person.address.subdistrict_code.startswith("10") and person.address.postcode == "10900"
    assert card.photo.startswith(b"\xff\xd8")
    entry = services.audit.recent(staff.admin, limit=1)[0]
    assert entry.action == "id_card.read"
    assert entry.detail == {"reader": pcsc_stack, "photo": True}
    text = repr(entry)
    for secret in (profile.citizen_id, "กาญจนา", "ศรีสุข", "ลาดยาว"):
        assert secret not in text


def test_card_pulled_out_mid_read_is_a_known_error(
    services: Services, staff: Staff, pcsc_stack: str, insert_card: Callable[..., VirtualCard]
) -> None:
    insert_card(synthetic_profile(6), remove_after=6)  # gone after the name, before the address
    wait_for(pcsc_stack, has_card=True)
    with pytest.raises(KnownError) as err:
        services.card_reader.read_card(staff.officer, pcsc_stack)
    assert err.value.code == "card_removed"
    assert all(e.action != "id_card.read" for e in services.audit.recent(staff.admin, limit=5))


def test_a_card_without_the_thai_id_applet_is_refused(
    services: Services,
    staff: Staff,
    pcsc_stack: str,
    insert_card: Callable[..., VirtualCard],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = insert_card(synthetic_profile(7))
    wait_for(pcsc_stack, has_card=True)
    # Another card: the same T=0 answers, but no Ministry of Interior applet behind SELECT.
    monkeypatch.setattr("tests.helpers.thai_id_emulator.THAI_ID_AID", THAI_ID_AID[::-1])
    with pytest.raises(KnownError) as err:
        services.card_reader.read_card(staff.officer, pcsc_stack)
    assert err.value.code == "not_thai_id_card"
    card.remove()
    wait_for(pcsc_stack, has_card=False)


def test_no_permission_no_read(services: Services, staff: Staff, pcsc_stack: str) -> None:
    from dataclasses import replace

    from app.domain.roles import Role
    from app.services.types import PermissionDenied

    supervisor_less = replace(staff.officer, role=Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        services.card_reader.read_card(supervisor_less, pcsc_stack)
