from xml.etree import ElementTree

import pytest

from network import policy
from tests.factories import member, restrict_page
from tests.factories.resources import PracticePageFactory, ResourcePageFactory, summary

from .conftest import (
    CANARIES,
    GATED_INDEX_PRACTICE,
    MEMBERS_PRACTICE,
    MEMBERS_RESOURCE,
    MEMBERS_SECTION,
    PUBLIC_SECTION,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = [
    "/en/practices/feed/",
    "/en/practices/feed/atom/",
    "/en/resources/feed/",
    "/en/resources/feed/atom/",
    "/ar/practices/feed/",
    "/ar/practices/feed/atom/",
    "/ru/practices/feed/",
    "/ru/resources/feed/",
]


def parse(response) -> ElementTree.Element:
    return ElementTree.fromstring(response.content)  # noqa: S314 - the site's own feed


def rss_items(response) -> list[dict[str, str]]:
    channel = parse(response).find("channel")
    return [
        {child.tag: child.text for child in item if child.tag in {"title", "link", "description"}}
        for item in channel.findall("item")
    ]


def atom_entries(response) -> list[dict[str, str]]:
    feed = parse(response)
    return [
        {
            "title": entry.find(f"{ATOM}title").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "summary": entry.find(f"{ATOM}summary").text,
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_practices_feed_lists_public_practices_with_their_summary_and_full_url(client, corpus):
    response = client.get("/en/practices/feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    practice = corpus.public_practice
    withheld = corpus.withheld_practice
    assert rss_items(response) == [
        {"title": withheld.title, "link": withheld.full_url, "description": withheld.summary},
        {"title": practice.title, "link": practice.full_url, "description": practice.summary},
    ]
    assert practice.full_url == "http://localhost/en/practices/aktau-mentoring/"
    channel = parse(response).find("channel")
    assert channel.find("link").text == "http://localhost/en/practices/"
    assert channel.find("language").text == "en"


def test_practices_atom_feed_lists_public_practices_with_their_summary(client, corpus):
    response = client.get("/en/practices/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    practice = corpus.public_practice
    assert atom_entries(response)[-1] == {
        "title": practice.title,
        "link": practice.full_url,
        "summary": practice.summary,
    }
    assert len(atom_entries(response)) == 2


def test_resources_feeds_list_public_resources(client, corpus):
    resource = corpus.public_resource
    expected = {"title": resource.title, "link": resource.full_url}

    rss = rss_items(client.get("/en/resources/feed/"))
    atom = atom_entries(client.get("/en/resources/feed/atom/"))

    assert rss == [{**expected, "description": "How to start a mentoring scheme."}]
    assert atom == [{**expected, "summary": "How to start a mentoring scheme."}]


@pytest.mark.parametrize("url", FEEDS)
@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_feeds_never_carry_gated_pages_or_any_section_text(client, corpus, url, reader):
    if reader == "member":
        client.force_login(member())

    response = client.get(url)

    assert response.status_code == 200
    content = response.content.decode()
    for canary in CANARIES:
        assert canary not in content, canary


def test_feeds_are_the_anonymous_view_even_for_members(client, corpus):
    visitor = rss_items(client.get("/en/practices/feed/"))
    client.force_login(member())
    signed_in = rss_items(client.get("/en/practices/feed/"))

    assert signed_in == visitor
    assert all(MEMBERS_PRACTICE not in item["title"] for item in signed_in)


def test_feed_descriptions_are_the_summary_only(client, corpus):
    content = client.get("/en/practices/feed/").content.decode()

    assert "Mentors meet returnees every week in Aktau." in content
    assert "Where we began" not in content
    assert PUBLIC_SECTION not in content
    assert MEMBERS_SECTION not in content


def test_feeds_follow_the_language_of_the_address(client, corpus):
    russian = rss_items(client.get("/ru/practices/feed/"))
    arabic = rss_items(client.get("/ar/practices/feed/"))

    assert [item["title"] for item in russian] == ["Наставники в Актау"]
    assert russian[0]["link"] == "http://localhost/ru/practices/aktau-ru/"
    assert arabic == []  # its one practice is under a members-only index
    assert GATED_INDEX_PRACTICE not in client.get("/ar/practices/feed/atom/").content.decode()
    assert rss_items(client.get("/ru/resources/feed/")) == []


def test_a_page_made_private_leaves_the_feed(client, corpus):
    restrict_page(corpus.public_resource, policy.members_group())

    assert rss_items(client.get("/en/resources/feed/")) == []
    assert MEMBERS_RESOURCE not in client.get("/en/resources/feed/").content.decode()


def test_feed_holds_the_newest_twenty(client, practice_index):
    for number in range(21):
        PracticePageFactory(parent=practice_index, title=f"Practice number {number}")

    titles = [item["title"] for item in rss_items(client.get("/en/practices/feed/"))]

    assert titles == [f"Practice number {number}" for number in range(20, 0, -1)]


def test_feed_escapes_summaries_for_readers_that_render_html(client, library):
    ResourcePageFactory(parent=library, summary="Use <b>this</b> & that")

    response = client.get("/en/resources/feed/")

    assert rss_items(response)[0]["description"] == "Use &lt;b&gt;this&lt;/b&gt; &amp; that"


def test_feeds_may_be_kept_by_shared_caches_that_check_back_first(client, corpus):
    response = client.get("/en/practices/feed/")

    assert "public" in response["Cache-Control"]
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize("url", ["/en/practices/feed/", "/en/practices/feed/atom/"])
def test_control_characters_in_a_title_or_summary_never_break_a_feed(client, practice_index, url):
    PracticePageFactory(
        parent=practice_index, title="Mentoring\x01 in Osh\x0b", summary=summary("Bell\x07")
    )

    response = client.get(url)

    assert response.status_code == 200
    assert b"Mentoring in Osh" in response.content
    assert b"\x01" not in response.content
