import pytest

from network import groups
from network.choices import GroupRole
from network.models import GroupMembership
from tests.factories import (
    ContentPageFactory,
    NetworkGroupFactory,
    join_group,
    member,
    restrict_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def group():
    return NetworkGroupFactory(name="Central Asia network", slug="central-asia")


@pytest.fixture
def group_page(home_pages, group):
    page = ContentPageFactory(parent=home_pages["en"], title="Regional roster", slug="roster")
    restrict_page(page, group.auth_group)
    return "/en/roster/"


def test_member_who_leaves_a_group_loses_its_pages_at_once(client, group, group_page):
    leaver = member()
    join_group(leaver, group)
    client.force_login(leaver)
    assert client.get(group_page).status_code == 200

    response = client.post(f"/en/groups/{group.slug}/leave/", follow=True)

    assert response.redirect_chain == [("/en/groups/", 302)]
    assert "You have left the group." in response.content.decode()
    assert client.get(group_page).status_code == 403
    assert not GroupMembership.objects.filter(group=group, user=leaver).exists()


def test_member_removed_from_a_group_loses_its_pages_at_once(client, group, group_page):
    manager = member()
    join_group(manager, group, GroupRole.MANAGER)
    removed = member()
    membership = join_group(removed, group)
    client.force_login(removed)
    assert client.get(group_page).status_code == 200

    groups.remove_from_group(membership, actor=manager, reason="Left the service.")

    assert client.get(group_page).status_code == 403


def test_leaving_one_group_keeps_the_pages_of_another(client, home_pages, group, group_page):
    other = NetworkGroupFactory()
    other_page = ContentPageFactory(parent=home_pages["en"], title="Other", slug="other")
    restrict_page(other_page, other.auth_group)
    user = member()
    join_group(user, group)
    join_group(user, other)
    client.force_login(user)

    client.post(f"/en/groups/{group.slug}/leave/")

    assert client.get(group_page).status_code == 403
    assert client.get("/en/other/").status_code == 200


def test_member_who_left_still_sees_pages_for_all_members(client, home_pages, group, group_page):
    from network import policy

    members_page = ContentPageFactory(parent=home_pages["en"], title="Members", slug="all")
    restrict_page(members_page, policy.members_group())
    user = member()
    join_group(user, group)
    client.force_login(user)

    client.post(f"/en/groups/{group.slug}/leave/")

    assert client.get("/en/all/").status_code == 200


def test_leaving_a_group_you_are_not_in_is_not_found(client, group):
    client.force_login(member())

    response = client.post(f"/en/groups/{group.slug}/leave/")

    assert response.status_code == 404
