"""The embedded backend answers each query from at most ``SEARCH_EMBEDDED_WINDOW`` matches, the
so that a query on a large index costs the same as on a small one. Beyond the window the total
is a lower bound ("more than N results") and facets count the window."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.backends.embedded import EmbeddedBackend
from search.models import SearchEntry, filter_token
from tests.search.builders import MEMBERS, ask, doc


@pytest.fixture
def backend(db, settings):
    settings.SEARCH_EMBEDDED_WINDOW = 3
    backend = EmbeddedBackend()
    backend.index(
        [
            doc(
                f"page:{n}",
                f"Mentoring returnees {n}",
                "Peer mentoring after release.",
                date=datetime.date(2026, 1, n),
                theme=("mentoring",) if n % 2 else ("education",),
            )
            for n in range(1, 6)
        ]
        + [doc("page:9", "Mentoring for members", audiences=("members",))]
    )
    return backend


def test_a_query_matching_more_than_the_window_says_more_than(backend):
    keys, results = ask(backend, "mentoring")
    assert results.total == 3
    assert results.total_is_lower_bound
    assert len(keys) == 3


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL fills the window in its own scan order"
)
def test_on_sqlite_the_window_holds_the_newest_matches(backend):
    keys, _results = ask(backend, "mentoring", sort="date")
    assert keys == ["page:5", "page:4", "page:3"]


def test_facets_count_the_matches_in_the_window(backend):
    _keys, results = ask(backend, "mentoring")
    themes = {facet.value: facet.count for facet in results.facets["theme"]}
    assert themes == {"mentoring": 2, "education": 1}


def test_a_query_within_the_window_has_an_exact_total(backend):
    _keys, results = ask(backend, "mentoring", filters={"theme": ("education",)})
    assert results.total == 2
    assert not results.total_is_lower_bound


def test_gated_matches_never_take_a_visitors_place_in_the_window(backend, settings):
    settings.SEARCH_EMBEDDED_WINDOW = 10
    visitor_keys, _results = ask(backend, "mentoring")
    member_keys, _results = ask(backend, "mentoring", audiences=MEMBERS)
    assert "page:9" not in visitor_keys
    assert "page:9" in member_keys


def test_browsing_without_words_uses_the_window_too(backend):
    keys, results = ask(backend, "", sort="date")
    assert len(keys) == 3
    assert results.total_is_lower_bound


def test_a_search_costs_the_same_number_of_queries_whatever_it_matches(backend, settings):
    settings.SEARCH_EMBEDDED_WINDOW = 100
    counts = []
    for text in ("mentoring", "returnees 3", "nothing-like-this"):
        with CaptureQueriesContext(connection) as captured:
            ask(backend, text)
        counts.append(len(captured))
    assert max(counts) <= 6


def test_the_full_text_index_carries_the_filter_words_of_each_entry(backend):
    entry = SearchEntry.objects.get(key="page:1")
    tokens = entry.filter_tokens.split()
    assert filter_token("audience", "public") in tokens
    assert filter_token("theme", "mentoring") in tokens
    assert filter_token("year", 2026) in tokens
    assert all(token.isalnum() for token in tokens)
