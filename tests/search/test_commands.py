"""The operators' commands: rebuild with a progress bar, retry what a server missed, health."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command

from search import indexing
from search.backends import get_embedded_backend
from search.models import PendingIndexUpdate, SearchEntry
from tests.factories.practices import PracticePageFactory
from tests.search.builders import PUBLIC
from tests.search.fakes import STATE


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def stand_in(settings):
    settings.SEARCH_PRIMARY_BACKEND = "tests.search.fakes.stand_in_server"
    STATE.reset()
    yield STATE
    STATE.reset()


def test_rebuild_indexes_everything_with_a_progress_bar(practice_index):
    for title in ("Mentoring in Osh", "Mentoring in Aktau"):
        PracticePageFactory(parent=practice_index, title=title)
    output = run("search_rebuild")
    assert "Rebuilding the embedded index from 2 objects" in output
    assert "[##############################] 100%  2/2 objects" in output
    assert "embedded: 2 documents indexed" in output
    assert get_embedded_backend().suggest("mentoring", PUBLIC) != []
    assert not PendingIndexUpdate.objects.filter(backend="embedded").exists()


def test_rebuild_of_an_unconfigured_backend_says_how_to_configure_it(db):
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL"):
        run("search_rebuild", "--backend", "elasticsearch")


def test_health_reports_each_backend_and_fails_when_one_is_unreachable(practice_index, stand_in):
    PracticePageFactory(parent=practice_index)
    run("search_rebuild", "--backend", "embedded")
    output = run("search_health")
    assert "embedded (kept for fallback)" in output
    assert "stand-in (answers searches)" in output
    assert "Search is healthy." in output
    stand_in.down = True
    with pytest.raises(CommandError, match="stand-in"):
        run("search_health")


def test_retry_applies_what_a_server_missed(
    practice_index, stand_in, django_capture_on_commit_callbacks
):
    stand_in.down = True
    with django_capture_on_commit_callbacks(execute=True):
        practice = PracticePageFactory(parent=practice_index)
    stand_in.down = False
    output = run("search_retry")
    assert "stand-in: 1 removed first, 1 updated" in output
    assert "Still pending: embedded 0, stand-in 0" in output
    assert f"page:{practice.pk}" in stand_in.object_keys()


def test_migrate_fills_an_empty_index_of_a_small_site(practice_index):
    PracticePageFactory(parent=practice_index, title="Family visits before release")
    SearchEntry.objects.all().delete()

    call_command("migrate", verbosity=0)

    assert SearchEntry.objects.filter(title="Family visits before release").exists()


def test_migrate_leaves_a_large_empty_index_to_search_rebuild(practice_index, monkeypatch, caplog):
    PracticePageFactory(parent=practice_index, title="Family visits before release")
    SearchEntry.objects.all().delete()
    monkeypatch.setattr(indexing, "FILL_ON_MIGRATE_LIMIT", 0)

    call_command("migrate", verbosity=0)

    assert list(SearchEntry.objects.values_list("title", "kind")) == []
    assert "run `manage.py search_rebuild`" in caplog.text
