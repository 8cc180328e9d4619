"""Deleting an account at its owner's request: personal data goes, what they wrote for others
stays, signed "Former member".

The policy is written down in docs/data-rights.md; change both together.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from network import audit, policy, vetting
from network.choices import MemberStatus, Visibility
from network.models import (
    ForumDraft,
    ForumVisit,
    GroupMembership,
    MembershipApplication,
    Notification,
    Post,
    Subscription,
    TopicVisit,
    User,
)
from network.tasks import send_templated_email
from practices.models import PracticeSubmission

FORMER_MEMBER_DOMAIN = "deleted.invalid"  # RFC 2606: can never receive mail


class DeletionRefused(ValueError):
    """The account cannot be deleted by its owner; the message says what to do instead."""


def deletion_refusal(user) -> str:
    """Why ``user`` may not delete their own account here, or "" if they may."""
    if user.is_superuser:
        return _(
            "An administrator's account is closed by another administrator, so the site is "
            "never left without one. Ask one of them."
        )
    return ""


def _remove_personal_records(user) -> None:
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
    Subscription.objects.filter(user=user).delete()
    TopicVisit.objects.filter(user=user).delete()
    ForumVisit.objects.filter(user=user).delete()
    ForumDraft.objects.filter(user=user).delete()
    GroupMembership.objects.filter(user=user).delete()
    Post.mentions.through.objects.filter(user=user).delete()
    PracticeSubmission.objects.filter(author=user, state=PracticeSubmission.State.DRAFT).delete()
    _remove_admin_profile(user)


def _remove_admin_profile(user) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None:
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()


def _scrub_profile(user) -> None:
    profile = policy.member_profile(user)
    if profile is None:
        return
    profile.status = MemberStatus.REMOVED
    profile.job_title = profile.city = profile.expertise = ""
    profile.languages = []
    for field in (
        "organisation_visibility",
        "job_title_visibility",
        "location_visibility",
        "languages_visibility",
        "expertise_visibility",
    ):
        setattr(profile, field, Visibility.NOBODY)
    profile.save()
    profile.expertise_themes.clear()


def _scrub_application(user) -> None:
    MembershipApplication.objects.filter(applicant=user).update(
        job_title="",
        city="",
        languages=[],
        motivation="",
        voucher_email="",
        voucher=None,
        officer_message="",
    )


def _anonymise(user) -> None:
    user.email = f"former-member-{user.pk}@{FORMER_MEMBER_DOMAIN}"
    user.username = f"former-member-{user.pk}"
    user.full_name = user.first_name = user.last_name = ""
    user.is_active = user.is_staff = user.is_superuser = False
    user.forum_email = User.ForumEmail.NEVER
    user.last_login = None
    user.anonymised_at = timezone.now()
    user.set_unusable_password()  # also invalidates any session the store still holds
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    policy.forget_audiences(user)


def _confirm_by_email(user) -> None:
    """Tell the owner at the address they had, once the deletion has really happened."""
    address, name, language = user.email, user.get_full_name(), user.language
    transaction.on_commit(
        lambda: send_templated_email.enqueue(
            address, "network/account/email/account_deleted", {"name": name}, language
        )
    )


@transaction.atomic
def delete_account(user, request: HttpRequest | None = None) -> None:
    """Anonymise and close the account at its owner's request; what they wrote for others stays,
    signed "Former member". Raises DeletionRefused for accounts that must be closed by staff."""
    refusal = deletion_refusal(user)
    if refusal:
        raise DeletionRefused(refusal)
    audit.record("account.deleted", actor=user, target=user, request=request)
    _confirm_by_email(user)
    vetting.end_sessions(user)
    _remove_personal_records(user)
    _scrub_profile(user)
    _scrub_application(user)
    _anonymise(user)
