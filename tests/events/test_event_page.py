import pytest
from wagtail.models import Locale

from network.policy import members_group
from practices.models import Theme
from tests.events.conftest import HIDDEN_NAME, RECORDING_CANARY, days_from_now
from tests.factories import AccountFactory, member, restrict_page, translate_page
from tests.factories.events import EventPageFactory

pytestmark = pytest.mark.django_db

URL = "/en/events/family-reunification/"


def test_event_page_shows_when_in_its_own_zone_with_the_zone_name(client, tokyo_event):
    page = client.get(URL).content.decode()

    assert '<time datetime="2030-05-01T18:00:00+09:00">May 1, 2030, 6 p.m.</time>' in page
    assert '<time datetime="2030-05-01T20:00:00+09:00">8 p.m.</time>' in page
    assert "(Asia/Tokyo)" in page


def test_event_page_shows_summary_series_format_place_and_calendar_link(client, tokyo_event):
    page = client.get(URL).content.decode()

    assert '<p class="lead">How case workers prepare families.</p>' in page
    assert "Reintegration talks" in page
    assert "<dd>Online</dd>" in page and "<dd>Tokyo, Japan</dd>" in page
    assert f'href="/en/events/{tokyo_event.pk}/calendar.ics"' in page
    assert "Add to calendar (.ics)" in page


def test_event_page_lists_speakers_by_display_name_and_role(client, tokyo_event):
    page = client.get(URL).content.decode()

    assert "<li>Aigerim Open · Case manager</li>" in page
    assert "<li>Anonymous speaker · Former detainee mentor</li>" in page


@pytest.mark.parametrize("who", ["visitor", "applicant", "member"])
def test_anonymised_speaker_name_appears_in_no_response(client, tokyo_event, who):
    if who != "visitor":
        client.force_login(member() if who == "member" else AccountFactory())
    urls = [
        URL,
        "/en/events/",
        f"/en/events/{tokyo_event.pk}/calendar.ics",
        "/en/events/feed/",
        "/en/",
    ]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert HIDDEN_NAME not in response.content.decode(), url
        assert "Hiddenname" not in response.content.decode(), url


def test_members_get_the_recording_link(client, tokyo_event):
    client.force_login(member())

    page = client.get(URL).content.decode()

    assert f'href="{RECORDING_CANARY}"' in page
    assert "Recording available to members." not in page


def test_visitors_see_the_recording_exists_but_not_its_address(client, tokyo_event):
    page = client.get(URL).content.decode()

    assert RECORDING_CANARY not in page
    assert "recording-canary" not in page
    assert "Recording available to members." in page
    assert 'href="/en/accounts/signup/"' in page
    assert f'href="/en/accounts/login/?next={URL}"' in page


def test_applicants_see_the_recording_exists_but_not_its_address(client, tokyo_event):
    client.force_login(AccountFactory())

    page = client.get(URL).content.decode()

    assert "recording-canary" not in page
    assert "Recording available to members." in page


def test_no_recording_section_without_a_recording(client, event_index):
    EventPageFactory(parent=event_index, title="Plain", slug="plain")

    page = client.get("/en/events/plain/").content.decode()

    assert "Recording" not in page


def test_registration_link_only_while_the_event_is_upcoming(client, event_index):
    fields = {"registration_url": "https://register.example.org/x"}
    EventPageFactory(parent=event_index, title="Soon", starts_at=days_from_now(2), **fields)
    EventPageFactory(parent=event_index, title="Over", starts_at=days_from_now(-2), **fields)

    soon = client.get("/en/events/soon/").content.decode()
    over = client.get("/en/events/over/").content.decode()

    assert 'href="https://register.example.org/x"' in soon
    assert "register.example.org" not in over


def test_key_takeaways_and_themes_are_shown(client, event_index):
    theme = Theme.objects.create(name="Trauma care", slug="trauma", locale=Locale.get_default())
    EventPageFactory(
        parent=event_index,
        title="Debrief",
        starts_at=days_from_now(-3),
        key_takeaways="<p>Start family contact early.</p>",
        themes=[theme],
    )

    page = client.get("/en/events/debrief/").content.decode()

    assert "Key takeaways" in page and "<p>Start family contact early.</p>" in page
    assert "<dd>Trauma care</dd>" in page


def test_gated_event_page_follows_the_access_policy(client, tokyo_event):
    restrict_page(tokyo_event, members_group())

    visitor = client.get(URL)
    client.force_login(member())
    as_member = client.get(URL)

    assert visitor.status_code == 302
    assert as_member.status_code == 200
    assert "private" in as_member["Cache-Control"]


def test_themes_are_named_in_the_readers_language(client, event_index):
    theme = Theme.objects.create(name="Trauma care", slug="trauma", locale=Locale.get_default())
    arabic_theme = theme.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic_theme.name = "رعاية الصدمات"
    arabic_theme.save()
    event = EventPageFactory(parent=event_index, title="Debrief", themes=[theme])
    translate_page(event, "ar", title="استخلاص")

    page = client.get("/ar/events/debrief/").content.decode()

    assert "<dd>رعاية الصدمات</dd>" in page
    assert "Trauma care" not in page
