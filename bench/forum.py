"""Forum latency at scale: 10,000 topics and 1,000,000 posts in one members' forum.

Run with `make bench-forum`. By default it uses its own SQLite file, var/bench-forum.sqlite3
(never the demo database var/db.sqlite3). For PostgreSQL, point BENCH_DATABASE_URL at a
database of its own; it is created if missing (through the server's "postgres" database):

    BENCH_DATABASE_URL=$(scripts/postgres start)_bench make bench-forum

The script migrates the database, then generates the data once (a later run finds the bench
forum and reuses it; delete the SQLite file or drop the database to generate again):

    BENCH_MEMBERS  members with an active profile (default 200)
    BENCH_TOPICS   topics (default 10000)
    BENCH_POSTS    posts (default 1000000); one topic gets exactly 500, the rest are spread
                   evenly over the other topics

It then requests, through Django's test client as a signed-in member, the topic list (first and
a deep page) and the 500-post topic (first and last page): one warm-up, then BENCH_ROUNDS timed
requests each (default 50), reporting queries per request and p50/p95/p99 latency.
"""

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "")
# Set, not defaulted: the bench must never write into the demo database.
os.environ["DATABASE_URL"] = (
    BENCH_DATABASE_URL or f"sqlite:///{ROOT / 'var' / 'bench-forum.sqlite3'}"
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange.settings.dev")
os.environ.setdefault("DEBUG", "false")

MEMBERS = int(os.environ.get("BENCH_MEMBERS", "200"))
TOPICS = int(os.environ.get("BENCH_TOPICS", "10000"))
POSTS = int(os.environ.get("BENCH_POSTS", "1000000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "50"))
BIG_TOPIC_POSTS = 500
BATCH = 5000
PROGRESS_EVERY = 100_000
CATEGORY_SLUG = "bench"
TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20


from bench.databases import ensure_postgres_database  # noqa: E402

if BENCH_DATABASE_URL.startswith(("postgres://", "postgresql://", "pgsql://")):
    ensure_postgres_database(BENCH_DATABASE_URL.replace("pgsql://", "postgres://", 1))
else:
    (ROOT / "var").mkdir(exist_ok=True)

django.setup()

from contextlib import contextmanager  # noqa: E402

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from bench.measuring import measure, percentile  # noqa: E402
from network import policy  # noqa: E402
from network.choices import ForumAudience, MemberStatus, OrganisationType, PostState  # noqa: E402
from network.models import (  # noqa: E402
    ForumCategory,
    MemberProfile,
    Organisation,
    Post,
    Topic,
    User,
)

POST_SOURCE = "A reply with **some** text, about the same length as a short forum answer."
POST_HTML = (
    "<p>A reply with <strong>some</strong> text, about the same length as a short forum answer.</p>"
)


@contextmanager
def explicit_timestamps(*fields):
    """Let bulk_create keep the given creation times instead of stamping them all "now"."""
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def post_topics(topics: int, posts: int):
    """Topic index (0-based) of every post, in posting order: topic 0 gets BIG_TOPIC_POSTS
    posts spread over the whole period, the others share the rest in turn."""
    big = min(BIG_TOPIC_POSTS, posts)
    step = max(1, posts // big) if big else posts + 1
    given = 0
    other = 0
    for k in range(posts):
        if given < big and k % step == 0:
            given += 1
            yield 0
        else:
            yield 1 + other % (topics - 1)
            other += 1


def create_members(count: int) -> list[User]:
    organisation = Organisation.objects.create(
        name="Bench organisation",
        slug="bench-organisation",
        kind=OrganisationType.MUNICIPALITY,
        country="KZ",
        city="Aktau",
        verified=True,
    )
    User.objects.bulk_create(
        [
            User(
                username=f"bench-{n}",
                email=f"bench-{n}@bench.test",
                full_name=f"Bench Member {n}",
                password=make_password(None),  # unusable: the bench uses force_login
            )
            for n in range(count)
        ],
        batch_size=BATCH,
    )
    users = list(User.objects.filter(username__startswith="bench-").order_by("pk"))
    MemberProfile.objects.bulk_create(
        [
            MemberProfile(
                user=user,
                organisation=organisation,
                job_title="Social worker",
                country="KZ",
                city="Aktau",
                languages=["ru", "kk"],
                status=MemberStatus.ACTIVE,
            )
            for user in users
        ]
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
    )
    members_group = policy.members_group()
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=user.pk, group_id=members_group.pk) for user in users]
    )
    return users


def generate() -> None:
    if TOPICS < 2:
        sys.exit("BENCH_TOPICS must be at least 2.")
    started = time.perf_counter()
    now = timezone.now()
    interval = timedelta(seconds=30)
    first = now - interval * POSTS
    # Creation time of each topic's first and last post, before any row is written.
    first_at: list = [None] * TOPICS
    last_at: list = [None] * TOPICS
    for k, index in enumerate(post_topics(TOPICS, POSTS)):
        at = first + interval * k
        if first_at[index] is None:
            first_at[index] = at
        last_at[index] = at
    with (
        transaction.atomic(),
        explicit_timestamps(
            Topic._meta.get_field("created_at"), Post._meta.get_field("created_at")
        ),
    ):
        users = create_members(MEMBERS)
        category = ForumCategory.objects.create(
            name="Bench forum",
            slug=CATEGORY_SLUG,
            description="Generated for the forum benchmark.",
            audience=ForumAudience.MEMBERS,
            locale=Locale.get_default(),
        )
        for start in range(0, TOPICS, BATCH):
            batch = [
                Topic(
                    category=category,
                    title=f"Bench topic {n}" if n else "Bench topic with 500 posts",
                    author_id=users[n % len(users)].pk,
                    created_at=first_at[n] or first,
                    last_post_at=last_at[n],
                )
                for n in range(start, min(start + BATCH, TOPICS))
            ]
            Topic.objects.bulk_create(batch, batch_size=BATCH)
        topic_ids = list(Topic.objects.filter(category=category).order_by("pk").values_list("pk"))
        topic_ids = [pk for (pk,) in topic_ids]
        batch = []
        author_ids = [user.pk for user in users]
        for k, index in enumerate(post_topics(TOPICS, POSTS)):
            batch.append(
                Post(
                    topic_id=topic_ids[index],
                    author_id=author_ids[(k * 7) % len(author_ids)],
                    source=POST_SOURCE,
                    html=POST_HTML,
                    state=PostState.PUBLISHED,
                    created_at=first + interval * k,
                )
            )
            if len(batch) == BATCH:
                Post.objects.bulk_create(batch, batch_size=BATCH)
                batch = []
            if (k + 1) % PROGRESS_EVERY == 0:
                print(f"  {k + 1:>9,} posts  {time.perf_counter() - started:6.1f} s", flush=True)
        if batch:
            Post.objects.bulk_create(batch, batch_size=BATCH)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # planner statistics, as a live database would have them
    print(
        f"generated {MEMBERS} members, {TOPICS:,} topics, {POSTS:,} posts "
        f"in {time.perf_counter() - started:.1f} s"
    )


def main() -> None:
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrated in {time.perf_counter() - started:.1f} s")
    category = ForumCategory.objects.filter(slug=CATEGORY_SLUG).first()
    if category is None:
        generate()
        category = ForumCategory.objects.get(slug=CATEGORY_SLUG)
    else:
        print("bench data already generated: reusing it (generation time not measured)")
    topic_count = Topic.objects.filter(category=category).count()
    post_count = Post.objects.filter(topic__category=category).count()
    big = Topic.objects.filter(category=category).order_by("pk").first()
    big_posts = big.posts.count()
    print(f"data: {topic_count:,} topics, {post_count:,} posts; topic {big.pk} has {big_posts}")

    member = Client(HTTP_HOST="localhost")
    member.force_login(User.objects.filter(username__startswith="bench-").order_by("pk").first())
    language = Locale.get_default().language_code
    base = f"/{language}/forums/{category.slug}/"
    list_pages = -(-topic_count // TOPICS_PER_PAGE)
    deep = min(200, list_pages)
    last = max(1, -(-big_posts // POSTS_PER_PAGE))
    rows = [
        ("topic list, page 1", base),
        (f"topic list, page {deep}", f"{base}?page={deep}"),
        (f"{big_posts}-post topic, page 1", f"{base}{big.pk}/"),
        (f"{big_posts}-post topic, page {last}", f"{base}{big.pk}/?page={last}"),
    ]
    print(
        f"\n{'page':<28} {'url':<28} {'status':>6} {'queries':>7} "
        f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
    )
    for label, url in rows:
        status, queries, timings = measure(member, url, ROUNDS)
        print(
            f"{label:<28} {url:<28} {status:>6} {queries:>7} {percentile(timings, 0.5):>8.1f} "
            f"{percentile(timings, 0.95):>8.1f} {percentile(timings, 0.99):>8.1f}",
            flush=True,
        )
    print(f"({ROUNDS} timed requests per row after one warm-up; signed-in member)")
    print("target: p95 < 100 ms")


if __name__ == "__main__":
    main()
