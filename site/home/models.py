"""The home page and the standard content page: the site's own pages, before any practice exists."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from exchange.blocks import BaseStreamBlock
from network import policy

HOME_LISTING_SIZE = 3


def latest_live_pages(page, user, app_label: str, model: str, limit: int = HOME_LISTING_SIZE):
    """Latest live pages of one type that ``user`` may see, in ``page``'s locale.

    Matching on the content type's natural key (not the model class) lets the home page list
    page types that later apps add without importing them; the list is empty until they exist.
    """
    pages = Page.objects.live().filter(
        locale_id=page.locale_id, content_type__app_label=app_label, content_type__model=model
    )
    return policy.visible_pages(pages, user).order_by("-first_published_at")[:limit]


class HomePage(Page):
    """The root of each language's page tree."""

    intro = RichTextField(
        verbose_name=_("Introduction"),
        features=["bold", "italic", "link"],
        blank=True,
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_practices"] = latest_live_pages(
            self, request.user, "practices", "practicepage"
        )
        context["upcoming_events"] = latest_live_pages(self, request.user, "practices", "eventpage")
        return context


class ContentPage(Page):
    """A standard page (about, terms, guidance) built from the shared block set."""

    summary = models.CharField(
        verbose_name=_("Summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("Body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
