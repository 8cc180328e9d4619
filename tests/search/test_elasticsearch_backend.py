"""What only the Elasticsearch backend has to show: its index, alias swaps, failures and requests.

Runs against the in-memory emulator, or the server ``ELASTICSEARCH_URL`` names (see
``conftest_es``). The behaviour both backends share is the contract suite's; the cases here that
touch it are the ones that depend on how this backend builds its requests.
"""

from __future__ import annotations

import datetime
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from search.backends.base import (
    SORT_DATE,
    SearchDocument,
    SearchQuery,
    SearchUnavailable,
)
from search.backends.elasticsearch import ElasticsearchBackend
from tests.search.conftest_es import expect_emulator_gap, make_elasticsearch_backend
from tests.search.es_transport import RecordingNode

PUBLIC = frozenset({"public"})
MEMBER = frozenset({"public", "members"})
GROUP_MEMBER = frozenset({"public", "members", "group:3"})


@pytest.fixture
def backend(request) -> ElasticsearchBackend:
    return make_elasticsearch_backend(request)


@pytest.fixture
def sent():
    """The requests the backend sends from now on."""
    RecordingNode.sent.clear()
    return RecordingNode.sent


def document(key: str, **fields: Any) -> SearchDocument:
    defaults: dict[str, Any] = {
        "key": key,
        "object_key": key.partition("#")[0],
        "kind": "practice",
        "title": f"Practice {key}",
        "body": "",
        "url": f"/en/practices/{key}/",
        "language": "en",
        "audiences": ("public",),
    }
    return SearchDocument(**(defaults | fields))


def query(text: str = "", audiences: frozenset[str] = PUBLIC, **options: Any) -> SearchQuery:
    return SearchQuery(text=text, audiences=audiences, **options)


def keys(results) -> list[str]:
    return [hit.document.key for hit in results.hits]


def counts(results, facet: str) -> dict[str, int]:
    return {count.value: count.count for count in results.facets[facet]}


def index_names(backend: ElasticsearchBackend) -> set[str]:
    return set(backend.client.indices.get(index=f"{backend.alias}-*").body)


# The index and its alias


def test_index_settings_declare_the_language_analysers(backend):
    backend.index([document("page:1")])
    (settings,) = backend.client.indices.get_settings(index=backend.alias).body.values()
    analysers = settings["settings"]["index"]["analysis"]["analyzer"]
    assert analysers["exchange_english"]["type"] == "english"
    assert analysers["exchange_arabic"]["type"] == "arabic"
    assert analysers["exchange_russian"]["type"] == "russian"
    assert analysers["exchange_default"]["tokenizer"] == "standard"
    assert analysers["exchange_default"]["filter"] == ["lowercase", "asciifolding"]
    (mapping,) = backend.client.indices.get_mapping(index=backend.alias).body.values()
    fields = mapping["mappings"]["properties"]
    assert fields["title"]["analyzer"] == "exchange_default"
    assert fields["body_en"]["analyzer"] == "exchange_english"
    assert fields["title_ar"]["analyzer"] == "exchange_arabic"
    assert fields["body_ru"]["analyzer"] == "exchange_russian"
    assert fields["suggest"]["contexts"] == [{"name": "audience", "type": "category"}]


def test_first_write_creates_the_index_behind_the_alias(backend):
    assert backend.health()["index"] == ""
    assert backend.search(query("family")).total == 0
    assert backend.suggest("fam", PUBLIC) == []
    assert backend.related("page:1", PUBLIC) == []
    backend.delete_object("page:1")
    backend.index([document("page:1")])
    report = backend.health()
    assert report["index"] in index_names(backend)
    assert report["documents"] == 1
    assert report["alias"] == backend.alias


def test_rebuild_writes_a_new_index_then_swaps_the_alias_and_deletes_the_old_one(backend):
    backend.index([document("page:1", title="Old community approach")])
    old_index = backend.health()["index"]
    done = []

    count = backend.rebuild(
        iter([document("page:2", title="New community approach")]), 1, done.append
    )

    report = backend.health()
    assert count == 1
    assert done[-1] == 1
    assert report["index"] != old_index
    assert index_names(backend) == {report["index"]}
    assert report["documents"] == 1
    assert not report["rebuilding"]
    assert keys(backend.search(query("community"))) == ["page:2"]


def test_searches_and_updates_keep_working_while_a_rebuild_runs(backend):
    backend.index([document("page:1", title="Family support in Aktau")])
    seen_during_rebuild = {}

    def documents() -> Iterator[SearchDocument]:
        yield document("page:1", title="Family support in Aktau")
        seen_during_rebuild["search"] = keys(backend.search(query("family")))
        seen_during_rebuild["health"] = backend.health()
        backend.index([document("page:9", title="Family mediation published meanwhile")])
        yield document("page:2", title="Family group conferencing")

    backend.rebuild(documents(), 2, lambda done: None)

    assert seen_during_rebuild["search"] == ["page:1"]
    assert seen_during_rebuild["health"]["rebuilding"]
    assert sorted(keys(backend.search(query("family")))) == ["page:1", "page:2", "page:9"]


def test_a_failed_rebuild_leaves_the_live_index_serving(backend):
    backend.index([document("page:1", title="Family support in Aktau")])
    live_index = backend.health()["index"]

    def documents() -> Iterator[SearchDocument]:
        yield document("page:2", title="Family group conferencing")
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        backend.rebuild(documents(), 2, lambda done: None)

    assert backend.health()["index"] == live_index
    assert index_names(backend) == {live_index}
    assert keys(backend.search(query("family"))) == ["page:1"]


def test_rebuild_clears_away_an_index_left_by_an_interrupted_rebuild(backend):
    backend.index([document("page:1", title="Family support in Aktau")])
    leftover = f"{backend.alias}-20250101000000000000"
    backend.client.indices.create(index=leftover, aliases={f"{backend.alias}-building": {}})
    assert backend.health()["rebuilding"]

    backend.rebuild(
        iter([document("page:2", title="Family group conferencing")]), 1, lambda done: None
    )

    report = backend.health()
    assert not report["rebuilding"]
    assert index_names(backend) == {report["index"]}
    assert keys(backend.search(query("family"))) == ["page:2"]


def test_rebuild_reports_progress_as_documents_are_written(backend):
    documents = [document(f"page:{number}") for number in range(1, 1202)]
    done = []

    assert backend.rebuild(iter(documents), len(documents), done.append) == 1201

    assert done == [500, 1000, 1201]
    assert backend.health()["documents"] == 1201


# Writing


def test_index_replaces_documents_by_key(backend):
    backend.index([document("page:1", title="Draft title")])
    backend.index([document("page:1", title="Published title")])
    results = backend.search(query("title"))
    assert [hit.document.title for hit in results.hits] == ["Published title"]


def test_replace_object_swaps_an_objects_documents_for_its_new_ones(backend):
    backend.index(
        [
            document("page:1", title="Prison intelligence"),
            document("page:1#contacts", section="Contacts", body="prison contacts"),
            document("page:1#budget", section="Budget", body="prison budget"),
        ]
    )
    backend.replace_object(
        "page:1",
        [
            document("page:1", title="Prison intelligence"),
            document(
                "page:1#contacts",
                section="Contacts",
                body="prison contacts",
                audiences=("members",),
            ),
        ],
    )
    assert keys(backend.search(query("prison"))) == ["page:1"]
    assert sorted(keys(backend.search(query("prison", MEMBER)))) == ["page:1", "page:1#contacts"]
    backend.replace_object("page:1", [])
    assert keys(backend.search(query("prison", MEMBER))) == []


def test_delete_object_removes_every_document_of_the_object(backend):
    backend.index(
        [
            document("page:1", title="Prison intelligence"),
            document(
                "page:1#contacts",
                title="Prison intelligence",
                section="Contacts",
                audiences=("members",),
                body="prison contacts",
            ),
            document("page:2", title="Prison education"),
        ]
    )
    backend.delete_object("page:1")
    backend.delete_object("page:404")
    assert keys(backend.search(query("prison", MEMBER))) == ["page:2"]


# Access: the audience filter is part of every request


def find_audience_filters(body: Any) -> list[list[str]]:
    if isinstance(body, dict):
        found = []
        terms = body.get("terms")
        if isinstance(terms, dict) and "audiences" in terms:
            found.append(terms["audiences"])
        for value in body.values():
            found += find_audience_filters(value)
        return found
    if isinstance(body, list):
        return [found for value in body for found in find_audience_filters(value)]
    return []


def test_every_request_that_reads_documents_filters_by_the_searchers_audiences(backend, sent):
    backend.index(
        [
            document("page:1", title="Family support", theme=("family",)),
            document("page:2", title="Family therapy", theme=("family",)),
        ]
    )
    sent.clear()

    backend.search(query("famly", MEMBER, filters={"theme": ("family",)}))
    backend.search(query("", MEMBER))
    backend.suggest("fam", MEMBER)
    backend.related("page:1", MEMBER)

    searches = [request.bodies[0] for request in sent if request.path.endswith("/_search")]
    assert len(searches) >= 6
    for body in searches:
        if "query" in body:
            assert ["members", "public"] in find_audience_filters(body["query"]), body
        else:
            contexts = body["suggest"]["titles"]["completion"]["contexts"]
            assert contexts == {"audience": ["members", "public"]}, body


def test_nothing_is_related_to_an_object_the_searcher_cannot_see(backend):
    backend.index(
        [
            document(
                "page:1",
                title="Members canary practice",
                audiences=("members",),
                body="family support children",
            ),
            document("page:2", title="Family support", body="family support children"),
        ]
    )
    assert backend.related("page:1", PUBLIC) == []
    assert [doc.key for doc in backend.related("page:1", MEMBER)] == ["page:2"]


def test_visitors_see_no_hit_count_facet_or_highlight_from_gated_documents(backend):
    backend.index(
        [
            document(
                "page:1",
                title="Open canary practice",
                body="the canary sings",
                theme=("family",),
                country=("KZ",),
            ),
            document(
                "page:2",
                title="Closed canary practice",
                body="the canary whispers",
                audiences=("members",),
                theme=("prison",),
                country=("TJ",),
            ),
            document(
                "page:3",
                title="Group canary notes",
                body="canary notes",
                audiences=("group:3",),
                theme=("women",),
            ),
        ]
    )
    visitor = backend.search(query("canary"))
    assert keys(visitor) == ["page:1"]
    assert visitor.total == 1
    assert counts(visitor, "theme") == {"family": 1}
    assert counts(visitor, "country") == {"KZ": 1}
    assert "whispers" not in str(visitor)

    member = backend.search(query("canary", MEMBER))
    assert sorted(keys(member)) == ["page:1", "page:2"]
    assert sorted(keys(backend.search(query("canary", GROUP_MEMBER)))) == [
        "page:1",
        "page:2",
        "page:3",
    ]
    assert keys(backend.search(query("canary", frozenset()))) == []


def test_suggestions_and_related_items_stay_within_the_audiences(backend):
    backend.index(
        [
            document(
                "page:1",
                title="Family support for returning women",
                body="family support women children returning",
            ),
            document(
                "page:2",
                title="Family secret canary",
                audiences=("members",),
                body="family support women children returning",
            ),
            document("page:3", title="Family group conferencing", body="family support children"),
        ]
    )
    assert sorted(backend.suggest("fam", PUBLIC)) == [
        "Family group conferencing",
        "Family support for returning women",
    ]
    assert backend.suggest("ret", PUBLIC) == ["Family support for returning women"]
    assert backend.suggest("sec", PUBLIC) == []
    assert "Family secret canary" in backend.suggest("fam", MEMBER)
    assert [doc.key for doc in backend.related("page:1", PUBLIC)] == ["page:3"]
    assert {doc.key for doc in backend.related("page:1", MEMBER)} == {"page:2", "page:3"}


# Querying through this backend's request design


def test_facets_count_what_the_query_and_its_picked_filters_match(backend):
    backend.index(
        [
            document(
                "page:1",
                theme=("family", "education"),
                stage=("reintegration",),
                date=datetime.date(2024, 5, 1),
            ),
            document(
                "page:2",
                theme=("family",),
                stage=("rehabilitation",),
                date=datetime.date(2023, 5, 1),
            ),
            document(
                "page:3",
                theme=("prison",),
                stage=("rehabilitation",),
                date=datetime.date(2023, 6, 1),
            ),
        ]
    )
    everything = backend.search(query())
    assert counts(everything, "theme") == {"family": 2, "education": 1, "prison": 1}
    assert counts(everything, "year") == {"2023": 2, "2024": 1}
    assert counts(everything, "kind") == {"practice": 3}

    family = backend.search(query(filters={"theme": ("family",)}))
    assert sorted(keys(family)) == ["page:1", "page:2"]
    assert family.total == 2
    assert counts(family, "theme") == {"family": 2, "education": 1}
    assert counts(family, "stage") == {"reintegration": 1, "rehabilitation": 1}

    by_year = backend.search(query(filters={"theme": ("family", "prison"), "year": ("2023",)}))
    assert sorted(keys(by_year)) == ["page:2", "page:3"]
    assert counts(by_year, "year") == {"2023": 2}
    assert keys(backend.search(query(filters={"year": ("last year",)}))) == []
    assert backend.search(query(filters={"year": ("1999",)})).facets == {}


def test_snippets_escape_the_text_before_marking_matches(backend):
    backend.index(
        [document("page:1", body="Staff <script>alert(1)</script> training & rehabilitation")]
    )
    (hit,) = backend.search(query("rehabilitation")).hits
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>rehabilitation</mark>" in hit.snippet


def test_did_you_mean_offers_only_words_the_searcher_can_find(backend):
    backend.index(
        [
            document("page:1", title="Rehabilitation of returning women", theme=("women",)),
            document("page:2", title="Xylophone canary", audiences=("members",)),
        ]
    )
    misspelt = backend.search(query("rehabilitaton"))
    assert (misspelt.total, misspelt.suggestion) == (0, "rehabilitation")
    assert backend.search(query("rehabilitation")).suggestion == ""
    assert backend.search(query("rehabilit")).total == 1
    assert backend.search(query("xylophome")).suggestion == ""
    assert backend.search(query("xylophome", MEMBER)).suggestion == "xylophone"
    filtered = query("rehabilitaton", filters={"theme": ("prison",)})
    assert backend.search(filtered).suggestion == ""


def test_typos_are_not_matched_as_other_words(backend):
    backend.index([document("page:1", title="Monitoring and evaluation")])
    assert backend.search(query("mentoring")).total == 0


def test_did_you_mean_corrects_several_words(backend):
    backend.index([document("page:1", title="Family support for returning women")])
    assert backend.search(query("famly suport")).suggestion == "family support"


def test_date_order_and_pages_follow_the_query(backend):
    backend.index(
        [
            document(
                f"page:{number}", title="Monitoring report", date=datetime.date(2020 + number, 1, 1)
            )
            for number in range(1, 6)
        ]
    )
    first = backend.search(query("monitoring", sort=SORT_DATE, per_page=2))
    second = backend.search(query("monitoring", sort=SORT_DATE, per_page=2, page=2))
    assert keys(first) == ["page:5", "page:4"]
    assert keys(second) == ["page:3", "page:2"]
    assert first.total == second.total == 5


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Rehabilitating returning women", "rehabilitation"),
        ("ar", "إعادة تأهيل النساء والأطفال العائدين", "الأطفال"),
        ("ru", "Реабилитация женщин, вернувшихся из Сирии", "реабилитации"),
    ],
    ids=["en", "ar", "ru"],
)
def test_a_query_finds_other_forms_of_a_word_in_its_language(
    backend, request, language, title, text
):
    if language == "ar":
        expect_emulator_gap(request, backend, "analysers")
    backend.index([document("page:1", title=title, language=language)])
    assert keys(backend.search(query(text))) == ["page:1"]


def test_credentials_in_the_url_never_appear_in_the_health_report(request):
    working = make_elasticsearch_backend(request)
    backend = ElasticsearchBackend(
        "https://reader:s3cret@search.example:9200", working.alias, client=working.client
    )
    report = backend.health()
    assert report["server"] == "https://search.example:9200"
    assert "s3cret" not in str(report)


# Faults


@pytest.fixture
def unreachable() -> ElasticsearchBackend:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return ElasticsearchBackend(f"http://127.0.0.1:{port}", "down", timeout=1.0)


@pytest.mark.parametrize(
    "call",
    [
        lambda backend: backend.search(query("family")),
        lambda backend: backend.suggest("fam", PUBLIC),
        lambda backend: backend.related("page:1", PUBLIC),
        lambda backend: backend.index([document("page:1")]),
        lambda backend: backend.delete_object("page:1"),
        lambda backend: backend.replace_object("page:1", [document("page:1")]),
        lambda backend: backend.rebuild(iter([document("page:1")]), 1, lambda done: None),
        lambda backend: backend.health(),
    ],
    ids=[
        "search",
        "suggest",
        "related",
        "index",
        "delete_object",
        "replace_object",
        "rebuild",
        "health",
    ],
)
def test_an_unreachable_server_raises_search_unavailable(unreachable, call):
    with pytest.raises(SearchUnavailable):
        call(unreachable)
