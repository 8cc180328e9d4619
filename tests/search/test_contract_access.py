"""The access rules every search backend keeps, with canary words in gated content.

A public practice has members-only and group-only sections; beside it are a members-only and a
group-only practice, a members' forum and a group's forum, and a hidden post. Six kinds of
searcher look for the canaries: results, totals, facet counts, snippets, suggestions, "did you
mean" and related items must show each one only the canaries they may read. These run against
the backend itself, without the service's re-check, so a backend that leaks cannot hide.
"""

from __future__ import annotations

import pytest

from network import policy
from network.choices import ForumAudience, PostState
from practices.choices import SectionAudience
from search.backends.base import SearchQuery
from tests.factories import NetworkGroupFactory, member, restrict_page
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory
from tests.factories.practices import PracticePageFactory
from tests.factories.resources import summary, theme
from tests.search.builders import audiences_of, index_objects, people

MEMBER_CANARIES = {"canarymembers", "canarycontacts", "canarypage", "canaryforum", "canaryreply"}
GROUP_CANARIES = {"canarygroup", "canarygrouppage", "canarygroupforum"}
NEVER = {"canaryhidden"}
ALL_CANARIES = MEMBER_CANARIES | GROUP_CANARIES | NEVER

MAY_READ = {
    "visitor": set(),
    "applicant": set(),
    "suspended member": set(),
    "member": MEMBER_CANARIES,
    "other group member": MEMBER_CANARIES,
    "group member": MEMBER_CANARIES | GROUP_CANARIES,
}
#: Documents containing "mentoring" each searcher may find (see ``gated_content``).
MENTORING_HITS = {
    "visitor": 1,
    "applicant": 1,
    "suspended member": 1,
    "member": 6,
    "other group member": 6,
    "group member": 9,
}


@pytest.fixture
def groups(db):
    return NetworkGroupFactory(name="Returning women"), NetworkGroupFactory(name="Prisons")


@pytest.fixture
def gated_content(search_backend, practice_index, groups):
    group, _other = groups
    family = theme("family-support")
    public_practice = PracticePageFactory(
        parent=practice_index,
        title="Peer mentoring in Aktau",
        summary=summary("Peer mentoring for returning families"),
        starting_situation="<p>Mentoring started with ten families.</p>",
        partners="<p>Mentoring partners canarymembers</p>",
        contacts="<p>Write to canarycontacts about mentoring</p>",
        results_audience=SectionAudience.GROUPS,
        results="<p>Mentoring results canarygroup</p>",
        audience_groups=[group],
        themes=[family],
    )
    members_practice = PracticePageFactory(
        parent=practice_index, title="Family mentoring canarypage", themes=[family]
    )
    restrict_page(members_practice, policy.members_group())
    group_practice = PracticePageFactory(
        parent=practice_index, title="Family mentoring canarygrouppage", themes=[family]
    )
    restrict_page(group_practice, group.auth_group)

    author = member()
    members_forum = ForumCategoryFactory(audience=ForumAudience.MEMBERS)
    topic = TopicFactory(
        category=members_forum, title="Mentoring circle canaryforum", author=author
    )
    opening = PostFactory(topic=topic, author=author, source="How do you run mentoring?")
    reply = PostFactory(topic=topic, author=author, source="Our mentoring reply canaryreply")
    hidden = PostFactory(
        topic=topic, author=author, source="mentoring canaryhidden", state=PostState.HIDDEN
    )
    group_forum = ForumCategoryFactory(audience=ForumAudience.GROUPS, groups=[group])
    group_topic = TopicFactory(
        category=group_forum, title="Mentoring canarygroupforum", author=author
    )
    group_opening = PostFactory(topic=group_topic, author=author, source="Group mentoring.")

    index_objects(
        search_backend,
        public_practice,
        members_practice,
        group_practice,
        topic,
        opening,
        reply,
        hidden,
        group_topic,
        group_opening,
    )
    return {"public practice": public_practice}


@pytest.fixture
def searchers(groups):
    return people(*groups)


def found_text(results) -> str:
    """Everything a results page could show: titles, sections, bodies, snippets, facets."""
    parts = []
    for hit in results.hits:
        document = hit.document
        parts += [document.title, document.section, document.body, hit.snippet]
    for facets in results.facets.values():
        parts += [facet.value for facet in facets]
    parts.append(results.suggestion)
    return " ".join(parts).lower()


def search(backend, user, text: str):
    return backend.search(SearchQuery(text=text, audiences=audiences_of(user)))


def test_each_searcher_finds_only_the_gated_words_they_may_read(
    search_backend, gated_content, searchers
):
    for role, user in searchers.items():
        for canary in sorted(ALL_CANARIES):
            results = search(search_backend, user, canary)
            if canary in MAY_READ[role]:
                assert results.total >= 1, (role, canary)
            else:
                assert results.total == 0, (role, canary)
                assert results.hits == [], (role, canary)
                assert all(not facets for facets in results.facets.values()), (role, canary)


def test_totals_facets_and_snippets_cover_only_what_the_searcher_may_see(
    search_backend, gated_content, searchers
):
    for role, user in searchers.items():
        results = search(search_backend, user, "mentoring")
        assert results.total == MENTORING_HITS[role], role
        assert sum(facet.count for facet in results.facets["kind"]) == results.total, role
        text = found_text(results)
        for canary in ALL_CANARIES - MAY_READ[role]:
            assert canary not in text, (role, canary)


def test_gated_sections_of_a_public_practice_are_not_matched_for_visitors(
    search_backend, gated_content, searchers
):
    results = search(search_backend, searchers["visitor"], "mentoring")
    assert [hit.document.key for hit in results.hits] == [
        f"page:{gated_content['public practice'].pk}"
    ]
    assert "canary" not in found_text(results)


def test_suggestions_offer_only_titles_the_searcher_may_see(
    search_backend, gated_content, searchers
):
    for role, user in searchers.items():
        audiences = audiences_of(user)
        titles = " ".join(
            search_backend.suggest("family mentoring", audiences)
            + search_backend.suggest("mentoring", audiences, limit=20)
        ).lower()
        for canary in ALL_CANARIES - MAY_READ[role]:
            assert canary not in titles, (role, canary)
        if "canarygrouppage" in MAY_READ[role]:
            assert "canarygrouppage" in titles, role


def test_did_you_mean_never_suggests_a_word_the_searcher_may_not_see(
    search_backend, gated_content, searchers
):
    for role, user in searchers.items():
        results = search(search_backend, user, "canarypagge")
        assert results.total == 0, role
        for canary in ALL_CANARIES - MAY_READ[role]:
            assert canary not in results.suggestion.lower(), (role, canary)


def test_related_items_are_only_those_the_searcher_may_see(
    search_backend, gated_content, searchers
):
    key = f"page:{gated_content['public practice'].pk}"
    for role, user in searchers.items():
        related = search_backend.related(key, audiences_of(user), limit=10)
        text = " ".join(document.title + " " + document.body for document in related).lower()
        for canary in ALL_CANARIES - MAY_READ[role]:
            assert canary not in text, (role, canary)
        if "canarypage" in MAY_READ[role]:
            assert "canarypage" in text, role
