"""Receivers that keep derived state in step and write the audit trail, whatever made the change
(a service, the Wagtail admin, allauth, a data fix), because the log must not depend on every
screen remembering to write it."""

from allauth.mfa import signals as mfa_signals
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.validators import validate_email
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published

from network import audit, policy
from network.mfa import requires_second_factor
from network.models import GroupMembership, User
from network.vetting import sync_access_groups
from practices.models import PracticePage
from practices.models.practice import SECTIONS

# --- Mirrored Django groups --------------------------------------------------------------------


@receiver(post_save, sender=GroupMembership, dispatch_uid="network.membership_saved")
@receiver(post_delete, sender=GroupMembership, dispatch_uid="network.membership_deleted")
def mirror_group_membership(sender, instance: GroupMembership, **kwargs) -> None:
    """Wagtail's privacy checks read Django groups, so they mirror group memberships."""
    sync_access_groups(instance.user)


# --- Roles: Django groups other than the mirrored ones, and the administrator flags -------------


def _role_groups(group_ids) -> list[Group]:
    """Groups that grant a role; the Members group and network groups' groups only mirror
    memberships whose changes are audited where they are decided."""
    return list(
        Group.objects.filter(pk__in=group_ids, network_group__isnull=True)
        .exclude(name=policy.MEMBERS_GROUP_NAME)
        .order_by("name")
    )


def _current_ids(instance, reverse: bool) -> set[int]:
    related = instance.user_set if reverse else instance.groups
    return set(related.values_list("pk", flat=True))


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="network.audit_roles")
def audit_role_change(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    if action == "pre_clear":
        instance._audit_cleared_ids = _current_ids(instance, reverse)
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if action == "post_clear":
        pk_set = instance.__dict__.pop("_audit_cleared_ids", set())
    verb = "role.granted" if action == "post_add" else "role.revoked"
    request = audit.current_request()
    if reverse:
        if not _role_groups([instance.pk]):
            return
        for user in User.objects.filter(pk__in=pk_set or ()):
            audit.record(verb, target=user, reason=instance.name, request=request)
        return
    for group in _role_groups(pk_set or ()):
        audit.record(verb, target=instance, reason=group.name, request=request)


PRIVILEGE_FLAGS = {"is_superuser": "administrator", "is_staff": "staff"}


@receiver(pre_save, sender=User, dispatch_uid="network.remember_privileges")
def remember_privileges(sender, instance: User, raw=False, update_fields=None, **kwargs) -> None:
    if raw or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & PRIVILEGE_FLAGS.keys():
        return
    instance._audit_privileges = (
        User.objects.filter(pk=instance.pk).values(*PRIVILEGE_FLAGS).first() or {}
    )


@receiver(post_save, sender=User, dispatch_uid="network.audit_privileges")
def audit_privilege_change(sender, instance: User, created, raw=False, **kwargs) -> None:
    if raw:
        return
    before = instance.__dict__.pop("_audit_privileges", None)
    if before is None and not created:
        return
    for flag, label in PRIVILEGE_FLAGS.items():
        was, now = bool((before or {}).get(flag)), bool(getattr(instance, flag))
        if was != now:
            verb = "role.granted" if now else "role.revoked"
            audit.record(verb, target=instance, reason=label, request=audit.current_request())


# --- Audiences: page and collection privacy, practice sections ---------------------------------


def _restricted_object(restriction):
    try:
        if isinstance(restriction, PageViewRestriction):
            return Page.objects.get(pk=restriction.page_id).specific_deferred
        return Collection.objects.get(pk=restriction.collection_id)
    except ObjectDoesNotExist:
        return None


def describe_restriction(restriction, *, with_groups: bool = True) -> str:
    """In words, who may see what the restriction covers (stored as written, in English)."""
    kind = restriction.restriction_type
    if kind == PageViewRestriction.LOGIN:
        return "members (private, for logged-in users)"
    if kind == PageViewRestriction.GROUPS:
        if not with_groups:
            return "chosen groups"
        names = sorted(restriction.groups.values_list("name", flat=True))
        return "groups: " + (", ".join(names) or "none")
    return kind


def _record_restriction(action: str, restriction, reason: str) -> None:
    target = _restricted_object(restriction)
    label = "" if target is not None else f"{restriction._meta.label} {restriction.pk}"
    audit.record(
        action, target=target, target_label=label, reason=reason, request=audit.current_request()
    )


@receiver(pre_save, sender=PageViewRestriction, dispatch_uid="network.remember_page_privacy")
@receiver(pre_save, sender=CollectionViewRestriction, dispatch_uid="network.remember_coll_privacy")
def remember_restriction(sender, instance, raw=False, **kwargs) -> None:
    if raw or instance.pk is None:
        return
    instance._audit_previous_type = (
        sender.objects.filter(pk=instance.pk).values_list("restriction_type", flat=True).first()
    )


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="network.audit_page_privacy")
@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="network.audit_coll_privacy")
def audit_restriction_saved(sender, instance, created, raw=False, **kwargs) -> None:
    if raw:
        return
    previous = instance.__dict__.pop("_audit_previous_type", None)
    if created:
        action = "audience.restriction_added"
    elif previous != instance.restriction_type:
        action = "audience.restriction_changed"
    else:
        return
    # The groups of a new group restriction are added next and recorded then.
    _record_restriction(action, instance, describe_restriction(instance, with_groups=not created))


@receiver(pre_delete, sender=PageViewRestriction, dispatch_uid="network.remember_page_public")
@receiver(pre_delete, sender=CollectionViewRestriction, dispatch_uid="network.remember_coll_public")
def remember_removed_restriction(sender, instance, **kwargs) -> None:
    """The admin's form has already set the instance to "none": describe what is stored."""
    stored = sender.objects.filter(pk=instance.pk).first()
    instance._audit_description = describe_restriction(stored or instance)


@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="network.audit_page_public")
@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="network.audit_coll_public")
def audit_restriction_removed(sender, instance, **kwargs) -> None:
    description = instance.__dict__.pop("_audit_description", None) or describe_restriction(
        instance, with_groups=False
    )
    _record_restriction("audience.restriction_removed", instance, f"was {description}")


PAGE_RESTRICTION_GROUPS = PageViewRestriction.groups.through
COLLECTION_RESTRICTION_GROUPS = CollectionViewRestriction.groups.through


@receiver(m2m_changed, sender=PAGE_RESTRICTION_GROUPS, dispatch_uid="network.page_groups")
@receiver(m2m_changed, sender=COLLECTION_RESTRICTION_GROUPS, dispatch_uid="network.coll_groups")
def audit_restriction_groups(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    # Reversed: a group was given (or lost) a set of restrictions.
    restrictions = model.objects.filter(pk__in=pk_set or ()) if reverse else [instance]
    for restriction in restrictions:
        if restriction.restriction_type != PageViewRestriction.GROUPS:
            continue  # groups only count in a group restriction
        reason = describe_restriction(restriction)
        _record_restriction("audience.restriction_groups_changed", restriction, reason)


SECTION_KEYS = [key for key, _label, _fields in SECTIONS]


def section_audience_changes(before: PracticePage, after: PracticePage) -> list[str]:
    """What became more open or more closed between two versions of a practice."""
    changes = []
    for key in SECTION_KEYS:
        old, new = getattr(before, f"{key}_audience"), getattr(after, f"{key}_audience")
        if old != new:
            changes.append(f"{key}: {old} -> {new}")
    old_groups = sorted(group.name for group in before.audience_groups.all())
    new_groups = sorted(group.name for group in after.audience_groups.all())
    if old_groups != new_groups:
        changes.append(f"groups: {', '.join(old_groups) or '-'} -> {', '.join(new_groups) or '-'}")
    return changes


@receiver(pre_save, sender=PracticePage, dispatch_uid="network.remember_live_revision")
def remember_live_revision(sender, instance: PracticePage, raw=False, update_fields=None, **kw):
    """Publishing overwrites ``live_revision``; keep the one it replaces to compare with."""
    if raw or instance.pk is None or update_fields is not None:
        return
    instance._audit_previous_live_revision_id = (
        Page.objects.filter(pk=instance.pk).values_list("live_revision_id", flat=True).first()
    )


@receiver(page_published, sender=PracticePage, dispatch_uid="network.audit_section_audiences")
def audit_section_audiences(sender, instance: PracticePage, revision, **kwargs) -> None:
    previous_id = instance.__dict__.pop("_audit_previous_live_revision_id", None)
    if previous_id is None or previous_id == revision.pk or not instance.live:
        return
    previous = instance.revisions.filter(pk=previous_id).first()
    if previous is None:
        return
    changes = section_audience_changes(previous.as_object(), instance)
    if changes:
        audit.record(
            "audience.sections_changed",
            actor=revision.user,
            target=instance,
            reason="; ".join(changes),
            request=audit.current_request(),
        )


# --- Sign-ins and second factors ---------------------------------------------------------------


@receiver(user_logged_in, dispatch_uid="network.audit_sign_in")
def audit_sign_in(sender, request, user, **kwargs) -> None:
    """Sign-ins of accounts whose tools reach other people's data."""
    if requires_second_factor(user):
        audit.record("account.sign_in", actor=user, target=user, request=request)


def _attempted_address(credentials: dict) -> str:
    """The e-mail address typed, only if it is one: a password typed in the wrong box is never
    kept. The same is written whether or not an account has that address."""
    typed = str(credentials.get("email") or credentials.get("username") or "").strip()
    try:
        validate_email(typed)
    except ValidationError:
        return ""
    return typed.lower()


@receiver(user_login_failed, dispatch_uid="network.audit_sign_in_failed")
def audit_sign_in_failed(sender, credentials, request=None, **kwargs) -> None:
    audit.record(
        "account.sign_in_failed",
        target_label=_attempted_address(credentials),
        request=request if request is not None else audit.current_request(),
    )


@receiver(mfa_signals.authentication_failed, dispatch_uid="network.audit_mfa_failed")
def audit_second_factor_failed(sender, request, user, authenticator, **kwargs) -> None:
    audit.record(
        "account.second_factor_failed", target=user, reason=authenticator.type, request=request
    )


@receiver(mfa_signals.authenticator_added, dispatch_uid="network.audit_mfa_added")
def audit_authenticator_added(sender, request, user, authenticator, **kwargs) -> None:
    audit.record("mfa.authenticator_added", target=user, reason=authenticator.type, request=request)


@receiver(mfa_signals.authenticator_removed, dispatch_uid="network.audit_mfa_removed")
def audit_authenticator_removed(sender, request, user, authenticator, **kwargs) -> None:
    audit.record(
        "mfa.authenticator_removed", target=user, reason=authenticator.type, request=request
    )


@receiver(mfa_signals.authenticator_reset, dispatch_uid="network.audit_mfa_reset")
def audit_authenticator_reset(sender, request, user, authenticator, **kwargs) -> None:
    action = (
        "mfa.recovery_codes_regenerated"
        if authenticator.type == Authenticator.Type.RECOVERY_CODES
        else "mfa.authenticator_reset"
    )
    audit.record(action, target=user, reason=authenticator.type, request=request)
