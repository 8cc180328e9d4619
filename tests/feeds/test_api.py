"""The JSON API (/api/v2/pages/) publishes public pages only, and only their public fields."""

import re

import pytest

from practices.models import Country, Region
from practices.models.practice import SECTIONS
from tests.factories import member
from tests.factories.resources import PracticePageFactory, theme

from .conftest import CANARIES, MEMBERS_SECTION, PUBLIC_SECTION

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"
PRACTICE = "practices.PracticePage"
CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')
SECTION_FIELDS = [field for _key, _label, fields in SECTIONS for field in fields]


def listed_ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def gated_pages(corpus) -> list:
    return [corpus.members_practice, corpus.gated_index_practice, corpus.members_resource]


def assert_no_canary(response) -> None:
    content = response.content.decode()
    for canary in CANARIES:
        assert canary not in content, canary


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"type": PRACTICE},
        {"type": PRACTICE, "fields": "*"},
        {"type": "practices.ResourcePage", "fields": "*"},
        {"type": f"{PRACTICE},practices.ResourcePage"},
        {"fields": "*"},
        {"limit": "20", "order": "-id"},
    ],
)
@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_listings_never_return_gated_pages(client, corpus, query, reader):
    if reader == "member":
        client.force_login(member())

    response = client.get(API, query)

    ids = listed_ids(response)
    assert not ids & {page.pk for page in gated_pages(corpus)}
    assert_no_canary(response)


def test_listing_by_type_returns_the_public_practices_of_every_language(client, corpus):
    response = client.get(API, {"type": PRACTICE})

    assert listed_ids(response) == {
        corpus.public_practice.pk,
        corpus.withheld_practice.pk,
        corpus.russian_practice.pk,
    }
    assert response.json()["meta"]["total_count"] == 3


def not_found(client, url: str, **query):
    """The final answer for ``url``: unprefixed 404s are sent on to /en/... by LocaleMiddleware,
    which ends in the same 404 whatever was (or was not) there."""
    response = client.get(url, query, follow=True)
    assert response.status_code == 404
    assert_no_canary(response)
    return response


def same_page(first: bytes, second: bytes) -> bool:
    """Equal once the per-response masking of CSRF tokens is set aside."""
    return CSRF_TOKEN.sub(b"", first) == CSRF_TOKEN.sub(b"", second)


@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_detail_of_a_gated_page_is_not_found_like_a_missing_one(client, corpus, reader):
    if reader == "member":
        client.force_login(member())
    missing = not_found(client, f"{API}999999/")

    for page in gated_pages(corpus):
        gated = not_found(client, f"{API}{page.pk}/")

        assert same_page(gated.content.replace(str(page.pk).encode(), b"999999"), missing.content)


@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_find_never_leads_to_a_gated_page(client, corpus, reader):
    if reader == "member":
        client.force_login(member())

    for page in gated_pages(corpus):
        not_found(client, f"{API}find/", id=page.pk)
    not_found(client, f"{API}find/", html_path="/practices/workshop/")


def test_find_leads_to_a_public_page(client, corpus):
    practice = corpus.public_practice

    by_id = client.get(f"{API}find/", {"id": practice.pk})
    by_path = client.get(f"{API}find/", {"html_path": "/practices/aktau-mentoring/"})

    assert by_id.status_code == 302
    assert by_id["Location"].endswith(f"{API}{practice.pk}/?")
    assert by_path.status_code == 302
    assert by_path["Location"].endswith(f"{API}{practice.pk}/?")


def test_practice_detail_shows_the_summary_and_key_facts_only(client, corpus):
    practice = corpus.public_practice

    response = client.get(f"{API}{practice.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert set(data) == {
        "id",
        "meta",
        "title",
        "summary",
        "country",
        "city",
        "status",
        "themes",
        "stages",
        "review_label",
        "last_reviewed",
    }
    assert data["summary"] == practice.summary
    assert data["city"] == "Aktau"
    assert data["country"] is None
    assert data["status"] == "ongoing"
    assert data["themes"] == ["reintegration"]
    assert data["stages"] == []
    assert data["review_label"] == "peer_reviewed"
    assert data["meta"]["html_url"] == "http://localhost/en/practices/aktau-mentoring/"
    assert data["meta"]["type"] == PRACTICE
    assert data["meta"]["locale"] == "en"
    assert data["meta"]["parent"]["id"] == practice.get_parent().pk
    assert_no_canary(response)


@pytest.mark.parametrize("fields", ["*", "*,-title", "_,summary"])
def test_section_fields_are_never_in_the_api(client, corpus, fields):
    practice = corpus.public_practice

    detail = client.get(f"{API}{practice.pk}/", {"fields": fields}).json()
    listing = client.get(API, {"type": PRACTICE, "fields": fields}).json()

    for item in [detail, *listing["items"]]:
        assert not set(item) & {*SECTION_FIELDS, *(f"{key}_audience" for key, *_ in SECTIONS)}
    assert MEMBERS_SECTION not in str(listing) + str(detail)
    assert PUBLIC_SECTION not in str(listing) + str(detail)


@pytest.mark.parametrize("field", ["results", "starting_situation", "contacts", "attachments"])
def test_section_fields_cannot_be_asked_for_filtered_or_ordered_on(client, corpus, field):
    practice = corpus.public_practice

    asked = client.get(f"{API}{practice.pk}/", {"fields": field})
    filtered = client.get(API, {"type": PRACTICE, field: MEMBERS_SECTION})
    ordered = client.get(API, {"type": PRACTICE, "order": field})

    assert asked.status_code == 400
    assert asked.json() == {"message": f"unknown fields: {field}"}
    assert filtered.status_code == 400
    assert ordered.status_code == 400


def test_a_withheld_location_is_not_shown_or_searchable(client, corpus):
    practice = corpus.withheld_practice

    detail = client.get(f"{API}{practice.pk}/")
    by_city = client.get(API, {"type": PRACTICE, "city": practice.city})
    by_order = client.get(API, {"type": PRACTICE, "order": "city"})

    assert detail.json()["city"] is None
    assert detail.json()["country"] is None
    assert_no_canary(detail)
    assert by_city.status_code == 400
    assert by_order.status_code == 400


def test_a_shown_location_gives_the_country_and_city(client, practice_index):
    region = Region.objects.create(name="Central Asia", slug="central-asia")
    country = Country.objects.create(name="Kazakhstan", slug="kazakhstan", code="KZ", region=region)
    practice = PracticePageFactory(
        parent=practice_index,
        country=country,
        city="Aktau",
        themes=[theme("mentoring"), theme("housing")],
    )

    data = client.get(f"{API}{practice.pk}/").json()

    assert (data["country"], data["city"]) == ("kazakhstan", "Aktau")
    assert data["themes"] == ["housing", "mentoring"]


def test_malformed_filters_are_refused(client, corpus):
    assert client.get(API, {"first_published_at": "yesterday"}).status_code == 400
    assert client.get(API, {"type": "practices.ResourcePage", "year": "soon"}).status_code == 400
    assert client.get(API, {"type": "practices.NoSuchPage"}).status_code == 400


def test_listings_may_filter_and_order_on_public_facts(client, corpus):
    reviewed = client.get(API, {"type": PRACTICE, "review_label": "peer_reviewed"})
    by_title = client.get(API, {"type": PRACTICE, "order": "title", "fields": "title"})

    assert listed_ids(reviewed) == {corpus.public_practice.pk}
    assert [item["title"] for item in by_title.json()["items"]] == [
        "Aktau mentoring centre",
        "Family mediation in a small town",
        "Наставники в Актау",
    ]


def test_resource_detail_shows_its_public_fields_without_the_file(client, corpus):
    response = client.get(f"{API}{corpus.public_resource.pk}/")

    assert set(response.json()) == {
        "id",
        "meta",
        "title",
        "summary",
        "resource_type",
        "authors",
        "publisher",
        "year",
        "language",
        "themes",
        "external_url",
    }


def test_other_pages_show_only_their_title(client, corpus, home_pages):
    response = client.get(f"{API}{home_pages['en'].pk}/")

    assert set(response.json()) == {"id", "meta", "title"}
    assert set(response.json()["meta"]) == {
        "type",
        "detail_url",
        "html_url",
        "slug",
        "seo_title",
        "search_description",
        "first_published_at",
        "parent",
        "locale",
    }


@pytest.mark.parametrize("relation", ["child_of", "descendant_of", "ancestor_of", "translation_of"])
def test_tree_filters_treat_gated_pages_as_missing(client, corpus, relation):
    gated_index = corpus.gated_index_practice.get_parent()
    page = corpus.gated_index_practice if relation == "ancestor_of" else gated_index

    response = client.get(API, {relation: page.pk})

    assert response.status_code == 400
    assert "doesn't exist" in response.json()["message"]


def test_children_of_a_public_index_leave_out_the_gated_ones(client, corpus):
    index = corpus.public_practice.get_parent()

    response = client.get(API, {"child_of": index.pk})

    assert listed_ids(response) == {corpus.public_practice.pk, corpus.withheld_practice.pk}


def test_full_text_search_is_left_to_the_sites_own_search(client, corpus):
    response = client.get(API, {"search": MEMBERS_SECTION})

    assert response.status_code == 400


def test_only_the_pages_endpoint_exists(client, corpus):
    assert client.get(API).status_code == 200
    for endpoint in ("documents", "images"):
        response = client.get(f"/api/v2/{endpoint}/", follow=True)
        assert response.status_code == 404
        assert response["Content-Type"].startswith("text/html")  # a site page, not the API


def test_members_get_the_same_public_answer_as_visitors(client, corpus):
    visitor = client.get(API, {"fields": "*"})
    client.force_login(member())
    signed_in = client.get(API, {"fields": "*"})

    assert signed_in.json() == visitor.json()


@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_api_answers_are_public_for_shared_caches_that_check_back(client, corpus, reader):
    if reader == "member":
        client.force_login(member())

    response = client.get(f"{API}{corpus.public_practice.pk}/")

    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "no-cache"}
    assert not response.cookies
