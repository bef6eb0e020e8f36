"""What of a person each output shows, decided once per identity mode (issue #9).

Every output — receipt, acknowledgement letter, records list and day register, detail view — asks
``shown_person(mode, person)`` and prints what it answers; none decides for itself. One function per
identity mode:

* identified (``IDENTIFIED``): the full name, the national ID masked to its last three digits (a passport
  to its last three characters), contact details and address; lists show the given name and the family
  name's initial.
* confidential (``CONFIDENTIAL``, a whistle-blower): initials only, everywhere. No ID, no phone, no address
  on any paper or screen that others may see; the record itself keeps them for the officer's amendment.
* anonymous (``ANONYMOUS``): nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.national_id import mask_national_id
from app.domain.records import IdDocument, IdentityMode, Person

_LEADING_VOWELS = frozenset("เแโใไ")


def initial(name: str) -> str:
    """The first letter of a name as a reader sees it: a Thai leading vowel takes its consonant along,
    combining marks (tone marks, upper and lower vowels) stay with their letter."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name:
        return ""
    take = 2 if name[0] in _LEADING_VOWELS and len(name) > 1 else 1
    out = name[:take]
    for ch in name[take:]:
        if unicodedata.category(ch) != "Mn":
            break
        out += ch
    return out


def mask_name(given: str, family: str, *, confidential: bool = False) -> str:
    """A name shown in lists: ``สมชาย ศ.``; only initials (``ส. ศ.``) for a confidential identity."""
    given, family = given.strip(), family.strip()
    first = (initial(given) + ".") if confidential and given else given
    last = (initial(family) + ".") if family else ""
    return " ".join(p for p in (first, last) if p)


def mask_passport(number: str) -> str:
    """A passport number with all but its last three characters hidden."""
    n = number.strip()
    return "x" * max(0, len(n) - 3) + n[-3:] if len(n) > 3 else "x" * len(n)


@dataclass(frozen=True)
class ShownPerson:
    """What an output may show of a person."""

    name: str  # on paper and on the detail screen
    list_name: str  # in lists, search results and the day register
    id_label: str  # the masked national ID or passport; "" when none may be shown
    show_contact: bool  # phone, e-mail, LINE ID and address
    anonymous: bool


def _masked_id(person: Person) -> str:
    if person.id_document is IdDocument.PASSPORT and person.passport_no:
        return mask_passport(person.passport_no)
    if person.id_document is IdDocument.THAI_NATIONAL_ID and person.national_id:
        return mask_national_id(person.national_id)
    return ""


def show_identified(person: Person) -> ShownPerson:
    """An identified complainant: name, masked ID, contact details."""
    return ShownPerson(
        name=person.full_name,
        list_name=mask_name(person.given_name, person.family_name),
        id_label=_masked_id(person),
        show_contact=True,
        anonymous=False,
    )


def show_confidential(person: Person) -> ShownPerson:
    """A whistle-blower: initials, and nothing else that could find them."""
    initials = mask_name(person.given_name, person.family_name, confidential=True)
    return ShownPerson(name=initials, list_name=initials, id_label="", show_contact=False, anonymous=False)


def show_anonymous(_person: Person) -> ShownPerson:
    """An anonymous complaint: nobody to show."""
    return ShownPerson(name="", list_name="", id_label="", show_contact=False, anonymous=True)


MASKING: dict[IdentityMode, Callable[[Person], ShownPerson]] = {
    IdentityMode.IDENTIFIED: show_identified,
    IdentityMode.CONFIDENTIAL: show_confidential,
    IdentityMode.ANONYMOUS: show_anonymous,
}


def shown_person(mode: IdentityMode, person: Person) -> ShownPerson:
    """What every output shows of ``person`` under identity ``mode`` (the one place that decides)."""
    return MASKING[IdentityMode(mode)](person)
