import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from network import forums, notifications
from tests.factories import member
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_with_the_database_worker_a_reply_is_mailed_only_when_the_worker_runs():
    category = ForumCategoryFactory(slug="families")
    follower = member(user__email="follower@example.org")
    topic = TopicFactory(category=category, title="School enrolment")
    PostFactory(topic=topic, author=follower)
    notifications.follow(follower, topic)
    author = member()
    for _ in range(2):  # the author's first posts pass pre-moderation already
        PostFactory(topic=TopicFactory(category=category), author=author)

    with override_settings(TASKS=DATABASE_TASKS):
        forums.reply(topic, author, "We use one contact teacher per school.")
        assert not [m for m in mail.outbox if "follower@example.org" in m.to], "not sent yet"

        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert [m for m in mail.outbox if "follower@example.org" in m.to]
