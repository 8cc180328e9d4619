"""Background index updates (run in-process until a worker backend is configured).

django_tasks has no retry of its own: the pending updates are the durable record, and a run that
finds a backend down asks for another run later, with a growing delay, when the task backend can
defer work (the database queue in production). Whatever is still pending after the last retry
waits for the next change, ``manage.py search_retry`` or ``manage.py search_rebuild``.
"""

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from search import indexing

MAX_AUTOMATIC_RETRIES = 8
FIRST_RETRY_DELAY = timedelta(seconds=30)


@task()
def apply_pending_index_updates(retry: int = 0) -> dict:
    """Apply every pending index update; returns what was done, per backend."""
    report = indexing.apply_pending()
    if not report.complete and retry < MAX_AUTOMATIC_RETRIES:
        _retry_later(retry + 1)
    return {
        "applied": report.applied,
        "removed": report.removed,
        "unavailable": report.unavailable,
        "failed": report.failed,
    }


def _retry_later(retry: int) -> None:
    backend = apply_pending_index_updates.get_backend()
    if not backend.supports_defer:
        return  # run in-process: the next change or command retries
    delay = FIRST_RETRY_DELAY * 2 ** (retry - 1)
    apply_pending_index_updates.using(run_after=timezone.now() + delay).enqueue(retry=retry)
