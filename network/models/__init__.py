from .audit import AuditEntry
from .groups import GroupMembership, NetworkGroup
from .members import MemberProfile, User
from .membership import MembershipApplication
from .organisations import Organisation

__all__ = [
    "AuditEntry",
    "GroupMembership",
    "MemberProfile",
    "MembershipApplication",
    "NetworkGroup",
    "Organisation",
    "User",
]
