"""Latency percentiles and query counts of the main pages, on the demo data.

Run with `make bench` (after `make run` or `make setup` created the demo). Every page is
requested through Django's test client in-process, so the figures measure the application and
database, not a network or a web server.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django

django.setup()

from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from network.models import User  # noqa: E402
from practices.models import PracticePage  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))

# As Django's test runner does: keep one connection and its query log across requests.
request_started.disconnect(reset_queries)
request_started.disconnect(close_old_connections)
request_finished.disconnect(close_old_connections)


def measure(client: Client, url: str) -> tuple[int, int, list[float]]:
    client.get(url)  # warm caches
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    count = len(queries)  # read now: the timed requests below reuse the query log
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return status, count, timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    practice = PracticePage.objects.live().filter(locale__language_code="en").first()
    if practice is None:
        sys.exit("No demo data: run `make setup` (or `make run`) first.")
    urls = [
        "/en/",
        "/ar/",
        "/en/practices/",
        "/en/practices/?theme=staff-training&country=kazakhstan&sort=title",
        practice.url,
        "/en/resources/",
        "/en/events/",
        "/en/members/",
        "/api/v2/pages/?type=practices.PracticePage",
    ]
    visitor = Client(HTTP_HOST="localhost")
    member = Client(HTTP_HOST="localhost")
    member.force_login(User.objects.get(email="aigerim@practice-exchange.test"))
    print(f"{'page':<72} {'who':<8} {'status':>6} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8}")
    for url in urls:
        for who, client in (("visitor", visitor), ("member", member)):
            status, queries, timings = measure(client, url)
            print(
                f"{url:<72} {who:<8} {status:>6} {queries:>7} "
                f"{statistics.median(timings):>8.1f} {percentile(timings, 0.95):>8.1f}"
            )
    print(f"({ROUNDS} timed requests per row after one warm-up; SQLite demo database)")


if __name__ == "__main__":
    main()
