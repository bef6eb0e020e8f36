"""PDPA lifecycle, end to end on real parts: a SQLCipher counter with its key vault, the reference center
over HTTP on 127.0.0.1, backups and the ``restore`` command, pdftotext on the export PDF.

Issue #9 "Done when" 3 (purge past retention with a fixed clock: neither the database nor an earlier
backup restored afterwards yields the purged personal data; tracking code, dates and status remain; an
erasure reaches the center and its copy is erased) and 6 (the data-subject export lists every record,
version and attachment of a synthetic person and nothing about anyone else).
"""

from __future__ import annotations

import json
import random
import sqlite3
import stat
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.issues import FieldIssue, IssueCode
from app.domain.national_id import fake_national_id, format_national_id
from app.domain.petition import validate_petition
from app.domain.records import QueueState
from app.domain.tracking import format_tracking_code
from app.services.types import KnownError, PermissionDenied, ValidationFailed
from app.storage.backup import make_backup
from app.storage.db import raw_connect
from app.storage.keys import load_key
from app.storage.sealing import ERASED_PAYLOAD, key_id_of, open_payload, sealer_of
from app.storage.search import index_pending
from app.storage.vault import KeyVault
from sync.erasures import ERASED_PAYLOAD_JSON
from sync.server.central import Central
from tests.helpers.counter import complaint, raw_sql
from tests.lifecycle.conftest import PASSWORD, Counter, run_cli
from tests.petitions.builders import later, petition
from tests.sync.helpers import station_holds

RETENTION_DAYS = 30


def _person(seed: int, family: str) -> dict[str, str]:
    rng = random.Random(seed)
    return {
        "given_name": "ทดลอง",
        "family_name": family,
        "national_id": fake_national_id(rng),
        "phone": f"08{rng.randint(10_000_000, 99_999_999)}",
    }


def _secrets(p: dict[str, str]) -> list[str]:
    """What must not be found once the person is erased: full name, ID, phone."""
    return [f"{p['given_name']} {p['family_name']}", p["family_name"], p["national_id"], p["phone"]]


def _plain_dump(home: Path, out: Path) -> str:
    """Every logical byte of the counter database, decrypted (``sqlcipher_export`` into a plain file),
    as text: what anyone holding the key could read."""
    conn = raw_sql(home)
    try:
        conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return out.read_bytes().decode("utf-8", errors="ignore")


def _wrapped_keys(vault_file: Path, record_ids: list[str], home: Path) -> list[bytes]:
    """The vault's stored (wrapped) keys of these records, read with plain sqlite3."""
    conn = raw_sql(home)
    try:
        marks = ",".join("?" * len(record_ids))
        stored = conn.execute(
            f"SELECT payload_json FROM record_versions WHERE record_id IN ({marks})", record_ids
        ).fetchall()
    finally:
        conn.close()
    ids = {key_id_of(r[0]) for r in stored}  # a v3 BLOB (or an older text form)
    vault = sqlite3.connect(vault_file)
    try:
        rows = [vault.execute("SELECT wrapped FROM keys WHERE id = ?", (i,)).fetchone() for i in ids]
        return [bytes(r[0]) for r in rows]
    finally:
        vault.close()


def _found_by_search(c: Counter, text: str) -> list[int]:
    return c.services.records.ids_page(text, None, 50)


def test_purge_past_retention_shreds_the_database_and_every_earlier_backup(
    connected: Counter, center: Central, counter_home: Path, clock: FixedClock, tmp_path: Path
) -> None:
    c = connected
    c.services.ctx.settings.retention_days_complaint = RETENTION_DAYS
    a, b, kept = _person(1, "ลบหนึ่งทดลอง"), _person(2, "ลบสองทดลอง"), _person(3, "เก็บไว้ทดลอง")
    rid_a = c.services.complaints.register(c.officer, complaint(11, **a)).record_id
    rid_b = c.services.complaints.register(c.officer, complaint(12, **b)).record_id
    assert c.sync.run_once().acked == 2  # the center acknowledged A and B
    clock.advance(timedelta(minutes=5))
    rid_kept = c.services.complaints.register(c.officer, complaint(13, **kept)).record_id  # never synced
    with c.services.ctx.db.write_connection() as raw:
        index_pending(raw)  # all three in the trigram index, so the test proves the index is cleaned too
    assert _found_by_search(c, a["family_name"]) and _found_by_search(c, a["national_id"])
    before = c.services.records.detail(rid_a)

    clock.advance(timedelta(days=RETENTION_DAYS + 1))
    earlier_backup = make_backup(c.services.ctx.db, counter_home, now=clock())
    vault_copy = c.services.ctx.vault.copy_to(counter_home / "backups" / "keys-before-purge.keyvault")  # type: ignore[union-attr]
    dry = c.lifecycle.purge(c.supervisor, dry_run=True)
    assert sorted(x.record_id for x in dry.due) == sorted([rid_a, rid_b]) and dry.shredded == 0
    with pytest.raises(PermissionDenied):
        c.lifecycle.purge(c.officer)  # a counter officer may not purge
    vault_file = c.services.ctx.vault.path  # type: ignore[union-attr]
    wrapped_keys = _wrapped_keys(vault_file, [rid_a, rid_b], counter_home)
    report = c.lifecycle.purge(c.supervisor)
    # The destroyed keys are gone from the vault's bytes (file and WAL), not only from its tables.
    on_disk = b"".join(p.read_bytes() for p in vault_file.parent.glob(vault_file.name + "*"))
    assert wrapped_keys and not any(w in on_disk for w in wrapped_keys)
    assert (report.shredded, report.waiting_for_center) == (2, 1)

    def check_tombstones(counter: Counter, home: Path, dump_name: str) -> None:
        text = _plain_dump(home, tmp_path / dump_name)
        for secret in _secrets(a) + _secrets(b):
            assert secret not in text
            assert not _found_by_search(counter, secret)
        for rid, person in ((rid_a, a), (rid_b, b)):
            d = counter.services.records.detail(rid)
            assert d.payload == {"erased": True} and all(v.payload == {"erased": True} for v in d.history)
            assert d.tracking_code and d.created_at
            assert d.queue_state is QueueState.ACKED
            assert person["national_id"] not in json.dumps(d.payload)
        tomb = counter.services.records.detail(rid_a)
        assert (tomb.tracking_code, tomb.created_at, tomb.version) == (
            before.tracking_code,
            before.created_at,
            before.version,
        )
        assert _found_by_search(counter, tomb.tracking_code)  # the tombstone is still found by its code
        # The record that never reached the center is kept whole and searchable.
        assert (
            kept["family_name"]
            in counter.services.records.detail(rid_kept).payload["complainant"]["family_name"]
        )
        assert _found_by_search(counter, kept["national_id"])

    check_tombstones(c, counter_home, "after-purge.sqlite3")
    # The earlier backup, opened directly: its payloads of A and B are sealed with destroyed keys.
    key = load_key(counter_home)
    assert key is not None
    sealer = sealer_of(c.services.ctx.db)
    backup_conn = raw_connect(earlier_backup, key)
    try:
        rows = backup_conn.execute(
            "SELECT record_id, payload_json FROM record_versions WHERE record_id IN (?, ?)", (rid_a, rid_b)
        ).fetchall()
    finally:
        backup_conn.close()
    assert rows and all(open_payload(sealer, r[0], r[1]) == {"erased": True} for r in rows)
    assert all(r[1] != ERASED_PAYLOAD for r in rows)  # still ciphertext there: the key is what is gone
    # ... and the vault copy kept in the backups folder lost those keys too (the purge rewrote it).
    copy = KeyVault(vault_copy, key)
    try:
        key_ids = {key_id_of(r[1]) for r in rows}
        assert key_ids and all(k is not None and copy.key(k) is None for k in key_ids)
    finally:
        copy.close()

    # Restore that earlier backup with today's command: the restored file is scrubbed at once.
    c.sync.stop()
    c.services.close()
    restored = run_cli(
        counter_home, "restore", str(earlier_backup), stdin=PASSWORD + "\n", PSC_COUNTER_USER="admin"
    )
    assert restored.returncode == 0, restored.stderr
    again = open_counter_again(counter_home, clock, c)
    try:
        check_tombstones(again, counter_home, "after-restore.sqlite3")
    finally:
        again.services.close()


def open_counter_again(home: Path, clock: FixedClock, before: Counter) -> Counter:
    """The same home opened again (users already exist): services with the earlier sign-ins."""
    from app.services import build_services
    from app.services.context import open_app
    from tests.helpers.counter import FAST_HASHER

    services = build_services(open_app(home, clock=clock), FAST_HASHER)
    return Counter(services, clock, before.admin, before.officer, before.staff, before.supervisor)


def test_erasure_request_reaches_the_center_and_erases_its_copy(
    connected: Counter, center: Central, tmp_path: Path
) -> None:
    c = connected
    p, q = _person(21, "ขอลบทดลอง"), _person(22, "ไม่เกี่ยวทดลอง")
    rid_complaint = c.services.complaints.register(c.officer, complaint(31, **p)).record_id
    rid_other = c.services.complaints.register(c.officer, complaint(32, **q)).record_id
    doc = tmp_path / "หนังสือ.pdf"
    doc.write_bytes(b"%PDF-1.4 synthetic letter " * 40)
    petitions = c.petitions
    ref = petitions.store_document(c.staff, doc)
    group = petition(5, reps=3)
    rep = group.representatives[2]  # P is a representative, not the contact
    rep.given_name, rep.family_name, rep.national_id, rep.phone = (
        p["given_name"],
        p["family_name"],
        p["national_id"],
        p["phone"],
    )
    group.attachments = [ref]
    rid_petition = petitions.register(c.staff, group).record_id
    assert c.sync.run_once().acked == 3
    assert station_holds(center, "101", ref.sha256)

    with pytest.raises(PermissionDenied):
        c.lifecycle.erase_person(c.officer, national_id=p["national_id"])
    report = c.lifecycle.erase_person(
        c.admin, national_id=format_national_id(p["national_id"]), reason="คำขอลบข้อมูล เลขที่ 1/2569"
    )
    assert sorted(report.record_ids) == sorted([rid_complaint, rid_petition])
    assert set(c.lifecycle.pending_erasures()) == {rid_complaint, rid_petition}
    assert center.stored_payload(rid_complaint, 1) != ERASED_PAYLOAD_JSON  # not told yet

    for refused_call in (
        lambda: c.services.receipts.document(rid_complaint),  # type: ignore[union-attr]  # prints nothing
        lambda: c.services.complaints.amend(c.officer, rid_complaint, complaint(31, **p), "กรอกใหม่"),
    ):
        with pytest.raises(KnownError) as refused:
            refused_call()
        assert refused.value.code == "record_erased"
    c.sync.run_once()  # the next sync carries the erasure
    assert c.lifecycle.pending_erasures() == []
    for rid in (rid_complaint, rid_petition):
        assert center.stored_payload(rid, 1) == ERASED_PAYLOAD_JSON
    assert not station_holds(center, "101", ref.sha256)  # named by no other record
    other = center.stored_payload(rid_other, 1)
    assert other is not None and q["national_id"] in other  # nobody else's data touched
    assert (rid_complaint, 1) in {(r, v) for r, v, _ in center.held_records("101")}  # envelope kept
    actions = [e.action for e in c.services.audit.recent(c.admin)]
    assert {"person.erase", "center.erase", "permission.denied", "record.shred"} <= set(actions)


def test_subject_export_lists_everything_about_one_person_and_nobody_else(
    counter: Counter, clock: FixedClock, tmp_path: Path
) -> None:
    c = counter
    p, q = _person(41, "ส่งออกทดลอง"), _person(42, "คนอื่นทดลอง")
    first = complaint(51, **p)
    rid_complaint = c.services.complaints.register(c.officer, first).record_id
    clock.advance(timedelta(minutes=10))
    first.subject = "ขอแก้ไขเรื่องถนนชำรุดหน้าบ้าน"
    c.services.complaints.amend(c.officer, rid_complaint, first, "แก้ไขหัวเรื่องตามคำขอผู้ร้อง")
    c.services.complaints.register(c.officer, complaint(52, **q))

    docs = []
    for name, body in (
        ("คำร้อง.pdf", b"%PDF-1.4 synthetic " * 30),
        ("ภาพถ่าย.png", b"\x89PNG\r\n\x1a\n syn " * 30),
    ):
        path = tmp_path / name
        path.write_bytes(body)
        docs.append(c.petitions.store_document(c.staff, path))
    group = petition(6, reps=3)
    others = [group.representatives[0], group.representatives[1]]
    rep = group.representatives[2]
    rep.given_name, rep.family_name, rep.national_id, rep.phone = (
        p["given_name"],
        p["family_name"],
        p["national_id"],
        p["phone"],
    )
    group.attachments = docs
    rid_petition = c.petitions.register(c.staff, group).record_id

    with pytest.raises(PermissionDenied):
        c.lifecycle.export_person(c.officer, tmp_path / "out", phone=p["phone"])
    out = tmp_path / "out"
    result = c.lifecycle.export_person(c.admin, out, phone="+66 " + p["phone"][1:])
    assert (result.records, result.versions, result.attachments) == (2, 3, 2)
    for written in (result.json_path, result.pdf_path):
        assert written is not None and stat.S_IMODE(written.stat().st_mode) == 0o600

    data = json.loads(result.json_path.read_text(encoding="utf-8"))
    by_id = {r["record_id"]: r for r in data["records"]}
    assert set(by_id) == {rid_complaint, rid_petition}
    assert [v["version"] for v in by_id[rid_complaint]["versions"]] == [1, 2]
    assert by_id[rid_complaint]["versions"][1]["reason"] == "แก้ไขหัวเรื่องตามคำขอผู้ร้อง"
    assert {a["sha256"] for a in by_id[rid_petition]["attachments"]} == {d.sha256 for d in docs}
    reps = by_id[rid_petition]["versions"][0]["payload"]["representatives"]
    assert [r["national_id"] for r in reps] == [p["national_id"]]

    pdf_text = subprocess.run(
        ["pdftotext", "-raw", str(result.pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    json_text = result.json_path.read_text(encoding="utf-8")
    strangers = [q["national_id"], q["phone"], q["family_name"]]
    strangers += [v for o in others for v in (o.national_id, o.phone, o.family_name)]
    for text in (json_text, pdf_text.replace(" ", "")):
        assert p["national_id"] in text and p["phone"] in text
        for tc in (by_id[rid_complaint]["tracking_code"], by_id[rid_petition]["tracking_code"]):
            assert tc in text or format_tracking_code(tc) in text
        for stranger in strangers:
            assert stranger not in text
    assert "ส่งออกทดลอง" in pdf_text.replace(" ", "")  # shaped Thai comes back as typed


def test_each_petition_representative_acknowledges_the_pdpa_notice(counter: Counter) -> None:
    group = petition(8, reps=3)
    group.representatives[1].pdpa_acknowledged = False
    issues = validate_petition(group, None, now=later(30))
    assert FieldIssue("representatives.1.pdpa_acknowledged", IssueCode.PDPA_NOT_ACKNOWLEDGED) in issues
    assert [i.field for i in issues if i.field.endswith("pdpa_acknowledged")] == [
        "representatives.1.pdpa_acknowledged"
    ]
    with pytest.raises(ValidationFailed):
        counter.petitions.register(counter.staff, group)
    group.representatives[1].pdpa_acknowledged = True
    rid = counter.petitions.register(counter.staff, group).record_id
    stored = counter.petitions.load(rid).petition
    assert all(r.pdpa_acknowledged for r in stored.representatives)  # kept in the record (and synced)
    pdf = counter.petitions.record_pdf(rid)
    text = subprocess.run(["pdftotext", "-raw", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    assert "รับทราบประกาศคุ้มครองข้อมูลส่วนบุคคล" in text.decode("utf-8").replace(" ", "")
