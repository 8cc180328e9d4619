"""The access matrix, generated: every route of the URL configuration (those under the language
prefix in every language) and every live page of the Wagtail tree (translations included), for
each of ten roles, on every channel that can reveal content, notification and digest e-mails too.

Gated objects carry canary strings (tests/security/matrix_seed.py); who may see each canary is
read from the seeding. A cell fails on a server error, on a canary the role may not see in the
body (ZIP archives are unpacked, other binaries decoded), in a header, or in a count, and on a
gated or personal response a shared cache could store. Failures are collected and listed at the
end of each sweep; the figures are printed and written to var/security-matrix.txt.
"""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from wagtail.models import Page

from network import notifications
from network.choices import PostState
from tests.access.test_access_matrix import make_home_pages
from tests.conftest import sign_in_with_totp
from tests.factories.forums import PostFactory
from tests.security.matrix_mail import everything_in_email, post_digest_news
from tests.security.matrix_routes import (
    COVERED_ELSEWHERE,
    UNREACHABLE_ROUTES,
    all_routes,
    urls_for,
)
from tests.security.matrix_seed import (
    CANARIES,
    GROUP_B_POST,
    HIDDEN_POST,
    MEMBERS_PRACTICE,
    MFA_ROLES,
    ROLES,
    SHARED_WORD,
    build_world,
    in_good_standing,
)

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _ in settings.LANGUAGES]
REPORT = Path(__file__).resolve().parents[2] / "var"

# Known leaks: (route name, role, canary) -> what leaks. The sweeps skip these cells; each is
# checked on its own below as xfail(strict=True), so fixing it makes the suite ask for its removal.
KNOWN_LEAKS: dict[tuple[str, str, str], str] = {}
# Channels that answer a POST only: the personal data export (a ZIP, unpacked and scanned).
POST_ROUTES = {"network:account_data_download"}
# The audit log is for staff by design (issue 8): it names the content whose audience changed.
AUDIT_LOG = "/admin/network/audit/"

FIGURES: dict[str, object] = {}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Seeded once for the module in a transaction rolled back afterwards."""
    media = tmp_path_factory.mktemp("matrix-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        yield build_world(make_home_pages()["en"])
        transaction.set_rollback(True)


def write_figures() -> None:
    lines = [f"{name}: {value}" for name, value in FIGURES.items()]
    print("\nACCESS MATRIX " + "; ".join(lines))
    REPORT.mkdir(exist_ok=True)
    (REPORT / "security-matrix.txt").write_text("\n".join(lines) + "\n")


# --- Reading responses ------------------------------------------------------------------------
def everything_in(response) -> str:
    """Headers and body as one string; a ZIP is unpacked, any other binary decoded as Latin-1."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    headers = "\n".join(f"{name}: {value}" for name, value in response.items())
    if body[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            parts = [archive.read(name) for name in archive.namelist()]
            body = b"\n".join([*parts, *(n.encode() for n in archive.namelist())])
    try:
        text = body.decode()
    except UnicodeDecodeError:
        text = body.decode("latin-1")
    if response.get("Content-Type", "").startswith("application/json"):
        text += json.dumps(json.loads(body or b"null"), ensure_ascii=False)
    return headers + "\n" + text


class Browser:
    """One signed-in client per role; signs in again if a fetched page ended the session."""

    def __init__(self, world, role: str):
        self.world, self.role, self.user = world, role, world.users[role]
        self.client = Client(raise_request_exception=False)
        self.sessions_ended: list[str] = []
        self.sign_in()

    def sign_in(self) -> None:
        if self.user is None:
            return
        if self.role in MFA_ROLES:
            sign_in_with_totp(self.client, self.user)  # staff tools need the second factor
        else:
            self.client.force_login(self.user)
        self.session_data = dict(self.client.session.items())

    def resume_session(self) -> None:
        """A fresh session holding what the sign-in left (a code cannot be used twice)."""
        self.client = Client(raise_request_exception=False)
        session = self.client.session
        session.update(self.session_data)
        session.save()
        self.client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
        self.sessions_ended.append(self.last_url)

    def get(self, url: str, method: str = "get"):
        self.last_url = url
        response = getattr(self.client, method)(url)
        if self.user is not None and "_auth_user_id" not in self.client.session:
            self.resume_session()
        return response


def may_see_here(world, role: str, canary: str, url: str) -> bool:
    if url.startswith(AUDIT_LOG) and "network" in world.admin_tools[role]:
        return True
    return world.may_see(role, canary, in_admin=url.startswith("/admin/"))


def check_cell(browser: Browser, url: str, failures: list, route: str = "") -> str:
    """Fetch one cell and record what is wrong with it; returns what was seen."""
    world, role = browser.world, browser.role
    response = browser.get(url, "post" if route in POST_ROUTES else "get")
    if response.status_code >= 500:
        failures.append(f"{role} {url}: server error {response.status_code}")
        return ""
    seen = everything_in(response)
    if route in POST_ROUTES and browser.user is not None:
        if "application/zip" not in response.get("Content-Type", ""):
            failures.append(f"{role} {url}: no ZIP export ({response.status_code})")
        FIGURES["data export ZIPs unpacked"] = FIGURES.get("data export ZIPs unpacked", 0) + 1
    for canary in CANARIES:
        if may_see_here(world, role, canary, url) or (route, role, canary) in KNOWN_LEAKS:
            continue
        if canary in seen:
            failures.append(
                f"{role} {url} [{response.status_code}]: sees {canary} ({CANARIES[canary][0]})"
            )
    shows_gated = any(c in seen for c in CANARIES)
    personal_page = browser.user is not None and "text/html" in response.get("Content-Type", "")
    if response.status_code == 200 and (personal_page or shows_gated):
        cache_control = response.get("Cache-Control", "")
        if "private" not in cache_control or "no-store" not in cache_control:
            failures.append(f"{role} {url}: Cache-Control {cache_control!r}")
    check_counts(browser, url, response, failures)
    return seen


def check_counts(browser: Browser, url: str, response, failures: list) -> None:
    """Totals and facet numbers must not count what the role may not see."""
    world, role = browser.world, browser.role
    allowed = world.visible_word_holders(role)
    context = getattr(response, "context", None)
    if context is not None and f"q={SHARED_WORD}" in url:
        results = context.get("results")
        if results is not None and results.total > allowed:
            failures.append(f"{role} {url}: {results.total} results, may see {allowed}")
        for group in context.get("facets") or []:
            for option in getattr(group, "options", group.get("options", [])):
                count = getattr(option, "count", None) or option.get("count", 0)
                if count > allowed:
                    failures.append(f"{role} {url}: facet count {count}, may see {allowed}")
    if url.startswith("/api/v2/pages/") and response.status_code == 200:
        total = json.loads(response.content).get("meta", {}).get("total_count")
        public = world.public_live_pages()
        if total is not None and total > public:
            failures.append(f"{role} {url}: API total {total} > {public} public pages")


def assert_no_failures(failures: list, what: str) -> None:
    listing = "\n".join(failures[:200])
    assert not failures, f"{len(failures)} failing cells in {what}:\n{listing}"


# --- Routes -----------------------------------------------------------------------------------
def test_every_route_is_in_the_matrix_or_listed_with_a_reason(world):
    missing = [
        route.name
        for route in all_routes()
        if urls_for(route, world, LANGUAGES) is None
        and route.name not in UNREACHABLE_ROUTES
        and route.name not in COVERED_ELSEWHERE
    ]
    stale = set(UNREACHABLE_ROUTES) - {route.name for route in all_routes()}
    assert not missing, f"new routes outside the matrix (give arguments or a reason): {missing}"
    assert not stale, f"listed routes that no longer exist: {sorted(stale)}"


@pytest.mark.parametrize("role", ROLES)
def test_no_route_shows_a_role_what_it_may_not_see(world, role):
    browser = Browser(world, role)
    routes = all_routes()
    failures, cells = [], 0
    seen_in: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    localised = set()
    for route in routes:
        for url in urls_for(route, world, LANGUAGES) or []:
            seen = check_cell(browser, url, failures, route.name)
            cells += 1
            if route.i18n:
                localised.add(route.name)
                seen_in[url.split("/")[1]] |= {canary for canary in CANARIES if canary in seen}
    # The other languages are not vacuous: what the English addresses show the role, the
    # Arabic and Russian ones show it too.
    english = settings.LANGUAGE_CODE
    failures += [
        f"{role} sees {canary} under /{english}/ but never under /{language}/"
        for language in LANGUAGES
        for canary in sorted(seen_in[english] - seen_in[language])
    ]
    FIGURES[f"route cells ({role})"] = cells
    FIGURES["routes"] = len(routes)
    FIGURES["routes in every language"] = len(localised)
    FIGURES["routes unreachable (listed)"] = len(UNREACHABLE_ROUTES) + len(COVERED_ELSEWHERE)
    assert_no_failures(failures, f"routes for {role}")


@pytest.mark.parametrize(
    ("route_name", "role", "canary"),
    [
        pytest.param(*cell, marks=pytest.mark.xfail(strict=True, reason=reason))
        for cell, reason in KNOWN_LEAKS.items()
    ],
)
def test_known_leak(world, route_name, role, canary):
    route = next(route for route in all_routes() if route.name == route_name)
    browser = Browser(world, role)
    for url in urls_for(route, world, LANGUAGES):
        assert canary not in everything_in(browser.get(url)), f"{role} {url}: {canary}"


# --- Pages ------------------------------------------------------------------------------------
def page_urls(page, admin: bool) -> list[str]:
    urls = [page.url] if page.url else []
    if admin:
        urls += [
            f"/admin/pages/{page.pk}/edit/",
            f"/admin/pages/{page.pk}/revisions/",
            f"/admin/pages/{page.pk}/history/",
            f"/admin/pages/{page.pk}/view_draft/",
        ]
        if page.latest_revision_id:
            urls.append(f"/admin/pages/{page.pk}/revisions/{page.latest_revision_id}/view/")
    return urls


@pytest.mark.parametrize("role", ROLES)
def test_no_page_shows_a_role_what_it_may_not_see(world, role):
    browser = Browser(world, role)
    pages = [page.specific for page in Page.objects.live().filter(depth__gt=1)]
    failures, cells, seen = [], 0, ""
    for page in pages:
        for url in page_urls(page, admin=role in MFA_ROLES):
            seen += check_cell(browser, url, failures)
            cells += 1
    # The sweep is not vacuous: what the role may read on pages is really served to it.
    readable = [c for c in CANARIES if CANARIES[c][1] == "pages" and world.may_see(role, c, True)]
    failures += [
        f"{role} never sees {canary}, which it may read"
        for canary in readable
        if canary not in seen
    ]
    FIGURES["pages"] = len(pages)
    FIGURES["pages translated (ar, ru)"] = sum(
        1 for page in pages if page.locale.language_code != settings.LANGUAGE_CODE
    )
    FIGURES[f"page cells ({role})"] = cells
    assert_no_failures(failures, f"pages for {role}")


# --- Notification e-mails ---------------------------------------------------------------------
def test_notification_emails_reach_only_those_who_may_read_them(
    world, django_capture_on_commit_callbacks
):
    o = world.objects
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for topic, text in (
            (o["group_topic"], f"{GROUP_B_POST} follow-up"),
            (o["open_topic"], f"Open reply {SHARED_WORD}"),
        ):
            post = PostFactory(topic=topic, author=o["author"], source=text)
            notifications.notify_post_published(post)
        hidden = PostFactory(topic=o["open_topic"], author=o["author"], source=HIDDEN_POST)
        type(hidden).objects.filter(pk=hidden.pk).update(state=PostState.HIDDEN)
        notifications.notify_post_published(hidden)
    by_address = {user.email: role for role, user in world.users.items() if user is not None}
    failures, cells = [], 0
    for message in mail.outbox:
        text = everything_in_email(message)
        for address in message.to:
            role = by_address.get(address)
            if role is None:
                continue
            cells += 1
            failures += [
                f"{role} e-mail {message.subject!r}: {canary}"
                for canary in world.forbidden(role)
                if canary in text
            ]
    assert cells, "the followers got no notification at all"
    FIGURES["e-mail cells"] = cells
    assert_no_failures(failures, "notification e-mails")


def test_forum_digests_reach_only_those_who_may_read_them(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        news = post_digest_news(world)
    mail.outbox.clear()
    call_command("send_forum_digests", stdout=io.StringIO())
    by_address = {user.email: person for person, user in news.people.items()}
    received: dict[str, list[str]] = {person: [] for person in news.people}
    failures, cells = [], 0
    for message in mail.outbox:
        text = everything_in_email(message)
        for address in message.to:
            person = by_address.get(address)
            if person is None:
                continue
            cells += 1
            received[person].append(text)
            forbidden = set(CANARIES) - news.may_read(world, person)
            failures += [
                f"{person} digest {message.subject!r}: {canary} ({CANARIES[canary][0]})"
                for canary in sorted(forbidden)
                if canary in text
            ]
    for person, texts in received.items():
        expected = news.expected(world, person)
        if len(texts) > 1:
            failures.append(f"{person} got {len(texts)} digests, not one")
        if texts and not in_good_standing(news.people[person]):
            failures.append(f"{person} got a digest without being a member in good standing")
        # Not vacuous: a member's digest shows the news they may read.
        failures += [
            f"{person} digest lacks {canary}, which they may read"
            for canary in sorted(expected)
            if not any(canary in text for text in texts)
        ]
    FIGURES["digest subscribers"] = len(news.people)
    FIGURES["digest e-mail cells"] = cells
    assert_no_failures(failures, "forum digests")


def test_zz_figures(world):
    """Last in the module: print and store the size of the matrix and the cells checked."""
    route_cells = sum(v for k, v in FIGURES.items() if k.startswith("route cells"))
    page_cells = sum(v for k, v in FIGURES.items() if k.startswith("page cells"))
    FIGURES["roles"] = len(ROLES)
    FIGURES["languages"] = len(LANGUAGES)
    FIGURES["canaries"] = len(CANARIES)
    FIGURES["matrix (routes x roles)"] = f"{FIGURES.get('routes')} x {len(ROLES)}"
    FIGURES["matrix (pages x roles)"] = f"{FIGURES.get('pages')} x {len(ROLES)}"
    mail_cells = FIGURES.get("e-mail cells", 0) + FIGURES.get("digest e-mail cells", 0)
    FIGURES["cells checked"] = route_cells + page_cells + mail_cells
    write_figures()
    assert MEMBERS_PRACTICE in CANARIES
