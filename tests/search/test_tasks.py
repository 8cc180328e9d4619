"""Background index runs retry by themselves, later and later, while a server stays down."""

from __future__ import annotations

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from search.indexing import schedule
from search.models import PendingIndexUpdate
from search.tasks import apply_pending_index_updates
from tests.search.fakes import STATE


@pytest.fixture
def queued_tasks(settings):
    """Tasks go to the database queue, as in production with a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def server_down(settings):
    settings.SEARCH_PRIMARY_BACKEND = "tests.search.fakes.stand_in_server"
    STATE.reset()
    STATE.down = True
    yield STATE
    STATE.reset()


def test_a_run_that_finds_the_server_down_asks_for_another_run_later(db, queued_tasks, server_down):
    schedule(["page:1"])
    report = apply_pending_index_updates.call()
    assert report["unavailable"] == {"stand-in": "connection refused"}
    retry = DBTaskResult.objects.get(args_kwargs__kwargs__retry=1)
    assert retry.run_after > timezone.now()
    assert PendingIndexUpdate.objects.filter(backend="stand-in", object_key="page:1").exists()
    assert not PendingIndexUpdate.objects.filter(backend="embedded").exists()


def test_automatic_retries_stop_after_the_last_one_and_the_update_stays_pending(
    db, queued_tasks, server_down
):
    schedule(["page:1"])
    apply_pending_index_updates.call(retry=8)
    assert not DBTaskResult.objects.filter(args_kwargs__kwargs__retry=9).exists()
    assert PendingIndexUpdate.objects.filter(backend="stand-in").exists()
