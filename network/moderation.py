"""Moderators' decisions on posts: each one changes the post, keeps the topic's activity date
right, tells the author when it concerns them, and is written to the append-only audit log."""

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from network import audit
from network.choices import PostState
from network.models import Post, Topic
from network.tasks import send_templated_email


class ModerationError(ValueError):
    """The decision does not fit the post's current state; the message says why."""


def _refresh_activity(topic: Topic) -> None:
    latest = topic.posts.filter(state=PostState.PUBLISHED).aggregate(latest=Max("created_at"))
    Topic.objects.filter(pk=topic.pk).update(last_post_at=latest["latest"])


def _decide(post: Post, moderator, state: str, reason: str, action: str, request=None) -> None:
    post.state = state
    post.moderation_reason = reason
    post.save(update_fields=["state", "moderation_reason"])
    _refresh_activity(post.topic)
    audit.record(action, actor=moderator, target=post, reason=reason, request=request)


def _tell_author(post: Post, template: str, reason: str) -> None:
    if post.author is None:
        return
    send_templated_email.enqueue(
        post.author.email,
        f"network/email/{template}",
        {"name": post.author.get_full_name(), "topic": post.topic.title, "message": reason},
        post.author.language,
    )


@transaction.atomic
def approve_post(post: Post, moderator, request=None) -> None:
    if post.state != PostState.PENDING:
        raise ModerationError(_("Only a post waiting for a moderator can be approved."))
    _decide(post, moderator, PostState.PUBLISHED, "", "forum.post_approved", request)


@transaction.atomic
def reject_post(post: Post, moderator, reason: str, request=None) -> None:
    if post.state != PostState.PENDING:
        raise ModerationError(_("Only a post waiting for a moderator can be rejected."))
    if not reason.strip():
        raise ModerationError(_("Tell the author why."))
    _decide(post, moderator, PostState.REJECTED, reason, "forum.post_rejected", request)
    _tell_author(post, "post_rejected", reason)


@transaction.atomic
def hide_post(post: Post, moderator, reason: str, request=None) -> None:
    if post.state != PostState.PUBLISHED:
        raise ModerationError(_("Only a published post can be hidden."))
    if not reason.strip():
        raise ModerationError(_("Tell the author why."))
    _decide(post, moderator, PostState.HIDDEN, reason, "forum.post_hidden", request)
    _tell_author(post, "post_hidden", reason)


@transaction.atomic
def restore_post(post: Post, moderator, reason: str = "", request=None) -> None:
    if post.state != PostState.HIDDEN:
        raise ModerationError(_("Only a hidden post can be restored."))
    _decide(post, moderator, PostState.PUBLISHED, reason, "forum.post_restored", request)
