import pytest

from network.choices import GroupMembershipState, GroupRole
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
    return NetworkGroupFactory(name="Returnee families", slug="returnee-families")


@pytest.fixture
def manager(group):
    user = member(user__full_name="Madina Manager")
    join_group(user, group, GroupRole.MANAGER)
    return user


@pytest.fixture
def group_page(home_pages, group):
    page = ContentPageFactory(parent=home_pages["en"], title="Case notes", slug="case-notes")
    restrict_page(page, group.auth_group)
    return "/en/case-notes/"


def request_url(group, membership, decision):
    return f"/en/groups/{group.slug}/requests/{membership.pk}/{decision}/"


def test_member_approved_by_a_manager_can_open_the_groups_pages(client, group, manager, group_page):
    joiner = member(user__full_name="Timur Joiner")
    client.force_login(joiner)
    assert client.get(group_page).status_code == 403

    response = client.post(f"/en/groups/{group.slug}/join/", follow=True)

    assert response.redirect_chain == [(f"/en/groups/{group.slug}/", 302)]
    assert "Your request has been sent to the group" in response.content.decode()
    assert "Your request to join is waiting for a manager." in response.content.decode()
    assert client.get(group_page).status_code == 403

    membership = GroupMembership.objects.get(group=group, user=joiner)
    client.force_login(manager)
    manager_view = client.get(f"/en/groups/{group.slug}/").content.decode()
    assert "Timur Joiner" in manager_view
    assert request_url(group, membership, "approve") in manager_view

    response = client.post(request_url(group, membership, "approve"), follow=True)
    assert "Request approved." in response.content.decode()
    assert "No requests are waiting." in response.content.decode()

    client.force_login(joiner)
    response = client.get(group_page)
    assert response.status_code == 200
    assert "Case notes" in response.content.decode()


def test_member_whose_request_is_declined_gets_no_access(client, group, manager, group_page):
    joiner = member(user__full_name="Timur Joiner")
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")
    membership = GroupMembership.objects.get(group=group, user=joiner)

    client.force_login(manager)
    response = client.post(request_url(group, membership, "decline"), follow=True)

    assert "Request declined." in response.content.decode()
    assert "Timur Joiner" not in response.content.decode()
    assert not GroupMembership.objects.filter(group=group, user=joiner).exists()
    client.force_login(joiner)
    assert client.get(group_page).status_code == 403
    assert "Ask to join" in client.get(f"/en/groups/{group.slug}/").content.decode()


def test_ordinary_member_of_the_group_cannot_approve_a_request(client, group, manager, group_page):
    joiner = member()
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")
    membership = GroupMembership.objects.get(group=group, user=joiner)
    ordinary = member()
    join_group(ordinary, group)

    client.force_login(ordinary)
    page = client.get(f"/en/groups/{group.slug}/").content.decode()
    response = client.post(request_url(group, membership, "approve"), follow=True)

    assert request_url(group, membership, "approve") not in page
    assert "Only the group" in response.content.decode()
    assert "managers can approve requests." in response.content.decode()
    assert "Request approved." not in response.content.decode()
    membership.refresh_from_db()
    assert membership.state == GroupMembershipState.REQUESTED
    client.force_login(joiner)
    assert client.get(group_page).status_code == 403


def test_member_outside_the_group_cannot_decline_a_request(client, group, manager):
    joiner = member()
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")
    membership = GroupMembership.objects.get(group=group, user=joiner)

    client.force_login(member())
    response = client.post(request_url(group, membership, "decline"), follow=True)

    assert "managers can decline requests." in response.content.decode()
    assert GroupMembership.objects.filter(pk=membership.pk).exists()


def test_manager_of_another_group_cannot_approve_a_request(client, group, manager, group_page):
    other_group = NetworkGroupFactory()
    other_manager = member()
    join_group(other_manager, other_group, GroupRole.MANAGER)
    joiner = member()
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")
    membership = GroupMembership.objects.get(group=group, user=joiner)

    client.force_login(other_manager)
    client.post(request_url(other_group, membership, "approve"))
    client.post(request_url(group, membership, "approve"))

    membership.refresh_from_db()
    assert membership.state == GroupMembershipState.REQUESTED
    client.force_login(joiner)
    assert client.get(group_page).status_code == 403


def test_an_unknown_decision_on_a_request_changes_nothing(client, group, manager):
    joiner = member()
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")
    membership = GroupMembership.objects.get(group=group, user=joiner)

    client.force_login(manager)
    response = client.post(request_url(group, membership, "whatever"))

    assert response.status_code == 404
    membership.refresh_from_db()
    assert membership.state == GroupMembershipState.REQUESTED


def test_asking_twice_keeps_a_single_pending_request(client, group, manager):
    joiner = member()
    client.force_login(joiner)

    client.post(f"/en/groups/{group.slug}/join/")
    client.post(f"/en/groups/{group.slug}/join/")

    memberships = GroupMembership.objects.filter(group=group, user=joiner)
    assert [m.state for m in memberships] == [GroupMembershipState.REQUESTED]


def test_joining_only_accepts_a_posted_form(client, group):
    client.force_login(member())

    response = client.get(f"/en/groups/{group.slug}/join/")

    assert response.status_code == 405
    assert not GroupMembership.objects.exists()
