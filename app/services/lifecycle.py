"""The PDPA lifecycle of personal data: retention purge, erasure on request, data-subject export.

* **Retention purge** (``purge``): a record whose last activity (its newest version, or the center's last
  status change) is older than its kind's retention (``Settings.retention_days_*``) and whose every
  version the center acknowledged has its data key destroyed (crypto-shredding, ``app.storage.vault``)
  and becomes a tombstone: tracking code, kind, dates, versions' hashes and central status stay. It runs
  daily in the app (off the GUI thread) and on demand (``psc-counter purge [--dry-run]``, the
  supervisor's menu). A record the center has not acknowledged is never purged: it would be lost.
* **Erasure** (``erase_person``): every record naming one person (national ID or phone, in any version,
  as complainant or petition representative) is shredded at once and queued for the center, which the
  next sync tells through ``POST /v1/erasures`` (``send_erasures``).
* **Data-subject export** (``export_person``): everything held about one person — each record, each
  version's payload, the attachments list — as JSON and a Thai PDF, owner-only files. A group petition's
  other representatives are left out: the export holds nothing about anyone else.

Every use is a permission (``PURGE_RECORDS``, ``ERASE_PERSONAL_DATA``, ``EXPORT_PERSONAL_DATA``) and an
audit event; the audit never holds the ID or phone that was looked for.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain.contact import normalize_phone
from app.domain.national_id import normalize_national_id
from app.domain.records import QueueState, RecordKind
from app.domain.roles import Permission
from app.logs import DB as log
from app.services.base import ServiceBase
from app.services.types import Changes, CurrentUser, KnownError, PermissionDenied
from app.storage.backup import backup_dir
from app.storage.base import digest_hex, driver_connection, sql_datetime
from app.storage.sealing import ERASED_PAYLOAD, key_id_of, open_payload, sealer_of
from app.storage.shredding import apply_shreds
from app.storage.vault import COPY_SUFFIX, KeyVault

SYSTEM_ACTOR = "system:retention"  # the daily purge runs as no signed-in user
PURGE_EVERY = timedelta(days=1)
_DONE_STATES = (QueueState.ACKED.value, QueueState.WITHDRAWN.value)
_LAST_DAILY_PURGE = "last_daily_purge_at"  # vault meta key


@dataclass(frozen=True)
class PurgeCandidate:
    """A record past its retention."""

    record_id: str
    tracking_code: str
    kind: RecordKind
    created_at: datetime


@dataclass(frozen=True)
class PurgeReport:
    """What a purge found and did (``shredded`` is 0 on a dry run)."""

    due: tuple[PurgeCandidate, ...]
    waiting_for_center: int  # past retention, but a version is not acknowledged yet: kept
    shredded: int
    dry_run: bool
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class ErasureReport:
    """The records erased for one person and whether the center still has to be told."""

    record_ids: tuple[str, ...]
    tracking_codes: tuple[str, ...]
    queued_for_center: int
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class SubjectExport:
    """The files of a data-subject export and what they hold."""

    json_path: Path
    pdf_path: Path | None
    records: int
    versions: int
    attachments: int


def _person_matches(person: Any, national_id: str, phone: str) -> bool:
    if not isinstance(person, dict):
        return False
    nid = normalize_national_id(str(person.get("national_id") or ""))
    tel = normalize_phone(str(person.get("phone") or ""))
    return bool((national_id and nid == national_id) or (phone and tel == phone))


def _persons(payload: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, person) of every person object in a payload (complainant, representatives, …)."""
    if isinstance(payload, dict):
        if "national_id" in payload or "phone" in payload:
            yield "", payload
        for key, value in payload.items():
            for path, person in _persons(value):
                yield (f"{key}.{path}" if path else str(key)), person
    elif isinstance(payload, list):
        for i, value in enumerate(payload):
            for path, person in _persons(value):
                yield (f"{i}.{path}" if path else str(i)), person


def only_this_person(payload: Any, national_id: str, phone: str) -> Any:
    """The payload without other people: in a list of persons (a petition's representatives) only the
    matching ones stay. A complaint's one complainant is the person the export is about."""
    if isinstance(payload, dict):
        return {k: only_this_person(v, national_id, phone) for k, v in payload.items()}
    if isinstance(payload, list):
        if payload and all(isinstance(v, dict) and ("national_id" in v or "phone" in v) for v in payload):
            return [v for v in payload if _person_matches(v, national_id, phone)]
        return [only_this_person(v, national_id, phone) for v in payload]
    return payload


def _write_private(path: Path, data: bytes) -> None:
    """Writes a file only its owner can read (it holds personal data), atomically."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)  # an existing tmp file keeps its mode through O_CREAT
    tmp.replace(path)


def remove_scanned_original(path: Path, scanner_folder: str) -> bool:
    """Deletes a scanned original once its encrypted copy is stored (PDPA: the scanner folder is a plain
    folder anyone at the PC can open). Only files inside the configured scanner folder are touched: a
    file the officer chose elsewhere is theirs. Returns whether the file was removed."""
    if not scanner_folder.strip():
        return False
    try:
        folder = Path(scanner_folder).resolve()
        target = Path(path).resolve()
    except OSError:
        return False
    if target.parent != folder or not target.is_file():
        return False
    try:
        target.unlink()
    except OSError as exc:  # read-only share, file held open by the scanner software: keep going
        log.warning("scanned original not removed: %s", type(exc).__name__)
        return False
    log.info("scanned original removed from the scanner folder after storing it")
    return True


class LifecycleService(ServiceBase):
    """Retention, erasure and export of personal data (see the module docstring)."""

    @property
    def _vault(self) -> KeyVault:
        if self._ctx.vault is None:
            raise KnownError("key_vault_missing")
        return self._ctx.vault

    @staticmethod
    def _require(user: CurrentUser, permission: Permission) -> None:
        if not user.can(permission):
            raise PermissionDenied("permission_denied", permission.value)

    def _refuse(self, user: CurrentUser, permission: Permission, action: str) -> None:
        """Checks a permission; a refusal is an audit event too."""
        if user.can(permission):
            return
        with self._ctx.db.session() as s:
            self._audit.append(
                s,
                user.username,
                "permission.denied",
                "",
                {"action": action, "permission": permission.value},
                self._ctx.clock(),
            )
        raise PermissionDenied("permission_denied", permission.value)

    # ------------------------------------------------------------------ retention
    def retention_days(self, kind: RecordKind) -> int:
        """How long a record of this kind is kept after its last activity (settings, in days)."""
        s = self._ctx.settings
        days = {
            RecordKind.COMPLAINT: s.retention_days_complaint,
            RecordKind.GROUP_PETITION: s.retention_days_group_petition,
        }.get(kind, s.retention_days_complaint)
        return max(int(days), 1)

    def _due(self, now: datetime) -> tuple[list[PurgeCandidate], int]:
        due: list[PurgeCandidate] = []
        waiting = 0
        raw = self._ctx.db.raw()
        try:
            for kind in RecordKind:
                cutoff = sql_datetime(now - timedelta(days=self.retention_days(kind)))
                rows = raw.execute(
                    "SELECT r.id, r.tracking_code, r.created_at, "
                    "  (SELECT count(*) FROM outbox o WHERE o.record_id = r.id AND o.state NOT IN (?, ?)), "
                    "  (SELECT count(*) FROM outbox o WHERE o.record_id = r.id AND o.state = ?) "
                    "FROM records r "
                    "WHERE r.kind = ? AND r.created_at < ? "
                    "  AND coalesce(r.central_updated_at, r.created_at) < ? "
                    "  AND (SELECT max(v.created_at) FROM record_versions v WHERE v.record_id = r.id) < ? "
                    "  AND NOT EXISTS (SELECT 1 FROM record_versions v WHERE v.record_id = r.id "
                    "                  AND v.version = r.current_version AND v.payload_json = ?) "
                    "ORDER BY r.rowid",
                    (
                        *_DONE_STATES,
                        QueueState.ACKED.value,
                        kind.value,
                        cutoff,
                        cutoff,
                        cutoff,
                        ERASED_PAYLOAD,
                    ),
                ).fetchall()
                for record_id, code, created, not_done, acked in rows:
                    if not_done or not acked:
                        waiting += 1
                        continue
                    created_at = datetime.fromisoformat(str(created)).replace(tzinfo=UTC)
                    due.append(PurgeCandidate(str(record_id), str(code), kind, created_at))
        finally:
            raw.close()
        return due, waiting

    def purge(self, user: CurrentUser | None, *, dry_run: bool = False) -> PurgeReport:
        """Shreds every record past retention that the center acknowledged. ``user`` is ``None`` for
        the app's daily run (audited as ``system:retention``)."""
        if user is not None:
            self._refuse(user, Permission.PURGE_RECORDS, "records.purge")
        actor = user.username if user is not None else SYSTEM_ACTOR
        now = self._ctx.clock()
        due, waiting = self._due(now)
        shredded = 0
        if due and not dry_run:
            shredded = self._shred([c.record_id for c in due], reason="retention", actor=actor)
        with self._ctx.db.session() as s:
            self._audit.append(
                s,
                actor,
                "records.purge",
                "",
                {"due": len(due), "shredded": shredded, "waiting_for_center": waiting, "dry_run": dry_run},
                now,
            )
        log.info("purge: %d due, %d shredded, %d waiting for the center", len(due), shredded, waiting)
        ids = tuple(c.record_id for c in due) if shredded else ()
        return PurgeReport(tuple(due), waiting, shredded, dry_run, Changes(records=bool(ids), record_ids=ids))

    def last_daily_purge(self) -> datetime | None:
        """When the daily purge last ran on this counter (kept in the vault: it outlives a restore)."""
        text = self._vault.get_meta(_LAST_DAILY_PURGE)
        return datetime.fromisoformat(text) if text else None

    def run_daily(self) -> PurgeReport | None:
        """The app's daily purge: runs when a day has passed since the last one (whatever ran it: the GUI
        of any signed-in user, on a worker thread), else does nothing and answers ``None``."""
        now = self._ctx.clock()
        last = self.last_daily_purge()
        if last is not None and now - last < PURGE_EVERY:
            return None
        report = self.purge(None)
        self._vault.set_meta(_LAST_DAILY_PURGE, now.astimezone(UTC).isoformat())
        return report

    def _key_ids(self, record_ids: Sequence[str]) -> dict[str, list[int]]:
        keys: dict[str, list[int]] = {r: [] for r in record_ids}
        raw = self._ctx.db.raw()
        try:
            for i in range(0, len(record_ids), 500):
                chunk = record_ids[i : i + 500]
                marks = ",".join("?" * len(chunk))
                for rid, stored in raw.execute(
                    f"SELECT record_id, payload_json FROM record_versions WHERE record_id IN ({marks})", chunk
                ):
                    key_id = key_id_of(stored)  # a v3 BLOB or an older text form
                    if key_id is not None and key_id not in keys[str(rid)]:
                        keys[str(rid)].append(key_id)
        finally:
            raw.close()
        return keys

    def _shred(self, record_ids: Sequence[str], *, reason: str, actor: str) -> int:
        """Destroys the records' keys (vault first: from then on nothing can open them), tombstones them
        in the database, audits each, and rewrites the vault copies the backups hold."""
        now = self._ctx.clock()
        self._vault.shred(self._key_ids(record_ids), reason, now)
        apply_shreds(self._ctx.db, self._vault, self._ctx.attachments)
        with self._ctx.db.session() as s:
            raw = driver_connection(s)
            for rid in record_ids:
                row = raw.execute("SELECT tracking_code FROM records WHERE id = ?", (rid,)).fetchone()
                detail = {"reason": reason, "tracking_code": str(row[0]) if row else ""}
                self._audit.append(s, actor, "record.shred", rid, detail, now)
        self._vault.shred_copies(self.vault_copies())
        return len(record_ids)

    def vault_copies(self) -> list[Path]:
        """Vault copies under the backups folder (``*.keyvault``), which the purge rewrites."""
        folder = backup_dir(self._ctx.home)
        return sorted(folder.rglob(f"*{COPY_SUFFIX}")) if folder.exists() else []

    # ------------------------------------------------------------------ one person
    def _normalized(self, national_id: str, phone: str) -> tuple[str, str]:
        nid = normalize_national_id(national_id) if national_id.strip() else ""
        tel = normalize_phone(phone) if phone.strip() else ""
        if not nid and not tel:
            raise KnownError("person_key_required")
        return nid, tel

    def _find(self, national_id: str, phone: str) -> list[str]:
        """Record ids (oldest first) any of whose versions names the person."""
        sealer = sealer_of(self._ctx.db)
        raw = self._ctx.db.raw()
        try:
            conds, params = [], []
            for column, value in (("national_id", national_id), ("phone", phone)):
                if value:
                    # The head indexes the complainant / contact; other representatives are in the search
                    # text (digits as typed may carry separators, so the versions are checked below).
                    conds += [f"{column} = ?", "instr(search_text, ?) > 0"]
                    params += [value, value]
            candidates = raw.execute(
                f"SELECT id FROM records WHERE {' OR '.join(conds)} ORDER BY rowid", params
            ).fetchall()
            found: list[str] = []
            for (rid,) in candidates:
                for (stored,) in raw.execute(
                    "SELECT payload_json FROM record_versions WHERE record_id = ?", (rid,)
                ):
                    payload = open_payload(sealer, str(rid), stored)
                    if any(_person_matches(p, national_id, phone) for _, p in _persons(payload)):
                        found.append(str(rid))
                        break
        finally:
            raw.close()
        return found

    def erase_person(
        self, user: CurrentUser, *, national_id: str = "", phone: str = "", reason: str = ""
    ) -> ErasureReport:
        """Shreds at once every record naming the person and queues their erasure at the center."""
        self._refuse(user, Permission.ERASE_PERSONAL_DATA, "person.erase")
        nid, tel = self._normalized(national_id, phone)
        ids = self._find(nid, tel)
        codes = self._tracking_codes(ids)
        now = self._ctx.clock()
        if ids:
            self._shred(ids, reason="erasure", actor=user.username)
            self._vault.add_erasures(ids, now)
        with self._ctx.db.session() as s:
            # The audit names the records and the reason, never the ID or phone asked for.
            self._audit.append(
                s, user.username, "person.erase", "", {"records": list(codes), "reason": reason[:500]}, now
            )
        return ErasureReport(
            tuple(ids),
            tuple(codes),
            len(ids),
            Changes(records=bool(ids), outbox=bool(ids), record_ids=tuple(ids)),
        )

    def _tracking_codes(self, ids: Sequence[str]) -> list[str]:
        raw = self._ctx.db.raw()
        try:
            return [
                str(raw.execute("SELECT tracking_code FROM records WHERE id = ?", (rid,)).fetchone()[0])
                for rid in ids
            ]
        finally:
            raw.close()

    def subject_document(
        self, user: CurrentUser, *, national_id: str = "", phone: str = ""
    ) -> dict[str, Any]:
        """Everything held about one person, as a JSON-ready document (audited read)."""
        self._refuse(user, Permission.EXPORT_PERSONAL_DATA, "person.export")
        nid, tel = self._normalized(national_id, phone)
        ids = self._find(nid, tel)
        doc = self._document(ids, nid, tel)
        with self._ctx.db.session() as s:
            self._audit.append(
                s,
                user.username,
                "person.export",
                "",
                {"records": [r["tracking_code"] for r in doc["records"]]},
                self._ctx.clock(),
            )
        return doc

    def _document(self, ids: Iterable[str], nid: str, tel: str) -> dict[str, Any]:
        sealer = sealer_of(self._ctx.db)
        records: list[dict[str, Any]] = []
        raw = self._ctx.db.raw()
        try:
            for rid in ids:
                head = raw.execute(
                    "SELECT tracking_code, kind, created_at, station_code, central_ref, central_status, "
                    "central_agency FROM records WHERE id = ?",
                    (rid,),
                ).fetchone()
                versions = []
                for version, stored, created, officer, reason, sha in raw.execute(
                    "SELECT version, payload_json, created_at, officer, reason, sha256 FROM record_versions "
                    "WHERE record_id = ? ORDER BY version",
                    (rid,),
                ):
                    payload = open_payload(sealer, rid, stored)
                    versions.append(
                        {
                            "version": int(version),
                            "created_at": _iso(created),
                            "officer": str(officer),
                            "reason": str(reason),
                            "sha256": str(digest_hex(sha)),  # 32 bytes stored
                            "payload": only_this_person(payload, nid, tel),
                        }
                    )
                attachments = [
                    {
                        "sha256": str(a[0]),
                        "name": str(a[1]),
                        "media_type": str(a[2]),
                        "size": int(a[3]),
                        "versions": [int(v) for v in str(a[4]).split(",")],
                    }
                    for a in raw.execute(
                        "SELECT a.sha256, a.original_name, a.media_type, a.size, group_concat(ra.version) "
                        "FROM record_attachments ra JOIN attachments a ON a.sha256 = ra.sha256 "
                        "WHERE ra.record_id = ? GROUP BY a.sha256 ORDER BY min(ra.version), a.sha256",
                        (rid,),
                    )
                ]
                records.append(
                    {
                        "record_id": rid,
                        "tracking_code": str(head[0]),
                        "kind": str(head[1]),
                        "created_at": _iso(head[2]),
                        "station_code": str(head[3]),
                        "central_ref": str(head[4]),
                        "central_status": str(head[5]),
                        "central_agency": str(head[6]),
                        "versions": versions,
                        "attachments": attachments,
                    }
                )
        finally:
            raw.close()
        return {
            "format": "psc-counter/subject-export/1",
            "generated_at": self._ctx.clock().astimezone(UTC).isoformat(),
            "station_code": self._ctx.settings.station_code,
            "records": records,
        }

    def export_person(
        self,
        user: CurrentUser,
        out_dir: Path,
        *,
        national_id: str = "",
        phone: str = "",
        pdf: bool = True,
    ) -> SubjectExport:
        """Writes ``subject-export-<time>.json`` (and ``.pdf``) into ``out_dir``, owner-only."""
        doc = self.subject_document(user, national_id=national_id, phone=phone)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        stem = "subject-export-" + self._ctx.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        json_path = out_dir / f"{stem}.json"
        _write_private(json_path, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))
        pdf_path: Path | None = None
        if pdf:
            # Imported here: reportlab and the font set-up cost time the JSON-only path need not pay.
            from printing.pdf_subject import subject_export_pdf

            pdf_path = out_dir / f"{stem}.pdf"
            _write_private(pdf_path, subject_export_pdf(doc))
        versions = sum(len(r["versions"]) for r in doc["records"])
        attachments = sum(len(r["attachments"]) for r in doc["records"])
        return SubjectExport(json_path, pdf_path, len(doc["records"]), versions, attachments)

    # ------------------------------------------------------------------ the center
    def pending_erasures(self) -> list[str]:
        """Record ids whose erasure the center has not confirmed yet."""
        return self._vault.pending_erasures()

    def send_erasures(self, client: Any) -> int:
        """Tells the center to erase its copies (``client.post_erasures``); returns how many it
        confirmed. Called by the sync cycle; a failure leaves them queued for the next one."""
        pending = self._vault.pending_erasures()
        if not pending:
            return 0
        done: list[str] = []
        for i in range(0, len(pending), 500):
            answer = client.post_erasures(pending[i : i + 500])
            if answer.foreign:
                # Not this station's at the center (cannot happen for ids it made): asking again would
                # get the same answer every cycle, so it is logged and settled.
                log.warning("center called %d erasure ids another station's", len(answer.foreign))
            done += list(answer.erased) + list(answer.unknown) + list(answer.foreign)
        now = self._ctx.clock()
        self._vault.mark_erasures_sent(done, now)
        with self._ctx.db.session() as s:
            self._audit.append(s, "system:sync", "center.erase", "", {"records": len(done)}, now)
        return len(done)

    def is_erased(self, record_id: str) -> bool:
        """Whether a record is a tombstone."""
        return self._vault.is_shredded(record_id)


def _iso(value: Any) -> str:
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC).isoformat()
