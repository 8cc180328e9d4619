from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from tests.factories.events import EventIndexPageFactory, EventPageFactory

RECORDING_CANARY = "https://video.example.org/recording-canary-7f3a"
HIDDEN_NAME = "Zarina Hiddenname"


@pytest.fixture
def event_index(home_pages):
    return EventIndexPageFactory(parent=home_pages["en"], intro="<p>Webinars and meetings.</p>")


def days_from_now(days: int) -> datetime:
    return (timezone.now() + timedelta(days=days)).replace(microsecond=0)


@pytest.fixture
def tokyo_event(event_index):
    """A public event on 1 May 2030, 09:00–11:00 UTC, held in Tokyo (UTC+9)."""
    return EventPageFactory(
        parent=event_index,
        title="Family reunification webinar",
        slug="family-reunification",
        summary="How case workers prepare families.",
        series="Reintegration talks",
        starts_at=datetime(2030, 5, 1, 9, 0, tzinfo=UTC),
        ends_at=datetime(2030, 5, 1, 11, 0, tzinfo=UTC),
        time_zone="Asia/Tokyo",
        location="Tokyo, Japan",
        registration_url="https://register.example.org/family",
        recording_url=RECORDING_CANARY,
        speakers=[
            {"name": "Aigerim Open", "role": "Case manager"},
            {"name": HIDDEN_NAME, "role": "Former detainee mentor", "anonymised": True},
        ],
    )
