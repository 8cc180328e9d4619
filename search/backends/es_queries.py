"""The query DSL the Elasticsearch backend sends, as plain functions of a :class:`SearchQuery`.

Access comes first: :func:`audience_filter` is a filter in the *query* of every request (never a
``post_filter``, which aggregations and suggesters do not see), so hits, totals, facet counts,
highlights, suggestions and related items are all computed over what the searcher may see. The
facet values a searcher picks are filters of the query too: as ``SearchResults`` promises, totals
and facet counts cover every match with all the picked filters applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from elasticsearch_dsl import Q, Search
from elasticsearch_dsl.query import Query

from search.backends.base import FACET_FIELDS, SORT_DATE, FacetCount

_PHRASE = re.compile(r'"([^"]+)"')
#: The language-neutral fields: prefix matching runs on these.
NEUTRAL_FIELDS = ["title^3", "body"]
HIGHLIGHT_TAGS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]}
SNIPPET_LENGTH = 180
FACET_SIZE = 100
MAX_TEXT = 500


def audience_filter(audiences: Iterable[str]) -> Query:
    """Documents one of whose audiences the searcher has; none at all for no audiences."""
    return Q("terms", audiences=sorted(audiences))


def plain_words(text: str) -> str:
    """The query's words without quotes or extra spaces, for spelling and snippets."""
    return " ".join(text[:MAX_TEXT].replace('"', " ").split())


def text_query(text: str, fields: list[str]) -> Query:
    """Quoted phrases must all match; the other words must all match as typed or stemmed (the
    last one also as a prefix). Empty text matches everything.

    Typos get a "did you mean", not fuzzy matching: fuzziness conflates words of this domain
    that are a letter or two apart (mentoring and monitoring) and would fill results with them.
    """
    text = text[:MAX_TEXT]
    phrases = [phrase.strip() for phrase in _PHRASE.findall(text) if phrase.strip()]
    words = _PHRASE.sub(" ", text).replace('"', " ").strip()
    must = [Q("multi_match", query=phrase, type="phrase", fields=fields) for phrase in phrases]
    if words:
        must.append(Q("bool", should=words_as_typed(words, fields), minimum_should_match=1))
    return Q("bool", must=must) if must else Q("match_all")


def words_as_typed(words: str, fields: list[str]) -> list[Query]:
    """Every word found as typed or stemmed, or the last one as a prefix."""
    return [
        Q("multi_match", query=words, type="cross_fields", operator="and", fields=fields),
        Q(
            "multi_match",
            query=words,
            type="bool_prefix",
            fields=NEUTRAL_FIELDS,
            operator="and",
            boost=0.5,
        ),
    ]


def facet_values(field: str, values: Sequence[str]) -> list[Any]:
    """The stored form of picked values; a year that is not a number matches nothing."""
    if field != "year":
        return list(values)
    return [int(value) for value in values if str(value).strip().isdigit()]


def facet_filters(filters: Mapping[str, Sequence[str]]) -> list[Query]:
    """One any-of filter per facet the searcher picked values in; unknown facets are ignored."""
    return [
        Q("terms", **{field: facet_values(field, values)})
        for field, values in filters.items()
        if field in FACET_FIELDS and values
    ]


def with_facets(search: Search) -> Search:
    """Count the values of every facet over the whole query (all its filters applied)."""
    for field in FACET_FIELDS:
        search.aggs.bucket(field, "terms", field=field, size=FACET_SIZE, min_doc_count=1)
    return search


def facet_counts(aggregations: Mapping[str, Any]) -> dict[str, list[FacetCount]]:
    """Every facet, each value with its count, in the server's order (most documents first)."""
    return {
        field: [
            FacetCount(value=str(bucket["key"]), count=bucket["doc_count"])
            for bucket in aggregations.get(field, {}).get("buckets", [])
        ]
        for field in FACET_FIELDS
    }


def sort_order(sort: str) -> list[Any]:
    """Newest first for date order; otherwise by score, newest first among equals."""
    newest = {"date": {"order": "desc", "missing": "_last"}}
    if sort == SORT_DATE:
        return [newest, "_score", {"key": "asc"}]
    return ["_score", newest, {"key": "asc"}]


def highlight(search: Search, body_fields: Sequence[str]) -> Search:
    """Mark matches in the bodies; the server HTML-escapes the text before marking it."""
    search = search.highlight_options(encoder="html", **HIGHLIGHT_TAGS)
    return search.highlight(
        *body_fields,
        fragment_size=SNIPPET_LENGTH,
        number_of_fragments=1,
        no_match_size=SNIPPET_LENGTH,
    )


def snippet(highlights: Mapping[str, Sequence[str]]) -> str:
    """A body fragment with a match if there is one, else the body's opening, else nothing."""
    fragments = [
        fragment
        for name, values in highlights.items()
        if name.startswith("body")
        for fragment in values
    ]
    marked = [fragment for fragment in fragments if "<mark>" in fragment]
    return (marked or fragments or [""])[0]


def spelling_suggesters(search: Search, text: str) -> Search:
    """Ask for corrections both ways: whole phrases, and word by word."""
    search = search.suggest(
        "phrase",
        text,
        phrase={
            "field": "spelling",
            "size": 3,
            "max_errors": 2,
            "direct_generator": [{"field": "spelling", "suggest_mode": "always"}],
        },
    )
    return search.suggest("words", text, term={"field": "spelling", "suggest_mode": "missing"})


def spelling_candidates(suggest: Mapping[str, Any], text: str) -> list[str]:
    """Corrections to try, best first: the phrase suggester's, then the word-by-word one."""
    if not text:
        return []
    candidates = [
        option["text"] for entry in suggest.get("phrase", []) for option in entry["options"]
    ]
    words = suggest.get("words", [])
    if any(entry["options"] for entry in words):
        candidates.append(_corrected_word_by_word(words, text))
    seen = {text.lower()}
    unique = []
    for candidate in (candidate.strip() for candidate in candidates):
        if candidate.lower() not in seen:
            seen.add(candidate.lower())
            unique.append(candidate)
    return unique


def _corrected_word_by_word(entries: Sequence[Mapping[str, Any]], text: str) -> str:
    """``text`` with each word the term suggester knows a better spelling for replaced."""
    pieces, end = [], 0
    for entry in entries:
        start = entry["offset"]
        stop = start + entry["length"]
        options = entry["options"]
        pieces += [text[end:start], options[0]["text"] if options else text[start:stop]]
        end = stop
    pieces.append(text[end:])
    return "".join(pieces)
