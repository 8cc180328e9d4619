import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.policy import members_group
from tests.factories import member, restrict_page, translate_page
from tests.factories.practices import (
    CountryFactory,
    PracticePageFactory,
    StageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms():
    return {
        "trauma": ThemeFactory(name="Trauma care", slug="trauma"),
        "schooling": ThemeFactory(name="Schooling", slug="schooling"),
        "custody": StageFactory(name="In custody", slug="in-custody"),
        "kz": CountryFactory(name="Kazakhstan", slug="kazakhstan", code="KZ"),
        "kg": CountryFactory(name="Kyrgyzstan", slug="kyrgyzstan", code="KG"),
    }


@pytest.fixture
def practices(practice_index, terms):
    return [
        PracticePageFactory(
            parent=practice_index,
            title="Aktau centre",
            slug="aktau",
            themes=[terms["trauma"], terms["schooling"]],
            country=terms["kz"],
        ),
        PracticePageFactory(
            parent=practice_index,
            title="Osh assessment tool",
            slug="osh",
            themes=[terms["trauma"]],
            stages=[terms["custody"]],
            country=terms["kg"],
            evaluation_type="independent_evaluation",
        ),
        PracticePageFactory(
            parent=practice_index,
            title="Almaty schools",
            slug="almaty",
            themes=[terms["schooling"]],
            country=terms["kz"],
        ),
    ]


def titles(response) -> list[str]:
    return [practice.title for practice in response.context["page_obj"]]


def facet(response, key):
    return {
        option.value: option.count
        for facet in response.context["facets"]
        if facet.key == key
        for option in facet.options
    }


def test_index_lists_practices_with_counts_per_theme_and_country(client, practices):
    response = client.get("/en/practices/")

    assert sorted(titles(response)) == ["Aktau centre", "Almaty schools", "Osh assessment tool"]
    assert facet(response, "theme") == {"trauma": 2, "schooling": 2}
    assert facet(response, "country") == {"kazakhstan": 2, "kyrgyzstan": 1}
    assert facet(response, "region") == {"central-asia": 3}
    assert "Trauma care" in response.content.decode()


def test_filters_combine_across_facets_and_widen_within_one(client, practices):
    both = client.get("/en/practices/?theme=trauma&country=kazakhstan")
    either = client.get("/en/practices/?theme=trauma&theme=schooling")

    assert titles(both) == ["Aktau centre"]
    assert len(titles(either)) == 3
    assert facet(both, "theme") == {"trauma": 1, "schooling": 2}, "counts ignore the facet's own"


def test_filtered_urls_are_shareable_and_keep_their_state(client, practices):
    response = client.get("/en/practices/?evaluation=independent_evaluation&sort=title")
    page = response.content.decode()

    assert titles(response) == ["Osh assessment tool"]
    assert 'value="independent_evaluation" checked' in page
    assert '<option value="title" selected>' in page


def test_sorting_by_title(client, practices):
    response = client.get("/en/practices/?sort=title")

    assert titles(response) == ["Aktau centre", "Almaty schools", "Osh assessment tool"]


def test_no_match_shows_an_empty_state_with_a_way_back(client, practices):
    response = client.get("/en/practices/?theme=trauma&theme=&country=nowhere")
    page = response.content.decode()

    assert titles(response) == []
    assert "No practices match these filters." in page
    assert "Clear all filters" in page


def test_empty_index_says_nothing_is_published_yet(client, practice_index):
    page = client.get("/en/practices/").content.decode()

    assert "No practices have been published yet." in page


def test_members_only_practice_is_neither_listed_nor_counted_for_visitors(client, practices, terms):
    restrict_page(practices[1], members_group())

    visitor = client.get("/en/practices/")
    client.force_login(member())
    insider = client.get("/en/practices/")

    assert "Osh assessment tool" not in visitor.content.decode()
    assert facet(visitor, "theme") == {"trauma": 1, "schooling": 2}
    assert "Osh assessment tool" in titles(insider)


def test_language_filter_lists_translations(client, practices):
    translate_page(practices[0].get_parent(), "ar", title="الممارسات")
    translate_page(practices[0], "ar", title="مركز أكتاو")

    response = client.get("/en/practices/?language=ar")

    assert titles(response) == ["مركز أكتاو"]
    languages = {option.value: option.count for option in response.context["languages"]}
    assert languages == {"en": 3, "ar": 1, "ru": 0}


def test_pagination_keeps_the_filters(client, practice_index, terms):
    for number in range(14):
        PracticePageFactory(
            parent=practice_index,
            title=f"Practice {number:02}",
            slug=f"p{number}",
            themes=[terms["trauma"]],
        )

    response = client.get("/en/practices/?theme=trauma&sort=title")
    page = response.content.decode()

    assert len(titles(response)) == 12
    assert 'href="?theme=trauma&amp;sort=title&amp;page=2"' in page
    assert len(titles(client.get("/en/practices/?theme=trauma&sort=title&page=2"))) == 2


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_index_queries_do_not_grow_with_the_number_of_practices(client, practice_index, terms):
    for number in range(3):
        PracticePageFactory(
            parent=practice_index, slug=f"a{number}", themes=[terms["trauma"]], country=terms["kz"]
        )
    client.get("/en/practices/")
    few = queries_for(client, "/en/practices/")
    for number in range(9):
        PracticePageFactory(
            parent=practice_index,
            slug=f"b{number}",
            themes=[terms["schooling"]],
            country=terms["kg"],
        )

    assert queries_for(client, "/en/practices/") == few
    assert few <= 40


def test_practice_page_renders_in_bounded_queries(client, practices):
    client.force_login(member())
    client.get(practices[0].url)

    assert queries_for(client, practices[0].url) <= 45
