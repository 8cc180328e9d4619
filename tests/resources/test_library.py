import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network import policy
from practices.choices import ResourceType
from tests.factories import AccountFactory, ApplicationFactory, member, restrict_page
from tests.factories.resources import ResourcePageFactory, theme

pytestmark = pytest.mark.django_db

MEMBERS_ONLY = "CANARY-MEMBERS-RESOURCE-4e1b"


def facet_counts(response, key: str) -> dict[str, int]:
    facets = {facet.key: facet for facet in response.context["facets"]}
    return {option.value: option.count for option in facets[key].options}


def titles(response) -> list[str]:
    return [resource.title for resource in response.context["page_obj"]]


@pytest.fixture
def shelf(library):
    """Three resources: two on reintegration (one also on mentoring), from 2023 and 2021."""
    reintegration = theme("reintegration", "Reintegration")
    mentoring = theme("mentoring", "Mentoring")
    ResourcePageFactory(
        parent=library,
        title="Mentor handbook",
        themes=[reintegration, mentoring],
        resource_type=ResourceType.TOOL,
        year=2023,
    )
    ResourcePageFactory(
        parent=library,
        title="Family mediation guide",
        themes=[reintegration],
        resource_type=ResourceType.GUIDANCE,
        year=2023,
    )
    ResourcePageFactory(
        parent=library,
        title="Webinar on housing",
        resource_type=ResourceType.WEBINAR_SUMMARY,
        year=2021,
    )


def test_library_counts_resources_by_theme_type_and_year(client, shelf):
    response = client.get("/en/resources/")

    assert response.status_code == 200
    assert facet_counts(response, "theme") == {"reintegration": 2, "mentoring": 1}
    assert facet_counts(response, "type") == {"tool": 1, "guidance": 1, "webinar_summary": 1}
    assert facet_counts(response, "year") == {"2023": 2, "2021": 1}
    html = response.content.decode()
    assert "3 resources</h2>" in html
    assert 'value="reintegration"> Reintegration <span class="count">(2)</span>' in html
    assert 'value="webinar_summary"> Webinar summary <span class="count">(1)</span>' in html


def test_filters_narrow_the_results_and_the_other_facets(client, shelf):
    response = client.get("/en/resources/", {"theme": "mentoring"})

    assert titles(response) == ["Mentor handbook"]
    # A facet counts over every other filter, so its own options stay to choose from.
    assert facet_counts(response, "theme") == {"reintegration": 2, "mentoring": 1}
    assert facet_counts(response, "type") == {"tool": 1}
    assert facet_counts(response, "year") == {"2023": 1}
    html = response.content.decode()
    assert 'name="theme" value="mentoring" checked' in html
    assert '<a href="?">Clear all filters</a>' in html


def test_filters_of_different_facets_combine(client, shelf):
    response = client.get(
        "/en/resources/", {"year": "2023", "type": ["guidance", "webinar_summary"]}
    )

    assert titles(response) == ["Family mediation guide"]


def test_resource_cards_show_type_authors_publisher_year_language_and_themes(client, library):
    ResourcePageFactory(
        parent=library,
        title="Family mediation guide",
        summary="Step by step. " + "word " * 60,
        authors="A. Karimova, B. Osei",
        publisher="Reintegration Network Press",
        year=2022,
        language="ru",
        resource_type=ResourceType.PUBLICATION,
        themes=[theme("mediation", "Family mediation")],
    )

    html = client.get("/en/resources/").content.decode()

    assert '<span class="badge">Publication</span>' in html
    assert "A. Karimova, B. Osei" in html
    assert "Reintegration Network Press" in html
    assert "2022" in html
    assert '<span lang="ru">Russian</span>' in html
    assert "<li>Family mediation</li>" in html
    assert " ".join(["Step", "by", "step.", *["word"] * 37, "…"]) in html  # 40 words


def test_language_switch_lists_resources_published_in_that_language(
    client, library, russian_library
):
    ResourcePageFactory(parent=library, title="English guide")
    ResourcePageFactory(parent=russian_library, title="Русское руководство", language="ru")

    english = client.get("/en/resources/")
    russian = client.get("/en/resources/", {"language": "ru"})

    assert titles(english) == ["English guide"]
    assert titles(russian) == ["Русское руководство"]
    languages = {option.value: option.count for option in russian.context["languages"]}
    assert languages == {"en": 1, "ar": 0, "ru": 1}
    assert 'name="language" value="ru" checked' in russian.content.decode()
    assert titles(client.get("/ru/resources/")) == ["Русское руководство"]


def test_sort_by_newest_title_or_year(client, library):
    ResourcePageFactory(parent=library, title="Bravo", year=2019)
    ResourcePageFactory(parent=library, title="Alpha", year=2024)
    ResourcePageFactory(parent=library, title="Charlie", year=2021)

    assert titles(client.get("/en/resources/")) == ["Charlie", "Alpha", "Bravo"]
    assert titles(client.get("/en/resources/", {"sort": "title"})) == ["Alpha", "Bravo", "Charlie"]
    assert titles(client.get("/en/resources/", {"sort": "year"})) == ["Alpha", "Charlie", "Bravo"]
    assert titles(client.get("/en/resources/", {"sort": "nonsense"}))[0] == "Charlie"


def test_library_pages_by_twelve(client, library):
    for number in range(13):
        ResourcePageFactory(parent=library, title=f"Resource {number:02d}")

    first = client.get("/en/resources/", {"sort": "title", "theme": ""})
    second = client.get("/en/resources/", {"sort": "title", "page": "2"})

    assert len(titles(first)) == 12
    assert titles(second) == ["Resource 12"]
    assert "13 resources" in first.content.decode()
    assert "Page 1 of 2" in first.content.decode()
    assert 'rel="next" href="?sort=title&amp;theme=&amp;page=2"' in first.content.decode()
    assert 'rel="prev"' in second.content.decode()
    assert titles(client.get("/en/resources/", {"sort": "title", "page": "99"})) == ["Resource 12"]


def test_empty_library_says_nothing_is_published_yet(client, library):
    html = client.get("/en/resources/").content.decode()

    assert "No resources have been published yet." in html
    assert "Clear all filters" not in html


def test_filters_matching_nothing_offer_to_clear_them(client, library):
    ResourcePageFactory(parent=library, resource_type=ResourceType.GUIDANCE)

    html = client.get("/en/resources/", {"type": "tool"}).content.decode()

    assert "No resources match these filters." in html
    assert '<a href="?">Clear all filters</a>' in html


@pytest.fixture
def members_only_resource(library):
    resource = ResourcePageFactory(
        parent=library,
        title=f"Handbook {MEMBERS_ONLY}",
        themes=[theme("reintegration", "Reintegration")],
        year=2020,
    )
    restrict_page(resource, policy.members_group())
    ResourcePageFactory(parent=library, title="Open guide", year=2022)
    return resource


def test_members_only_resource_is_absent_from_the_library_for_visitors(
    client, members_only_resource
):
    response = client.get("/en/resources/")

    assert titles(response) == ["Open guide"]
    assert MEMBERS_ONLY not in response.content.decode()
    assert facet_counts(response, "year") == {"2022": 1}
    assert facet_counts(response, "theme") == {}


def test_members_only_resource_is_absent_from_the_library_for_applicants(
    client, members_only_resource
):
    applicant = AccountFactory()
    ApplicationFactory(applicant=applicant)
    client.force_login(applicant)

    response = client.get("/en/resources/")

    assert titles(response) == ["Open guide"]
    assert MEMBERS_ONLY not in response.content.decode()


def test_members_see_members_only_resources_in_the_library(client, members_only_resource):
    client.force_login(member())

    response = client.get("/en/resources/")

    assert set(titles(response)) == {"Open guide", f"Handbook {MEMBERS_ONLY}"}
    assert facet_counts(response, "theme") == {"reintegration": 1}


def add_resources(library, count: int, start: int = 0) -> None:
    themes = [theme("reintegration", "Reintegration"), theme("mentoring", "Mentoring")]
    types = list(ResourceType.values)
    for number in range(start, start + count):
        ResourcePageFactory(
            parent=library,
            title=f"Resource number {number}",
            authors=f"Author {number}",
            year=2000 + number,
            resource_type=types[number % len(types)],
            themes=themes[: 1 + number % 2],
        )


def library_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/resources/")
    assert response.status_code == 200
    assert "Resource number 0" in response.content.decode()
    return len(queries)


@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_library_does_as_many_queries_for_twelve_resources_as_for_three(client, library, reader):
    if reader == "member":
        client.force_login(member())
    hidden = ResourcePageFactory(parent=library, title=f"Hidden {MEMBERS_ONLY}")
    restrict_page(hidden, policy.members_group())
    add_resources(library, 3)
    library_queries(client)  # caches warmed (site root paths, content types)

    with_three = library_queries(client)
    add_resources(library, 9, start=3)
    with_twelve = library_queries(client)

    assert with_twelve == with_three
