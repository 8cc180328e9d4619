"""Moderators see what the anonymity check flagged in each post — passages still to check and
passages the author confirmed, with who and when — in the admin's moderation queue and review
page and on the forum's own moderation pages, beside the post's files."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network import forums
from network.choices import PostState
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in_with_totp
from tests.factories import member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    attachment_on,
    small_png,
)

pytestmark = pytest.mark.django_db

TEXT = "You can reach Fatima Yusupova on +7 701 123 45 67. Her son Timur Akhmetov too."
CONFIRMED = [
    {
        "field": "source",
        "kind": "personal_name",
        "excerpt": "Fatima Yusupova",
        "by": 1,
        "by_name": "Nadia Karimova",
        "at": "2026-03-02T10:00:00+00:00",
    },
    {
        "field": "source",
        "kind": "phone",
        "excerpt": "+7 701 123 45 67",
        "by": 1,
        "by_name": "Nadia Karimova",
        "at": "2026-03-02T10:00:00+00:00",
    },
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def moderator():
    user = member(user__email="moderator@example.org")
    user.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    return user


@pytest.fixture
def admin_client(client, moderator):
    sign_in_with_totp(client, moderator)
    return client


@pytest.fixture
def topic():
    return TopicFactory(category=ForumCategoryFactory(slug="reintegration"), title="Home visits")


@pytest.fixture
def waiting_post(topic):
    """A post waiting for a moderator: two passages confirmed by its author, one not (a name a
    moderator's edit brought in), and a photo described with a name."""
    PostFactory(topic=topic, author=member(), source="How do you start?")
    post = PostFactory(
        topic=topic,
        author=member(user__full_name="Nadia Karimova"),
        source=TEXT,
        state=PostState.PENDING,
        anonymity_confirmations=CONFIRMED,
    )
    attachment_on(post, "classroom.png", small_png(), description="Amina Saidova in class")
    return post


def test_the_queue_counts_each_posts_flags_to_check_and_confirmed(admin_client, waiting_post):
    queue = admin_client.get("/admin/network/posts/?state=pending").content.decode()

    assert "Anonymity flags" in queue
    assert "2 to check, 2 confirmed" in queue


def test_the_queue_reads_flags_without_a_query_per_post(admin_client, topic, waiting_post):
    def queue_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get("/admin/network/posts/").status_code == 200
        return len(queries)

    queue_queries()  # the first page after signing in also records the session
    few = queue_queries()
    for number in range(8):
        post = PostFactory(topic=topic, author=member(), source=f"{TEXT} #{number}")
        attachment_on(post, "notes.txt", b"Meeting notes.\n", description="Timur Akhmetov")

    assert queue_queries() == few


def test_the_review_page_shows_each_flag_in_place_and_who_confirmed_it(admin_client, waiting_post):
    page = admin_client.get(f"/admin/network/posts/inspect/{waiting_post.pk}/").content.decode()

    assert "Anonymity check" in page
    assert "To check" in page
    assert "<mark>Timur Akhmetov</mark>" in page
    assert "<mark>Amina Saidova</mark>" in page
    assert "Confirmed by the author as not personal data about a beneficiary" in page
    assert "<mark>Fatima Yusupova</mark>" in page
    assert "confirmed by Nadia Karimova" in page


def test_the_review_page_lists_the_files_through_the_access_checked_view(
    admin_client, waiting_post
):
    attachment = waiting_post.attachments.get()

    page = admin_client.get(f"/admin/network/posts/inspect/{waiting_post.pk}/").content.decode()
    response = admin_client.get(f"/en/forums/attachment/{attachment.pk}/?download=1")

    assert f'href="/en/forums/attachment/{attachment.pk}/?download=1"' in page
    assert "classroom.png" in page
    assert "/media/" not in page
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_a_topics_title_is_checked_on_its_opening_post_only(admin_client):
    topic = TopicFactory(title="Visiting Fatima Yusupova at home")
    opening = PostFactory(topic=topic, author=member(), source="How often?")
    answer = PostFactory(topic=topic, author=member(), source="Weekly.")

    assert forums.anonymity_flag_counts(opening, forums.is_opening_post(opening)) == (1, 0)
    assert forums.anonymity_flag_counts(answer, forums.is_opening_post(answer)) == (0, 0)
    queue = admin_client.get("/admin/network/posts/").content.decode()
    assert queue.count("1 to check") == 1


def test_the_forum_moderation_page_shows_flags_and_files_of_every_post(
    admin_client, topic, waiting_post
):
    attachment = waiting_post.attachments.get()

    page = admin_client.get(f"/en/forums/moderate/topic/{topic.pk}/").content.decode()

    assert "<mark>Timur Akhmetov</mark>" in page
    assert "confirmed by Nadia Karimova" in page
    assert f'href="/en/forums/attachment/{attachment.pk}/?download=1"' in page
    assert "The anonymity check found nothing that looks like personal data." in page


def test_a_moderator_editing_a_post_sees_its_flags(admin_client, waiting_post):
    page = admin_client.get(f"/en/forums/moderate/post/{waiting_post.pk}/edit/").content.decode()

    assert "<mark>Timur Akhmetov</mark>" in page
    assert "confirmed by Nadia Karimova" in page


def test_members_see_no_flags_on_the_topic_page(client, topic, waiting_post):
    waiting_post.state = PostState.PUBLISHED
    waiting_post.save()
    client.force_login(member())

    page = client.get(f"/en/forums/reintegration/{topic.pk}/").content.decode()

    assert "Fatima Yusupova" in page
    assert "<mark>" not in page
    assert "confirmed by" not in page
