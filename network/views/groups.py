"""Groups from a member's side: find, join, leave; managers approve and invite."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from network import groups, policy
from network.choices import GroupMembershipState, MemberStatus
from network.forms import InviteForm
from network.models import GroupMembership, NetworkGroup, User
from network.vetting import DecisionError
from network.views.access import member_required


@member_required
def group_list(request):
    mine = {
        membership.group_id: membership
        for membership in GroupMembership.objects.filter(user=request.user)
    }
    entries = [(group, mine.get(group.id)) for group in NetworkGroup.objects.all()]
    return render(request, "network/group_list.html", {"entries": entries})


@member_required
def group_detail(request, slug: str):
    group = get_object_or_404(NetworkGroup, slug=slug)
    membership = groups.membership_of(group, request.user)
    is_manager = groups.is_manager(group, request.user)
    is_active = membership is not None and membership.state == GroupMembershipState.ACTIVE
    members = pending = []
    # Suspended members keep their memberships for reinstatement but are not listed meanwhile.
    listed = group.memberships.filter(
        user__member_profile__status=MemberStatus.ACTIVE
    ).select_related("user")
    if is_active or is_manager:
        members = listed.filter(state=GroupMembershipState.ACTIVE)
    if is_manager:
        pending = listed.filter(state=GroupMembershipState.REQUESTED)
    return render(
        request,
        "network/group_detail.html",
        {
            "group": group,
            "membership": membership,
            "is_manager": is_manager,
            "members": members,
            "pending": pending,
            "invite_form": InviteForm(),
        },
    )


def _act(request, action, *args, success: str):
    try:
        action(*args, request=request)
    except DecisionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, success)


@require_POST
@member_required
def join(request, slug: str):
    group = get_object_or_404(NetworkGroup, slug=slug)
    _act(
        request,
        groups.request_to_join,
        group,
        request.user,
        success=_("Your request has been sent to the group's managers."),
    )
    return redirect("network:group", slug=slug)


@require_POST
@member_required
def leave(request, slug: str):
    membership = get_object_or_404(GroupMembership, group__slug=slug, user=request.user)
    _act(request, groups.leave_group, membership, success=_("You have left the group."))
    return redirect("network:groups")


@require_POST
@member_required
def decide_request(request, slug: str, membership_id: int, decision: str):
    if decision not in ("approve", "decline"):
        raise Http404
    membership = get_object_or_404(GroupMembership, pk=membership_id, group__slug=slug)
    if decision == "approve":
        _act(
            request,
            groups.approve_join_request,
            membership,
            request.user,
            success=_("Request approved."),
        )
    else:
        _act(
            request,
            groups.decline_join_request,
            membership,
            request.user,
            success=_("Request declined."),
        )
    return redirect("network:group", slug=slug)


@require_POST
@member_required
def invite(request, slug: str):
    group = get_object_or_404(NetworkGroup, slug=slug)
    # Only managers get an answer about an address, and it never tells an account from a member.
    if not groups.is_manager(group, request.user):
        messages.error(request, _("Only the group's managers can invite."))
        return redirect("network:group", slug=slug)
    form = InviteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter a valid e-mail address."))
        return redirect("network:group", slug=slug)
    invitee = User.objects.filter(email__iexact=form.cleaned_data["email"]).first()
    if invitee is None or not policy.is_member(invitee):
        messages.error(request, _("There is no member with that e-mail address."))
        return redirect("network:group", slug=slug)
    _act(request, groups.invite_member, group, invitee, request.user, success=_("Invitation sent."))
    return redirect("network:group", slug=slug)


@require_POST
@member_required
def answer_invitation(request, slug: str, decision: str):
    if decision not in ("accept", "decline"):
        raise Http404
    membership = get_object_or_404(
        GroupMembership, group__slug=slug, user=request.user, state=GroupMembershipState.INVITED
    )
    if decision == "accept":
        _act(request, groups.accept_invitation, membership, success=_("Welcome to the group."))
    else:
        _act(request, groups.leave_group, membership, success=_("Invitation declined."))
    return redirect("network:group", slug=slug)
