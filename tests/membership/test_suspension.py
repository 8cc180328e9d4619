import pytest

from network import vetting
from network.choices import MemberStatus
from network.models import GroupMembership
from network.policy import is_member, members_group
from tests.factories import (
    ContentPageFactory,
    MemberProfileFactory,
    NetworkGroupFactory,
    join_group,
    restrict_page,
    vetting_officer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def members_page(home_pages):
    page = ContentPageFactory(parent=home_pages["en"], title="Members only", slug="inside")
    restrict_page(page, members_group())
    return page


def test_suspension_ends_the_members_sessions_and_access_at_once(client, members_page):
    profile = MemberProfileFactory()
    client.force_login(profile.user)
    assert client.get("/en/inside/").status_code == 200

    vetting.suspend_member(profile, vetting_officer(), "Breach of confidentiality")

    response = client.get("/en/inside/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert not is_member(profile.user)
    assert not profile.user.groups.filter(pk=members_group().pk).exists()


def test_suspended_member_who_signs_in_again_sees_no_gated_content(client, members_page):
    profile = MemberProfileFactory()
    vetting.suspend_member(profile, vetting_officer(), "Under review")
    client.force_login(profile.user)

    assert client.get("/en/inside/").status_code == 403
    assert client.get("/en/members/").status_code == 403
    assert "suspended" in client.get("/en/membership/").content.decode()


def test_removal_ends_membership_and_every_group_membership(client):
    profile = MemberProfileFactory()
    join_group(profile.user, NetworkGroupFactory())

    vetting.remove_member(profile, vetting_officer(), "Left the prison service")

    profile.refresh_from_db()
    assert profile.status == MemberStatus.REMOVED
    assert not GroupMembership.objects.filter(user=profile.user).exists()
    assert not profile.user.groups.exists()


def test_suspension_needs_a_reason():
    profile = MemberProfileFactory()

    with pytest.raises(vetting.DecisionError):
        vetting.suspend_member(profile, vetting_officer(), "  ")

    profile.refresh_from_db()
    assert profile.status == MemberStatus.ACTIVE
