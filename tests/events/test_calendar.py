from datetime import UTC, datetime

import pytest
from wagtail.models import Site

from network.policy import members_group
from tests.events.conftest import HIDDEN_NAME, RECORDING_CANARY
from tests.factories import AccountFactory, member, restrict_page
from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db


def ics_url(page) -> str:
    return f"/en/events/{page.pk}/calendar.ics"


def physical_lines(body: bytes) -> list[bytes]:
    assert body.endswith(b"\r\n")
    lines = body[:-2].split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines), "bare line break"
    return lines


def properties(body: bytes) -> dict[str, str]:
    """Unfold the content lines and read them as NAME:VALUE (the file uses no parameters)."""
    unfolded = body.decode().replace("\r\n ", "")
    pairs = (line.split(":", 1) for line in unfolded.split("\r\n") if line)
    return dict(pairs)


def test_calendar_file_is_an_icalendar_download(client, tokyo_event):
    response = client.get(ics_url(tokyo_event))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="family-reunification-{tokyo_event.pk}.ics"'
    )


def test_calendar_file_describes_the_event_in_utc(client, tokyo_event):
    body = client.get(ics_url(tokyo_event)).content
    lines = physical_lines(body)
    fields = properties(body)

    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
    assert b"BEGIN:VEVENT" in lines and b"END:VEVENT" in lines
    assert fields["VERSION"] == "2.0"
    assert fields["PRODID"]
    assert fields["UID"] == f"event-{tokyo_event.pk}@{Site.objects.get().hostname}"
    assert fields["DTSTART"] == "20300501T090000Z"
    assert fields["DTEND"] == "20300501T110000Z"
    assert fields["DTSTAMP"].endswith("Z") and len(fields["DTSTAMP"]) == 16
    assert fields["SUMMARY"] == "Family reunification webinar"
    assert fields["DESCRIPTION"] == "How case workers prepare families."
    assert fields["URL"] == tokyo_event.full_url
    assert fields["URL"].endswith("/en/events/family-reunification/")
    assert fields["LOCATION"] == "Tokyo\\, Japan"


def test_calendar_uid_is_stable(client, tokyo_event):
    first = properties(client.get(ics_url(tokyo_event)).content)
    second = properties(client.get(ics_url(tokyo_event)).content)

    assert first["UID"] == second["UID"]
    assert first["DTSTAMP"] == second["DTSTAMP"]


def test_calendar_text_is_escaped(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="Costs; travel, food",
        slug="costs",
        summary="Bring a back\\slash, a semi;colon\nand a second line\r\nand a third\x0c",
        location="Room 4; Hall B, Osh",
    )

    fields = properties(client.get(ics_url(event)).content)

    assert fields["SUMMARY"] == r"Costs\; travel\, food"
    assert fields["DESCRIPTION"] == (
        r"Bring a back\\slash\, a semi\;colon\nand a second line\nand a third"
    )
    assert fields["LOCATION"] == r"Room 4\; Hall B\, Osh"


def test_long_lines_are_folded_at_75_octets_without_splitting_characters(client, event_index):
    title = ("Возвращение домой: " + "семьи и общины " * 12).strip()
    summary = "Long summary " * 30
    event = EventPageFactory(parent=event_index, title=title, slug="long", summary=summary)

    body = client.get(ics_url(event)).content
    lines = physical_lines(body)
    fields = properties(body)

    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode()  # each physical line is whole UTF-8
    assert fields["SUMMARY"] == title
    assert fields["DESCRIPTION"] == summary


def test_calendar_file_never_carries_members_only_content(client, tokyo_event):
    client.force_login(member())

    body = client.get(ics_url(tokyo_event)).content.decode()

    assert RECORDING_CANARY not in body and "recording-canary" not in body
    assert HIDDEN_NAME not in body


def test_calendar_file_of_a_gated_event_sends_visitors_to_sign_in(client, tokyo_event):
    restrict_page(tokyo_event, members_group())

    response = client.get(ics_url(tokyo_event))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert b"VCALENDAR" not in response.content


def test_calendar_file_of_a_gated_event_is_not_found_for_applicants(client, tokyo_event):
    restrict_page(tokyo_event, members_group())
    client.force_login(AccountFactory())

    response = client.get(ics_url(tokyo_event))

    assert response.status_code == 404
    assert b"VCALENDAR" not in response.content
    assert b"Family reunification" not in response.content


def test_calendar_file_of_a_gated_event_is_private_for_members(client, tokyo_event):
    restrict_page(tokyo_event, members_group())
    client.force_login(member())

    response = client.get(ics_url(tokyo_event))

    assert response.status_code == 200
    assert properties(response.content)["DTSTART"] == "20300501T090000Z"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_calendar_file_of_an_unpublished_event_is_not_found(client, tokyo_event):
    tokyo_event.unpublish()
    client.force_login(member())

    assert client.get(ics_url(tokyo_event)).status_code == 404
    assert client.get("/en/events/999999/calendar.ics").status_code == 404


def test_calendar_file_uses_utc_whatever_the_zone(client, event_index):
    event = EventPageFactory(
        parent=event_index,
        title="New York session",
        starts_at=datetime(2030, 7, 1, 13, 30, tzinfo=UTC),
        ends_at=datetime(2030, 7, 1, 15, 0, tzinfo=UTC),
        time_zone="America/New_York",
    )

    fields = properties(client.get(ics_url(event)).content)

    assert fields["DTSTART"] == "20300701T133000Z"
    assert fields["DTEND"] == "20300701T150000Z"
