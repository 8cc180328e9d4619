"""Matching against django-modelsearch's full-text index in one bounded statement.

modelsearch builds the match expressions from a parsed query, and on SQLite writes the index
(``IndexEntry`` rows and the FTS5 table its triggers keep); both are used unchanged. What is
replaced is the shape of the read: modelsearch selects ``SearchEntry`` rows whose id is ``IN``
every matching index row, ranks each row with a correlated subquery and, on PostgreSQL, matches
``title || body`` (no index covers it) and joins on ``id::varchar``. At 100,000 documents that
took seconds per query. Here the statement starts from the full-text index, with the searcher's
audiences and the ticked filters as words of the same match (:func:`search.models.filter_token`),
joins each match to its entry by primary key and stops after ``limit`` matches — on SQLite the
newest (FTS5 reads its document lists backwards for free), on PostgreSQL those among the newest
entries first (:func:`recent_slices`) — so the cost of a query is bounded by ``limit``, whatever
the size of the index. The caller ranks, counts facets and pages within that window
(:class:`search.backends.embedded.EmbeddedBackend`); on SQLite the relevance of each match is
computed from its text (:mod:`search.backends.ranking`, see there why not ``bm25()``).
PostgreSQL rows are written by :func:`write` (see there why).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection
from django.db.models import Max, QuerySet
from modelsearch.conf import get_app_config
from modelsearch.query import MATCH_ALL

from search.backends import ranking
from search.models import SearchEntry, filter_token, slice_number

TITLE_WEIGHT = 2.0
#: SQLite: the FTS5 table word prefixes are matched on (suggestions, "did you mean"): the title
#: and filter tokens of each main document of :data:`TITLED_KINDS`, rowid = the entry's id.
#: modelsearch keeps titles for prefixes in a column of its one FTS5 table, whose term index is
#: shared by every column of every entry: a prefix such as ``reh*`` merged the lists of every
#: word so beginning in 1.1 million documents (72 ms) to keep those in the titles of 110,000.
#: This table holds only those, with prefix indexes, so a prefix is one list read backwards.
#: Created by migration ``search.0002``; PostgreSQL keeps the same text in modelsearch's
#: autocomplete vector instead (:func:`_autocomplete_text`).
TITLES_TABLE = "search_titles_fts"
TITLES_TABLE_SQL = f"CREATE VIRTUAL TABLE {TITLES_TABLE} USING fts5(title, tokens, prefix='2 3 4')"
#: Kinds whose titles suggestions and "did you mean" read: a post repeats its topic's title, and
#: posts outnumber everything else, so leaving them out loses no title and most of the work.
TITLED_KINDS = ("practice", "resource", "event", "topic")


#: One matching entry as a plain row (thousands are read per query):
#: ``(id, relevance, *requested columns)``, relevance higher for better matches.
Match = tuple
ID, SCORE, VALUES = 0, 1, 2


def _where(queryset: QuerySet) -> tuple[str, list]:
    """The WHERE clause Django compiles for ``queryset`` (columns named by their table)."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.compile(queryset.query.where)
    except FullResultSet:
        return "1 = 1", []
    return sql, list(params)


def _columns(names: list[str]) -> str:
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    return ", ".join(f"{table}.{connection.ops.quote_name(name)}" for name in names)


def _index_table() -> str:
    return get_app_config().get_model("IndexEntry")._meta.db_table


def _content_type_id() -> int:
    return ContentType.objects.get_for_model(SearchEntry).pk


def matches(
    parsed,
    entries: QuerySet,
    columns: list[str],
    limit: int,
    *,
    required: Sequence[Sequence[str]] = (),
    autocomplete: bool = False,
    recent: Sequence[str] = (),
) -> list[Match]:
    """Up to ``limit`` entries of ``entries`` matching ``parsed`` (a modelsearch query, or
    ``MATCH_ALL``) and, in the same full-text match, at least one filter token of each group of
    ``required`` (see :func:`search.models.filter_token`), with ``columns`` and a relevance
    score; ``autocomplete`` matches titles by word prefixes. With ``recent`` (see
    :func:`recent_slices`) the window is filled from the entries carrying one of those tokens
    first."""
    try:
        where = _where(entries)
    except EmptyResultSet:
        return []
    groups = [sorted(set(group)) for group in required]
    if any(not group for group in groups) or (parsed is MATCH_ALL and not groups):
        return []
    if not recent:
        return _fetch(_statement(parsed, groups, autocomplete), columns, where, limit)
    # The newest entries first, then the rest for what they leave of the window.
    newest = [*groups, sorted(recent)]
    found = _fetch(_statement(parsed, newest, autocomplete), columns, where, limit)
    if len(found) >= limit:
        return found
    seen = {match[ID] for match in found}
    older = _fetch(_statement(parsed, groups, autocomplete), columns, where, limit)
    return found + [match for match in older if match[ID] not in seen][: limit - len(found)]


def recent_slices() -> list[str]:
    """On PostgreSQL, the filter tokens of the two newest slices of the index (see
    :func:`search.models.slice_number`) while there are older ones; else nothing.

    A common word matches hundreds of thousands of rows, and PostgreSQL builds the bitmap of
    every one before reading the first; ANDed with these tokens it builds the bitmap of the
    matches among the newest entries only. A rarer word needs a second statement for the older
    entries (:func:`matches`), but its lists are short. FTS5 reads the newest rows first by
    itself, so SQLite needs none of this."""
    if connection.vendor != "postgresql":
        return []
    newest_id = SearchEntry.objects.aggregate(newest=Max("id"))["newest"] or 0
    newest = slice_number(newest_id)
    if newest < 2:  # the two newest slices are the whole index
        return []
    return [filter_token("slice", newest), filter_token("slice", newest - 1)]


class Statement(NamedTuple):
    """Where a match is read from and how: ``source`` (a FROM clause), the SQL of the matching
    entry's id, the match condition, the relevance and an ORDER BY (or nothing)."""

    source: str
    entry_id: str
    match: str
    match_params: Sequence
    score: str = "0.0"
    score_params: Sequence = ()
    order: str = ""
    #: Words and phrases to rank the matches by from their text after reading them (SQLite:
    #: see :mod:`search.backends.ranking`); empty when ``score`` ranks them.
    ranked_by_text: tuple[str, ...] = ()


def _statement(parsed, groups: list[list[str]], autocomplete: bool) -> Statement | None:
    if connection.vendor == "postgresql":
        return _postgres_statement(parsed, groups, autocomplete)
    if autocomplete:
        return _sqlite_titles_statement(parsed, groups)
    return _sqlite_statement(parsed, groups)


def _fetch(
    statement: Statement | None, columns: list[str], where: tuple[str, list], limit: int
) -> list[Match]:
    if statement is None:
        return []
    where_sql, where_params = where
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    selected = f"{_columns(['id'])}, {statement.score}, {_columns(columns) or 'NULL'}"
    # Identifiers come from model metadata and SQL from Django's and modelsearch's compilers;
    # every value is a parameter.
    if connection.vendor == "postgresql":
        # Each match's entry is looked up by primary key as the match is read (LATERAL, kept
        # from being flattened into a join by OFFSET 0), so the server stops at the
        # ``limit``-th match the searcher may see; as a join, it may first hash every entry
        # the searcher may see.
        looked_up = _columns(sorted({"id", *columns}))
        sql = (
            f"SELECT {selected} FROM {statement.source} "  # noqa: S608
            f"CROSS JOIN LATERAL (SELECT {looked_up} FROM {table} "
            f"WHERE {table}.id = {statement.entry_id} AND ({where_sql}) "
            f"OFFSET 0) AS {table} "
            f"WHERE {statement.match} {statement.order} LIMIT %s"
        )
        params = [*statement.score_params, *where_params, *statement.match_params]
    else:
        if statement.ranked_by_text:
            selected += f", {table}.title, substr({table}.body, 1, {ranking.SCORED_CHARS})"
        sql = (
            f"SELECT {selected} FROM {statement.source} "  # noqa: S608
            f"JOIN {table} ON {table}.id = {statement.entry_id} "
            f"WHERE {statement.match} AND ({where_sql}) {statement.order} LIMIT %s"
        )
        params = [*statement.score_params, *statement.match_params, *where_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit])
        rows = cursor.fetchall()
    if not statement.ranked_by_text:
        return rows
    texts = [(row[-2] or "", row[-1] or "") for row in rows]
    scores = ranking.scores(texts, statement.ranked_by_text, TITLE_WEIGHT)
    return [(row[ID], score, *row[VALUES:-2]) for row, score in zip(rows, scores, strict=True)]


def _sqlite_match_text(parsed, autocomplete: bool, columns: list[str]) -> str | None:
    """The FTS5 query modelsearch writes for ``parsed`` on ``columns`` (``{title} : (…)``)."""
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchQueryCompiler,
    )

    compiler_class = SQLiteAutocompleteQueryCompiler if autocomplete else SQLiteSearchQueryCompiler
    built = compiler_class(SearchEntry.objects.none(), parsed).build_search_query(normalize(parsed))
    if built is None:
        return None
    fts_model = get_app_config().get_model("SQLiteFTSIndexEntry")
    sql_compiler = fts_model.objects.none().query.get_compiler(using="default")
    _template, (text,) = MatchExpression(columns, built).as_sql(sql_compiler, connection)
    return text


def _sqlite_statement(parsed, groups: list[list[str]]) -> Statement | None:
    fts = connection.ops.quote_name(
        get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
    )
    parts = []
    if parsed is not MATCH_ALL:
        text = _sqlite_match_text(parsed, False, ["title", "body"])
        if text is None:
            return None
        parts.append(text)
    # Filter tokens are indexed in the body column (modelsearch puts every field but the
    # title there).
    parts += ["{body} : (" + " OR ".join(group) + ")" for group in groups]
    index = connection.ops.quote_name(_index_table())
    return Statement(
        source=f"{fts} JOIN {index} ON {index}.id = {fts}.rowid",
        entry_id=f"CAST({index}.object_id AS INTEGER)",
        match=f"{fts} MATCH %s AND {index}.content_type_id = %s",
        match_params=[" AND ".join(f"({part})" for part in parts), _content_type_id()],
        # Newest index rows first: FTS5 walks its document lists backwards without sorting.
        order=f"ORDER BY {fts}.rowid DESC",
        # Not bm25(): see search.backends.ranking.
        ranked_by_text=ranking.terms_of(parsed) if parsed is not MATCH_ALL else (),
    )


def _sqlite_titles_statement(parsed, groups: list[list[str]]) -> Statement | None:
    """Word prefixes on :data:`TITLES_TABLE` (see there why it exists)."""
    if parsed is MATCH_ALL:
        return None
    text = _sqlite_match_text(parsed, True, ["title"])
    if text is None:
        return None
    parts = [text, *("{tokens} : (" + " OR ".join(group) + ")" for group in groups)]
    return Statement(
        source=TITLES_TABLE,
        entry_id=f"{TITLES_TABLE}.rowid",
        match=f"{TITLES_TABLE} MATCH %s",
        match_params=[" AND ".join(f"({part})" for part in parts)],
        score=f"-bm25({TITLES_TABLE}, 1.0, 0.0)",
        order=f"ORDER BY {TITLES_TABLE}.rowid DESC",
    )


def _postgres_statement(parsed, groups: list[list[str]], autocomplete: bool) -> Statement | None:
    from modelsearch.backends.database.postgres.postgres import PostgresAutocompleteQueryCompiler

    from search.backends.postgres_text import MultilingualQueryCompiler, querying_engine

    index = connection.ops.quote_name(_index_table())
    filters_sql, filters_params = "", []
    if groups:
        # Filter tokens are numwords, which no configuration stems.
        filters_sql = "to_tsquery('simple', %s)"
        filters_params = [" & ".join("(" + " | ".join(group) + ")" for group in groups)]
    text_sql, text_params = "", []
    if parsed is not MATCH_ALL:
        if autocomplete:
            query_compiler = PostgresAutocompleteQueryCompiler(SearchEntry.objects.none(), parsed)
            config = querying_engine().autocomplete_config
            tsquery = query_compiler.build_tsquery(parsed, config=config)
        else:
            query_compiler = MultilingualQueryCompiler(SearchEntry.objects.none(), parsed)
            tsquery = query_compiler.build_tsquery(parsed)
        if tsquery is None:
            return None
        sql_compiler = SearchEntry.objects.none().query.get_compiler(using="default")
        text_sql, text_params = tsquery.resolve_expression(sql_compiler.query).as_sql(
            sql_compiler, connection
        )
        text_params = list(text_params)
    if autocomplete:
        # Titles of the titled kinds only, with their filter tokens (:func:`_autocomplete_text`):
        # prefixes and filters in one condition on one small GIN index.
        both = " && ".join(part for part in (f"({text_sql})", filters_sql) if part)
        conditions = [f"autocomplete @@ ({both})"]
        params = [*text_params, *filters_params]
        score, score_params = f"ts_rank(matched.autocomplete, ({text_sql}))", text_params
    else:
        # The body vector holds the title and the filter tokens too, so the words and the
        # filters are one query on one GIN index, which intersects them itself.
        both = " && ".join(
            part for part in (f"({text_sql})" if text_sql else "", filters_sql) if part
        )
        conditions = [f"body @@ ({both})"]
        params = [*text_params, *filters_params]
        score, score_params = "0.0", []
        if text_sql:
            score = (
                f"({TITLE_WEIGHT} * ts_rank(matched.title, ({text_sql}))"
                f" + ts_rank(matched.body, ({text_sql})))"
            )
            score_params = [*text_params, *text_params]
    # No ORDER BY: the caller ranks the window itself, so the server can stop at the
    # ``limit``-th visible match instead of reading every match to sort them (0.7 s for a
    # common word among 1.1 million rows).
    return Statement(
        source=f"{index} AS matched",
        entry_id="CAST(matched.object_id AS INTEGER)",
        match=" AND ".join(f"matched.{condition}" for condition in conditions)
        + " AND matched.content_type_id = %s",
        match_params=[*params, _content_type_id()],
        score=score,
        score_params=score_params,
    )


def write(entries: Sequence[SearchEntry]) -> None:
    """Write (or overwrite) the full-text rows of ``entries``, whose text is already folded to
    lower case, with one statement per batch: modelsearch's indexer prepares every field of an
    entry three times over in Python (for the title, the body and the prefixes), which was half
    the time of a rebuild on SQLite and held PostgreSQL to ~800 documents a second. The rows
    are those it writes, but for what differs by database:

    - SQLite: one language-independent FTS5 table, kept by modelsearch's triggers on its index
      rows; the body is the text, the section and the filter tokens; word prefixes are matched
      on :data:`TITLES_TABLE`, so modelsearch's prefix column stays empty.
    - PostgreSQL: every vector is computed in the server with the text configuration of each
      entry's language (title weight A, the searchable fields B, prefixes with ``simple``); the
      body vector repeats the title and carries the filter tokens, so that a search is one query
      on one GIN index (:func:`_postgres_statement`); there are no plain-text copies for trigram
      search, which nothing here uses."""
    if not entries:
        return
    if connection.vendor != "postgresql":
        _write_sqlite(entries)
        return

    from search.backends.postgres_text import querying_engine, text_search_config

    index = connection.ops.quote_name(_index_table())
    autocomplete_config = querying_engine().autocomplete_config
    sql = (
        f"INSERT INTO {index} (content_type_id, object_id, title, autocomplete, body,"  # noqa: S608
        " title_norm, title_text, body_text)"
        " SELECT %s, row.id, setweight(to_tsvector(row.config::regconfig, row.title), 'A'),"
        " setweight(to_tsvector(%s::regconfig, row.autocomplete), 'D'),"
        " setweight(to_tsvector(row.config::regconfig, row.body), 'B'), 1.0, '', ''"
        " FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[], %s::text[])"
        " AS row(id, config, title, body, autocomplete)"
        " ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title,"
        " autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body"
    )
    params = [
        _content_type_id(),
        autocomplete_config,
        [str(entry.pk) for entry in entries],
        [text_search_config(entry.language) for entry in entries],
        [entry.title for entry in entries],
        [f"{entry.title} {entry.body} {entry.section} {entry.filter_tokens}" for entry in entries],
        [_autocomplete_text(entry) for entry in entries],
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _write_sqlite(entries: Sequence[SearchEntry]) -> None:
    index = connection.ops.quote_name(_index_table())
    content_type = _content_type_id()
    rows, titles = [], []
    for entry in entries:
        tokens = entry.filter_tokens
        rows.append(
            (content_type, str(entry.pk), entry.title, f"{entry.body} {entry.section} {tokens}")
        )
        if _has_prefixes(entry):
            titles.append((entry.pk, entry.title, tokens))
    forget([entry.pk for entry in entries])
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {index} (content_type_id, object_id, title, body, autocomplete,"  # noqa: S608
            " title_norm) VALUES (%s, %s, %s, %s, '', 1.0) ON CONFLICT (content_type_id,"
            " object_id) DO UPDATE SET title = excluded.title, body = excluded.body,"
            " autocomplete = excluded.autocomplete",
            rows,
        )
        insert_titles(cursor, titles)


def insert_titles(cursor, rows: list[tuple[int, str, str]]) -> None:
    """Add ``(entry id, folded title, filter tokens)`` rows to :data:`TITLES_TABLE`."""
    if rows:
        cursor.executemany(
            f"INSERT INTO {TITLES_TABLE} (rowid, title, tokens) VALUES (%s, %s, %s)",  # noqa: S608
            rows,
        )


def forget(entry_ids: Sequence[int]) -> None:
    """Remove what only this module writes for these entries (SQLite's titles; modelsearch's
    rows are removed with its own delete)."""
    if connection.vendor == "postgresql" or not entry_ids:
        return
    with connection.cursor() as cursor:
        for start in range(0, len(entry_ids), 500):
            chunk = list(entry_ids[start : start + 500])
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {TITLES_TABLE} WHERE rowid IN ({marks})", chunk)  # noqa: S608


def empty_text_tables() -> None:
    """On SQLite, remove the full-text rows of every entry at once: create modelsearch's FTS5
    table again (from its own statement in ``sqlite_master``) with only the rows of the other
    models it indexes (Wagtail's pages, images and documents, read back from their index rows),
    and :data:`TITLES_TABLE` empty. Deleting rows one by one makes FTS5 read and tokenise each
    row again to unindex it: 70 s for 1.1 million. The entries' index rows are deleted after
    this, with nothing left to unindex."""
    if connection.vendor == "postgresql":
        return
    fts = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
    index = connection.ops.quote_name(_index_table())
    with connection.cursor() as cursor:
        for table in (fts, TITLES_TABLE):
            cursor.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", [table]
            )
            (create,) = cursor.fetchone()
            cursor.execute(f"DROP TABLE {connection.ops.quote_name(table)}")
            cursor.execute(create)
        cursor.execute(
            f"INSERT INTO {connection.ops.quote_name(fts)} (rowid, title, body, autocomplete)"  # noqa: S608
            f" SELECT id, title, body, autocomplete FROM {index} WHERE content_type_id <> %s",
            [_content_type_id()],
        )


def tidy_after_rebuild() -> None:
    """On PostgreSQL, vacuum and analyse the entries and their full-text rows after a rebuild
    replaced every one: until then each search also reads the GIN indexes' pending lists (the
    rows written since their last merge) and steps over the replaced rows, and the planner
    judges with the old statistics (bench/search.py: p95 73 ms straight after a rebuild, 60 ms
    once tidied, window 2,000). VACUUM cannot run in a transaction, so inside one (a test)
    this leaves it to autovacuum."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    index = connection.ops.quote_name(_index_table())
    entries = connection.ops.quote_name(SearchEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (ANALYZE) {entries}, {index}")


def _autocomplete_text(entry: SearchEntry) -> str:
    """What word prefixes match: the title and filter tokens of the main document of each kind
    in :data:`TITLED_KINDS`, nothing for the rest, so that suggestions and "did you mean" look up
    one small index in one condition (a post repeats its topic's title)."""
    return f"{entry.title} {entry.filter_tokens}" if _has_prefixes(entry) else ""


def _has_prefixes(entry: SearchEntry) -> bool:
    return entry.kind in TITLED_KINDS and entry.key == entry.object_key
