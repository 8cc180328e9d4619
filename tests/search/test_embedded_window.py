"""The embedded backend answers each query from at most ``SEARCH_EMBEDDED_WINDOW`` matches, the
so that a query on a large index costs the same as on a small one. Beyond the window the total
is a lower bound ("more than N results") and facets count the window."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.backends import fulltext
from search.backends.embedded import EmbeddedBackend, parse_text
from search.models import SearchEntry, filter_token, slice_number
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


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL reads newest slices first")
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


@pytest.fixture
def in_slices_of_two(db, settings):
    """Eight public matches, indexed oldest first, in slices of two entries; searched by a member
    (nothing narrows a member's match, so the newest slices are read first)."""
    settings.SEARCH_EMBEDDED_SLICE = 2
    backend = EmbeddedBackend()
    backend.index([doc(f"page:{n}", f"Mentoring returnees {n}") for n in range(1, 9)])
    return backend


def keys_by_age(newest_first: bool = True) -> list[str]:
    entries = SearchEntry.objects.order_by("-id" if newest_first else "id")
    return list(entries.values_list("key", flat=True))


def test_the_window_is_filled_from_the_newest_entries_first(in_slices_of_two, settings):
    settings.SEARCH_EMBEDDED_WINDOW = 2
    keys, results = ask(in_slices_of_two, "mentoring", audiences=MEMBERS)
    assert len(keys) == 2
    assert set(keys) <= set(keys_by_age()[:4])  # the two newest slices: three or four entries
    assert results.total_is_lower_bound


def test_older_matches_fill_what_the_newest_entries_leave_of_the_window(in_slices_of_two, settings):
    settings.SEARCH_EMBEDDED_WINDOW = 6
    keys, results = ask(in_slices_of_two, "mentoring", audiences=MEMBERS, per_page=10)
    assert len(keys) == len(set(keys)) == 6
    assert set(keys_by_age()[:3]) <= set(keys)
    assert results.total == 6
    assert results.total_is_lower_bound


def test_a_window_larger_than_the_matches_holds_them_all_once(in_slices_of_two, settings):
    settings.SEARCH_EMBEDDED_WINDOW = 20
    keys, results = ask(in_slices_of_two, "returnees", audiences=MEMBERS, per_page=20)
    assert sorted(keys) == sorted(keys_by_age())
    assert results.total == 8
    assert not results.total_is_lower_bound


def test_each_entry_carries_the_slice_it_belongs_to(in_slices_of_two):
    for entry in SearchEntry.objects.all():
        assert filter_token("slice", slice_number(entry.pk)) in entry.filter_tokens.split()
        assert slice_number(entry.pk) == entry.pk // 2


def test_matches_read_entries_of_the_recent_slices_before_the_rest(in_slices_of_two):
    newest = [
        filter_token("slice", slice_number(entry_id))
        for entry_id in SearchEntry.objects.order_by("-id").values_list("id", flat=True)[:1]
    ]
    entries = SearchEntry.objects.all()
    window = fulltext.matches(parse_text("mentoring"), entries, ["key"], 3, recent=newest)
    newest_keys = [
        entry.key
        for entry in SearchEntry.objects.all()
        if filter_token("slice", slice_number(entry.pk)) in newest
    ]
    keys = [match[fulltext.VALUES] for match in window]
    assert len(keys) == len(set(keys)) == 3
    assert set(newest_keys) <= set(keys)
