"""Latency percentiles and query counts of the main pages, on the demo data.

Run with `make bench` (after `make run` or `make setup` created the demo). Every page is
requested through Django's test client in-process, so the figures measure the application and
database, not a network or a web server.
"""

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django

django.setup()

from django.test import Client  # noqa: E402

from bench.measuring import measure, percentile  # noqa: E402
from network.models import User  # noqa: E402
from practices.models import PracticePage  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))


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
            status, queries, timings = measure(client, url, ROUNDS)
            print(
                f"{url:<72} {who:<8} {status:>6} {queries:>7} "
                f"{statistics.median(timings):>8.1f} {percentile(timings, 0.95):>8.1f}"
            )
    print(f"({ROUNDS} timed requests per row after one warm-up; SQLite demo database)")


if __name__ == "__main__":
    main()
