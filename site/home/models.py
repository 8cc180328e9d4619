"""The home page and the standard content page: the site's own pages, before any practice exists."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from exchange.blocks import BaseStreamBlock


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
        from practices.browse import latest_practices, upcoming_events

        context = super().get_context(request, *args, **kwargs)
        context["latest_practices"] = latest_practices(self.locale_id, request.user)
        context["upcoming_events"] = upcoming_events(self.locale_id, request.user)
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
