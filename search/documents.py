"""What gets indexed: search documents built from live pages, forum topics and posts.

Each object gives zero or more :class:`SearchDocument`: nothing when it is not published or when
its audience cannot be named safely; otherwise one main document carrying only what its page
shows to everyone who may open it, and one more per gated part (a practice section, an attached
file) carrying only that part's text with that part's audience. Audiences come from the access
policy (``page_requirements``, ``audience_requirement``, ``forum_requirement``,
``document_requirements``), reduced by :mod:`search.audiences`.

Keys: the main document's key is the object key (``page:12``, ``topic:5``, ``post:9``); a part's
key adds ``#section:<name>`` or ``#file:<document id>``.
"""

from __future__ import annotations

import dataclasses
import datetime
import html
from collections.abc import Iterator

import bleach
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from wagtail.models import Page

from network import policy
from network.choices import PostState
from network.models import Post, Topic
from practices.models import EventPage, PracticePage, ResourcePage
from practices.models.practice import SECTIONS
from search.audiences import Requirements, reduce_requirements
from search.backends.base import SearchDocument
from search.extraction import document_text

KIND_PRACTICE = "practice"
KIND_RESOURCE = "resource"
KIND_EVENT = "event"
KIND_TOPIC = "topic"
KIND_POST = "post"
KINDS = (KIND_PRACTICE, KIND_RESOURCE, KIND_EVENT, KIND_TOPIC, KIND_POST)

INDEXED_PAGE_TYPES = (PracticePage, ResourcePage, EventPage)
SECTION_PART = "section"
FILE_PART = "file"


# Keys ----------------------------------------------------------------------------------------


def object_key(obj: Model) -> str:
    if isinstance(obj, Page):
        return f"page:{obj.pk}"
    if isinstance(obj, Topic):
        return f"topic:{obj.pk}"
    if isinstance(obj, Post):
        return f"post:{obj.pk}"
    raise TypeError(f"{type(obj).__name__} is not indexed")


def part_of(document_key: str) -> tuple[str, str, str]:
    """``page:12#section:approach`` → ``("page:12", "section", "approach")``; the main document
    has an empty part."""
    base, _, part = document_key.partition("#")
    kind, _, name = part.partition(":")
    return base, kind, name


def load_object(key: str) -> Model | None:
    """The live object an object key names, or None when it is gone."""
    kind, _, pk = key.partition(":")
    if not pk.isdigit():
        return None
    if kind == "page":
        page = Page.objects.filter(pk=pk).first()
        return page.specific if page is not None else None
    if kind == "topic":
        return Topic.objects.select_related("category__locale").filter(pk=pk).first()
    if kind == "post":
        return Post.objects.select_related("topic__category__locale").filter(pk=pk).first()
    return None


# Text helpers --------------------------------------------------------------------------------


def plain_text(value) -> str:
    """Rich text or sanitised HTML as plain words. Members' text can hold markup Django's tag
    stripper cannot parse (``<![`` followed by a non-name); bleach's HTML5 parser then strips it,
    so one odd passage never stops indexing."""
    text = str(value or "")
    try:
        stripped = strip_tags(text)
    except Exception:
        stripped = bleach.clean(text, tags=set(), strip=True)
    return " ".join(html.unescape(stripped).split())


def _join(*parts) -> str:
    return "\n".join(part for part in (str(p).strip() for p in parts if p) if part)


def guess_language(text: str, default: str) -> str:
    """Forum posts carry no language: guess from the script, keeping ``default`` when unsure."""
    arabic = cyrillic = latin = 0
    for character in text[:2000]:
        if "\u0600" <= character <= "\u06ff":
            arabic += 1
        elif "\u0400" <= character <= "\u04ff":
            cyrillic += 1
        elif character.isascii() and character.isalpha():
            latin += 1
    letters = arabic + cyrillic + latin
    if not letters:
        return default
    if arabic * 2 > letters:
        return "ar"
    if cyrillic * 2 > letters:
        return default if default not in ("en", "ar") else "ru"
    if latin * 2 > letters and default in ("ar", "ru"):
        return "en"
    return default


def _names_in(locale, terms) -> list[str]:
    """Names of taxonomy ``terms`` in ``locale`` where translated, else their own names."""
    terms = list(terms)
    if not terms:
        return []
    model = type(terms[0])
    translated = dict(
        model.objects.filter(
            locale=locale, translation_key__in=[term.translation_key for term in terms]
        ).values_list("translation_key", "name")
    )
    return [translated.get(term.translation_key, term.name) for term in terms]


def _slugs(terms) -> tuple[str, ...]:
    return tuple(sorted({term.slug for term in terms}))


def _page_date(page: Page, preferred: datetime.date | None = None) -> datetime.date | None:
    if preferred is not None:
        return preferred
    published = page.first_published_at or page.last_published_at
    return timezone.localdate(published) if published else None


def _translations(page: Page) -> tuple[str, ...]:
    codes = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .values_list("locale__language_code", flat=True)
    )
    return tuple(sorted(set(codes)))


def _page_common(page: Page, kind: str, date: datetime.date | None) -> dict:
    return {
        "object_key": object_key(page),
        "kind": kind,
        "title": page.title,
        "url": page.get_url() or "",
        "language": page.locale.language_code,
        "date": date,
        "translations": _translations(page),
        "translation_key": str(page.translation_key),
    }


def _part(
    main: SearchDocument, part: str, name: str, heading: str, text: str, requirements: Requirements
) -> SearchDocument | None:
    audiences = reduce_requirements(requirements)
    if audiences is None or not text:
        return None
    return dataclasses.replace(
        main,
        key=f"{main.object_key}#{part}:{name}",
        section=heading,
        body=text,
        audiences=audiences,
    )


def _file_parts(main: SearchDocument, documents, base: Requirements) -> list[SearchDocument]:
    """One document per readable attached file, as private as the policy says that file is."""
    parts = []
    for document, heading in documents:
        requirements = [*base, *policy.document_requirements(document)]
        part = _part(
            main, FILE_PART, str(document.pk), heading, document_text(document), requirements
        )
        if part is not None:
            parts.append(part)
    return parts


# Practices -----------------------------------------------------------------------------------


def _key_facts(page: PracticePage) -> list[str]:
    locale = page.locale
    facts = [page.summary]
    if not page.location_withheld and page.country_id:
        facts += [page.city, *_names_in(locale, [page.country])]
    if not page.organisation_withheld and page.organisation_id:
        facts.append(page.organisation.name)
    facts += _names_in(locale, page.actor_types.all())
    facts += [page.get_status_display(), page.get_prevention_level_display()]
    facts += _names_in(locale, page.stages.all())
    facts += _names_in(locale, page.target_groups.all())
    facts.append(page.reach_note)
    facts += _names_in(locale, page.themes.all())
    facts += [page.get_evaluation_type_display()]
    facts += _names_in(locale, page.standards.all())
    if page.adapted_from_id:
        facts.append(page.adaptation_notes)
    return facts


def _indicator_rows(page: PracticePage) -> list[str]:
    return [
        " ".join([row.indicator, row.baseline, row.target, row.result, row.source])
        for row in page.indicators.all()
    ]


def _section_text(page: PracticePage, fields: list[str]) -> str:
    """The words of one section as its page shows them (fields, blocks, rows, file titles)."""
    texts = []
    for name in fields:
        if name == "activities":
            field = PracticePage._meta.get_field("activities")
            texts += field.get_searchable_content(page.activities)
        elif name == "indicators":
            texts += _indicator_rows(page)
        elif name == "attachments":
            texts += [str(attachment) for attachment in page.attachments.all()]
        else:
            texts.append(getattr(page, name))
    return _join(*(plain_text(text) for text in texts))


def _practice_facets(page: PracticePage) -> dict:
    withheld = page.location_withheld or page.country is None
    return {
        "theme": _slugs(page.themes.all()),
        "stage": _slugs(page.stages.all()),
        "actor_type": _slugs(page.actor_types.all()),
        "target_group": _slugs(page.target_groups.all()),
        "country": () if withheld else (page.country.slug,),
        "region": () if withheld else (page.country.region.slug,),
        "evaluation_type": (page.evaluation_type,) if page.evaluation_type else (),
    }


def practice_documents(page: PracticePage) -> list[SearchDocument]:
    base = policy.page_requirements(page)
    audiences = reduce_requirements(base)
    if audiences is None:
        return []
    groups = list(page.audience_groups.all())
    common = {
        **_page_common(page, KIND_PRACTICE, _page_date(page, page.start_date)),
        **_practice_facets(page),
    }
    public_texts = _key_facts(page)
    gated = []
    for key, label, fields in SECTIONS:
        text = _section_text(page, fields)
        requirement = policy.audience_requirement(getattr(page, f"{key}_audience"), groups)
        if requirement is None:
            public_texts.append(text)
        else:
            gated.append((key, label, text, requirement))
    main = SearchDocument(
        key=common["object_key"], body=_join(*public_texts), audiences=audiences, **common
    )
    documents = [main]
    for key, label, text, requirement in gated:
        part = _part(main, SECTION_PART, key, str(label), text, [*base, requirement])
        if part is not None:
            documents.append(part)
    attachments_requirement = policy.audience_requirement(page.attachments_audience, groups)
    files = [(a.document, str(a)) for a in page.attachments.select_related("document")]
    extra = [attachments_requirement] if attachments_requirement is not None else []
    return documents + _file_parts(main, files, [*base, *extra])


# Resources and events ------------------------------------------------------------------------


def resource_documents(page: ResourcePage) -> list[SearchDocument]:
    base = policy.page_requirements(page)
    audiences = reduce_requirements(base)
    if audiences is None:
        return []
    date = datetime.date(page.year, 1, 1) if page.year else None
    common = {
        **_page_common(page, KIND_RESOURCE, _page_date(page, date)),
        "theme": _slugs(page.themes.all()),
    }
    body = _join(
        page.summary,
        page.authors,
        page.publisher,
        page.get_resource_type_display(),
        page.year,
        *_names_in(page.locale, page.themes.all()),
    )
    main = SearchDocument(key=common["object_key"], body=body, audiences=audiences, **common)
    files = [(page.document, page.document.title)] if page.document_id else []
    return [main, *_file_parts(main, files, base)]


def event_documents(page: EventPage) -> list[SearchDocument]:
    base = policy.page_requirements(page)
    audiences = reduce_requirements(base)
    if audiences is None:
        return []
    starts = timezone.localtime(page.starts_at, page.zone).date()
    common = {**_page_common(page, KIND_EVENT, starts), "theme": _slugs(page.themes.all())}
    speakers = [
        " ".join(filter(None, [str(speaker.display_name), speaker.role]))
        for speaker in page.speakers.all()
    ]
    body = _join(
        page.summary,
        page.series,
        page.location,
        page.get_event_format_display(),
        *speakers,
        plain_text(page.key_takeaways),
        *_names_in(page.locale, page.themes.all()),
    )
    return [SearchDocument(key=common["object_key"], body=body, audiences=audiences, **common)]


# Forums --------------------------------------------------------------------------------------


def forum_requirements(topic: Topic) -> list[frozenset[str]]:
    """What the policy asks of a topic's readers: members of the forum's audience, and readers
    of the practice it discusses (``policy.can_view`` for forum objects)."""
    requirements = [frozenset({policy.MEMBERS}), policy.forum_requirement(topic.category)]
    if topic.practice_id:
        requirements += policy.page_requirements(topic.practice)
    return requirements


def first_published_post(topic: Topic) -> Post | None:
    return topic.posts.filter(state=PostState.PUBLISHED).order_by("created_at", "id").first()


def _topic_url(topic: Topic, language: str) -> str:
    with translation.override(language):
        return reverse("forums:topic", kwargs={"slug": topic.category.slug, "topic_id": topic.pk})


def _forum_common(topic: Topic, text: str) -> dict:
    forum_language = topic.category.locale.language_code
    language = guess_language(f"{topic.title} {text}", forum_language)
    return {
        "title": topic.title,
        "language": language,
        "url": _topic_url(topic, forum_language),
        "translations": (language,),
        "translation_key": f"topic:{topic.pk}",
    }


def topic_documents(topic: Topic) -> list[SearchDocument]:
    first = first_published_post(topic)
    if first is None and not topic.practice_id:
        return []  # nobody but its author sees a topic before its first post is published
    audiences = reduce_requirements(forum_requirements(topic))
    if audiences is None:
        return []
    text = plain_text(first.html) if first is not None else ""
    tags = " ".join(tag.name for tag in topic.tags.all())
    return [
        SearchDocument(
            key=object_key(topic),
            object_key=object_key(topic),
            kind=KIND_TOPIC,
            body=_join(text, tags),
            audiences=audiences,
            date=timezone.localdate(topic.created_at),
            **_forum_common(topic, text),
        )
    ]


def post_documents(post: Post) -> list[SearchDocument]:
    """A published reply; the opening post is part of its topic's document."""
    if post.state != PostState.PUBLISHED:
        return []
    first = first_published_post(post.topic)
    if first is None or first.pk == post.pk:
        return []
    audiences = reduce_requirements(forum_requirements(post.topic))
    if audiences is None:
        return []
    text = plain_text(post.html)
    common = _forum_common(post.topic, text)
    return [
        SearchDocument(
            key=object_key(post),
            object_key=object_key(post),
            kind=KIND_POST,
            body=text,
            audiences=audiences,
            date=timezone.localdate(post.created_at),
            **{**common, "url": f"{common['url']}#post-{post.pk}"},
        )
    ]


# Dispatch ------------------------------------------------------------------------------------

PAGE_BUILDERS = {
    PracticePage: practice_documents,
    ResourcePage: resource_documents,
    EventPage: event_documents,
}


def documents_for(obj: Model | None) -> list[SearchDocument]:
    """Every document ``obj`` contributes right now; empty when it must not be found."""
    if obj is None:
        return []
    if isinstance(obj, Page):
        page = obj.specific
        builder = PAGE_BUILDERS.get(type(page))
        if builder is None or not page.live:
            return []
        with translation.override(page.locale.language_code):  # labels in the page's language
            return builder(page)
    if isinstance(obj, Topic):
        return topic_documents(obj)
    if isinstance(obj, Post):
        return post_documents(obj)
    return []


def indexable_querysets() -> list:
    """Everything a full rebuild walks through, each with what building its documents reads."""
    return [
        PracticePage.objects.live()
        .select_related("locale", "country__region", "organisation")
        .prefetch_related("themes", "stages", "actor_types", "target_groups", "standards"),
        ResourcePage.objects.live().select_related("locale").prefetch_related("themes"),
        EventPage.objects.live().select_related("locale").prefetch_related("themes", "speakers"),
        Topic.objects.select_related("category__locale", "practice").prefetch_related("tags"),
        Post.objects.filter(state=PostState.PUBLISHED).select_related(
            "topic__category__locale", "topic__practice"
        ),
    ]


def count_indexable() -> int:
    return sum(queryset.count() for queryset in indexable_querysets())


def all_objects() -> Iterator[Model]:
    for queryset in indexable_querysets():
        yield from queryset.iterator(chunk_size=500)
