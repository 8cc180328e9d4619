import pytest

from network.choices import PostState
from tests.factories import member
from tests.factories.forums import PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_a_member_sees_their_own_posts_with_their_state(client):
    author = member()
    topic = TopicFactory(title="Family mediation")
    PostFactory(topic=topic, author=author, source="Published text")
    PostFactory(
        topic=topic,
        author=author,
        source="Hidden text",
        state=PostState.HIDDEN,
        moderation_reason="Names a child",
    )
    PostFactory(topic=topic, author=member(), source="SOMEONE-ELSES-POST")
    client.force_login(author)

    page = client.get("/en/forums/activity/").content.decode()

    assert "Published text" in page
    assert "Hidden by a moderator" in page
    assert "Names a child" in page
    assert "SOMEONE-ELSES-POST" not in page


def test_activity_page_is_for_members(client):
    assert client.get("/en/forums/activity/").status_code == 302
