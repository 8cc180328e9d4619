"""The Elasticsearch backend: queries with elasticsearch-dsl, one aliased index per site.

Analysers and mapping live in ``es_mapping``; queries, facets, highlighting and spelling in
``es_queries``; the alias, the concrete indices behind it and the zero-downtime rebuild in
``es_indices``. Any failure to reach or use the server raises :class:`SearchUnavailable` (never
an elasticsearch exception), so the caller can fall back to the embedded backend or retry later.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError
from elasticsearch.helpers import BulkIndexError, bulk
from elasticsearch_dsl import Q, Search

from search.backends import es_queries
from search.backends.base import (
    DocumentRejected,
    Hit,
    Progress,
    SearchBackend,
    SearchDocument,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
)
from search.backends.es_indices import AliasedIndex
from search.backends.es_mapping import (
    AUDIENCE_CONTEXT,
    BODY_FIELDS,
    LANGUAGE_ANALYSERS,
    from_source,
    text_fields,
    to_source,
)

logger = logging.getLogger(__name__)

MAX_PER_PAGE = 100
#: Taxonomy that makes two items related even when their texts differ.
RELATED_FIELDS = ("theme", "stage", "target_group", "actor_type")
MAX_RESULT_WINDOW = 10_000
#: Stored copies that only serve matching; hits are rebuilt from the rest of ``_source``.
MATCHING_ONLY_FIELDS = ["suggest"] + [
    f"{part}_{code}" for code in LANGUAGE_ANALYSERS for part in ("title", "body")
]


@contextmanager
def server_errors(action: str) -> Iterator[None]:
    """Turn every client error into SearchUnavailable (DocumentRejected when the server refused
    documents of a bulk request), logged once here."""
    try:
        yield
    except BulkIndexError as error:
        logger.warning("Elasticsearch %s refused documents: %s", action, error)
        raise DocumentRejected(f"Elasticsearch {action} refused documents") from error
    except (ApiError, TransportError) as error:
        logger.warning("Elasticsearch %s failed: %s", action, error)
        raise SearchUnavailable(f"Elasticsearch {action} failed") from error


def public_address(url: str) -> str:
    """The server address without credentials, for reports and logs."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")


class ElasticsearchBackend(SearchBackend):
    """Search on an Elasticsearch 8 server (or a compatible one) at ``url``.

    ``client`` replaces the client built from ``url``, e.g. one with another transport.
    """

    name = "elasticsearch"

    def __init__(
        self,
        url: str,
        index_prefix: str = "exchange",
        *,
        client: Elasticsearch | None = None,
        timeout: float = 5.0,
    ) -> None:
        self.address = public_address(url)
        self.alias = f"{index_prefix}-documents"
        self.client = client or Elasticsearch(
            url, request_timeout=timeout, max_retries=1, retry_on_timeout=False
        )
        self._indices = AliasedIndex(self.client, self.alias)

    # Reading

    def search(self, query: SearchQuery) -> SearchResults:
        per_page = max(1, min(query.per_page, MAX_PER_PAGE))
        page = max(1, query.page)
        plain_text = es_queries.plain_words(query.text)
        search = self._results_search(query, (page - 1) * per_page, per_page)
        with server_errors("search"):
            try:
                response = search.execute().to_dict()
            except NotFoundError:
                response = {"hits": {"hits": [], "total": {"value": 0}}}
            total = response["hits"]["total"]["value"]
            suggestion = ""
            if not total:
                candidates = es_queries.spelling_candidates(response.get("suggest", {}), plain_text)
                suggestion = self._visible_correction(candidates, query)
        return SearchResults(
            hits=[self._hit(hit, bool(plain_text)) for hit in response["hits"]["hits"]],
            total=total,
            facets=es_queries.facet_counts(response["aggregations"]) if total else {},
            page=page,
            per_page=per_page,
            suggestion=suggestion,
        )

    def _results_search(self, query: SearchQuery, start: int, size: int) -> Search:
        """One request for a page of hits, the total, every facet, snippets and spellings."""
        plain_text = es_queries.plain_words(query.text)
        search = (
            self._search()
            .query(
                "bool",
                must=[es_queries.text_query(query.text.strip(), text_fields(query.language))],
                filter=[
                    es_queries.audience_filter(query.audiences),
                    *es_queries.facet_filters(query.filters),
                ],
            )
            .sort(*es_queries.sort_order(query.sort))
            .source(excludes=MATCHING_ONLY_FIELDS)
            .extra(
                from_=min(start, MAX_RESULT_WINDOW),
                size=max(0, min(size, MAX_RESULT_WINDOW - start)),
                track_total_hits=True,
                track_scores=True,
            )
        )
        search = es_queries.with_facets(search)
        if plain_text:
            search = es_queries.highlight(search, BODY_FIELDS)
            search = es_queries.spelling_suggesters(search, plain_text)
        return search

    def suggest(self, prefix: str, audiences: frozenset[str], limit: int = 8) -> list[str]:
        prefix = prefix.strip()[: es_queries.MAX_TEXT]
        if not prefix or not audiences or limit < 1:
            return []
        search = (
            self._search()
            .extra(size=0)
            .source(["title"])
            .suggest(
                "titles",
                prefix,
                completion={
                    "field": "suggest",
                    "size": limit * 2,
                    "skip_duplicates": True,
                    "contexts": {AUDIENCE_CONTEXT: sorted(audiences)},
                },
            )
        )
        with server_errors("suggest"):
            try:
                response = search.execute().to_dict()
            except NotFoundError:
                return []
        titles: list[str] = []
        for entry in response.get("suggest", {}).get("titles", []):
            for option in entry["options"]:
                title = option.get("_source", {}).get("title") or option["text"]
                if title not in titles:
                    titles.append(title)
        return titles[:limit]

    def related(
        self, object_key: str, audiences: frozenset[str], limit: int = 5
    ) -> list[SearchDocument]:
        if not audiences or limit < 1:
            return []
        with server_errors("related"):
            try:
                origin = self._main_document(object_key, audiences)
                if origin is None:
                    return []
                response = self._related_search(origin, audiences, limit).execute().to_dict()
            except NotFoundError:
                return []
        return [from_source(hit["_source"]) for hit in response["hits"]["hits"]]

    def _search(self) -> Search:
        return Search(using=self.client, index=self.alias)

    def _hit(self, hit: dict[str, Any], marked: bool) -> Hit:
        document = from_source(hit["_source"])
        if marked:
            snippet = es_queries.snippet(hit.get("highlight", {}))
        else:
            snippet = html.escape(document.body[: es_queries.SNIPPET_LENGTH])
        return Hit(document=document, score=float(hit.get("_score") or 0.0), snippet=snippet)

    def _visible_correction(self, candidates: list[str], query: SearchQuery) -> str:
        """The first correction that finds documents the searcher may see, with the same filters.

        Suggesters read the whole index, private documents included; counting each candidate
        under the audience filter keeps words only private documents contain from being offered.
        """
        if not candidates:
            return ""
        visible = [
            es_queries.audience_filter(query.audiences),
            *es_queries.facet_filters(query.filters),
        ]
        search = self._search().filter("bool", filter=visible).extra(size=0)
        for number, phrase in enumerate(candidates):
            matches = Q("match", spelling={"query": phrase, "operator": "and"})
            search.aggs.bucket(f"c{number}", "filter", matches)
        counts = search.execute().to_dict()["aggregations"]
        for number, phrase in enumerate(candidates):
            if counts[f"c{number}"]["doc_count"]:
                return phrase
        return ""

    def _main_document(self, object_key: str, audiences: frozenset) -> dict[str, Any] | None:
        """The object's main document, if the audiences may see it: nothing is related to an
        object the searcher cannot see."""
        search = self._search().filter(
            "bool",
            filter=[
                Q("term", object_key=object_key),
                Q("term", main=True),
                es_queries.audience_filter(audiences),
            ],
        )
        search = search.source(
            ["object_key", "kind", "language", "translation_key", *RELATED_FIELDS]
        )
        hits = search.extra(size=1).execute().to_dict()["hits"]["hits"]
        return hits[0] if hits else None

    def _related_search(self, origin: dict[str, Any], audiences: frozenset, limit: int) -> Search:
        """Text like the origin's (``more_like_this``) or shared taxonomy terms, among main
        documents of the same kind and language that the audiences may see, other objects only
        (and not the origin's translations)."""
        source = origin["_source"]
        fields = [field.partition("^")[0] for field in text_fields()]
        similar = [
            Q(
                "more_like_this",
                fields=fields,
                like=[{"_index": origin["_index"], "_id": origin["_id"]}],
                min_term_freq=1,
                min_doc_freq=1,
                max_query_terms=25,
                minimum_should_match="20%",
            )
        ]
        similar += [
            Q("terms", **{field: source[field]}, boost=0.5)
            for field in RELATED_FIELDS
            if source.get(field)
        ]
        exclude = [Q("term", object_key=source["object_key"])]
        if source.get("translation_key"):
            exclude.append(Q("term", translation_key=source["translation_key"]))
        query = Q(
            "bool",
            should=similar,
            minimum_should_match=1,
            filter=[
                es_queries.audience_filter(audiences),
                Q("term", main=True),
                Q("term", kind=source["kind"]),
                Q("term", language=source["language"]),
            ],
            must_not=exclude,
        )
        return self._search().query(query).source(excludes=MATCHING_ONLY_FIELDS).extra(size=limit)

    # Writing

    def index(self, documents: Iterable[SearchDocument]) -> None:
        with server_errors("index"):
            targets = self._indices.write_targets()
            actions = (
                {"_index": target, "_id": document.key, "_source": to_source(document)}
                for document in documents
                for target in targets
            )
            bulk(self.client, actions, refresh="wait_for")

    def replace_object(self, object_key: str, documents: Sequence[SearchDocument]) -> None:
        """Write the object's new documents and delete the ones it no longer has in one bulk
        request (deletions first) with one refresh, so it is never missing from results."""
        with server_errors("index"):
            targets = self._indices.write_targets()
            kept = {document.key for document in documents}
            stale = self._keys_of(object_key, targets) - kept
            actions: list[dict[str, Any]] = [
                {"_op_type": "delete", "_index": target, "_id": key}
                for key in sorted(stale)
                for target in targets
            ]
            actions += [
                {"_index": target, "_id": document.key, "_source": to_source(document)}
                for document in documents
                for target in targets
            ]
            if actions:
                bulk(self.client, actions, refresh="wait_for", ignore_status=(404,))

    def _keys_of(self, object_key: str, targets: list[str]) -> set[str]:
        response = self.client.search(
            index=",".join(targets),
            query={"term": {"object_key": object_key}},
            source=False,
            size=MAX_RESULT_WINDOW,
        )
        return {hit["_id"] for hit in response["hits"]["hits"]}

    def delete_object(self, object_key: str) -> None:
        with server_errors("delete"):
            targets = self._indices.existing_targets()
            if targets:
                self.client.delete_by_query(
                    index=",".join(targets),
                    query={"term": {"object_key": object_key}},
                    refresh=True,
                    conflicts="proceed",
                )

    def rebuild(self, documents: Iterable[SearchDocument], total: int, progress: Progress) -> int:
        """Fill a new index and swap the alias to it atomically (see ``es_indices``);
        ``progress`` is called with the number of documents written so far."""
        with server_errors("rebuild"):
            return self._indices.rebuild(documents, progress)

    # Reporting

    def health(self) -> dict[str, object]:
        with server_errors("health check"):
            cluster = self.client.cluster.health()
            indices = self._indices.indices()
            live = sorted(name for name, aliases in indices.items() if self.alias in aliases)
            documents = self.client.count(index=self.alias)["count"] if live else 0
        return {
            "backend": self.name,
            "reachable": True,
            "server": self.address,
            "cluster_status": cluster["status"],
            "alias": self.alias,
            "index": ", ".join(live),
            "documents": documents,
            "rebuilding": any(
                self._indices.building_alias in aliases for aliases in indices.values()
            ),
        }
