"""Webinars and meetings, with key takeaways written up afterwards."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from exchange.blocks import RICH_TEXT_FEATURES
from practices.choices import EventFormat
from practices.models.practice import refuse_reserved_slug

TIME_ZONES = [(name, name) for name in sorted(zoneinfo.available_timezones())]


class EventIndexPage(Page):
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events listing")
        verbose_name_plural = _("events listings")

    def get_context(self, request, *args, **kwargs):
        from practices.browse import event_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing(self, request))
        return context


class EventPage(Page):
    summary = models.TextField(_("summary"), max_length=1500)
    series = models.CharField(_("series"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONES,
        default="UTC",
        help_text=_("Where the event is held or hosted; times are shown in it."),
    )
    event_format = models.CharField(
        _("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.ONLINE
    )
    location = models.CharField(_("place"), max_length=250, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    recording_url = models.URLField(
        _("recording (members only)"), blank=True, help_text=_("Only members see this link.")
    )
    key_takeaways = RichTextField(
        _("key takeaways"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Written after the event."),
    )
    themes = ParentalManyToManyField("practices.Theme", verbose_name=_("themes"), blank=True)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("key_takeaways"),
        index.FilterField("starts_at"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("series"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("event_format"), FieldPanel("location")]),
                FieldPanel("registration_url"),
                FieldPanel("themes"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("recording_url"),
        FieldPanel("key_takeaways"),
    ]
    parent_page_types = ["practices.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        refuse_reserved_slug(self)
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The event must end after it starts.")})

    @property
    def is_upcoming(self) -> bool:
        return self.ends_at >= timezone.now()

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)


class EventSpeaker(Orderable):
    """A speaker; practitioners working with returnees may need to stay anonymous."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=150, blank=True)
    role = models.CharField(_("role or organisation"), max_length=250, blank=True)
    anonymised = models.BooleanField(
        _("anonymised"), default=False, help_text=_("Show only the role, never the name.")
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]), FieldPanel("anonymised")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    @property
    def display_name(self) -> str:
        return _("Anonymous speaker") if self.anonymised or not self.name else self.name
