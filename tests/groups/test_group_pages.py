import pytest

from network.choices import GroupRole, MemberStatus
from tests.factories import AccountFactory, NetworkGroupFactory, join_group, member

pytestmark = pytest.mark.django_db


def test_visitor_is_asked_to_sign_in_before_seeing_groups(client):
    group = NetworkGroupFactory()

    for path in ("/en/groups/", f"/en/groups/{group.slug}/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"/en/accounts/login/?next={path}"


def test_applicant_cannot_see_groups(client):
    group = NetworkGroupFactory(name="Secret working group")
    client.force_login(AccountFactory())

    for path in ("/en/groups/", f"/en/groups/{group.slug}/"):
        response = client.get(path)
        assert response.status_code == 403
        assert "Secret working group" not in response.content.decode()
        assert "This is for vetted members" in response.content.decode()


def test_applicant_cannot_ask_to_join_a_group(client):
    group = NetworkGroupFactory()
    client.force_login(AccountFactory())

    response = client.post(f"/en/groups/{group.slug}/join/")

    assert response.status_code == 403
    assert not group.memberships.exists()


def test_suspended_member_cannot_see_groups(client):
    group = NetworkGroupFactory(name="Secret working group")
    suspended = member(status=MemberStatus.SUSPENDED)
    join_group(suspended, group)
    client.force_login(suspended)

    response = client.get("/en/groups/")

    assert response.status_code == 403
    assert "Secret working group" not in response.content.decode()


def test_member_sees_every_group_and_their_own_standing(client):
    NetworkGroupFactory(name="Balkans network")
    mine = NetworkGroupFactory(name="Probation practice")
    user = member()
    join_group(user, mine, GroupRole.MANAGER)
    client.force_login(user)

    response = client.get("/en/groups/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Balkans network" in page
    assert "Probation practice" in page
    assert "Active, Manager" in page


def test_group_page_lists_its_members_to_its_members(client):
    group = NetworkGroupFactory()
    join_group(member(user__full_name="Aigerim Seitkali"), group, GroupRole.MANAGER)
    insider = member(user__full_name="Bakyt Insider")
    join_group(insider, group)
    client.force_login(insider)

    page = client.get(f"/en/groups/{group.slug}/").content.decode()

    assert "Members of this group" in page
    assert "Aigerim Seitkali (Manager)" in page
    assert "Bakyt Insider" in page


def test_group_page_hides_its_members_from_other_members(client):
    group = NetworkGroupFactory(name="Family reunification")
    join_group(member(user__full_name="Aigerim Seitkali"), group, GroupRole.MANAGER)
    client.force_login(member())

    response = client.get(f"/en/groups/{group.slug}/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Family reunification" in page
    assert "Aigerim Seitkali" not in page
    assert "Members of this group" not in page
    assert "Ask to join" in page


def test_group_page_hides_its_members_from_pending_requests_and_invitations(client):
    group = NetworkGroupFactory()
    manager = member(user__full_name="Aigerim Seitkali")
    join_group(manager, group, GroupRole.MANAGER)
    joiner = member(user__email="joiner@example.org")
    invitee = member(user__email="invitee@example.org")
    client.force_login(joiner)
    client.post(f"/en/groups/{group.slug}/join/")
    client.force_login(manager)
    client.post(f"/en/groups/{group.slug}/invite/", {"email": "invitee@example.org"})

    for user in (joiner, invitee):
        client.force_login(user)
        page = client.get(f"/en/groups/{group.slug}/").content.decode()
        assert "Aigerim Seitkali" not in page


def test_group_page_lists_its_members_to_its_managers(client):
    group = NetworkGroupFactory()
    manager = member(user__full_name="Aigerim Seitkali")
    join_group(manager, group, GroupRole.MANAGER)
    join_group(member(user__full_name="Bakyt Insider"), group)
    client.force_login(manager)

    page = client.get(f"/en/groups/{group.slug}/").content.decode()

    assert "Bakyt Insider" in page
    assert "Requests to join" in page


def test_suspended_manager_loses_the_management_tools(client):
    group = NetworkGroupFactory()
    manager = member(status=MemberStatus.SUSPENDED)
    join_group(manager, group, GroupRole.MANAGER)
    client.force_login(manager)

    response = client.get(f"/en/groups/{group.slug}/")

    assert response.status_code == 403
    assert "Requests to join" not in response.content.decode()


def test_unknown_group_is_not_found(client):
    client.force_login(member())

    assert client.get("/en/groups/no-such-group/").status_code == 404


def test_group_page_does_not_list_suspended_members(client):
    group = NetworkGroupFactory()
    insider = member()
    join_group(insider, group)
    join_group(member(user__full_name="Suspended Person", status=MemberStatus.SUSPENDED), group)
    client.force_login(insider)

    page = client.get(f"/en/groups/{group.slug}/").content.decode()

    assert "Suspended Person" not in page


def test_staff_appointing_a_manager_in_the_admin_gives_group_access_at_once(client, home_pages):
    from tests.conftest import sign_in_with_totp
    from tests.factories import vetting_officer

    group = NetworkGroupFactory()
    newcomer = member()
    officer = vetting_officer()
    sign_in_with_totp(client, officer)

    response = client.post(
        "/admin/network/group-memberships/new/",
        {"group": group.pk, "user": newcomer.pk, "role": "manager", "state": "active"},
    )

    assert response["Location"] == "/admin/network/group-memberships/"
    assert newcomer.groups.filter(pk=group.auth_group_id).exists()
