import pytest

from exchange.home.demo_content import load_demo_content
from network.models import ForumCategory, Post, PostAttachment, Topic, User

pytestmark = pytest.mark.django_db


def test_demo_forums_exist_in_three_languages_and_load_once(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
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


def test_demo_posts_mention_members_by_handle_and_one_carries_a_picture(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    load_demo_content(report=lambda line: None)
    load_demo_content(report=lambda line: None)
    aigerim = User.objects.get(email="aigerim@practice-exchange.test")

    reply = Post.objects.get(source__startswith="@aigerim-s")
    picture = PostAttachment.objects.get()

    assert aigerim.handle == "aigerim-s"
    assert list(reply.mentions.all()) == [aigerim]
    assert (picture.kind, picture.content_type, picture.post.author) == (
        "image",
        "image/png",
        aigerim,
    )
    client.force_login(User.objects.get(email="nadia@practice-exchange.test"))
    topic_page = client.get(
        f"/en/forums/reintegration-of-families/{picture.post.topic_id}/"
    ).content.decode()
    assert f'src="/en/forums/attachment/{picture.pk}/"' in topic_page
    assert "@aigerim-s" in topic_page
