"""Staff read the audit log in the admin: filtered by what, who, which kind of object and when,
a page at a time; memberships changed there are logged too."""

from datetime import UTC, datetime
from unittest import mock

import pytest

from network import audit
from network.choices import GroupMembershipState, GroupRole
from network.models import AuditEntry, GroupMembership
from tests.conftest import sign_in_with_totp
from tests.factories import NetworkGroupFactory, join_group, member, vetting_officer

pytestmark = pytest.mark.django_db

LOG_URL = "/admin/network/audit/"


@pytest.fixture
def officer_client(client_factory):
    """A vetting officer's browser, signed in with a second factor (``.officer``)."""
    browser = client_factory()
    browser.officer = vetting_officer()
    sign_in_with_totp(browser, browser.officer)
    return browser


def recorded_on(day: datetime, action: str, **fields) -> AuditEntry:
    with mock.patch("django.utils.timezone.now", return_value=day):
        return audit.record(action, **fields)


def listing(browser, query: str = "") -> str:
    response = browser.get(f"{LOG_URL}?{query}")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def history(officer_client):
    """Three entries: a suspension in January, a download and a reinstatement in March."""
    officer = officer_client.officer
    reader = member()
    profile = member(user__email="farid@example.org").member_profile
    recorded_on(
        datetime(2025, 1, 10, 9, tzinfo=UTC),
        "member.suspended",
        actor=officer,
        target=profile,
        reason="CANARY-JANUARY-SUSPENSION",
    )
    recorded_on(
        datetime(2025, 3, 5, 9, tzinfo=UTC),
        "document.downloaded",
        actor=reader,
        target=reader,
        reason="CANARY-MARCH-DOWNLOAD",
    )
    recorded_on(
        datetime(2025, 3, 20, 9, tzinfo=UTC),
        "member.reinstated",
        actor=officer,
        target=profile,
        reason="CANARY-MARCH-REINSTATEMENT",
    )
    return {"reader": reader, "officer": officer}


CANARIES = ["CANARY-JANUARY-SUSPENSION", "CANARY-MARCH-DOWNLOAD", "CANARY-MARCH-REINSTATEMENT"]


def shown(page: str) -> list[str]:
    return [canary for canary in CANARIES if canary in page]


def test_the_log_filters_by_action(officer_client, history):
    page = listing(officer_client, "action=document.downloaded")

    assert shown(page) == ["CANARY-MARCH-DOWNLOAD"]


def test_the_log_filters_by_who_acted(officer_client, history):
    page = listing(officer_client, f"actor={history['reader'].pk}")

    assert shown(page) == ["CANARY-MARCH-DOWNLOAD"]


def test_the_log_filters_by_kind_of_object(officer_client, history):
    page = listing(officer_client, "target_type=network.MemberProfile")

    assert shown(page) == ["CANARY-JANUARY-SUSPENSION", "CANARY-MARCH-REINSTATEMENT"]


def test_the_log_filters_by_period(officer_client, history):
    march = listing(officer_client, "created_at_from=2025-03-01&created_at_to=2025-03-31")
    january = listing(officer_client, "created_at_from=2025-01-01&created_at_to=2025-01-31")

    assert shown(march) == ["CANARY-MARCH-DOWNLOAD", "CANARY-MARCH-REINSTATEMENT"]
    assert shown(january) == ["CANARY-JANUARY-SUSPENSION"]


def test_filters_combine(officer_client, history):
    page = listing(
        officer_client,
        f"actor={history['officer'].pk}&created_at_from=2025-03-01&created_at_to=2025-03-31",
    )

    assert shown(page) == ["CANARY-MARCH-REINSTATEMENT"]


def test_the_filters_offer_only_what_the_log_holds(officer_client, history):
    page = listing(officer_client)

    assert '<option value="document.downloaded"' in page
    assert '<option value="forum.post_hidden"' not in page
    assert '<option value="network.MemberProfile">Member profile</option>' in page


def test_the_log_is_paginated_with_bounded_queries(officer_client, django_assert_max_num_queries):
    for number in range(60):
        audit.record("document.downloaded", reason=f"ENTRY-{number:03d}-END")

    with django_assert_max_num_queries(30):
        first = listing(officer_client)
    second = listing(officer_client, "p=2")

    assert "ENTRY-059-END" in first
    assert "ENTRY-000-END" not in first
    assert "ENTRY-000-END" in second


MEMBERSHIPS_URL = "/admin/network/group-memberships/"


def test_appointing_a_group_manager_in_the_admin_is_logged(officer_client):
    group = NetworkGroupFactory()
    person = member()
    membership = join_group(person, group)

    response = officer_client.post(
        f"{MEMBERSHIPS_URL}edit/{membership.pk}/",
        {"group": group.pk, "user": person.pk, "role": GroupRole.MANAGER, "state": "active"},
    )

    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="group.role_manager")
    assert (entry.actor, entry.target_id, entry.ip_address) == (
        officer_client.officer,
        str(membership.pk),
        "127.0.0.1",
    )


def test_memberships_added_and_deleted_in_the_admin_are_logged(officer_client):
    group = NetworkGroupFactory()
    person = member()

    officer_client.post(
        f"{MEMBERSHIPS_URL}new/",
        {"group": group.pk, "user": person.pk, "role": GroupRole.MEMBER, "state": "active"},
    )
    membership = GroupMembership.objects.get(group=group, user=person)
    officer_client.post(f"{MEMBERSHIPS_URL}delete/{membership.pk}/")

    entries = AuditEntry.objects.filter(action__startswith="group.").order_by("id")
    assert [(entry.action, entry.reason, entry.actor) for entry in entries] == [
        ("group.membership_added", "role: member, state: active", officer_client.officer),
        ("group.membership_deleted", "role: member, state: active", officer_client.officer),
    ]
    assert not GroupMembership.objects.filter(pk=membership.pk).exists()


def test_saving_a_membership_unchanged_logs_nothing(officer_client):
    group = NetworkGroupFactory()
    person = member()
    membership = join_group(person, group)

    officer_client.post(
        f"{MEMBERSHIPS_URL}edit/{membership.pk}/",
        {
            "group": group.pk,
            "user": person.pk,
            "role": GroupRole.MEMBER,
            "state": GroupMembershipState.ACTIVE,
        },
    )

    assert not AuditEntry.objects.filter(action__startswith="group.").exists()
