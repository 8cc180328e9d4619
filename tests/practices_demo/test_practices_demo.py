"""The practices demo: taxonomy in three languages, practices, resources and events that load
once, validate, translate, keep contacts role-based and render."""

import re

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Page, Revision

from exchange.home.demo_content import load_demo_content
from network.models import User
from practices.demo import PRACTICES
from practices.models import (
    EventPage,
    EventSpeaker,
    MonitoringIndicator,
    PracticeIndexPage,
    PracticePage,
    ResourcePage,
    Stage,
    Theme,
)
from practices.models.practice import SUMMARY_WORDS, count_words
from practices.taxonomy_seed import VOCABULARIES, seed_taxonomy

pytestmark = pytest.mark.django_db

TRANSLATED_SLUGS = [
    "aktau-city-led-reintegration-of-women-and-children",
    "kyrgyzstan-risk-and-needs-assessment-tools",
    "erbil-civil-society-network-and-training-centre",
]
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
PHONE = re.compile(r"\+?\d(?:[\s().-]?\d){7,}")
ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def quiet_load():
    load_demo_content(report=lambda line: None)


def counts() -> dict[str, int]:
    tallies = {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "indicators": MonitoringIndicator.objects.count(),
        "speakers": EventSpeaker.objects.count(),
    }
    for label, model, _terms in VOCABULARIES:
        tallies[label] = model.objects.count()
    return tallies


def test_loading_the_demo_twice_creates_nothing_new():
    quiet_load()
    first = counts()

    lines = []
    load_demo_content(report=lines.append)

    assert counts() == first
    published = PracticePage.objects.live()  # one more practice waits for review
    assert published.filter(locale__language_code="en").count() == len(PRACTICES)
    assert any(line.startswith("Practices: 7 (0 new") for line in lines), lines
    assert any("(0 new rows)" in line for line in lines if line.startswith("Taxonomy:")), lines


def test_every_practice_summary_has_75_to_100_words_and_validates():
    quiet_load()

    practices = PracticePage.objects.live()
    assert practices.count() == len(PRACTICES) + 2 * len(TRANSLATED_SLUGS)
    for practice in practices:
        assert SUMMARY_WORDS[0] <= count_words(practice.summary) <= SUMMARY_WORDS[1], practice
        practice.full_clean()
        assert practice.live and not practice.has_unpublished_changes
        assert 2 <= practice.indicators.count() <= 4, practice
        assert practice.activities, practice
        assert practice.context_audience == "public"
        assert {practice.approach_audience, practice.results_audience} == {"members"}
        assert practice.contacts_audience in {"members", "groups"}


def test_named_practices_are_translated_into_arabic_and_russian():
    quiet_load()

    for slug in TRANSLATED_SLUGS:
        english = PracticePage.objects.get(slug=slug, locale__language_code="en")
        for code, script in (("ar", ARABIC), ("ru", CYRILLIC)):
            locale = Locale.objects.get(language_code=code)
            translation = english.get_translation(locale).specific
            assert translation.live
            assert translation.get_parent().specific_class is PracticeIndexPage
            assert translation.title != english.title and script.search(translation.title)
            assert script.search(translation.summary) and script.search(translation.results)
            assert translation.indicators.count() == english.indicators.count()
            assert all(script.search(row.indicator) for row in translation.indicators.all())
            assert {term.locale.language_code for term in translation.themes.all()} == {code}
            assert translation.country.locale.language_code == code


def test_one_practice_keeps_its_contacts_for_a_group():
    quiet_load()
    practice = PracticePage.objects.get(
        slug="aktau-city-led-reintegration-of-women-and-children", locale__language_code="en"
    )
    assert practice.contacts_audience == "groups"
    assert [group.slug for group in practice.audience_groups.all()] == [
        "returning-women-and-children"
    ]

    anonymous = Client(HTTP_HOST="localhost")
    assert "practice coordinator" not in anonymous.get(practice.url).content.decode()
    group_member = Client(HTTP_HOST="localhost")
    group_member.force_login(User.objects.get(email="nadia@practice-exchange.test"))
    assert "practice coordinator" in group_member.get(practice.url).content.decode()


def _practice_texts(practice: PracticePage):
    yield practice.title
    yield practice.summary
    yield practice.city
    yield practice.reach_note
    yield practice.adaptation_notes
    for name in ("starting_situation", "goals", "theory_of_change", "partners", "funding"):
        yield getattr(practice, name)
    for name in ("results", "successes", "failures", "dos_and_donts", "sustainability"):
        yield getattr(practice, name)
    yield practice.transferability
    yield practice.contacts
    for block in practice.activities:
        yield block.value["title"]
        yield block.value["description"].source
        yield block.value["who"]
    for row in practice.indicators.all():
        yield from (row.indicator, row.baseline, row.target, row.result, row.source)


def test_no_practice_field_holds_an_email_address_or_a_phone_number():
    quiet_load()

    for practice in PracticePage.objects.live():  # the one in review shows the anonymity check
        for text in _practice_texts(practice):
            assert not EMAIL.search(text), (practice.slug, text)
            assert not PHONE.search(text), (practice.slug, text)
        assert "member directory" in practice.contacts or practice.locale.language_code != "en"
    for speaker in EventSpeaker.objects.all():
        assert speaker.anonymised and not speaker.name


def test_taxonomy_terms_exist_in_three_languages_with_one_slug_and_key():
    seed_taxonomy(report=lambda line: None)

    for label, model, terms in VOCABULARIES:
        for term in terms:
            rows = {row.locale.language_code: row for row in model.objects.filter(slug=term.slug)}
            assert set(rows) == {"en", "ar", "ru"}, (label, term.slug)
            assert len({row.translation_key for row in rows.values()}) == 1, (label, term.slug)
            assert rows["en"].name == term.en
            assert ARABIC.search(rows["ar"].name), (label, term.slug)
            assert CYRILLIC.search(rows["ru"].name), (label, term.slug)
            if label == "Countries":
                for code, row in rows.items():
                    assert row.region.locale.language_code == code
                    assert str(row.code) == dict(term.extra)["code"]


def test_seeding_again_fills_gaps_and_keeps_an_editors_changes():
    seed_taxonomy(report=lambda line: None)
    renamed = Theme.objects.get(slug="legal-aid", locale__language_code="ar")
    renamed.name = "العون القانوني"
    renamed.save()
    missing = Stage.objects.get(slug="resilience", locale__language_code="ru")
    key = missing.translation_key
    missing.delete()

    created = seed_taxonomy(report=lambda line: None)

    assert Theme.objects.get(slug="legal-aid", locale__language_code="ar").name == "العون القانوني"
    assert Stage.objects.get(slug="resilience", locale__language_code="ru").translation_key == key
    assert created["Stages"] == 1 and sum(created.values()) == 1


def test_resources_and_events_are_published_in_three_languages():
    quiet_load()

    english_resources = ResourcePage.objects.filter(locale__language_code="en")
    assert english_resources.count() == 8
    assert all(resource.external_url.startswith("https://") for resource in english_resources)
    assert ResourcePage.objects.live().count() == 3 * english_resources.count()

    events = EventPage.objects.filter(locale__language_code="en")
    past = [event for event in events if not event.is_upcoming]
    upcoming = [event for event in events if event.is_upcoming]
    assert len(past) == 1 and past[0].starts_at.year == 2022 and past[0].key_takeaways
    assert len(upcoming) == 2
    assert all(event.starts_at > timezone.now() for event in upcoming)
    assert {event.time_zone for event in upcoming} == {"Asia/Almaty", "Asia/Bishkek"}
    assert EventPage.objects.live().count() == 3 * events.count()


def test_demo_pages_render_in_every_language():
    quiet_load()
    client = Client(HTTP_HOST="localhost")
    practice = PracticePage.objects.get(slug=TRANSLATED_SLUGS[0], locale__language_code="en")
    paths = ["/en/practices/", "/ar/practices/", "/ru/practices/", "/en/resources/", "/en/events/"]
    paths += [page.url for page in [practice, *practice.get_translations()]]

    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
    assert practice.title in client.get("/en/practices/").content.decode()
