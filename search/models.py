"""What the embedded backend stores, and the index updates still owed to a backend.

A :class:`SearchEntry` is one :class:`search.backends.base.SearchDocument` as a row that
django-modelsearch indexes (its full-text index lives in the same database). Multi-valued facets
are stored as ``|a|b|`` so a filter is a plain lookup and modelsearch's facet counts can be split
back into values. The audience is the document's any-of set written canonically (``group:3
group:7``); :class:`AudienceSet` remembers every such set so that a query filters on the
``audience`` column with the sets that meet the searcher's audiences, never on object ids.
"""

import re
from functools import lru_cache

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelsearch import index

#: Facet fields holding several values each, stored as ``|a|b|``.
MULTI_VALUED_FIELDS: tuple[str, ...] = (
    "theme",
    "stage",
    "actor_type",
    "target_group",
    "country",
    "region",
    "evaluation_type",
)


def join_values(values) -> str:
    """``("a", "b")`` → ``"|a|b|"``; empty for no values."""
    values = [str(value) for value in values if value]
    return "|" + "|".join(values) + "|" if values else ""


def split_values(stored: str) -> tuple[str, ...]:
    return tuple(value for value in (stored or "").split("|") if value)


NOT_A_LETTER_OR_DIGIT = re.compile(r"\W|_")


@lru_cache(maxsize=4096)  # a rebuild asks for the same few hundred tokens millions of times
def filter_token(field: str, value: object) -> str:
    """The word standing for ``field = value`` in the full-text index, e.g. ``x0audiencepublic``.

    Letters and digits only, so every tokenizer keeps it whole, with a digit, so PostgreSQL's
    parsers read it as a "numword", which no language configuration stems. A search ANDs these
    words into its match, so the full-text engine itself skips what the searcher may not see or
    did not ask for instead of the database reading each match to throw it away."""
    return "x0" + NOT_A_LETTER_OR_DIGIT.sub("", f"{field}{value}".lower())


def slice_number(entry_id: int) -> int:
    """Which run of ``SEARCH_EMBEDDED_SLICE`` consecutive entries ``entry_id`` belongs to; the
    highest numbers hold the newest entries. Each entry's full-text row carries its slice as a
    filter token, so PostgreSQL can look for matches among the newest entries before the rest
    (:mod:`search.backends.fulltext`). Changing the setting needs ``manage.py search_rebuild``."""
    return entry_id // settings.SEARCH_EMBEDDED_SLICE


def filter_tokens_of(entry) -> str:
    """The :func:`filter_token` of each audience and facet value of ``entry`` (a
    :class:`SearchEntry`, or its historical model in a migration)."""
    tokens = [filter_token("audience", token) for token in entry.audience.split()]
    tokens += [filter_token("kind", entry.kind), filter_token("language", entry.language)]
    if entry.pk:
        tokens.append(filter_token("slice", slice_number(entry.pk)))
    if entry.year:
        tokens.append(filter_token("year", entry.year))
    for name in MULTI_VALUED_FIELDS:
        tokens += [filter_token(name, value) for value in split_values(getattr(entry, name))]
    return " ".join(tokens)


class SearchEntry(index.Indexed, models.Model):
    key = models.CharField(max_length=255, unique=True)
    object_key = models.CharField(max_length=64, db_index=True)
    kind = models.CharField(max_length=16, db_index=True)
    title = models.CharField(max_length=500)
    body = models.TextField(blank=True)
    section = models.CharField(max_length=255, blank=True)
    url = models.CharField(max_length=500)
    language = models.CharField(max_length=16, db_index=True)
    audience = models.CharField(max_length=500, db_index=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    theme = models.TextField(blank=True)
    stage = models.TextField(blank=True)
    actor_type = models.TextField(blank=True)
    target_group = models.TextField(blank=True)
    country = models.TextField(blank=True)
    region = models.TextField(blank=True)
    evaluation_type = models.TextField(blank=True)
    translations = models.CharField(max_length=100, blank=True)
    translation_key = models.CharField(max_length=64, blank=True, db_index=True)

    # The embedded backend writes the full-text rows itself (with the text configuration of
    # each entry's language on PostgreSQL), so saving an entry does not index it again.
    search_auto_update = False
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("body"),
        index.SearchField("section"),
        index.SearchField("filter_tokens"),
        index.AutocompleteField("title"),
        index.FilterField("kind"),
        index.FilterField("language"),
        index.FilterField("audience"),
        index.FilterField("date"),
        index.FilterField("year"),
        index.FilterField("key"),
        index.FilterField("object_key"),
        index.FilterField("translation_key"),
        *(index.FilterField(name) for name in MULTI_VALUED_FIELDS),
    ]

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self) -> str:
        return self.key

    @property
    def filter_tokens(self) -> str:
        return filter_tokens_of(self)

    @classmethod
    def get_indexed_objects(cls):
        """None: Wagtail's ``update_index`` must leave these rows to the embedded backend, which
        writes them with per-language text configurations (``manage.py search_rebuild``)."""
        return cls.objects.none()


class AudienceSet(models.Model):
    """Every any-of audience set an entry carries; a handful (public, members, each group)."""

    tokens = models.CharField(max_length=500, unique=True)

    class Meta:
        verbose_name = _("audience set")
        verbose_name_plural = _("audience sets")

    def __str__(self) -> str:
        return self.tokens


class PendingIndexUpdate(models.Model):
    """An index update a backend has not applied yet (it was down, or the worker has not run).

    ``remove_first`` marks an object whose audience may have narrowed: its documents are
    removed from that backend before any other update is applied. ``version`` grows with each
    new request so that an update applied meanwhile never swallows a later one.
    """

    backend = models.CharField(max_length=32)
    object_key = models.CharField(max_length=64)
    remove_first = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=1)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending index update")
        verbose_name_plural = _("pending index updates")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["backend", "object_key"], name="unique_pending_update")
        ]

    def __str__(self) -> str:
        return f"{self.backend}: {self.object_key}"
