"""Events outside the page: an iCalendar file per event and a feed of upcoming public events.

Both carry only what a visitor may read on the event page: never the recording link, never a
speaker's name (the calendar file has no speakers at all).
"""

import re
from datetime import UTC
from urllib.parse import urlsplit

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404
from django.utils import formats, timezone
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from network import policy
from practices.feeds import PublicFeed
from practices.models import EventIndexPage, EventPage

FEED_SIZE = 50
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # not allowed in TEXT, bar HTAB


# --- iCalendar (RFC 5545) ---------------------------------------------------------------------
def ical_text(value: str) -> str:
    """A TEXT value: backslashes, semicolons, commas and line breaks escaped (3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\\\\n", value))


def ical_datetime(moment) -> str:
    """A DATE-TIME in UTC ("Z" form), the form every calendar reads without a VTIMEZONE."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line into lines of at most ``limit`` octets, never splitting a UTF-8
    character; each continuation starts with one space (3.1)."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def event_calendar(page: EventPage, request) -> str:
    url = page.get_full_url(request)
    host = urlsplit(url).hostname or split_domain_port(request.get_host())[0]
    properties = [
        ("UID", f"event-{page.pk}@{host}"),  # the site's own host: the same from any address
        ("DTSTAMP", ical_datetime(page.last_published_at or timezone.now())),
        ("DTSTART", ical_datetime(page.starts_at)),
        ("DTEND", ical_datetime(page.ends_at)),
        ("SUMMARY", ical_text(page.title)),
        ("DESCRIPTION", ical_text(page.summary)),
        ("URL", url),
        ("LOCATION", ical_text(page.location or page.get_event_format_display())),
    ]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Practice Exchange//Events//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        *(f"{name}:{value}" for name, value in properties),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def calendar_download(request, page_id: int):
    """The event as an .ics file, under the same rules as its page."""
    page = get_object_or_404(EventPage.objects.live(), pk=page_id)
    requirements = policy.page_requirements(page)
    if requirements:
        policy.mark_gated(request)
    if not policy.satisfies(request.user, requirements):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404  # no hint that a gated event exists
    response = HttpResponse(
        event_calendar(page, request).encode(), content_type="text/calendar; charset=utf-8"
    )
    filename = slugify(page.slug)[:60].strip("-") or "event"
    response["Content-Disposition"] = f'attachment; filename="{filename}-{page.pk}.ics"'
    if not requirements:  # like the feed: shared caches may keep it but must check back first
        patch_cache_control(response, public=True, no_cache=True)
    return response


# --- Feed of upcoming public events -----------------------------------------------------------
def public_upcoming_events(locale):
    events = EventPage.objects.live().filter(locale=locale, ends_at__gte=timezone.now())
    return policy.visible_pages(events, AnonymousUser()).order_by("starts_at", "pk")


def event_when(page: EventPage) -> str:
    """Start and end in the event's own time zone, with the zone's name."""
    starts = timezone.localtime(page.starts_at, page.zone)
    ends = timezone.localtime(page.ends_at, page.zone)
    start = formats.date_format(starts, "DATETIME_FORMAT")
    end = formats.date_format(
        ends, "TIME_FORMAT" if ends.date() == starts.date() else "DATETIME_FORMAT"
    )
    return f"{start} – {end} ({page.time_zone})"


class UpcomingEventsFeed(PublicFeed):
    """Atom feed of the upcoming events anyone may see, in the language of the URL."""

    feed_type = Atom1Feed

    def title(self, locale):
        return f"{_('Upcoming events')} · {_('Practice Exchange')}"

    def link(self, locale):
        indexes = EventIndexPage.objects.live().filter(locale=locale)
        index = policy.visible_pages(indexes, AnonymousUser()).first() if locale else None
        return index.get_full_url() if index is not None else f"/{get_language()}/"

    def items(self, locale):
        if locale is None:
            return EventPage.objects.none()
        return public_upcoming_events(locale)[:FEED_SIZE]

    def item_title(self, item):
        return item.title  # Atom titles are plain text: the feed writer escapes them

    def item_description(self, item):
        return format_html("<p>{}</p><p>{}</p>", event_when(item), item.summary)

    def item_link(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
