"""Moderators' decisions on posts: each one changes the post, keeps the topic's activity date
right, tells the author when it concerns them, and is written to the append-only audit log."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from network import audit, notifications, policy
from network.choices import PostState
from network.models import (
    ForumCategory,
    Post,
    PostingSuspension,
    PostRevision,
    Report,
    Topic,
)
from network.roles import FORUM_MODERATORS
from network.sanitiser import render_markdown
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
    notifications.notify_post_published(post)


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


# Moderators, reports, topics, edits and posting suspensions ---------------------------------

MAX_REPORT_LENGTH = 2000
MAX_EDIT_REASON_LENGTH = 500
MAX_SUSPENSION_DAYS = 365


def is_moderator(user) -> bool:
    """A superuser, or a forum moderator who is an active member or staff."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not (user.is_staff or policy.is_member(user)):
        return False
    return user.groups.filter(name=FORUM_MODERATORS).exists()


def open_report(post: Post, reporter) -> Report | None:
    return Report.objects.filter(post=post, reporter=reporter, resolved_at__isnull=True).first()


@transaction.atomic
def report_post(post: Post, reporter, reason: str, request=None) -> Report:
    """A member flags a post they can see for the moderators."""
    from network.forums import can_view_post

    if not policy.is_member(reporter) or not can_view_post(reporter, post):
        raise ModerationError(_("You cannot report this post."))
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Please tell the moderators what is wrong with this post."))
    if len(reason) > MAX_REPORT_LENGTH:
        raise ModerationError(
            _("A report can be at most %(limit)s characters long; this one has %(length)s.")
            % {"limit": MAX_REPORT_LENGTH, "length": len(reason)}
        )
    Post.objects.select_for_update().filter(pk=post.pk).first()  # one open report per member
    if open_report(post, reporter) is not None:
        raise ModerationError(
            _("You have already reported this post; the moderators will look at it.")
        )
    report = Report.objects.create(post=post, reporter=reporter, reason=reason)
    audit.record("forum.post_reported", actor=reporter, target=post, request=request)
    return report


@transaction.atomic
def resolve_report(report: Report, moderator, resolution: str, request=None) -> Report:
    """Close a report, dismissed or acted upon; ``resolution`` says which and why."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.resolved_at is not None:
        raise ModerationError(_("This report is already resolved."))
    resolution = (resolution or "").strip()
    if not resolution:
        raise ModerationError(_("Say how the report was resolved."))
    report.resolved_by = moderator
    report.resolved_at = timezone.now()
    report.resolution = resolution[:500]
    report.save(update_fields=["resolved_by", "resolved_at", "resolution"])
    audit.record(
        "forum.report_resolved", actor=moderator, target=report, reason=resolution, request=request
    )
    return report


def _check_moderator(user) -> None:
    if not is_moderator(user):
        raise ModerationError(_("Only forum moderators can do this."))


def _set_topic_flag(topic: Topic, moderator, field: str, value: bool, action: str, request):
    _check_moderator(moderator)
    setattr(topic, field, value)
    Topic.objects.filter(pk=topic.pk).update(**{field: value})
    audit.record(action, actor=moderator, target=topic, request=request)


@transaction.atomic
def lock_topic(topic: Topic, moderator, request=None) -> None:
    _set_topic_flag(topic, moderator, "locked", True, "forum.topic_locked", request)


@transaction.atomic
def unlock_topic(topic: Topic, moderator, request=None) -> None:
    _set_topic_flag(topic, moderator, "locked", False, "forum.topic_unlocked", request)


@transaction.atomic
def pin_topic(topic: Topic, moderator, request=None) -> None:
    _set_topic_flag(topic, moderator, "pinned", True, "forum.topic_pinned", request)


@transaction.atomic
def unpin_topic(topic: Topic, moderator, request=None) -> None:
    _set_topic_flag(topic, moderator, "pinned", False, "forum.topic_unpinned", request)


def move_targets(topic: Topic, moderator):
    """The forums a moderator may move ``topic`` to: those they may see, in its language."""
    visible = policy.visible_forums(ForumCategory.objects.all(), moderator)
    return visible.filter(locale_id=topic.category.locale_id).exclude(pk=topic.category_id)


@transaction.atomic
def move_topic(topic: Topic, moderator, category: ForumCategory, request=None) -> None:
    _check_moderator(moderator)
    if not move_targets(topic, moderator).filter(pk=category.pk).exists():
        raise ModerationError(_("The topic cannot be moved to that forum."))
    origin = topic.category
    topic.category = category
    topic.save(update_fields=["category"])  # a save, so that search re-indexes the topic
    audit.record(
        "forum.topic_moved",
        actor=moderator,
        target=topic,
        reason=f"{origin} → {category}",
        request=request,
    )


@transaction.atomic
def moderator_edit_post(post: Post, moderator, source: str, reason: str, request=None) -> Post:
    """A moderator changes a post; the previous version is kept with the reason."""
    from network.forums import MAX_POST_LENGTH

    _check_moderator(moderator)
    post = Post.objects.select_for_update().get(pk=post.pk)
    source = (source or "").strip()
    reason = (reason or "").strip()
    if not source:
        raise ModerationError(_("A post cannot be left empty."))
    if len(source) > MAX_POST_LENGTH:
        raise ModerationError(
            _("A post can be at most %(limit)s characters long.") % {"limit": MAX_POST_LENGTH}
        )
    if not reason:
        raise ModerationError(_("Say why you changed the post."))
    if len(reason) > MAX_EDIT_REASON_LENGTH:
        raise ModerationError(
            _("The reason can be at most %(limit)s characters long.")
            % {"limit": MAX_EDIT_REASON_LENGTH}
        )
    PostRevision.objects.create(
        post=post, source=post.source, html=post.html, edited_by=moderator, reason=reason
    )
    post.source = source
    post.html = render_markdown(source)
    post.edited_at = timezone.now()
    post.save(update_fields=["source", "html", "edited_at"])
    audit.record("forum.post_edited", actor=moderator, target=post, reason=reason, request=request)
    return post


def active_posting_suspension(user) -> PostingSuspension | None:
    """The suspension that ends last among those still running, if any."""
    if not getattr(user, "pk", None):
        return None
    return (
        PostingSuspension.objects.filter(user=user, until__gt=timezone.now())
        .order_by("-until")
        .first()
    )


@transaction.atomic
def suspend_posting(user, moderator, days: int, reason: str, request=None) -> PostingSuspension:
    """Stop ``user`` posting for ``days`` days; they can still read. They are told by e-mail."""
    _check_moderator(moderator)
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Tell the member why."))
    if not isinstance(days, int) or not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise ModerationError(
            _("A suspension lasts between 1 and %(limit)s days.") % {"limit": MAX_SUSPENSION_DAYS}
        )
    if user.pk == moderator.pk:
        raise ModerationError(_("You cannot suspend yourself."))
    suspension = PostingSuspension.objects.create(
        user=user, until=timezone.now() + timedelta(days=days), reason=reason, created_by=moderator
    )
    audit.record(
        "forum.posting_suspended",
        actor=moderator,
        target=suspension,
        reason=reason,
        request=request,
    )
    until = timezone.localtime(suspension.until)
    send_templated_email.enqueue(
        user.email,
        "network/email/posting_suspended",
        {
            "name": user.get_full_name(),
            "until": until.strftime("%Y-%m-%d %H:%M %Z"),
            "message": reason,
        },
        getattr(user, "language", None),
    )
    return suspension
