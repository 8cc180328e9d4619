"""PostgreSQL full text with one text search configuration per language.

django-modelsearch's PostgreSQL backend uses one configuration (``SEARCH_CONFIG``) for the whole
index. Here each entry's vectors are built with the configuration of its own language (english,
russian; ``simple`` for Arabic and the rest, see ``SEARCH_TEXT_SEARCH_CONFIGS``), and a query is
parsed with every configuration in use, OR-ed, so that "assessments" finds the English stem and
"оценки" the Russian one in the same ranked query.
"""

from django.conf import settings
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.utils import OR

DEFAULT_CONFIG = "simple"


def text_search_config(language: str) -> str:
    return settings.SEARCH_TEXT_SEARCH_CONFIGS.get(language, DEFAULT_CONFIG)


def configs_in_use() -> list[str]:
    return sorted({DEFAULT_CONFIG, *settings.SEARCH_TEXT_SEARCH_CONFIGS.values()})


class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        queries = [self.build_tsquery_content(query, config=name) for name in configs_in_use()]
        queries = [built for built in queries if built is not None]
        return OR(queries) if queries else None


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    """Queries across every language's configuration; indexing goes through
    :func:`search.backends.fulltext.write`, one configuration per language."""

    query_compiler_class = MultilingualQueryCompiler


def querying_engine() -> MultilingualPostgresSearchBackend:
    return MultilingualPostgresSearchBackend({})
