from .audit import AuditEntry
from .forums import ForumCategory, Post, PostRevision, Thanks, Topic, TopicVisit
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
    "Organisation",
    "Post",
    "PostRevision",
    "Thanks",
    "Topic",
    "TopicVisit",
    "User",
]
