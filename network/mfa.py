"""Who must use a second factor, and whether they have one."""

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled

from network.roles import FORUM_MODERATORS, VETTING_OFFICERS

PRIVILEGED_GROUPS = {FORUM_MODERATORS, VETTING_OFFICERS, "Editors", "Moderators"}


def requires_second_factor(user) -> bool:
    """Staff, editors, moderators and vetting officers: anyone whose tools reach others' data."""
    if user.is_staff or user.is_superuser:
        return True
    if user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.groups.filter(name__in=PRIVILEGED_GROUPS).exists()


def has_second_factor(user) -> bool:
    return is_mfa_enabled(user)


def session_used_second_factor(request) -> bool:
    """Whether this session's sign-in (or a later re-authentication) used the second factor."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
