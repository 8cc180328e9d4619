import factory
from wagtail.models import Locale

from practices.choices import EvaluationType, PracticeStatus
from practices.models import (
    ActorType,
    Country,
    PracticeIndexPage,
    PracticePage,
    Region,
    Stage,
    TargetGroup,
    Theme,
)

from .pages import PageFactory


def words(count: int, word: str = "practice") -> str:
    return " ".join([word] * count)


class TaxonomyFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: term.name.lower().replace(" ", "-"))
    locale = factory.LazyFunction(Locale.get_default)


class ThemeFactory(TaxonomyFactory):
    class Meta:
        model = Theme


class StageFactory(TaxonomyFactory):
    class Meta:
        model = Stage


class ActorTypeFactory(TaxonomyFactory):
    class Meta:
        model = ActorType


class TargetGroupFactory(TaxonomyFactory):
    class Meta:
        model = TargetGroup


class RegionFactory(TaxonomyFactory):
    class Meta:
        model = Region


class CountryFactory(TaxonomyFactory):
    class Meta:
        model = Country

    code = "KZ"
    region = factory.SubFactory(RegionFactory, name="Central Asia")


class PracticeIndexPageFactory(PageFactory):
    class Meta:
        model = PracticeIndexPage

    title = "Practices"
    slug = "practices"


class PracticePageFactory(PageFactory):
    """A published practice with an 80-word summary; pass themes=[...] etc. for terms."""

    class Meta:
        model = PracticePage

    title = factory.Sequence(lambda n: f"Practice {n}")
    summary = factory.LazyFunction(lambda: words(80))
    status = PracticeStatus.ONGOING
    evaluation_type = EvaluationType.NONE
