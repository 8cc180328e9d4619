"""Filtering never reveals a value that its owner hides from the one filtering."""

import pytest

from network.choices import Visibility
from tests.factories import MemberProfileFactory, NetworkGroupFactory, join_group, member

pytestmark = pytest.mark.django_db


def listed(client, **filters):
    response = client.get("/en/members/", filters)
    assert response.status_code == 200
    return response.content.decode()


def test_filtering_by_country_skips_members_who_hide_their_location(client):
    MemberProfileFactory(user__full_name="Visible Tajik", country="TJ")
    MemberProfileFactory(
        user__full_name="Hidden Tajik", country="TJ", location_visibility=Visibility.NOBODY
    )
    MemberProfileFactory(user__full_name="Kazakh Member", country="KZ")
    client.force_login(member(country="KZ"))

    page = listed(client, country="TJ")

    assert "Visible Tajik" in page
    assert "Hidden Tajik" not in page
    assert "Kazakh Member" not in page


def test_country_hidden_by_everyone_there_is_neither_offered_nor_matched(client):
    MemberProfileFactory(
        user__full_name="Hidden Tajik", country="TJ", location_visibility=Visibility.NOBODY
    )
    client.force_login(member(country="KZ"))

    unfiltered = listed(client)
    filtered = listed(client, country="TJ")

    assert "Tajikistan" not in unfiltered
    assert '<option value="TJ"' not in unfiltered
    assert "Hidden Tajik" not in filtered


def test_filtering_by_country_finds_group_peers_who_show_location_to_groups(client):
    profile = MemberProfileFactory(
        user__full_name="Peer Tajik", country="TJ", location_visibility=Visibility.GROUPS
    )
    group = NetworkGroupFactory()
    join_group(profile.user, group)
    peer = member(country="KZ")
    join_group(peer, group)
    outsider = member(country="KZ")

    client.force_login(peer)
    assert "Peer Tajik" in listed(client, country="TJ")
    client.force_login(outsider)
    assert "Peer Tajik" not in listed(client, country="TJ")


def test_member_finds_themselves_by_their_own_hidden_country(client):
    me = member(user__full_name="Hidden Tajik", country="TJ", location_visibility=Visibility.NOBODY)
    client.force_login(me)

    assert "Hidden Tajik" in listed(client, country="TJ")


def test_filtering_by_language_skips_members_who_hide_their_languages(client):
    MemberProfileFactory(user__full_name="Visible Speaker", languages=["tg", "ru"])
    MemberProfileFactory(
        user__full_name="Hidden Speaker",
        languages=["tg"],
        languages_visibility=Visibility.NOBODY,
    )
    MemberProfileFactory(user__full_name="Other Speaker", languages=["ru"])
    client.force_login(member(languages=["ru"]))

    page = listed(client, language="tg")

    assert "Visible Speaker" in page
    assert "Hidden Speaker" not in page
    assert "Other Speaker" not in page


def test_filtering_by_language_finds_group_peers_who_show_languages_to_groups(client):
    profile = MemberProfileFactory(
        user__full_name="Peer Speaker", languages=["tg"], languages_visibility=Visibility.GROUPS
    )
    group = NetworkGroupFactory()
    join_group(profile.user, group)
    peer = member()
    join_group(peer, group)

    client.force_login(peer)
    assert "Peer Speaker" in listed(client, language="tg")
    client.force_login(member())
    assert "Peer Speaker" not in listed(client, language="tg")


def test_language_filter_matches_whole_language_codes(client):
    MemberProfileFactory(user__full_name="Kurdish Speaker", languages=["ku"])
    MemberProfileFactory(user__full_name="Kazakh Speaker", languages=["kk"])
    client.force_login(member(languages=["en"]))

    page = listed(client, language="kk")

    assert "Kazakh Speaker" in page
    assert "Kurdish Speaker" not in page


def test_filter_that_cannot_apply_lists_nobody(client):
    MemberProfileFactory(user__full_name="Aigerim Seitkali", country="KZ")
    client.force_login(member(country="KZ"))

    page = listed(client, country="XX")

    assert "Aigerim Seitkali" not in page
    assert "No members match these filters." in page


def test_members_are_found_by_expertise_theme_they_let_the_viewer_see(client):
    from tests.factories.practices import ThemeFactory

    trauma = ThemeFactory(name="Trauma care", slug="trauma")
    open_expert = MemberProfileFactory(user__full_name="Open Expert")
    open_expert.expertise_themes.add(trauma)
    hidden_expert = MemberProfileFactory(
        user__full_name="Hidden Expert", expertise_visibility=Visibility.NOBODY
    )
    hidden_expert.expertise_themes.add(trauma)
    client.force_login(member())

    page = client.get("/en/members/?theme=trauma").content.decode()

    assert "Open Expert" in page
    assert "Hidden Expert" not in page
