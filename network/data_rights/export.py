"""A copy of everything the network holds about a person, as a ZIP of JSON files.

What goes in (and what is left out, so that nothing of another person leaks) is described in
docs/data-rights.md; change both together.
"""

import json
import tempfile
import zipfile
from typing import IO, Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from network import audit, policy
from network.models import (
    AuditEntry,
    ForumCategory,
    GroupMembership,
    MembershipApplication,
    Notification,
    Post,
    Subscription,
    Thanks,
    Topic,
)
from practices.models import PracticeSubmission

EXPORT_IN_MEMORY_BYTES = 5 * 1024 * 1024


class _TopicTitles:
    """Titles of topics the person may still read; others are withheld, since a title written
    by someone else in a forum they have since left is not theirs to take."""

    def __init__(self, user):
        self.user = user
        self.known: dict[int, str | None] = {}

    def __call__(self, topic: Topic | None) -> str | None:
        if topic is None:
            return None
        if topic.pk not in self.known:
            readable = policy.can_view(self.user, topic)
            self.known[topic.pk] = topic.title if readable else None
        return self.known[topic.pk]


def _account(user) -> dict[str, Any]:
    return {
        "email": user.email,
        "full_name": user.full_name,
        "handle": getattr(user, "handle", None),
        "preferred_language": user.language,
        "joined": user.date_joined,
        "last_sign_in": user.last_login,
        "email_addresses": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
        "second_factors": list(
            Authenticator.objects.filter(user=user).values("type", "created_at", "last_used_at")
        ),
        "sessions": list(
            UserSession.objects.filter(user=user).values(
                "ip", "user_agent", "created_at", "last_seen_at"
            )
        ),
    }


def _profile(user) -> dict[str, Any] | None:
    profile = policy.member_profile(user)
    if profile is None:
        return None
    return {
        "status": profile.status,
        "organisation": profile.organisation.name,
        "job_title": profile.job_title,
        "country": str(profile.country),
        "city": profile.city,
        "working_languages": profile.languages,
        "areas_of_expertise": sorted(theme.name for theme in profile.expertise_themes.all()),
        "expertise": profile.expertise,
        "member_since": profile.member_since,
        "who_sees": {
            "organisation": profile.organisation_visibility,
            "job_title": profile.job_title_visibility,
            "location": profile.location_visibility,
            "languages": profile.languages_visibility,
            "expertise": profile.expertise_visibility,
        },
    }


def _application(user) -> dict[str, Any] | None:
    application = (
        MembershipApplication.objects.filter(applicant=user).select_related("organisation").first()
    )
    if application is None:
        return None
    return {
        "state": application.state,
        "organisation": application.organisation_name,
        "organisation_type": str(application.organisation_type),
        "job_title": application.job_title,
        "country": str(application.country),
        "city": application.city,
        "working_languages": application.languages,
        "motivation": application.motivation,
        "voucher_email": application.voucher_email,
        "message_from_vetting_officer": application.officer_message,
        "submitted": application.submitted_at,
        "updated": application.updated_at,
        "decided": application.decided_at,
    }


def _organisations(user) -> list[dict[str, Any]]:
    links = []
    profile = policy.member_profile(user)
    if profile is not None:
        links.append(("membership", profile.organisation))
    application = MembershipApplication.objects.filter(applicant=user).first()
    if application is not None and application.organisation_id:
        links.append(("application", application.organisation))
    return [
        {
            "link": link,
            "name": organisation.name,
            "type": organisation.kind,
            "country": str(organisation.country),
            "city": organisation.city,
            "website": organisation.website,
        }
        for link, organisation in links
    ]


def _groups(user) -> list[dict[str, Any]]:
    memberships = GroupMembership.objects.filter(user=user).select_related("group")
    return [
        {
            "group": membership.group.name,
            "type": membership.group.kind,
            "role": membership.role,
            "state": membership.state,
            "since": membership.created_at,
        }
        for membership in memberships.order_by("created_at")
    ]


def _posts(user, title_of: _TopicTitles) -> list[dict[str, Any]]:
    posts = Post.objects.filter(author=user).select_related("topic__category")
    return [
        {
            "id": post.pk,
            "topic_id": post.topic_id,
            "topic": title_of(post.topic),
            "state": post.state,
            "text": post.source,
            "reason_given_by_moderator": post.moderation_reason,
            "posted": post.created_at,
            "edited": post.edited_at,
        }
        for post in posts.order_by("created_at", "pk")
    ]


def _topics(user) -> list[dict[str, Any]]:
    topics = Topic.objects.filter(author=user).select_related("category")
    return [
        {
            "id": topic.pk,
            "title": topic.title,
            "forum": topic.category.name,
            "started": topic.created_at,
            "tags": sorted(topic.tags.names()),
        }
        for topic in topics.order_by("created_at", "pk")
    ]


def _thanks(user, title_of: _TopicTitles) -> list[dict[str, Any]]:
    given = Thanks.objects.filter(user=user).select_related("post__topic__category")
    return [
        {
            "post_id": thanks.post_id,
            "topic": title_of(thanks.post.topic),
            "given": thanks.created_at,
        }
        for thanks in given.order_by("created_at")
    ]


def _subscriptions(user, title_of: _TopicTitles) -> dict[str, Any]:
    readable_forums = set(
        policy.visible_forums(ForumCategory.objects.all(), user).values_list("pk", flat=True)
    )
    followed = Subscription.objects.filter(user=user).select_related("topic__category", "category")
    return {
        "forum_emails": user.forum_email,
        "following": [
            {
                "topic_id": subscription.topic_id,
                "topic": title_of(subscription.topic),
                "forum_id": subscription.category_id,
                "forum": subscription.category.name
                if subscription.category_id in readable_forums
                else None,
                "since": subscription.created_at,
            }
            for subscription in followed.order_by("created_at")
        ],
    }


def _notifications(user, title_of: _TopicTitles) -> list[dict[str, Any]]:
    received = Notification.objects.filter(user=user).select_related("post__topic__category")
    return [
        {
            "kind": notification.kind,
            "post_id": notification.post_id,
            "topic": title_of(notification.post.topic) if notification.post_id else None,
            "created": notification.created_at,
            "read": notification.read_at,
            "emailed": notification.emailed_at,
        }
        for notification in received.order_by("created_at")
    ]


def _submissions(user) -> list[dict[str, Any]]:
    return [
        {
            "id": submission.pk,
            "state": submission.state,
            "language": submission.language,
            "answers": submission.data,
            "practice_page_id": submission.page_id,
            "started": submission.created_at,
            "last_saved": submission.updated_at,
        }
        for submission in PracticeSubmission.objects.filter(author=user).order_by("created_at")
    ]


def _audit_entries(user) -> list[dict[str, Any]]:
    """What the person did that was logged; objects by type and number only, since their names
    may be other people's."""
    entries = AuditEntry.objects.filter(actor=user).order_by("created_at", "pk")
    return list(
        entries.values("created_at", "action", "target_type", "target_id", "reason", "ip_address")
    )


def collect_personal_data(user) -> dict[str, Any]:
    """Everything held about ``user``, one entry per file of the export."""
    title_of = _TopicTitles(user)
    return {
        "account.json": _account(user),
        "profile.json": _profile(user),
        "application.json": _application(user),
        "organisation.json": _organisations(user),
        "groups.json": _groups(user),
        "posts.json": _posts(user, title_of),
        "topics.json": _topics(user),
        "thanks.json": _thanks(user, title_of),
        "subscriptions.json": _subscriptions(user, title_of),
        "notifications.json": _notifications(user, title_of),
        "practice_submissions.json": _submissions(user),
        "audit_log.json": _audit_entries(user),
    }


def export_readme() -> str:
    """README.txt of the export, in the active language."""
    files = [
        ("account.json", _("your account: e-mail addresses, language, second factors, sessions")),
        ("profile.json", _("your member profile and who may see each part (empty if none)")),
        ("application.json", _("your membership application (empty if none)")),
        ("organisation.json", _("the organisation you are a member of or applied with")),
        ("groups.json", _("the groups you belong to, were invited to or asked to join")),
        ("posts.json", _("your forum posts: the text as you wrote it, its state and dates")),
        ("topics.json", _("the forum topics you started")),
        ("thanks.json", _("the posts you thanked")),
        ("subscriptions.json", _("your forum e-mail setting and what you follow")),
        ("notifications.json", _("the notifications you received")),
        ("practice_submissions.json", _("the practice write-ups you drafted or submitted")),
        ("audit_log.json", _("the security-relevant actions you took, as the audit log has them")),
    ]
    lines = [
        _("Your data on Practice Exchange"),
        "",
        _(
            "Each file is JSON (UTF-8). Dates and times are in UTC. A topic title is left out "
            "when the topic is in a forum you can no longer read; what other people wrote is "
            "never included."
        ),
        "",
        *(f"{name}: {meaning}" for name, meaning in files),
        "",
    ]
    return "\n".join(lines)


def build_export(user) -> IO[bytes]:
    """The ZIP of JSON files, rewound; small exports stay in memory, large ones spill to disk."""
    archive = tempfile.SpooledTemporaryFile(max_size=EXPORT_IN_MEMORY_BYTES)  # noqa: SIM115
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("README.txt", export_readme())
        for name, content in collect_personal_data(user).items():
            text = json.dumps(content, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            zipped.writestr(name, text)
    archive.seek(0)
    return archive


def export_personal_data(user, request: HttpRequest | None = None) -> IO[bytes]:
    """Build the export for its owner and log that it was taken."""
    archive = build_export(user)
    audit.record("account.data_exported", actor=user, target=user, request=request)
    return archive


def export_filename() -> str:
    return f"practice-exchange-data-{timezone.now():%Y-%m-%d}.zip"
