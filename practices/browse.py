"""Browsing practices, resources and events: filters in shareable URLs, facet counts,
sorting and pagination, always over what the reader may see."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from network import policy
from practices.choices import EvaluationType, PracticeStatus, ResourceType
from practices.models.taxonomy import ActorType, Country, Region, Stage, TargetGroup, Theme

PAGE_SIZE = 12


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    label: str
    options: list[Option] = field(default_factory=list)

    @property
    def selected(self) -> list[Option]:
        return [option for option in self.options if option.selected]


@dataclass(frozen=True)
class FacetSpec:
    """One filter: the URL parameter, the queryset lookup, and where option labels come from."""

    key: str
    label: str
    lookup: str
    taxonomy: type | None = None
    choices: tuple = ()


PRACTICE_FACETS = [
    FacetSpec("theme", _("Theme"), "themes__slug", taxonomy=Theme),
    FacetSpec("stage", _("Stage"), "stages__slug", taxonomy=Stage),
    FacetSpec("actor", _("Actor type"), "actor_types__slug", taxonomy=ActorType),
    FacetSpec("target", _("Target group"), "target_groups__slug", taxonomy=TargetGroup),
    FacetSpec("country", _("Country"), "country__slug", taxonomy=Country),
    FacetSpec("region", _("Region"), "country__region__slug", taxonomy=Region),
    FacetSpec("evaluation", _("Evaluation"), "evaluation_type", choices=EvaluationType.choices),
    FacetSpec("status", _("Status"), "status", choices=PracticeStatus.choices),
]
RESOURCE_FACETS = [
    FacetSpec("theme", _("Theme"), "themes__slug", taxonomy=Theme),
    FacetSpec("type", _("Type"), "resource_type", choices=ResourceType.choices),
    FacetSpec("year", _("Year"), "year"),
]
PRACTICE_SORTS = {
    "newest": ("-first_published_at", _("Newest")),
    "reviewed": ("-last_reviewed", _("Last reviewed")),
    "title": ("title", _("Title")),
}
RESOURCE_SORTS = {
    "newest": ("-first_published_at", _("Newest")),
    "year": ("-year", _("Year")),
    "title": ("title", _("Title")),
}


def _labels(spec: FacetSpec, values) -> dict[str, str]:
    if spec.choices:
        return {str(value): str(label) for value, label in spec.choices}
    if spec.taxonomy is None:
        return {str(value): str(value) for value in values}
    terms = spec.taxonomy.objects.filter(slug__in=values).select_related("locale")
    active = get_language()
    labels = {}
    for term in terms:  # the reader's language wins, any other is a fallback
        if term.slug not in labels or term.locale.language_code == active:
            labels[term.slug] = term.name
    return labels


def _filter(queryset: QuerySet, specs, selected: dict[str, list[str]], skip: str = "") -> QuerySet:
    for spec in specs:
        values = selected.get(spec.key)
        if values and spec.key != skip:
            queryset = queryset.filter(**{f"{spec.lookup}__in": values})
    return queryset


def _facets(base: QuerySet, specs, selected) -> list[Facet]:
    """Counts for each option, over the pages matching every *other* filter."""
    facets = []
    for spec in specs:
        rows = (
            _filter(base, specs, selected, skip=spec.key)
            .exclude(**{f"{spec.lookup}__isnull": True})
            .values(spec.lookup)
            .annotate(count=Count("pk", distinct=True))
            .order_by()
        )
        counts = {str(row[spec.lookup]): row["count"] for row in rows}
        labels = _labels(spec, counts.keys())
        chosen = set(selected.get(spec.key, []))
        options = [
            Option(value, labels.get(value, value), count, value in chosen)
            for value, count in counts.items()
        ]
        options.sort(key=lambda option: (-option.count, option.label))
        facets.append(Facet(spec.key, str(spec.label), options))
    return facets


def _selected(request, specs) -> dict[str, list[str]]:
    return {
        spec.key: [value for value in request.GET.getlist(spec.key) if value][:20]
        for spec in specs
        if request.GET.getlist(spec.key)
    }


def _language(request) -> tuple[str, list[Option]]:
    codes = [code for code, _name in settings.LANGUAGES]
    chosen = request.GET.get("language")
    return (chosen if chosen in codes else get_language()), codes


def _listing(index_page, request, model, specs, sorts, prefetch, select=()) -> dict:
    language, codes = _language(request)
    everything = policy.visible_pages(model.objects.live(), request.user)
    locale = Locale.objects.filter(language_code=language).first()
    base = everything.filter(locale=locale)
    selected = _selected(request, specs)
    sort = request.GET.get("sort") if request.GET.get("sort") in sorts else next(iter(sorts))
    results = _filter(base, specs, selected).order_by(sorts[sort][0], "pk").distinct()
    page_obj = Paginator(
        results.select_related(*select).prefetch_related(*prefetch), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    language_counts = dict(
        _filter(everything, specs, selected)
        .values_list("locale__language_code")
        .annotate(count=Count("pk", distinct=True))
        .order_by()
    )
    languages = [
        Option(
            code,
            get_language_info(code)["name_local"],
            language_counts.get(code, 0),
            code == language,
        )
        for code in codes
    ]
    return {
        "page_obj": page_obj,
        "facets": _facets(base, specs, selected),
        "languages": languages,
        "sorts": [(key, str(label), key == sort) for key, (_order, label) in sorts.items()],
        "has_filters": bool(selected) or "language" in request.GET,
    }


def practice_listing(index_page, request) -> dict:
    return _listing(
        index_page,
        request,
        _model("PracticePage"),
        PRACTICE_FACETS,
        PRACTICE_SORTS,
        ["themes"],
        select=["country"],
    )


def resource_listing(index_page, request) -> dict:
    return _listing(
        index_page, request, _model("ResourcePage"), RESOURCE_FACETS, RESOURCE_SORTS, ["themes"]
    )


def event_listing(index_page, request) -> dict:
    events = policy.visible_pages(
        _model("EventPage").objects.live().filter(locale=index_page.locale), request.user
    ).prefetch_related("themes")
    now = timezone.now()
    return {
        "upcoming": events.filter(ends_at__gte=now).order_by("starts_at"),
        "past": Paginator(
            events.filter(ends_at__lt=now).order_by("-starts_at"), PAGE_SIZE
        ).get_page(request.GET.get("page")),
    }


HOME_LISTING_SIZE = 3


def _model(name: str):
    from practices import models

    return getattr(models, name)


def latest_practices(locale_id: int, user, limit: int = HOME_LISTING_SIZE) -> QuerySet:
    practices = _model("PracticePage").objects.live().filter(locale_id=locale_id)
    return policy.visible_pages(practices, user).order_by("-first_published_at")[:limit]


def upcoming_events(locale_id: int, user, limit: int = HOME_LISTING_SIZE) -> QuerySet:
    events = (
        _model("EventPage").objects.live().filter(locale_id=locale_id, ends_at__gte=timezone.now())
    )
    return policy.visible_pages(events, user).order_by("starts_at")[:limit]
