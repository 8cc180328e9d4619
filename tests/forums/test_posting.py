import pytest
from django.test import override_settings

from network import forums
from network.choices import PostState
from network.models import PostRevision, Thanks, Topic
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
    PostFactory(topic=topic, author=member(user__full_name="Aigerim"), source="How do you start?")
    return topic


def topic_url(topic):
    return f"/en/forums/{topic.category.slug}/{topic.pk}/"


def test_member_starts_a_topic_rendered_as_sanitised_html(client, category):
    client.force_login(experienced_member())

    response = client.post(
        "/en/forums/reintegration/new/",
        {"title": "Schools", "source": "**Bold** <script>alert(1)</script>", "tags": "school"},
        follow=True,
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "<strong>Bold</strong>" in page
    assert "<script>alert(1)" not in page
    topic = Topic.objects.get(title="Schools")
    assert list(topic.tags.names()) == ["school"]
    assert topic.last_post_at is not None


def test_reply_is_sanitised_and_shown(client, topic):
    client.force_login(experienced_member())

    response = client.post(
        topic_url(topic) + "reply/",
        {"source": "Try <script>steal()</script> [a link](javascript:evil())"},
        follow=True,
    )

    page = response.content.decode()
    assert "<script>steal()" not in page
    assert "javascript:evil" not in page
    post = topic.posts.last()
    assert post.state == PostState.PUBLISHED
    assert "<script>" not in post.html


def test_reply_quotes_a_post_of_the_same_topic(client, topic):
    quoted = topic.posts.get()
    client.force_login(experienced_member())

    client.post(topic_url(topic) + "reply/", {"source": "Slowly.", "quote": quoted.pk})

    post = topic.posts.last()
    assert post.source.startswith("> Aigerim wrote:\n>\n> How do you start?")
    assert post.source.endswith("Slowly.")
    assert "<blockquote>" in post.html


def test_a_post_from_another_topic_is_not_quoted(topic):
    elsewhere = PostFactory(source="Canary elsewhere")

    post = forums.reply(topic, experienced_member(), "Answer", quote=elsewhere)

    assert post.source == "Answer"


def test_editing_keeps_the_previous_version(client, topic):
    author = experienced_member()
    post = forums.reply(topic, author, "First version")
    client.force_login(author)

    response = client.post(
        topic_url(topic) + f"posts/{post.pk}/edit/",
        {"source": "Second *version*", "reason": "typo"},
        follow=True,
    )

    post.refresh_from_db()
    assert "<em>version</em>" in response.content.decode()
    assert post.source == "Second *version*"
    assert post.edited_at is not None
    revision = PostRevision.objects.get(post=post)
    assert (revision.source, revision.reason, revision.edited_by) == (
        "First version",
        "typo",
        author,
    )


def test_only_the_author_may_edit(client, topic):
    post = topic.posts.get()
    client.force_login(experienced_member())

    response = client.post(topic_url(topic) + f"posts/{post.pk}/edit/", {"source": "Mine now"})

    assert response.status_code == 404
    post.refresh_from_db()
    assert post.source == "How do you start?"
    with pytest.raises(forums.ForumError):
        forums.edit_post(post, member(), "Mine now")


def test_new_members_first_posts_wait_and_are_shown_only_to_them(client, topic, client_factory):
    newcomer = member()
    client.force_login(newcomer)

    client.post(topic_url(topic) + "reply/", {"source": "Canary pending text"})

    post = topic.posts.get(source="Canary pending text")
    assert post.state == PostState.PENDING
    own = client.get(topic_url(topic)).content.decode()
    assert "Canary pending text" in own
    assert "Waiting for a moderator" in own
    other = client_factory()
    other.force_login(member())
    assert "Canary pending text" not in other.get(topic_url(topic)).content.decode()
    topic.refresh_from_db()
    assert topic.last_post_at < post.created_at


def test_pending_topic_is_hidden_from_others(client, category, client_factory):
    client.force_login(member())
    client.post("/en/forums/reintegration/new/", {"title": "Canary title", "source": "Body"})
    topic = Topic.objects.get(title="Canary title")
    assert "Canary title" in client.get("/en/forums/reintegration/").content.decode()

    other = client_factory()
    other.force_login(member())
    assert "Canary title" not in other.get("/en/forums/reintegration/").content.decode()
    assert other.get(topic_url(topic)).status_code == 404


def test_premoderated_forum_holds_every_post(topic):
    topic.category.premoderated = True
    topic.category.save()

    post = forums.reply(topic, experienced_member(), "Held")

    assert post.state == PostState.PENDING
    assert forums.needs_premoderation(experienced_member(), topic.category)


def test_locked_topic_refuses_replies_and_keeps_the_text(client, topic):
    topic.locked = True
    topic.save()
    client.force_login(experienced_member())

    assert "Post reply" not in client.get(topic_url(topic)).content.decode()
    response = client.post(topic_url(topic) + "reply/", {"source": "My careful answer"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "This topic is locked" in page
    assert "My careful answer" in page
    assert topic.posts.count() == 1


@override_settings(FORUM_POSTS_PER_HOUR=3)
def test_rate_limit_refuses_and_keeps_the_text(client, topic):
    author = experienced_member()
    for number in range(3):
        PostFactory(topic=topic, author=author, source=f"Post {number}")
    client.force_login(author)

    response = client.post(topic_url(topic) + "reply/", {"source": "One more thought"})

    page = response.content.decode()
    assert "the most allowed" in page
    assert "One more thought" in page
    assert not topic.posts.filter(source="One more thought").exists()


def test_the_same_reply_is_not_posted_twice(client, topic):
    client.force_login(experienced_member())
    client.post(topic_url(topic) + "reply/", {"source": "Same words"})

    response = client.post(topic_url(topic) + "reply/", {"source": "Same words"})

    page = response.content.decode()
    assert "it was not posted twice" in page
    assert "Same words" in page
    assert topic.posts.filter(source="Same words").count() == 1


def test_over_long_input_is_refused_and_kept(client, topic, category):
    client.force_login(experienced_member())
    long_post = "word " * 4001

    response = client.post(topic_url(topic) + "reply/", {"source": long_post})
    assert response.status_code == 200
    assert "at most 20000 characters" in response.content.decode()
    assert long_post.strip() in response.content.decode()

    long_title = "T" * 201
    response = client.post(
        "/en/forums/reintegration/new/", {"title": long_title, "source": "Kept body"}
    )
    page = response.content.decode()
    assert "at most 200 characters" in page
    assert long_title in page and "Kept body" in page
    assert topic.posts.count() == 1
    assert not Topic.objects.filter(title=long_title).exists()
    with pytest.raises(forums.ForumError):
        forums.reply(topic, experienced_member(), "x" * 20_001)


def test_members_thank_posts_once_and_see_the_count(client, topic):
    post = topic.posts.get()
    client.force_login(experienced_member())

    client.post(topic_url(topic) + f"posts/{post.pk}/thanks/")
    response = client.post(topic_url(topic) + f"posts/{post.pk}/thanks/", follow=True)

    assert Thanks.objects.filter(post=post).count() == 1
    assert "1 thanks" in response.content.decode()
    with pytest.raises(forums.ForumError):
        forums.thank(post, post.author)


def test_state_changes_need_post(client, topic):
    post = topic.posts.get()
    client.force_login(experienced_member())

    assert client.get(topic_url(topic) + f"posts/{post.pk}/thanks/").status_code == 405
    assert not Thanks.objects.exists()
