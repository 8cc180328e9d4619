import pytest

from network.choices import MemberStatus, Visibility
from tests.factories import (
    MemberProfileFactory,
    NetworkGroupFactory,
    OrganisationFactory,
    join_group,
    member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Mangystau Social Services", slug="mangystau")


def names_on_page(client, viewer, organisation):
    client.force_login(viewer)
    response = client.get(f"/en/organisations/{organisation.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_organisation_page_lists_only_members_who_show_their_organisation(client, organisation):
    MemberProfileFactory(organisation=organisation, user__full_name="Open Member")
    MemberProfileFactory(
        organisation=organisation,
        user__full_name="Private Member",
        organisation_visibility=Visibility.NOBODY,
    )
    MemberProfileFactory(
        organisation=organisation,
        user__full_name="Group Member",
        organisation_visibility=Visibility.GROUPS,
    )
    MemberProfileFactory(
        organisation=organisation,
        user__full_name="Suspended Member",
        status=MemberStatus.SUSPENDED,
    )

    page = names_on_page(client, member(), organisation)

    assert "Mangystau Social Services" in page
    assert "Open Member" in page
    for hidden in ("Private Member", "Group Member", "Suspended Member"):
        assert hidden not in page


def test_organisation_page_lists_group_peers_who_show_it_to_groups(client, organisation):
    profile = MemberProfileFactory(
        organisation=organisation,
        user__full_name="Group Member",
        organisation_visibility=Visibility.GROUPS,
    )
    group = NetworkGroupFactory()
    join_group(profile.user, group)
    peer = member()
    join_group(peer, group)

    assert "Group Member" in names_on_page(client, peer, organisation)


def test_member_sees_themselves_on_their_organisation_page(client, organisation):
    me = member(
        organisation=organisation,
        user__full_name="Private Member",
        organisation_visibility=Visibility.NOBODY,
    )

    assert "Private Member" in names_on_page(client, me, organisation)


def test_organisation_page_says_when_nobody_is_listed(client, organisation):
    MemberProfileFactory(organisation=organisation, organisation_visibility=Visibility.NOBODY)

    page = names_on_page(client, member(), organisation)

    assert "No members of this organisation are listed." in page


def test_unknown_organisation_is_not_found(client):
    client.force_login(member())

    assert client.get("/en/organisations/no-such-place/").status_code == 404
