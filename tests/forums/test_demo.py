import pytest

from exchange.home.demo_content import load_demo_content
from network.models import ForumCategory, Post, Topic

pytestmark = pytest.mark.django_db


def test_demo_forums_exist_in_three_languages_and_load_once(client):
    load_demo_content(report=lambda line: None)
    load_demo_content(report=lambda line: None)

    assert ForumCategory.objects.count() == 6
    assert Topic.objects.count() == 2
    assert Post.objects.count() == 4
    assert set(
        ForumCategory.objects.filter(slug="reintegration-of-families").values_list(
            "locale__language_code", flat=True
        )
    ) == {"en", "ar", "ru"}
