"""Record search: any Thai substring, tracking code, national ID, phone, name (DESIGN §10 pitfalls).

``records.search_text`` holds a lowercase, NFC text of everything searchable. Terms of three or more code
points go to the FTS5 trigram index (``records_fts MATCH``); shorter ones (a Thai syllable is often one or
two code points) are checked with ``instr`` on ``search_text``. Results are newest first (``rowid DESC``),
paged by keyset (``rowid < after``), so a page costs the same at row 50 and row 500,000: the index is
walked in rowid order and stops after ``limit`` hits; no ``ORDER BY`` on any other column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.storage.models import FTS_DDL

FTS_REBUILD_FLAG = "fts_rebuild_pending"  # meta key: a bulk load dropped the FTS insert trigger
TRIGRAM = 3  # FTS5's trigram tokenizer cannot match fewer code points
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# A query made only of digits and the separators people type in codes, IDs and phone numbers.
_NUMERIC_QUERY = re.compile(r"^\+?[\d\s\-‐‑–—./()]+$")
_NUMBER_SEPARATORS = re.compile(r"[\s\-‐‑–—./()+]")


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).translate(_THAI_DIGITS).lower()


def build_search_text(parts: Iterable[str]) -> str:
    """The denormalised search text of a record: lowercase, NFC, Thai digits as ASCII, one part a line,
    and two newlines at the end, so every character starts a trigram (see ``MAX_PREFIX_TRIGRAMS``)."""
    return "\n".join(p for p in (_fold(x).strip() for x in parts) if p) + "\n\n"


@dataclass(frozen=True)
class SearchQuery:
    """A typed query split into FTS terms (≥ 3 code points) and ``instr`` terms (1–2)."""

    fts_terms: tuple[str, ...]
    short_terms: tuple[str, ...]
    digits: str = ""  # the query was a number (code, ID, phone) typed with or without separators

    @property
    def empty(self) -> bool:
        """Whether there is nothing to filter by."""
        return not self.fts_terms and not self.short_terms

    def match_expression(self) -> str:
        """The FTS5 MATCH string of the long terms: each a quoted phrase (quotes doubled), all required."""
        return " AND ".join(_quote(t) for t in self.fts_terms)


def parse_query(raw: str) -> SearchQuery:
    """Normalises what the officer typed: a tracking code, ID or phone with separators becomes digits
    only (``+66`` becomes ``0``); other text is split on white space into terms."""
    q = _fold(raw).strip()
    if not q:
        return SearchQuery((), ())
    digits = ""
    if _NUMERIC_QUERY.match(q) and sum(ch.isdigit() for ch in q) >= TRIGRAM:
        digits = _NUMBER_SEPARATORS.sub("", q.replace("+66", "0", 1) if q.startswith("+66") else q)
        terms = [digits]
    else:
        terms = q.split()
    fts = tuple(dict.fromkeys(t for t in terms if len(t) >= TRIGRAM))
    short = tuple(dict.fromkeys(t for t in terms if len(t) < TRIGRAM))
    return SearchQuery(fts, short, digits)


# A whole tracking code, national ID or phone number has its own index: digit trigrams are in every
# record (codes, IDs, phones), so the FTS phrase for 13-16 digits merges huge posting lists (~100 ms at
# 1 M records) where the index answers in well under a millisecond.
_EXACT_COLUMN = {16: "tracking_code", 15: "tracking_code", 13: "national_id", 10: "phone", 9: "phone"}


def _exact_rowids(session: Session, query: SearchQuery) -> list[int]:
    """Records whose tracking code, national ID or phone is exactly the typed number, newest first."""
    column = _EXACT_COLUMN.get(len(query.digits))
    if column is None:
        return []
    sql = f"SELECT rowid FROM records WHERE {column} = :value ORDER BY rowid DESC"
    return [int(r[0]) for r in session.execute(text(sql), {"value": query.digits})]


# Short terms (1-2 code points) through the trigram index: every occurrence of a short term starts some
# trigram (search_text ends in two newlines), so "ab" = any of the indexed trigrams "ab?" — an OR the FTS
# index answers lazily, newest first. Worth it while the term has few continuations (a rare fragment,
# which would otherwise scan the whole table); a frequent one is found at once by scanning the newest
# records, which is tried first.
MAX_PREFIX_TRIGRAMS = 48
RECENT_WINDOW = 4_000  # newest rows scanned with instr before asking the index (~20 ms)
_VOCAB = "temp.records_fts_vocab"
_HIGHEST = "\U0010ffff"


@dataclass(frozen=True)
class _Plan:
    """How to run a query: an FTS MATCH expression (may be empty) and terms checked with instr."""

    match: str
    instr_terms: tuple[str, ...]
    impossible: bool = False  # a term no record contains


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _prefix_trigrams(session: Session, term: str) -> list[str]:
    """Indexed trigrams starting with ``term``, at most ``MAX_PREFIX_TRIGRAMS + 1`` of them."""
    session.execute(
        text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, records_fts, row)")
    )
    rows = session.execute(
        text(f"SELECT term FROM {_VOCAB} WHERE term >= :lo AND term < :hi LIMIT :n"),
        {"lo": term, "hi": term + _HIGHEST, "n": MAX_PREFIX_TRIGRAMS + 1},
    )
    return [str(r[0]) for r in rows]


def _plan(session: Session, query: SearchQuery, *, use_index_for_short: bool) -> _Plan:
    parts = [_quote(t) for t in query.fts_terms]
    instr_terms: list[str] = []
    for term in query.short_terms:
        if not use_index_for_short:
            instr_terms.append(term)
            continue
        grams = _prefix_trigrams(session, term)
        if not grams:
            return _Plan("", (), impossible=True)
        if len(grams) > MAX_PREFIX_TRIGRAMS:
            instr_terms.append(term)
        else:
            parts.append("(" + " OR ".join(_quote(g) for g in grams) + ")")
    return _Plan(" AND ".join(parts), tuple(instr_terms))


def _where(plan: _Plan, after_rowid: int | None, params: dict[str, Any]) -> tuple[str, str, str]:
    """(FROM clause, WHERE clause, rowid column) for a plan; fills ``params``."""
    conds: list[str] = []
    if plan.match:
        source = (
            "records_fts JOIN records r ON r.rowid = records_fts.rowid" if plan.instr_terms else "records_fts"
        )
        conds.append("records_fts MATCH :match")
        params["match"] = plan.match
        rowid_col = "records_fts.rowid"
    else:
        source = "records r"
        rowid_col = "r.rowid"
    for i, term in enumerate(plan.instr_terms):
        conds.append(f"instr(r.search_text, :s{i}) > 0")
        params[f"s{i}"] = term
    if after_rowid is not None:
        conds.append(f"{rowid_col} < :after")
        params["after"] = after_rowid
    return source, (" WHERE " + " AND ".join(conds)) if conds else "", rowid_col


def _page(session: Session, plan: _Plan, after_rowid: int | None, limit: int) -> list[int]:
    params: dict[str, Any] = {"limit": int(limit)}
    source, where, rowid_col = _where(plan, after_rowid, params)
    sql = f"SELECT {rowid_col} FROM {source}{where} ORDER BY {rowid_col} DESC LIMIT :limit"
    return [int(r[0]) for r in session.execute(text(sql), params)]


def search_rowids(session: Session, raw_query: str, after_rowid: int | None, limit: int) -> list[int]:
    """Rowids of records matching ``raw_query``, newest first, strictly below ``after_rowid``.

    A whole tracking code, national ID or phone number is looked up in its index first; only when no
    record has it exactly is it searched as a substring (part of a description, a passport number, …).
    A query of 1–2 character terms scans the newest ``RECENT_WINDOW`` records first (a frequent fragment
    fills the page there) and otherwise goes through the trigram index (see ``MAX_PREFIX_TRIGRAMS``).
    """
    query = parse_query(raw_query)
    limit = int(limit)
    exact = _exact_rowids(session, query) if query.digits else []
    if exact:
        return [r for r in exact if after_rowid is None or r < after_rowid][:limit]
    if query.empty:
        # No filter: walk the table's own b-tree backwards, no join.
        sql = "SELECT rowid FROM records" + (" WHERE rowid < :after" if after_rowid is not None else "")
        params: dict[str, Any] = {"limit": limit}
        if after_rowid is not None:
            params["after"] = after_rowid
        return [int(r[0]) for r in session.execute(text(sql + " ORDER BY rowid DESC LIMIT :limit"), params)]
    if not query.fts_terms:
        top = after_rowid if after_rowid is not None else _max_rowid(session) + 1
        window = _window(session, query, top, limit)
        if len(window) >= limit:
            return window
    plan = _plan(session, query, use_index_for_short=True)
    if plan.impossible:
        return []
    return _page(session, plan, after_rowid, limit)


def _max_rowid(session: Session) -> int:
    return int(session.execute(text("SELECT coalesce(max(rowid), 0) FROM records")).scalar_one())


def _window(session: Session, query: SearchQuery, top: int, limit: int) -> list[int]:
    """instr over the newest ``RECENT_WINDOW`` rows below ``top`` only."""
    conds = " AND ".join(f"instr(search_text, :s{i}) > 0" for i in range(len(query.short_terms)))
    params: dict[str, Any] = {f"s{i}": t for i, t in enumerate(query.short_terms)}
    params.update(top=top, bottom=top - RECENT_WINDOW, limit=limit)
    sql = (
        f"SELECT rowid FROM records WHERE rowid < :top AND rowid >= :bottom AND {conds} "
        "ORDER BY rowid DESC LIMIT :limit"
    )
    return [int(r[0]) for r in session.execute(text(sql), params)]


def count_matches(session: Session, raw_query: str, limit: int | None = None) -> int:
    """How many records match ``raw_query``; with ``limit``, stops counting there (``min(n, limit)``).

    A 1–2 character term with many continuations is counted by reading the records (seconds at 1 M
    records unless ``limit`` stops it early, which it does for exactly those frequent fragments).
    """
    query = parse_query(raw_query)
    exact = _exact_rowids(session, query) if query.digits else []
    if exact:
        n = len(exact)
    else:
        params: dict[str, Any] = {}
        if query.empty:
            source, where = "records", ""
        else:
            plan = _plan(session, query, use_index_for_short=True)
            if plan.impossible:
                return 0
            source, where, _ = _where(plan, None, params)
        if limit is None:
            sql = f"SELECT count(*) FROM {source}{where}"
        else:
            sql = f"SELECT count(*) FROM (SELECT 1 FROM {source}{where} LIMIT :cap)"
            params["cap"] = int(limit)
        n = int(session.execute(text(sql), params).scalar_one())
    return n if limit is None else min(n, int(limit))


def repair_fts(raw: Any) -> bool:
    """Recreates the FTS insert trigger and rebuilds the index if a bulk load left it pending."""
    row = raw.execute("SELECT value FROM meta WHERE key = ?", (FTS_REBUILD_FLAG,)).fetchone()
    if row is None:
        return False
    raw.execute("BEGIN IMMEDIATE")
    try:
        raw.execute("DROP TRIGGER IF EXISTS records_fts_ai")
        raw.execute(FTS_DDL[1])  # the AFTER INSERT trigger
        raw.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
        raw.execute("DELETE FROM meta WHERE key = ?", (FTS_REBUILD_FLAG,))
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    return True
