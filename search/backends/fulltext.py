"""Matching against django-modelsearch's full-text index in one bounded statement.

modelsearch builds the match expressions from a parsed query, and on SQLite writes the index
(``IndexEntry`` rows and the FTS5 table its triggers keep); both are used unchanged. What is
replaced is the shape of the read: modelsearch selects ``SearchEntry`` rows whose id is ``IN``
every matching index row, ranks each row with a correlated subquery and, on PostgreSQL, matches
``title || body`` (no index covers it) and joins on ``id::varchar``. At 100,000 documents that
took seconds per query. Here the statement starts from the full-text index, with the searcher's
audiences and the ticked filters as words of the same match (:func:`search.models.filter_token`),
joins each match to its entry by primary key and stops after ``limit`` matches — on SQLite the
newest (FTS5 reads its document lists backwards for free), on PostgreSQL the first the server
finds — so the cost of a query is bounded by ``limit``, whatever the size of the index. The
caller ranks, counts facets and pages within that window
(:class:`search.backends.embedded.EmbeddedBackend`). PostgreSQL rows are written by
:func:`write` (see there why).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection
from django.db.models import QuerySet
from modelsearch.conf import get_app_config
from modelsearch.query import MATCH_ALL

from search.models import SearchEntry

TITLE_WEIGHT = 2.0


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
) -> list[Match]:
    """Up to ``limit`` entries of ``entries`` matching ``parsed`` (a modelsearch query, or
    ``MATCH_ALL``) and, in the same full-text match, at least one filter token of each group of
    ``required`` (see :func:`search.models.filter_token`), with ``columns`` and a relevance
    score; ``autocomplete`` matches titles by word prefixes."""
    try:
        where_sql, where_params = _where(entries)
    except EmptyResultSet:
        return []
    groups = [sorted(set(group)) for group in required]
    if any(not group for group in groups) or (parsed is MATCH_ALL and not groups):
        return []
    if connection.vendor == "postgresql":
        statement = _postgres_statement(parsed, groups, autocomplete, limit)
    else:
        statement = _sqlite_statement(parsed, groups, autocomplete)
    if statement is None:
        return []
    alias, from_sql, from_params, match_sql, match_params, score_sql, score_params, order_sql = (
        statement
    )
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    # Identifiers come from model metadata and SQL from Django's and modelsearch's compilers;
    # every value is a parameter.
    sql = (
        f"SELECT {_columns(['id'])}, {score_sql}, {_columns(columns) or 'NULL'} "  # noqa: S608
        f"FROM {from_sql} "
        f"JOIN {table} ON {table}.id = CAST({alias}.object_id AS INTEGER) "
        f"WHERE {match_sql} AND {alias}.content_type_id = %s AND ({where_sql}) "
        f"{order_sql} LIMIT %s"
    )
    params = [
        *score_params,
        *from_params,
        *match_params,
        _content_type_id(),
        *where_params,
        limit,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _sqlite_statement(parsed, groups: list[list[str]], autocomplete: bool):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchQueryCompiler,
    )

    fts_model = get_app_config().get_model("SQLiteFTSIndexEntry")
    fts = connection.ops.quote_name(fts_model._meta.db_table)
    parts = []
    if parsed is not MATCH_ALL:
        compiler_class = (
            SQLiteAutocompleteQueryCompiler if autocomplete else SQLiteSearchQueryCompiler
        )
        query_compiler = compiler_class(SearchEntry.objects.none(), parsed)
        built = query_compiler.build_search_query(normalize(parsed))
        if built is None:
            return None
        lookup = MatchExpression(query_compiler.FTS_TABLE_FIELDS, built)
        sql_compiler = fts_model.objects.none().query.get_compiler(using="default")
        _template, (text_match,) = lookup.as_sql(sql_compiler, connection)
        parts.append(text_match)
    # Filter tokens are indexed in the body column (modelsearch puts every field but the
    # title there).
    parts += ["{body} : (" + " OR ".join(group) + ")" for group in groups]
    # FTS5 columns are (autocomplete, body, title); bm25() is lower for better matches.
    score = f"-bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT})" if parsed is not MATCH_ALL else "0.0"
    index = connection.ops.quote_name(_index_table())
    from_sql = f"{fts} JOIN {index} ON {index}.id = {fts}.rowid"
    match = " AND ".join(f"({part})" for part in parts)
    # Newest index rows first: FTS5 walks its document lists backwards without sorting.
    order = f"ORDER BY {fts}.rowid DESC"
    return index, from_sql, [], f"{fts} MATCH %s", [match], score, [], order


def _postgres_statement(parsed, groups: list[list[str]], autocomplete: bool, limit: int):
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
        conditions = [f"{index}.autocomplete @@ ({text_sql})"]
        params = list(text_params)
        if filters_sql:
            conditions.append(f"{index}.body @@ {filters_sql}")
            params += filters_params
        score, score_params = f"ts_rank(matched.autocomplete, ({text_sql}))", text_params
    else:
        # The body vector holds the title and the filter tokens too, so the words and the
        # filters are one query on one GIN index, which intersects them itself.
        both = " && ".join(
            part for part in (f"({text_sql})" if text_sql else "", filters_sql) if part
        )
        conditions = [f"{index}.body @@ ({both})"]
        params = [*text_params, *filters_params]
        score, score_params = "0.0", []
        if text_sql:
            score = (
                f"({TITLE_WEIGHT} * ts_rank(matched.title, ({text_sql}))"
                f" + ts_rank(matched.body, ({text_sql})))"
            )
            score_params = [*text_params, *text_params]
    # The window is chosen from the index table alone, before anything is joined or ranked, and
    # in the order the server finds the matches: sorting them by age first meant reading every
    # match from the table (0.7 s for a common word among 1.1 million rows).
    from_sql = (
        f"(SELECT id, object_id, content_type_id, title, body, autocomplete FROM {index}"  # noqa: S608
        f" WHERE {' AND '.join(conditions)} AND content_type_id = %s"
        f" LIMIT %s) AS matched"
    )
    from_params = [*params, _content_type_id(), limit]
    order = "ORDER BY matched.id DESC"
    return "matched", from_sql, from_params, "TRUE", [], score, score_params, order


def write(entries: Sequence[SearchEntry]) -> None:
    """Write (or overwrite) the full-text rows of ``entries``, whose text is already folded to
    lower case. SQLite: modelsearch's own indexer, one language-independent FTS5 table. PostgreSQL:
    one statement per batch computing every vector in the server with the text configuration
    of each entry's language — modelsearch's indexer builds and compiles three expressions per
    entry in Python, which held a rebuild to ~800 documents a second. The vectors written are
    those it writes (title weight A, the searchable fields B, autocomplete with ``simple``) but
    for two things: the body vector repeats the title and carries the filter tokens, so that a
    search is one query on one GIN index (:func:`_postgres_statement`), and there are no
    plain-text copies for trigram search, which nothing here uses."""
    if not entries:
        return
    if connection.vendor != "postgresql":
        _sqlite_engine().add_bulk(SearchEntry, list(entries))
        return

    from search.backends.postgres_text import querying_engine, text_search_config

    index = connection.ops.quote_name(_index_table())
    autocomplete_config = querying_engine().autocomplete_config
    sql = (
        f"INSERT INTO {index} (content_type_id, object_id, title, autocomplete, body,"  # noqa: S608
        " title_norm, title_text, body_text)"
        " SELECT %s, row.id, setweight(to_tsvector(row.config::regconfig, row.title), 'A'),"
        " setweight(to_tsvector(%s::regconfig, row.title), 'D'),"
        " setweight(to_tsvector(row.config::regconfig, row.body), 'B'), 1.0, '', ''"
        " FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[])"
        " AS row(id, config, title, body)"
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
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


@cache
def _sqlite_engine():
    """modelsearch's SQLite backend without its per-write title-length refresh: that is a pass
    over the whole index after every batch (a rebuild became quadratic), and ranking here uses
    BM25's own length normalisation, not modelsearch's title norms."""
    from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend

    class IndexWithoutNorms(SQLiteIndex):
        def _refresh_title_norms(self, full=False):
            return None

    class Engine(SQLiteSearchBackend):
        index_class = IndexWithoutNorms

    return Engine({})
