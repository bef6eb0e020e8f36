"""Record search: any Thai substring, tracking code, national ID, phone, name (docs/ARCHITECTURE.md,
Pitfalls pitfalls).

``records.search_text`` holds a lowercase, NFC text of everything searchable. Terms of three or more code
points go to the FTS5 trigram index (``records_fts.search_text LIKE '%term%'``: the index, which keeps only
which records hold each trigram (``detail=none``), gives the records holding all of the term's trigrams and
SQLite checks the term against their text); shorter ones (a Thai syllable is often one or two code points)
are checked with ``instr`` on ``search_text``. Results are newest first (``rowid DESC``),
paged by keyset (``rowid < after``), so a page costs the same at row 50 and row 500,000: the index is
walked in rowid order and stops after ``limit`` hits; no ``ORDER BY`` on any other column.

The index is written in batches (``index_pending``): the newest records, above the ``meta`` mark
``fts_indexed_upto`` (fewer than ``FTS_BATCH`` of them), are not in it yet and are searched with ``instr``
on every term, which finds exactly what the trigram ``MATCH`` would (both sides are folded alike).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.tracking import format_access_token, is_valid_access_token, normalize_access_token
from app.storage.base import sql_datetime
from app.storage.dashboard import OPEN_CASES_WHERE
from app.storage.models import FTS_INDEXED_UPTO

FTS_REBUILD_FLAG = "fts_rebuild_pending"  # meta key: a bulk load is running; its records need indexing
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
    # Folded once, joined: the same text as folding part by part (a newline stops NFC composition and
    # reordering, and no part folds to or from white space), at a third of the cost on the save path.
    return _fold("\n".join(p for p in (x.strip() for x in parts) if p)) + "\n\n"


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
        """The FTS5 MATCH string of the long terms as phrases (quotes doubled), all required (for an index
        with positions; the counter's index is searched with ``LIKE``, see ``_like_parts``)."""
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


@dataclass(frozen=True)
class OpenCases:
    """A filter: only open walk-in complaints (the dashboard's ``OPEN_CASES_WHERE``) created in
    ``(after, upto]``. The service standard turns "overdue" and "due today" into such creation-time
    bounds (``app.domain.service_standard.standard_window``), so the list and the dashboard agree."""

    upto: datetime
    after: datetime | None = None

    def condition(self, rowid_col: str, params: dict[str, Any]) -> str:
        """An SQL condition on ``rowid_col``; fills ``params``."""
        params["open_upto"] = sql_datetime(self.upto)
        lower = ""
        if self.after is not None:
            params["open_after"] = sql_datetime(self.after)
            lower = " AND created_at > :open_after"
        # Through the partial index ix_records_open: the open cases are few next to all records.
        return (
            f"{rowid_col} IN (SELECT rowid FROM records WHERE {OPEN_CASES_WHERE} "
            f"AND created_at <= :open_upto{lower})"
        )


def _filtered(sql_where: str, rowid_col: str, only: OpenCases | None, params: dict[str, Any]) -> str:
    """``sql_where`` (a WHERE clause, possibly empty) with the filter added."""
    if only is None:
        return sql_where
    cond = only.condition(rowid_col, params)
    return f"{sql_where} AND {cond}" if sql_where else f" WHERE {cond}"


def _token_rowids(session: Session, raw_query: str, only: OpenCases | None) -> list[int]:
    """Records whose receipt access code is the typed one (spaces, dashes, lower case and I/L/O for
    1/0 allowed, as people copy it off the paper), newest first."""
    if not is_valid_access_token(raw_query):
        return []
    params: dict[str, Any] = {
        "grouped": format_access_token(raw_query),
        "plain": normalize_access_token(raw_query),
    }
    where = _filtered(" WHERE access_token IN (:grouped, :plain)", "rowid", only, params)
    sql = f"SELECT rowid FROM records{where} ORDER BY rowid DESC"
    return [int(r[0]) for r in session.execute(text(sql), params)]


# A whole tracking code, national ID or phone number has its own index: digit trigrams are in every
# record (codes, IDs, phones), so the FTS phrase for 13-16 digits merges huge posting lists (~100 ms at
# 1 M records) where the index answers in well under a millisecond.
_EXACT_COLUMN = {16: "tracking_code", 15: "tracking_code", 13: "national_id", 10: "phone", 9: "phone"}


def _exact_rowids(session: Session, query: SearchQuery, only: OpenCases | None = None) -> list[int]:
    """Records whose tracking code, national ID or phone is exactly the typed number, newest first."""
    column = _EXACT_COLUMN.get(len(query.digits))
    if column is None:
        return []
    params: dict[str, Any] = {"value": query.digits}
    where = _filtered(f" WHERE {column} = :value", "rowid", only, params)
    sql = f"SELECT rowid FROM records{where} ORDER BY rowid DESC"
    return [int(r[0]) for r in session.execute(text(sql), params)]


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
    """How to run a query: an FTS MATCH expression of single trigrams (may be empty), LIKE patterns the
    index answers, and terms checked with instr on the records' text."""

    match: str
    instr_terms: tuple[str, ...]
    impossible: bool = False  # a term no record contains
    like_patterns: tuple[str, ...] = ()

    @property
    def uses_index(self) -> bool:
        """Whether the FTS table answers part of the query."""
        return bool(self.match or self.like_patterns)


_LIKE_WILDCARDS = re.compile(r"[%_]")


def _like_parts(term: str) -> tuple[list[str], bool]:
    """LIKE patterns for a term of three or more code points, and whether instr must check it too.

    FTS5 takes no ESCAPE clause: a term holding ``%`` or ``_`` is looked up by its runs between them that
    are long enough for a trigram, and checked exactly with ``instr``."""
    if not _LIKE_WILDCARDS.search(term):
        return [f"%{term}%"], False
    runs = [r for r in _LIKE_WILDCARDS.split(term) if len(r) >= TRIGRAM]
    return [f"%{r}%" for r in runs], True


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
    parts: list[str] = []
    likes: list[str] = []
    instr_terms: list[str] = []
    for term in query.fts_terms:
        patterns, exact = _like_parts(term)
        likes += patterns
        if exact:
            instr_terms.append(term)
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
    return _Plan(" AND ".join(parts), tuple(instr_terms), like_patterns=tuple(dict.fromkeys(likes)))


def _where(
    plan: _Plan, after_rowid: int | None, params: dict[str, Any], only: OpenCases | None = None
) -> tuple[str, str, str]:
    """(FROM clause, WHERE clause, rowid column) for a plan over the indexed records; fills ``params``."""
    conds: list[str] = []
    if plan.uses_index:
        source = (
            "records_fts JOIN records r ON r.rowid = records_fts.rowid" if plan.instr_terms else "records_fts"
        )
        if plan.match:
            conds.append("records_fts MATCH :match")
            params["match"] = plan.match
        for i, pattern in enumerate(plan.like_patterns):
            conds.append(f"records_fts.search_text LIKE :l{i}")
            params[f"l{i}"] = pattern
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
    # The tail above the mark is read by _tail_sql (an instr plan would otherwise return it twice).
    conds.append(f"{rowid_col} <= {_MARK}")
    if only is not None:
        conds.append(only.condition(rowid_col, params))
    return source, " WHERE " + " AND ".join(conds), rowid_col


_MARK_SQL = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"
_SET_MARK_SQL = (
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
# The mark inside a query: one statement per page, as before batches (an extra round trip through the
# session cost a 5-character search ~0.3 ms at 1 M records).
_MARK = f"coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '{FTS_INDEXED_UPTO}'), 0)"


def indexed_upto(raw: Any) -> int:
    """The highest ``records.rowid`` in the FTS index (0: none), read on a driver connection."""
    row = raw.execute(_MARK_SQL, (FTS_INDEXED_UPTO,)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def index_pending(raw: Any) -> int:
    """Adds every record above the mark to the FTS index and moves the mark, in the caller's writing
    (``BEGIN IMMEDIATE``) transaction on a driver connection; returns how many records it indexed.

    One FTS5 segment for the whole batch: per record, about a fifth less CPU than one segment per save
    and a fraction of the pages (fewer segments to write and to merge later).
    """
    upto = indexed_upto(raw)
    top = int(raw.execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0])
    if top <= upto:
        return 0
    raw.execute(
        "INSERT INTO records_fts(rowid, search_text) SELECT rowid, search_text FROM records WHERE rowid > ?",
        (upto,),
    )
    raw.execute(_SET_MARK_SQL, (FTS_INDEXED_UPTO, str(top).encode("ascii")))
    return top - upto


def _tail_sql(
    query: SearchQuery, after_rowid: int | None, params: dict[str, Any], only: OpenCases | None = None
) -> str:
    """Rows of the records not indexed yet (above the mark) that hold every term: ``instr``, which finds
    what the trigram ``MATCH`` would. Fills ``params``."""
    terms = (*query.fts_terms, *query.short_terms)
    conds = [f"rowid > {_MARK}"]
    for i, term in enumerate(terms):
        conds.append(f"instr(search_text, :t{i}) > 0")
        params[f"t{i}"] = term
    if after_rowid is not None:
        conds.append("rowid < :after")
        params["after"] = after_rowid
    if only is not None:
        conds.append(only.condition("rowid", params))
    return "SELECT rowid FROM records WHERE " + " AND ".join(conds)


def _page(
    session: Session,
    query: SearchQuery,
    plan: _Plan,
    after_rowid: int | None,
    limit: int,
    *,
    only: OpenCases | None = None,
) -> list[int]:
    """One page: the matching records of the tail, then (older) the indexed ones, in one statement."""
    params: dict[str, Any] = {"limit": int(limit)}
    tail = _tail_sql(query, after_rowid, params, only)
    parts = [f"SELECT rowid FROM ({tail} ORDER BY rowid DESC LIMIT :limit)"]
    if not plan.impossible:
        source, where, rowid_col = _where(plan, after_rowid, params, only)
        parts.append(
            f"SELECT rowid FROM (SELECT {rowid_col} AS rowid FROM {source}{where} "
            f"ORDER BY {rowid_col} DESC LIMIT :limit)"
        )
    sql = " UNION ALL ".join(parts) + " ORDER BY rowid DESC LIMIT :limit"
    return [int(r[0]) for r in session.execute(text(sql), params)]


def search_rowids(
    session: Session,
    raw_query: str,
    after_rowid: int | None,
    limit: int,
    only: OpenCases | None = None,
) -> list[int]:
    """Rowids of records matching ``raw_query`` (and the filter ``only``), newest first, strictly below
    ``after_rowid``.

    A whole tracking code, national ID, phone number or receipt access code is looked up in its index
    first; only when no record has it exactly is it searched as a substring (part of a description, a
    passport number, …).
    A query of 1–2 character terms scans the newest ``RECENT_WINDOW`` records first (a frequent fragment
    fills the page there) and otherwise goes through the trigram index (see ``MAX_PREFIX_TRIGRAMS``).
    """
    query = parse_query(raw_query)
    limit = int(limit)
    exact = _exact_rowids(session, query, only) if query.digits else []
    exact = exact or _token_rowids(session, raw_query, only)
    if exact:
        return [r for r in exact if after_rowid is None or r < after_rowid][:limit]
    if query.empty:
        # No text: walk the table's own b-tree backwards, no join.
        params: dict[str, Any] = {"limit": limit}
        where = ""
        if after_rowid is not None:
            where = " WHERE rowid < :after"
            params["after"] = after_rowid
        where = _filtered(where, "rowid", only, params)
        sql = f"SELECT rowid FROM records{where} ORDER BY rowid DESC LIMIT :limit"
        return [int(r[0]) for r in session.execute(text(sql), params)]
    if not query.fts_terms:
        top = after_rowid if after_rowid is not None else _max_rowid(session) + 1
        window = _window(session, query, top, limit, only)
        if len(window) >= limit:
            return window
    plan = _plan(session, query, use_index_for_short=True)
    return _page(session, query, plan, after_rowid, limit, only=only)


def _max_rowid(session: Session) -> int:
    return int(session.execute(text("SELECT coalesce(max(rowid), 0) FROM records")).scalar_one())


def _window(
    session: Session, query: SearchQuery, top: int, limit: int, only: OpenCases | None = None
) -> list[int]:
    """instr over the newest ``RECENT_WINDOW`` rows below ``top`` only."""
    conds = " AND ".join(f"instr(search_text, :s{i}) > 0" for i in range(len(query.short_terms)))
    params: dict[str, Any] = {f"s{i}": t for i, t in enumerate(query.short_terms)}
    params.update(top=top, bottom=top - RECENT_WINDOW, limit=limit)
    if only is not None:
        conds += " AND " + only.condition("rowid", params)
    sql = (
        f"SELECT rowid FROM records WHERE rowid < :top AND rowid >= :bottom AND {conds} "
        "ORDER BY rowid DESC LIMIT :limit"
    )
    return [int(r[0]) for r in session.execute(text(sql), params)]


def count_matches(
    session: Session, raw_query: str, limit: int | None = None, only: OpenCases | None = None
) -> int:
    """How many records match ``raw_query`` (and ``only``); with ``limit``, stops counting there
    (``min(n, limit)``).

    A 1–2 character term with many continuations is counted by reading the records (seconds at 1 M
    records unless ``limit`` stops it early, which it does for exactly those frequent fragments).
    """
    query = parse_query(raw_query)
    exact = _exact_rowids(session, query, only) if query.digits else []
    exact = exact or _token_rowids(session, raw_query, only)
    if exact:
        n = len(exact)
    elif query.empty:
        params: dict[str, Any] = {}
        n = _count(session, ["SELECT 1 FROM records" + _filtered("", "rowid", only, params)], params, limit)
    else:
        params = {}
        parts = [_tail_sql(query, None, params, only)]  # the tail above the mark, then the indexed records
        plan = _plan(session, query, use_index_for_short=True)
        if not plan.impossible:
            source, where, _ = _where(plan, None, params, only)
            parts.append(f"SELECT 1 FROM {source}{where}")
        n = _count(session, parts, params, limit)
    return n if limit is None else min(n, int(limit))


def _count(session: Session, row_queries: list[str], params: dict[str, Any], limit: int | None) -> int:
    """The summed ``count(*)`` of row queries in one statement, each stopping at ``limit`` when given."""
    cap = "" if limit is None else " LIMIT :cap"
    if limit is not None:
        params = {**params, "cap": int(limit)}
    sql = "SELECT " + " + ".join(f"(SELECT count(*) FROM ({q}{cap}))" for q in row_queries)
    return int(session.execute(text(sql), params).scalar_one())


def repair_fts(raw: Any) -> bool:
    """Rebuilds the FTS index if a bulk load left it pending (it indexes nothing while it runs, then
    rebuilds once), and moves the mark to the last record; ``False`` when there was nothing to do."""
    row = raw.execute("SELECT value FROM meta WHERE key = ?", (FTS_REBUILD_FLAG,)).fetchone()
    if row is None:
        return False
    raw.execute("BEGIN IMMEDIATE")
    try:
        raw.execute("DROP TRIGGER IF EXISTS records_fts_ai")  # what bulk loads of earlier builds dropped
        raw.execute("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
        top = raw.execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0]
        raw.execute(_SET_MARK_SQL, (FTS_INDEXED_UPTO, str(int(top)).encode("ascii")))
        raw.execute("DELETE FROM meta WHERE key = ?", (FTS_REBUILD_FLAG,))
        raw.execute("COMMIT")
    except BaseException:
        raw.execute("ROLLBACK")
        raise
    return True
