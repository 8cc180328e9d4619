"""Keeping every index in step with the content, without ever failing a save.

A change only records which objects need another look (:class:`PendingIndexUpdate`, one row per
backend and object, written in the saving transaction) and asks for a background run after the
commit. The run rebuilds each object's documents from the database as it is then and hands them
to each backend. A backend that is down (:class:`SearchUnavailable`) keeps its rows, with the
error and attempt count, for the next run, ``manage.py search_retry`` or ``search_rebuild``:
nothing is lost. Objects whose audience may have narrowed are removed from a backend before
anything else is indexed there, so a stale index never shows a newly private document longer
than it takes to reach the server again.

Removing a member from a group needs no update: documents carry audiences, and a searcher's
audiences are read from their memberships on every query (``policy.audiences_for``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import Count, F
from django.utils import timezone

from search.backends import get_embedded_backend, indexing_backends
from search.backends.base import DocumentRejected, SearchBackend, SearchUnavailable
from search.documents import documents_for, load_object
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

BATCH_SIZE = 200


@dataclass
class RunReport:
    applied: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)  # updates set aside with their error

    @property
    def complete(self) -> bool:
        return not self.unavailable and not any(self.failed.values())


def schedule(object_keys: Iterable[str], remove_first: bool = False) -> None:
    """Note that ``object_keys`` need indexing again in every backend, and ask for a run once
    the current transaction commits."""
    keys = sorted(set(object_keys))
    if not keys:
        return
    for backend in indexing_backends():
        PendingIndexUpdate.objects.bulk_create(
            [PendingIndexUpdate(backend=backend, object_key=key) for key in keys],
            ignore_conflicts=True,
        )
        changes = {"version": F("version") + 1, "updated_at": timezone.now()}
        if remove_first:
            changes["remove_first"] = True
        PendingIndexUpdate.objects.filter(backend=backend, object_key__in=keys).update(**changes)
    _run_after_commit()


_RUN_REQUESTED = "_search_index_run_requested"


def _enqueue_run() -> None:
    from search.tasks import apply_pending_index_updates

    setattr(connection, _RUN_REQUESTED, False)
    apply_pending_index_updates.enqueue()


def _run_after_commit() -> None:
    """One background run per transaction, however many objects it changed (asked again when
    the transaction that asked was rolled back, which drops its callback)."""
    waiting = any(
        callback is _enqueue_run for _savepoints, callback, _robust in connection.run_on_commit
    )
    if waiting and getattr(connection, _RUN_REQUESTED, False):
        return
    setattr(connection, _RUN_REQUESTED, True)
    transaction.on_commit(_enqueue_run)


def _failed(name: str, error: Exception) -> None:
    PendingIndexUpdate.objects.filter(backend=name).update(
        attempts=F("attempts") + 1, last_error=str(error)[:2000]
    )


def _done(row: PendingIndexUpdate) -> None:
    """Forget an update unless it was asked for again while it was being applied."""
    PendingIndexUpdate.objects.filter(pk=row.pk, version=row.version).delete()


def _remove_narrowed(name: str, backend: SearchBackend) -> int:
    rows = list(PendingIndexUpdate.objects.filter(backend=name, remove_first=True))
    for row in rows:
        backend.delete_object(row.object_key)
        PendingIndexUpdate.objects.filter(pk=row.pk).update(remove_first=False)
    return len(rows)


def _set_aside(row: PendingIndexUpdate, error: Exception) -> None:
    PendingIndexUpdate.objects.filter(pk=row.pk).update(
        attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:2000]
    )


def _apply_updates(name: str, backend: SearchBackend, limit: int | None, report: RunReport) -> int:
    """Apply updates in the order asked. One that fails for any reason but the server being
    unreachable (documents refused, content the document builder cannot read) is kept with its
    error for the next run and skipped in this one, so it never holds up the others."""
    applied = 0
    set_aside: set[int] = set()
    while limit is None or applied < limit:
        waiting = PendingIndexUpdate.objects.filter(backend=name, remove_first=False)
        rows = list(waiting.exclude(pk__in=set_aside)[:BATCH_SIZE])
        if not rows:
            break
        for row in rows:
            try:
                documents = documents_for(load_object(row.object_key))
                backend.replace_object(row.object_key, documents)
            except SearchUnavailable as error:
                if not isinstance(error, DocumentRejected):
                    raise
                _set_aside(row, error)
                set_aside.add(row.pk)
                continue
            except Exception as error:
                logger.exception("Indexing %s in %s failed; kept for the next run", row, name)
                _set_aside(row, error)
                set_aside.add(row.pk)
                continue
            _done(row)
            applied += 1
    report.failed[name] = len(set_aside)
    return applied


def apply_pending(names: Iterable[str] | None = None, limit: int | None = None) -> RunReport:
    """Apply the pending updates of each backend: removals first, then the rest in the order
    they were asked for. Stops at the first SearchUnavailable of a backend, keeping its rows;
    an update that fails on its own is kept and passed over (see :func:`_apply_updates`)."""
    report = RunReport()
    backends = indexing_backends()
    for name in names or backends:
        backend = backends[name]
        try:
            report.removed[name] = _remove_narrowed(name, backend)
            report.applied[name] = _apply_updates(name, backend, limit, report)
        except SearchUnavailable as error:
            logger.warning("Search backend %s is unavailable; updates kept: %s", name, error)
            _failed(name, error)
            report.unavailable[name] = str(error)
    return report


def pending_counts() -> dict[str, int]:
    counts = dict.fromkeys(indexing_backends(), 0)
    rows = PendingIndexUpdate.objects.values("backend").annotate(count=Count("pk"))
    counts.update({row["backend"]: row["count"] for row in rows})
    return counts


def failing_updates(name: str, limit: int = 20) -> list[PendingIndexUpdate]:
    """Updates of backend ``name`` that failed at least once, most tried first."""
    failing = PendingIndexUpdate.objects.filter(backend=name, attempts__gt=0)
    return list(failing.order_by("-attempts", "id")[:limit])


def forget_pending(name: str, before) -> int:
    """After a full rebuild of ``name``: the updates asked for before it started are done."""
    return PendingIndexUpdate.objects.filter(backend=name, updated_at__lt=before).delete()[0]


#: Above this many objects an empty index is left for ``search_rebuild`` (with its progress
#: bar) rather than built silently inside ``migrate``.
FILL_ON_MIGRATE_LIMIT = 5000


def fill_empty_embedded_index() -> int:
    """Build the embedded index when it is empty but content exists: a database that had content
    before search was installed, or was loaded without background runs. Returns the count."""
    from search.documents import all_objects, count_indexable
    from search.models import SearchEntry

    if SearchEntry._meta.db_table not in connection.introspection.table_names():
        return 0  # migrated backwards past the search tables
    if SearchEntry.objects.exists():
        return 0
    total = count_indexable()
    if not total:
        return 0
    if total > FILL_ON_MIGRATE_LIMIT:
        logger.warning(
            "The search index is empty and %s objects could be indexed: run "
            "`manage.py search_rebuild` (too many to index during migrate).",
            total,
        )
        return 0
    documents = (document for obj in all_objects() for document in documents_for(obj))
    return get_embedded_backend().rebuild(documents, total, lambda count: None)
