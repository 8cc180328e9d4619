import pytest
from django.core import mail

from network.choices import PostState
from network.models import AuditEntry
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in_with_totp
from tests.factories import member
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client):
    moderator = member(user__email="moderator@example.org")
    moderator.groups.add(ensure_role_groups()[FORUM_MODERATORS])
    sign_in_with_totp(client, moderator)
    client.moderator = moderator
    return client


@pytest.fixture
def topic():
    return TopicFactory(category=ForumCategoryFactory(slug="reintegration"), title="Schooling")


def decide(client, post, action: str, reason: str = ""):
    return client.post(
        f"/admin/network/posts/inspect/{post.pk}/", {"action": action, "reason": reason}
    )


def test_moderator_approves_a_waiting_post_and_the_decision_is_logged(moderator_client, topic):
    post = PostFactory(topic=topic, author=member(), state=PostState.PENDING, source="First post")

    queue = moderator_client.get("/admin/network/posts/?state=pending").content.decode()
    response = decide(moderator_client, post, "approve")

    assert "Schooling" in queue
    assert response.status_code == 302
    post.refresh_from_db()
    topic.refresh_from_db()
    assert post.state == PostState.PUBLISHED
    assert topic.last_post_at == post.created_at
    assert AuditEntry.objects.get(action="forum.post_approved").actor == moderator_client.moderator


def test_rejection_needs_a_reason_which_the_author_receives(moderator_client, topic):
    author = member(user__email="author@example.org")
    post = PostFactory(topic=topic, author=author, state=PostState.PENDING)

    refused = decide(moderator_client, post, "reject", "")
    decide(moderator_client, post, "reject", "Names a child; please rewrite.")

    assert "Tell the author why." in refused.content.decode()
    post.refresh_from_db()
    assert post.state == PostState.REJECTED
    assert mail.outbox[-1].to == ["author@example.org"]
    assert "Names a child; please rewrite." in mail.outbox[-1].body


def test_hidden_post_disappears_for_members_and_can_be_restored(
    moderator_client, client_factory, topic
):
    post = PostFactory(topic=topic, author=member(), source="CANARY-HIDDEN-POST")
    reader = client_factory()
    reader.force_login(member())
    url = f"/en/forums/{topic.category.slug}/{topic.pk}/"
    assert "CANARY-HIDDEN-POST" in reader.get(url).content.decode()

    decide(moderator_client, post, "hide", "Off topic")
    assert "CANARY-HIDDEN-POST" not in reader.get(url).content.decode()

    decide(moderator_client, post, "restore", "Reviewed again")
    assert "CANARY-HIDDEN-POST" in reader.get(url).content.decode()
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions[-2:] == ["forum.post_hidden", "forum.post_restored"]


def test_members_cannot_reach_the_moderation_queue(client):
    client.force_login(member())

    assert client.get("/admin/network/posts/").status_code == 302
