"""The browser security headers, on every kind of response the site gives.

Public pages, member pages, the admin, document downloads and error pages all carry the
Content-Security-Policy, Permissions-Policy, HSTS, Referrer-Policy, Cross-Origin-Opener-Policy
and X-Content-Type-Options headers. Scripts run only from our own static files or with the
response's nonce, and no page of ours carries inline styles or event-handler attributes. The
admin runs scripts from files only: what Wagtail writes as inline scripts is inert data there.
Personal and gated responses are never kept by shared caches; public pages for visitors may be.
"""

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from django.urls import get_resolver
from PIL import Image
from wagtail.admin.panels import InlinePanel, MultipleChooserPanel, ObjectList
from wagtail.admin.widgets import (
    AdminDateInput,
    AdminDateTimeInput,
    AdminPageChooser,
    AdminTimeInput,
    BaseChooser,
)
from wagtail.admin.widgets.workflows import AdminTaskChooser
from wagtail.documents import get_document_model
from wagtail.documents.widgets import AdminDocumentChooser
from wagtail.images import get_image_model
from wagtail.images.widgets import AdminImageChooser
from wagtail.snippets.widgets import AdminSnippetChooser

from exchange import admin_csp
from network import policy
from network.roles import FORUM_MODERATORS, ensure_role_groups
from practices.models import Country, PracticePage
from tests.conftest import sign_in, sign_in_with_totp
from tests.factories import AccountFactory, ContentPageFactory, member, restrict_page
from tests.factories.events import EventIndexPageFactory
from tests.factories.forums import ForumCategoryFactory, topic_with_posts
from tests.factories.practices import (
    CountryFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)

pytestmark = pytest.mark.django_db

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
DENIED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def directives(response) -> dict[str, list[str]]:
    policy_text = response["Content-Security-Policy"]
    parsed = {}
    for part in policy_text.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def nonce_of(response) -> str | None:
    for source in directives(response).get("script-src", []):
        if source.startswith("'nonce-"):
            return source.removeprefix("'nonce-").removesuffix("'")
    return None


def public_policy_without_nonce(response) -> dict[str, list[str]]:
    found = directives(response)
    found["script-src"] = [s for s in found["script-src"] if not s.startswith("'nonce-")]
    return found


class InlineCode(HTMLParser):
    """Collects every <script> and <style> element and every style or on* attribute."""

    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.styles: list[dict] = []
        self.style_attributes: list[str] = []
        self.handlers: list[str] = []
        self.script_urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.scripts.append(attributes)
        if tag == "style":
            self.styles.append(attributes)
        for name, value in attrs:
            if name == "style":
                self.style_attributes.append(f"<{tag} style={value!r}>")
            if name.startswith("on"):
                self.handlers.append(f"<{tag} {name}={value!r}>")
            address = (value or "").strip().lower()
            if name in {"href", "src", "action", "formaction"} and address.startswith(
                "javascript:"
            ):
                self.script_urls.append(f"<{tag} {name}={value!r}>")


def inline_code(response) -> InlineCode:
    parser = InlineCode()
    parser.feed(response.content.decode())
    return parser


def executable_scripts(response) -> list[dict]:
    """Every <script> the browser would run; data blocks (application/json) are never run."""
    return [
        script
        for script in inline_code(response).scripts
        if script.get("type", "").lower() in EXECUTABLE_SCRIPT_TYPES
    ]


def assert_no_code_outside_the_policy(response) -> None:
    """Every script carries this response's nonce, and comes from our own static files if it
    has a source; no inline styles, event-handler attributes or javascript: addresses."""
    found = inline_code(response)
    nonce = nonce_of(response)
    for script in executable_scripts(response):
        assert nonce and script.get("nonce") == nonce, script
        if "src" in script:
            assert script["src"].startswith("/static/"), script
    for style in found.styles:
        assert nonce and style.get("nonce") == nonce, style
    assert found.style_attributes == []
    assert found.handlers == []
    assert found.script_urls == []


def assert_browser_security_headers(response) -> None:
    permissions = dict(
        feature.strip().split("=", 1) for feature in response["Permissions-Policy"].split(",")
    )
    for feature in DENIED_FEATURES:
        assert permissions[feature] == "()", feature
    assert permissions["publickey-credentials-get"] == "(self)"
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_kept_private(response) -> None:
    assert {"private", "no-store"} <= cache_control(response), response.get("Cache-Control")
    assert "public" not in cache_control(response)
    assert "Cookie" in response["Vary"]


def stored_document(title: str):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"evaluation report", name="report.txt")
    )


def moderator():
    user = member()
    user.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    return user


@pytest.fixture
def members_page(home_pages):
    page = ContentPageFactory(parent=home_pages["en"], title="Members area", slug="members-area")
    restrict_page(page, policy.members_group())
    return page


@pytest.fixture
def practice(home_pages):
    index = PracticeIndexPageFactory(parent=home_pages["en"])
    return PracticePageFactory(parent=index, title="Aktau rehabilitation centre", slug="aktau")


@pytest.fixture
def topic():
    category = ForumCategoryFactory(slug="exchange")
    return topic_with_posts(category, member(), count=2, title="Family visits")


# --- Every kind of response carries the headers ------------------------------------------------


def test_public_page_for_a_visitor_carries_the_strict_policy_and_stays_cacheable(
    client, home_pages
):
    response = client.get("/en/", secure=True)

    assert response.status_code == 200
    assert public_policy_without_nonce(response) == PUBLIC_POLICY
    assert_browser_security_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    assert not {"private", "no-store"} & cache_control(response)
    assert "Cookie" in response["Vary"]


def test_members_page_for_a_member_carries_the_strict_policy_and_is_kept_private(
    client, members_page
):
    client.force_login(member())

    response = client.get(members_page.url, secure=True)

    assert response.status_code == 200
    assert public_policy_without_nonce(response) == PUBLIC_POLICY
    assert_browser_security_headers(response)
    assert_kept_private(response)


def test_admin_gets_its_own_policy_without_loosening_anything_else(client, home_pages):
    sign_in_with_totp(client, AccountFactory(is_staff=True, is_superuser=True))

    response = client.get("/admin/", secure=True)

    assert response.status_code == 200
    admin = directives(response)
    assert admin["script-src"] == ["'self'"]
    assert admin["style-src"] == ["'self'", "'unsafe-inline'"]
    assert admin["img-src"] == ["'self'", "data:", "blob:"]
    loosened = {"script-src", "style-src", "img-src"}
    assert {name: values for name, values in admin.items() if name not in loosened} == {
        name: values for name, values in PUBLIC_POLICY.items() if name not in loosened
    }
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert_browser_security_headers(response)
    assert_kept_private(response)


def test_admin_previews_may_be_framed_by_the_admin_only(client, home_pages):
    sign_in_with_totp(client, AccountFactory(is_staff=True, is_superuser=True))
    page = ContentPageFactory(parent=home_pages["en"], title="Draft guidance", slug="guidance")

    response = client.get(f"/admin/pages/{page.pk}/edit/preview/", secure=True)

    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_page_previews_in_the_admin_may_be_framed_by_the_admin_only(home_pages):
    page = ContentPageFactory(parent=home_pages["en"], title="Draft guidance", slug="guidance")

    # What the admin's preview panel shows: the page run through the site's middleware again.
    response = page.make_preview_request()

    assert response.status_code == 200
    assert "Draft guidance" in response.content.decode()
    assert directives(response)["frame-ancestors"] == ["'self'"]
    assert directives(response)["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert_no_code_outside_the_policy(response)


def test_public_pages_never_get_the_admin_policy(client, home_pages):
    sign_in_with_totp(client, AccountFactory(is_staff=True, is_superuser=True))
    client.get("/admin/", secure=True)

    response = client.get("/en/", secure=True)

    assert public_policy_without_nonce(response) == PUBLIC_POLICY


def test_members_only_document_download_carries_the_headers_and_is_kept_private(client):
    document = stored_document("Evaluation report")
    client.force_login(member())

    response = client.get(document.url, secure=True)

    assert response.status_code == 200
    policy_text = response["Content-Security-Policy"]
    assert "default-src" in policy_text
    assert "'unsafe-inline'" not in policy_text
    assert_browser_security_headers(response)
    assert_kept_private(response)


@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_error_pages_carry_the_headers(client, home_pages, reader):
    if reader == "member":
        client.force_login(member())

    response = client.get("/en/no-such-page/", secure=True)

    assert response.status_code == 404
    assert public_policy_without_nonce(response) == PUBLIC_POLICY
    assert_browser_security_headers(response)
    assert_no_code_outside_the_policy(response)
    if reader == "member":
        assert_kept_private(response)


def test_server_error_page_carries_the_headers_and_is_kept_private(home_pages):
    browser = Client(raise_request_exception=False)
    sign_in_with_totp(browser, AccountFactory(is_staff=True, is_superuser=True))

    response = browser.get("/admin/failwhale/", secure=True)  # Wagtail's deliberate error

    assert response.status_code == 500
    assert "Content-Security-Policy" in response
    assert_browser_security_headers(response)
    assert_kept_private(response)


def test_refusal_of_a_members_page_carries_the_headers_and_is_kept_private(client, members_page):
    client.force_login(AccountFactory())  # an applicant, not yet a member

    response = client.get(members_page.url, secure=True)

    assert response.status_code == 403
    assert public_policy_without_nonce(response) == PUBLIC_POLICY
    assert_browser_security_headers(response)
    assert_kept_private(response)


def test_json_endpoints_carry_the_headers_too(client):
    response = client.get("/healthz", secure=True)

    assert public_policy_without_nonce(response) == PUBLIC_POLICY
    assert_browser_security_headers(response)


# --- Nonces -------------------------------------------------------------------------------------


def test_sign_in_page_scripts_carry_this_responses_nonce(client, home_pages):
    response = client.get("/en/accounts/login/")

    nonce = nonce_of(response)
    sources = [script.get("src", "") for script in executable_scripts(response)]
    assert nonce
    assert "/static/mfa/js/webauthn.js" in sources  # the passkey sign-in
    assert_no_code_outside_the_policy(response)


@pytest.mark.parametrize("url", ["/en/", "/en/accounts/login/"])
def test_every_response_gets_a_fresh_nonce(client, home_pages, url):
    responses = [client.get(url) for _ in range(3)]
    nonces = {nonce_of(response) for response in responses}

    assert len(nonces) == 3
    for response in responses:
        assert_no_code_outside_the_policy(response)


def test_a_nonce_is_announced_only_when_the_page_uses_it(client):
    response = client.get("/healthz")

    assert nonce_of(response) is None
    assert directives(response)["script-src"] == ["'self'"]


# --- No inline code on the key pages ------------------------------------------------------------


def test_home_page_has_no_inline_code(client, home_pages):
    assert_no_code_outside_the_policy(client.get("/en/"))
    client.force_login(member())
    assert_no_code_outside_the_policy(client.get("/en/"))


@pytest.mark.parametrize("reader", ["visitor", "member"])
def test_practice_page_has_no_inline_code(client, practice, reader):
    if reader == "member":
        client.force_login(member())

    response = client.get(practice.url)

    assert response.status_code == 200
    assert_no_code_outside_the_policy(response)


def test_forum_topic_has_no_inline_code(client, topic):
    client.force_login(member())

    response = client.get(f"/en/forums/{topic.category.slug}/{topic.pk}/")

    assert response.status_code == 200
    assert_no_code_outside_the_policy(response)


def test_forum_moderation_page_has_no_inline_code(client, topic):
    sign_in_with_totp(client, moderator())

    response = client.get(f"/en/forums/moderate/topic/{topic.pk}/")

    assert response.status_code == 200
    assert_no_code_outside_the_policy(response)


def test_search_page_has_no_inline_code(client, home_pages):
    response = client.get("/en/search/", {"q": "rehabilitation"})
    if response.status_code == 404:
        pytest.skip("the site has no search page yet")

    assert response.status_code == 200
    assert_no_code_outside_the_policy(response)


@pytest.mark.parametrize(
    "url",
    [
        "/en/accounts/login/",
        "/en/accounts/signup/",
        "/en/accounts/password/reset/",
    ],
)
def test_account_pages_have_no_inline_code(client, home_pages, url):
    assert_no_code_outside_the_policy(client.get(url))


def test_second_factor_page_has_no_inline_code(client, home_pages):
    from tests.factories import enable_totp

    user = member()
    enable_totp(user)
    sign_in(client, user.email)

    response = client.get("/en/accounts/2fa/authenticate/")

    assert response.status_code == 200
    assert_no_code_outside_the_policy(response)


# --- The admin runs no inline script (exchange.admin_csp) ---------------------------------------

# Wagtail's translations for its scripts come from a view; every other script is a static file.
ADMIN_SCRIPT_SOURCES = ("/static/", "/admin/jsi18n/")
ADMIN_INIT_JS = "exchange/admin-init.js"
TEMPLATE_INITIALISER = re.compile(r'data-admin-init="(\w+)"')


@pytest.fixture
def admin_screens(home_pages, practice):
    """Admin screens with every widget and panel that Wagtail initialises with inline code."""
    events = EventIndexPageFactory(parent=home_pages["en"])
    country = CountryFactory(name="Kazakhstan", slug="kazakhstan")
    return {
        "dashboard": "/admin/",
        "page explorer": f"/admin/pages/{practice.get_parent().pk}/",
        "practice editor": f"/admin/pages/{practice.pk}/edit/",
        "new event": f"/admin/pages/add/practices/eventpage/{events.pk}/",
        "new workflow": "/admin/workflows/add/",
        "country snippet": f"/admin/snippets/practices/country/edit/{country.pk}/",
        "audit log": "/admin/network/audit/",
        "image uploads": "/admin/images/multiple/add/",
    }


@pytest.mark.parametrize(
    "screen",
    [
        "dashboard",
        "page explorer",
        "practice editor",
        "new event",
        "new workflow",
        "country snippet",
        "audit log",
        "image uploads",
    ],
)
def test_admin_screens_run_scripts_from_files_only(client, admin_screens, screen):
    sign_in_with_totp(client, AccountFactory(is_staff=True, is_superuser=True))

    response = client.get(admin_screens[screen], secure=True)

    assert response.status_code == 200
    script_sources = directives(response)["script-src"]
    assert "'unsafe-inline'" not in script_sources
    assert "'unsafe-eval'" not in script_sources
    assert script_sources == ["'self'"]
    scripts = executable_scripts(response)
    assert {"src": f"/static/{ADMIN_INIT_JS}", "defer": None} in scripts
    for script in scripts:
        assert script.get("src", "").startswith(ADMIN_SCRIPT_SOURCES), script
    found = inline_code(response)
    assert found.handlers == []
    assert found.script_urls == []


def admin_init_allows() -> set[str]:
    """The initialisers that admin-init.js agrees to call, read from its allow-lists."""
    source = Path(finders.find(ADMIN_INIT_JS)).read_text()
    lists = re.findall(r"var (?:CONSTRUCTORS|FUNCTIONS) = \[(.*?)\];", source, re.DOTALL)
    assert len(lists) == 2
    return {name for names in lists for name in re.findall(r'"(\w+)"', names)}


def chooser_classes(cls=BaseChooser):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from chooser_classes(subclass)


def test_every_chooser_class_has_an_initialiser_that_admin_init_js_allows():
    get_resolver().url_patterns  # noqa: B018 - registers the admin's viewsets and their widgets
    allowed = admin_init_allows()

    for chooser_class in [BaseChooser, *chooser_classes()]:
        name = admin_csp.initialiser_name(chooser_class)
        assert name in allowed, f"{chooser_class.__module__}.{chooser_class.__qualname__}: {name}"


def test_every_initialiser_in_the_overridden_templates_is_allowed():
    templates = [
        path
        for directory in settings.TEMPLATES[0]["DIRS"] + [Path(apps.get_app_config("home").path)]
        for path in Path(directory).glob("**/wagtailadmin/**/*.html")
    ]
    named = {name for path in templates for name in TEMPLATE_INITIALISER.findall(path.read_text())}

    assert named <= admin_init_allows()
    assert named == {
        "InlinePanel",
        "MultipleChooserPanel",
        "initDateChooser",
        "initTimeChooser",
        "initDateTimeChooser",
    }


def initialisers(html: str) -> list[dict]:
    parser = InlineCode()
    parser.feed(html)
    return [script for script in parser.scripts if "data-admin-init" in script]


def call_of(element: dict) -> str:
    """The JavaScript that admin-init.js runs for an initialiser element, as Wagtail writes it."""
    name = element["data-admin-init"]
    arguments = [json.dumps(element["data-admin-init-id"])]
    if "data-admin-init-options" in element:
        arguments.append(json.dumps(json.loads(element["data-admin-init-options"])))
    keyword = "" if name == admin_csp.TASK_CHOOSER else "new "
    return f"{keyword}{name}({', '.join(arguments)});"


@pytest.fixture
def choosers(practice):
    pixels = io.BytesIO()
    Image.new("RGB", (8, 6), "teal").save(pixels, "PNG")
    image = get_image_model().objects.create(
        title="Family visit", file=ImageFile(pixels, name="visit.png")
    )
    return {
        "page": (AdminPageChooser(target_models=[PracticePage]), practice),
        "image": (AdminImageChooser(), image),
        "document": (AdminDocumentChooser(), stored_document("Evaluation report")),
        "snippet": (AdminSnippetChooser(Country), CountryFactory(name="Kazakhstan")),
        "task": (AdminTaskChooser(), None),
        "page, none chosen": (AdminPageChooser(), None),
    }


@pytest.mark.parametrize(
    "kind", ["page", "image", "document", "snippet", "task", "page, none chosen"]
)
def test_choosers_render_as_wagtail_does_with_the_same_call_as_inert_data(choosers, kind):
    """Fails when Wagtail's ``BaseChooser.render`` changes: ``admin_csp`` renders a copy."""
    widget, value = choosers[kind]
    attrs = {"id": "id_field"}
    value_data = widget.get_value_data(value)
    widget_html = widget.render_html("field", value_data, attrs)
    script = widget.render_js_init("id_field", "field", value_data)

    wagtail = admin_csp.WAGTAIL_CHOOSER_RENDER(widget, "field", value, attrs)
    ours = widget.render("field", value, attrs)

    assert wagtail == f"{widget_html}<script>{script}</script>"
    assert ours.startswith(widget_html)
    [element] = initialisers(ours.removeprefix(widget_html))
    assert element["type"] == "application/json"
    assert call_of(element) == script


@pytest.mark.parametrize(
    ("panel", "name"),
    [
        (InlinePanel("attachments"), "InlinePanel"),
        (
            MultipleChooserPanel("attachments", chooser_field_name="document"),
            "MultipleChooserPanel",
        ),
    ],
)
def test_inline_panels_render_their_initialiser_as_inert_data(rf, practice, panel, name):
    """The project has no multiple chooser panel yet; this one shows its template works."""
    request = rf.get("/admin/")
    request.user = AccountFactory(is_staff=True, is_superuser=True)
    edit_handler = ObjectList([panel]).bind_to_model(PracticePage)
    form = edit_handler.get_form_class()(instance=practice, for_user=request.user)

    html = edit_handler.get_bound_panel(instance=practice, form=form, request=request).render_html()

    elements = initialisers(html)
    [element] = [element for element in elements if element["data-admin-init"] == name]
    assert json.loads(element["data-admin-init-options"])["formsetPrefix"] == "id_attachments"
    # The document chooser of the form that "Add" copies, ready for admin-init.js.
    assert {element["data-admin-init"] for element in elements} == {name, "DocumentChooser"}
    assert "<script>" not in html
    if name == "MultipleChooserPanel":
        assert 'id="id_attachments-CHOOSER_WIDGET" type="application/json"' in html


@pytest.mark.parametrize(
    ("widget", "name"),
    [
        (AdminDateInput(), "initDateChooser"),
        (AdminTimeInput(), "initTimeChooser"),
        (AdminDateTimeInput(), "initDateTimeChooser"),
    ],
)
def test_date_and_time_widgets_render_their_initialiser_as_inert_data(widget, name):
    html = widget.render("when", None, {"id": "id_when"})

    [element] = initialisers(html)
    assert element["data-admin-init"] == name
    assert element["data-admin-init-id"] == "id_when"
    assert json.loads(element["data-admin-init-options"]) == widget.get_config()
    assert "<script>" not in html


# --- Shared caches ------------------------------------------------------------------------------


def test_public_page_is_kept_private_once_someone_signs_in(client, home_pages):
    assert not {"private", "no-store"} & cache_control(client.get("/en/"))
    client.force_login(member())

    assert_kept_private(client.get("/en/"))


def test_gated_page_refused_to_a_visitor_is_kept_private(client, members_page):
    response = client.get(members_page.url)

    assert response.status_code == 302
    assert_kept_private(response)


def test_redirects_for_a_signed_in_person_are_kept_private(client, home_pages):
    client.force_login(member())

    language_redirect = client.get("/forums/")
    staff_redirect = client.get("/admin/")

    assert language_redirect.status_code == 302
    assert_kept_private(language_redirect)
    assert staff_redirect.status_code == 302
    assert_kept_private(staff_redirect)


def test_second_factor_redirect_for_staff_is_kept_private(client, home_pages):
    client.force_login(AccountFactory(is_staff=True, is_superuser=True))

    response = client.get("/admin/pages/")

    assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    assert_kept_private(response)


def test_admin_is_never_cached_even_before_sign_in(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert_kept_private(response)


def test_signing_in_and_out_is_never_cached(client, home_pages):
    user = member()

    signed_in = sign_in(client, user.email)
    signed_out = client.post("/en/accounts/logout/")

    assert signed_in.status_code == 302
    assert_kept_private(signed_in)
    assert signed_out.status_code == 302
    assert_kept_private(signed_out)


def test_forms_that_set_a_csrf_cookie_are_never_cached(client, home_pages):
    response = client.get("/en/accounts/login/")

    assert "csrftoken" in response.cookies
    assert_kept_private(response)


def test_refused_form_post_for_a_signed_in_person_is_kept_private(home_pages):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member())

    response = browser.post("/en/accounts/logout/")

    assert response.status_code == 403
    assert_kept_private(response)
