"""Reading pages stay within a fixed number of queries however large a forum or topic grows."""

import pytest

from network.models import Post, Thanks
from tests.factories import member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    attachment_on,
    experienced_member,
    posts_in_bulk,
    small_png,
)

pytestmark = pytest.mark.django_db

TOPIC_LIST_QUERIES = 24
TOPIC_VIEW_QUERIES = 34


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def reader(client):
    reader = experienced_member()
    client.force_login(reader)
    client.get("/en/forums/")  # the first forum page of the visit is recorded once
    return reader


def test_the_topic_list_of_a_forum_with_many_topics_is_query_bounded(
    client, reader, django_assert_max_num_queries
):
    category = ForumCategoryFactory(slug="busy")
    authors = [member() for _ in range(3)]
    for number in range(60):
        topic = TopicFactory(category=category, author=authors[number % 3], pinned=number < 2)
        posts_in_bulk(topic, 3, authors)

    with django_assert_max_num_queries(TOPIC_LIST_QUERIES):
        first = client.get("/en/forums/busy/")
    with django_assert_max_num_queries(TOPIC_LIST_QUERIES):
        last = client.get("/en/forums/busy/?page=3")

    assert first.status_code == last.status_code == 200
    assert first.content.decode().count('class="card"') == 25


def test_a_topic_with_500_posts_is_query_bounded_on_every_page(
    client, reader, django_assert_max_num_queries
):
    topic = TopicFactory(category=ForumCategoryFactory(slug="long"), title="A long conversation")
    authors = [member(user__full_name=f"Author Number{n}") for n in range(5)]
    posts_in_bulk(topic, 500, authors)
    posts = list(Post.objects.filter(topic=topic).order_by("pk"))
    Thanks.objects.bulk_create(Thanks(post=post, user=reader) for post in posts[::3])
    own = PostFactory(topic=topic, author=reader, source="My own reply")
    for post in [*posts[:3], own]:
        attachment_on(post, "map.png", small_png())
        attachment_on(post, "notes.txt")

    with django_assert_max_num_queries(TOPIC_VIEW_QUERIES):
        first = client.get(f"/en/forums/long/{topic.pk}/")
    with django_assert_max_num_queries(TOPIC_VIEW_QUERIES):
        last = client.get(f"/en/forums/long/{topic.pk}/?page=26")

    assert first.status_code == last.status_code == 200
    assert "@author-n" in first.content.decode()
    assert "map.png" in first.content.decode() and "map.png" in last.content.decode()
    assert "My own reply" in last.content.decode()
