"""The taxonomy in the admin: one menu, one snippet screen per vocabulary."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import ActorType, Country, Region, Stage, Standard, TargetGroup, Theme


def _viewset(taxonomy, icon: str, extra_columns=()):
    return type(
        f"{taxonomy.__name__}ViewSet",
        (SnippetViewSet,),
        {
            "model": taxonomy,
            "icon": icon,
            "list_display": ["name", "slug", *extra_columns],
            "search_fields": ["name", "slug"],
            "ordering": ["sort_order", "name"],
        },
    )


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (
        _viewset(Theme, "tag"),
        _viewset(Stage, "list-ol"),
        _viewset(ActorType, "group"),
        _viewset(TargetGroup, "user"),
        _viewset(Region, "globe"),
        _viewset(Country, "site", ["region"]),
        _viewset(Standard, "doc-full"),
    )


register_snippet(TaxonomyViewSetGroup)
