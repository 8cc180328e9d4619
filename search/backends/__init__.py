"""Search backends: the embedded database backend and the Elasticsearch backend.

Both implement :class:`search.backends.base.SearchBackend`; :func:`get_backend` picks one from
settings (``ELASTICSEARCH_URL`` set → Elasticsearch, otherwise embedded). The embedded index is
kept up to date in every configuration: it is what search falls back to when the server is down.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string

from search.backends.base import SearchBackend
from search.backends.embedded import EmbeddedBackend

EMBEDDED = "embedded"
ELASTICSEARCH = "elasticsearch"


def get_embedded_backend() -> EmbeddedBackend:
    return EmbeddedBackend()


@lru_cache(maxsize=4)
def _elasticsearch_backend(url: str, index_prefix: str) -> SearchBackend:
    """One client per server and prefix, reused across requests."""
    from search.backends.elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend(url, index_prefix)


def get_elasticsearch_backend() -> SearchBackend | None:
    if not settings.ELASTICSEARCH_URL:
        return None
    return _elasticsearch_backend(settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_INDEX_PREFIX)


def get_backend() -> SearchBackend:
    """The backend that answers searches: ``SEARCH_PRIMARY_BACKEND`` when set (a dotted path to a
    callable returning a backend), else Elasticsearch when configured, else the embedded one."""
    if settings.SEARCH_PRIMARY_BACKEND:
        return import_string(settings.SEARCH_PRIMARY_BACKEND)()
    return get_elasticsearch_backend() or get_embedded_backend()


def backend_name(backend: SearchBackend) -> str:
    return backend.name or type(backend).__name__


def indexing_backends() -> dict[str, SearchBackend]:
    """Every backend the index updates go to, by name: the embedded one always, and the primary
    backend when it is another."""
    backends: dict[str, SearchBackend] = {EMBEDDED: get_embedded_backend()}
    if settings.SEARCH_PRIMARY_BACKEND:
        primary = get_backend()
        backends.setdefault(backend_name(primary), primary)
    else:
        elasticsearch = get_elasticsearch_backend()
        if elasticsearch is not None:
            backends[ELASTICSEARCH] = elasticsearch
    return backends


def backend_named(name: str) -> SearchBackend:
    """A configured backend by name (for the management commands); KeyError otherwise."""
    return indexing_backends()[name]
