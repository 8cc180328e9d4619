import pytest

from network import groups
from network.choices import GroupMembershipState
from tests.factories import AccountFactory, NetworkGroupFactory, join_group, member
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db

CANARIES = ("Canary forum", "Canary topic", "Canary post text")


@pytest.fixture
def canary_topic():
    category = ForumCategoryFactory(name="Canary forum", slug="canary")
    topic = TopicFactory(category=category, title="Canary topic")
    PostFactory(topic=topic, source="Canary post text")
    return topic


def assert_no_canary(response):
    page = response.content.decode()
    for canary in CANARIES:
        assert canary not in page


def test_visitor_is_told_what_the_forums_are_without_seeing_any(client, canary_topic):
    response = client.get("/en/forums/")

    assert response.status_code == 200
    assert "vetted members" in response.content.decode()
    assert "Join the network" in response.content.decode()
    assert_no_canary(response)
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_applicant_is_told_the_forums_open_after_approval(client, canary_topic):
    client.force_login(AccountFactory())

    response = client.get("/en/forums/")

    assert response.status_code == 200
    assert "once your membership is approved" in response.content.decode()
    assert_no_canary(response)


def test_visitor_and_applicant_cannot_open_a_forum_or_topic(client, canary_topic):
    paths = ("/en/forums/canary/", f"/en/forums/canary/{canary_topic.pk}/")
    for path in paths:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")
    client.force_login(AccountFactory())
    for path in paths:
        response = client.get(path)
        assert response.status_code == 403
        assert_no_canary(response)


def test_member_sees_member_forums_but_not_another_groups_forum(client):
    ForumCategoryFactory(name="Open forum", slug="open")
    theirs = NetworkGroupFactory()
    secret = ForumCategoryFactory(name="Canary forum", slug="canary", groups=[theirs])
    secret.audience = "groups"
    secret.save()
    topic = TopicFactory(category=secret, title="Canary topic")
    PostFactory(topic=topic, source="Canary post text")
    client.force_login(member())

    index = client.get("/en/forums/")
    assert "Open forum" in index.content.decode()
    assert_no_canary(index)
    for path in ("/en/forums/canary/", f"/en/forums/canary/{topic.pk}/"):
        response = client.get(path)
        assert response.status_code == 404
        assert_no_canary(response)


def test_group_member_sees_their_groups_forum(client):
    group = NetworkGroupFactory()
    category = ForumCategoryFactory(name="Group forum", slug="group", audience="groups")
    category.groups.set([group])
    user = member()
    join_group(user, group)
    client.force_login(user)

    assert "Group forum" in client.get("/en/forums/").content.decode()
    assert client.get("/en/forums/group/").status_code == 200


def test_member_removed_from_a_group_loses_its_forum_at_once(client):
    group = NetworkGroupFactory()
    category = ForumCategoryFactory(name="Canary forum", slug="canary", audience="groups")
    category.groups.set([group])
    topic = TopicFactory(category=category, title="Canary topic")
    PostFactory(topic=topic, source="Canary post text")
    user = member()
    membership = join_group(user, group)
    client.force_login(user)
    assert client.get(f"/en/forums/canary/{topic.pk}/").status_code == 200

    groups.remove_from_group(membership, actor=member(), reason="Left the organisation")

    assert not group.memberships.filter(state=GroupMembershipState.ACTIVE, user=user).exists()
    assert_no_canary(client.get("/en/forums/"))
    assert client.get(f"/en/forums/canary/{topic.pk}/").status_code == 404
    response = client.post(f"/en/forums/canary/{topic.pk}/reply/", {"source": "Still here?"})
    assert response.status_code == 404
    assert not topic.posts.filter(source="Still here?").exists()


def test_odd_addresses_never_fail(client, canary_topic):
    client.force_login(member())
    base = f"/en/forums/canary/{canary_topic.pk}"
    for path, status in (
        ("/en/forums/nowhere/", 404),
        ("/en/forums/canary/999999/", 404),
        ("/en/forums/canary/?page=abc", 200),
        ("/en/forums/canary/?page=99999", 200),
        (f"{base}/?page=-1", 200),
        (f"{base}/?page=x&quote=nonsense", 200),
        (f"{base}/reply/?quote=999999", 200),
        (f"{base}/posts/999999/edit/", 404),
    ):
        assert client.get(path).status_code == status, path
    assert client.get(f"{base}/posts/999999/thanks/").status_code == 405
    assert client.post(f"{base}/posts/999999/thanks/").status_code == 404
    assert client.post(f"{base}/reply/", {"source": ""}).status_code == 200
    assert client.post(f"{base}/reply/", {"quote": "abc", "source": "x"}).status_code == 200
