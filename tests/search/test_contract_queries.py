"""The contract every search backend keeps: what a query finds, in which order, with which
filters, facets, snippets, suggestions and related items. Runs once per backend."""

from __future__ import annotations

import datetime

from search.backends.base import SORT_DATE, SearchQuery
from tests.search.builders import MEMBERS, PUBLIC, ask, days_ago, doc
from tests.search.conftest import expect_backend_gap

# Relevance ---------------------------------------------------------------------------------


def test_a_query_finds_the_documents_containing_its_words_and_not_the_others(search_backend):
    search_backend.index(
        [
            doc("page:1", "Family mentoring", "Mentoring for families after return."),
            doc("page:2", "Housing support", "Flats and rent for people leaving prison."),
        ]
    )
    keys, results = ask(search_backend, "mentoring")
    assert keys == ["page:1"]
    assert results.total == 1


def test_every_word_of_a_query_must_match(search_backend):
    search_backend.index(
        [
            doc("page:1", "Mentoring and housing", "Mentors help find housing."),
            doc("page:2", "Mentoring", "Mentors meet families every week."),
        ]
    )
    keys, _ = ask(search_backend, "mentoring housing")
    assert keys == ["page:1"]


def test_a_document_about_the_words_ranks_above_one_that_mentions_them_in_passing(
    request, search_backend
):
    expect_backend_gap(request, search_backend, "scoring")
    passing = " ".join(["Probation officers describe their caseload and court work."] * 8)
    search_backend.index(
        [
            doc("page:1", "Court work", passing + " One of them mentions mentoring."),
            doc("page:2", "Mentoring returning women", "Mentoring, peer mentoring and mentors."),
        ]
    )
    keys, _ = ask(search_backend, "mentoring")
    assert keys == ["page:2", "page:1"]


def test_words_in_quotes_are_found_together(search_backend):
    search_backend.index(
        [
            doc("page:1", "Peer support", "A family mentoring scheme run by the city."),
            doc("page:2", "City services", "Mentoring for the family of each returnee."),
        ]
    )
    keys, _ = ask(search_backend, '"family mentoring"')
    assert keys == ["page:1"]


# Languages ---------------------------------------------------------------------------------


def multilingual_documents():
    return [
        doc("page:1", "Rehabilitation of returning women", "Psychosocial support in Aktau."),
        doc(
            "page:2",
            "إعادة تأهيل النساء العائدات",
            "الدعم النفسي والاجتماعي في أكتاو.",
            language="ar",
        ),
        doc(
            "page:3",
            "Реабилитация вернувшихся женщин",
            "Психосоциальная поддержка в Актау.",
            language="ru",
        ),
    ]


def test_an_arabic_query_finds_arabic_content(request, search_backend):
    expect_backend_gap(request, search_backend, "analysers")
    search_backend.index(multilingual_documents())
    keys, _ = ask(search_backend, "تأهيل", language="ar")
    assert keys == ["page:2"]


def test_a_russian_query_finds_russian_content(search_backend):
    search_backend.index(multilingual_documents())
    keys, _ = ask(search_backend, "Реабилитация", language="ru")
    assert keys == ["page:3"]


def test_an_english_query_finds_english_content(search_backend):
    search_backend.index(multilingual_documents())
    keys, _ = ask(search_backend, "rehabilitation", language="en")
    assert keys == ["page:1"]


def test_hits_say_which_translations_exist(search_backend):
    search_backend.index([doc("page:1", "Mentoring", "Mentors.", translations=("ar", "en", "ru"))])
    _, results = ask(search_backend, "mentoring")
    assert set(results.hits[0].document.translations) == {"ar", "en", "ru"}


# Filters and facets ------------------------------------------------------------------------


def catalogue():
    return [
        doc(
            "page:1",
            "Mentoring in Aktau",
            "Mentoring for women.",
            theme=("family-support", "mentoring"),
            country=("kazakhstan",),
            region=("central-asia",),
            date=datetime.date(2021, 3, 1),
        ),
        doc(
            "page:2",
            "Mentoring in Osh",
            "Mentoring for young men.",
            theme=("mentoring",),
            country=("kyrgyzstan",),
            region=("central-asia",),
            date=datetime.date(2022, 5, 1),
        ),
        doc(
            "page:3",
            "Mentoring guide",
            "A guide to mentoring.",
            kind="resource",
            theme=("family-support",),
            date=datetime.date(2022, 1, 1),
        ),
        doc(
            "page:4",
            "Mentoring in Erbil",
            "Mentoring in the women's prison.",
            language="ar",
            theme=("prison-staff",),
            country=("iraq",),
            region=("middle-east",),
            evaluation_type=("independent_evaluation",),
            date=datetime.date(2020, 9, 1),
        ),
    ]


def test_a_filter_keeps_only_matching_documents(search_backend):
    search_backend.index(catalogue())
    keys, results = ask(search_backend, "mentoring", filters={"kind": ("resource",)})
    assert keys == ["page:3"]
    assert results.total == 1


def test_values_of_one_filter_are_alternatives_and_filters_combine(search_backend):
    search_backend.index(catalogue())
    keys, _ = ask(search_backend, "mentoring", filters={"country": ("kazakhstan", "iraq")})
    assert set(keys) == {"page:1", "page:4"}
    keys, _ = ask(
        search_backend,
        "mentoring",
        filters={"country": ("kazakhstan", "iraq"), "theme": ("family-support",)},
    )
    assert keys == ["page:1"]


def test_language_year_and_evaluation_filters(search_backend):
    search_backend.index(catalogue())
    assert ask(search_backend, "mentoring", filters={"language": ("ar",)})[0] == ["page:4"]
    assert set(ask(search_backend, "mentoring", filters={"year": ("2022",)})[0]) == {
        "page:2",
        "page:3",
    }
    evaluated = ask(
        search_backend, "mentoring", filters={"evaluation_type": ("independent_evaluation",)}
    )[0]
    assert evaluated == ["page:4"]


def test_filters_without_words_list_everything_that_matches_them(search_backend):
    search_backend.index(catalogue())
    keys, results = ask(search_backend, "", filters={"region": ("central-asia",)})
    assert set(keys) == {"page:1", "page:2"}
    assert results.total == 2


def test_facets_count_every_value_over_the_filtered_results(search_backend):
    search_backend.index(catalogue())
    _, results = ask(search_backend, "mentoring", filters={"language": ("en",)})
    counts = {name: {f.value: f.count for f in facets} for name, facets in results.facets.items()}
    assert counts["kind"] == {"practice": 2, "resource": 1}
    assert counts["theme"] == {"family-support": 2, "mentoring": 2}
    assert counts["country"] == {"kazakhstan": 1, "kyrgyzstan": 1}
    assert counts["region"] == {"central-asia": 2}
    assert counts["language"] == {"en": 3}
    assert counts["year"] == {"2021": 1, "2022": 2}


def test_the_most_frequent_facet_values_come_first(search_backend):
    search_backend.index(catalogue())
    _, results = ask(search_backend, "mentoring")
    assert [facet.value for facet in results.facets["region"]] == ["central-asia", "middle-east"]


# Highlighting ------------------------------------------------------------------------------


def test_snippets_are_escaped_and_then_the_matches_marked(search_backend):
    body = "Before the session <script>alert('x')</script> & the mentoring of returnees began."
    search_backend.index([doc("page:1", "Peer groups", body)])
    _, results = ask(search_backend, "mentoring")
    snippet = results.hits[0].snippet
    assert "<mark>mentoring</mark>" in snippet
    assert "&lt;script&gt;" in snippet
    assert "<script>" not in snippet
    assert "&amp;" in snippet


# Suggestions and "did you mean" ------------------------------------------------------------


def suggestible():
    return [
        doc("page:1", "Rehabilitation centre in Aktau"),
        doc("page:2", "Rehabilitation of children"),
        doc("page:3", "Housing first"),
        doc("page:4", "Rehabilitation secrets of the working group", audiences=("members",)),
    ]


def test_suggestions_complete_titles(search_backend):
    search_backend.index(suggestible())
    titles = search_backend.suggest("rehab", PUBLIC)
    assert set(titles) == {"Rehabilitation centre in Aktau", "Rehabilitation of children"}
    assert search_backend.suggest("rehabilitation ce", PUBLIC) == ["Rehabilitation centre in Aktau"]


def test_suggestions_are_limited(search_backend):
    search_backend.index(suggestible())
    assert len(search_backend.suggest("rehab", PUBLIC, limit=1)) == 1


def test_a_misspelt_query_gets_a_suggestion_that_finds_something(search_backend):
    search_backend.index(suggestible())
    keys, results = ask(search_backend, "rehabilitaton")
    assert keys == []
    assert results.suggestion.lower() == "rehabilitation"
    assert ask(search_backend, results.suggestion)[1].total == 2


# Related items -----------------------------------------------------------------------------


def neighbours():
    return [
        doc("page:1", "Family mentoring in Aktau", "Mentors for families.", theme=("family",)),
        doc("page:2", "Mentoring families after return", "Mentors.", theme=("family",)),
        doc("page:3", "Housing first", "Flats and rent.", theme=("housing",)),
        doc(
            "page:4",
            "Family mentoring for the working group",
            "Mentors.",
            theme=("family",),
            audiences=("members",),
        ),
    ]


def test_related_items_share_themes_and_title_words(search_backend):
    search_backend.index(neighbours())
    related = [document.key for document in search_backend.related("page:1", PUBLIC)]
    assert related[0] == "page:2"
    assert "page:1" not in related
    assert "page:3" not in related


def test_related_items_are_main_documents_of_other_objects(search_backend):
    documents = neighbours()
    documents.append(
        doc(
            "page:2#section:approach",
            "Mentoring families after return",
            "Family mentors.",
            section="Approach",
        )
    )
    search_backend.index(documents)
    related = [document.key for document in search_backend.related("page:1", MEMBERS)]
    assert related.count("page:2") == 1
    assert "page:2#section:approach" not in related


# Pagination and sorting --------------------------------------------------------------------


def test_pages_split_the_results_without_overlap(search_backend):
    search_backend.index(
        [doc(f"page:{n}", f"Mentoring note {n}", "Mentoring.") for n in range(1, 26)]
    )
    seen = []
    for page, expected in ((1, 10), (2, 10), (3, 5)):
        keys, results = ask(search_backend, "mentoring", page=page, per_page=10)
        assert len(keys) == expected
        assert results.total == 25
        assert results.page == page
        seen += keys
    assert len(set(seen)) == 25


def test_sorting_by_date_puts_the_newest_first(search_backend):
    search_backend.index(
        [
            doc("page:1", "Mentoring", "Mentoring.", date=days_ago(30)),
            doc("page:2", "Mentoring", "Mentoring.", date=days_ago(1)),
            doc("page:3", "Mentoring", "Mentoring.", date=days_ago(400)),
        ]
    )
    keys, _ = ask(search_backend, "mentoring", sort=SORT_DATE)
    assert keys == ["page:2", "page:1", "page:3"]


# Writing -----------------------------------------------------------------------------------


def test_indexing_a_key_again_replaces_its_document(search_backend):
    search_backend.index([doc("page:1", "Mentoring", "Old words.")])
    search_backend.index([doc("page:1", "Mentoring", "New words.")])
    assert ask(search_backend, "old")[0] == []
    assert ask(search_backend, "new")[0] == ["page:1"]


def test_deleting_an_object_removes_all_its_documents(search_backend):
    search_backend.index(
        [
            doc("page:1", "Mentoring", "Mentoring."),
            doc("page:1#section:approach", "Mentoring", "Mentoring.", audiences=("members",)),
            doc("page:2", "Mentoring", "Mentoring."),
        ]
    )
    search_backend.delete_object("page:1")
    assert ask(search_backend, "mentoring", MEMBERS)[0] == ["page:2"]


def test_a_rebuild_replaces_the_whole_index(search_backend):
    search_backend.index([doc("page:1", "Mentoring", "Stale.")])
    progress = []
    count = search_backend.rebuild(
        iter([doc("page:2", "Mentoring", "Fresh."), doc("page:3", "Housing", "Fresh.")]),
        2,
        progress.append,
    )
    assert count == 2
    assert progress and progress[-1] == 2
    assert ask(search_backend, "stale")[0] == []
    assert ask(search_backend, "fresh")[1].total == 2


def test_a_backend_reports_its_health(search_backend):
    search_backend.index([doc("page:1", "Mentoring", "Mentoring.")])
    report = search_backend.health()
    assert report["reachable"] is True


def test_a_query_of_only_punctuation_finds_nothing_and_does_not_fail(search_backend):
    search_backend.index([doc("page:1", "Mentoring", "Mentoring.")])
    results = search_backend.search(SearchQuery(text='"" *** ((', audiences=PUBLIC))
    assert results.total == 0
