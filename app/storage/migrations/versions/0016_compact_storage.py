"""Compact storage (issue 15): sealed payloads and digests as BLOBs, no second copy of the audit link, no
created_at index of its own.

Revision ID: 0016_compact_storage
Revises: 0015_access_token_index
Create Date: 2026-12-03

* ``record_versions.payload_json``: every ``psc2:<key id>:<base64url>`` text becomes the v3 BLOB
  ``0x03 ‖ key id (4 bytes) ‖ the same sealed bytes`` (``app.storage.sealing``): a quarter smaller, and no
  key is needed (the ciphertext and its associated data, the record id, do not change). ``psc1`` and plain
  JSON stay as they are (both are still read).
* ``record_versions.sha256``, ``outbox.sha256`` and ``audit_events.hash``: 64 hex characters become the
  32 bytes (``app.storage.base.Digest``; the declared type stays, so no table is rebuilt for it).
* ``audit_events.prev_hash`` is dropped: it was a second copy of the ``hash`` of the row before, which the
  chain's HMAC still covers (``app.services.audit``: the definition and every stored hash are unchanged).
* ``ix_records_created_at`` is dropped: every range over ``records.created_at`` (day reports, retention,
  the day list) is answered by ``ix_records_figures``, which leads with it.
* ``record_versions.facts_json`` (~140 B a version) and the ``records_facts_ai`` trigger that read it are
  dropped: the record writer sets the head's fact columns itself (``app.storage.dashboard.record_facts``),
  which already hold the current version's figures. A downgrade puts back the column (``{}`` for the
  versions written since) and the trigger.

About a minute per 250 k records on a 2-core machine, in the migration's one transaction.
"""

import base64
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_compact_storage"
down_revision: str | Sequence[str] | None = "0015_access_token_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PAGE = 5000
_DIGESTS = (("record_versions", "sha256"), ("outbox", "sha256"), ("audit_events", "hash"))
# The two sealed forms, copied here (not imported from app.storage.sealing) so this migration stays as
# shipped: "psc2:<key id>:<base64url(nonce ‖ ciphertext)>" and 0x03 ‖ key id (4 bytes, big-endian) ‖ the same.
_PSC2 = "psc2:"
_V3 = 3


# The trigger of 0011_dashboard, as it made it (app.storage.dashboard.DASHBOARD_TRIGGERS[0]).
_FACTS_TRIGGER = (
    "CREATE TRIGGER records_facts_ai AFTER INSERT ON record_versions BEGIN UPDATE records SET "
    "category_code = coalesce(json_extract(new.facts_json, '$.category_code'), ''), "
    "agency_code = coalesce(nullif(json_extract(new.facts_json, '$.agency_complained_code'), ''), "
    "nullif(json_extract(new.facts_json, '$.responsible_agency_code'), ''), "
    "json_extract(new.facts_json, '$.agency_codes[0]'), ''), "
    "province = coalesce(nullif(json_extract(new.facts_json, '$.incident_province'), ''), "
    "json_extract(new.facts_json, '$.provinces[0]'), ''), "
    "headcount = coalesce(json_extract(new.facts_json, '$.headcount_estimate'), 0) "
    "WHERE id = new.record_id; END"
)


def _v3_from_psc2(stored: str) -> bytes:
    key_id, blob = stored[len(_PSC2) :].split(":", 1)
    return bytes((_V3,)) + int(key_id).to_bytes(4, "big") + base64.urlsafe_b64decode(blob)


def _psc2_from_v3(stored: bytes) -> str:
    key_id = int.from_bytes(stored[1:5], "big")
    return f"{_PSC2}{key_id}:{base64.urlsafe_b64encode(stored[5:]).decode('ascii')}"


def _rewrite_payloads(where: str, convert: Callable[[str], bytes] | Callable[[bytes], str]) -> None:
    """Rewrites the payloads ``where`` selects, a page of rowids at a time, with ``convert``."""
    bind = op.get_bind()
    after = 0
    while True:
        rows = bind.execute(
            sa.text(
                f"SELECT rowid, payload_json FROM record_versions WHERE rowid > :after AND {where} "
                "ORDER BY rowid LIMIT :n"
            ),
            {"after": after, "n": _PAGE},
        ).all()
        if not rows:
            return
        changes = [{"r": int(r[0]), "p": convert(r[1])} for r in rows]
        bind.execute(sa.text("UPDATE record_versions SET payload_json = :p WHERE rowid = :r"), changes)
        after = int(rows[-1][0])


def upgrade() -> None:
    """Converts payloads and digests to BLOBs, drops the audit link copy and the created_at index."""
    # A page cache that holds what is rewritten (the default 8 MB thrashes at a million records).
    op.execute("PRAGMA cache_size = -262144")
    _rewrite_payloads(
        f"typeof(payload_json) = 'text' AND substr(payload_json, 1, 5) = '{_PSC2}'", _v3_from_psc2
    )
    for table, column in _DIGESTS:
        op.execute(
            f"UPDATE {table} SET {column} = unhex({column}) "
            f"WHERE typeof({column}) = 'text' AND length({column}) = 64 AND unhex({column}) IS NOT NULL"
        )
    op.drop_column("audit_events", "prev_hash")  # SQLite 3.35+ drops a column in place
    op.execute("DROP TRIGGER IF EXISTS records_facts_ai")
    op.drop_column("record_versions", "facts_json")
    op.drop_index("ix_records_created_at", table_name="records")
    op.execute("PRAGMA cache_size = -8000")


def downgrade() -> None:
    """Back to text: ``psc2`` payloads, hex digests, the ``prev_hash`` column and the created_at index."""
    op.create_index("ix_records_created_at", "records", ["created_at"], unique=False)
    op.add_column("record_versions", sa.Column("facts_json", sa.Text(), server_default="{}", nullable=False))
    op.execute(_FACTS_TRIGGER)
    op.add_column(
        "audit_events", sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False)
    )
    for table, column in _DIGESTS:
        op.execute(f"UPDATE {table} SET {column} = lower(hex({column})) WHERE typeof({column}) = 'blob'")
    op.execute(
        "UPDATE audit_events SET prev_hash = coalesce("
        "(SELECT p.hash FROM audit_events p WHERE p.seq = audit_events.seq - 1), '" + "0" * 64 + "')"
    )
    _rewrite_payloads(
        f"typeof(payload_json) = 'blob' AND substr(payload_json, 1, 1) = x'0{_V3}'", _psc2_from_v3
    )
