"""How search results read on the page: facet options with names in the reader's language,
result items with their kind, translations and a safe snippet."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from network.choices import WorkingLanguage
from practices.choices import EvaluationType
from practices.models import ActorType, Country, Region, Stage, TargetGroup, Theme
from search.backends.base import FACET_FIELDS, FacetCount, Hit, SearchDocument
from search.documents import KIND_EVENT, KIND_POST, KIND_PRACTICE, KIND_RESOURCE, KIND_TOPIC

FACET_LABELS = {
    "kind": _("Type"),
    "theme": _("Theme"),
    "stage": _("Stage"),
    "actor_type": _("Actor type"),
    "target_group": _("Target group"),
    "country": _("Country"),
    "region": _("Region"),
    "language": _("Language"),
    "year": _("Year"),
    "evaluation_type": _("Evaluation"),
}
KIND_LABELS = {
    KIND_PRACTICE: _("Practice"),
    KIND_RESOURCE: _("Resource"),
    KIND_EVENT: _("Event"),
    KIND_TOPIC: _("Forum topic"),
    KIND_POST: _("Forum post"),
}
TAXONOMIES = {
    "theme": Theme,
    "stage": Stage,
    "actor_type": ActorType,
    "target_group": TargetGroup,
    "country": Country,
    "region": Region,
}


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetGroup:
    key: str
    label: str
    options: list[FacetOption] = field(default_factory=list)


@dataclass(frozen=True)
class Translation:
    language: str
    name: str


@dataclass(frozen=True)
class ResultItem:
    title: str
    url: str
    kind: str
    section: str
    snippet: SafeString
    date: datetime.date | None
    language: str
    translations: list[Translation]


def language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return str(dict(WorkingLanguage.choices).get(code, code))


def _taxonomy_names(model, slugs: set[str]) -> dict[str, str]:
    """Names by slug in the active language, else in whatever language the term exists in."""
    names: dict[str, str] = {}
    active = get_language()
    rows = model.objects.filter(slug__in=slugs).values_list("slug", "name", "locale__language_code")
    for slug, name, language in rows:
        if language == active or slug not in names:
            names[slug] = name
    return names


def value_labels(name: str, values: set[str]) -> dict[str, str]:
    if name in TAXONOMIES:
        return _taxonomy_names(TAXONOMIES[name], values)
    if name == "kind":
        return {value: str(KIND_LABELS.get(value, value)) for value in values}
    if name == "language":
        return {value: language_name(value) for value in values}
    if name == "evaluation_type":
        return {value: str(dict(EvaluationType.choices).get(value, value)) for value in values}
    return {value: value for value in values}


def facet_groups(
    facets: dict[str, list[FacetCount]], selected: dict[str, tuple[str, ...]]
) -> list[FacetGroup]:
    """One group per facet with options, chosen values kept even when nothing matches them so
    they can be unticked."""
    groups = []
    for name in FACET_FIELDS:
        counts = {facet.value: facet.count for facet in facets.get(name, [])}
        chosen = selected.get(name, ())
        values = [*counts, *(value for value in chosen if value not in counts)]
        if not values:
            continue
        labels = value_labels(name, set(values))
        options = [
            FacetOption(value, labels.get(value, value), counts.get(value, 0), value in chosen)
            for value in values
        ]
        groups.append(FacetGroup(name, str(FACET_LABELS[name]), options))
    return groups


def _translations(document: SearchDocument) -> list[Translation]:
    return [
        Translation(code, language_name(code))
        for code in document.translations
        if code != document.language
    ]


def result_item(hit: Hit) -> ResultItem:
    document = hit.document
    return ResultItem(
        title=document.title,
        url=document.url,
        kind=str(KIND_LABELS.get(document.kind, document.kind)),
        section=document.section,
        snippet=mark_safe(hit.snippet),  # noqa: S308 - backends escape, then mark (see base.Hit)
        date=document.date,
        language=document.language,
        translations=_translations(document),
    )
