import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.policy import members_group
from tests.events.conftest import days_from_now
from tests.factories import member, restrict_page
from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db


def event(index, title, days, **fields):
    starts = days_from_now(days)
    return EventPageFactory(parent=index, title=title, starts_at=starts, **fields)


def test_listing_shows_empty_states_before_any_event(client, event_index):
    page = client.get("/en/events/").content.decode()

    assert "<h1>Events</h1>" in page
    assert "No events are planned at the moment." in page
    assert "No past events yet." in page


def test_listing_shows_upcoming_soonest_first_and_past_apart(client, event_index):
    event(event_index, "Later webinar", 30)
    event(event_index, "Sooner webinar", 3)
    event(event_index, "Last month meeting", -30)

    page = client.get("/en/events/").content.decode()
    upcoming, past = page.split('id="past-heading"')

    assert upcoming.index("Sooner webinar") < upcoming.index("Later webinar")
    assert "Last month meeting" not in upcoming
    assert "Last month meeting" in past
    assert "Sooner webinar" not in past
    assert "No events are planned" not in page and "No past events yet." not in page


def test_event_in_progress_counts_as_upcoming(client, event_index):
    event(event_index, "Running now", 0, ends_at=days_from_now(1))

    upcoming = client.get("/en/events/").content.decode().split('id="past-heading"')[0]

    assert "Running now" in upcoming


def test_listing_shows_times_in_each_events_own_zone(client, tokyo_event):
    page = client.get("/en/events/").content.decode()

    assert '<time datetime="2030-05-01T18:00:00+09:00">May 1, 2030, 6 p.m.</time>' in page
    assert "(Asia/Tokyo)" in page
    assert "Online" in page and "Reintegration talks" in page


def test_listing_links_the_feed_and_each_calendar_file(client, tokyo_event):
    page = client.get("/en/events/").content.decode()

    assert 'href="/en/events/feed/"' in page
    assert f'href="/en/events/{tokyo_event.pk}/calendar.ics"' in page
    assert 'href="/en/events/family-reunification/"' in page


def test_past_events_are_paginated(client, event_index):
    for number in range(13):
        event(event_index, f"Past meeting {number:02d}", -(number + 1))

    first = client.get("/en/events/").content.decode()
    second = client.get("/en/events/?page=2").content.decode()

    assert "Past meeting 00" in first and "Past meeting 11" in first
    assert "Past meeting 12" not in first
    assert "Page 1 of 2" in first and 'rel="next" href="?page=2"' in first
    assert "Past meeting 12" in second and "Past meeting 00" not in second


def test_gated_event_is_listed_for_members_only(client, event_index):
    event(event_index, "Open webinar", 5)
    restrict_page(event(event_index, "Members closed meeting", 6), members_group())

    visitor_page = client.get("/en/events/").content.decode()
    client.force_login(member())
    member_page = client.get("/en/events/").content.decode()

    assert "Open webinar" in visitor_page and "Members closed meeting" not in visitor_page
    assert "Members closed meeting" in member_page


def count_queries(client, url: str) -> int:
    client.get(url)  # caches warm (site root paths, locales)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_listing_queries_do_not_grow_with_the_number_of_events(client, event_index):
    for days in (-20, 4, 8):
        event(event_index, f"Event {days}", days, slug=f"event-{days + 100}", series="Talks")
    with_three = count_queries(client, "/en/events/")
    for days in (-40, -30, -10, 12, 16, 20, 24):
        event(event_index, f"Event {days}", days, slug=f"event-{days + 100}", series="Talks")

    with_ten = count_queries(client, "/en/events/")

    assert with_three == with_ten
