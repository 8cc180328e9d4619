import pytest
from django.test import override_settings

from network import forums
from network.models import ForumDraft, Topic
from tests.factories import member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def category():
    return ForumCategoryFactory(name="Reintegration", slug="reintegration")


@pytest.fixture
def topic(category):
    topic = TopicFactory(category=category, title="Family contact")
    PostFactory(topic=topic, author=member(), source="How do you start?")
    return topic


def topic_url(topic):
    return f"/en/forums/{topic.category.slug}/{topic.pk}/"


@override_settings(FORUM_POSTS_PER_HOUR=1)
def test_a_reply_refused_by_the_rate_limit_is_kept_as_a_draft(client, topic):
    author = experienced_member()
    PostFactory(topic=topic, author=author, source="Earlier today")
    client.force_login(author)

    refused = client.post(topic_url(topic) + "reply/", {"source": "My long careful answer"})

    assert "kept as a draft" in refused.content.decode()
    assert ForumDraft.objects.get(user=author, topic=topic).source == "My long careful answer"
    later = client.get(topic_url(topic) + "reply/").content.decode()
    assert "My long careful answer" in later
    assert "My long careful answer" in client.get(topic_url(topic)).content.decode()


def test_a_reply_to_a_locked_topic_is_kept_as_a_draft(client, topic):
    topic.locked = True
    topic.save()
    author = experienced_member()
    client.force_login(author)

    client.post(topic_url(topic) + "reply/", {"source": "Sent just as it was locked"})

    assert ForumDraft.objects.get(user=author, topic=topic).source == "Sent just as it was locked"


def test_a_duplicate_reply_is_kept_as_a_draft(client, topic):
    author = experienced_member()
    client.force_login(author)
    client.post(topic_url(topic) + "reply/", {"source": "Same words"})

    client.post(topic_url(topic) + "reply/", {"source": "Same words"})

    assert ForumDraft.objects.get(user=author, topic=topic).source == "Same words"


def test_an_over_long_reply_is_kept_as_a_draft(client, topic):
    author = experienced_member()
    client.force_login(author)
    long_post = "word " * 4001

    client.post(topic_url(topic) + "reply/", {"source": long_post})

    assert ForumDraft.objects.get(user=author, topic=topic).source == long_post


def test_save_draft_stores_the_text_without_posting(client, topic):
    author = experienced_member()
    client.force_login(author)

    response = client.post(
        topic_url(topic) + "reply/", {"source": "Half a thought", "save_draft": "1"}, follow=True
    )

    page = response.content.decode()
    assert "Your draft is saved" in page
    assert "Half a thought" in page
    assert not topic.posts.filter(source="Half a thought").exists()
    assert ForumDraft.objects.get(user=author, topic=topic).source == "Half a thought"


def test_a_published_reply_deletes_the_draft(client, topic):
    author = experienced_member()
    forums.save_draft(author, topic, "Half a thought")
    client.force_login(author)

    client.post(topic_url(topic) + "reply/", {"source": "The whole thought"})

    assert topic.posts.filter(source="The whole thought").exists()
    assert not ForumDraft.objects.exists()
    assert "Half a thought" not in client.get(topic_url(topic)).content.decode()


def test_a_draft_is_seen_only_by_its_writer(client, topic):
    forums.save_draft(experienced_member(), topic, "CANARY private draft")
    client.force_login(experienced_member())

    assert "CANARY private draft" not in client.get(topic_url(topic) + "reply/").content.decode()
    assert "CANARY private draft" not in client.get(topic_url(topic)).content.decode()


def test_saving_an_empty_draft_discards_it(topic):
    author = experienced_member()
    forums.save_draft(author, topic, "Something")

    assert forums.save_draft(author, topic, "   ") is None
    assert not ForumDraft.objects.exists()


def test_a_new_topic_draft_keeps_title_tags_and_text(client, category):
    author = experienced_member()
    client.force_login(author)

    client.post(
        "/en/forums/reintegration/new/",
        {
            "title": "Housing",
            "tags": "housing, family",
            "source": "Notes so far",
            "save_draft": "1",
        },
    )
    page = client.get("/en/forums/reintegration/new/").content.decode()

    assert not Topic.objects.filter(title="Housing").exists()
    assert 'value="Housing"' in page
    assert 'value="housing, family"' in page
    assert "Notes so far" in page


def test_a_refused_new_topic_is_kept_and_a_published_one_deletes_the_draft(client, category):
    author = experienced_member()
    client.force_login(author)

    client.post("/en/forums/reintegration/new/", {"title": "", "source": "Body without title"})
    draft = ForumDraft.objects.get(user=author, category=category)
    assert draft.source == "Body without title"

    client.post("/en/forums/reintegration/new/", {"title": "Housing", "source": "Body"})

    assert Topic.objects.filter(title="Housing").exists()
    assert not ForumDraft.objects.exists()


def test_the_activity_page_lists_drafts_in_places_the_member_may_still_see(client, topic):
    from network import groups
    from network.choices import ForumAudience
    from tests.factories import NetworkGroupFactory, join_group

    author = experienced_member()
    group = NetworkGroupFactory()
    staff_forum = ForumCategoryFactory(slug="staff", audience=ForumAudience.GROUPS)
    staff_forum.groups.set([group])
    membership = join_group(author, group)
    staff_topic = TopicFactory(category=staff_forum, title="CANARY staff topic")
    PostFactory(topic=staff_topic, author=member())
    forums.save_draft(author, topic, "Reply in progress")
    forums.save_draft(author, staff_topic, "CANARY staff draft")
    groups.remove_from_group(membership, actor=member(), reason="Changed jobs")
    client.force_login(author)

    page = client.get("/en/forums/activity/").content.decode()

    assert "Reply in progress" in page
    assert f"/en/forums/reintegration/{topic.pk}/reply/" in page
    assert "CANARY" not in page
