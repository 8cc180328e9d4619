import pytest
from django.contrib.auth import authenticate
from wagtail.models import Page, Site

from exchange.home.demo_content import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    ADMIN_USERNAME,
    load_demo_content,
)
from exchange.home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


def test_demo_content_gives_home_and_about_in_three_languages_and_an_admin(client):
    load_demo_content(report=lambda line: None)

    assert isinstance(Site.objects.get(is_default_site=True).root_page.specific, HomePage)
    assert sorted(HomePage.objects.live().values_list("locale__language_code", flat=True)) == [
        "ar",
        "en",
        "ru",
    ]
    assert ContentPage.objects.live().filter(slug="about").count() == 3
    assert authenticate(username=ADMIN_USERNAME, password=ADMIN_PASSWORD).is_superuser
    for path in ("/en/", "/ar/", "/ru/", "/en/about/", "/ar/about/", "/ru/about/"):
        assert client.get(path).status_code == 200


def test_loading_demo_content_twice_changes_nothing():
    load_demo_content(report=lambda line: None)
    pages_after_first_load = Page.objects.count()

    lines = []
    load_demo_content(report=lines.append)

    assert Page.objects.count() == pages_after_first_load
    assert f"Admin account exists: {ADMIN_EMAIL}" in lines
