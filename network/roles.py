"""The Django groups behind the platform's roles, and the permissions each one holds."""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

VETTING_OFFICERS = "Vetting officers"
FORUM_MODERATORS = "Forum moderators"

ROLE_PERMISSIONS = {
    VETTING_OFFICERS: [
        ("wagtailadmin", "access_admin"),
        ("network", "view_membershipapplication"),
        ("network", "change_membershipapplication"),
        ("network", "view_memberprofile"),
        ("network", "change_memberprofile"),
        ("network", "view_organisation"),
        ("network", "add_organisation"),
        ("network", "change_organisation"),
        ("network", "view_networkgroup"),
        ("network", "add_networkgroup"),
        ("network", "change_networkgroup"),
        ("network", "view_groupmembership"),
        ("network", "add_groupmembership"),
        ("network", "change_groupmembership"),
        ("network", "delete_groupmembership"),
        ("network", "view_auditentry"),
    ],
    FORUM_MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("network", "view_post"),
        ("network", "change_post"),
        ("network", "view_report"),
        ("network", "change_report"),
        ("network", "view_postrevision"),
        ("network", "view_postingsuspension"),
        ("network", "add_postingsuspension"),
        ("network", "change_topic"),
    ],
}


def ensure_role_groups() -> dict[str, Group]:
    """Create the role groups with whichever of their permissions exist yet (idempotent)."""
    groups = {}
    for name, permissions in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = Q(pk__in=[])
        for app_label, codename in permissions:
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(wanted))
        groups[name] = group
    return groups
