"""People: the account every user has, and the profile a vetted member gets."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from network.choices import MemberStatus, Visibility


class User(AbstractUser):
    """An account; e-mail is the sign-in name (the username is generated and never shown)."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    handle = models.CharField(
        _("handle"),
        max_length=50,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Shown as @handle beside your posts; other members mention you with it."),
    )
    language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Used for the e-mails we send you."),
    )

    class ForumEmail(models.TextChoices):
        IMMEDIATE = "immediate", _("At once")
        DAILY = "daily", _("Once a day, as a digest")
        NEVER = "never", _("Never")

    forum_email = models.CharField(
        _("forum e-mails"),
        max_length=10,
        choices=ForumEmail.choices,
        default=ForumEmail.IMMEDIATE,
    )
    anonymised_at = models.DateTimeField(
        _("deleted by its owner"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the owner deleted the account; its personal data was removed then."),
    )

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_former_member(self) -> bool:
        """The owner deleted the account: what they wrote stays, attributed to nobody."""
        return self.anonymised_at is not None

    @property
    def display_name(self) -> str:
        """The name shown beside what the person wrote: "Former member" once they have left."""
        if self.is_former_member:
            return str(_("Former member"))
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        """Give the account its handle once it has a name; a deleted account loses it."""
        changed = False
        if getattr(self, "anonymised_at", None) is not None:
            changed, self.handle = self.handle is not None, None
        elif not self.handle and self.full_name:
            others = User.objects.exclude(pk=self.pk)
            self.handle = derive_handle(
                self.full_name, lambda handle: others.filter(handle=handle).exists()
            )
            changed = True
        if changed and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "handle"}
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        if self.is_former_member:
            return self.display_name
        return self.full_name or super().get_full_name() or self.email


HANDLE_WORD_LENGTH = 20


def derive_handle(full_name: str, is_taken: Callable[[str], bool]) -> str:
    """A short, unique handle from a name: "Aigerim Sadykova" gives ``aigerim-s``, then
    ``aigerim-sa``… and ``aigerim-s-2``… while those are taken."""
    words = [slugify(word, allow_unicode=True) for word in full_name.split()]
    words = [word.replace("_", "-").strip("-") for word in words]
    words = [word for word in words if word] or ["member"]
    first, last = words[0][:HANDLE_WORD_LENGTH], words[-1][:HANDLE_WORD_LENGTH]
    if len(words) == 1:
        candidates = [first]
    else:
        candidates = [f"{first}-{last[:length]}" for length in range(1, len(last) + 1)]
    for candidate in candidates:
        if not is_taken(candidate):
            return candidate
    number = 2
    while is_taken(f"{candidates[0]}-{number}"):
        number += 1
    return f"{candidates[0]}-{number}"


def visibility_field(verbose_name):
    return models.CharField(
        verbose_name,
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )


class MemberProfile(models.Model):
    """What a vetted member shares with other members, each field with its own visibility."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=MemberStatus.choices, default=MemberStatus.ACTIVE
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="members",
    )
    job_title = models.CharField(_("job title or role"), max_length=150)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    expertise_themes = models.ManyToManyField(
        "practices.Theme",
        verbose_name=_("areas of expertise"),
        blank=True,
        related_name="+",
        help_text=_("From the practice themes, so members can find colleagues by theme."),
    )
    expertise = models.TextField(_("expertise in your words"), max_length=1000, blank=True)
    member_since = models.DateTimeField(_("member since"), auto_now_add=True)

    organisation_visibility = visibility_field(_("who sees my organisation"))
    job_title_visibility = visibility_field(_("who sees my job title"))
    location_visibility = visibility_field(_("who sees my country and city"))
    languages_visibility = visibility_field(_("who sees my languages"))
    expertise_visibility = visibility_field(_("who sees my expertise"))

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        indexes = [models.Index(fields=["status", "country"])]

    def __str__(self) -> str:
        return str(self.user)

    @property
    def is_active_member(self) -> bool:
        return self.status == MemberStatus.ACTIVE
