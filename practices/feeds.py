"""RSS and Atom feeds of the newest practices and resources, in the reader's language.

A feed is read by aggregators and mail clients that never sign in, and it may be copied anywhere:
it lists only what an anonymous visitor may see, whoever asks, and each item says no more than
the page's summary (a practice's sections, even public ones, stay on the page).
"""

import re

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from network import policy
from practices.models import PracticeIndexPage, PracticePage, ResourceIndexPage, ResourcePage

FEED_SIZE = 20


def _public_pages(model, locale):
    """The live pages of ``model`` in ``locale`` that anyone may see."""
    return policy.visible_pages(model.objects.live().filter(locale=locale), AnonymousUser())


class PublicFeed(Feed):
    """A feed of what anyone may see, in the language of the URL (its object is the locale)."""

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # The same for everyone, so a shared cache may keep it, but it must check back first:
        # a page made private leaves the feed at once.
        patch_cache_control(response, public=True, no_cache=True)
        return response

    def get_object(self, request, *args, **kwargs):
        return Locale.objects.filter(language_code=get_language()).first()

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        for item in feed.items:
            for key in ("title", "description"):
                if item.get(key):
                    item[key] = xml_text(item[key])
        return feed


# Characters XML 1.0 cannot carry at all (forms accept them; the feed writer refuses them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` without the control characters that would make the feed writer fail."""
    return _NOT_XML.sub("", str(text))


class PublicPagesFeed(PublicFeed):
    """The newest public pages of one type; subclasses name the page and index models."""

    page_model = None
    index_model = None

    def link(self, locale):
        index = _public_pages(self.index_model, locale).first()
        return index.get_full_url() if index is not None else f"/{get_language()}/"

    def items(self, locale):
        if locale is None:
            return []
        pages = _public_pages(self.page_model, locale)
        return pages.order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        # Readers take the description as HTML: the summary is plain text, so it is escaped.
        return escape(page.summary)

    def item_link(self, page):
        return page.get_full_url()

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at


class PracticesFeed(PublicPagesFeed):
    page_model = PracticePage
    index_model = PracticeIndexPage
    title = _("Practice Exchange: newest practices")
    description = _("Practices newly shared on the Practice Exchange.")


class PracticesAtomFeed(PracticesFeed):
    feed_type = Atom1Feed
    subtitle = PracticesFeed.description


class ResourcesFeed(PublicPagesFeed):
    page_model = ResourcePage
    index_model = ResourceIndexPage
    title = _("Practice Exchange: newest resources")
    description = _("Publications, guidance, tools and training material newly shared.")


class ResourcesAtomFeed(ResourcesFeed):
    feed_type = Atom1Feed
    subtitle = ResourcesFeed.description
