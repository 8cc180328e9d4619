"""Suggestions and "did you mean" read the titles of practices, resources, events and topics
only (posts repeat their topic's title, gated sections their practice's), and follow every
change to the index: an edited, deleted or rebuilt-away title is never offered again. A rebuild
replaces the search index only: the admin's own search of pages shares its full-text table."""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend as wagtail_search_backend

from search.backends.embedded import EmbeddedBackend
from tests.factories import ContentPageFactory
from tests.search.builders import MEMBERS, PUBLIC, ask, doc


@pytest.fixture
def backend(db):
    backend = EmbeddedBackend()
    backend.index(
        [
            doc("page:1", "Reintegration of returning families"),
            doc("page:1#s1", "Reintegration of returning families", "Case notes."),
            doc("topic:1", "Rehabilitation workshops", kind="topic", audiences=("members",)),
            doc(
                "post:7",
                "Rehousing after release",
                "A reply about housing.",
                kind="post",
                object_key="post:7",
                audiences=("members",),
            ),
        ]
    )
    return backend


def test_titles_of_main_documents_are_suggested_once(backend):
    assert backend.suggest("reint", PUBLIC) == ["Reintegration of returning families"]


def test_a_post_is_never_a_suggestion_even_for_members(backend):
    assert backend.suggest("reh", MEMBERS) == ["Rehabilitation workshops"]


def test_an_edited_title_replaces_the_old_one(backend):
    backend.replace_object("page:1", [doc("page:1", "Resettlement of returning families")])
    assert backend.suggest("reint", PUBLIC) == []
    assert backend.suggest("reset", PUBLIC) == ["Resettlement of returning families"]


def test_a_deleted_object_is_neither_suggested_nor_offered_as_a_correction(backend):
    _keys, results = ask(backend, "reintegratoin")
    assert results.suggestion == "reintegration"
    backend.delete_object("page:1")
    assert backend.suggest("reint", PUBLIC) == []
    _keys, results = ask(backend, "reintegratoin")
    assert results.suggestion == ""


def test_a_title_made_private_leaves_visitors_suggestions(backend):
    backend.replace_object(
        "page:1", [doc("page:1", "Reintegration of returning families", audiences=("members",))]
    )
    assert backend.suggest("reint", PUBLIC) == []
    assert backend.suggest("reint", MEMBERS) == ["Reintegration of returning families"]


def test_a_rebuild_keeps_only_the_titles_it_indexed(backend):
    backend.rebuild(
        [doc("page:2", "Vocational training in prison")], total=1, progress=lambda count: None
    )
    assert backend.suggest("reint", PUBLIC) == []
    assert backend.suggest("voc", PUBLIC) == ["Vocational training in prison"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite keeps titles in their own table")
@pytest.mark.django_db(transaction=True)
def test_migrating_an_existing_index_makes_its_titles_suggestible():
    backend = EmbeddedBackend()
    backend.index([doc("page:3", "Family visits before release")])
    call_command("migrate", "search", "0001", verbosity=0)
    try:
        call_command("migrate", "search", verbosity=0)
        assert backend.suggest("fam", PUBLIC) == ["Family visits before release"]
    finally:
        call_command("migrate", verbosity=0)
        backend.rebuild([], total=0, progress=lambda count: None)  # flushing leaves the titles


def test_a_rebuild_leaves_the_admin_search_of_pages_as_it_was(backend):
    page = ContentPageFactory(title="Probation handbook for Osh")
    wagtail_search_backend().add(page)
    backend.rebuild([doc("page:2", "Vocational training")], total=1, progress=lambda count: None)
    assert [found.pk for found in Page.objects.search("handbook")] == [page.pk]
    assert ask(backend, "vocational")[0] == ["page:2"]
    assert ask(backend, "reintegration")[0] == []
