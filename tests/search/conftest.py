"""Fixtures of the search tests.

``search_backend`` runs each contract test once per backend in :data:`BACKEND_FACTORIES`: a name
and a callable taking pytest's ``request`` and returning a fresh, empty backend (it may skip the
test when its server cannot run, and register its own clean-up with ``request.addfinalizer``).
The embedded backend lives in the test database, so each test's index rolls back with it. The
Elasticsearch backend joins from ``tests/search/conftest_es.py`` when that module is present.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

import pytest

from search.backends.base import SearchBackend
from search.backends.embedded import EmbeddedBackend
from tests.factories.practices import PracticeIndexPageFactory


def make_embedded_backend(request: pytest.FixtureRequest) -> SearchBackend:
    return EmbeddedBackend()


BACKEND_FACTORIES: dict[str, Callable[[pytest.FixtureRequest], SearchBackend]] = {
    "embedded": make_embedded_backend,
}

if importlib.util.find_spec("tests.search.conftest_es") is not None:
    from tests.search import conftest_es

    BACKEND_FACTORIES["elasticsearch"] = conftest_es.make_elasticsearch_backend


def expect_backend_gap(request: pytest.FixtureRequest, backend: SearchBackend, gap: str) -> None:
    """Mark a contract case as expected to differ where a backend's test server cannot show it
    (the Elasticsearch emulator's scoring and analysers, see ``conftest_es.EMULATOR_GAPS``)."""
    marker = getattr(globals().get("conftest_es"), "expect_emulator_gap", None)
    if marker is not None:
        marker(request, backend, gap)


@pytest.fixture(params=list(BACKEND_FACTORIES))
def search_backend(request, db) -> SearchBackend:
    return BACKEND_FACTORIES[request.param](request)


@pytest.fixture
def practice_index(home_pages):
    return PracticeIndexPageFactory(parent=home_pages["en"], show_in_menus=True)
