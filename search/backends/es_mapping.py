"""How a :class:`SearchDocument` is stored in Elasticsearch: analysers, mapping and source.

Languages get one field per analyser in a single index rather than one index per language: a
text is analysed once by the analyser of its own language (``title_en``/``body_en`` with
``english``, ``_ar`` with ``arabic``, ``_ru`` with ``russian``), and every text is also kept in
the language-neutral ``title``/``body`` fields (standard tokenizer, lowercase, ASCII folding) that
serve prefix matching, spelling ("did you mean") and the languages without an analyser of their
own. A query runs against all of these fields at once, each analysing it with its own
analyser, so an Arabic or Russian query finds content in that language whatever the interface
language, while facets, totals, the audience filter and aliases stay those of one index.
"""

from __future__ import annotations

import datetime
from typing import Any

from elasticsearch_dsl import (
    Boolean,
    Completion,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    MetaField,
    Text,
    analyzer,
)

from search.backends.base import SearchDocument

#: Interface and content languages with an analyser of their own; others use the default fields.
LANGUAGE_ANALYSERS = {
    "en": analyzer("exchange_english", type="english"),
    "ar": analyzer("exchange_arabic", type="arabic"),
    "ru": analyzer("exchange_russian", type="russian"),
}
DEFAULT_ANALYSER = analyzer(
    "exchange_default", tokenizer="standard", filter=["lowercase", "asciifolding"]
)
#: Spelling suggestions are indexed terms shown to people: lowercase, accents kept.
SPELLING_ANALYSER = analyzer("exchange_spelling", tokenizer="standard", filter=["lowercase"])

#: Where a snippet can come from: the neutral body and each language's.
BODY_FIELDS = ["body"] + [f"body_{code}" for code in LANGUAGE_ANALYSERS]
TAXONOMY_FIELDS = (
    "theme",
    "stage",
    "actor_type",
    "target_group",
    "country",
    "region",
    "evaluation_type",
)
AUDIENCE_CONTEXT = "audience"
#: Titles are offered for completion from each of their first few words.
COMPLETION_WORDS = 8


def text_fields(language: str = "") -> list[str]:
    """Every full-text field, titles boosted; the interface language's own fields a little more."""
    fields = ["title^3", "body"]
    for code in LANGUAGE_ANALYSERS:
        boost = 1.2 if code == language else 1.0
        fields += [f"title_{code}^{3 * boost:g}", f"body_{code}^{boost:g}"]
    return fields


class IndexedDocument(Document):
    """The stored form of one SearchDocument; ``_id`` is its ``key``."""

    key = Keyword()
    object_key = Keyword()
    main = Boolean()
    kind = Keyword()
    url = Keyword(index=False)
    language = Keyword()
    audiences = Keyword()
    date = Date()
    year = Integer()
    section = Keyword()
    theme = Keyword()
    stage = Keyword()
    actor_type = Keyword()
    target_group = Keyword()
    country = Keyword()
    region = Keyword()
    evaluation_type = Keyword()
    translations = Keyword()
    translation_key = Keyword()

    title = Text(analyzer=DEFAULT_ANALYSER, copy_to="spelling")
    body = Text(analyzer=DEFAULT_ANALYSER, copy_to="spelling")
    title_en = Text(analyzer=LANGUAGE_ANALYSERS["en"])
    body_en = Text(analyzer=LANGUAGE_ANALYSERS["en"])
    title_ar = Text(analyzer=LANGUAGE_ANALYSERS["ar"])
    body_ar = Text(analyzer=LANGUAGE_ANALYSERS["ar"])
    title_ru = Text(analyzer=LANGUAGE_ANALYSERS["ru"])
    body_ru = Text(analyzer=LANGUAGE_ANALYSERS["ru"])
    spelling = Text(analyzer=SPELLING_ANALYSER)
    suggest = Completion(
        analyzer=DEFAULT_ANALYSER,
        contexts=[{"name": AUDIENCE_CONTEXT, "type": "category"}],
    )

    class Meta:
        dynamic = MetaField("strict")


def index_definition(name: str, aliases: tuple[str, ...] = ()) -> Index:
    """A new concrete index: one shard (small corpus, fast aggregations), analysers, mapping."""
    index = Index(name)
    index.settings(
        number_of_shards=1,
        auto_expand_replicas="0-1",
        max_result_window=10_000,
    )
    index.aliases(**{alias: {} for alias in aliases})
    index.document(IndexedDocument)
    return index


def to_source(document: SearchDocument) -> dict[str, Any]:
    """The ``_source`` of one document, with the language fields filled for its language only."""
    source: dict[str, Any] = {
        "key": document.key,
        "object_key": document.object_key,
        "main": not document.section,
        "kind": document.kind,
        "title": document.title,
        "body": document.body,
        "url": document.url,
        "language": document.language,
        "audiences": list(document.audiences),
        "date": document.date.isoformat() if document.date else None,
        "year": document.year,
        "section": document.section,
        "translations": list(document.translations),
        "translation_key": document.translation_key,
    }
    for name in TAXONOMY_FIELDS:
        source[name] = list(getattr(document, name))
    code = document.language.partition("-")[0].lower()
    if code in LANGUAGE_ANALYSERS:
        source[f"title_{code}"] = document.title
        source[f"body_{code}"] = document.body
    if not document.section and document.title.strip():
        contexts = {AUDIENCE_CONTEXT: list(document.audiences)}
        source["suggest"] = [
            entry | {"contexts": contexts} for entry in completion_inputs(document.title)
        ]
    return source


def completion_inputs(title: str) -> list[dict[str, Any]]:
    """The title, and its tails from each of its next words so any word of it completes; a
    title that starts with the prefix ranks above one that only contains it."""
    words = title.split()
    tails = [" ".join(words[start:]) for start in range(1, min(len(words), COMPLETION_WORDS))]
    return [{"input": [title], "weight": 2}] + ([{"input": tails, "weight": 1}] if tails else [])


def from_source(source: dict[str, Any]) -> SearchDocument:
    """Rebuild the SearchDocument stored by :func:`to_source`."""
    date = source.get("date")
    return SearchDocument(
        key=source["key"],
        object_key=source["object_key"],
        kind=source["kind"],
        title=source.get("title", ""),
        body=source.get("body", ""),
        url=source.get("url", ""),
        language=source.get("language", ""),
        audiences=tuple(source.get("audiences", ())),
        date=datetime.date.fromisoformat(date[:10]) if date else None,
        section=source.get("section", ""),
        translations=tuple(source.get("translations", ())),
        translation_key=source.get("translation_key", ""),
        **{name: tuple(source.get(name, ())) for name in TAXONOMY_FIELDS},
    )
