"""The authentication suite.

Every route that checks a password or a code is throttled (or switched off), and the URL
configuration holds no other; sign-in, sign-up and password reset answer alike for known and
unknown addresses; staff, editors, moderators and vetting officers act only from a session that
used their second factor; idle sessions are signed out.
"""

import re
import time

import pytest
from allauth.account.views import (
    BaseReauthenticateView,
    ConfirmLoginCodeView,
    PasswordResetFromKeyView,
)
from allauth.account.views import LoginView as AllauthLoginView
from allauth.account.views import PasswordChangeView as AllauthPasswordChangeView
from allauth.mfa.base.views import AuthenticateView
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.views import ActivateTOTPView
from allauth.mfa.webauthn.views import LoginWebAuthnView
from django.contrib.auth import views as django_auth_views
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import get_resolver
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtail_document_views
from wagtail.models import Page, PageViewRestriction

from exchange.views import admin_login_redirect
from network import policy
from network.choices import ApplicationState, PostState
from network.middleware import ENTERED_STAFF_TOOLS_KEY, LAST_ACTIVITY_KEY
from network.models import MembershipApplication, Post, Topic
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in, sign_in_with_totp
from tests.factories import (
    AccountFactory,
    ApplicationFactory,
    ContentPageFactory,
    enable_totp,
    member,
    restrict_page,
    totp_code,
    vetting_officer,
)
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

FAILURES_ALLOWED = 5  # ACCOUNT_LOGIN_FAILURES: per account (or per person, for codes)
FAILURES_ALLOWED_PER_ADDRESS = 10  # failed sign-ins a minute from one client address
LOCKED_OUT = "Too many failed login attempts"
WRONG_CODE = "000000"

# --- Every route that checks a credential ------------------------------------------------------

CREDENTIAL_VIEWS = (
    django_auth_views.LoginView,  # Wagtail's admin and front-end sign-in forms derive from it
    django_auth_views.PasswordResetConfirmView,
    django_auth_views.PasswordChangeView,
    AllauthLoginView,
    AllauthPasswordChangeView,
    BaseReauthenticateView,  # password, TOTP and passkey re-authentication
    PasswordResetFromKeyView,
    ConfirmLoginCodeView,
    AuthenticateView,
    ActivateTOTPView,
    LoginWebAuthnView,
)
CREDENTIAL_FUNCTIONS = (
    wagtail_views.authenticate_with_password,
    wagtail_document_views.authenticate_with_password,
)
THROTTLED = {
    "account_login",
    "account_reauthenticate",
    "account_change_password",
    "account_reset_password_from_key",
    "mfa_authenticate",
    "mfa_reauthenticate",
    "mfa_activate_totp",
    "mfa_login_webauthn",
    "mfa_reauthenticate_webauthn",
}
SWITCHED_OFF = {
    "account_confirm_login_code",  # sign-in by e-mailed code is not enabled
    "wagtailadmin_password_reset_confirm",  # passwords are reset through allauth only
    "wagtailcore_authenticate_with_password",  # shared passwords for pages are not allowed
    "wagtaildocs_authenticate_with_password",  # nor for documents
}


def url_patterns_in_resolution_order(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if hasattr(pattern, "url_patterns"):
            yield from url_patterns_in_resolution_order(
                pattern.url_patterns, prefix + str(pattern.pattern)
            )
        else:
            yield prefix + str(pattern.pattern), pattern


def checks_credentials(callback) -> bool:
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return issubclass(view_class, CREDENTIAL_VIEWS)
    return callback in CREDENTIAL_FUNCTIONS


def test_every_route_that_checks_a_credential_is_throttled_or_switched_off():
    served_first: dict[str, object] = {}
    credential_routes = set()
    for route, pattern in url_patterns_in_resolution_order():
        shadowed_by = served_first.setdefault(route, pattern.callback)
        if not checks_credentials(pattern.callback):
            continue
        if shadowed_by is not pattern.callback:
            # Wagtail's own sign-in forms stay in its URLs but never answer: ours come first.
            assert shadowed_by is admin_login_redirect, route
            continue
        credential_routes.add(pattern.name)

    assert credential_routes == THROTTLED | SWITCHED_OFF


@pytest.mark.parametrize("url", ["/admin/login/", "/en/_util/login/", "/ar/_util/login/"])
def test_other_sign_in_forms_lead_to_the_one_sign_in_page_and_sign_nobody_in(client, url):
    AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)

    shown = client.get(url)
    posted = client.post(url, {"username": "chief@example.org", "password": DEFAULT_PASSWORD})

    assert shown.status_code == 302
    assert "/accounts/login/" in shown["Location"]
    assert posted.status_code == 302
    assert not posted.wsgi_request.user.is_authenticated


@pytest.mark.parametrize(
    "url", ["/admin/password_reset/", "/admin/password_reset/confirm/MQ/set-password/"]
)
def test_the_admins_own_password_reset_is_switched_off(client, url):
    AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)

    assert client.get(url).status_code == 404
    assert client.post(url, {"email": "chief@example.org"}).status_code == 404
    assert mail.outbox == []


def test_sign_in_by_emailed_code_is_switched_off(client):
    AccountFactory(email="amina@example.org")

    response = client.post("/en/accounts/login/code/confirm/", {"code": "ABC123"})

    assert response.status_code in (302, 404)
    assert not response.wsgi_request.user.is_authenticated


@pytest.mark.parametrize("channel", ["page", "document"])
def test_shared_password_forms_open_nothing(client, home_pages, channel):
    page = ContentPageFactory(parent=home_pages["en"], title="Handbook", slug="handbook")
    restriction = restrict_page(page, policy.members_group())
    if channel == "page":
        url = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    else:
        url = f"/documents/authenticate_with_password/{restriction.pk}/"

    for guess in ("", "password", "members"):
        client.post(url, {"password": guess, "return_url": page.url})

    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert client.get(page.url).status_code == 302


# --- Password sign-in ---------------------------------------------------------------------------


def test_sign_in_is_refused_after_repeated_failures_even_with_the_right_password(client):
    AccountFactory(email="amina@example.org")
    for _ in range(FAILURES_ALLOWED):
        response = sign_in(client, "amina@example.org", "wrong-password")
        assert "The email address and/or password you specified are not correct." in (
            response.content.decode()
        )

    response = sign_in(client, "amina@example.org")

    assert response.status_code == 200
    assert LOCKED_OUT in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_admin_sign_in_is_throttled_the_same_way(client):
    AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)
    assert client.get("/admin/login/")["Location"].startswith("/en/accounts/login/")

    for _ in range(FAILURES_ALLOWED):
        sign_in(client, "chief@example.org", "wrong-password", next_url="/admin/")
    response = sign_in(client, "chief@example.org", next_url="/admin/")

    assert LOCKED_OUT in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_failures_on_one_account_do_not_lock_out_another(client):
    AccountFactory(email="amina@example.org")
    AccountFactory(email="omar@example.org")
    for _ in range(FAILURES_ALLOWED):
        sign_in(client, "amina@example.org", "wrong-password")

    response = sign_in(client, "omar@example.org")

    assert response.status_code == 302


def test_one_address_trying_many_accounts_is_stopped(client):
    AccountFactory(email="omar@example.org")
    for number in range(FAILURES_ALLOWED_PER_ADDRESS):
        sign_in(client, f"guess{number}@example.org", "wrong-password")

    response = sign_in(client, "omar@example.org")

    assert LOCKED_OUT in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_behind_the_proxy_each_client_address_is_counted_apart(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    AccountFactory(email="omar@example.org")
    for number in range(FAILURES_ALLOWED_PER_ADDRESS):
        client.post(
            "/en/accounts/login/",
            {"login": f"guess{number}@example.org", "password": "wrong-password"},
            HTTP_X_FORWARDED_FOR="203.0.113.9",
        )

    elsewhere = client.post(
        "/en/accounts/login/",
        {"login": "omar@example.org", "password": DEFAULT_PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )

    assert elsewhere.status_code == 302


# --- Re-authentication and password change for someone already signed in ------------------------


def test_password_confirmation_is_throttled_like_sign_in(client):
    user = member()
    sign_in(client, user.email)
    for _ in range(FAILURES_ALLOWED):
        client.post("/en/accounts/reauthenticate/", {"password": "wrong-password"})

    response = client.post("/en/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})

    assert response.status_code == 200
    assert LOCKED_OUT in response.content.decode()


def test_password_change_is_throttled(client):
    user = member()
    sign_in(client, user.email)
    attempt = {"oldpassword": "wrong-password", "password1": "x" * 20, "password2": "x" * 20}
    for _ in range(FAILURES_ALLOWED):
        assert client.post("/en/accounts/password/change/", attempt).status_code == 200

    response = client.post("/en/accounts/password/change/", attempt)

    assert response.status_code == 429


# --- Password reset ---------------------------------------------------------------------------


def test_password_reset_links_cannot_be_guessed_quickly(client):
    attempt = {"password1": "another-long-passphrase", "password2": "another-long-passphrase"}
    url = "/en/accounts/password/reset/key/1-set-password/"
    statuses = [client.post(url, attempt).status_code for _ in range(21)]

    assert 429 not in statuses[:20]
    assert statuses[20] == 429


def test_password_reset_requests_for_one_address_are_throttled(client):
    AccountFactory(email="amina@example.org")
    statuses = [
        client.post("/en/accounts/password/reset/", {"email": "amina@example.org"}).status_code
        for _ in range(6)
    ]

    assert statuses[:5] == [302] * 5
    assert statuses[5] == 429
    assert len(mail.outbox) <= 5


# --- Second factor ------------------------------------------------------------------------------


def test_second_factor_codes_cannot_be_guessed(client):
    user = member()
    secret = enable_totp(user)
    sign_in(client, user.email)
    for _ in range(FAILURES_ALLOWED):
        wrong = client.post("/en/accounts/2fa/authenticate/", {"code": WRONG_CODE})
        assert "Incorrect code." in wrong.content.decode()

    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    assert LOCKED_OUT in response.content.decode()
    assert client.get("/en/membership/").status_code == 302


def test_second_factor_guessing_is_counted_per_person_across_sign_ins(client):
    user = member()
    secret = enable_totp(user)
    for _ in range(FAILURES_ALLOWED):
        sign_in(client, user.email)
        client.post("/en/accounts/2fa/authenticate/", {"code": WRONG_CODE})
        client.cookies.clear()

    sign_in(client, user.email)
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    assert LOCKED_OUT in response.content.decode()


def test_second_factor_confirmation_is_throttled(client):
    user = vetting_officer()
    secret = enable_totp(user)
    client.force_login(user)
    for _ in range(FAILURES_ALLOWED):
        client.post("/en/accounts/2fa/reauthenticate/", {"code": WRONG_CODE})

    response = client.post("/en/accounts/2fa/reauthenticate/", {"code": totp_code(secret)})

    assert LOCKED_OUT in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_codes_typed_while_enrolling_are_throttled(client):
    user = member()
    sign_in(client, user.email)
    client.post("/en/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/")
    secret = page.context["form"].secret
    for _ in range(FAILURES_ALLOWED):
        client.post("/en/accounts/2fa/totp/activate/", {"code": WRONG_CODE})

    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})

    assert "too many requests" in response.content.decode()
    assert not Authenticator.objects.filter(user=user).exists()


def test_passkey_sign_in_attempts_are_throttled(client):
    statuses = [
        client.post("/en/accounts/2fa/webauthn/login/", {"credential": "{}"}).status_code
        for _ in range(11)
    ]

    assert 429 not in statuses[:10]
    assert statuses[10] == 429


def test_passkey_confirmation_attempts_are_throttled(client):
    user = member()
    Authenticator.objects.create(user=user, type=Authenticator.Type.WEBAUTHN, data={})
    client.force_login(user)
    statuses = [
        client.post("/en/accounts/2fa/webauthn/reauthenticate/", {"credential": "{}"}).status_code
        for _ in range(11)
    ]

    assert 429 not in statuses[:10]
    assert statuses[10] == 429


def test_members_can_list_their_passkeys(client):
    client.force_login(member())

    assert client.get("/en/accounts/2fa/webauthn/").status_code == 200


# --- Account enumeration ------------------------------------------------------------------------

CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
NONCE = re.compile(r'nonce="[^"]*"')


def comparable(response, typed_address: str = "") -> tuple:
    """What a stranger sees: status, where it leads, and the page without per-request tokens."""
    body = response.content.decode()
    body = CSRF_TOKEN.sub('name="csrfmiddlewaretoken" value=""', body)
    body = NONCE.sub('nonce=""', body)
    if typed_address:
        body = body.replace(typed_address, "TYPED-ADDRESS")
    return response.status_code, response.get("Location"), body


def test_failed_sign_in_looks_the_same_for_known_and_unknown_addresses(client):
    AccountFactory(email="amina@example.org")

    known = sign_in(client, "amina@example.org", "wrong-password")
    unknown = sign_in(client, "nobody@example.org", "wrong-password")

    assert comparable(known, "amina@example.org") == comparable(unknown, "nobody@example.org")


def test_lock_out_looks_the_same_for_known_and_unknown_addresses(client):
    AccountFactory(email="amina@example.org")
    for address in ("amina@example.org", "nobody@example.org"):
        for _ in range(FAILURES_ALLOWED):
            sign_in(client, address, "wrong-password")

    known = sign_in(client, "amina@example.org", "wrong-password")
    unknown = sign_in(client, "nobody@example.org", "wrong-password")

    assert LOCKED_OUT in known.content.decode()
    assert comparable(known, "amina@example.org") == comparable(unknown, "nobody@example.org")


def sign_up(client, email: str):
    passphrase = "a-long-and-unusual-passphrase"
    return client.post(
        "/en/accounts/signup/", {"email": email, "password1": passphrase, "password2": passphrase}
    )


def test_sign_up_looks_the_same_for_a_taken_and_a_free_address(client_factory):
    AccountFactory(email="taken@example.org")
    taken_browser, free_browser = client_factory(), client_factory()

    taken = sign_up(taken_browser, "taken@example.org")
    free = sign_up(free_browser, "free@example.org")

    assert comparable(taken) == comparable(free)
    assert comparable(taken_browser.get(taken["Location"]), "taken@example.org") == comparable(
        free_browser.get(free["Location"]), "free@example.org"
    )
    assert sorted(message.to[0] for message in mail.outbox) == [
        "free@example.org",
        "taken@example.org",
    ]


def test_password_reset_looks_the_same_for_known_and_unknown_addresses(client_factory):
    AccountFactory(email="amina@example.org")
    known_browser, unknown_browser = client_factory(), client_factory()

    known = known_browser.post("/en/accounts/password/reset/", {"email": "amina@example.org"})
    unknown = unknown_browser.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})

    assert comparable(known) == comparable(unknown)
    assert comparable(known_browser.get(known["Location"])) == comparable(
        unknown_browser.get(unknown["Location"])
    )


# --- Roles that need a second factor cannot act without it --------------------------------------


def editor():
    user = member()
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def moderator():
    user = member()
    user.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    return user


def copy_a_page(client, home_pages):
    """An editor's action in the admin: copy the About page; done when the copy exists."""
    home = home_pages["en"]
    about = ContentPageFactory(parent=home, title="About", slug="about")
    client.post(
        f"/admin/pages/{about.pk}/copy/",
        {"new_title": "About (copy)", "new_slug": "about-copy", "new_parent_page": home.pk},
    )
    return Page.objects.filter(slug="about-copy").exists()


def approve_an_application(client, home_pages):
    application = ApplicationFactory()
    client.post(f"/admin/network/applications/inspect/{application.pk}/", {"decision": "approve"})
    return MembershipApplication.objects.get(pk=application.pk).state == ApplicationState.APPROVED


def approve_a_waiting_post(client, home_pages):
    topic = TopicFactory(category=ForumCategoryFactory(), title="Schooling")
    post = PostFactory(topic=topic, author=member(), state=PostState.PENDING)
    client.post(f"/admin/network/posts/inspect/{post.pk}/", {"action": "approve"})
    return Post.objects.get(pk=post.pk).state == PostState.PUBLISHED


def lock_a_topic_from_the_forum(client, home_pages):
    topic = TopicFactory(category=ForumCategoryFactory(), title="Schooling")
    PostFactory(topic=topic, author=member())
    client.post(f"/en/forums/moderate/topic/{topic.pk}/lock/")
    return Topic.objects.get(pk=topic.pk).locked


ROLE_ACTIONS = {
    "staff": (lambda: AccountFactory(is_staff=True, is_superuser=True), copy_a_page),
    "editor": (editor, copy_a_page),
    "vetting officer": (vetting_officer, approve_an_application),
    "moderator in the admin": (moderator, approve_a_waiting_post),
    "moderator on the forum": (moderator, lock_a_topic_from_the_forum),
}


@pytest.mark.parametrize("role", ROLE_ACTIONS)
def test_a_role_without_a_second_factor_cannot_act(client, home_pages, role):
    make_user, act = ROLE_ACTIONS[role]
    user = make_user()
    sign_in(client, user.email)

    assert not act(client, home_pages)


@pytest.mark.parametrize("role", ROLE_ACTIONS)
def test_a_role_whose_session_skipped_the_second_factor_cannot_act(client, home_pages, role):
    make_user, act = ROLE_ACTIONS[role]
    user = make_user()
    enable_totp(user)
    client.force_login(user)  # a password-only session, e.g. from before the factor was added

    assert not act(client, home_pages)


@pytest.mark.parametrize("role", ROLE_ACTIONS)
def test_the_same_action_succeeds_once_the_second_factor_was_used(client, home_pages, role):
    make_user, act = ROLE_ACTIONS[role]
    sign_in_with_totp(client, make_user())

    assert act(client, home_pages)


# --- Idle sessions ------------------------------------------------------------------------------


def idle_for(client, seconds: int) -> int:
    """Write the last-activity time into the session as if ``seconds`` had passed since."""
    session = client.session
    session[LAST_ACTIVITY_KEY] = stamp = int(time.time()) - seconds
    session.save()
    return stamp


def words(response) -> str:
    return " ".join(response.content.decode().split())


def test_a_session_idle_for_two_hours_is_signed_out_with_a_clear_message(client, home_pages):
    client.force_login(member())
    client.get("/en/membership/")
    idle_for(client, 2 * 60 * 60 + 1)

    response = client.get("/en/membership/")
    sign_in_page = client.get(response["Location"])

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/membership/"
    assert "You were signed out after 2 hours of inactivity." in words(sign_in_page)
    assert not sign_in_page.wsgi_request.user.is_authenticated
    assert client.get("/en/membership/").status_code == 302


def test_a_session_used_within_two_hours_stays_signed_in(client, home_pages):
    client.force_login(member())
    client.get("/en/membership/")
    written = idle_for(client, 2 * 60 * 60 - 60)

    assert client.get("/en/membership/").status_code == 200
    assert client.session[LAST_ACTIVITY_KEY] > written  # the clock starts again


def test_a_session_that_entered_the_admin_is_signed_out_after_thirty_minutes(client):
    sign_in_with_totp(client, AccountFactory(is_staff=True, is_superuser=True))
    assert client.get("/admin/").status_code == 200
    assert client.session[ENTERED_STAFF_TOOLS_KEY]
    idle_for(client, 30 * 60 + 1)

    response = client.get("/admin/pages/")
    sign_in_page = client.get(response["Location"])

    assert response["Location"] == "/en/accounts/login/?next=/admin/pages/"
    assert "You were signed out after 30 minutes of inactivity." in words(sign_in_page)


def test_a_session_that_never_entered_the_admin_keeps_the_longer_timeout(client, home_pages):
    client.force_login(member())
    client.get("/en/membership/")
    idle_for(client, 30 * 60 + 1)

    assert client.get("/en/membership/").status_code == 200


def test_the_idle_timeout_comes_from_the_settings(client, settings, home_pages):
    settings.SESSION_IDLE_TIMEOUT = 5 * 60
    client.force_login(member())
    client.get("/en/membership/")
    idle_for(client, 5 * 60 + 1)

    assert client.get("/en/membership/").status_code == 302


def test_an_idle_session_cannot_post_either(client, home_pages):
    user = member()
    client.force_login(user)
    client.get("/en/membership/")
    idle_for(client, 2 * 60 * 60 + 1)

    response = client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.org"})

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert not user.emailaddress_set.filter(email="new@example.org").exists()
