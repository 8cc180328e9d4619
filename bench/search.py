"""Search at scale: the embedded backend over 100,000 practices/resources and 1,000,000 posts.

Run with `make bench-search`. By default it uses its own SQLite file, var/bench-search.sqlite3
(never the demo database var/db.sqlite3), migrated first. For PostgreSQL, point
BENCH_DATABASE_URL at a database of its own; it is created if missing:

    BENCH_DATABASE_URL=$(scripts/postgres start)_search make bench-search

The documents are synthetic :class:`SearchDocument` objects fed straight to
``backend.rebuild()``: creating 100,000 Wagtail pages and a million forum posts first would take
hours and would measure page creation, not search. They are seeded (the same on every run), in
English, Arabic and Russian, with sentences drawn from the domain's vocabulary, the taxonomy
slugs of ``practices.taxonomy_seed`` with a few terms far more common than the rest, dates over
ten years and mixed audiences (mostly public practices; posts for members or one group).

    BENCH_SEARCH_DOCS     practices and resources (default 100000)
    BENCH_SEARCH_POSTS    forum topics and posts (default 1000000; one topic per 50 posts)
    BENCH_SEARCH_QUERIES  timed searches (default 1000; 0 measures the build only)
    BENCH_SEARCH_REBUILD  0 to reuse an index of the same size left by an earlier run

It rebuilds the index with a progress bar (build time and documents per second), then runs a
fixed mix of searches (single words, two words, phrases, filters with facets, filters alone, a
misspelling) in each language, half as a visitor and half as a member of group 1, plus a few
suggestions, and prints p50/p95/p99 latency, result totals and peak memory.
"""

import os
import random
import resource
import sys
import time
import tracemalloc
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "")
# Set, not defaulted: the bench must never write into the demo database.
os.environ["DATABASE_URL"] = (
    BENCH_DATABASE_URL or f"sqlite:///{ROOT / 'var' / 'bench-search.sqlite3'}"
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange.settings.dev")
os.environ.setdefault("DEBUG", "false")
os.environ.pop("ELASTICSEARCH_URL", None)  # the embedded backend is what is measured

DOCS = int(os.environ.get("BENCH_SEARCH_DOCS", "100000"))
POSTS = int(os.environ.get("BENCH_SEARCH_POSTS", "1000000"))
QUERIES = int(os.environ.get("BENCH_SEARCH_QUERIES", "1000"))
REBUILD = os.environ.get("BENCH_SEARCH_REBUILD", "1") != "0"
SUGGESTIONS = 30
WARM_UP = 20
TRACED_QUERIES = 100
POSTS_PER_TOPIC = 50
GROUPS = 5
SEED = 7
TODAY = date(2026, 6, 30)
DAYS = 3650


from bench.databases import ensure_postgres_database  # noqa: E402

if BENCH_DATABASE_URL.startswith(("postgres://", "postgresql://", "pgsql://")):
    ensure_postgres_database(BENCH_DATABASE_URL.replace("pgsql://", "postgres://", 1))
else:
    (ROOT / "var").mkdir(exist_ok=True)

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.measuring import percentile  # noqa: E402
from practices.choices import EvaluationType  # noqa: E402
from practices.taxonomy_seed import (  # noqa: E402
    ACTOR_TYPES,
    COUNTRIES,
    STAGES,
    TARGET_GROUPS,
    THEMES,
)
from search.backends.base import FACET_FIELDS, SearchDocument, SearchQuery  # noqa: E402
from search.backends.embedded import EmbeddedBackend  # noqa: E402
from search.models import SearchEntry  # noqa: E402

LANGUAGES = ("en", "ar", "ru")
LANGUAGE_WEIGHTS = (5, 2, 3)

# Phrases of the field, one list per language; a phrase is one unit of a generated sentence, so
# phrase queries find the words side by side.
PHRASES = {
    "en": [
        "rehabilitation",
        "reintegration",
        "prison",
        "probation",
        "returnees",
        "women",
        "children",
        "family",
        "psychosocial support",
        "risk assessment",
        "case management",
        "mental health",
        "vocational training",
        "social worker",
        "community",
        "municipality",
        "release",
        "mentoring",
        "trauma",
        "counselling",
        "education",
        "employment",
        "repatriation",
        "camp",
        "resilience",
        "disengagement",
        "religious counselling",
        "school",
        "youth",
        "evaluation",
        "monitoring",
        "multi-agency cooperation",
        "aftercare",
        "identity documents",
        "housing",
        "local authorities",
        "peer support",
    ],
    "ar": [
        "إعادة التأهيل",
        "إعادة الإدماج",
        "السجن",
        "المراقبة",
        "العائدين",
        "النساء",
        "الأطفال",
        "الأسرة",
        "الدعم النفسي",
        "تقييم المخاطر",
        "إدارة الحالات",
        "الصحة النفسية",
        "التدريب المهني",
        "الأخصائي الاجتماعي",
        "المجتمع",
        "البلدية",
        "الإفراج",
        "الإرشاد",
        "الصدمة",
        "التعليم",
        "التوظيف",
        "الإعادة إلى الوطن",
        "المخيم",
        "الصمود",
        "فك الارتباط",
        "الإرشاد الديني",
        "المدرسة",
        "الشباب",
        "التقييم",
        "الرصد",
        "السكن",
        "دعم الأقران",
    ],
    "ru": [
        "реабилитация",
        "реинтеграция",
        "тюрьма",
        "пробация",
        "возвращенцы",
        "женщины",
        "дети",
        "семья",
        "психосоциальная поддержка",
        "оценка рисков",
        "ведение случая",
        "психическое здоровье",
        "профессиональное обучение",
        "социальный работник",
        "сообщество",
        "местные власти",
        "освобождение",
        "наставничество",
        "травма",
        "консультирование",
        "образование",
        "трудоустройство",
        "репатриация",
        "лагерь",
        "устойчивость",
        "отказ от насилия",
        "школа",
        "молодёжь",
        "оценка",
        "мониторинг",
        "жильё",
        "взаимная поддержка",
    ],
}
CONNECTIVES = {
    "en": ["and", "with", "for", "after", "in", "of", "through"],
    "ar": ["و", "مع", "من أجل", "بعد", "في", "من خلال"],
    "ru": ["и", "с", "для", "после", "в", "через"],
}
MISSPELLINGS = {
    "en": ["rehabilitaton", "probaton", "reintegraton", "psychosocal", "counseling"],
    "ar": ["التاهيل", "السجون", "الاطفال"],
    "ru": ["реабилитацыя", "пробацыя", "реинтеграцыя"],
}

THEME_SLUGS = [term.slug for term in THEMES]
STAGE_SLUGS = [term.slug for term in STAGES]
ACTOR_SLUGS = [term.slug for term in ACTOR_TYPES]
TARGET_SLUGS = [term.slug for term in TARGET_GROUPS]
COUNTRY_REGION = {term.slug: dict(term.extra)["region"] for term in COUNTRIES}
COUNTRY_SLUGS = list(COUNTRY_REGION)
EVALUATION_SLUGS = [choice.value for choice in EvaluationType]
EVALUATION_WEIGHTS = [6, 2, 1, 1]


def zipf_weights(count: int) -> list[float]:
    """A few terms far more common than the rest, as in any real taxonomy."""
    return [1 / (rank + 1) for rank in range(count)]


WEIGHTS = {
    "theme": zipf_weights(len(THEME_SLUGS)),
    "stage": zipf_weights(len(STAGE_SLUGS)),
    "actor_type": zipf_weights(len(ACTOR_SLUGS)),
    "target_group": zipf_weights(len(TARGET_SLUGS)),
    "country": zipf_weights(len(COUNTRY_SLUGS)),
}


def sentence(rng: random.Random, language: str, units: int) -> str:
    phrases, connectives = PHRASES[language], CONNECTIVES[language]
    words = []
    for n in range(units):
        words.append(rng.choice(phrases))
        if n % 3 == 2:
            words.append(rng.choice(connectives))
    return " ".join(words) + "."


def some(rng: random.Random, values: list[str], weights: list[float], most: int) -> tuple:
    return tuple(dict.fromkeys(rng.choices(values, weights, k=rng.randint(1, most))))


def day(rng: random.Random) -> date:
    return TODAY - timedelta(days=rng.randrange(DAYS))


def practice_documents(count: int):
    """Practices and resources: mostly public, some for members, a few for one group."""
    rng = random.Random(SEED)
    for n in range(count):
        language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
        is_practice = rng.random() < 0.6
        share = rng.random()
        if share < 0.8:
            audiences = ("public",)
        elif share < 0.95:
            audiences = ("members",)
        else:
            audiences = (f"group:{rng.randint(1, GROUPS)}",)
        countries = some(rng, COUNTRY_SLUGS, WEIGHTS["country"], 2)
        translated = rng.random() < 0.2
        key = f"page:{n + 1}"
        yield SearchDocument(
            key=key,
            object_key=key,
            kind="practice" if is_practice else "resource",
            title=sentence(rng, language, rng.randint(3, 6)).rstrip(".").capitalize(),
            body=" ".join(sentence(rng, language, 9) for _ in range(rng.randint(4, 10))),
            url=f"/{language}/practices/bench-{n + 1}/",
            language=language,
            audiences=audiences,
            date=day(rng),
            theme=some(rng, THEME_SLUGS, WEIGHTS["theme"], 3),
            stage=some(rng, STAGE_SLUGS, WEIGHTS["stage"], 2) if is_practice else (),
            actor_type=some(rng, ACTOR_SLUGS, WEIGHTS["actor_type"], 3) if is_practice else (),
            target_group=some(rng, TARGET_SLUGS, WEIGHTS["target_group"], 2),
            country=countries if is_practice else (),
            region=tuple(dict.fromkeys(COUNTRY_REGION[c] for c in countries))
            if is_practice
            else (),
            evaluation_type=(rng.choices(EVALUATION_SLUGS, EVALUATION_WEIGHTS)[0],)
            if is_practice
            else (),
            translations=LANGUAGES if translated else (language,),
            translation_key=f"bench:{n // 3 if translated else n}",
        )


def forum_documents(count: int):
    """Topics (their opening post) and replies: members' forums, a few forums of one group."""
    rng = random.Random(SEED + 1)
    topic = None
    for n in range(count):
        if n % POSTS_PER_TOPIC == 0:
            language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
            group = rng.random() < 0.15
            topic = {
                "number": n // POSTS_PER_TOPIC + 1,
                "title": sentence(rng, language, rng.randint(3, 5)).rstrip(".").capitalize(),
                "language": language,
                "audiences": (f"group:{rng.randint(1, GROUPS)}",) if group else ("members",),
                "started": day(rng),
            }
        first = n % POSTS_PER_TOPIC == 0
        key = f"topic:{topic['number']}" if first else f"post:{n + 1}"
        url = f"/{topic['language']}/forums/bench/{topic['number']}/"
        yield SearchDocument(
            key=key,
            object_key=key,
            kind="topic" if first else "post",
            title=topic["title"],
            body=" ".join(sentence(rng, topic["language"], 6) for _ in range(rng.randint(1, 4))),
            url=url if first else f"{url}#post-{n + 1}",
            language=topic["language"],
            audiences=topic["audiences"],
            date=min(TODAY, topic["started"] + timedelta(days=rng.randrange(60))),
            translations=(topic["language"],),
            translation_key=f"topic:{topic['number']}",
        )


def all_documents():
    yield from practice_documents(DOCS)
    yield from forum_documents(POSTS)


class Progress:
    """``[######.....]  60%  660,000/1,100,000 documents  98.3 s  6,712 docs/s``, every 5 %."""

    WIDTH = 30

    def __init__(self, total: int):
        self.total = max(total, 1)
        self.started = time.perf_counter()
        self.shown = -1
        self.practices_done_at: float | None = None
        self.first_batch_at: float | None = None

    def __call__(self, count: int) -> None:
        elapsed = time.perf_counter() - self.started
        if self.first_batch_at is None:
            self.first_batch_at = elapsed
        if self.practices_done_at is None and count >= DOCS:
            self.practices_done_at = elapsed
        twentieth = 20 * count // self.total
        if twentieth == self.shown:
            return
        self.shown = twentieth
        filled = self.WIDTH * count // self.total
        print(
            f"  [{'#' * filled}{'.' * (self.WIDTH - filled)}] {count / self.total:4.0%}"
            f"  {count:>9,}/{self.total:,} documents  {elapsed:6.1f} s"
            f"  {count / elapsed if elapsed else 0:7,.0f} docs/s",
            flush=True,
        )


def build(backend: EmbeddedBackend) -> None:
    total = DOCS + POSTS
    print(f"\nrebuilding the embedded index: {DOCS:,} practices/resources + {POSTS:,} posts")
    progress = Progress(total)
    started = time.perf_counter()
    count = backend.rebuild(all_documents(), total, progress)
    seconds = time.perf_counter() - started
    analyse_started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics, as a live database would have them
    analysed = time.perf_counter() - analyse_started
    print(f"indexed {count:,} documents in {seconds:.1f} s ({count / seconds:,.0f} docs/s)")
    if progress.first_batch_at is not None:
        print(
            f"  removing the previous index, then writing the first batch: "
            f"{progress.first_batch_at:.1f} s"
        )
    if progress.practices_done_at is not None:
        first = progress.practices_done_at
        print(f"  first {DOCS:,} (practices/resources): {first:.1f} s ({DOCS / first:,.0f} docs/s)")
    print(f"  ANALYZE afterwards: {analysed:.1f} s")


# Queries -------------------------------------------------------------------------------------

VISITOR = frozenset({"public"})
MEMBER = frozenset({"public", "members", "group:1"})
CLASS_SHARES = [
    ("word", 0.30),
    ("two words", 0.05),
    ("phrase", 0.20),
    ("text + filters", 0.30),
    ("filters only", 0.10),
    ("misspelt", 0.05),
]


def single_words(language: str) -> list[str]:
    return [phrase for phrase in PHRASES[language] if " " not in phrase]


def multi_words(language: str) -> list[str]:
    return [phrase for phrase in PHRASES[language] if " " in phrase]


def random_filters(rng: random.Random) -> dict[str, tuple[str, ...]]:
    """One or two facet filters, as someone narrowing a result list would pick them."""
    options = [
        ("theme", lambda: (rng.choices(THEME_SLUGS, WEIGHTS["theme"])[0],)),
        ("target_group", lambda: (rng.choices(TARGET_SLUGS, WEIGHTS["target_group"])[0],)),
        ("country", lambda: (rng.choices(COUNTRY_SLUGS, WEIGHTS["country"])[0],)),
        ("region", lambda: (COUNTRY_REGION[rng.choice(COUNTRY_SLUGS)],)),
        ("kind", lambda: (rng.choice(["practice", "resource", "post"]),)),
        ("year", lambda: (str(rng.randint(TODAY.year - 9, TODAY.year)),)),
        ("evaluation_type", lambda: (rng.choice(EVALUATION_SLUGS[1:]),)),
    ]
    chosen = rng.sample(options, rng.randint(1, 2))
    return {name: make() for name, make in chosen}


def query_mix(count: int) -> list[tuple[str, str, str, SearchQuery]]:
    """(class, language, audience label, query), the same on every run."""
    rng = random.Random(SEED + 2)
    classes = []
    for name, share in CLASS_SHARES:
        classes += [name] * round(share * count)
    classes = (classes + ["word"] * count)[:count]
    rng.shuffle(classes)
    mix = []
    for n, kind in enumerate(classes):
        language = LANGUAGES[n % 3]
        who, audiences = ("member", MEMBER) if n % 2 else ("visitor", VISITOR)
        filters: dict = {}
        if kind == "word":
            text = rng.choice(single_words(language))
        elif kind == "two words":
            text = " ".join(rng.sample(single_words(language), 2))
        elif kind == "phrase":
            text = f'"{rng.choice(multi_words(language))}"'
        elif kind == "text + filters":
            text = rng.choice(single_words(language))
            filters = random_filters(rng)
        elif kind == "filters only":
            text = ""
            filters = {**random_filters(rng), "language": (language,)}
        else:
            text = rng.choice(MISSPELLINGS[language])
        sort = "date" if rng.random() < 0.1 else "relevance"
        query = SearchQuery(
            text=text, audiences=audiences, filters=filters, sort=sort, language=language
        )
        mix.append((kind, language, who, query))
    return mix


def suggestion_mix(count: int) -> list[tuple[str, frozenset[str]]]:
    rng = random.Random(SEED + 3)
    prefixes = []
    for n in range(count):
        language = LANGUAGES[n % 3]
        word = rng.choice(single_words(language))
        prefixes.append((word[: max(3, len(word) // 2)], VISITOR if n % 2 else MEMBER))
    return prefixes


def warm_page_cache() -> None:
    """Read the index into the operating system's page cache first, as a server that has been
    answering searches would have it: otherwise the figures measure this machine's disk (a
    cold 2.7 GB SQLite file turns 2 ms statements into 40 ms ones at random)."""
    started = time.perf_counter()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
            cursor.execute(
                "SELECT coalesce(sum(pg_prewarm(c.oid, 'read')), 0) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 't')"
                " AND (c.relname LIKE 'search%%' OR c.relname LIKE 'wagtailsearch%%'"
                " OR c.relname LIKE 'modelsearch%%')"
            )
            (blocks,) = cursor.fetchone()
        size = blocks * 8192
    else:
        size = 0
        with open(connection.settings_dict["NAME"], "rb") as database:
            while chunk := database.read(1 << 20):
                size += len(chunk)
    print(
        f"read {size / 1e6:,.0f} MB of index into the page cache"
        f" in {time.perf_counter() - started:.1f} s"
    )


def run_queries(backend: EmbeddedBackend, mix) -> list[tuple[str, str, str, float, int]]:
    warm_page_cache()
    for _kind, _language, _who, query in mix[:WARM_UP]:
        backend.search(query)
    timings = []
    capped = 0
    for kind, language, who, query in mix:
        start = time.perf_counter()
        results = backend.search(query)
        elapsed = (time.perf_counter() - start) * 1000
        timings.append((kind, language, who, elapsed, results.total))
        capped += results.total_is_lower_bound
    window = settings.SEARCH_EMBEDDED_WINDOW
    print(
        f"\n{capped} of {len(mix)} searches matched more than the window of {window:,}"
        " (SEARCH_EMBEDDED_WINDOW): their totals read 'more than', their facets and ranking"
        " cover the matches in the window"
    )
    return timings


def database_queries_per_search(backend: EmbeddedBackend, mix) -> dict[str, int]:
    """Database queries of the first search of each class (no N+1: a page costs the same)."""
    counts = {}
    for kind, _language, _who, query in mix:
        if kind not in counts:
            with CaptureQueriesContext(connection) as captured:
                backend.search(query)
            counts[kind] = len(captured)
    return counts


def print_table(title: str, rows: dict[str, list[tuple[float, int]]], overall) -> None:
    print(
        f"\n{title:<18} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
        f" {'mean total':>11} {'max total':>10}"
    )
    for label, samples in [*rows.items(), ("overall", overall)]:
        latencies = [ms for ms, _ in samples]
        totals = [total for _, total in samples]
        print(
            f"{label:<18} {len(samples):>5} {percentile(latencies, 0.5):>8.1f}"
            f" {percentile(latencies, 0.95):>8.1f} {percentile(latencies, 0.99):>8.1f}"
            f" {max(latencies):>8.1f} {sum(totals) / len(totals):>11,.0f} {max(totals):>10,}"
        )


def report(timings) -> None:
    by_class: dict = defaultdict(list)
    by_language: dict = defaultdict(list)
    by_audience: dict = defaultdict(list)
    overall = []
    for kind, language, who, ms, total in timings:
        sample = (ms, total)
        by_class[kind].append(sample)
        by_language[language].append(sample)
        by_audience[who].append(sample)
        overall.append(sample)
    order = [name for name, _ in CLASS_SHARES]
    print_table("query class", {k: by_class[k] for k in order if by_class[k]}, overall)
    print_table("language", {k: by_language[k] for k in LANGUAGES}, overall)
    print_table("searcher", {k: by_audience[k] for k in ("visitor", "member")}, overall)


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main() -> None:
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated in {time.perf_counter() - started:.1f} s")
    backend = EmbeddedBackend()
    existing = SearchEntry.objects.count()
    if REBUILD or existing != DOCS + POSTS:
        build(backend)
    else:
        print(f"reusing the existing index of {existing:,} documents (build time not measured)")
    print(f"peak memory after the build (ru_maxrss): {max_rss_mb():,.0f} MB")

    if QUERIES <= 0:
        return
    mix = query_mix(QUERIES)
    timings = run_queries(backend, mix)
    print(
        f"\n{len(timings)} searches (after {WARM_UP} warm-up), each with facet counts over all"
        f" {len(FACET_FIELDS)} facet fields; embedded backend"
        f" on {connection.vendor}; index of {SearchEntry.objects.count():,} documents"
    )
    report(timings)
    counts = database_queries_per_search(backend, mix)
    print("\ndatabase queries per search: " + ", ".join(f"{k} {n}" for k, n in counts.items()))

    suggest_ms = []
    for prefix, audiences in suggestion_mix(SUGGESTIONS):
        start = time.perf_counter()
        backend.suggest(prefix, audiences)
        suggest_ms.append((time.perf_counter() - start) * 1000)
    print(
        f"\nsuggest(): {len(suggest_ms)} calls  p50 {percentile(suggest_ms, 0.5):.1f} ms"
        f"  p95 {percentile(suggest_ms, 0.95):.1f} ms  p99 {percentile(suggest_ms, 0.99):.1f} ms"
    )

    tracemalloc.start()
    for _kind, _language, _who, query in mix[:TRACED_QUERIES]:
        backend.search(query)
    _current, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"\npeak memory: ru_maxrss {max_rss_mb():,.0f} MB (whole process, build included);"
        f" Python allocations during {TRACED_QUERIES} searches (tracemalloc peak, separate"
        f" untimed pass) {traced_peak / 2**20:,.1f} MB"
    )
    overall = [ms for *_rest, ms, _total in timings]
    faceted = [ms for kind, _l, _w, ms, _t in timings if kind in ("text + filters", "filters only")]
    print(
        f"target: p95 < 50 ms with facets — overall p95 {percentile(overall, 0.95):.1f} ms,"
        f" filtered p95 {percentile(faceted, 0.95):.1f} ms"
    )
    print("target: full rebuild of 100,000 documents < 60 s (see the build lines above)")


if __name__ == "__main__":
    main()
