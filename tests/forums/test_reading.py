import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network import forums
from network.models import Thanks, TopicVisit
from tests.factories import member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
    topic_with_posts,
)

pytestmark = pytest.mark.django_db


def test_unread_marker_until_the_member_reads_the_topic(client):
    category = ForumCategoryFactory(slug="news")
    topic = topic_with_posts(category, member(), title="Fresh topic")
    reader = member()
    client.force_login(reader)

    assert "New</span>" in client.get("/en/forums/news/").content.decode()
    client.get(f"/en/forums/news/{topic.pk}/")
    assert TopicVisit.objects.filter(topic=topic, user=reader).exists()
    assert "New</span>" not in client.get("/en/forums/news/").content.decode()

    PostFactory(topic=topic, author=member(), source="Later answer")
    assert "New</span>" in client.get("/en/forums/news/").content.decode()


def test_jump_to_first_unread_points_at_the_first_new_post():
    category = ForumCategoryFactory(slug="news")
    topic = topic_with_posts(category, member(), count=2)
    reader = member()
    forums.mark_read(topic, reader)
    later = PostFactory(topic=topic, author=member())

    topics = forums.annotate_unread(forums.visible_topics(category, reader), reader)
    assert forums.is_unread(topics.get(pk=topic.pk))
    from django.test import Client

    browser = Client()
    browser.force_login(reader)
    page = browser.get(f"/en/forums/news/{topic.pk}/").content.decode()
    assert f"#post-{later.pk}" in page


def test_mark_read_never_moves_back():
    topic = topic_with_posts(ForumCategoryFactory(), member())
    reader = member()
    visit = forums.mark_read(topic, reader)
    forums.mark_read(topic, reader, visit.last_read_at.replace(year=2000))

    visit.refresh_from_db()
    assert visit.last_read_at.year != 2000


def test_pinned_topics_come_first(client):
    category = ForumCategoryFactory(slug="news")
    topic_with_posts(category, member(), title="Pinned rules", pinned=True)
    topic_with_posts(category, member(), title="Latest chat")
    client.force_login(member())

    page = client.get("/en/forums/news/").content.decode()

    assert page.index("Pinned rules") < page.index("Latest chat")


def category_queries(client, count):
    category = ForumCategoryFactory(slug=f"size-{count}")
    author = member()
    for _ in range(count):
        topic_with_posts(category, author)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/forums/size-{count}/")
    assert response.status_code == 200
    return len(queries)


def test_category_page_queries_do_not_grow_with_topics(client):
    client.force_login(member())
    client.get("/en/forums/")

    assert category_queries(client, 5) == category_queries(client, 30)


def topic_queries(client, count, reader):
    topic = TopicFactory(category=ForumCategoryFactory(slug=f"posts-{count}"))
    for _ in range(count):
        post = PostFactory(topic=topic, author=member())
        Thanks.objects.create(post=post, user=reader)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/en/forums/posts-{count}/{topic.pk}/")
    assert response.status_code == 200
    return len(queries)


def test_topic_page_queries_do_not_grow_with_posts(client):
    reader = experienced_member()
    client.force_login(reader)
    client.get("/en/forums/")

    assert topic_queries(client, 5, reader) == topic_queries(client, 40, reader)


def test_a_topic_is_read_under_every_language_of_its_forum(client):
    from wagtail.models import Locale

    from network.models import ForumCategory
    from tests.factories import member as new_member
    from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

    category = ForumCategoryFactory(slug="families", name="Families")
    arabic = category.copy_for_translation(Locale.objects.get_or_create(language_code="ar")[0])
    arabic.name = "الأسر"
    arabic.save()
    topic = TopicFactory(category=category, title="CANARY-ENGLISH-TOPIC")
    PostFactory(topic=topic, author=new_member())
    client.force_login(new_member())

    listing = client.get("/ar/forums/families/").content.decode()
    page = client.get(f"/ar/forums/families/{topic.pk}/")

    assert "CANARY-ENGLISH-TOPIC" in listing
    assert page.status_code == 200
    assert ForumCategory.objects.filter(slug="families").count() == 2
