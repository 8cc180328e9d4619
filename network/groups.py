"""Joining and managing network groups: by request approved by a manager, or by invitation."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from network import audit, policy
from network.choices import GroupMembershipState, GroupRole
from network.models import GroupMembership, NetworkGroup
from network.vetting import DecisionError, sync_access_groups


def create_group(name: str, kind: str, description: str = "", slug: str = "") -> NetworkGroup:
    """A group with its own Django group, which page and document privacy can then name."""
    return NetworkGroup.objects.create(
        name=name,
        slug=slug or slugify(name, allow_unicode=True),
        kind=kind,
        description=description,
    )


def membership_of(group: NetworkGroup, user) -> GroupMembership | None:
    if not user.is_authenticated:
        return None
    return GroupMembership.objects.filter(group=group, user=user).first()


def is_manager(group: NetworkGroup, user) -> bool:
    if user.is_superuser:
        return True
    membership = membership_of(group, user)
    return bool(
        membership
        and membership.state == GroupMembershipState.ACTIVE
        and membership.role == GroupRole.MANAGER
        and policy.is_member(user)
    )


@transaction.atomic
def request_to_join(group: NetworkGroup, user, request=None) -> GroupMembership:
    if not policy.is_member(user):
        raise DecisionError(_("Only members can join groups."))
    membership = membership_of(group, user)
    if membership is not None:
        if membership.state == GroupMembershipState.INVITED:
            return accept_invitation(membership, request=request)
        return membership
    membership = GroupMembership.objects.create(
        group=group, user=user, state=GroupMembershipState.REQUESTED
    )
    audit.record("group.join_requested", actor=user, target=group, request=request)
    return membership


def _activate(membership: GroupMembership) -> None:
    membership.state = GroupMembershipState.ACTIVE
    membership.save(update_fields=["state"])
    sync_access_groups(membership.user)


@transaction.atomic
def approve_join_request(membership: GroupMembership, manager, request=None) -> None:
    if not is_manager(membership.group, manager):
        raise DecisionError(_("Only the group's managers can approve requests."))
    if membership.state != GroupMembershipState.REQUESTED:
        raise DecisionError(_("There is no pending request to approve."))
    _activate(membership)
    audit.record("group.join_approved", actor=manager, target=membership, request=request)


@transaction.atomic
def decline_join_request(membership: GroupMembership, manager, request=None) -> None:
    if not is_manager(membership.group, manager):
        raise DecisionError(_("Only the group's managers can decline requests."))
    if membership.state != GroupMembershipState.REQUESTED:
        raise DecisionError(_("There is no pending request to decline."))
    audit.record("group.join_declined", actor=manager, target=membership, request=request)
    membership.delete()


@transaction.atomic
def invite_member(group: NetworkGroup, invitee, manager, request=None) -> GroupMembership:
    if not is_manager(group, manager):
        raise DecisionError(_("Only the group's managers can invite."))
    if not policy.is_member(invitee):
        raise DecisionError(_("Only members can be invited."))
    membership = membership_of(group, invitee)
    if membership is not None:
        if membership.state == GroupMembershipState.REQUESTED:
            approve_join_request(membership, manager, request=request)
        return membership
    membership = GroupMembership.objects.create(
        group=group, user=invitee, state=GroupMembershipState.INVITED, invited_by=manager
    )
    audit.record("group.invited", actor=manager, target=membership, request=request)
    return membership


@transaction.atomic
def accept_invitation(membership: GroupMembership, request=None) -> GroupMembership:
    if membership.state != GroupMembershipState.INVITED:
        raise DecisionError(_("There is no invitation to accept."))
    _activate(membership)
    audit.record(
        "group.invitation_accepted", actor=membership.user, target=membership, request=request
    )
    return membership


@transaction.atomic
def leave_group(membership: GroupMembership, request=None) -> None:
    """The member leaves (or declines an invitation); access to the group's content ends now."""
    user = membership.user
    audit.record("group.left", actor=user, target=membership, request=request)
    membership.delete()
    sync_access_groups(user)


@transaction.atomic
def remove_from_group(membership: GroupMembership, actor, reason: str = "", request=None) -> None:
    user = membership.user
    audit.record(
        "group.member_removed", actor=actor, target=membership, reason=reason, request=request
    )
    membership.delete()
    sync_access_groups(user)


@transaction.atomic
def set_role(membership: GroupMembership, role: str, actor, request=None) -> None:
    membership.role = role
    membership.save(update_fields=["role"])
    audit.record(f"group.role_{role}", actor=actor, target=membership, request=request)
