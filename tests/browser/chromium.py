"""Chromium from Debian's package, driven by Playwright; never a downloaded browser.

A plugin of the whole suite (``tests/conftest.py``), so that every browser test of a run, here
and in ``tests/security/malicious/``, shares the one Chromium a session may start.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test-browser` to install it")
    # Playwright's sync API runs an event loop in the test thread; the ORM calls that fixtures
    # make in that thread stay synchronous, so Django's async guard is lifted for this session.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield launched
            launched.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


# Reported by the page itself for every blocked script, style, image, frame or connection; the
# init script runs outside the page's Content-Security-Policy, so it cannot be blocked itself.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${
        event.blockedURI || "inline code"} on ${document.location.pathname}`);
});
"""


class CspWatchedBrowser:
    """Chromium whose every context records what the Content-Security-Policy blocked."""

    def __init__(self, launched):
        self._browser = launched
        self.violations: list[str] = []

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("page", lambda tab: tab.on("console", self._record))
        return context

    def _record(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.violations.append(message.text)

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture
def browser(chromium):
    """The test fails if the Content-Security-Policy blocked anything in any of its tabs."""
    watched = CspWatchedBrowser(chromium)
    yield watched
    assert watched.violations == [], "the Content-Security-Policy blocked:\n" + "\n".join(
        watched.violations
    )
