import pytest

from network.choices import MemberStatus
from tests.factories import AccountFactory, MemberProfileFactory, OrganisationFactory, member

pytestmark = pytest.mark.django_db


def test_visitor_is_asked_to_sign_in_before_seeing_members(client):
    profile = MemberProfileFactory()
    organisation = OrganisationFactory()

    for path in (
        "/en/members/",
        f"/en/members/{profile.pk}/",
        "/en/members/me/",
        f"/en/organisations/{organisation.slug}/",
    ):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"/en/accounts/login/?next={path}"


def test_applicant_is_told_the_directory_is_for_vetted_members(client):
    profile = MemberProfileFactory(user__full_name="Aigerim Seitkali")
    client.force_login(AccountFactory())

    for path in ("/en/members/", f"/en/members/{profile.pk}/", "/en/members/me/"):
        response = client.get(path)
        assert response.status_code == 403
        assert "This is for vetted members" in response.content.decode()
        assert "Aigerim Seitkali" not in response.content.decode()


@pytest.mark.parametrize("status", [MemberStatus.SUSPENDED, MemberStatus.REMOVED])
def test_suspended_or_removed_member_cannot_see_the_directory(client, status):
    MemberProfileFactory(user__full_name="Aigerim Seitkali")
    client.force_login(member(status=status))

    response = client.get("/en/members/")

    assert response.status_code == 403
    assert "Aigerim Seitkali" not in response.content.decode()


def test_directory_lists_active_members_only(client):
    MemberProfileFactory(user__full_name="Aigerim Active")
    MemberProfileFactory(user__full_name="Bakyt Suspended", status=MemberStatus.SUSPENDED)
    MemberProfileFactory(user__full_name="Daniyar Removed", status=MemberStatus.REMOVED)
    AccountFactory(full_name="Erlan Applicant")
    client.force_login(member(user__full_name="Farida Viewer"))

    response = client.get("/en/members/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "Aigerim Active" in page
    assert "Farida Viewer" in page
    assert "2 members" in page
    for hidden in ("Bakyt Suspended", "Daniyar Removed", "Erlan Applicant"):
        assert hidden not in page


@pytest.mark.parametrize("status", [MemberStatus.SUSPENDED, MemberStatus.REMOVED])
def test_profile_of_a_suspended_or_removed_member_is_not_found(client, status):
    profile = MemberProfileFactory(status=status)
    client.force_login(member())

    assert client.get(f"/en/members/{profile.pk}/").status_code == 404


def test_directory_finds_members_by_name(client):
    MemberProfileFactory(user__full_name="Aigerim Seitkali")
    MemberProfileFactory(user__full_name="Bakyt Osmonov")
    client.force_login(member(user__full_name="Farida Viewer"))

    page = client.get("/en/members/", {"q": "seitk"}).content.decode()

    assert "Aigerim Seitkali" in page
    assert "Bakyt Osmonov" not in page
    assert "Farida Viewer" not in page
