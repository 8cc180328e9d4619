"""The one interface both search backends implement.

The rest of the project speaks only these types: a :class:`SearchDocument` is what gets indexed
(built from pages, topics and posts by ``search.documents``), a :class:`SearchQuery` is what a
searcher asks (always carrying the searcher's audiences), and :class:`SearchResults` is what comes
back. Keeping the backends behind plain dataclasses lets one contract suite test them both.

Access rule every backend must keep: a document is a candidate only when one of its
``audiences`` is in ``SearchQuery.audiences`` — for hits, totals, facet counts, highlights,
suggestions and related items alike. Filtering is by audience tokens, never by listing ids.
"""

from __future__ import annotations

import datetime
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

#: Facet fields a query may filter on and count, in display order.
FACET_FIELDS: tuple[str, ...] = (
    "kind",
    "theme",
    "stage",
    "actor_type",
    "target_group",
    "country",
    "region",
    "language",
    "year",
    "evaluation_type",
)

#: Sort orders a query may ask for.
SORT_RELEVANCE = "relevance"
SORT_DATE = "date"


@dataclass(frozen=True)
class SearchDocument:
    """One searchable unit, already reduced to what one audience may read.

    A page whose sections have different audiences becomes several documents: one holding the
    text everybody may read, and one per gated section holding only that section's text, each
    with its own ``audiences``. ``key`` is unique per document; ``object_key`` names the object
    (``page:12``, ``topic:5``, ``post:9``) so a backend can drop every document of an object.
    """

    key: str
    object_key: str
    kind: str  # practice, resource, event, topic, post
    title: str
    body: str
    url: str
    language: str  # "en", "ar", "ru", ...
    audiences: tuple[str, ...]  # any-of: ("public",) or ("members",) or ("group:3", "group:7")
    date: datetime.date | None = None
    section: str = ""  # the gated section's heading, empty for the main document
    theme: tuple[str, ...] = ()
    stage: tuple[str, ...] = ()
    actor_type: tuple[str, ...] = ()
    target_group: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    evaluation_type: tuple[str, ...] = ()
    translations: tuple[str, ...] = ()  # languages this object exists in, its own included
    translation_key: str = ""  # shared by every translation of the same object

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None


@dataclass(frozen=True)
class SearchQuery:
    text: str
    audiences: frozenset[str]
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # FACET_FIELDS → any-of
    sort: str = SORT_RELEVANCE
    page: int = 1
    per_page: int = 20
    language: str = ""  # the interface language, used to pick an analyser when text is ambiguous


@dataclass(frozen=True)
class Hit:
    document: SearchDocument
    score: float
    #: Safe HTML: the text around the match, escaped, with matches wrapped in <mark>.
    snippet: str = ""


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class SearchResults:
    """One page of hits. ``total`` and ``facets`` cover every match of the query with all its
    filters applied (not only this page); facet values are the indexed values (taxonomy slugs,
    language codes, years as strings), most frequent first, values with no match left out."""

    hits: Sequence[Hit]
    total: int
    facets: dict[str, Sequence[FacetCount]]
    page: int
    per_page: int
    suggestion: str = ""  # "did you mean", empty when nothing better is known
    degraded: bool = False  # answered by the fallback backend
    total_is_lower_bound: bool = False  # more matched than were counted


Progress = Callable[[int], None]


class SearchUnavailable(Exception):
    """The search server cannot be reached; callers fall back or retry, never 500."""


class DocumentRejected(SearchUnavailable):
    """The server answered but refused an object's documents (a mapping conflict, a document
    too large): retrying the whole queue would stop at it forever, so that one update is set
    aside and the others go on. To a searcher it is one more way of being unavailable."""


class SearchBackend(ABC):
    """What every backend provides. Methods raise :class:`SearchUnavailable` when down."""

    name: str = ""

    @abstractmethod
    def search(self, query: SearchQuery) -> SearchResults: ...

    @abstractmethod
    def suggest(self, prefix: str, audiences: frozenset[str], limit: int = 8) -> list[str]:
        """Titles completing ``prefix`` among documents the audiences may see."""

    @abstractmethod
    def related(
        self, object_key: str, audiences: frozenset[str], limit: int = 5
    ) -> list[SearchDocument]:
        """Main documents of other objects most like ``object_key``, within the audiences."""

    @abstractmethod
    def index(self, documents: Iterable[SearchDocument]) -> None:
        """Add or replace documents (by ``key``)."""

    @abstractmethod
    def delete_object(self, object_key: str) -> None:
        """Remove every document of one object; a no-op when there is none."""

    def replace_object(self, object_key: str, documents: Sequence[SearchDocument]) -> None:
        """Put ``documents`` in place of every document ``object_key`` had (parts that are gone
        disappear). Backends that can swap atomically override this."""
        self.delete_object(object_key)
        if documents:
            self.index(documents)

    @abstractmethod
    def rebuild(self, documents: Iterable[SearchDocument], total: int, progress: Progress) -> int:
        """Build a fresh index from ``documents`` and swap it in atomically; returns the count."""

    @abstractmethod
    def health(self) -> dict[str, object]:
        """A short report: reachable, document count, index name/alias, backend details."""
