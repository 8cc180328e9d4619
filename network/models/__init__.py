from .audit import AuditEntry
from .forums import (
    ForumCategory,
    Notification,
    Post,
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
    "GroupMembership",
    "MemberProfile",
    "MembershipApplication",
    "NetworkGroup",
    "Notification",
    "Organisation",
    "Post",
    "PostRevision",
    "PostingSuspension",
    "Report",
    "Subscription",
    "Thanks",
    "Topic",
    "TopicVisit",
    "User",
]
