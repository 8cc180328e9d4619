import re

import pytest
from django.core import mail
from django.core.management import call_command

from network import forums, groups, moderation, notifications
from network.choices import PostState
from network.models import Notification, Subscription, User
from tests.conftest import sign_in
from tests.factories import NetworkGroupFactory, join_group, member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
)

pytestmark = pytest.mark.django_db

CANARY = "CANARY-7f3a-gated-text"


def follower(**user_fields):
    user = member(**{f"user__{key}": value for key, value in user_fields.items()})
    return user


def followed_topic(user, category=None, title="Returning home"):
    topic = TopicFactory(
        category=category or ForumCategoryFactory(slug="reintegration"), title=title
    )
    PostFactory(topic=topic, author=member())
    notifications.follow(user, topic)
    return topic


def group_forum():
    group = NetworkGroupFactory()
    category = ForumCategoryFactory(slug="working-group", audience="groups")
    category.groups.set([group])
    return group, category


def unsubscribe_links(message) -> list[str]:
    return re.findall(r"https?://\S+/forums/unsubscribe/\S+/", message.body)


def test_follower_gets_a_notification_and_an_immediate_email_for_a_reply():
    reader = follower(email="reader@example.org", full_name="Reader")
    topic = followed_topic(reader)
    author = experienced_member(user__full_name="Aigerim Sadykova")

    forums.reply(topic, author, "We found that <b>mentors</b> help most in the first month.")

    notification = Notification.objects.get(user=reader)
    assert notification.kind == Notification.Kind.REPLY
    assert notification.emailed_at is not None
    message = mail.outbox[-1]
    assert message.to == ["reader@example.org"]
    assert "Returning home" in message.subject + message.body
    assert "Aigerim Sadykova" in message.body
    assert "mentors help most in the first month" in message.body
    assert "<b>" not in message.body
    assert f"/forums/reintegration/{topic.pk}/" in message.body
    assert unsubscribe_links(message)


def test_author_gets_nothing_for_their_own_post():
    author = experienced_member()
    topic = followed_topic(author)

    forums.reply(topic, author, "My own answer.")

    assert not Notification.objects.filter(user=author).exists()
    assert mail.outbox == []


def test_forum_follower_hears_of_a_new_topic_and_its_starter_follows_it():
    reader = follower()
    category = ForumCategoryFactory(slug="probation")
    notifications.follow(reader, category)
    author = experienced_member()

    topic = forums.start_topic(category, author, "Caseloads", "How many cases do you carry?")

    assert Notification.objects.get(user=reader).kind == Notification.Kind.NEW_TOPIC
    assert Subscription.objects.filter(user=author, topic=topic).exists()


def test_mentioned_member_is_notified_only_if_they_can_see_the_topic():
    group, category = group_forum()
    author = experienced_member()
    join_group(author, group)
    insider = member(user__full_name="Inna Sider")
    join_group(insider, group)
    outsider = member(user__full_name="Otto Sider")
    topic = TopicFactory(category=category, title="Internal")
    PostFactory(topic=topic, author=author)

    post = forums.reply(topic, author, f"@inna-s and @Otto-S, see {CANARY}.")

    assert set(post.mentions.all()) == {insider}
    assert Notification.objects.get(user=insider).kind == Notification.Kind.MENTION
    assert not Notification.objects.filter(user=outsider).exists()
    assert all(CANARY not in m.body for m in mail.outbox if m.to == [outsider.email])


def test_pending_post_notifies_nobody_until_a_moderator_approves_it():
    reader = follower(email="reader@example.org")
    topic = followed_topic(reader)
    newcomer = member()

    post = forums.reply(topic, newcomer, "My first post, waiting.")

    assert post.state == PostState.PENDING
    assert not Notification.objects.exists()
    assert mail.outbox == []

    moderation.approve_post(post, moderator=member())

    assert Notification.objects.get(user=reader).post == post
    assert mail.outbox[-1].to == ["reader@example.org"]


def test_member_removed_from_a_group_hears_nothing_more_from_its_forum():
    group, category = group_forum()
    author = experienced_member()
    join_group(author, group)
    immediate = member(user__email="immediate@example.org")
    daily = member(user__email="daily@example.org", user__forum_email="daily")
    memberships = [join_group(immediate, group), join_group(daily, group)]
    topic = TopicFactory(category=category, title="Group topic")
    PostFactory(topic=topic, author=author)
    notifications.follow(immediate, topic)
    notifications.follow(daily, category)
    forums.reply(topic, author, "Before the removal.")
    for membership in memberships:
        groups.remove_from_group(membership, actor=member(), reason="Left the organisation")
    mail.outbox.clear()

    forums.reply(topic, author, f"After the removal: {CANARY}")
    call_command("send_forum_digests")

    assert Subscription.objects.filter(user=immediate, topic=topic).exists()
    assert Notification.objects.filter(user=immediate).count() == 1
    assert notifications.visible_notifications(immediate) == []
    assert notifications.visible_notifications(daily) == []
    assert mail.outbox == []


def test_gated_canary_never_reaches_the_email_of_someone_who_cannot_see_it():
    group, category = group_forum()
    author = experienced_member()
    join_group(author, group)
    insider = member(user__email="insider@example.org")
    join_group(insider, group)
    outsider = member(user__email="outsider@example.org")
    topic = TopicFactory(category=category, title=f"Topic {CANARY}")
    PostFactory(topic=topic, author=author)
    Subscription.objects.create(user=outsider, topic=topic)  # stale, from before a change
    notifications.follow(insider, topic)

    forums.reply(topic, author, f"Body {CANARY}")
    outsider_notice = Notification.objects.create(
        user=outsider, kind="reply", post=topic.posts.last()
    )
    notifications.send_notification_email.enqueue(outsider_notice.pk)

    assert [m.to for m in mail.outbox] == [["insider@example.org"]]
    assert CANARY in mail.outbox[0].body
    outsider_notice.refresh_from_db()
    assert outsider_notice.emailed_at is None


def test_daily_digest_is_sent_once_with_what_the_member_may_see():
    reader = follower(email="daily@example.org", forum_email="daily")
    topic = followed_topic(reader, title="Housing")
    author = experienced_member()
    forums.reply(topic, author, "First answer about housing.")
    forums.reply(topic, author, "Second answer about housing.")
    assert mail.outbox == []

    call_command("send_forum_digests")
    call_command("send_forum_digests")

    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == ["daily@example.org"]
    assert "First answer about housing." in digest.body
    assert "Second answer about housing." in digest.body
    assert unsubscribe_links(digest)
    assert not Notification.objects.filter(user=reader, emailed_at__isnull=True).exists()


def test_email_task_is_idempotent():
    reader = follower(email="reader@example.org")
    topic = followed_topic(reader)
    forums.reply(topic, experienced_member(), "An answer.")
    notification = Notification.objects.get(user=reader)

    notifications.send_notification_email.enqueue(notification.pk)

    assert len(mail.outbox) == 1


def test_unsubscribe_link_works_without_signing_in_and_stops_emails(client):
    reader = follower(email="reader@example.org")
    topic = followed_topic(reader)
    author = experienced_member()
    forums.reply(topic, author, "An answer.")
    link = next(url for url in unsubscribe_links(mail.outbox[-1]) if "unsubscribe" in url)
    path = link[link.index("/en/") :] if "/en/" in link else link[link.index("/forums/") :]

    confirmation = client.get(path)
    done = client.post(path)
    mail.outbox.clear()
    forums.reply(topic, author, "Another answer.")

    assert confirmation.status_code == 200
    assert "Returning home" in confirmation.content.decode()
    assert done.status_code == 200
    assert not Subscription.objects.filter(user=reader, topic=topic).exists()
    assert mail.outbox == []


def test_unsubscribe_from_all_forum_email(client):
    reader = follower(email="reader@example.org")
    token = notifications.unsubscribe_token(reader)

    response = client.post(f"/en/forums/unsubscribe/{token}/")

    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.forum_email == User.ForumEmail.NEVER


def test_bad_unsubscribe_token_gets_a_clear_message_and_400(client):
    reader = follower()
    token = notifications.unsubscribe_token(reader)

    tampered = client.get(f"/en/forums/unsubscribe/{token[:-3]}xyz/")
    garbage = client.post("/en/forums/unsubscribe/not-a-token/")

    assert tampered.status_code == 400
    assert garbage.status_code == 400
    assert "This unsubscribe link does not work" in tampered.content.decode()
    assert User.objects.get(pk=reader.pk).forum_email == User.ForumEmail.IMMEDIATE


def test_member_follows_and_unfollows_a_topic_and_a_forum(client):
    reader = follower(email="reader@example.org")
    category = ForumCategoryFactory(slug="probation")
    topic = TopicFactory(category=category)
    PostFactory(topic=topic, author=member())
    sign_in(client, "reader@example.org")

    page = client.get(f"/en/forums/probation/{topic.pk}/").content.decode()
    client.post(f"/en/forums/follow/topic/{topic.pk}/", {"action": "follow"})
    client.post(f"/en/forums/follow/forum/{category.pk}/", {"action": "follow"})
    assert Subscription.objects.filter(user=reader).count() == 2
    client.post(f"/en/forums/follow/topic/{topic.pk}/", {"action": "unfollow"})

    assert "Follow this topic" in page
    assert list(Subscription.objects.filter(user=reader).values_list("category", flat=True)) == [
        category.pk
    ]


def test_member_cannot_follow_a_forum_they_cannot_see(client):
    follower(email="reader@example.org")
    _, category = group_forum()
    sign_in(client, "reader@example.org")

    response = client.post(f"/en/forums/follow/forum/{category.pk}/", {"action": "follow"})

    assert response.status_code == 404
    assert not Subscription.objects.exists()


def test_notifications_page_lists_unread_marks_read_and_saves_email_setting(client):
    reader = follower(email="reader@example.org")
    topic = followed_topic(reader, title="Peer support")
    forums.reply(topic, experienced_member(), "An answer.")
    sign_in(client, "reader@example.org")

    page = client.get("/en/forums/notifications/").content.decode()
    client.post("/en/forums/notifications/", {"action": "mark_all_read"})
    client.post("/en/forums/notifications/", {"action": "email", "forum_email": "daily"})

    assert "Peer support" in page
    assert "Unread" in page
    assert not Notification.objects.filter(user=reader, read_at__isnull=True).exists()
    reader.refresh_from_db()
    assert reader.forum_email == "daily"
