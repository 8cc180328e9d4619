"""What both benchmarks measure per page: status, queries per request, latency samples.

Import after ``django.setup()``. Importing it keeps one connection and its query log across
requests, as Django's test runner does, so query counts are per request.
"""

import time

from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

request_started.disconnect(reset_queries)
request_started.disconnect(close_old_connections)
request_finished.disconnect(close_old_connections)


def measure(client: Client, url: str, rounds: int) -> tuple[int, int, list[float]]:
    """One warm-up, one request with its queries counted, then ``rounds`` timed requests (ms)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    count = len(queries)  # read now: the timed requests below reuse the query log
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return status, count, timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
