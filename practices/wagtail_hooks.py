"""Practices in the admin: the taxonomy (one menu, one snippet screen per vocabulary) and the
anonymity check shown to whoever edits or reviews a practice."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from practices.models import (
    ActorType,
    Country,
    PracticePage,
    Region,
    Stage,
    Standard,
    TargetGroup,
    Theme,
)
from practices.views import AnonymityReportView
from practices.workflow import practice_anonymity_checks

# The editor's buttons that leave the edit view; a plain save (or an autosave) stays on it.
LEAVING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


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


@hooks.register("register_admin_urls")
def anonymity_report_urls():
    return [
        path(
            "practices/<int:page_id>/anonymity/",
            AnonymityReportView.as_view(),
            name="practices_anonymity_report",
        )
    ]


@hooks.register("register_page_header_buttons")
def anonymity_report_button(page, user, view_name, next_url=None):
    if view_name == "edit" and page.specific_class is PracticePage:
        yield Button(
            _("Anonymity check"),
            reverse("practices_anonymity_report", args=[page.pk]),
            icon_name="warning",
            priority=80,
        )


def warn_of_personal_data(request, page) -> None:
    """A warning above the editor (or on the page it returns to) when the practice holds
    passages that may identify a person, linking to them in place."""
    checks = practice_anonymity_checks(page)
    unresolved = sum(len(check.unresolved) for check in checks)
    confirmed = sum(len(check.confirmed) for check in checks)
    if not checks:
        return
    summary = ngettext(
        "Anonymity check: %(count)s passage may identify a person.",
        "Anonymity check: %(count)s passages may identify a person.",
        unresolved + confirmed,
    ) % {"count": unresolved + confirmed}
    if confirmed:
        summary += " " + ngettext(
            "The author confirmed %(count)s as not personal data about a beneficiary.",
            "The author confirmed %(count)s as not personal data about a beneficiary.",
            confirmed,
        ) % {"count": confirmed}
    url = reverse("practices_anonymity_report", args=[page.pk])
    messages.warning(request, format_html('{} <a href="{}">{}</a>', summary, url, _("Review them")))


@hooks.register("before_edit_page")
def warn_editor_of_personal_data(request, page):
    if request.method == "GET" and isinstance(page, PracticePage):
        warn_of_personal_data(request, page)


@hooks.register("after_edit_page")
@hooks.register("after_create_page")
def warn_of_personal_data_on_leaving_the_editor(request, page):
    leaving = any(name in request.POST for name in LEAVING_ACTIONS)
    if leaving and isinstance(page, PracticePage):
        warn_of_personal_data(request, page)
