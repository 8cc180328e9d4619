from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.utils import timezone

from network import forums, moderation
from network.choices import ForumAudience
from network.models import AuditEntry, PostingSuspension, PostRevision, Topic
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in_with_totp
from tests.factories import member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator():
    user = member(user__email="moderator@example.org")
    user.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    return user


@pytest.fixture
def moderator_client(client_factory, moderator):
    client = client_factory()
    sign_in_with_totp(client, moderator)
    return client


@pytest.fixture
def topic():
    topic = TopicFactory(category=ForumCategoryFactory(slug="reintegration"), title="Schooling")
    PostFactory(topic=topic, author=member(), source="The first post")
    return topic


def topic_url(topic):
    return f"/en/forums/{topic.category.slug}/{topic.pk}/"


def moderate_url(topic):
    return f"/en/forums/moderate/topic/{topic.pk}/"


def actions():
    """The forum moderation entries of the audit log (granting roles is logged too)."""
    entries = AuditEntry.objects.filter(action__startswith="forum.").order_by("id")
    return list(entries.values_list("action", flat=True))


def test_moderators_are_group_members_in_good_standing_or_superusers(moderator):
    from tests.factories.network import AccountFactory

    staff = AccountFactory(is_staff=True)
    staff.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    applicant_in_group = AccountFactory()
    applicant_in_group.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    superuser = AccountFactory(is_superuser=True)

    assert moderation.is_moderator(moderator)
    assert moderation.is_moderator(staff)
    assert moderation.is_moderator(superuser)
    assert not moderation.is_moderator(member())
    assert not moderation.is_moderator(applicant_in_group)
    assert not moderation.is_moderator(AnonymousUser())
    moderator.is_active = False
    assert not moderation.is_moderator(moderator)


def test_moderator_sees_the_moderation_link_and_members_do_not(client, moderator_client, topic):
    client.force_login(member())

    assert moderate_url(topic) in moderator_client.get(topic_url(topic)).content.decode()
    assert moderate_url(topic) not in client.get(topic_url(topic)).content.decode()


def test_moderator_locks_and_unlocks_a_topic(moderator_client, topic):
    locked = moderator_client.post(moderate_url(topic) + "lock/")
    topic.refresh_from_db()
    assert locked.status_code == 302
    assert topic.locked

    moderator_client.post(moderate_url(topic) + "unlock/")
    topic.refresh_from_db()
    assert not topic.locked
    assert actions() == ["forum.topic_locked", "forum.topic_unlocked"]


def test_moderator_pins_and_unpins_a_topic(moderator_client, topic):
    moderator_client.post(moderate_url(topic) + "pin/")
    topic.refresh_from_db()
    assert topic.pinned

    moderator_client.post(moderate_url(topic) + "unpin/")
    topic.refresh_from_db()
    assert not topic.pinned
    assert actions() == ["forum.topic_pinned", "forum.topic_unpinned"]


def test_topic_actions_are_post_only(moderator_client, topic):
    response = moderator_client.get(moderate_url(topic) + "lock/")

    assert response.status_code == 405
    topic.refresh_from_db()
    assert not topic.locked


def test_moderator_moves_a_topic_to_a_forum_they_may_see(moderator_client, topic):
    target = ForumCategoryFactory(name="Family contact", slug="family")
    hidden = ForumCategoryFactory(name="CANARY-PRIVATE-FORUM", audience=ForumAudience.GROUPS)

    page = moderator_client.get(moderate_url(topic)).content.decode()
    refused = moderator_client.post(moderate_url(topic) + "move/", {"category": hidden.pk})
    topic.refresh_from_db()
    assert topic.category.slug == "reintegration"
    moderator_client.post(moderate_url(topic) + "move/", {"category": target.pk})

    assert "Family contact" in page
    assert "CANARY-PRIVATE-FORUM" not in page
    assert refused.status_code == 302
    topic.refresh_from_db()
    assert topic.category == target
    assert actions() == ["forum.topic_moved"]


def test_members_cannot_lock_pin_move_or_open_moderation_pages(client, topic):
    target = ForumCategoryFactory()
    client.force_login(experienced_member())
    post = topic.posts.get()

    responses = [
        client.get(moderate_url(topic)),
        *(client.post(moderate_url(topic) + f"{action}/") for action in ("lock", "pin")),
        client.post(moderate_url(topic) + "move/", {"category": target.pk}),
        client.post(
            f"/en/forums/moderate/post/{post.pk}/edit/", {"source": "Changed", "reason": "x"}
        ),
        client.post(f"/en/forums/moderate/suspend/{post.author_id}/", {"days": 3, "reason": "x"}),
    ]

    assert {response.status_code for response in responses} == {404}
    topic.refresh_from_db()
    post.refresh_from_db()
    assert (topic.locked, topic.pinned, topic.category_id) == (False, False, topic.category_id)
    assert topic.category != target
    assert post.source == "The first post"
    assert not PostingSuspension.objects.exists()
    assert not PostRevision.objects.exists()
    assert actions() == []


def test_visitors_are_sent_to_sign_in_for_moderation(client, topic):
    response = client.post(moderate_url(topic) + "lock/")

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    topic.refresh_from_db()
    assert not topic.locked


def test_service_refuses_topic_actions_by_members(topic):
    with pytest.raises(moderation.ModerationError):
        moderation.lock_topic(topic, member())
    topic.refresh_from_db()
    assert not topic.locked


def test_moderator_edits_a_post_with_a_reason_keeping_the_earlier_version(
    moderator_client, moderator, topic
):
    post = topic.posts.get()

    without_reason = moderator_client.post(
        f"/en/forums/moderate/post/{post.pk}/edit/", {"source": "Changed", "reason": ""}
    )
    response = moderator_client.post(
        f"/en/forums/moderate/post/{post.pk}/edit/",
        {"source": "A child's name removed", "reason": "Named a child"},
    )

    assert without_reason.status_code == 200
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.source == "A child's name removed"
    assert post.edited_at is not None
    revision = PostRevision.objects.get()
    assert (revision.source, revision.edited_by, revision.reason) == (
        "The first post",
        moderator,
        "Named a child",
    )
    entry = AuditEntry.objects.get(action="forum.post_edited")
    assert (entry.actor, entry.reason) == (moderator, "Named a child")


def test_revision_history_is_shown_to_moderators_only(client, moderator_client, moderator, topic):
    post = topic.posts.get()
    moderation.moderator_edit_post(post, moderator, "Rewritten", "REVISION-REASON")
    client.force_login(member())

    moderator_page = moderator_client.get(moderate_url(topic)).content.decode()
    review = moderator_client.get(f"/admin/network/posts/inspect/{post.pk}/").content.decode()
    member_page = client.get(topic_url(topic)).content.decode()

    assert "The first post" in moderator_page and "REVISION-REASON" in moderator_page
    assert "The first post" in review and "REVISION-REASON" in review
    assert "Rewritten" in member_page
    assert "The first post" not in member_page
    assert "REVISION-REASON" not in member_page


def test_moderator_suspends_a_member_who_is_told_and_can_still_read(
    client, moderator_client, moderator, topic
):
    author = experienced_member(user__email="author@example.org")
    client.force_login(author)
    url = f"/en/forums/moderate/suspend/{author.pk}/"

    moderator_client.post(url, {"days": 366, "reason": "Too long"})
    moderator_client.post(url, {"days": 7, "reason": ""})
    response = moderator_client.post(url, {"days": 7, "reason": "Repeated insults"})

    assert response.status_code == 302
    suspension = PostingSuspension.objects.get()
    assert (suspension.user, suspension.created_by) == (author, moderator)
    assert suspension.reason == "Repeated insults"
    remaining = suspension.until - timezone.now()
    assert timedelta(days=6, hours=23) < remaining <= timedelta(days=7)
    entry = AuditEntry.objects.get(action="forum.posting_suspended")
    assert (entry.actor, entry.reason) == (moderator, "Repeated insults")
    assert mail.outbox[-1].to == ["author@example.org"]
    assert "Repeated insults" in mail.outbox[-1].body
    assert client.get(topic_url(topic)).status_code == 200
    refused = client.post(topic_url(topic) + "reply/", {"source": "Let me answer"})
    assert "suspended you from posting until" in refused.content.decode()
    assert "Let me answer" in refused.content.decode()
    assert topic.posts.count() == 1


def test_suspended_member_cannot_start_topics_or_edit(moderator, topic):
    author = experienced_member()
    post = PostFactory(topic=topic, author=author)
    moderation.suspend_posting(author, moderator, 3, "Cooling off")

    with pytest.raises(forums.ForumError, match="suspended you from posting"):
        forums.start_topic(topic.category, author, "New", "Text")
    with pytest.raises(forums.ForumError, match="suspended you from posting"):
        forums.reply(topic, author, "Text")
    with pytest.raises(forums.ForumError, match="suspended you from posting"):
        forums.edit_post(post, author, "Changed")
    assert not Topic.objects.filter(title="New").exists()


def test_posting_is_allowed_again_when_the_suspension_has_ended(moderator, topic):
    author = experienced_member()
    PostingSuspension.objects.create(
        user=author,
        until=timezone.now() - timedelta(minutes=1),
        reason="Over",
        created_by=moderator,
    )

    post = forums.reply(topic, author, "Back again")

    assert post.pk is not None


def test_suspension_days_must_be_between_one_and_a_year(moderator):
    target = member()

    for days in (0, 366):
        with pytest.raises(moderation.ModerationError):
            moderation.suspend_posting(target, moderator, days, "Reason")
    assert not PostingSuspension.objects.exists()
    assert mail.outbox == []
