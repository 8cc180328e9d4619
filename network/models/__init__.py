from .audit import AuditEntry
from .forums import (
    ForumCategory,
    ForumDraft,
    ForumVisit,
    Notification,
    Post,
    PostAttachment,
    PostingSuspension,
    PostRevision,
    Report,
    Subscription,
    Thanks,
    Topic,
    TopicVisit,
)
from .groups import GroupMembership, NetworkGroup
from .members import MemberProfile, User
from .membership import MembershipApplication
from .organisations import Organisation

__all__ = [
    "AuditEntry",
    "ForumCategory",
    "ForumDraft",
    "ForumVisit",
    "GroupMembership",
    "MemberProfile",
    "MembershipApplication",
    "NetworkGroup",
    "Notification",
    "Organisation",
    "Post",
    "PostAttachment",
    "PostRevision",
    "PostingSuspension",
    "Report",
    "Subscription",
    "Thanks",
    "Topic",
    "TopicVisit",
    "User",
]
