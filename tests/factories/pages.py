import factory
from django.utils.text import slugify
from wagtail.models import Locale, Page, PageViewRestriction

from exchange.home.models import ContentPage, HomePage

MANY_TO_MANY = ("themes", "stages", "actor_types", "target_groups", "standards", "audience_groups")


class PageFactory(factory.django.DjangoModelFactory):
    """Builds a published Wagtail page under ``parent`` (the tree root by default).

    Many-to-many terms (``themes=[...]`` and the like) are set before the page is published.
    """

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        terms = {name: kwargs.pop(name) for name in MANY_TO_MANY if name in kwargs}
        page = model_class(*args, **kwargs)
        for name, values in terms.items():
            getattr(page, name).set(values)
        (parent or Page.get_first_root_node()).add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage

    title = "Practice Exchange"
    slug = factory.Sequence(lambda n: f"home-{n}")
    intro = "<p>A peer network for rehabilitation and reintegration practitioners.</p>"


class ContentPageFactory(PageFactory):
    class Meta:
        model = ContentPage

    summary = "A short summary."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body text.</p>")])


def translate_page(page: Page, language_code: str, **fields) -> Page:
    """Publish a translation of ``page`` (and of its missing ancestors) with ``fields`` set."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    translation = page.specific.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


def restrict_page(page: Page, *groups) -> PageViewRestriction:
    """Restrict ``page`` to Django groups (the Members group, or network groups' groups)."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(*groups)
    return restriction
