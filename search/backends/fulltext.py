"""Matching against django-modelsearch's full-text index in one bounded statement.

modelsearch writes the index (``IndexEntry`` rows; SQLite's FTS5 table kept by its triggers,
PostgreSQL's tsvector columns with their GIN indexes) and builds the match expressions from a
parsed query; both are used here unchanged. What is replaced is the shape of the read: modelsearch
selects ``SearchEntry`` rows whose id is ``IN`` every matching index row, ranks each row with a
correlated subquery and, on PostgreSQL, matches ``title || body`` (no index covers it) and joins
on ``id::varchar``. At 100,000 documents that took seconds per query. Here the statement starts
from the full-text index, joins each match to its entry by primary key, applies the audience and
facet filters in the same statement and stops after ``limit`` matches — so the cost of a query is
bounded by ``limit``, whatever the size of the index. The caller ranks, counts facets and pages
within that window (see :class:`search.backends.embedded.EmbeddedBackend`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection
from django.db.models import QuerySet
from modelsearch.conf import get_app_config

from search.models import SearchEntry

TITLE_WEIGHT = 2.0


@dataclass(frozen=True)
class Match:
    """One matching entry: its id, the requested columns and its relevance (higher is better)."""

    id: int
    values: tuple
    score: float


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
    return ", ".join(f"{table}.{connection.ops.quote_name(name)}" for name in ["id", *names])


def _index_table() -> str:
    return get_app_config().get_model("IndexEntry")._meta.db_table


def _content_type_id() -> int:
    return ContentType.objects.get_for_model(SearchEntry).pk


def matches(
    parsed, entries: QuerySet, columns: list[str], limit: int, autocomplete: bool = False
) -> list[Match]:
    """Up to ``limit`` entries of ``entries`` matching ``parsed`` (a modelsearch query), with
    ``columns`` and a relevance score; ``autocomplete`` matches titles by word prefixes."""
    try:
        where_sql, where_params = _where(entries)
    except EmptyResultSet:
        return []
    if connection.vendor == "postgresql":
        statement = _postgres_statement(parsed, autocomplete)
    else:
        statement = _sqlite_statement(parsed, autocomplete)
    if statement is None:
        return []
    from_sql, match_sql, score_sql, order_sql, match_params, score_params = statement
    index = connection.ops.quote_name(_index_table())
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    # Identifiers come from model metadata and SQL from Django's and modelsearch's compilers;
    # every value is a parameter.
    sql = (
        f"SELECT {_columns(columns)}, {score_sql} "  # noqa: S608
        f"FROM {from_sql} "
        f"JOIN {table} ON {table}.id = CAST({index}.object_id AS INTEGER) "
        f"WHERE {match_sql} AND {index}.content_type_id = %s AND ({where_sql}) "
        f"{order_sql} LIMIT %s"
    )
    params = [*score_params, *match_params, _content_type_id(), *where_params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Match(row[0], tuple(row[1:-1]), float(row[-1] or 0)) for row in cursor.fetchall()]


def _sqlite_statement(parsed, autocomplete: bool):
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchQueryCompiler,
    )

    fts_model = get_app_config().get_model("SQLiteFTSIndexEntry")
    compiler_class = SQLiteAutocompleteQueryCompiler if autocomplete else SQLiteSearchQueryCompiler
    query_compiler = compiler_class(SearchEntry.objects.none(), parsed)
    built = query_compiler.build_search_query(normalize(parsed))
    if built is None:
        return None
    lookup = MatchExpression(query_compiler.FTS_TABLE_FIELDS, built)
    sql_compiler = fts_model.objects.none().query.get_compiler(using="default")
    match_where, match_params = lookup.as_sql(sql_compiler, connection)
    fts = connection.ops.quote_name(fts_model._meta.db_table)
    index = connection.ops.quote_name(_index_table())
    # FTS5 columns are (autocomplete, body, title); bm25() is lower for better matches.
    score = f"-bm25({fts}, 0.0, 1.0, {TITLE_WEIGHT})"
    from_sql = f"{fts} JOIN {index} ON {index}.id = {fts}.rowid"
    # Newest index rows first: FTS5 walks its document lists backwards without sorting.
    return from_sql, match_where, score, f"ORDER BY {fts}.rowid DESC", list(match_params), []


def _postgres_statement(parsed, autocomplete: bool):
    from modelsearch.backends.database.postgres.postgres import PostgresAutocompleteQueryCompiler

    from search.backends.postgres_text import MultilingualQueryCompiler, querying_engine

    engine = querying_engine()
    if autocomplete:
        query_compiler = PostgresAutocompleteQueryCompiler(SearchEntry.objects.none(), parsed)
        tsquery = query_compiler.build_tsquery(parsed, config=engine.autocomplete_config)
    else:
        query_compiler = MultilingualQueryCompiler(SearchEntry.objects.none(), parsed)
        tsquery = query_compiler.build_tsquery(parsed)
    if tsquery is None:
        return None
    sql_compiler = SearchEntry.objects.none().query.get_compiler(using="default")
    query_sql, query_params = tsquery.resolve_expression(sql_compiler.query).as_sql(
        sql_compiler, connection
    )
    index = connection.ops.quote_name(_index_table())
    if autocomplete:
        match = f"{index}.autocomplete @@ ({query_sql})"
        score = f"ts_rank({index}.autocomplete, ({query_sql}))"
        params, score_params = list(query_params), list(query_params)
    else:
        # Title and body each have a GIN index, so the OR of the two is an index scan.
        match = f"({index}.title @@ ({query_sql}) OR {index}.body @@ ({query_sql}))"
        score = (
            f"({TITLE_WEIGHT} * ts_rank({index}.title, ({query_sql}))"
            f" + ts_rank({index}.body, ({query_sql})))"
        )
        params, score_params = [*query_params, *query_params], [*query_params, *query_params]
    return index, match, score, "", params, score_params


def indexing_engine(language: str):
    """modelsearch's backend for this database, writing with ``language``'s text configuration
    on PostgreSQL."""
    if connection.vendor == "postgresql":
        from search.backends.postgres_text import text_search_config

        return _engine_class("postgresql")({"SEARCH_CONFIG": text_search_config(language)})
    return _engine_class("sqlite")({})


@cache
def _engine_class(vendor: str):
    """modelsearch's backend class with its per-write title-length refresh left out: that is a
    pass over the whole index after every batch (a rebuild became quadratic), and ranking here
    uses BM25's and ``ts_rank``'s own length handling, not modelsearch's title norms."""
    if vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import (
            PostgresIndex as Index,
        )
        from modelsearch.backends.database.postgres.postgres import (
            PostgresSearchBackend as Backend,
        )
    else:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex as Index
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend as Backend

    class IndexWithoutNorms(Index):
        def _refresh_title_norms(self, full=False):
            return None

    return type(f"Bounded{Backend.__name__}", (Backend,), {"index_class": IndexWithoutNorms})
