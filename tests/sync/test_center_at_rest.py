"""Personal data at rest at the center (issue 8): a copy of its database files shows no national ID, name or
phone number it stored, the files are owner-only, and the center still answers from what it sealed."""

from __future__ import annotations

import hashlib
import random
import stat
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.records import RecordKind
from sync.protocol import make_wire_record
from sync.server.central import Central
from sync.server.sealing import CentralKeyError, LocalKeySealer, SealError, load_sealer
from tests.sync.helpers import T0, complaint_payload, record_id, tracking_code


def _secrets_of(payload: dict[str, object]) -> list[bytes]:
    person = payload["complainant"]
    assert isinstance(person, dict)
    found = [str(person[k]) for k in ("national_id", "given_name", "family_name", "phone") if person.get(k)]
    return [s.encode("utf-8") for s in found]


def test_a_copy_of_the_center_database_shows_no_personal_data(tmp_path: Path) -> None:
    key_file = tmp_path / "keys" / "central.key"
    sealer = load_sealer(key_file, create=True, env={})
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    db = tmp_path / "central.sqlite3"
    central = Central.from_url(f"sqlite:///{db}", FixedClock(T0), sealer)
    station = central.authenticate(central.add_station("101"))
    assert station is not None
    rng = random.Random(5)
    payloads = [complaint_payload(rng) for _ in range(5)]
    secrets = [s for p in payloads for s in _secrets_of(p)]
    assert len(secrets) >= 15  # IDs, names and phones of five synthetic complainants
    scan = b"%PDF-1.4 " + b" ".join(secrets[:4]) * 20  # a scanned ID card carries the same data
    digest = hashlib.sha256(scan).hexdigest()
    central.put_attachment(station, digest, scan)
    records = [
        make_wire_record(
            record_id=record_id(rng),
            version=1,
            kind=RecordKind.COMPLAINT,
            tracking_code=tracking_code("101"),
            created_at=T0,
            payload=dict(p, attachments=[digest] if i == 0 else []),
        )
        for i, p in enumerate(payloads)
    ]
    assert {r.status for r in central.ingest(station, records)} == {"accepted"}

    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    assert files[1].exists() and files[1].stat().st_size > 0  # the WAL holds the batch (not checkpointed)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        raw = path.read_bytes()
        leaked = [s.decode() for s in secrets if s in raw]
        assert leaked == [], f"{path.name} shows {len(leaked)} personal values"
    # The center still answers from what it sealed: the payload, the attachment, reconciliation.
    stored = central.stored_payload(records[0].id, 1)
    assert stored is not None and hashlib.sha256(stored.encode()).hexdigest() == records[0].sha256
    assert central.get_attachment(station, digest) == scan
    assert central.reconciliation(station, T0.date()).count == 5
    central.engine.dispose()

    # Without the key (or with another one) nothing opens.
    other = Central.from_url(f"sqlite:///{db}", FixedClock(T0), LocalKeySealer(b"\x01" * 32))
    with pytest.raises(SealError):
        other.stored_payload(records[0].id, 1)
    other.engine.dispose()


def test_a_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "central.key"
    load_sealer(key_file, create=True, env={})
    key_file.chmod(0o644)
    with pytest.raises(CentralKeyError) as info:
        load_sealer(key_file, env={})
    assert info.value.code == "central_key_file_open"
    with pytest.raises(CentralKeyError) as missing:
        load_sealer(tmp_path / "nowhere.key", env={})
    assert missing.value.code == "central_key_missing"


def test_a_sealed_payload_does_not_open_in_another_row() -> None:
    sealer = LocalKeySealer(b"\x02" * 32)
    central = Central.from_url("sqlite://", sealer=sealer)
    blob = central.seal_payload("rec-1", 1, b'{"a":1}')
    assert central.unseal_payload("rec-1", 1, blob) == b'{"a":1}'
    with pytest.raises(SealError):
        central.unseal_payload("rec-1", 2, blob)
    central.engine.dispose()
