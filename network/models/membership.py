from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from network.choices import ApplicationState, OrganisationType


class MembershipApplication(models.Model):
    """A verified account's request to join, reviewed by a vetting officer."""

    applicant = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.CASCADE,
        related_name="membership_application",
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=ApplicationState.choices,
        default=ApplicationState.PENDING,
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="applications",
    )
    proposed_organisation_name = models.CharField(
        _("new organisation's name"), max_length=200, blank=True
    )
    proposed_organisation_type = models.CharField(
        _("new organisation's type"), max_length=32, choices=OrganisationType.choices, blank=True
    )
    job_title = models.CharField(_("job title or role"), max_length=150)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100)
    languages = models.JSONField(_("working languages"), default=list)
    motivation = models.TextField(_("why you want to join"), max_length=2000)
    voucher_email = models.EmailField(_("e-mail of a member who can vouch for you"), blank=True)
    voucher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("vouching member"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="vouched_applications",
    )
    officer_message = models.TextField(_("message from the vetting officer"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_applications",
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["state", "submitted_at"])]

    def __str__(self) -> str:
        return str(self.applicant)

    @property
    def is_editable(self) -> bool:
        return self.state in (ApplicationState.PENDING, ApplicationState.MORE_INFORMATION)

    @property
    def organisation_name(self) -> str:
        return self.organisation.name if self.organisation else self.proposed_organisation_name

    @property
    def organisation_type(self) -> str:
        if self.organisation:
            return self.organisation.get_kind_display()
        return self.get_proposed_organisation_type_display()
