"""The loading code of the practices demo: the specs that practices, resources and events are
written in, and the steps that publish them in every language.

The content itself lives in the sibling modules, which import the specs from here; each step
imports the content it needs when it runs.

Every step looks up by slug under its parent before it creates, so loading twice changes nothing
and an editor's later changes to a demo page are kept.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from network.models import NetworkGroup, Organisation
from practices.choices import (
    EvaluationType,
    EventFormat,
    PracticeStatus,
    PreventionLevel,
    ReviewLabel,
    SectionAudience,
)
from practices.models import (
    ActorType,
    Country,
    EventPage,
    EventSpeaker,
    MonitoringIndicator,
    PracticePage,
    ResourcePage,
    Stage,
    Standard,
    TargetGroup,
    Theme,
)
from practices.models.practice import NARRATIVE_FIELDS, SUMMARY_WORDS, count_words
from practices.taxonomy_seed import ensure_locales, seed_taxonomy

TRANSLATED = ("ar", "ru")


# --------------------------------------------------------------------------------------------
# Index pages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexCopy:
    title: str
    intro: str


def ensure_translation(page: Page, locale: Locale, prepare) -> tuple[Page, bool]:
    """The published translation of ``page`` into ``locale``; ``prepare(translation)`` sets its
    content before it is checked and published. Returns (translation, created)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    prepare(translation)
    translation.full_clean()
    translation.save_revision().publish()
    return translation, True


def publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.full_clean()
    page.save_revision().publish()
    return page


def existing_child(parent: Page, slug: str):
    child = parent.get_children().filter(slug=slug).first()
    return child.specific if child is not None else None


def ensure_indexes(home: Page, locales: dict[str, Locale]) -> dict[str, dict[str, Page]]:
    """The practices, resources and events index pages in every language, keyed by slug."""
    from practices.demo.indexes import INDEXES

    indexes = {}
    for model, slug, copies in INDEXES:
        page = existing_child(home, slug) or publish_child(
            home,
            model(
                title=copies["en"].title, slug=slug, intro=copies["en"].intro, show_in_menus=True
            ),
        )
        pages = {"en": page}
        for code in TRANSLATED:
            copy = copies[code]

            def prepare(translation, copy=copy):
                translation.title = copy.title
                translation.intro = copy.intro
                translation.show_in_menus = True

            pages[code], _created = ensure_translation(page, locales[code], prepare)
        indexes[slug] = pages
    return indexes


# --------------------------------------------------------------------------------------------
# Practices
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Activity:
    title: str
    description: str
    who: str = ""


@dataclass(frozen=True)
class Indicator:
    indicator: str
    result: str
    source: str
    baseline: str = ""
    target: str = ""


@dataclass(frozen=True)
class PracticeText:
    """Everything in a practice that is written in one language."""

    title: str
    summary: str
    starting_situation: str
    goals: str
    theory_of_change: str
    activities: list[Activity]
    partners: str
    funding: str
    results: str
    successes: str
    failures: str
    dos_and_donts: str
    sustainability: str
    transferability: str
    contacts: str
    indicators: list[Indicator]
    city: str = ""
    reach_note: str = ""
    adaptation_notes: str = ""


@dataclass
class Practice:
    """The language-independent key facts of a practice, and its text per language."""

    slug: str
    country: str
    texts: dict[str, PracticeText]
    status: str = PracticeStatus.ONGOING
    start_date: date | None = None
    became_regular_service: bool = False
    organisation: str = ""
    organisation_withheld: bool = False
    prevention_level: str = PreventionLevel.TERTIARY
    reach: int | None = None
    actor_types: tuple = ()
    stages: tuple = ()
    themes: tuple = ()
    target_groups: tuple = ()
    standards: tuple = ()
    evaluation_type: str = EvaluationType.INTERNAL_MONITORING
    review_label: str = ReviewLabel.EDITOR_REVIEWED
    reviewed_days_ago: int = 60
    group_sections: tuple = ()
    groups: tuple = ()
    adapted_from: str = ""


def _activities(activities: list[Activity]) -> list[dict]:
    return [
        {
            "type": "activity",
            "value": {"title": item.title, "description": item.description, "who": item.who},
        }
        for item in activities
    ]


def _indicator_rows(indicators: list[Indicator]) -> list[MonitoringIndicator]:
    return [
        MonitoringIndicator(
            indicator=row.indicator,
            baseline=row.baseline,
            target=row.target,
            result=row.result,
            source=row.source,
            sort_order=order,
        )
        for order, row in enumerate(indicators)
    ]


def apply_text(page: PracticePage, text: PracticeText) -> None:
    words = count_words(text.summary)
    if not SUMMARY_WORDS[0] <= words <= SUMMARY_WORDS[1]:
        raise ValueError(f"The summary of {text.title!r} has {words} words.")
    page.title = text.title
    page.summary = text.summary
    page.city = text.city
    page.reach_note = text.reach_note
    page.adaptation_notes = text.adaptation_notes
    for name in NARRATIVE_FIELDS:
        setattr(page, name, getattr(text, name))
    page.activities = _activities(text.activities)
    page.indicators = _indicator_rows(text.indicators)


def _terms(model, slugs, locale: Locale) -> list:
    """Terms by slug in ``locale``, falling back to English where a translation is missing."""
    found = {term.slug: term for term in model.objects.filter(slug__in=slugs, locale=locale)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        for term in model.objects.filter(slug__in=missing, locale__language_code="en"):
            found[term.slug] = term
    return [found[slug] for slug in slugs if slug in found]


def apply_terms(page: PracticePage, spec: Practice, locale: Locale) -> None:
    page.country = _terms(Country, [spec.country], locale)[0]
    page.actor_types = _terms(ActorType, spec.actor_types, locale)
    page.stages = _terms(Stage, spec.stages, locale)
    page.themes = _terms(Theme, spec.themes, locale)
    page.target_groups = _terms(TargetGroup, spec.target_groups, locale)
    page.standards = _terms(Standard, spec.standards, locale)


def apply_audiences(page: PracticePage, spec: Practice) -> None:
    for key in spec.group_sections:
        setattr(page, f"{key}_audience", SectionAudience.GROUPS)
    page.audience_groups = list(NetworkGroup.objects.filter(slug__in=spec.groups))


def new_practice(spec: Practice, adapted_from: PracticePage | None) -> PracticePage:
    english = spec.texts["en"]
    organisation = (
        Organisation.objects.filter(slug=spec.organisation).first() if spec.organisation else None
    )
    page = PracticePage(
        slug=spec.slug,
        organisation=organisation,
        organisation_withheld=spec.organisation_withheld,
        start_date=spec.start_date,
        became_regular_service=spec.became_regular_service,
        status=spec.status,
        prevention_level=spec.prevention_level,
        reach=spec.reach,
        evaluation_type=spec.evaluation_type,
        review_label=spec.review_label,
        last_reviewed=timezone.localdate() - timedelta(days=spec.reviewed_days_ago),
        adapted_from=adapted_from,
    )
    apply_text(page, english)
    apply_terms(page, spec, Locale.objects.get(language_code="en"))
    apply_audiences(page, spec)
    return page


def ensure_practice(
    spec: Practice, indexes: dict[str, Page], locales: dict[str, Locale], pages: dict
) -> tuple[PracticePage, bool, int]:
    """The English practice and its translations; returns (page, created, translations made)."""
    index = indexes["en"]
    page = existing_child(index, spec.slug)
    created = page is None
    if created:
        page = publish_child(index, new_practice(spec, pages.get(spec.adapted_from)))
    translations = 0
    for code in TRANSLATED:
        text = spec.texts.get(code)
        if text is None:
            continue

        def prepare(translation, text=text, locale=locales[code]):
            apply_text(translation, text)
            apply_terms(translation, spec, locale)
            apply_audiences(translation, spec)
            source = translation.adapted_from
            if source is not None:
                translation.adapted_from = source.get_translation_or_none(locale) or source

        _translation, made = ensure_translation(page, locales[code], prepare)
        translations += made
    return page, created, translations


def load_practices(indexes, locales) -> tuple[int, int, list[str]]:
    from practices.demo.practices import PRACTICES

    pages = {}
    created = 0
    translated = []
    for spec in PRACTICES:
        page, made, _translations = ensure_practice(spec, indexes["practices"], locales, pages)
        pages[spec.slug] = page
        created += made
        if all(code in spec.texts for code in TRANSLATED):
            translated.append(spec.slug)
    return len(pages), created, translated


# --------------------------------------------------------------------------------------------
# Resources
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Resource:
    slug: str
    resource_type: str
    publisher: str
    url: str
    themes: tuple
    texts: dict  # language -> (title, summary)
    authors: str = ""
    year: int | None = None
    language: str = "en"


def ensure_resource(spec: Resource, indexes: dict[str, Page], locales) -> bool:
    index = indexes["en"]
    page = existing_child(index, spec.slug)
    created = page is None
    if created:
        title, summary = spec.texts["en"]
        page = ResourcePage(
            title=title,
            slug=spec.slug,
            summary=summary,
            resource_type=spec.resource_type,
            authors=spec.authors,
            publisher=spec.publisher,
            year=spec.year,
            language=spec.language,
            external_url=spec.url,
            themes=_terms(Theme, spec.themes, locales["en"]),
        )
        publish_child(index, page)
    for code in TRANSLATED:
        title, summary = spec.texts[code]

        def prepare(translation, title=title, summary=summary, locale=locales[code]):
            translation.title = title
            translation.summary = summary
            translation.themes = _terms(Theme, spec.themes, locale)

        ensure_translation(page, locales[code], prepare)
    return created


# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventText:
    title: str
    summary: str
    speakers: list[str]  # roles, in order; every speaker is shown by role only
    key_takeaways: str = ""


@dataclass(frozen=True)
class Event:
    slug: str
    starts_at: object  # a callable returning an aware datetime, so upcoming events stay ahead
    minutes: int
    time_zone: str
    themes: tuple
    texts: dict[str, EventText]


def _past(when: datetime):
    return lambda: when


def _ahead(days: int, hour: int, zone: str):
    def starts_at():
        local_day = timezone.now().astimezone(ZoneInfo(zone)).date() + timedelta(days=days)
        return datetime.combine(local_day, time(hour), tzinfo=ZoneInfo(zone))

    return starts_at


def _speakers(roles: list[str]) -> list[EventSpeaker]:
    return [
        EventSpeaker(name="", role=role, anonymised=True, sort_order=order)
        for order, role in enumerate(roles)
    ]


def ensure_event(spec: Event, indexes: dict[str, Page], locales) -> bool:
    from practices.demo.events import ONLINE, SERIES

    index = indexes["en"]
    page = existing_child(index, spec.slug)
    created = page is None
    if created:
        text = spec.texts["en"]
        starts_at = spec.starts_at()
        page = EventPage(
            title=text.title,
            slug=spec.slug,
            summary=text.summary,
            series=SERIES["en"],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=spec.minutes),
            time_zone=spec.time_zone,
            event_format=EventFormat.ONLINE,
            location=ONLINE["en"],
            key_takeaways=text.key_takeaways,
            themes=_terms(Theme, spec.themes, locales["en"]),
        )
        page.speakers = _speakers(text.speakers)
        publish_child(index, page)
    for code in TRANSLATED:
        text = spec.texts[code]

        def prepare(translation, text=text, code=code):
            translation.title = text.title
            translation.summary = text.summary
            translation.series = SERIES[code]
            translation.location = ONLINE[code]
            translation.key_takeaways = text.key_takeaways
            translation.speakers = _speakers(text.speakers)
            translation.themes = _terms(Theme, spec.themes, locales[code])

        ensure_translation(page, locales[code], prepare)
    return created


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


@transaction.atomic
def load_practices_demo(home: Page, report=print) -> None:
    """Taxonomy, the three index pages, practices, resources and events under ``home``, and
    one member's practice waiting for review."""
    from practices.demo.events import EVENTS, UPCOMING
    from practices.demo.resources import RESOURCES
    from practices.demo.review_submission import ensure_review_submission

    seed_taxonomy(report=report)
    locales = ensure_locales()
    indexes = ensure_indexes(home, locales)
    report("Sections: practices, resources and events in en, " + ", ".join(TRANSLATED))

    total, created, translated = load_practices(indexes, locales)
    report(
        f"Practices: {total} ({created} new; {len(translated)} translated into "
        f"{', '.join(TRANSLATED)})"
    )
    created = sum(ensure_resource(spec, indexes["resources"], locales) for spec in RESOURCES)
    report(f"Resources: {len(RESOURCES)} ({created} new; all in en, {', '.join(TRANSLATED)})")
    created = sum(ensure_event(spec, indexes["events"], locales) for spec in EVENTS)
    report(
        f"Events: {len(EVENTS)} ({created} new; 1 past, {len(UPCOMING)} upcoming; all in en, "
        f"{', '.join(TRANSLATED)})"
    )
    ensure_review_submission(report=report)
