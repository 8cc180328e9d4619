"""Template tags for the site shell."""

from django import template
from wagtail.models import Page

from exchange import navigation

register = template.Library()


@register.inclusion_tag("includes/site_header.html", takes_context=True)
def site_header(context):
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    home = navigation.localized_home(request)
    return {
        "request": request,
        "home": home,
        "main_links": navigation.main_links(request, home),
        "account_links": navigation.account_links(request),
        "language_links": navigation.language_links(request, page),
    }
