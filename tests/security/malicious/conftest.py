"""Fixtures of the malicious-input suite: a small site to write into, forums that take every
post at once, and the tally printed at the end. Chromium (``browser``) is the one the whole
suite shares (``tests/browser/chromium.py``)."""

import pytest

from tests.factories import OrganisationFactory
from tests.factories.events import EventIndexPageFactory
from tests.factories.forums import ForumCategoryFactory
from tests.factories.practices import PracticeIndexPageFactory
from tests.factories.resources import ResourceIndexPageFactory
from tests.security.malicious.corpus import CORPORA, counts_by_corpus, payloads
from tests.security.malicious.probe import PAGES_ENFORCED, PAGES_RENDERED, TALLY


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """The thousand files a run uploads go to a folder of its own, removed with it."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def indexes(home_pages) -> dict:
    home = home_pages["en"]
    return {
        "practices": PracticeIndexPageFactory(parent=home, show_in_menus=True),
        "resources": ResourceIndexPageFactory(parent=home, show_in_menus=True),
        "events": EventIndexPageFactory(parent=home, show_in_menus=True),
    }


@pytest.fixture
def open_forum(settings):
    """A members' forum where every post is published at once and nobody hits a limit."""
    settings.FORUM_PREMODERATED_FIRST_POSTS = 0
    settings.FORUM_POSTS_PER_HOUR = 1_000_000
    return ForumCategoryFactory(name="Payloads", slug="payloads")


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Payload municipality", slug="payload-municipality")


def pytest_terminal_summary(terminalreporter):
    if not TALLY and not PAGES_RENDERED:
        return
    write = terminalreporter.write_line
    terminalreporter.section("malicious input")
    counts = counts_by_corpus()
    for corpus in CORPORA:
        lines, tried = counts[corpus.key]
        write(f"{corpus.key:10} {lines:4} entries, {tried:4} distinct tried  ({corpus.file})")
    write(f"payloads tried: {len(payloads())}")
    entry_points = {
        name: counts for name, counts in TALLY.items() if not name.startswith("chromium")
    }
    for name, (tried, requests) in sorted(TALLY.items()):
        write(f"  {name:62} {tried:4} payloads {requests:5} requests")
    if entry_points:
        write(f"entry points covered: {len(entry_points)}")
    if PAGES_RENDERED:
        write(
            f"pages rendered in Chromium: {len(PAGES_RENDERED)} with the policy bypassed and the "
            f"execution hook, {len(PAGES_ENFORCED)} of them also under their policy"
        )
