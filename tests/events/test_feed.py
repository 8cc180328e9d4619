import xml.etree.ElementTree as ET

import pytest

from network.policy import members_group
from tests.events.conftest import HIDDEN_NAME, RECORDING_CANARY, days_from_now
from tests.factories import member, restrict_page, translate_page
from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list[dict[str, str]]:
    feed = ET.fromstring(response.content)  # noqa: S314
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.findtext(f"{ATOM}summary"),
        }
        for entry in feed.iter(f"{ATOM}entry")
    ]


@pytest.fixture
def mixed_events(event_index, tokyo_event):
    gated = EventPageFactory(
        parent=event_index, title="Gated canary meeting", starts_at=days_from_now(3)
    )
    restrict_page(gated, members_group())
    EventPageFactory(parent=event_index, title="Past canary meeting", starts_at=days_from_now(-3))
    EventPageFactory(parent=event_index, title="Next week webinar", starts_at=days_from_now(7))
    return tokyo_event


def test_feed_lists_public_upcoming_events_soonest_first(client, mixed_events):
    response = client.get("/en/events/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert [entry["title"] for entry in entries(response)] == [
        "Next week webinar",
        "Family reunification webinar",
    ]
    first = entries(response)[1]
    assert first["link"] == mixed_events.full_url
    assert first["link"].endswith("/en/events/family-reunification/")
    assert "May 1, 2030, 6 p.m. – 8 p.m. (Asia/Tokyo)" in first["summary"]
    assert "How case workers prepare families." in first["summary"]


def test_feed_never_lists_gated_or_past_events_even_for_members(client, mixed_events):
    client.force_login(member())

    body = client.get("/en/events/feed/").content.decode()

    assert "Gated canary meeting" not in body
    assert "Past canary meeting" not in body


def test_feed_never_carries_members_only_fields(client, mixed_events):
    body = client.get("/en/events/feed/").content.decode()

    assert RECORDING_CANARY not in body and "recording-canary" not in body
    assert HIDDEN_NAME not in body


def test_feed_is_publicly_cacheable(client, mixed_events):
    response = client.get("/en/events/feed/")

    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "no-cache" in cache_control
    assert "private" not in cache_control and "no-store" not in cache_control


def test_feed_follows_the_language_of_the_url(client, tokyo_event):
    translate_page(tokyo_event, "ar", title="ندوة لم شمل الأسرة")

    english = client.get("/en/events/feed/")
    arabic = client.get("/ar/events/feed/")

    assert [entry["title"] for entry in entries(english)] == ["Family reunification webinar"]
    assert [entry["title"] for entry in entries(arabic)] == ["ندوة لم شمل الأسرة"]
    assert 'xml:lang="ar"' in arabic.content.decode()


def test_feed_is_empty_but_valid_without_events(client, event_index):
    response = client.get("/en/events/feed/")

    assert response.status_code == 200
    assert entries(response) == []
