"""What the site's navigation and language switcher offer, computed from what exists.

Pages join the main navigation when an editor ticks "show in menus" on a child of the home page
(Practices, Resources, Events, About, ...); application views join once their URL is installed.
Nothing is listed before it exists.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from network import policy

# Search has no link here: every page carries the search box (search/includes/site_search.html).
APP_LINKS = [
    (_("Forums"), "forums:index"),
]
MEMBER_LINKS = [
    (_("Members"), "network:directory"),
    (_("Groups"), "network:groups"),
    (_("Submit a practice"), "practices:my_submissions"),
]
VISITOR_ACCOUNT_LINKS = [
    (_("Sign in"), "account_login"),
    (_("Join"), "account_signup"),
]
USER_ACCOUNT_LINKS = [
    (_("Your membership"), "network:dashboard"),
]


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool = False
    lang: str = ""


def localized_home(request: HttpRequest) -> Page | None:
    """The site's root page in the active language, falling back to the default language."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


def _installed_links(request: HttpRequest, candidates) -> list[Link]:
    links = []
    for label, url_name in candidates:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        links.append(Link(str(label), url, current=request.path.startswith(url)))
    return links


def main_links(request: HttpRequest, home: Page | None) -> list[Link]:
    """Menu pages under the localized home page, then installed application views."""
    links = []
    if home is not None:
        menu = policy.visible_pages(home.get_children().live().in_menu(), request.user)
        for page in menu.specific(defer=True):
            url = page.get_url(request=request) or ""
            links.append(Link(page.title, url, current=request.path.startswith(url)))
    links += _installed_links(request, APP_LINKS)
    if policy.is_member(request.user):
        links += _installed_links(request, MEMBER_LINKS)
    return links


def account_links(request: HttpRequest) -> list[Link]:
    if request.user.is_authenticated:
        return _installed_links(request, USER_ACCOUNT_LINKS)
    return _installed_links(request, VISITOR_ACCOUNT_LINKS)


def _translations_by_language(page: Page | None) -> dict[str, Page]:
    if page is None or not page.id:
        return {}
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation for translation in translations}


def language_links(request: HttpRequest, page: Page | None) -> list[Link]:
    """One link per language that keeps the reader on the same page where a translation exists.

    An untranslated page falls back to that language's home page; a non-page view keeps its path
    with the language prefix swapped.
    """
    current = get_language()
    pages = _translations_by_language(page)
    site = Site.find_for_request(request) if page is not None else None
    homes = _translations_by_language(site.root_page) if site else {}
    links = []
    for code, _name in settings.LANGUAGES:
        target = pages.get(code) or homes.get(code)
        url = target.get_url(request=request) if target else None
        url = url or translate_url(request.get_full_path(), code)
        links.append(
            Link(get_language_info(code)["name_local"], url, current=code == current, lang=code)
        )
    return links
