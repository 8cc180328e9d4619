"""Forum notifications: who hears about a published post, in the app and by e-mail.

Recipients are the followers of the topic and of its forum and the members mentioned in the
post, never its author. Access is checked again at every step that could reveal the post — when
the notification is made, when it is listed, when its e-mail is sent and when the digest is
put together — so a member who has lost access (removed from a group, suspended, a practice
made private) receives nothing more, even if they still follow the topic.

Mentions: ``@`` followed by a member's handle — the one shown beside their posts and on their
profile, e.g. ``@aigerim-s`` — matched without regard to case. Only active members who may see
the topic are recorded.
"""

import re
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django_tasks import task

from network import policy
from network.choices import PostState
from network.models import ForumCategory, Notification, Post, Subscription, Topic, User

MENTION_PATTERN = re.compile(r"(?<![\w@.])@([\w.+-]+)")
EXCERPT_WORDS = 60
UNSUBSCRIBE_SALT = "network.forum-unsubscribe"
UNSUBSCRIBE_MAX_AGE = timedelta(days=90)
DIGEST_PERIOD = timedelta(days=1)
ALL_FORUM_EMAIL = "all"


# Access ---------------------------------------------------------------------------------------


def may_see(user, post: Post) -> bool:
    """Whether ``user`` may see ``post`` now: the policy's audience and the forum's own rules
    (published, topic visible, practice readable)."""
    from network import forums

    if not policy.is_member(user) or not policy.can_view(user, post):
        return False
    return post.state == PostState.PUBLISHED and forums.can_view_post(user, post)


# Following ------------------------------------------------------------------------------------


def follow(user, target: Topic | ForumCategory) -> Subscription:
    field = "topic" if isinstance(target, Topic) else "category"
    return Subscription.objects.get_or_create(user=user, **{field: target})[0]


def unfollow(user, target: Topic | ForumCategory) -> None:
    field = "topic" if isinstance(target, Topic) else "category"
    Subscription.objects.filter(user=user, **{field: target}).delete()


def is_following(user, target: Topic | ForumCategory) -> bool:
    field = "topic" if isinstance(target, Topic) else "category"
    return Subscription.objects.filter(user=user, **{field: target}).exists()


# Mentions -------------------------------------------------------------------------------------


def mentioned_names(source: str) -> set[str]:
    return {name.rstrip(".-").lower() for name in MENTION_PATTERN.findall(source or "")} - {""}


def record_mentions(post: Post) -> list:
    """Store the members ``post`` mentions who may see its topic."""
    names = mentioned_names(post.source)
    if not names:
        return []
    candidates = User.objects.filter(handle__in=names, is_active=True).exclude(pk=post.author_id)
    mentioned = [
        user for user in candidates if policy.is_member(user) and policy.can_view(user, post.topic)
    ]
    post.mentions.set(mentioned)
    return mentioned


# Publishing -----------------------------------------------------------------------------------


def notify_post_published(post: Post) -> list[Notification]:
    """Tell the followers and the mentioned members about a post that has just been published;
    returns the notifications made."""
    post = Post.objects.select_related("topic__category", "topic__practice", "author").get(
        pk=post.pk
    )
    if post.state != PostState.PUBLISHED:
        return []
    topic = post.topic
    first = not topic.posts.filter(state=PostState.PUBLISHED).exclude(pk=post.pk).exists()
    followers = set(
        Subscription.objects.filter(Q(topic=topic) | Q(category=topic.category_id)).values_list(
            "user_id", flat=True
        )
    )
    mentioned = set(post.mentions.values_list("pk", flat=True))
    recipient_ids = (followers | mentioned) - {post.author_id}
    already = set(Notification.objects.filter(post=post).values_list("user_id", flat=True))
    notifications = []
    for recipient in User.objects.filter(pk__in=recipient_ids - already).order_by("pk"):
        if not may_see(recipient, post):
            continue
        if recipient.pk in mentioned:
            kind = Notification.Kind.MENTION
        elif first:
            kind = Notification.Kind.NEW_TOPIC
        else:
            kind = Notification.Kind.REPLY
        notifications.append(Notification.objects.create(user=recipient, kind=kind, post=post))
    for notification in notifications:
        if notification.user.forum_email == User.ForumEmail.IMMEDIATE:
            send_notification_email.enqueue(notification.pk)
    return notifications


# E-mail ---------------------------------------------------------------------------------------


def unsubscribe_token(user, subscription: Subscription | None = None) -> str:
    """A signed token that stops one subscription, or (without one) all forum e-mail."""
    scope = subscription.pk if subscription is not None else ALL_FORUM_EMAIL
    return signing.dumps({"u": user.pk, "s": scope}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[User, Subscription | None, bool]:
    """The user, the subscription (None for all e-mail or one already gone) and whether the
    token means all forum e-mail; raises ``signing.BadSignature`` for a bad or expired token."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    if not isinstance(data, dict) or "u" not in data or "s" not in data:
        raise signing.BadSignature("malformed")
    user = User.objects.filter(pk=data["u"]).first()
    if user is None:
        raise signing.BadSignature("unknown member")
    if data["s"] == ALL_FORUM_EMAIL:
        return user, None, True
    subscription = Subscription.objects.filter(pk=data["s"], user=user).first()
    return user, subscription, False


def unsubscribe(user, subscription: Subscription | None, everything: bool) -> None:
    if everything:
        User.objects.filter(pk=user.pk).update(forum_email=User.ForumEmail.NEVER)
        user.forum_email = User.ForumEmail.NEVER
    elif subscription is not None:
        subscription.delete()


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def excerpt(post: Post) -> str:
    text = " ".join(strip_tags(post.html).split())
    return Truncator(text).words(EXCERPT_WORDS)


def _subscription_for(notification: Notification) -> Subscription | None:
    topic = notification.post.topic
    return (
        Subscription.objects.filter(user=notification.user)
        .filter(Q(topic=topic) | Q(category=topic.category_id))
        .order_by("category")  # the topic's own first
        .first()
    )


def _item(notification: Notification) -> dict:
    from network.forums import author_name

    post = notification.post
    topic = post.topic
    topic_path = reverse("forums:topic", args=[topic.category.slug, topic.pk])
    return {
        "kind": notification.get_kind_display(),
        "topic": topic.title,
        "forum": topic.category.name,
        "author": author_name(post.author),
        "excerpt": excerpt(post),
        "url": _absolute(f"{topic_path}#post-{post.pk}"),
    }


def _links(user, subscription: Subscription | None = None) -> dict:
    links = {
        "unsubscribe_all_url": _absolute(
            reverse("forums:unsubscribe", args=[unsubscribe_token(user)])
        ),
        "notifications_url": _absolute(reverse("forums:notifications")),
        "unsubscribe_url": "",
    }
    if subscription is not None:
        links["unsubscribe_url"] = _absolute(
            reverse("forums:unsubscribe", args=[unsubscribe_token(user, subscription)])
        )
    return links


def _send(user, template: str, context: dict) -> None:
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {**context, "name": user.get_full_name(), **_links(user, context.get("sub"))}
        subject = render_to_string(f"network/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"network/email/{template}_message.txt", context)
        unsubscribe_url = context["unsubscribe_url"] or context["unsubscribe_all_url"]
    EmailMessage(
        settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
        headers={"List-Unsubscribe": f"<{unsubscribe_url}>"},
    ).send()


@task()
def send_notification_email(notification_id: int) -> bool:
    """E-mail one notification at once; safe to run again (sends at most once) and checks
    access again just before sending."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .filter(pk=notification_id, emailed_at__isnull=True)
            .first()
        )
        if notification is None:
            return False
        notification = Notification.objects.select_related(
            "user", "post__topic__category", "post__topic__practice", "post__author"
        ).get(pk=notification.pk)
        user = notification.user
        if (
            notification.post is None
            or user.forum_email != User.ForumEmail.IMMEDIATE
            or not may_see(user, notification.post)
        ):
            return False
        _send(
            user,
            "forum_notification",
            {"item": _item(notification), "sub": _subscription_for(notification)},
        )
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return True


def send_digests(now=None) -> int:
    """One e-mail per member who chose the daily digest, listing the notifications of the last
    day not e-mailed yet that they may still see; returns how many e-mails were sent."""
    now = now or timezone.now()
    since = now - DIGEST_PERIOD
    user_ids = (
        Notification.objects.filter(
            emailed_at__isnull=True,
            created_at__gte=since,
            user__forum_email=User.ForumEmail.DAILY,
            post__isnull=False,
        )
        .values_list("user_id", flat=True)
        .distinct()
    )
    sent = 0
    for user in User.objects.filter(pk__in=list(user_ids)).order_by("pk"):
        with transaction.atomic():
            pending = list(
                Notification.objects.select_for_update()
                .filter(user=user, emailed_at__isnull=True, created_at__gte=since)
                .filter(post__isnull=False)
                .order_by("created_at", "pk")
                .values_list("pk", flat=True)
            )
            notifications = Notification.objects.filter(pk__in=pending).select_related(
                "post__topic__category", "post__topic__practice", "post__author"
            )
            items = [
                _item(n)
                for n in notifications.order_by("created_at", "pk")
                if may_see(user, n.post)
            ]
            if items:
                _send(user, "forum_digest", {"items": items, "count": len(items)})
                sent += 1
            # Those no longer visible are settled too, so they never reach a later digest.
            Notification.objects.filter(pk__in=pending).update(emailed_at=now)
    return sent


# The app --------------------------------------------------------------------------------------


def visible_notifications(user):
    """The member's notifications they may still see, newest first (a list)."""
    notifications = (
        Notification.objects.filter(user=user, post__state=PostState.PUBLISHED)
        .select_related("post__topic__category", "post__topic__practice", "post__author")
        .order_by("-created_at", "-pk")
    )
    return [n for n in notifications if may_see(user, n.post)]


def unread_count(user) -> int:
    return sum(1 for n in visible_notifications(user) if n.read_at is None)


def mark_all_read(user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
