"""A whistle-blower's complaint on every output: initials only, no full name, no address, no ID (#9).

The PDFs are read back with pdftotext, as anyone handed the paper would read it.
"""

from __future__ import annotations

import random
import subprocess
from dataclasses import replace
from pathlib import Path

from app.domain.clock import BANGKOK
from app.domain.fakes import fake_address
from app.domain.national_id import fake_national_id
from app.domain.records import IdDocument, IdentityMode
from app.services import Services
from app.services.receipts import format_address
from app.services.reconciliation import ReconciliationReport
from app.services.types import CurrentUser
from tests.printing.conftest import NAME, complaint_payload


def pdf_text(data: bytes | Path, tmp_path: Path) -> str:
    path = data if isinstance(data, Path) else tmp_path / "out.pdf"
    if isinstance(data, bytes):
        path.write_bytes(data)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_confidential_complaint_letter_register_and_reconciliation_show_no_name_or_address(
    services: Services, officer: CurrentUser, supervisor: CurrentUser, tmp_path: Path
) -> None:
    payload = complaint_payload(services)
    payload.identity_mode = IdentityMode.CONFIDENTIAL
    rng = random.Random(9)
    person = payload.complainant
    person.id_document = IdDocument.THAI_NATIONAL_ID
    person.national_id = fake_national_id(rng)
    person.address = replace(fake_address(rng), house_no="99/7", road="ประชาราษฎร์บำเพ็ญ", soi="ร่วมใจ")
    payload.national_id_confirmed = True
    saved = services.complaints.register(officer, payload)
    assert services.receipts is not None and services.sync is not None
    address = format_address(person.address)
    where = person.address
    # The name, the address and its street-level parts, the ID and the phone (the area names may also
    # name the agency or where it happened, so they are not checked alone).
    secrets = [NAME[1], NAME[2], address, person.national_id, person.passport_no, person.phone]
    secrets += [where.house_no, where.village, where.soi, where.road]
    secrets = [s for s in secrets if s.strip()]
    assert len(secrets) >= 4

    receipt = services.receipts.data_for(saved.record_id)
    assert receipt.name == "พิ. ศ." and receipt.masked_national_id == ""

    letter = pdf_text(services.receipts.acknowledgement_pdf(saved.record_id), tmp_path)
    day = saved.created_at.astimezone(BANGKOK).date()
    register = pdf_text(services.receipts.register_pdf(supervisor, day), tmp_path)
    local = services.sync.reconciliation.local_versions(day)
    report = ReconciliationReport(day, "101", saved.created_at, len(local), 0, 0, missing_remote=local)
    reconciliation = pdf_text(
        services.sync.reconciliation.write_pdf(supervisor, report, tmp_path / "recon.pdf"), tmp_path
    )
    for name, text in (("letter", letter), ("register", register), ("reconciliation", reconciliation)):
        assert saved.tracking_code[:3] in text.replace("-", ""), name  # the paper is about this record
        for secret in secrets:
            assert secret not in text, (name, secret)
    assert "พิ. ศ." in letter and "พิ. ศ." in register

    # The same complaint identified: the letter does carry the name and the address.
    payload.identity_mode = IdentityMode.IDENTIFIED
    identified = services.complaints.register(officer, payload)
    letter = pdf_text(services.receipts.acknowledgement_pdf(identified.record_id), tmp_path)
    assert f"{NAME[1]} {NAME[2]}" in letter
