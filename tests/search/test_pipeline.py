"""The index follows the content: publishing, unpublishing, privacy, sections, moderation and
moves change what search finds, through background runs after each commit; a search server
that is down never fails a save and catches up, private removals first, when it returns."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command

from network import moderation, policy
from network.choices import ForumAudience
from network.models import GroupMembership
from practices.choices import SectionAudience
from search.models import PendingIndexUpdate
from search.service import search_for
from tests.factories import NetworkGroupFactory, UserFactory, join_group, member, restrict_page
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory
from tests.factories.practices import PracticePageFactory, ThemeFactory
from tests.factories.resources import ResourceIndexPageFactory, ResourcePageFactory
from tests.search.fakes import STATE

VISITOR = AnonymousUser()


def titles_found(user, text: str) -> set[str]:
    return {hit.document.title for hit in search_for(user, text).hits}


def fresh(user):
    """The user as the next request would load them (audiences are cached per request)."""
    return get_user_model().objects.get(pk=user.pk)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs the block and then what its commit would run (the background index updates)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def stand_in(settings):
    """A search server answering for the site, which tests can switch off."""
    settings.SEARCH_PRIMARY_BACKEND = "tests.search.fakes.stand_in_server"
    STATE.reset()
    yield STATE
    STATE.reset()


# Pages ---------------------------------------------------------------------------------------


def test_a_published_practice_is_found(practice_index, committed):
    with committed():
        PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    assert titles_found(VISITOR, "osh") == {"Mentoring in Osh"}


def test_an_unpublished_practice_is_no_longer_found(practice_index, committed):
    with committed():
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    with committed():
        practice.unpublish()
    assert titles_found(VISITOR, "osh") == set()


def test_a_deleted_practice_is_no_longer_found(practice_index, committed):
    with committed():
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    with committed():
        practice.delete()
    assert titles_found(member(), "osh") == set()


def test_a_practice_made_private_disappears_for_visitors_and_stays_for_members(
    practice_index, committed
):
    with committed():
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    with committed():
        restriction = restrict_page(practice, policy.members_group())
    assert titles_found(VISITOR, "osh") == set()
    assert titles_found(member(), "osh") == {"Mentoring in Osh"}
    with committed():
        restriction.delete()
    assert titles_found(VISITOR, "osh") == {"Mentoring in Osh"}


def test_a_resource_moved_into_a_private_library_disappears_for_visitors(home_pages, committed):
    open_library = ResourceIndexPageFactory(parent=home_pages["en"], title="Open", slug="open")
    closed = ResourceIndexPageFactory(parent=home_pages["en"], title="Closed", slug="closed")
    restrict_page(closed, policy.members_group())
    with committed():
        resource = ResourcePageFactory(parent=open_library, title="Osh handbook")
    assert titles_found(VISITOR, "osh") == {"Osh handbook"}
    with committed():
        resource.move(closed, pos="last-child")
    assert titles_found(VISITOR, "osh") == set()
    assert titles_found(member(), "osh") == {"Osh handbook"}


def test_a_section_made_members_only_is_no_longer_found_by_visitors(practice_index, committed):
    with committed():
        practice = PracticePageFactory(
            parent=practice_index,
            title="Mentoring in Osh",
            approach_audience=SectionAudience.PUBLIC,
            partners="<p>Volunteers from the zanzibar network.</p>",
        )
    assert titles_found(VISITOR, "zanzibar") == {"Mentoring in Osh"}
    practice.approach_audience = SectionAudience.MEMBERS
    with committed():
        practice.save_revision().publish()
    assert titles_found(VISITOR, "zanzibar") == set()
    assert titles_found(member(), "zanzibar") == {"Mentoring in Osh"}


def test_a_translation_is_listed_on_the_original_once_published(practice_index, committed):
    from tests.factories import translate_page

    with committed():
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    with committed():
        translate_page(practice, "ru", title="Наставничество в Оше")
    hits = search_for(VISITOR, "osh").hits
    assert set(hits[0].document.translations) == {"en", "ru"}


# Forums --------------------------------------------------------------------------------------


@pytest.fixture
def conversation(db, committed):
    author = member()
    with committed():
        topic = TopicFactory(
            category=ForumCategoryFactory(audience=ForumAudience.MEMBERS),
            title="Mentoring circle",
            author=author,
        )
        PostFactory(topic=topic, author=author, source="How do you run mentoring?")
        reply = PostFactory(topic=topic, author=author, source="We pair every family kilimanjaro.")
    return topic, reply


def test_a_hidden_post_disappears_and_comes_back_when_restored(conversation, committed):
    _topic, reply = conversation
    reader = member()
    moderator = UserFactory(superuser=True)
    assert titles_found(reader, "kilimanjaro") == {"Mentoring circle"}
    with committed():
        moderation.hide_post(reply, moderator, "Names a family.")
    assert titles_found(fresh(reader), "kilimanjaro") == set()
    with committed():
        moderation.restore_post(reply, moderator)
    assert titles_found(fresh(reader), "kilimanjaro") == {"Mentoring circle"}


def test_an_edited_post_is_found_by_its_new_words(conversation, committed):
    _topic, reply = conversation
    reply.source = reply.html = "We pair every family with a mentor serengeti."
    with committed():
        reply.save()
    reader = member()
    assert titles_found(reader, "kilimanjaro") == set()
    assert titles_found(reader, "serengeti") == {"Mentoring circle"}


def test_a_topic_moved_to_a_group_forum_disappears_for_members_outside_the_group(
    conversation, committed
):
    topic, _reply = conversation
    group = NetworkGroupFactory()
    insider, outsider = member(), member()
    join_group(insider, group)
    group_forum = ForumCategoryFactory(audience=ForumAudience.GROUPS, groups=[group])
    with committed():
        moderation.move_topic(topic, UserFactory(superuser=True), group_forum)
    assert titles_found(outsider, "kilimanjaro") == set()
    assert titles_found(outsider, "mentoring") == set()
    assert titles_found(insider, "kilimanjaro") == {"Mentoring circle"}


def test_leaving_a_group_hides_its_content_at_once_without_reindexing(practice_index, committed):
    group = NetworkGroupFactory()
    reader = member()
    join_group(reader, group)
    with committed():
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
        restrict_page(practice, group.auth_group)
    assert titles_found(fresh(reader), "osh") == {"Mentoring in Osh"}
    PendingIndexUpdate.objects.all().delete()
    GroupMembership.objects.filter(user=reader, group=group).delete()
    assert titles_found(fresh(reader), "osh") == set()
    assert not PendingIndexUpdate.objects.exists()


def test_a_renamed_theme_is_found_under_its_new_name(practice_index, committed):
    theme = ThemeFactory(name="Family support")
    with committed():
        PracticePageFactory(parent=practice_index, title="Mentoring in Osh", themes=[theme])
    theme.name = "Kinship care"
    with committed():
        theme.save()
    assert titles_found(VISITOR, "kinship") == {"Mentoring in Osh"}


# A search server that is down ----------------------------------------------------------------


def test_a_save_succeeds_while_the_server_is_down_and_reaches_it_when_it_returns(
    practice_index, committed, stand_in
):
    stand_in.down = True
    with committed():
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    practice.refresh_from_db()
    assert practice.live
    pending = PendingIndexUpdate.objects.get(backend="stand-in", object_key=f"page:{practice.pk}")
    assert pending.attempts >= 1
    assert "refused" in pending.last_error
    assert titles_found(VISITOR, "osh") == {"Mentoring in Osh"}  # from the embedded index

    stand_in.down = False
    call_command("search_retry", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert f"page:{practice.pk}" in stand_in.object_keys()
    assert not PendingIndexUpdate.objects.filter(backend="stand-in").exists()


def test_a_document_made_private_while_the_server_was_down_is_removed_before_anything_else(
    home_pages, practice_index, committed, stand_in
):
    library = ResourceIndexPageFactory(parent=home_pages["en"])
    with committed():
        guide = ResourcePageFactory(parent=library, title="Mentoring guide")
        practice = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    assert {f"page:{guide.pk}", f"page:{practice.pk}"} <= stand_in.object_keys()

    stand_in.down = True
    guide.summary = "A new edition for mentors."
    with committed():
        guide.save_revision().publish()
        restrict_page(practice, policy.members_group())
    stand_in.down = False
    stand_in.log.clear()
    call_command("search_retry", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert stand_in.log[0] == ("delete", f"page:{practice.pk}")
    assert ("index", f"page:{guide.pk}") in stand_in.log
    assert stand_in.documents[f"page:{practice.pk}"].audiences == ("members",)


def test_a_document_the_server_refuses_is_kept_aside_and_never_holds_up_the_others(
    practice_index, committed, stand_in
):
    stand_in.down = True
    with committed():
        refused = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    stand_in.refused = {f"page:{refused.pk}"}
    stand_in.down = False
    with committed():
        later = PracticePageFactory(parent=practice_index, title="Mentoring in Aktau")

    assert f"page:{later.pk}" in stand_in.object_keys()
    kept = PendingIndexUpdate.objects.get(backend="stand-in", object_key=f"page:{refused.pk}")
    assert "mapper_parsing_exception" in kept.last_error
    health = StringIO()
    call_command("search_health", stdout=health)
    assert f"failing: page:{refused.pk}" in health.getvalue()

    stand_in.refused = set()
    call_command("search_retry", stdout=StringIO())
    assert f"page:{refused.pk}" in stand_in.object_keys()
    assert not PendingIndexUpdate.objects.filter(backend="stand-in").exists()
