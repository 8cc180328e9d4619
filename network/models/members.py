"""People: the account every user has, and the profile a vetted member gets."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from network.choices import MemberStatus, Visibility


class User(AbstractUser):
    """An account; e-mail is the sign-in name (the username is generated and never shown)."""

    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
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

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.email


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
