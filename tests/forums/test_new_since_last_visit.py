from datetime import timedelta

import pytest
from django.utils import timezone

from network import forums
from network.choices import ForumAudience
from network.models import ForumVisit, Topic
from tests.factories import NetworkGroupFactory, join_group, member
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


def visited_earlier(user, hours: int = 3) -> None:
    """The member's last forum page was ``hours`` ago."""
    ForumVisit.objects.create(user=user, last_seen=timezone.now() - timedelta(hours=hours))


def old_topic(category, title: str, hours: int = 5) -> Topic:
    topic = TopicFactory(category=category, title=title)
    PostFactory(topic=topic, author=member())
    Topic.objects.filter(pk=topic.pk).update(last_post_at=timezone.now() - timedelta(hours=hours))
    return topic


def fresh_topic(category, title: str) -> Topic:
    topic = TopicFactory(category=category, title=title)
    PostFactory(topic=topic, author=member())
    return topic


def test_a_visit_lasts_while_pages_follow_each_other_and_a_new_one_starts_after_a_gap():
    reader = member()
    start = timezone.now()

    assert forums.record_forum_visit(reader, start) is None
    assert forums.record_forum_visit(reader, start + timedelta(minutes=10)) is None
    after_gap = start + timedelta(minutes=10) + forums.VISIT_GAP
    assert forums.record_forum_visit(reader, after_gap) == start + timedelta(minutes=10)
    assert forums.record_forum_visit(reader, after_gap + timedelta(minutes=1)) == start + (
        timedelta(minutes=10)
    )


def test_the_index_counts_topics_with_new_posts_per_forum_and_a_reload_keeps_them(client):
    families = ForumCategoryFactory(slug="families", name="Families")
    probation = ForumCategoryFactory(slug="probation", name="Probation")
    old_topic(families, "Old families talk")
    fresh_topic(families, "New families talk")
    fresh_topic(families, "Another families talk")
    old_topic(probation, "Old probation talk")
    reader = member()
    visited_earlier(reader)
    client.force_login(reader)

    first = client.get("/en/forums/").content.decode()
    reload = client.get("/en/forums/").content.decode()

    for page in (first, reload):
        assert "2 topics with new posts since your last visit" in page
        assert page.count("2 with new posts") == 1
    visit = ForumVisit.objects.get(user=reader)
    assert visit.previous_seen < visit.last_seen


def test_the_list_shows_new_topics_of_forums_the_member_may_see(client):
    families = ForumCategoryFactory(slug="families", name="Families")
    group_forum = ForumCategoryFactory(slug="staff", audience=ForumAudience.GROUPS)
    group_forum.groups.set([NetworkGroupFactory()])
    old_topic(families, "CANARY old conversation")
    fresh_topic(families, "Fresh conversation")
    fresh_topic(group_forum, "CANARY other group's conversation")
    reader = member()
    visited_earlier(reader)
    client.force_login(reader)

    page = client.get("/en/forums/new/").content.decode()

    assert "Fresh conversation" in page
    assert "Families" in page
    assert "CANARY" not in page


def test_a_group_member_sees_their_groups_new_topics(client):
    group = NetworkGroupFactory()
    group_forum = ForumCategoryFactory(slug="staff", audience=ForumAudience.GROUPS)
    group_forum.groups.set([group])
    fresh_topic(group_forum, "Group conversation")
    reader = member()
    join_group(reader, group)
    visited_earlier(reader)
    client.force_login(reader)

    assert "Group conversation" in client.get("/en/forums/new/").content.decode()


def test_the_list_is_paginated(client):
    families = ForumCategoryFactory(slug="families")
    for number in range(30):
        fresh_topic(families, f"Conversation {number}")
    reader = member()
    visited_earlier(reader)
    client.force_login(reader)

    first = client.get("/en/forums/new/").content.decode()
    second = client.get("/en/forums/new/?page=2").content.decode()

    assert "Page 1 of 2" in first
    assert first.count('class="card"') == 25
    assert second.count('class="card"') == 5


def test_the_list_says_when_nothing_is_new(client):
    old_topic(ForumCategoryFactory(slug="families"), "Old conversation")
    reader = member()
    visited_earlier(reader)
    client.force_login(reader)

    page = client.get("/en/forums/new/").content.decode()

    assert "Nothing new since your last visit." in page
    assert "Old conversation" not in page


def test_the_list_is_for_members(client):
    assert client.get("/en/forums/new/").status_code == 302


def make_forums(forum_count: int, topics_each: int) -> None:
    author = member()
    for number in range(forum_count):
        category = ForumCategoryFactory(slug=f"forum-size-{forum_count}-{number}")
        for _ in range(topics_each):
            topic = TopicFactory(category=category)
            PostFactory(topic=topic, author=author)


def test_index_and_list_queries_do_not_grow_with_forums_and_topics(
    client, django_assert_max_num_queries
):
    reader = member()
    visited_earlier(reader)
    client.force_login(reader)
    client.get("/en/forums/")
    make_forums(2, 2)

    with django_assert_max_num_queries(22) as small_index:
        client.get("/en/forums/")
    with django_assert_max_num_queries(22) as small_list:
        client.get("/en/forums/new/")
    make_forums(6, 10)
    with django_assert_max_num_queries(22) as large_index:
        client.get("/en/forums/")
    with django_assert_max_num_queries(22) as large_list:
        client.get("/en/forums/new/")

    assert len(small_index.captured_queries) == len(large_index.captured_queries)
    assert len(small_list.captured_queries) == len(large_list.captured_queries)
