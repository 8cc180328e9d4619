"""Publications, guidance, tools, training material and webinar summaries."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from network.choices import WorkingLanguage
from practices.choices import ResourceType
from practices.models.practice import refuse_reserved_slug


class ResourceIndexPage(Page):
    """The resources library, filtered like practices."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resources library")
        verbose_name_plural = _("resources libraries")

    def get_context(self, request, *args, **kwargs):
        from practices.browse import resource_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_listing(self, request))
        return context


class ResourcePage(Page):
    summary = models.TextField(_("summary"), max_length=1500)
    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    authors = models.CharField(_("authors"), max_length=250, blank=True)
    publisher = models.CharField(_("publisher"), max_length=250, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    language = models.CharField(
        _("language of the resource"), max_length=5, choices=WorkingLanguage.choices, default="en"
    )
    themes = ParentalManyToManyField("practices.Theme", verbose_name=_("themes"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Private unless this page is public."),
    )
    external_url = models.URLField(_("external link"), blank=True)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("resource_type"), FieldPanel("language")]),
                FieldRowPanel([FieldPanel("authors"), FieldPanel("publisher"), FieldPanel("year")]),
                FieldPanel("themes"),
            ],
            heading=_("About this resource"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")], heading=_("File or link")
        ),
    ]
    parent_page_types = ["practices.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def clean(self):
        super().clean()
        refuse_reserved_slug(self)
        if not self.document_id and not self.external_url:
            raise ValidationError(_("Attach a file or give an external link."))
