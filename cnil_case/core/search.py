"""Full-text search over a workspace: timeline events, evidence, findings and correspondence.

Accent- and case-insensitive ("eleve" finds "élève"). On SQLite, FTS5 tables with the
``unicode61 remove_diacritics 2`` tokenizer index the real tables as external content and are
kept in sync by triggers; on PostgreSQL, GIN expression indexes over ``to_tsvector('simple',
cnil_fold(...))``, where ``cnil_fold`` is a plain SQL function (lower case, Latin accents
removed) so no extension (``unaccent``) or superuser is needed.

The user's query is never handed to the database as syntax: it is split into words and quoted
phrases (``"` `"``; an unbalanced quote runs to the end), a word ending in ``*`` is a prefix, and
every term must match. So no query raises; an empty one finds nothing.

This module is the one clearly marked place for the dialect-specific SQL of search.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, column, func, literal_column, select, table, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import InstrumentedAttribute, Session

MARK_START = "\x02"
"""Opens a highlighted match in ``SearchHit.snippet`` (a control character: never in user text)."""
MARK_END = "\x03"
"""Closes a highlighted match."""
ELLIPSIS = "…"

TABLE_PREFIX = "search_"
"""Every table the index adds (FTS5 and its shadow tables) starts so; nothing else does."""

RANK_MAX = 5_000
"""Above this many matches of one kind, hits come newest first instead of best first (SQLite)."""

KINDS = ("event", "evidence", "finding", "correspondence")


@dataclass(frozen=True)
class SearchHit:
    """One match: what it is (``kind``, ``id``, ``case_id``), its title and a highlighted snippet.

    ``rank`` orders hits across kinds: lower is better.
    """

    kind: str
    id: int
    case_id: int
    title: str
    snippet: str
    rank: float


@dataclass(frozen=True)
class _Source:
    table: str
    title: str
    columns: tuple[str, ...]


# What each kind indexes (the table, the column shown as title, the indexed columns).
SOURCES: dict[str, _Source] = {
    "event": _Source("timeline_event", "title", ("title", "details", "source", "attributes")),
    "evidence": _Source("evidence", "original_name", ("original_name", "description", "tags", "exhibit")),
    "finding": _Source("finding", "title", ("title", "facts", "operator_response", "recommended_measure")),
    "correspondence": _Source("correspondence", "subject", ("subject", "summary", "reference")),
}


# --- the user's query ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    """Words that must follow each other (one word, or a quoted phrase); ``prefix`` on the last."""

    words: tuple[str, ...]
    prefix: bool = False


def parse(query: str) -> list[Term]:
    """Split a user query into terms; nothing in it is syntax for the database."""
    found: list[Term] = []
    rest = query
    while rest:
        quote = rest.find('"')
        plain, quoted = (rest, None) if quote < 0 else (rest[:quote], rest[quote + 1 :])
        for chunk in plain.split():
            words = tuple(_WORD.findall(chunk))
            if words:
                found.append(Term(words, prefix=chunk.endswith("*")))
        if quoted is None:
            break
        close = quoted.find('"')
        phrase, rest = (quoted, "") if close < 0 else (quoted[:close], quoted[close + 1 :])
        words = tuple(_WORD.findall(phrase))
        if words:
            found.append(Term(words, prefix=phrase.rstrip().endswith("*")))
    return found


def _fts5_query(terms: Sequence[Term]) -> str:
    # Each term a quoted FTS5 string (words hold no quotes), so operators are just words.
    return " ".join(f'"{" ".join(t.words)}"' + ("*" if t.prefix else "") for t in terms)


# Accents folded character by character (É → E, ç → c), the same in Python and in PostgreSQL's
# translate(): Latin-1 Supplement and Latin Extended-A/B letters whose decomposition is a single
# ASCII letter plus marks.
def _fold_table() -> tuple[str, str]:
    source, target = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != char:
            source.append(char)
            target.append(base)
    return "".join(source), "".join(target)


_FOLD_FROM, _FOLD_TO = _fold_table()
_FOLD = str.maketrans(_FOLD_FROM, _FOLD_TO)


def fold(value: str) -> str:
    """Lower case without Latin accents, one character for one (positions are kept)."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in value.translate(_FOLD))


def _tsquery(terms: Sequence[Term]) -> str:
    parts = []
    for term in terms:
        words = [fold(w) for w in term.words]
        if term.prefix:
            words[-1] += ":*"
        parts.append("(" + " <-> ".join(words) + ")")
    return " & ".join(parts)


def highlight(texts: Sequence[str], terms: Sequence[Term], *, width: int = 60) -> str:
    """A snippet of the first text that holds a term, matches between ``MARK_START``/``MARK_END``."""
    words = {fold(w) for t in terms for w in t.words}
    prefixes = {fold(t.words[-1]) for t in terms if t.prefix}
    for value in texts:
        folded = fold(value)
        spans = [
            m.span() for m in _WORD.finditer(folded)
            if m.group() in words or any(m.group().startswith(p) for p in prefixes)
        ]
        if not spans:
            continue
        start = max(0, spans[0][0] - width)
        end = min(len(value), spans[0][1] + width)
        out = [ELLIPSIS if start else ""]
        cursor = start
        for a, b in spans:
            if a < cursor or b > end:
                continue
            out += [value[cursor:a], MARK_START, value[a:b], MARK_END]
            cursor = b
        out += [value[cursor:end], ELLIPSIS if end < len(value) else ""]
        return " ".join("".join(out).split())
    return " ".join((texts[0] if texts else "")[: 2 * width].split())


def plain(snippet: str, *, start: str = "[", end: str = "]") -> str:
    """The snippet with its markers replaced (for a terminal, or before escaping for HTML)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


# --- dialect-specific SQL, from here ---------------------------------------------------------------


def _sqlite_ddl() -> list[str]:
    statements = []
    for kind, src in SOURCES.items():
        fts = f"search_{kind}"
        cols = ", ".join(src.columns)
        new = ", ".join(f"new.{c}" for c in src.columns)
        old = ", ".join(f"old.{c}" for c in src.columns)
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{src.table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')",
            _sqlite_insert_trigger(kind),
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {src.table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {src.table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
            # Rows already there (a migrated workspace).
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        ]
    return statements


def _sqlite_insert_trigger(kind: str) -> str:
    src = SOURCES[kind]
    cols = ", ".join(src.columns)
    new = ", ".join(f"new.{c}" for c in src.columns)
    return (
        f"CREATE TRIGGER search_{kind}_ai AFTER INSERT ON {src.table} BEGIN "
        f"INSERT INTO search_{kind}(rowid, {cols}) VALUES (new.id, {new}); END"
    )


def _pg_document(kind: str) -> str:
    # The same expression in the index and in the query, or the index is not used.
    cols = " || ' ' || ".join(f"coalesce({c}, '')" for c in SOURCES[kind].columns)
    return f"to_tsvector('simple', cnil_fold({cols}))"


# ASCII punctuation becomes a space before PostgreSQL's parser sees the text, so that
# "dr.martin" or "192.0.2.10" are words, as FTS5 and ``parse`` split them, not hosts or numbers.
_PUNCTUATION = "".join(c for c in map(chr, range(33, 127)) if not c.isalnum())


def _pg_ddl() -> list[str]:
    source = (_FOLD_FROM + _PUNCTUATION).replace("'", "''")
    target = _FOLD_TO + " " * len(_PUNCTUATION)
    statements = [
        "CREATE OR REPLACE FUNCTION cnil_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        f"AS $fold$ SELECT lower(translate(value, '{source}', '{target}')) $fold$"
    ]
    for kind, src in SOURCES.items():
        statements.append(f"CREATE INDEX search_{kind} ON {src.table} USING gin ({_pg_document(kind)})")
    return statements


def install(connection: Connection) -> None:
    """Create the full-text index of every kind and fill it from the rows already there."""
    if connection.dialect.name == "sqlite":
        for statement in _sqlite_ddl():
            connection.exec_driver_sql(statement)
        return
    for statement in _pg_ddl():
        connection.exec_driver_sql(statement.replace("%", "%%"))  # psycopg's placeholders


def uninstall(connection: Connection) -> None:
    """Drop the full-text index (migration downgrade)."""
    for kind in SOURCES:
        if connection.dialect.name == "sqlite":
            for suffix in ("ai", "ad", "au"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{kind}_{suffix}")
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS search_{kind}")
        else:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS search_{kind}")
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS cnil_fold(text)")


@contextmanager
def bulk_events(connection: Connection, import_id: int) -> Iterator[None]:
    """Insert many events of one import, then index them in one statement.

    On SQLite the per-row insert trigger is dropped for the duration and the import's rows are
    indexed together afterwards, inside the caller's transaction (SQLite DDL is transactional,
    so a failed import rolls the trigger back too). PostgreSQL maintains its index itself.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql("DROP TRIGGER search_event_ai")
    try:
        yield
    except BaseException:
        # The rollback restores the trigger; this keeps it too if a caller commits anyway.
        with suppress(DBAPIError):
            connection.exec_driver_sql(_sqlite_insert_trigger("event"))
        raise
    cols = ", ".join(SOURCES["event"].columns)
    connection.exec_driver_sql(
        f"INSERT INTO search_event(rowid, {cols}) SELECT id, {cols} FROM timeline_event WHERE import_id = ?",
        (import_id,),
    )
    connection.exec_driver_sql(_sqlite_insert_trigger("event"))


def _sqlite_hits(connection: Connection, kind: str, terms: Sequence[Term], case_id: int | None,
                 limit: int) -> list[SearchHit]:
    src = SOURCES[kind]
    fts = f"search_{kind}"
    where = "" if case_id is None else " AND t.case_id = :case_id"
    match = _fts5_query(terms)
    # BM25 ranks every match before LIMIT applies: tens of milliseconds per 100,000 matches. A
    # query that matches more than RANK_MAX records (a common word of a million-line log) shows
    # the most recently added ones instead, read in index order, which stops at the page.
    probe = text(f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :query LIMIT :cap)")
    many = connection.execute(probe, {"query": match, "cap": RANK_MAX + 1}).scalar_one() > RANK_MAX
    order = f"{fts}.rowid DESC" if many else "score, t.id"
    sql = text(
        f"SELECT t.id, t.case_id, t.{src.title}, "
        f"snippet({fts}, -1, :start, :end, :ellipsis, 12), bm25({fts}) AS score "
        f"FROM {fts} JOIN {src.table} t ON t.id = {fts}.rowid "
        f"WHERE {fts} MATCH :query{where} ORDER BY {order} LIMIT :limit"
    )
    rows = connection.execute(sql, {
        "query": match, "case_id": case_id, "limit": limit,
        "start": MARK_START, "end": MARK_END, "ellipsis": ELLIPSIS,
    })
    return [SearchHit(kind, r[0], r[1], r[2], " ".join((r[3] or "").split()), float(r[4])) for r in rows]


def _pg_hits(connection: Connection, kind: str, terms: Sequence[Term], case_id: int | None,
             limit: int) -> list[SearchHit]:
    src = SOURCES[kind]
    where = "" if case_id is None else " AND t.case_id = :case_id"
    cols = ", ".join(f"t.{c}" for c in src.columns)
    sql = text(
        f"SELECT t.id, t.case_id, t.{src.title}, {cols}, ts_rank({_pg_document(kind)}, q) AS score "
        f"FROM {src.table} t, to_tsquery('simple', :query) q "
        f"WHERE {_pg_document(kind)} @@ q{where} ORDER BY score DESC, t.id LIMIT :limit"
    )
    rows = connection.execute(sql, {"query": _tsquery(terms), "case_id": case_id, "limit": limit})
    return [
        SearchHit(kind, r[0], r[1], r[2], highlight([v or "" for v in r[3:-1]], terms), -float(r[-1]))
        for r in rows
    ]


def _event_ids_sql(dialect: str) -> str:
    if dialect == "sqlite":
        return ("SELECT t.id FROM search_event JOIN timeline_event t ON t.id = search_event.rowid "
                "WHERE search_event MATCH :query AND t.case_id = :case_id")
    return (f"SELECT t.id FROM timeline_event t WHERE {_pg_document('event')} @@ to_tsquery('simple', :query) "
            "AND t.case_id = :case_id")


def _event_match(dialect: str, id_column: ColumnElement[int] | InstrumentedAttribute[int], terms: Sequence[Term]) -> ColumnElement[bool]:
    if dialect == "sqlite":
        fts = table("search_event", column("rowid"))
        matching = select(fts.c.rowid).where(literal_column("search_event").op("MATCH")(_fts5_query(terms)))
        return id_column.in_(matching)
    # The index's own expression over the outer query's timeline_event row, so its GIN index serves.
    document: ColumnElement[Any] = literal_column(_pg_document("event"))
    return document.op("@@")(func.to_tsquery(literal_column("'simple'"), _tsquery(terms)))


# --- end of dialect-specific SQL -------------------------------------------------------------------


def event_filter(dialect: str, id_column: ColumnElement[int] | InstrumentedAttribute[int], query: str) -> ColumnElement[bool] | None:
    """A WHERE clause keeping the timeline events that match ``query`` as one types it, or None.

    Every typed word must begin a word of the event's title, details, source or attributes
    (``exfil`` finds "exfiltration"), ignoring case and accents; words joined by punctuation
    (``dr.martin``, ``192.0.2.17``) or quoted must follow each other, the last one a prefix. The
    clause is a subquery on the full-text index (FTS5 on SQLite, the GIN index on PostgreSQL),
    composed into the caller's query so that counting and paging stay in SQL. None when the query
    holds no word (punctuation only): the caller then falls back to a substring match.

    Args:
        dialect: the connection's dialect name.
        id_column: ``timeline_event.id`` of the outer query (the table must be in its FROM).
    """
    terms = [Term(t.words, prefix=True) for t in parse(query)]
    if not terms:
        return None
    return _event_match(dialect, id_column, terms)


def search(
    session: Session,
    query: str,
    *,
    case_id: int | None = None,
    kinds: Sequence[str] = KINDS,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Search every kind (or those given) of one case, or of the whole workspace, best first.

    Args:
        query: words (all must match, in any field), ``"quoted phrases"``, ``prefix*``.
        case_id: only this case's records; None for the whole workspace.
        limit, offset: a page of the merged hits.

    On SQLite, a kind with more than ``RANK_MAX`` matches contributes its most recently added
    records (ranked among themselves): ranking every match of a common word in a million-row
    timeline would take a large fraction of a second.
    """
    terms = parse(query)
    if not terms or limit <= 0:
        return []
    connection = session.connection()
    fetch = _sqlite_hits if connection.dialect.name == "sqlite" else _pg_hits
    hits: list[SearchHit] = []
    for kind in kinds:
        hits += fetch(connection, kind, terms, case_id, offset + limit)
    hits.sort(key=lambda h: (h.rank, KINDS.index(h.kind), h.id))
    return hits[offset : offset + limit]


def event_ids(session: Session, query: str, *, case_id: int) -> set[int]:
    """Every event of the case that the query matches (unranked): a full-text filter for the timeline.

    Intersect with ``timeline.list_ids`` to keep its order; an empty query matches nothing.
    """
    terms = parse(query)
    if not terms:
        return set()
    connection = session.connection()
    sqlite = connection.dialect.name == "sqlite"
    params = {"query": _fts5_query(terms) if sqlite else _tsquery(terms), "case_id": case_id}
    return set(connection.execute(text(_event_ids_sql(connection.dialect.name)), params).scalars())
