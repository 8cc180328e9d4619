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
    """A published practice; pass themes=[...] etc. for many-to-many terms."""

    class Meta:
        model = PracticePage

    summary = factory.LazyFunction(lambda: words(80))
    status = PracticeStatus.ONGOING
    evaluation_type = EvaluationType.NONE

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        many = {
            name: kwargs.pop(name)
            for name in ("themes", "stages", "actor_types", "target_groups", "audience_groups")
            if name in kwargs
        }
        page = model_class(*args, **{k: v for k, v in kwargs.items() if k != "parent"})
        for name, values in many.items():
            getattr(page, name).set(values)
        kwargs["parent"].add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page
