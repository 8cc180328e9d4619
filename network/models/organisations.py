from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from network.choices import OrganisationType


class Organisation(models.Model):
    """A city, service or organisation whose people are members; staff verify it once."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    kind = models.CharField(_("type"), max_length=32, choices=OrganisationType.choices)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    verified = models.BooleanField(
        _("verified"), default=False, help_text=_("Applicants can only choose verified ones.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="unique_organisation_name")
        ]

    def __str__(self) -> str:
        return self.name
