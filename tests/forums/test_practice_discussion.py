import pytest
from django.contrib.auth.models import Group

from network.models import ForumCategory, Topic
from tests.factories import NetworkGroupFactory, join_group, member, restrict_page
from tests.factories.practices import PracticeIndexPageFactory, PracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(home_pages):
    index = PracticeIndexPageFactory(parent=home_pages["en"])
    return PracticePageFactory(parent=index, title="Family mediation in Aktau")


def test_practice_discussion_topic_is_created_once_and_reused(client, practice):
    client.force_login(member())

    first = client.get(f"/en/forums/practice/{practice.pk}/")
    second = client.get(f"/en/forums/practice/{practice.pk}/")

    topic = Topic.objects.get(practice=practice)
    assert (
        first["Location"] == second["Location"] == (f"/en/forums/practice-discussions/{topic.pk}/")
    )
    category = ForumCategory.objects.get(slug="practice-discussions")
    assert category.audience == "members"
    page = client.get(first["Location"]).content.decode()
    assert "Family mediation in Aktau" in page


def test_practice_discussion_needs_the_practice_to_be_visible(client, practice):
    restrict_page(practice, Group.objects.create(name="Some other group"))
    client.force_login(member())

    assert client.get(f"/en/forums/practice/{practice.pk}/").status_code == 404
    assert client.get("/en/forums/practice/999999/").status_code == 404
    assert not Topic.objects.exists()


def test_discussion_of_a_restricted_practice_stays_with_its_readers(client, practice):
    readers = NetworkGroupFactory()
    restrict_page(practice, readers.auth_group)
    insider = member()
    join_group(insider, readers)
    client.force_login(insider)
    location = client.get(f"/en/forums/practice/{practice.pk}/")["Location"]
    client.post(location + "reply/", {"source": "Inside view"})

    client.force_login(member())

    assert client.get(location).status_code == 404
    listing = client.get("/en/forums/practice-discussions/").content.decode()
    assert "Family mediation in Aktau" not in listing
    assert "Family mediation in Aktau" not in client.get("/ar/forums/").content.decode()


def test_practice_page_offers_members_its_discussion(client, home_pages):
    from tests.factories.practices import PracticeIndexPageFactory, PracticePageFactory

    index = PracticeIndexPageFactory(parent=home_pages["en"])
    practice = PracticePageFactory(parent=index, title="Aktau centre", slug="aktau")
    link = f"/en/forums/practice/{practice.pk}/"

    assert link not in client.get(practice.url).content.decode()
    client.force_login(member())
    assert link in client.get(practice.url).content.decode()
