import pytest

from network.choices import GroupMembershipState, GroupRole
from network.models import GroupMembership
from tests.factories import (
    AccountFactory,
    ContentPageFactory,
    NetworkGroupFactory,
    join_group,
    member,
    restrict_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def group():
    return NetworkGroupFactory(name="Prison chaplains", slug="prison-chaplains")


@pytest.fixture
def manager(group):
    user = member()
    join_group(user, group, GroupRole.MANAGER)
    return user


@pytest.fixture
def group_page(home_pages, group):
    page = ContentPageFactory(parent=home_pages["en"], title="Visit protocols", slug="visits")
    restrict_page(page, group.auth_group)
    return "/en/visits/"


def invite(client, group, email):
    return client.post(f"/en/groups/{group.slug}/invite/", {"email": email}, follow=True)


def test_invited_member_who_accepts_can_open_the_groups_pages(client, group, manager, group_page):
    invitee = member(user__email="gulnara@example.org")
    client.force_login(manager)

    response = invite(client, group, "Gulnara@Example.org")

    assert "Invitation sent." in response.content.decode()
    client.force_login(invitee)
    assert client.get(group_page).status_code == 403
    group_view = client.get(f"/en/groups/{group.slug}/").content.decode()
    assert "You have been invited to join this group." in group_view
    assert f"/en/groups/{group.slug}/invitation/accept/" in group_view

    response = client.post(f"/en/groups/{group.slug}/invitation/accept/", follow=True)

    assert "Welcome to the group." in response.content.decode()
    assert "Leave group" in response.content.decode()
    assert client.get(group_page).status_code == 200


def test_invited_member_who_declines_gets_no_access(client, group, manager, group_page):
    invitee = member(user__email="gulnara@example.org")
    client.force_login(manager)
    invite(client, group, "gulnara@example.org")

    client.force_login(invitee)
    response = client.post(f"/en/groups/{group.slug}/invitation/decline/", follow=True)

    assert "Invitation declined." in response.content.decode()
    assert "Ask to join" in response.content.decode()
    assert not GroupMembership.objects.filter(group=group, user=invitee).exists()
    assert client.get(group_page).status_code == 403


def test_invitation_cannot_be_accepted_by_someone_else(client, group, manager, group_page):
    invitee = member(user__email="gulnara@example.org")
    client.force_login(manager)
    invite(client, group, "gulnara@example.org")
    bystander = member()

    client.force_login(bystander)
    response = client.post(f"/en/groups/{group.slug}/invitation/accept/")

    assert response.status_code == 404
    assert not GroupMembership.objects.filter(group=group, user=bystander).exists()
    membership = GroupMembership.objects.get(group=group, user=invitee)
    assert membership.state == GroupMembershipState.INVITED


def test_inviting_an_address_that_belongs_to_no_member_says_so(client, group, manager):
    client.force_login(manager)

    response = invite(client, group, "nobody-here@example.org")

    assert "There is no member with that e-mail address." in response.content.decode()
    assert "Invitation sent." not in response.content.decode()
    assert list(GroupMembership.objects.filter(group=group)) == [
        GroupMembership.objects.get(user=manager)
    ]


def test_inviting_an_applicant_says_there_is_no_such_member(client, group, manager):
    applicant = AccountFactory(email="applicant@example.org")
    client.force_login(manager)

    response = invite(client, group, "applicant@example.org")

    assert "There is no member with that e-mail address." in response.content.decode()
    assert not GroupMembership.objects.filter(user=applicant).exists()


def test_inviting_something_that_is_not_an_address_asks_for_a_valid_one(client, group, manager):
    client.force_login(manager)

    response = invite(client, group, "not an address")

    assert "Enter a valid e-mail address." in response.content.decode()
    assert GroupMembership.objects.filter(group=group).count() == 1


def test_member_who_is_not_a_manager_cannot_invite(client, group, manager):
    ordinary = member()
    join_group(ordinary, group)
    invitee = member(user__email="gulnara@example.org")
    client.force_login(ordinary)

    response = invite(client, group, "gulnara@example.org")

    assert "Only the group" in response.content.decode()
    assert "managers can invite." in response.content.decode()
    assert not GroupMembership.objects.filter(group=group, user=invitee).exists()


def test_a_non_manager_learns_nothing_about_which_addresses_have_accounts(client, group, manager):
    member(user__email="gulnara@example.org")
    AccountFactory(email="applicant@example.org")
    client.force_login(member())

    answers = {
        email: invite(client, group, email).content.decode()
        for email in ("gulnara@example.org", "applicant@example.org", "nobody@example.org")
    }

    for page in answers.values():
        assert "managers can invite." in page
        assert "There is no member with that e-mail address." not in page


def test_only_managers_see_the_invitation_form(client, group, manager):
    ordinary = member()
    join_group(ordinary, group)

    client.force_login(ordinary)
    ordinary_view = client.get(f"/en/groups/{group.slug}/").content.decode()
    client.force_login(manager)
    manager_view = client.get(f"/en/groups/{group.slug}/").content.decode()

    assert f"/en/groups/{group.slug}/invite/" not in ordinary_view
    assert f"/en/groups/{group.slug}/invite/" in manager_view
    assert "Invite a member" in manager_view


def test_inviting_a_member_who_asked_to_join_lets_them_in(client, group, manager, group_page):
    joiner = member(user__email="timur@example.org")
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")

    client.force_login(manager)
    invite(client, group, "timur@example.org")

    client.force_login(joiner)
    assert client.get(group_page).status_code == 200


def test_an_unknown_answer_to_an_invitation_changes_nothing(client, group, manager):
    invitee = member(user__email="gulnara@example.org")
    client.force_login(manager)
    invite(client, group, "gulnara@example.org")

    client.force_login(invitee)
    response = client.post(f"/en/groups/{group.slug}/invitation/maybe/")

    assert response.status_code == 404
    membership = GroupMembership.objects.get(group=group, user=invitee)
    assert membership.state == GroupMembershipState.INVITED
