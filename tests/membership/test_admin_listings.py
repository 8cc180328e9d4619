"""Staff listings of applications, members and group memberships cost the same number of
queries however many rows a page shows: each row's person, organisation or group is read with
the row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import sign_in_with_totp
from tests.factories import (
    AccountFactory,
    ApplicationFactory,
    NetworkGroupFactory,
    OrganisationFactory,
    join_group,
    member,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    sign_in_with_totp(client, AccountFactory(is_staff=True, is_superuser=True))
    return client


def add_rows(count: int) -> None:
    group = NetworkGroupFactory()
    for _ in range(count):
        ApplicationFactory(organisation=OrganisationFactory())
        join_group(member(organisation=OrganisationFactory()), group)


def queries_for(client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/network/applications/",
        "/admin/network/members/",
        "/admin/network/group-memberships/",
    ],
)
def test_a_listing_costs_the_same_queries_for_two_rows_or_twelve(staff_client, url):
    add_rows(2)
    staff_client.get(url)  # the first request of a session also reads what it then caches
    few, _page = queries_for(staff_client, url)
    add_rows(10)
    many, page = queries_for(staff_client, url)
    assert many == few
    assert page.count("<tr") >= 13  # a header and every row are shown
