import pytest
from django.core.cache import cache
from django.test import Client
from wagtail.models import Site

from tests.factories import (
    ContentPageFactory,
    HomePageFactory,
    enable_totp,
    totp_code,
    translate_page,
)
from tests.factories.users import DEFAULT_PASSWORD

# Chromium for every browser test of a run, one per session.
pytest_plugins = ["tests.browser.chromium"]


@pytest.fixture
def home_pages(db):
    """The default site's home page in English, Arabic and Russian, keyed by language code."""
    home = HomePageFactory(title="Practice Exchange", intro="<p>Welcome, practitioners.</p>")
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    return {
        "en": home,
        "ar": translate_page(home, "ar", title="تبادل الممارسات", intro="<p>مرحبا</p>"),
        "ru": translate_page(home, "ru", title="Обмен практиками", intro="<p>Привет</p>"),
    }


@pytest.fixture
def about_page(home_pages):
    return ContentPageFactory(
        parent=home_pages["en"], title="About", slug="about", show_in_menus=True
    )


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters live in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


def sign_in(client, email: str, password: str = DEFAULT_PASSWORD, next_url: str = ""):
    """Sign in through allauth's form, as a person would; returns the response."""
    url = "/en/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": email, "password": password})


@pytest.fixture
def client_factory():
    """More browsers for tests where two people act at once (an officer and an applicant)."""
    return Client


def sign_in_with_totp(client, user, password: str = DEFAULT_PASSWORD) -> None:
    """Sign in with password and a TOTP code (enrolling one first if needed), as staff must."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    secret = decrypt(totp.data["secret"]) if totp else enable_totp(user)
    response = sign_in(client, user.email, password)
    assert response["Location"] == "/en/accounts/2fa/authenticate/", response
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
