"""The embedded backend: the database's own full-text engine through django-modelsearch.

modelsearch gives matching and ranking (SQLite FTS5, PostgreSQL text search), autocomplete and
facet counts over one model; this module adds what it lacks: one model for every kind of content
(:class:`search.models.SearchEntry`), the audience filter on every query, multi-valued facets,
snippets, "did you mean", related items and an atomic rebuild. Every query starts from
:meth:`EmbeddedBackend.visible_entries`, so nothing outside the searcher's audiences is matched,
counted, highlighted, suggested or related.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Q, QuerySet
from modelsearch.conf import get_app_config
from modelsearch.query import MATCH_ALL, And, Phrase, PlainText

from search.audiences import canonical, sets_visible_to, tokens_of
from search.backends import fulltext
from search.backends.base import (
    FACET_FIELDS,
    SORT_DATE,
    FacetCount,
    Hit,
    Progress,
    SearchBackend,
    SearchDocument,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
)
from search.backends.fulltext import ID, SCORE, VALUES, Match
from search.highlight import WORD, highlight
from search.models import (
    MULTI_VALUED_FIELDS,
    AudienceSet,
    SearchEntry,
    filter_token,
    join_values,
    split_values,
)

BATCH_SIZE = 500
MAX_PER_PAGE = 100
MAX_QUERY_LENGTH = 200
RELATED_FIELDS = ("theme", "stage", "target_group", "actor_type")
TITLE_STOPWORDS = {"with", "from", "that", "this", "their", "into", "about", "after", "through"}
SUGGESTION_CUTOFF = 0.75
RELATED_WINDOW = 500
#: What a search reads of each match to count facets and sort (never the text).
WINDOW_COLUMNS = ["date", *FACET_FIELDS]


def parse_text(text: str):
    """A modelsearch query from what was typed: quoted parts are phrases, the rest are words
    that must all match; punctuation is dropped. None when nothing searchable is left."""
    text = (text or "")[:MAX_QUERY_LENGTH].lower()
    parts = []
    for position, chunk in enumerate(text.split('"')):
        words = WORD.findall(chunk)
        if not words:
            continue
        if position % 2:
            parts.append(Phrase(" ".join(words)))
        else:
            parts.append(PlainText(" ".join(words), operator="and"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def entry_to_document(entry: SearchEntry) -> SearchDocument:
    return SearchDocument(
        key=entry.key,
        object_key=entry.object_key,
        kind=entry.kind,
        title=entry.title,
        body=entry.body,
        url=entry.url,
        language=entry.language,
        audiences=tuple(sorted(tokens_of(entry.audience))),
        date=entry.date,
        section=entry.section,
        translations=split_values(entry.translations),
        translation_key=entry.translation_key,
        **{name: split_values(getattr(entry, name)) for name in MULTI_VALUED_FIELDS},
    )


def _fill(entry: SearchEntry, document: SearchDocument) -> SearchEntry:
    entry.object_key = document.object_key
    entry.kind = document.kind
    entry.title = document.title[:500]
    entry.body = document.body
    entry.section = document.section[:255]
    entry.url = document.url[:500]
    entry.language = document.language
    entry.audience = canonical(document.audiences)
    entry.date = document.date
    entry.year = document.year
    entry.translations = join_values(document.translations)
    entry.translation_key = document.translation_key
    for name in MULTI_VALUED_FIELDS:
        setattr(entry, name, join_values(getattr(document, name)))
    return entry


ENTRY_FIELDS = [
    field.name for field in SearchEntry._meta.concrete_fields if field.name not in ("id", "key")
]


def _folded(entry: SearchEntry) -> SearchEntry:
    """A copy with lower-cased text to build the full-text rows from: PostgreSQL servers
    initialised with the C locale fold only ASCII letters, and "Реабилитация" must still match
    "реабилитация"."""
    copy = SearchEntry(
        pk=entry.pk, key=entry.key, **{name: getattr(entry, name) for name in ENTRY_FIELDS}
    )
    copy.title, copy.body, copy.section = (
        entry.title.lower(),
        entry.body.lower(),
        entry.section.lower(),
    )
    return copy


def _ranked(window: list[Match], by_date: bool) -> list[Match]:
    """Best first (ties: newest entry first), or newest first when sorting by date."""
    if by_date:
        at = VALUES + WINDOW_COLUMNS.index("date")
        return sorted(window, key=lambda row: (row[at] is not None, row[at], row[ID]), reverse=True)
    return sorted(window, key=lambda row: (row[SCORE] or 0, row[ID]), reverse=True)


def _facet_counts(window: list[Match]) -> dict[str, list[FacetCount]]:
    """Counts per value of every facet field over the matches (stored ``|a|b|`` sets split
    back into values), most frequent first."""
    if not window:
        return {}
    columns = list(zip(*window, strict=True))
    facets = {}
    for name in FACET_FIELDS:
        counts: Counter = Counter()
        for stored, count in Counter(columns[VALUES + WINDOW_COLUMNS.index(name)]).items():
            if stored in (None, ""):
                continue
            for value in split_values(stored) if name in MULTI_VALUED_FIELDS else (str(stored),):
                counts[value] += count
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        facets[name] = [FacetCount(value, count) for value, count in ordered]
    return facets


class EmbeddedBackend(SearchBackend):
    name = "embedded"

    # The audience filter ---------------------------------------------------------------------

    def visible_entries(self, audiences: frozenset[str]) -> QuerySet:
        """Entries whose any-of audience set shares a token with ``audiences``: a filter on the
        audience column with the few stored sets, never a list of objects."""
        known = AudienceSet.objects.values_list("tokens", flat=True)
        return SearchEntry.objects.filter(audience__in=sets_visible_to(known, audiences))

    def _filtered(self, entries: QuerySet, filters: dict[str, tuple[str, ...]]) -> QuerySet:
        for name, values in filters.items():
            values = [str(value) for value in values if value]
            if name not in FACET_FIELDS or not values:
                continue
            if name == "year":
                entries = entries.filter(year__in=[int(v) for v in values if v.isdigit()])
            elif name in MULTI_VALUED_FIELDS:
                any_of = Q()
                for value in values:
                    any_of |= Q(**{f"{name}__contains": f"|{value}|"})
                entries = entries.filter(any_of)
            else:
                entries = entries.filter(**{f"{name}__in": values})
        return entries

    @staticmethod
    def _main_documents(entries: QuerySet) -> QuerySet:
        """Only each object's main document (its gated parts repeat its title)."""
        return entries.filter(key=F("object_key"))

    # Searching -------------------------------------------------------------------------------

    @staticmethod
    def _required(audiences: frozenset[str], filters: dict[str, tuple[str, ...]] | None = None):
        """The filter-token groups a match needs: one value of each filtered facet (the same
        rules as :meth:`_filtered`) and one of the searcher's audiences — except for vetted
        members: their audiences cover nearly the whole index, so the word would narrow nothing
        and cost the engine a pass over nearly every row's list (and, on SQLite, BM25 weighs
        every word of a match). The audience condition in SQL (:meth:`visible_entries`) applies
        to every searcher either way."""
        groups = []
        if "members" not in audiences:
            groups.append([filter_token("audience", audience) for audience in audiences])
        for name, values in (filters or {}).items():
            tokens = [filter_token(name, value) for value in values if value]
            if name in FACET_FIELDS and tokens:
                groups.append(tokens)
        return groups

    def _window(self, parsed, entries: QuerySet, required) -> list[Match]:
        """The matches a query is answered from: every match up to ``SEARCH_EMBEDDED_WINDOW``
        (see :func:`search.backends.fulltext.matches` for which), so no query reads more rows
        than that, however large the index."""
        limit = settings.SEARCH_EMBEDDED_WINDOW
        if parsed is MATCH_ALL and not required:  # nothing for the full-text engine to match
            rows = entries.order_by("-id").values_list("id", *WINDOW_COLUMNS)[:limit]
            return [(row[0], 0.0, *row[1:]) for row in rows]
        # With nothing else to narrow the match, the newest entries are read first.
        recent = fulltext.recent_slices() if not required else []
        return fulltext.matches(
            parsed, entries, WINDOW_COLUMNS, limit, required=required, recent=recent
        )

    def search(self, query: SearchQuery) -> SearchResults:
        per_page = max(1, min(query.per_page, MAX_PER_PAGE))
        page = max(1, query.page)
        entries = self._filtered(self.visible_entries(query.audiences), query.filters)
        parsed = parse_text(query.text) if query.text.strip() else MATCH_ALL
        if parsed is None:
            return SearchResults(hits=[], total=0, facets={}, page=page, per_page=per_page)
        try:
            required = self._required(query.audiences, query.filters)
            window = self._window(parsed, entries, required)
            ranked = _ranked(window, by_date=query.sort == SORT_DATE or parsed is MATCH_ALL)
            start = (page - 1) * per_page
            shown = ranked[start : start + per_page]
            found = SearchEntry.objects.in_bulk([match[ID] for match in shown])
            suggestion = ""
            if not window and query.text.strip():
                suggestion = self.did_you_mean(query.text, entries, required)
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error
        hits = [
            Hit(
                document=entry_to_document(found[match[ID]]),
                score=float(match[SCORE] or 0),
                snippet=highlight(found[match[ID]].body, query.text),
            )
            for match in shown
            if match[ID] in found
        ]
        return SearchResults(
            hits=hits,
            total=len(window),
            facets=_facet_counts(window),
            page=page,
            per_page=per_page,
            suggestion=suggestion,
            total_is_lower_bound=len(window) >= settings.SEARCH_EMBEDDED_WINDOW,
        )

    def did_you_mean(self, text: str, entries: QuerySet, required) -> str:
        """The query with each unknown word (of four letters or more) replaced by the closest
        word of the visible titles sharing its first three letters, when that finds something;
        empty otherwise. (Two-letter prefixes expand to so many index terms that the lookup
        cost more than the search.)"""
        words = WORD.findall(text)
        corrected = []
        for word in words:
            vocabulary = self._title_words(word, entries, required) if len(word) >= 4 else set()
            if word.casefold() in vocabulary:
                corrected.append(word)
                continue
            close = difflib.get_close_matches(word.casefold(), vocabulary, 1, SUGGESTION_CUTOFF)
            corrected.append(close[0] if close else word)
        suggestion = " ".join(corrected)
        if suggestion.casefold() == " ".join(words).casefold():
            return ""
        if len(corrected) == 1:  # a word of a visible title finds at least that title
            return suggestion
        parsed = parse_text(suggestion)
        if parsed is None or not fulltext.matches(parsed, entries, [], 1, required=required):
            return ""
        return suggestion

    def _title_words(self, word: str, entries: QuerySet, required) -> set[str]:
        """Words of visible titles beginning like ``word`` (prefix matching reads only the
        titles of :data:`~search.backends.fulltext.TITLED_KINDS`)."""
        prefix = word[:3].lower()
        titles = fulltext.matches(
            PlainText(prefix), entries, ["title"], 200, required=required, autocomplete=True
        )
        return {
            candidate.casefold()
            for match in titles
            for candidate in WORD.findall(match[VALUES])
            if candidate.casefold().startswith(prefix.casefold()) and len(candidate) >= 3
        }

    def suggest(self, prefix: str, audiences: frozenset[str], limit: int = 8) -> list[str]:
        words = WORD.findall((prefix or "")[:MAX_QUERY_LENGTH].lower())
        if not words:
            return []
        entries = self._main_documents(self.visible_entries(audiences))
        parsed = PlainText(" ".join(words), operator="and")
        try:
            found = fulltext.matches(
                parsed,
                entries,
                ["title"],
                limit * 50,
                required=self._required(audiences),
                autocomplete=True,
            )
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error
        titles: list[str] = []
        for match in _ranked(found, by_date=False):
            if match[VALUES] not in titles:
                titles.append(match[VALUES])
        return titles[:limit]

    def related(
        self, object_key: str, audiences: frozenset[str], limit: int = 5
    ) -> list[SearchDocument]:
        """Main documents of the same kind and language sharing the most taxonomy terms and
        title words with ``object_key``; nothing when the searcher may not see it."""
        visible = self.visible_entries(audiences)
        source = visible.filter(key=object_key).first()
        if source is None:
            return []
        candidates = self._main_documents(visible).filter(
            kind=source.kind, language=source.language
        )
        candidates = candidates.exclude(object_key=object_key)
        if source.translation_key:
            candidates = candidates.exclude(translation_key=source.translation_key)
        scores: dict[int, float] = defaultdict(float)
        entries: dict[int, SearchEntry] = {}
        try:
            required = [
                *self._required(audiences),
                [filter_token("kind", source.kind)],
                [filter_token("language", source.language)],
            ]
            for entry, score in [
                *self._sharing_terms(source, candidates),
                *self._sharing_title_words(source, candidates, required),
            ]:
                entries[entry.pk] = entry
                scores[entry.pk] += score
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error
        ranked = sorted(
            entries.values(),
            key=lambda entry: (-scores[entry.pk], -(entry.date.toordinal() if entry.date else 0)),
        )
        return [entry_to_document(entry) for entry in ranked[:limit]]

    @staticmethod
    def _sharing_terms(source: SearchEntry, candidates: QuerySet) -> list[tuple[SearchEntry, int]]:
        """Candidates sharing taxonomy terms with ``source``, scored by how many they share."""
        terms = {name: set(split_values(getattr(source, name))) for name in RELATED_FIELDS}
        any_shared = Q()
        for name, values in terms.items():
            for value in values:
                any_shared |= Q(**{f"{name}__contains": f"|{value}|"})
        if not any_shared:
            return []
        return [
            (
                entry,
                sum(
                    len(terms[name] & set(split_values(getattr(entry, name))))
                    for name in RELATED_FIELDS
                ),
            )
            for entry in candidates.filter(any_shared)[:200]
        ]

    def _sharing_title_words(
        self, source: SearchEntry, candidates: QuerySet, required
    ) -> list[tuple[SearchEntry, float]]:
        """Candidates matching any longer word of ``source``'s title, best matches scored
        highest (between 1 and 2)."""
        words = [
            word
            for word in WORD.findall(source.title.lower())
            if len(word) >= 4 and word not in TITLE_STOPWORDS
        ]
        if not words:
            return []
        parsed = PlainText(" ".join(words), operator="or")
        window = fulltext.matches(parsed, candidates, [], RELATED_WINDOW, required=required)
        best = _ranked(window, by_date=False)
        found = SearchEntry.objects.in_bulk([match[ID] for match in best[:50]])
        return [
            (found[match[ID]], 1 + (50 - rank) / 50)
            for rank, match in enumerate(best[:50])
            if match[ID] in found
        ]

    # Writing ---------------------------------------------------------------------------------

    def index(self, documents: Iterable[SearchDocument]) -> None:
        for batch in _chunks(documents, BATCH_SIZE):
            with transaction.atomic():
                self._write(batch)

    def _write(self, documents: list[SearchDocument]) -> int:
        by_key = {document.key: document for document in documents}
        AudienceSet.objects.bulk_create(
            [AudienceSet(tokens=tokens) for tokens in {canonical(d.audiences) for d in documents}],
            ignore_conflicts=True,
        )
        existing = {entry.key: entry for entry in SearchEntry.objects.filter(key__in=by_key)}
        changed = [_fill(existing[key], by_key[key]) for key in existing]
        new = [_fill(SearchEntry(key=key), by_key[key]) for key in by_key if key not in existing]
        SearchEntry.objects.bulk_update(changed, ENTRY_FIELDS, batch_size=BATCH_SIZE)
        # SQLite and PostgreSQL both return the new rows' ids, so ``new`` has them.
        SearchEntry.objects.bulk_create(new, batch_size=BATCH_SIZE)
        fulltext.write([_folded(entry) for entry in [*changed, *new]])
        return len(by_key)

    def _full_text_rows(self) -> QuerySet:
        index_entry = get_app_config().get_model("IndexEntry")
        content_type = ContentType.objects.get_for_model(SearchEntry)
        return index_entry._default_manager.filter(content_type=content_type)

    def _drop(self, entries: QuerySet) -> None:
        """Delete entries and their full-text rows (with modelsearch's own raw delete: its
        database triggers keep the SQLite FTS table in step)."""
        ids = list(entries.values_list("pk", flat=True))
        if not ids:
            return
        rows = self._full_text_rows().filter(object_id__in=[str(pk) for pk in ids])
        rows._raw_delete(using=rows.db)
        fulltext.forget(ids)
        SearchEntry.objects.filter(pk__in=ids)._raw_delete(using=rows.db)

    def _drop_all(self) -> None:
        fulltext.empty_text_tables()
        rows = self._full_text_rows()
        rows._raw_delete(using=rows.db)
        SearchEntry.objects.all()._raw_delete(using=rows.db)
        AudienceSet.objects.all().delete()

    def delete_object(self, object_key: str) -> None:
        with transaction.atomic():
            self._drop(SearchEntry.objects.filter(object_key=object_key))

    def replace_object(self, object_key: str, documents: list[SearchDocument]) -> None:
        """Swap an object's documents in one transaction: readers see the old set or the new."""
        with transaction.atomic():
            self._drop(SearchEntry.objects.filter(object_key=object_key))
            if documents:
                self._write(documents)

    def rebuild(self, documents: Iterable[SearchDocument], total: int, progress: Progress) -> int:
        """Everything is replaced in one transaction, so searchers see the old index until the
        new one is complete (on PostgreSQL; SQLite readers wait for the commit instead)."""
        count = 0
        with transaction.atomic():
            self._drop_all()
            for batch in _chunks(documents, BATCH_SIZE):
                count += self._write(batch)
                progress(count)
        fulltext.tidy_after_rebuild()
        return count

    def health(self) -> dict[str, object]:
        try:
            documents = SearchEntry.objects.count()
            objects = SearchEntry.objects.values("object_key").distinct().count()
        except DatabaseError as error:
            return {"backend": self.name, "reachable": False, "error": str(error)}
        return {
            "backend": self.name,
            "reachable": True,
            "documents": documents,
            "objects": objects,
            "engine": f"{connection.vendor} full text",
            "database": connection.vendor,
        }
