"""Who sees what in the forums, role by role, with canary strings in every gated place."""

import pytest

from network import vetting
from network.choices import ForumAudience
from tests.factories import (
    AccountFactory,
    MemberProfileFactory,
    NetworkGroupFactory,
    join_group,
    member,
    vetting_officer,
)
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db

MEMBERS_FORUM = "CANARY-MEMBERS-FORUM-a1"
MEMBERS_POST = "CANARY-MEMBERS-POST-b2"
GROUP_FORUM = "CANARY-GROUP-FORUM-c3"
GROUP_POST = "CANARY-GROUP-POST-d4"
CANARIES = (MEMBERS_FORUM, MEMBERS_POST, GROUP_FORUM, GROUP_POST)

MAY_SEE = {
    "visitor": set(),
    "applicant": set(),
    "suspended": set(),
    "member": {MEMBERS_FORUM, MEMBERS_POST},
    "other_group_member": {MEMBERS_FORUM, MEMBERS_POST},
    "group_member": set(CANARIES),
}


@pytest.fixture
def forums_world():
    group = NetworkGroupFactory()
    open_forum = ForumCategoryFactory(name=MEMBERS_FORUM, slug="open")
    group_forum = ForumCategoryFactory(
        name=GROUP_FORUM, slug="closed", audience=ForumAudience.GROUPS, groups=[group]
    )
    open_topic = TopicFactory(category=open_forum, title="Open topic")
    PostFactory(topic=open_topic, source=MEMBERS_POST, author=member())
    group_topic = TopicFactory(category=group_forum, title="Closed topic")
    PostFactory(topic=group_topic, source=GROUP_POST, author=member())
    urls = [
        "/en/forums/",
        "/en/forums/open/",
        f"/en/forums/open/{open_topic.pk}/",
        "/en/forums/closed/",
        f"/en/forums/closed/{group_topic.pk}/",
        "/en/forums/notifications/",
        "/en/forums/activity/",
    ]
    return group, urls


def user_for(role: str, group):
    if role == "visitor":
        return None
    if role == "applicant":
        return AccountFactory()
    if role == "suspended":
        profile = MemberProfileFactory()
        join_group(profile.user, group)
        vetting.suspend_member(profile, vetting_officer(), "Under review")
        return profile.user
    user = member()
    if role == "group_member":
        join_group(user, group)
    elif role == "other_group_member":
        join_group(user, NetworkGroupFactory())
    return user


@pytest.mark.parametrize("role", list(MAY_SEE))
def test_no_forum_channel_shows_a_role_what_it_may_not_see(client, forums_world, role):
    group, urls = forums_world
    user = user_for(role, group)
    if user is not None:
        client.force_login(user)

    seen = set()
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), url
        body = response.content.decode()
        seen |= {canary for canary in CANARIES if canary in body}
        if response.status_code == 200 and user is not None:
            assert "no-store" in response["Cache-Control"], url

    assert seen <= MAY_SEE[role], f"{role} saw {seen - MAY_SEE[role]}"
    assert seen == MAY_SEE[role], f"{role} should see {MAY_SEE[role] - seen}"


def test_visitors_and_applicants_learn_that_forums_exist_and_how_to_join(client, forums_world):
    visitor_page = client.get("/en/forums/")
    client.force_login(AccountFactory())
    applicant_page = client.get("/en/forums/")

    for response in (visitor_page, applicant_page):
        assert response.status_code == 200
        assert not any(canary in response.content.decode() for canary in CANARIES)
