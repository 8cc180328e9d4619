"""The shared vocabularies that make practices comparable; editors manage them as snippets.

Each vocabulary is translatable: a term has one row per language, sharing a translation key and a
slug, and filters use the slug so that a link works in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class BaseTaxonomy(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        allow_unicode=True,
        help_text=_("The same in every language: links and filters use it."),
    )
    description = models.TextField(_("description"), blank=True)
    sort_order = models.IntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


def _unique_slug(name):
    return [models.UniqueConstraint(fields=["slug", "locale"], name=f"unique_{name}_slug")]


class Theme(BaseTaxonomy):
    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = _unique_slug("theme")


class Stage(BaseTaxonomy):
    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("stage")
        verbose_name_plural = _("stages")
        constraints = _unique_slug("stage")


class ActorType(BaseTaxonomy):
    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("actor type")
        verbose_name_plural = _("actor types")
        constraints = _unique_slug("actortype")


class TargetGroup(BaseTaxonomy):
    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = _unique_slug("targetgroup")


class Region(BaseTaxonomy):
    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = _unique_slug("region")


class Country(BaseTaxonomy):
    code = CountryField(_("country"))
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="countries"
    )

    panels = [*BaseTaxonomy.panels, FieldPanel("code"), FieldPanel("region")]

    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = _unique_slug("country")


class Standard(BaseTaxonomy):
    """International standards a practice follows (Nelson Mandela Rules, GCTF memoranda, ...)."""

    url = models.URLField(_("link"), blank=True)

    panels = [*BaseTaxonomy.panels, FieldPanel("url")]

    class Meta(BaseTaxonomy.Meta):
        verbose_name = _("standard")
        verbose_name_plural = _("standards")
        constraints = _unique_slug("standard")
