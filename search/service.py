"""Searching on behalf of a person: the one entry point views use.

Every call carries the person's audiences from the access policy, goes to the configured backend
and, when that backend is unreachable, to the embedded index instead (logged, and flagged
``degraded`` so the page can say so) — never an error page. Whatever comes back is checked
against the policy once more before anyone sees it (:mod:`search.recheck`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TypeVar

from network import policy
from search.backends import backend_name, get_backend, get_embedded_backend
from search.backends.base import (
    FACET_FIELDS,
    SORT_DATE,
    SORT_RELEVANCE,
    SearchBackend,
    SearchDocument,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
)
from search.recheck import allowed_keys

logger = logging.getLogger(__name__)

PER_PAGE = 20
MAX_TEXT_LENGTH = 200
MAX_FILTER_VALUES = 20
MAX_VALUE_LENGTH = 150
SORTS = (SORT_RELEVANCE, SORT_DATE)

T = TypeVar("T")


def _ask(call: Callable[[SearchBackend], T], empty: T) -> tuple[T, bool]:
    """``call`` on the configured backend, else on the embedded one; (answer, degraded)."""
    primary = get_backend()
    try:
        return call(primary), False
    except SearchUnavailable as error:
        logger.warning("Search backend %s unavailable: %s", backend_name(primary), error)
    embedded = get_embedded_backend()
    if type(primary) is not type(embedded):
        try:
            return call(embedded), True
        except SearchUnavailable as error:
            logger.error("The embedded search index is unavailable too: %s", error)
    return empty, True


def clean_filters(filters: dict | None) -> dict[str, tuple[str, ...]]:
    """Only known facet fields, a bounded number of short values each."""
    cleaned = {}
    for name, values in (filters or {}).items():
        if name not in FACET_FIELDS:
            continue
        if isinstance(values, str):
            values = [values]
        kept = [str(v)[:MAX_VALUE_LENGTH] for v in values if v][:MAX_FILTER_VALUES]
        if kept:
            cleaned[name] = tuple(dict.fromkeys(kept))
    return cleaned


def search_for(
    user,
    text: str,
    filters: dict | None = None,
    sort: str = SORT_RELEVANCE,
    page: int = 1,
    language: str = "",
    per_page: int = PER_PAGE,
) -> SearchResults:
    """One page of what ``user`` may find for ``text`` with ``filters``."""
    query = SearchQuery(
        text=(text or "").strip()[:MAX_TEXT_LENGTH],
        audiences=policy.audiences_for(user),
        filters=clean_filters(filters),
        sort=sort if sort in SORTS else SORT_RELEVANCE,
        page=max(1, page),
        per_page=per_page,
        language=language,
    )
    empty = SearchResults(hits=[], total=0, facets={}, page=query.page, per_page=per_page)
    results, degraded = _ask(lambda backend: backend.search(query), empty)
    allowed = allowed_keys(user, [hit.document for hit in results.hits])
    hits = [hit for hit in results.hits if hit.document.key in allowed]
    dropped = len(results.hits) - len(hits)
    if dropped:
        logger.warning("Search dropped %s hit(s) the access policy refuses", dropped)
    return dataclasses.replace(
        results,
        hits=hits,
        total=max(results.total - dropped, len(hits)),
        degraded=degraded or results.degraded,
    )


def suggestions_for(user, prefix: str, limit: int = 8) -> list[str]:
    """Titles completing ``prefix`` among what ``user`` may see."""
    prefix = (prefix or "").strip()[:MAX_TEXT_LENGTH]
    if not prefix:
        return []
    audiences = policy.audiences_for(user)
    titles, _degraded = _ask(lambda backend: backend.suggest(prefix, audiences, limit), [])
    return titles


def related_for(user, object_key: str, limit: int = 3, kind: str = "") -> list[SearchDocument]:
    """Items like ``object_key`` that ``user`` may see (of ``kind`` when given)."""
    audiences = policy.audiences_for(user)
    found, _degraded = _ask(lambda backend: backend.related(object_key, audiences, limit * 2), [])
    if kind:
        found = [document for document in found if document.kind == kind]
    allowed = allowed_keys(user, found)
    return [document for document in found if document.key in allowed][:limit]
