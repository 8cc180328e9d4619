from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from network.choices import GroupKind, GroupMembershipState, GroupRole


class NetworkGroup(models.Model):
    """A regional network or working group; its Django group lets Wagtail restrict pages to it."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True, allow_unicode=True)
    kind = models.CharField(_("type"), max_length=20, choices=GroupKind.choices)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    auth_group = models.OneToOneField(
        Group, on_delete=models.PROTECT, related_name="network_group", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.auth_group_id is None:
            self.auth_group = Group.objects.get_or_create(name=f"Network group: {self.name}")[0]
        super().save(*args, **kwargs)


class GroupMembership(models.Model):
    group = models.ForeignKey(
        NetworkGroup, verbose_name=_("group"), on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="group_memberships",
    )
    role = models.CharField(
        _("role"), max_length=10, choices=GroupRole.choices, default=GroupRole.MEMBER
    )
    state = models.CharField(_("state"), max_length=10, choices=GroupMembershipState.choices)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("group membership")
        verbose_name_plural = _("group memberships")
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="unique_group_membership")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.group}"
