"""Membership decisions: applying, vetting, suspending, removing.

Each decision changes state, keeps Django groups in step (so Wagtail privacy agrees with the
policy), e-mails the person concerned and appends to the audit log, in that order and in one
transaction.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from network import audit, policy
from network.choices import ApplicationState, GroupMembershipState, MemberStatus
from network.models import GroupMembership, MemberProfile, MembershipApplication, Organisation
from network.tasks import send_templated_email


class DecisionError(ValueError):
    """A decision that the application's or member's current state does not allow."""


def _notify(user, template: str, **context) -> None:
    send_templated_email.enqueue(
        user.email,
        f"network/email/{template}",
        {"name": user.get_full_name(), **context},
        user.language,
    )


def sync_access_groups(user) -> None:
    """Put the user in exactly the Django groups that their membership and groups grant."""
    managed = Group.objects.filter(network_group__isnull=False) | Group.objects.filter(
        name=policy.MEMBERS_GROUP_NAME
    )
    wanted = set()
    profile = policy.member_profile(user)
    if profile is not None and profile.status == MemberStatus.ACTIVE:
        wanted.add(policy.members_group().id)
        wanted.update(
            user.group_memberships.filter(state=GroupMembershipState.ACTIVE).values_list(
                "group__auth_group_id", flat=True
            )
        )
    current = set(user.groups.filter(id__in=managed).values_list("id", flat=True))
    user.groups.remove(*(current - wanted))
    user.groups.add(*(wanted - current))
    policy.forget_audiences(user)


def end_sessions(user) -> int:
    """Sign the user out everywhere at once; returns how many sessions were ended."""
    from allauth.usersessions.models import UserSession

    sessions = list(UserSession.objects.filter(user=user))
    for session in sessions:
        session.end()
    return len(sessions)


@transaction.atomic
def save_application(
    application: MembershipApplication, request: HttpRequest | None = None
) -> MembershipApplication:
    """Submit a new application or the applicant's edit; an edit answers a request for more."""
    is_new = application.pk is None
    if not is_new and not application.is_editable:
        raise DecisionError(_("This application has been decided and can no longer be changed."))
    application.state = ApplicationState.PENDING
    application.voucher = _active_member_with_email(application.voucher_email)
    application.save()
    audit.record(
        "application.submitted" if is_new else "application.updated",
        actor=application.applicant,
        target=application,
        request=request,
    )
    return application


def _active_member_with_email(email: str):
    """The vouching member, matched quietly: the applicant is never told who is a member."""
    if not email:
        return None
    from network.models import User

    user = User.objects.filter(email__iexact=email).select_related("member_profile").first()
    return user if user is not None and policy.is_member(user) else None


def _organisation_for(application: MembershipApplication) -> Organisation:
    if application.organisation_id:
        return application.organisation
    name = application.proposed_organisation_name.strip()
    existing = Organisation.objects.filter(name__iexact=name, country=application.country).first()
    if existing:
        return existing
    base_slug = slugify(name, allow_unicode=True) or "organisation"
    slug, counter = base_slug, 1
    while Organisation.objects.filter(slug=slug).exists():
        counter += 1
        slug = f"{base_slug}-{counter}"
    return Organisation.objects.create(
        name=name,
        slug=slug,
        kind=application.proposed_organisation_type,
        country=application.country,
        city=application.city,
        verified=False,
    )


def _decide(application, officer, state, message):
    if not application.is_editable:
        raise DecisionError(_("This application has already been decided."))
    application.state = state
    application.officer_message = message
    application.decided_by = officer
    application.decided_at = timezone.now()
    application.save()


@transaction.atomic
def approve_application(
    application: MembershipApplication, officer, message: str = "", request=None
) -> MemberProfile:
    """Make the applicant a member at once, with a profile built from their application."""
    _decide(application, officer, ApplicationState.APPROVED, message)
    organisation = _organisation_for(application)
    if application.organisation_id is None:
        application.organisation = organisation
        application.save(update_fields=["organisation"])
    profile, _created = MemberProfile.objects.update_or_create(
        user=application.applicant,
        defaults={
            "status": MemberStatus.ACTIVE,
            "organisation": organisation,
            "job_title": application.job_title,
            "country": application.country,
            "city": application.city,
            "languages": application.languages,
        },
    )
    application.applicant.member_profile = profile
    sync_access_groups(application.applicant)
    _notify(
        application.applicant,
        "application_approved",
        message=message,
        directory_path=reverse("network:directory"),
    )
    audit.record(
        "application.approved", actor=officer, target=application, reason=message, request=request
    )
    return profile


@transaction.atomic
def reject_application(application: MembershipApplication, officer, reason: str, request=None):
    if not reason.strip():
        raise DecisionError(_("Give the applicant a reason."))
    _decide(application, officer, ApplicationState.REJECTED, reason)
    _notify(application.applicant, "application_rejected", message=reason)
    audit.record(
        "application.rejected", actor=officer, target=application, reason=reason, request=request
    )


@transaction.atomic
def request_more_information(
    application: MembershipApplication, officer, message: str, request=None
):
    if not message.strip():
        raise DecisionError(_("Say what information is missing."))
    _decide(application, officer, ApplicationState.MORE_INFORMATION, message)
    application.decided_at = None
    application.save(update_fields=["decided_at"])
    _notify(
        application.applicant,
        "application_more_information",
        message=message,
        application_path=reverse("network:application"),
    )
    audit.record(
        "application.more_information",
        actor=officer,
        target=application,
        reason=message,
        request=request,
    )


def _change_status(profile: MemberProfile, status: str, actor, reason: str, request, action):
    if not reason.strip():
        raise DecisionError(_("Give a reason."))
    profile.status = status
    profile.save(update_fields=["status"])
    user = profile.user
    if status == MemberStatus.REMOVED:
        GroupMembership.objects.filter(user=user).delete()
    sync_access_groups(user)
    if status != MemberStatus.ACTIVE:
        end_sessions(user)
    _notify(user, f"member_{status}", message=reason)
    audit.record(action, actor=actor, target=profile, reason=reason, request=request)


@transaction.atomic
def suspend_member(profile: MemberProfile, actor, reason: str, request=None) -> None:
    """Withdraw access immediately: gated content, groups and every open session."""
    if profile.status != MemberStatus.ACTIVE:
        raise DecisionError(_("Only an active member can be suspended."))
    _change_status(profile, MemberStatus.SUSPENDED, actor, reason, request, "member.suspended")


@transaction.atomic
def reinstate_member(profile: MemberProfile, actor, reason: str, request=None) -> None:
    if profile.status != MemberStatus.SUSPENDED:
        raise DecisionError(_("Only a suspended member can be reinstated."))
    _change_status(profile, MemberStatus.ACTIVE, actor, reason, request, "member.reinstated")


@transaction.atomic
def remove_member(profile: MemberProfile, actor, reason: str, request=None) -> None:
    """End the membership: access, group memberships and sessions go at once."""
    if profile.status == MemberStatus.REMOVED:
        raise DecisionError(_("This member has already been removed."))
    _change_status(profile, MemberStatus.REMOVED, actor, reason, request, "member.removed")
