"""Turning shredded records into tombstones in a counter database (crypto-shredding, second half).

The vault's shred log (``app.storage.vault``) is the truth of which records are erased; this module
brings a database in line with it: for each logged record after the database's ``meta`` mark
``shreds_applied`` it replaces every version's payload by ``ERASED_PAYLOAD``, clears the head's personal
columns (search text down to the tracking code; masked name, subject, national ID, phone, the center's
note), withdraws versions still waiting for the center, cancels waiting print jobs, deletes attachment
files no other record names, and merges the search index so no trigram of the old text stays in a page.

It runs right after a purge or an erasure, and at every start (``open_app``): a database restored from a
backup made before a shred is behind the log, and is scrubbed before anyone reads it — the payloads in
it could not be opened anyway (their keys are gone), the clear-text head columns and search index could.

``secure_delete`` is on for the scrub, and the WAL is checkpointed after it, so the old text is
overwritten in the file rather than left in free pages. What stays: tracking code, kind, dates, officer,
version numbers and hashes, central status and case number, the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.storage.attachments import AttachmentStore
from app.storage.db import Database
from app.storage.sealing import ERASED_PAYLOAD
from app.storage.search import build_search_text
from app.storage.vault import KeyVault, ShredEntry

SHREDS_APPLIED = "shreds_applied"  # meta key: the last shred-log seq this database has been scrubbed of

_MARK_SQL = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"
_SET_MARK_SQL = (
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
_WAITING_OUTBOX = ("pending", "in_flight", "held", "conflict", "rejected")


def applied_seq(raw: object) -> int:
    """The shred-log position this database is scrubbed up to."""
    row = raw.execute(_MARK_SQL, (SHREDS_APPLIED,)).fetchone()  # type: ignore[attr-defined]
    return int(row[0]) if row and row[0] is not None else 0


def _scrub_record(raw: object, record_id: str) -> list[str]:
    """Tombstones one record in the open transaction; returns the attachment hashes it named."""
    ex = raw.execute  # type: ignore[attr-defined]
    row = ex("SELECT tracking_code FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        return []  # not in this database (a backup older than the record)
    ex("UPDATE record_versions SET payload_json = ? WHERE record_id = ?", (ERASED_PAYLOAD, record_id))
    ex(
        "UPDATE records SET search_text = ?, display_name_masked = '', subject = '', national_id = '', "
        "phone = '', central_note = '' WHERE id = ?",
        (build_search_text([str(row[0])]), record_id),
    )
    marks = ",".join("?" * len(_WAITING_OUTBOX))
    ex(
        f"UPDATE outbox SET state = 'withdrawn', last_error = '' WHERE record_id = ? AND state IN ({marks})",
        (record_id, *_WAITING_OUTBOX),
    )
    ex(
        "UPDATE print_jobs SET state = 'cancelled' WHERE record_id = ? AND state IN ('pending', 'printing')",
        (record_id,),
    )
    named = ex("SELECT DISTINCT sha256 FROM record_attachments WHERE record_id = ?", (record_id,))
    return [str(r[0]) for r in named]


def _orphaned(raw: object, shas: Sequence[str], erased: set[str]) -> list[str]:
    """Attachments named only by erased records."""
    out: list[str] = []
    for sha in dict.fromkeys(shas):
        users = {
            str(r[0])
            for r in raw.execute(  # type: ignore[attr-defined]
                "SELECT DISTINCT record_id FROM record_attachments WHERE sha256 = ?", (sha,)
            )
        }
        if users <= erased:
            out.append(sha)
    return out


def scrub(db: Database, entries: Sequence[ShredEntry], attachments: AttachmentStore | None) -> int:
    """Tombstones the records of ``entries`` in one transaction and moves the mark; returns how many
    records of this database it changed."""
    if not entries:
        return 0
    raw = db.raw()
    changed = 0
    try:
        raw.execute("PRAGMA secure_delete = ON")
        raw.execute("BEGIN IMMEDIATE")
        try:
            shas: list[str] = []
            erased = {e.record_id for e in entries}
            for entry in entries:
                before = raw.total_changes
                shas.extend(_scrub_record(raw, entry.record_id))
                changed += int(raw.total_changes > before)
            orphans = _orphaned(raw, shas, erased)
            for sha in orphans:
                raw.execute("UPDATE attachments SET original_name = '' WHERE sha256 = ?", (sha,))
            # Merge every FTS segment: the update trigger only adds delete markers; the old trigrams stay in
            # older segments until a merge rewrites them.
            raw.execute("INSERT INTO records_fts(records_fts) VALUES ('optimize')")
            raw.execute(_SET_MARK_SQL, (SHREDS_APPLIED, str(entries[-1].seq).encode("ascii")))
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        # Files after the commit: a crash in between leaves a file nothing names, never a named one missing.
        if attachments is not None:
            for sha in orphans:
                path: Path = attachments.path_for(sha)
                path.unlink(missing_ok=True)
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return changed


def apply_shreds(db: Database, vault: KeyVault, attachments: AttachmentStore | None = None) -> int:
    """Scrubs the database of every record shredded since its mark (a no-op when it is up to date)."""
    raw = db.raw()
    try:
        seq = applied_seq(raw)
    finally:
        raw.close()
    if vault.last_shred_seq() <= seq:
        return 0
    return scrub(db, vault.shredded_after(seq), attachments)
