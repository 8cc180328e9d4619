"""The browser journeys: marked ``browser``, with a tab per test. Chromium itself (the
``chromium`` and ``browser`` fixtures) comes from ``tests/browser/chromium.py``."""

from pathlib import Path

import pytest

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


def sign_in(page, url: str, email: str, password: str, secret: str | None = None) -> None:
    """Sign in through the form, with a TOTP code when ``secret`` is given."""
    from tests.factories import totp_code

    page.goto(f"{url}/en/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign In", exact=True).click()
    if secret:
        page.fill("#id_code", totp_code(secret))
        page.get_by_role("button", name="Sign In", exact=True).click()
    page.wait_for_url(lambda address: "/accounts/login/" not in address)
