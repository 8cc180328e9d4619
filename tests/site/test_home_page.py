import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ContentPageFactory, translate_page

pytestmark = pytest.mark.django_db


def html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("language", "direction", "title"),
    [
        ("en", "ltr", "Practice Exchange"),
        ("ar", "rtl", "تبادل الممارسات"),
        ("ru", "ltr", "Обмен практиками"),
    ],
)
def test_home_page_renders_in_each_language_with_its_lang_and_direction(
    client, home_pages, language, direction, title
):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert html_tag(response) == f'<html lang="{language}" dir="{direction}">'
    assert f"<h1>{title}</h1>" in response.content.decode()


def test_site_root_sends_visitors_to_their_language(client, home_pages):
    response = client.get("/", headers={"accept-language": "ar"})

    assert response.status_code == 302
    assert response["Location"] == "/ar/"


def test_shell_strings_are_translated(client, home_pages):
    arabic = client.get("/ar/").content.decode()
    russian = client.get("/ru/").content.decode()

    assert '<h2 id="latest-practices">أحدث الممارسات</h2>' in arabic
    assert '<h2 id="latest-practices">Новые практики</h2>' in russian


def test_home_page_shows_empty_states_before_anything_is_published(client, home_pages):
    page = client.get("/en/").content.decode()

    assert "Latest practices" in page
    assert "No practices have been published yet." in page
    assert "Upcoming events" in page
    assert "No events are planned at the moment." in page


def test_home_page_has_skip_link_and_landmarks(client, home_pages):
    page = client.get("/en/").content.decode()

    assert '<a class="skip-link" href="#main">Skip to main content</a>' in page
    assert '<main id="main"' in page
    assert "<header" in page and "<footer" in page
    assert '<nav class="language-switcher" aria-label="Language">' in page


def test_navigation_lists_only_what_exists(client, home_pages):
    page = client.get("/en/").content.decode()

    for absent in ("Practices", "Resources", "Events", "Search", "About"):
        assert f">{absent}</a>" not in page
    assert '<a href="/en/forums/">Forums</a>' in page
    assert '<a href="/en/accounts/login/">Sign in</a>' in page
    assert '<a href="/en/accounts/signup/">Join</a>' in page


def test_menu_page_joins_the_navigation_once_published(client, about_page):
    page = client.get("/en/").content.decode()

    assert '<nav class="site-nav" aria-label="Main">' in page
    assert '<a href="/en/about/">About</a>' in page


def test_current_page_is_marked_in_navigation(client, about_page):
    page = client.get("/en/about/").content.decode()

    assert '<a href="/en/about/" aria-current="page">About</a>' in page


def test_language_switcher_keeps_the_current_page(client, about_page):
    translate_page(about_page, "ar", title="من نحن")

    page = client.get("/en/about/").content.decode()

    assert '<a href="/ar/about/" lang="ar" hreflang="ar">العربيّة</a>' in page
    assert '<a href="/en/about/" lang="en" hreflang="en" aria-current="true">English</a>' in page


def test_language_switcher_falls_back_to_home_for_untranslated_pages(client, about_page):
    page = client.get("/en/about/").content.decode()

    assert '<a href="/ru/" lang="ru" hreflang="ru">Русский</a>' in page


def count_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_home_page_queries_stay_bounded_as_menu_pages_are_added(client, about_page):
    client.get("/en/")  # warm Wagtail's site-root cache
    with_one_menu_page = count_queries(client, "/en/")

    for number in range(4):
        ContentPageFactory(parent=about_page.get_parent(), show_in_menus=True, slug=f"p{number}")

    assert count_queries(client, "/en/") == with_one_menu_page
    assert with_one_menu_page <= 16
