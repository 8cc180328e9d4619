"""Each profile field is seen only by the audience its owner chose."""

import pytest

from network.choices import Visibility
from tests.factories import (
    MemberProfileFactory,
    NetworkGroupFactory,
    OrganisationFactory,
    join_group,
    member,
)

pytestmark = pytest.mark.django_db

# (visibility field, profile fields, strings that would show the value). Languages are checked
# as the profile page lists them, because the directory's filter offers every language by name.
FIELDS = [
    pytest.param(
        "job_title_visibility",
        {"job_title": "Deradicalisation mentor"},
        ["Deradicalisation mentor"],
        id="job_title",
    ),
    pytest.param(
        "location_visibility",
        {"country": "TJ", "city": "Istaravshan"},
        ["Istaravshan", "Tajikistan"],
        id="location",
    ),
    pytest.param(
        "languages_visibility",
        {"languages": ["so", "sw"]},
        ["Somali, Swahili"],
        id="languages",
    ),
    pytest.param(
        "expertise_visibility",
        {"expertise": "Family tracing in the Al-Hol camp"},
        ["Family tracing in the Al-Hol camp"],
        id="expertise",
    ),
    pytest.param(
        "organisation_visibility",
        {"organisation": lambda: OrganisationFactory(name="Vostok Reintegration Centre")},
        ["Vostok Reintegration Centre"],
        id="organisation",
    ),
]


def owner_profile(visibility_field, fields, visibility):
    values = {name: value() if callable(value) else value for name, value in fields.items()}
    return MemberProfileFactory(
        user__full_name="Owner Person", **values, **{visibility_field: visibility}
    )


def responses_seen_by(client, viewer, profile):
    client.force_login(viewer)
    directory = client.get("/en/members/")
    detail = client.get(f"/en/members/{profile.pk}/")
    assert directory.status_code == detail.status_code == 200
    assert "Owner Person" in directory.content.decode()
    return directory.content.decode() + detail.content.decode()


@pytest.mark.parametrize(("visibility_field", "fields", "secrets"), FIELDS)
def test_field_shown_to_nobody_stays_hidden_even_from_group_peers(
    client, visibility_field, fields, secrets
):
    profile = owner_profile(visibility_field, fields, Visibility.NOBODY)
    group = NetworkGroupFactory()
    join_group(profile.user, group)
    peer = member()
    join_group(peer, group)

    for viewer in (member(), peer):
        content = responses_seen_by(client, viewer, profile)
        for secret in secrets:
            assert secret not in content


@pytest.mark.parametrize(("visibility_field", "fields", "secrets"), FIELDS)
def test_field_shown_to_groups_stays_hidden_from_members_sharing_no_group(
    client, visibility_field, fields, secrets
):
    profile = owner_profile(visibility_field, fields, Visibility.GROUPS)
    join_group(profile.user, NetworkGroupFactory())
    outsider = member()
    join_group(outsider, NetworkGroupFactory())

    content = responses_seen_by(client, outsider, profile)

    for secret in secrets:
        assert secret not in content


@pytest.mark.parametrize(("visibility_field", "fields", "secrets"), FIELDS)
def test_field_shown_to_groups_is_seen_by_a_member_sharing_a_group(
    client, visibility_field, fields, secrets
):
    profile = owner_profile(visibility_field, fields, Visibility.GROUPS)
    group = NetworkGroupFactory()
    join_group(profile.user, group)
    peer = member()
    join_group(peer, group)
    client.force_login(peer)

    content = client.get(f"/en/members/{profile.pk}/").content.decode()

    for secret in secrets:
        assert secret in content


@pytest.mark.parametrize(("visibility_field", "fields", "secrets"), FIELDS)
def test_field_shown_to_all_members_is_seen_by_any_member(
    client, visibility_field, fields, secrets
):
    profile = owner_profile(visibility_field, fields, Visibility.MEMBERS)
    client.force_login(member())

    content = client.get(f"/en/members/{profile.pk}/").content.decode()

    for secret in secrets:
        assert secret in content


@pytest.mark.parametrize(("visibility_field", "fields", "secrets"), FIELDS)
def test_member_always_sees_their_own_hidden_fields(client, visibility_field, fields, secrets):
    profile = owner_profile(visibility_field, fields, Visibility.NOBODY)
    client.force_login(profile.user)

    content = client.get(f"/en/members/{profile.pk}/").content.decode()

    for secret in secrets:
        assert secret in content


def test_group_request_that_is_still_pending_does_not_make_a_peer(client):
    profile = MemberProfileFactory(
        job_title="Deradicalisation mentor", job_title_visibility=Visibility.GROUPS
    )
    group = NetworkGroupFactory()
    join_group(profile.user, group)
    hopeful = member()
    client.force_login(hopeful)
    client.post(f"/en/groups/{group.slug}/join/")

    content = client.get(f"/en/members/{profile.pk}/").content.decode()

    assert "Deradicalisation mentor" not in content


def test_directory_card_shows_what_the_viewer_may_see(client):
    MemberProfileFactory(
        user__full_name="Owner Person",
        job_title="Deradicalisation mentor",
        organisation=OrganisationFactory(name="Vostok Reintegration Centre"),
        country="UZ",
        city="Namangan",
    )
    client.force_login(member())

    page = client.get("/en/members/").content.decode()

    assert "Deradicalisation mentor" in page
    assert "Vostok Reintegration Centre" in page
    assert "Namangan, Uzbekistan" in page
