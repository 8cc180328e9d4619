import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.choices import Visibility
from tests.factories import MemberProfileFactory, NetworkGroupFactory, join_group, member

pytestmark = pytest.mark.django_db


def add_members(count, group):
    """Members with mixed visibilities, half of them in ``group``, each with an organisation."""
    for index in range(count):
        profile = MemberProfileFactory(
            user__full_name=f"Member number {index}",
            job_title_visibility=Visibility.GROUPS if index % 2 else Visibility.MEMBERS,
            location_visibility=Visibility.NOBODY if index % 3 == 2 else Visibility.MEMBERS,
            country=["KZ", "KG", "TJ", "UZ", "TM"][index % 5],
        )
        if index % 2:
            join_group(profile.user, group)


def directory_queries(client, **filters):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/members/", filters)
    assert response.status_code == 200
    assert "Member number 0" in response.content.decode()
    return len(queries)


@pytest.mark.parametrize("filters", [{}, {"country": "KZ", "language": "ru", "q": "number"}])
def test_directory_does_as_many_queries_for_fifteen_members_as_for_five(client, filters):
    group = NetworkGroupFactory()
    viewer = member(country="KZ", user__full_name="The viewer")
    join_group(viewer, group)
    client.force_login(viewer)
    add_members(5, group)
    directory_queries(client, **filters)

    with_five = directory_queries(client, **filters)
    add_members(10, group)
    with_fifteen = directory_queries(client, **filters)

    assert with_fifteen == with_five


def test_profile_page_does_as_many_queries_whoever_is_shown(client):
    group = NetworkGroupFactory()
    viewer = member()
    join_group(viewer, group)
    client.force_login(viewer)
    plain = MemberProfileFactory()
    busy = MemberProfileFactory(languages=["ar", "ru", "en", "tg"], expertise="Mentoring")
    join_group(busy.user, group)
    client.get(f"/en/members/{plain.pk}/")

    with CaptureQueriesContext(connection) as first:
        client.get(f"/en/members/{plain.pk}/")
    with CaptureQueriesContext(connection) as second:
        client.get(f"/en/members/{busy.pk}/")

    assert len(second) == len(first)
