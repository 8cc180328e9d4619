from datetime import timedelta

import factory
from django.utils import timezone

from practices.choices import EventFormat
from practices.models import EventIndexPage, EventPage, EventSpeaker

from .pages import PageFactory


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(PageFactory):
    """A published event under ``parent`` (an events listing); upcoming by default.

    Pass ``themes=[...]`` for themes and ``speakers=[{"name": ..., "role": ...}, ...]`` for
    speakers.
    """

    class Meta:
        model = EventPage

    summary = "A webinar for practitioners."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=2))
    time_zone = "UTC"
    event_format = EventFormat.ONLINE

    @classmethod
    def _create(cls, model_class, *args, parent=None, themes=(), speakers=(), **kwargs):
        page = model_class(*args, **kwargs)
        page.themes.set(themes)
        page.speakers = [EventSpeaker(**speaker) for speaker in speakers]
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page
