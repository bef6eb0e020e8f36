"""Attachment files: content-addressed, encrypted on disk, atomic, tamper-evident."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.services import Services
from app.services.types import KnownError
from app.storage.attachments import AttachmentStore
from app.storage.keys import new_key
from tests.helpers.counter import Staff, complaint, raw_sql

SCAN = "สำเนาบัตรประชาชน ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓ (ข้อมูลสมมุติ)".encode() * 50


def test_round_trip_and_encrypted_on_disk(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments", new_key())
    sha = store.put(SCAN)
    assert sha == hashlib.sha256(SCAN).hexdigest()
    path = store.path_for(sha)
    assert path.parent.name == sha[:2] and path.name == sha[2:]
    on_disk = path.read_bytes()
    assert SCAN[:60] not in on_disk and len(on_disk) == len(SCAN) + 12 + 16
    assert store.get(sha) == SCAN
    assert store.exists(sha)
    assert store.put(SCAN) == sha  # storing twice is harmless
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left behind


def test_file_from_a_path_and_wrong_key_or_tampering(tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(SCAN)
    key = new_key()
    store = AttachmentStore(tmp_path / "a", key)
    sha = store.put(source)
    with pytest.raises(KnownError) as other_key:
        AttachmentStore(tmp_path / "a", new_key()).get(sha)
    assert other_key.value.code == "attachment_damaged"
    path = store.path_for(sha)
    blob = bytearray(path.read_bytes())
    blob[20] ^= 0x01
    path.write_bytes(bytes(blob))
    with pytest.raises(KnownError) as tampered:
        store.get(sha)
    assert tampered.value.code == "attachment_damaged"
    with pytest.raises(KnownError) as missing:
        store.get("0" * 64)
    assert missing.value.code == "attachment_missing"
    with pytest.raises(ValueError, match="hex"):
        store.path_for("../../etc/passwd")


def test_complaint_with_attachment_links_it_to_the_version(
    services: Services, staff: Staff, counter_home: Path
) -> None:
    sha = services.complaints.store_attachment(staff.officer, SCAN, "application/pdf", "/tmp/บัตร.pdf")
    saved = services.complaints.register(
        staff.officer, complaint(seed=1, attachments=[sha], documents_count=1)
    )
    assert services.ctx.attachments.get(sha) == SCAN
    conn = raw_sql(counter_home)
    try:
        link = conn.execute(
            "SELECT record_id, version FROM record_attachments WHERE sha256 = ?", (sha,)
        ).fetchone()
        name = conn.execute("SELECT original_name FROM attachments WHERE sha256 = ?", (sha,)).fetchone()[0]
    finally:
        conn.close()
    assert link == (saved.record_id, 1)
    assert name == "บัตร.pdf"  # the folder part of the path is not kept
    with pytest.raises(KnownError) as unknown:
        services.complaints.register(staff.officer, complaint(seed=2, attachments=["a" * 64]))
    assert unknown.value.code == "attachment_missing"
    services.ctx.settings.max_attachment_mb = 0
    with pytest.raises(KnownError) as too_big:
        services.complaints.store_attachment(staff.officer, SCAN, "application/pdf")
    assert too_big.value.code == "attachment_too_large"
