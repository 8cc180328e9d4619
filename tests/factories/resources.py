"""Resources (the library), their files, and the practices that feeds and the API publish."""

import factory
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from practices.choices import ResourceType
from practices.models import (
    ResourceIndexPage,
    ResourcePage,
    Theme,
)

from .pages import PageFactory
from .practices import PracticeIndexPageFactory, PracticePageFactory

FILLER = [
    "practitioners",
    "in",
    "municipal",
    "services",
    "and",
    "probation",
    "offices",
    "describe",
    "how",
    "they",
    "support",
    "people",
    "returning",
    "home",
    "with",
    "housing",
    "work",
    "family",
    "mediation",
    "and",
    "mentoring",
]


def summary(lead: str = "", words: int = 80) -> str:
    """A summary of ``words`` words (80 by default, as practices need 75 to 100) opening with
    ``lead``."""
    opening = lead.split()
    filler = [FILLER[index % len(FILLER)] for index in range(max(words - len(opening), 0))]
    return " ".join([*opening, *filler][:words])


def theme(slug: str, name: str = "", language: str = "en") -> Theme:
    """The theme ``slug`` in ``language`` (one row per language, sharing the slug)."""
    locale, _ = Locale.objects.get_or_create(language_code=language)
    term = Theme.objects.filter(slug=slug).exclude(locale=locale).first()
    values = {"name": name or slug.replace("-", " ").capitalize()}
    if term is not None:
        values["translation_key"] = term.translation_key
    return Theme.objects.get_or_create(slug=slug, locale=locale, defaults=values)[0]


def document(title: str, text: str = "", filename: str = "file.txt", collection=None):
    """A stored document in ``collection`` (the root collection by default)."""
    return get_document_model().objects.create(
        title=title,
        file=ContentFile((text or title).encode(), name=filename),
        collection=collection or Collection.get_first_root_node(),
    )


class ResourceIndexPageFactory(PageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Resources"
    slug = "resources"


class ResourcePageFactory(PageFactory):
    """A published resource under ``parent`` (a library), linking out unless given a file."""

    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A practical guide for rehabilitation and reintegration practitioners."
    resource_type = ResourceType.GUIDANCE
    language = "en"
    external_url = "https://example.org/guide"


__all__ = [
    "PracticeIndexPageFactory",
    "PracticePageFactory",
    "ResourceIndexPageFactory",
    "ResourcePageFactory",
    "document",
    "summary",
    "theme",
]
